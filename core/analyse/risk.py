"""Crime risk of a street: its crime over several months with recency weights, smoothed over neighbouring streets
(issue #26).

    risk_s = sum_m r(age_m) x_sm  +  lambda * sum_j K(d_sj) sum_m r(age_m) x_jm

``x_sm`` is street s's crime in month m (count plus ``harm_share`` x its harm over the mean harm of a crime); ``age_m`` is months before the period's end (0 inside it);
``r(age) = max(0.5 ** (age / HALF_LIFE), FLOOR)`` (recent months weigh most, and every earlier month of the data
keeps at least FLOOR: a street's history over years predicts next month's crime better than last month alone);
``K`` is a quartic kernel on the streets' midpoints (``bandwidth``, straight-line), other streets only.  The
settings were chosen on the shipped Hull months (rank on one month, score on the next, four shifts): see
docs/forecast.md.  The crime risk is the
percentile of ``risk`` among the streets ranked (0..1), as the priority's own components.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict

import numpy as np
import pandas as pd

from .insight import Period


@dataclass(frozen=True)
class RiskSettings:
    half_life: float = 3.0       # months
    floor: float = 0.1           # least weight of an earlier month
    bandwidth: float = 150.0     # metres, neighbouring streets
    spill: float = 0.1           # lambda: weight of the neighbours' crime
    harm_share: float = 0.0      # weight of harm against the count (0: counts predict next month's crime best)
    length_power: float = 0.0    # risk / length ** power: > 0 favours short streets (higher PAI, lower hit rate)


def neighbours(mid: pd.DataFrame, bandwidth: float):
    """Sparse quartic kernel weights between street midpoints (self excluded)."""
    from scipy import sparse
    from scipy.spatial import cKDTree
    xy = np.column_stack([mid.mx.to_numpy(float), mid.my.to_numpy(float)])
    ok = np.isfinite(xy).all(axis=1)
    xy[~ok] = -1e9 - np.arange((~ok).sum())[:, None] * 1e6      # streets without a midpoint: no neighbours
    pairs = cKDTree(xy).query_pairs(bandwidth, output_type="ndarray")
    d = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)
    k = (1.0 - (d / bandwidth) ** 2) ** 2
    n = len(xy)
    i, j = np.concatenate([pairs[:, 0], pairs[:, 1]]), np.concatenate([pairs[:, 1], pairs[:, 0]])
    return sparse.csr_matrix((np.concatenate([k, k]), (i, j)), shape=(n, n))


def risk_from(ca, end: int, kernel, s: RiskSettings = RiskSettings(), lengths: np.ndarray = None) -> np.ndarray:
    """The raw risk per ranked street from the crimes of :class:`.crime_arrays.CrimeArrays` ``ca`` up to month
    number ``end``; ``kernel``: the neighbours matrix of the streets ranked; ``lengths`` per street (m)."""
    keep = (ca.pos >= 0) & (ca.month >= 0) & (ca.month <= end)
    harm = ca.harm[keep]
    mean_harm = harm.mean() if len(harm) and harm.mean() > 0 else 1.0
    r = np.maximum(0.5 ** ((end - ca.month[keep]) / s.half_life), s.floor)
    x = np.bincount(ca.pos[keep], weights=r * (1.0 + s.harm_share * harm / mean_harm), minlength=ca.n)
    risk = x + s.spill * (kernel @ x)
    if s.length_power and lengths is not None:
        risk = risk / np.power(np.clip(np.nan_to_num(lengths, nan=40.0), 40.0, None), s.length_power)
    return risk


def crime_risk(crimes: pd.DataFrame, rank: Period, harm_w: Dict[str, float], index: pd.Index,
               mid: pd.DataFrame, s: RiskSettings = RiskSettings(), kernel=None, lengths=None) -> pd.Series:
    """The raw risk (higher = more crime expected) of every street of ``index`` from the crimes up to ``rank``'s
    end.  ``kernel``: the neighbours matrix of ``index`` when already built."""
    from .crime_arrays import crime_arrays, month_no
    K = kernel if kernel is not None else neighbours(mid.reindex(index), s.bandwidth)
    ln = None if lengths is None else lengths.reindex(index).to_numpy(float)
    return pd.Series(risk_from(crime_arrays(crimes, index, harm_w), month_no(rank.end), K, s, ln), index=index)
