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
    """Rank 1 = highest score, per column of a streets x replicates array (ties by position)."""
    order = np.argsort(-scores, axis=0, kind="stable")
    ranks = np.empty_like(order)
    cols = np.arange(scores.shape[1])[None, :]
    ranks[order, cols] = np.arange(1, scores.shape[0] + 1)[:, None]
    return ranks
