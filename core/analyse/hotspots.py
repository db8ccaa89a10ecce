"""Hot streets: Getis-Ord Gi* over street segments, and crime concentration.

Weights are binary distance bands on segment midpoints (default 400 m), with
each segment its own neighbour (the "star" form). For values x over n units
and binary weights w_ij:

    Gi* = (sum_j w_ij x_j - xbar W_i) / (S * sqrt((n W_i - W_i^2) / (n - 1)))

where W_i = sum_j w_ij, xbar is the mean and S = sqrt(mean(x^2) - xbar^2)
(Getis & Ord 1995; Ord & Getis 1995). The result is a z-score with a two-sided
normal p-value. The tests check it against PySAL esda to 1e-9.
"""
from __future__ import annotations

import contextvars
from contextlib import contextmanager
from typing import Tuple

import numpy as np


def distance_band(x: np.ndarray, y: np.ndarray, distance: float) -> sparse.csr_matrix:
    """Binary weights, 1 where two points lie within ``distance``, self included.  Within :func:`one_band_a_run`
    the last one made is handed out again for the same points and distance (a ranking's hot streets and its
    checks both use the segments' midpoints; callers only read it); outside, it is made each time."""
    import hashlib
    x, y = np.ascontiguousarray(x, dtype=float), np.ascontiguousarray(y, dtype=float)
    holder = _BAND.get()
    if holder is None:
        return _frozen(_distance_band(x, y, distance))
    key = (float(distance), len(x), hashlib.blake2b(x.tobytes() + y.tobytes(), digest_size=16).digest())
    if holder[0] is None or holder[0][0] != key:
        holder[0] = (key, _frozen(_distance_band(x, y, distance)))
    return holder[0][1]


def _frozen(w):
    w.sum_duplicates()                   # canonical (sorted, no duplicates): nothing later sorts it in place
    for a in (w.data, w.indices, w.indptr):
        a.flags.writeable = False        # may be shared: a caller writing into it fails instead of changing another
    return w


_BAND: contextvars.ContextVar = contextvars.ContextVar("lpt_distance_band", default=None)


@contextmanager
def one_band_a_run():
    """The distance band kept for the length of one run (a thread's own: runs side by side keep their own, and
    nothing is held once the run is over)."""
    token = _BAND.set([None])
    try:
        yield
    finally:
        _BAND.reset(token)


def _distance_band(x: np.ndarray, y: np.ndarray, distance: float) -> sparse.csr_matrix:
    from scipy import sparse            # here, not at import: scipy takes 0.3 s to load
    from scipy.spatial import cKDTree
    pts = np.column_stack([x, y])
    tree = cKDTree(pts)
    pairs = tree.query_pairs(distance, output_type="ndarray")
    n = len(pts)
    i = np.concatenate([pairs[:, 0], pairs[:, 1], np.arange(n)])
    j = np.concatenate([pairs[:, 1], pairs[:, 0], np.arange(n)])
    return sparse.csr_matrix((np.ones(len(i)), (i, j)), shape=(n, n))


def gi_star(values: np.ndarray, w: sparse.csr_matrix) -> Tuple[np.ndarray, np.ndarray]:
    """Getis-Ord Gi* z-scores and two-sided p-values for binary weights that include self."""
    x = np.asarray(values, dtype=float)
    n = len(x)
    if n < 3:
        return np.zeros(n), np.ones(n)
    lag = w @ x
    wi = np.asarray(w.sum(axis=1)).ravel()
    s1 = np.asarray(w.multiply(w).sum(axis=1)).ravel()       # = wi for binary weights
    xbar = x.mean()
    s = np.sqrt((x ** 2).mean() - xbar ** 2)
    if s == 0:
        return np.zeros(n), np.ones(n)
    den = s * np.sqrt((n * s1 - wi ** 2) / (n - 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(den > 0, (lag - xbar * wi) / den, 0.0)
    from .pvalues import normal_two_sided
    return z, normal_two_sided(z)


def concentration_share(values: np.ndarray, top: float = 0.2) -> float:
    """Share of the total held by the top ``top`` fraction of units (the 80-20 rule: about 0.8 if it holds)."""
    v = np.sort(np.asarray(values, dtype=float))[::-1]
    total = v.sum()
    if total <= 0 or len(v) == 0:
        return float("nan")
    k = max(1, int(np.ceil(top * len(v))))
    return float(v[:k].sum() / total)
