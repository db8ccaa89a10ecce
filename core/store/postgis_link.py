"""The link stage's spatial questions answered by the database (:class:`~.base.LinkQueries`): the nearest street
segment by a KNN (``<->``) scan of the GiST index within the maximum distance, equidistant segments resolved to
the lowest segment_id; the area of a point by ``ST_Intersects`` (a point on a shared boundary belongs to the
lowest area_code), the points put in a temporary table with its own index, so that each area is tested against
its points in a run (PostGIS then keeps the area's prepared form: a ward of thousands of vertices is prepared
once, not once a point).  The same answers as the in-memory trees of :mod:`..link.link`, by contract and by test."""
from __future__ import annotations

from typing import Tuple

import numpy as np
import pandas as pd
from psycopg import sql
from psycopg.errors import InsufficientPrivilege, ReadOnlySqlTransaction

from . import postgis_sql as Q
from .postgis_faults import guarded
from .postgis_read import copy_frame

CHUNK = 50_000
POINTS = sql.SQL("SELECT i, ST_SetSRID(ST_MakePoint(x, y), 27700) AS g FROM unnest({}::float8[], {}::float8[]) "
                 "WITH ORDINALITY AS u(x, y, i)")
NEAREST = sql.SQL("WITH p AS MATERIALIZED ({points}) SELECT p.i, n.segment_id, n.d FROM p CROSS JOIN LATERAL ("
                  "SELECT s.segment_id, ST_Distance(s.{geom}, p.g) AS d FROM {streets} s "
                  "WHERE ST_DWithin(s.{geom}, p.g, {distance}) ORDER BY s.{geom} <-> p.g, s.segment_id LIMIT 1) n")
AREA = sql.SQL("WITH p AS MATERIALIZED ({points}) SELECT p.i, a.area_code FROM p CROSS JOIN LATERAL ("
               "SELECT area_code::text FROM {areas} WHERE ST_Intersects({geom}, p.g) ORDER BY area_code::text "
               "LIMIT 1) a")
TEMP = sql.Identifier("pg_temp", "lpt_link_points")
AREA_JOIN = sql.SQL("SELECT DISTINCT ON (p.i) p.i, a.area_code::text FROM {points} p JOIN {areas} a "
                    "ON ST_Intersects(a.{geom}, p.g) ORDER BY p.i, a.area_code::text")


class PostGISLinkQueries:
    def __init__(self, store):
        self.store = store
        self.path = store.path

    def _chunks(self, make, names, x, y):
        """``stmt`` over the points a chunk at a time: (first index, its rows as a frame of ``names``).  The
        coordinates go as two array literals (exact: repr round-trips a float) and the rows come back by COPY as
        CSV parsed by pandas - psycopg's per-value adaptation in pure Python was a third of the link's time."""
        x, y = np.asarray(x, float), np.asarray(y, float)
        for lo in range(0, len(x), CHUNK):
            arrays = [sql.Literal("{" + ",".join(map(repr, v[lo:lo + CHUNK].tolist())) + "}") for v in (x, y)]
            rows = copy_frame(self.store.con, make(POINTS.format(*arrays)), names, {"code": object})
            yield lo, pd.DataFrame({n: [] for n in names}) if rows is None else rows

    @guarded
    def nearest_segments(self, x, y, max_distance: float) -> Tuple[np.ndarray, np.ndarray]:
        seg, dist = np.full(len(x), -1, np.int64), np.full(len(x), np.nan)
        make = lambda points: NEAREST.format(points=points, geom=sql.Identifier(Q.GEOM),  # noqa: E731
                                             streets=Q.table("streets"), distance=sql.Literal(float(max_distance)))
        for lo, rows in self._chunks(make, ["i", "segment_id", "d"], x, y):
            at = lo + rows["i"].to_numpy(np.int64) - 1
            seg[at] = rows["segment_id"].to_numpy(np.int64)
            dist[at] = rows["d"].to_numpy(float)
        return seg, dist

    @guarded
    def areas_of(self, x, y) -> np.ndarray:
        out = np.full(len(x), "", dtype=object)
        self._temp = False
        with self.store.con.transaction():       # one transaction: the temporary table lives on one connection
            for lo, rows in self._chunks(self._areas_of_chunk, ["i", "code"], x, y):   # even behind a pooler
                out[lo + rows["i"].to_numpy(np.int64) - 1] = rows["code"].fillna("").to_numpy(object)
            if self._temp:
                self.store.con.execute(sql.SQL("DROP TABLE {}").format(TEMP))
        return out

    def _areas_of_chunk(self, points):
        """The area query of one chunk of points: a join with a temporary table of the points and its index (made
        here, dropped by the next chunk and at the end); the same answers by a lateral query
        when the role may not make temporary tables (or the transaction is read-only: a standby)."""
        con = self.store.con
        try:
            with con.transaction():
                con.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(TEMP))
                con.execute(sql.SQL("CREATE TEMP TABLE {} AS {}").format(TEMP, points))
        except (InsufficientPrivilege, ReadOnlySqlTransaction):
            return AREA.format(points=points, geom=sql.Identifier(Q.GEOM), areas=Q.table("areas"))
        self._temp = True
        con.execute(sql.SQL("CREATE INDEX ON {} USING gist (g)").format(TEMP))
        con.execute(sql.SQL("ANALYZE {}").format(TEMP))
        return AREA_JOIN.format(points=TEMP, areas=Q.table("areas"), geom=sql.Identifier(Q.GEOM))
