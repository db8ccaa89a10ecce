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

from .insight import Period

KDE_BANDWIDTH = 100.0
BASELINE_LABELS = {"last_count": "Last period's crime count", "last_harm": "Last period's harm",
                   "kde": "Kernel density (100 m)", "all_count": "Crime count, all months so far"}


def in_period(crimes: pd.DataFrame, p: Period) -> pd.DataFrame:
    return crimes[(crimes.month >= p.start) & (crimes.month <= p.end)]


def per_street(crimes: pd.DataFrame, index: pd.Index, weights=None) -> pd.Series:
    """Crimes (or the sum of ``weights``) per street of ``index``; 0 where none."""
    key = crimes.street_id.astype(str).to_numpy()
    vals = np.ones(len(crimes)) if weights is None else np.asarray(weights, float)
    return pd.Series(vals).groupby(key).sum().reindex(index).fillna(0.0)


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


def baselines(crimes: pd.DataFrame, rank: Period, harm_w: Dict[str, float], index: pd.Index,
              mid: pd.DataFrame) -> Dict[str, pd.Series]:
    """The four baseline scores for the streets of ``index`` from the crimes up to ``rank``'s end."""
    now = in_period(crimes, rank)
    harm = now.crime_type.astype(str).map(harm_w).fillna(0.0).to_numpy(float)
    m = mid.reindex(index)
    kde = quartic_density(now.easting.to_numpy(float), now.northing.to_numpy(float),
                          m.mx.to_numpy(float), m.my.to_numpy(float))
    upto = crimes[crimes.month <= rank.end]
    return {"last_count": per_street(now, index), "last_harm": per_street(now, index, harm),
            "kde": pd.Series(np.nan_to_num(kde), index=index), "all_count": per_street(upto, index)}
