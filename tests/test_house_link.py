"""#28 point 1: the store keeps, the link stage computes.

* Imports in core/ point down the data's journey only (io -> store -> link -> analyse -> engage -> report), and
  core/ imports no Qt or QGIS.
* A backend that answers nearest-street and point-in-area queries itself (``Store.link_queries``) is asked by the
  link stage, and the links are the same as the in-memory trees give.  The backend here is a real second
  implementation (one shapely query per table, read back from the store, no trees shared with the link stage).
"""
import ast
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from local_priority_targeting.core.link import cache as C, stored as S
from local_priority_targeting.core.store import workspace as W
from local_priority_targeting.core.store.geopackage import GeoPackageStore

from _paths import ROOT
from test_link_insight import hull  # noqa: F401  (module fixture: real Hull inputs and links)
from test_workspace import _fill

STAGES = ["io", "store", "link", "analyse", "engage", "report"]


def _imports(path: Path):
    """(level, module) of every relative import in a file (``from ..link.x import y`` -> (2, 'link.x'))."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            yield node.level, node.module or "", [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            for a in node.names:
                yield 0, a.name, []


def test_core_imports_point_down_the_journey_only():
    core = ROOT / "core"
    wrong = []
    for stage in STAGES:
        allowed = set(STAGES[:STAGES.index(stage) + 1])
        for f in (core / stage).rglob("*.py"):
            for level, mod, names in _imports(f):
                if level == 0:
                    if mod.split(".")[0] in ("qgis", "PyQt5", "PyQt6") or mod.startswith("local_priority_targeting"):
                        wrong.append(f"{f.relative_to(ROOT)} imports {mod}")
                    continue
                target = (mod.split(".")[0] if level == 2 else stage) if level <= 2 else "?"
                if level == 2 and not mod:           # from .. import stage
                    targets = names
                else:
                    targets = [target]
                for t in targets:
                    if t in STAGES and t not in allowed:
                        wrong.append(f"{f.relative_to(ROOT)} imports core.{t} (up the journey from {stage})")
    assert not wrong, "\n".join(wrong)


class BruteForceQueries:
    """Nearest segment and containing area straight from the store's tables: every segment's distance to every
    point in chunks (no tree), the areas by shapely's own covers test."""

    def __init__(self, store):
        self.streets = store.read_table("streets", ["segment_id", "geometry"]).sort_values("segment_id")
        self.areas = store.read_table("areas", ["area_code", "geometry"]).sort_values("area_code")
        self.calls = 0

    def nearest_segments(self, x, y, max_distance):
        self.calls += 1
        g, ids = self.streets.geometry.values, self.streets.segment_id.values.astype(np.int64)
        seg, dist = np.full(len(x), -1, np.int64), np.full(len(x), np.nan)
        for lo in range(0, len(x), 200):
            pts = shapely.points(x[lo:lo + 200], y[lo:lo + 200])
            d = shapely.distance(pts[:, None], g[None, :])          # points x segments
            best = d.min(axis=1)
            ok = best <= max_distance
            first = np.argmax(d == best[:, None], axis=1)           # lowest segment id among equals (sorted)
            seg[lo:lo + 200] = np.where(ok, ids[first], -1)
            dist[lo:lo + 200] = np.where(ok, best, np.nan)
        return seg, dist

    def areas_of(self, x, y):
        self.calls += 1
        pts = shapely.points(x, y)
        out = np.full(len(x), "", dtype=object)
        for code, geom in zip(self.areas.area_code.values[::-1], self.areas.geometry.values[::-1]):
            out[shapely.intersects(geom, pts)] = code                # lowest code last: it wins
        return out


class QueryingStore(GeoPackageStore):
    def link_queries(self):
        self.queries = getattr(self, "queries", None) or BruteForceQueries(self)
        return self.queries


def test_a_backend_with_its_own_spatial_queries_gives_the_same_links(hull, tmp_path):  # noqa: F811
    inp, _ = hull
    sample = inp.crimes.iloc[::10].reset_index(drop=True)         # 1 in 10 crimes: brute force stays quick
    one, two = tmp_path / "trees.gpkg", tmp_path / "backend.gpkg"
    _fill(one, inp, crimes=sample)
    _fill(two, inp, crimes=sample)
    with W.open_store(str(one)) as st:
        ref, ref_stats = C.ensure_links(st, S.load_inputs(st, {}), 150.0)
    st = QueryingStore.open(str(two), create=False)
    try:
        links, stats = C.ensure_links(st, S.load_inputs(st, {}), 150.0)
        assert st.queries.calls == 4                      # postcodes and crime locations, streets and areas each
        assert stats["postcodes_linked_now"] == ref_stats["postcodes_linked_now"] > 1000
        stored = st.read_table("link_locations")
    finally:
        st.close()
    for a, b, cols in ((ref.crimes, links.crimes, ["segment_id", "street_id", "area_code"]),
                       (ref.members, links.members, ["street_id", "area_code"])):
        pd.testing.assert_frame_equal(a[cols].astype(str).reset_index(drop=True),
                                      b[cols].astype(str).reset_index(drop=True))
    assert np.allclose(ref.crimes.street_dist, links.crimes.street_dist, equal_nan=True)
    assert (stored.segment_id >= 0).mean() > 0.9 and (stored.area_code != "").mean() > 0.9
