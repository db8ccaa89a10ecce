"""The link stage's spatial questions answered by the database (:class:`~.base.LinkQueries`): the nearest street
segment by a KNN (``<->``) scan of the GiST index within the maximum distance, equidistant segments resolved to
the lowest segment_id; the area of a point by ``ST_Intersects`` (a point on a shared boundary belongs to the
lowest area_code).  The same answers as the in-memory trees of :mod:`..link.link`, by contract and by test."""
from __future__ import annotations

from typing import Tuple

import numpy as np
from psycopg import sql

from . import postgis_sql as Q
from .postgis_faults import guarded

CHUNK = 20_000
POINTS = sql.SQL("SELECT i, ST_SetSRID(ST_MakePoint(x, y), 27700) AS g FROM unnest(%s::float8[], %s::float8[]) "
                 "WITH ORDINALITY AS u(x, y, i)")
NEAREST = sql.SQL("WITH p AS MATERIALIZED ({points}) SELECT p.i, n.segment_id, n.d FROM p CROSS JOIN LATERAL ("
                  "SELECT s.segment_id, ST_Distance(s.{geom}, p.g) AS d FROM {streets} s "
                  "WHERE ST_DWithin(s.{geom}, p.g, %s) ORDER BY s.{geom} <-> p.g, s.segment_id LIMIT 1) n")
AREA = sql.SQL("WITH p AS MATERIALIZED ({points}) SELECT p.i, a.area_code FROM p CROSS JOIN LATERAL ("
               "SELECT area_code::text FROM {areas} WHERE ST_Intersects({geom}, p.g) ORDER BY area_code::text "
               "LIMIT 1) a")


class PostGISLinkQueries:
    def __init__(self, store):
        self.store = store
        self.path = store.path

    def _chunks(self, stmt, x, y, *extra):
        x, y = np.asarray(x, float), np.asarray(y, float)
        for lo in range(0, len(x), CHUNK):
            rows = self.store.con.execute(stmt, (x[lo:lo + CHUNK].tolist(), y[lo:lo + CHUNK].tolist(), *extra))
            yield lo, rows.fetchall()

    @guarded
    def nearest_segments(self, x, y, max_distance: float) -> Tuple[np.ndarray, np.ndarray]:
        seg, dist = np.full(len(x), -1, np.int64), np.full(len(x), np.nan)
        stmt = NEAREST.format(points=POINTS, geom=sql.Identifier(Q.GEOM), streets=Q.table("streets"))
        for lo, rows in self._chunks(stmt, x, y, float(max_distance)):
            if rows:
                i, s, d = (np.asarray(v) for v in zip(*rows))
                seg[lo + i.astype(np.int64) - 1] = s.astype(np.int64)
                dist[lo + i.astype(np.int64) - 1] = d.astype(float)
        return seg, dist

    @guarded
    def areas_of(self, x, y) -> np.ndarray:
        out = np.full(len(x), "", dtype=object)
        stmt = AREA.format(points=POINTS, geom=sql.Identifier(Q.GEOM), areas=Q.table("areas"))
        for lo, rows in self._chunks(stmt, x, y):
            for i, code in rows:
                out[lo + int(i) - 1] = code
        return out
