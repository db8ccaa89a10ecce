"""The grid's nearest street (core/link/grid.py) gives exactly what the STRtree gives - the same segment, the same
distance to the last bit, the lowest segment id among equidistant ones - on real streets (Chapeltown, Leeds,
projected to British National Grid) and on generated sparse ones, at several distances, with points on vertices,
on whole metres and between duplicated segments; dense points go to the tree, sparse ones to the grid."""
import numpy as np
import pytest
import shapely
from pyproj import Transformer

from _paths import ROOT
from local_priority_targeting.core.link import grid as G
from local_priority_targeting.core.link.link import nearest_segment


def _leeds():
    from osgeo import ogr
    ds = ogr.Open(str(ROOT / "tests" / "data" / "chapeltown_leeds_streets.gpkg"))
    wkb = [bytes(f.GetGeometryRef().ExportToWkb()) for f in ds.GetLayer(0)]
    tf = Transformer.from_crs(4326, 27700, always_xy=True)
    return shapely.transform(shapely.from_wkb(wkb), lambda c: np.c_[tf.transform(c[:, 0], c[:, 1])])


def _sparse(rng, n=3000):
    x, y = rng.uniform(0, 20000, n), rng.uniform(0, 20000, n)
    ang, ln = rng.uniform(0, np.pi, n), rng.uniform(30, 300, n)
    return shapely.linestrings(np.stack([np.c_[x, y], np.c_[x + np.cos(ang) * ln, y + np.sin(ang) * ln]], axis=1))


def _points(geoms, rng, n=20000):
    x0, y0, x1, y1 = shapely.total_bounds(geoms)
    px, py = rng.uniform(x0 - 300, x1 + 300, n), rng.uniform(y0 - 300, y1 + 300, n)
    v = shapely.get_coordinates(geoms)[:2000]
    return np.r_[px, v[:, 0], np.round(px[:3000]), v[:500, 0] + 0.5], np.r_[py, v[:, 1], np.round(py[:3000]), v[:500, 1]]


@pytest.mark.parametrize("which", ["leeds", "sparse"])
@pytest.mark.parametrize("max_distance", [150.0, 40.0, 5.0])
def test_the_grid_gives_what_the_tree_gives(which, max_distance):
    rng = np.random.default_rng(7)
    geoms = _leeds() if which == "leeds" else _sparse(rng)
    geoms = np.r_[geoms, geoms[:300]]                                # duplicates: ties between two segments
    ids = np.r_[rng.permutation(len(geoms) - 300) + 1000, -np.arange(1, 301)]
    x, y = _points(geoms, rng)
    tree_i, tree_d = nearest_segment(x, y, geoms, ids, max_distance)
    grid = G.build(geoms, max_distance)
    assert grid is not None
    grid_i, grid_d = nearest_segment(x, y, geoms, ids, max_distance, None, grid)
    assert (tree_i >= 0).sum() > 1000
    np.testing.assert_array_equal(grid_i, tree_i)
    np.testing.assert_array_equal(grid_d, tree_d)                   # to the last bit, NaN where none
    tied = np.isin(tree_i, np.arange(len(geoms) - 300, len(geoms)))
    assert tied.sum() > 10 and (ids[grid_i[tied]] < 0).all()          # the lower id of two equal segments


def test_dense_points_go_to_the_tree_and_an_empty_network_has_no_grid():
    geoms = _leeds()
    grid = G.build(geoms, 150.0)
    x, y = _points(geoms, np.random.default_rng(1))
    few = grid.span(x, y)[1] <= G.FEW
    assert 0.2 < few.mean() < 0.95                                   # a city centre: both ways used
    assert G.build(np.array([shapely.LineString()]), 150.0) is None
    assert G.build(geoms, float("inf")) is None
