"""Percentile ranks and the weighted score (shared by the ranking and its bootstrap)."""
from __future__ import annotations

from typing import Dict, Sequence

import numpy as np
import pandas as pd


def pct_rank(v: pd.Series) -> pd.Series:
    """Percentile rank in (0, 1]; zero stays zero."""
    r = v.rank(method="average", pct=True)
    return r.where(v > 0, 0.0).fillna(0.0)


def combine(comp: pd.DataFrame, weights: Dict[str, float], components: Sequence[str]):
    """Score 0..100 and each component's points: 100 x w_c x component_c / sum(w)."""
    total = sum(weights[c] for c in components)
    pts = pd.DataFrame({c: weights[c] * comp[c] * 100.0 / total for c in components}, index=comp.index)
    return pts.sum(axis=1), pts


def ranks_of(scores: np.ndarray) -> np.ndarray:
    """Rank 1 = highest score, per column of a streets x replicates array; equal scores share the best rank
    (1 + the number of streets scoring more), so a tie is never split by position.  Scores are compared to the
    cent (as rounded for the table): counted per column over the range of cents, without sorting."""
    cents = np.rint(scores * 100.0)           # np.round(scores, 2) is cents / 100: the same order and ties
    ncol = cents.shape[1]
    if not cents.size or not np.isfinite(cents).all() or np.ptp(cents) * ncol > 5e7:     # not scores 0..100
        from scipy.stats import rankdata
        return rankdata(-np.round(scores, 2), method="min", axis=0).astype(np.int64)
    c = cents.astype(np.int64)
    c -= c.min()
    width = int(c.max()) + 1
    counts = np.bincount((c + width * np.arange(ncol)).ravel(), minlength=width * ncol).reshape(ncol, width)
    above = np.cumsum(counts[:, ::-1], axis=1)[:, ::-1] - counts        # streets scoring more, per cent value
    return 1 + above[np.arange(ncol), c]
