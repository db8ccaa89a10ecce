"""The simple rankings a street ranking must beat to be worth its complexity (issue #26).

* ``last_count``  each street's crimes in the period ranked from (the last period);
* ``last_harm``   its harm-weighted crime in that period;
* ``kde``         a kernel density of that period's crimes (quartic kernel, 100 m bandwidth) at the midpoint of the
                  street's longest segment;
* ``all_count``   its crimes in every month of the data up to the period's end.
"""
from __future__ import annotations

from typing import Dict

import numpy as np
import pandas as pd

from ..i18n import QT_TR_NOOP
from .insight import Period

KDE_BANDWIDTH = 100.0
BASELINE_LABELS = {"last_count": QT_TR_NOOP("Last period's crime count"), "last_harm": QT_TR_NOOP("Last period's harm"),
                   "kde": QT_TR_NOOP("Kernel density (100 m)"), "all_count": QT_TR_NOOP("Crime count, all months so far")}


def quartic_density(px: np.ndarray, py: np.ndarray, x: np.ndarray, y: np.ndarray,
                    bandwidth: float = KDE_BANDWIDTH) -> np.ndarray:
    """Quartic (biweight) kernel density of points (px, py) evaluated at (x, y), per square km."""
    from scipy.spatial import cKDTree
    if len(px) == 0 or len(x) == 0:
        return np.zeros(len(x))
    at, pts = cKDTree(np.column_stack([x, y])), cKDTree(np.column_stack([px, py]))
    d = at.sparse_distance_matrix(pts, bandwidth, output_type="ndarray")   # keeps pairs at distance 0
    k = (1.0 - (d["v"] / bandwidth) ** 2) ** 2
    dens = np.bincount(d["i"], weights=k, minlength=len(x))
    return dens * 3.0 / (np.pi * bandwidth ** 2) * 1e6


def baselines_from(ca, rank: Period, index: pd.Index, mid: pd.DataFrame) -> Dict[str, pd.Series]:
    """The four baseline scores for the streets of ``index`` from :class:`.crime_arrays.CrimeArrays` ``ca``."""
    now = ca.within(rank)
    m = mid.reindex(index)
    kde = quartic_density(ca.x[now], ca.y[now], m.mx.to_numpy(float), m.my.to_numpy(float))
    return {"last_count": pd.Series(ca.per_street(now), index=index),
            "last_harm": pd.Series(ca.per_street(now, ca.harm), index=index),
            "kde": pd.Series(np.nan_to_num(kde), index=index),
            "all_count": pd.Series(ca.per_street(ca.upto(rank)), index=index)}


def baselines(crimes: pd.DataFrame, rank: Period, harm_w: Dict[str, float], index: pd.Index,
              mid: pd.DataFrame) -> Dict[str, pd.Series]:
    """The four baseline scores for the streets of ``index`` from the crimes up to ``rank``'s end."""
    from .crime_arrays import crime_arrays
    return baselines_from(crime_arrays(crimes, index, harm_w), rank, index, mid)
