"""Nearest street segment within a distance, on a grid of square cells (NumPy, no per-point Python).

Each straight piece (edge) of every segment is filed under every cell its box, grown by the distance, touches;
a point looks only at the edges filed under its own cell.  Distances are GEOS's own point-to-segment formula
(``Distance::pointToSegment``), written out in the same operations, so a distance and a tie between two segments
come out exactly as ``STRtree.query_nearest`` gives them (a test compares the two on real and generated streets).
It answers in a few hundredths of a second where the tree took three tenths for 60,000 crime map points; when the
filing would be too large (very long edges) :func:`build` returns None; a point with many edges under its cell (a
dense city centre at 150 m) is answered by the tree, which is quicker there (core/link/link.py nearest_segment).
"""
from __future__ import annotations

from typing import Optional, Tuple

import numpy as np

MIN_CELL = 100.0            # metres: a cell no smaller than this, whatever the distance asked for
MAX_FILED = 8_000_000       # edge-in-cell entries above which the tree is used instead (~200 MB while built)
CHUNK = 200_000             # points per batch of candidate pairs (bounds the memory of a batch)
FEW = 48                    # edges under a point's cell up to which the grid answers it (more: the tree is quicker)


class Grid:
    def __init__(self, ax, ay, bx, by, owner, max_distance: float):
        self.ax, self.ay, self.bx, self.by, self.owner = ax, ay, bx, by, owner
        self.cell = max(float(max_distance), MIN_CELL)
        grow = float(max_distance)
        x0, y0 = np.minimum(ax, bx) - grow, np.minimum(ay, by) - grow
        x1, y1 = np.maximum(ax, bx) + grow, np.maximum(ay, by) + grow
        self.ox, self.oy = float(x0.min()), float(y0.min())
        cx0, cy0, cx1, cy1 = self._cx(x0), self._cy(y0), self._cx(x1), self._cy(y1)
        self.ny = int(cy1.max()) + 1
        self.nx = int(cx1.max()) + 1
        nx, ny = cx1 - cx0 + 1, cy1 - cy0 + 1
        counts = nx * ny
        self.filed = int(counts.sum())
        if self.filed > MAX_FILED:
            return
        edge = np.repeat(np.arange(len(ax)), counts)
        local = np.arange(self.filed) - np.repeat(np.cumsum(counts) - counts, counts)
        ny_e = ny[edge]
        keys = (cx0[edge] + local // ny_e) * self.ny + cy0[edge] + local % ny_e
        order = np.argsort(keys)                 # the order within a cell does not matter
        self.keys, self.edges = keys[order], edge[order]

    def _cx(self, x):
        return np.floor((x - self.ox) / self.cell).astype(np.int64)

    def _cy(self, y):
        return np.floor((y - self.oy) / self.cell).astype(np.int64)

    @property
    def usable(self) -> bool:
        return self.filed <= MAX_FILED

    def span(self, x, y) -> Tuple[np.ndarray, np.ndarray]:
        """(first filed entry, number of entries) of each point's cell (0 entries outside the grid)."""
        cx, cy = self._cx(x), self._cy(y)
        inside = (cx >= 0) & (cx < self.nx) & (cy >= 0) & (cy < self.ny)
        key = np.where(inside, cx * self.ny + cy, -1)
        lo = np.searchsorted(self.keys, key, side="left")
        return lo, np.where(inside, np.searchsorted(self.keys, key, side="right") - lo, 0)

    def candidates(self, x, y) -> Tuple[np.ndarray, np.ndarray]:
        """(point, edge) pairs, grouped by point in point order: the edges filed under each point's cell."""
        lo, n = self.span(x, y)
        point = np.repeat(np.arange(len(x)), n)
        start = np.repeat(lo - (np.cumsum(n) - n), n)
        return point, self.edges[start + np.arange(len(point))]


def point_to_segment(px, py, ax, ay, bx, by) -> np.ndarray:
    """GEOS's Distance::pointToSegment, element-wise, in its own order of operations."""
    with np.errstate(invalid="ignore", divide="ignore"):
        len2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay)
        r = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2
        s = ((ay - py) * (bx - ax) - (ax - px) * (by - ay)) / len2
        to_a = np.sqrt((ax - px) * (ax - px) + (ay - py) * (ay - py))
        to_b = np.sqrt((bx - px) * (bx - px) + (by - py) * (by - py))
        d = np.abs(s) * np.sqrt(len2)
    same = (ax == bx) & (ay == by)
    return np.where(same | (r <= 0.0), to_a, np.where(r >= 1.0, to_b, d))


def edges(geoms):
    """The straight pieces of every line: (ax, ay, bx, by, owner index); a one-point line is a piece of length 0."""
    import shapely
    parts, part_of = shapely.get_parts(geoms, return_index=True)
    xy, ci = shapely.get_coordinates(parts, return_index=True)
    if not len(xy):
        return (np.zeros(0),) * 4 + (np.zeros(0, dtype=np.int64),)
    joined = ci[1:] == ci[:-1]
    single = np.bincount(ci, minlength=len(parts)) == 1
    first = np.r_[True, ci[1:] != ci[:-1]]
    a_at = np.r_[np.flatnonzero(joined), np.flatnonzero(first & single[ci])]
    b_at = np.r_[np.flatnonzero(joined) + 1, np.flatnonzero(first & single[ci])]
    return xy[a_at, 0], xy[a_at, 1], xy[b_at, 0], xy[b_at, 1], part_of[ci[a_at]]


def nearest(x, y, seg_ids, max_distance: float, grid: Grid):
    """(index into the segments or -1, distance or NaN) per point, the lowest segment id among equidistant ones."""
    n = len(x)
    idx, dist = np.full(n, -1, dtype=np.int64), np.full(n, np.nan)
    if not n or not len(grid.keys):
        return idx, dist
    rank = np.empty(len(seg_ids), dtype=np.int64)
    rank[np.argsort(seg_ids, kind="stable")] = np.arange(len(seg_ids))
    x, y = np.asarray(x, float), np.asarray(y, float)
    for lo in range(0, n, CHUNK):
        _nearest_chunk(grid, x[lo:lo + CHUNK], y[lo:lo + CHUNK], rank, float(max_distance),
                       idx[lo:lo + CHUNK], dist[lo:lo + CHUNK])
    return idx, dist


def build(seg_geoms, max_distance: float) -> Optional[Grid]:
    """The grid of these segments for this distance; None when it would be too large (the tree answers)."""
    if not np.isfinite(max_distance) or max_distance <= 0 or not len(seg_geoms):
        return None
    pieces = edges(seg_geoms)
    if not len(pieces[0]):
        return None
    grid = Grid(*pieces, max_distance)
    return grid if grid.usable else None


def _nearest_chunk(grid: Grid, x, y, rank, max_distance, idx_out, dist_out) -> None:
    point, edge = grid.candidates(x, y)
    d = point_to_segment(x[point], y[point], grid.ax[edge], grid.ay[edge], grid.bx[edge], grid.by[edge])
    near = d <= max_distance
    point, d, seg = point[near], d[near], grid.owner[edge[near]]
    if not len(point):
        return
    starts = np.flatnonzero(np.r_[True, point[1:] != point[:-1]])
    best = np.minimum.reduceat(d, starts)
    per_pair = np.repeat(best, np.diff(np.r_[starts, len(point)]))
    big = np.iinfo(np.int64).max
    low = np.minimum.reduceat(np.where(d == per_pair, rank[seg], big), starts)
    order = np.argsort(rank, kind="stable")
    idx_out[point[starts]] = order[low]
    dist_out[point[starts]] = best
