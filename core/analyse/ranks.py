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
    (1 + the number of streets scoring more), so a tie is never split by position."""
    from scipy.stats import rankdata
    return rankdata(-np.round(scores, 2), method="min", axis=0).astype(np.int64)
