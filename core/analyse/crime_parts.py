"""The priority's crime components (harm, hot) for another period without re-linking (issue #26).

The back-test and the one-month-shift check need the priority as it would have been for an earlier period. The
crime components are recomputed the way :mod:`.priority` computes them (harm-weighted crime as a percentile
among the streets ranked; Gi* over segments on the same distance band, the street's highest z, clip(z, 0, 4)/4);
the distance band is built once.  The trend is left out (it needs the period before as well) and the survey and
member components are those of the run; the report says so.
"""
from __future__ import annotations

from typing import Dict

import numpy as np
import pandas as pd

from .hotspots import distance_band, gi_star
from .insight import Period
from .ranks import combine, pct_rank


class CrimeParts:
    def __init__(self, streets: pd.DataFrame, gi_distance: float, index: pd.Index):
        import shapely
        seg = streets.sort_values("segment_id").reset_index(drop=True)
        mid = shapely.line_interpolate_point(seg.geometry.values, 0.5, normalized=True)
        self.seg_ids = pd.Index(seg.segment_id.to_numpy())
        self.seg_street = seg.street_id.astype(str).to_numpy()
        self.w = distance_band(shapely.get_x(mid), shapely.get_y(mid), gi_distance)
        self.index = index

    def components(self, ca, period: Period) -> pd.DataFrame:
        """harm, hot (and harm_value) per ranked street from the crimes of :class:`.crime_arrays.CrimeArrays`
        ``ca`` (built on the same streets) in ``period``."""
        now = ca.within(period)
        street = pd.Series(ca.per_street(now, ca.harm), index=self.index)
        pos = self.seg_ids.get_indexer(ca.seg[now])
        ok = pos >= 0
        x = np.bincount(pos[ok], weights=ca.harm[now][ok], minlength=len(self.seg_ids))
        z, _ = gi_star(x, self.w)
        zs = pd.Series(z).groupby(self.seg_street).max().reindex(self.index).fillna(0.0)
        return pd.DataFrame({"harm": pct_rank(street), "hot": zs.clip(0, 4) / 4.0,
                             "harm_value": street}, index=self.index)


def priority_for(comp: pd.DataFrame, parts: pd.DataFrame, weights: Dict[str, float], components,
                 trend: bool = False) -> pd.Series:
    """The priority score with harm and hot taken from ``parts`` (another period), the trend from ``comp`` when
    ``trend`` else 0, every other component from ``comp``."""
    c = comp.copy()
    c["harm"], c["hot"] = parts.harm.reindex(c.index).values, parts.hot.reindex(c.index).values
    if not trend:
        c["trend"] = 0.0
    score, _ = combine(c, weights, components)
    return score
