"""Confidence intervals for shares (no Qt; scalars or numpy arrays)."""
from __future__ import annotations

import numpy as np

Z95 = 1.959963984540054


def wilson_interval(k, n, z: float = Z95):
    """Wilson score interval (lower, upper) for k successes in n trials; NaN where n is 0."""
    k, n = np.asarray(k, dtype=float), np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / n
        denom = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    lo, hi = np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)
    if lo.ndim == 0:
        return float(lo), float(hi)
    return lo, hi
