"""Comparison streets for an evaluation (issue #26): for each target street, the ``k`` streets most like it before
the activity - prior crime per month and IMD decile, standardised, same classification group where known -
that were not targeted and are not among the surrounding streets (where displacement would show).  Greedy
nearest neighbours without replacement, the busiest targets first."""
from __future__ import annotations

from typing import List

import numpy as np
import pandas as pd


def surrounding(streets: pd.DataFrame, targets: List[str], buffer_m: float) -> List[str]:
    """Non-target streets whose midpoint lies within ``buffer_m`` of a target street's midpoint."""
    from scipy.spatial import cKDTree
    xy = streets[["mx", "my"]].to_numpy(float)
    ok = np.isfinite(xy).all(axis=1)
    t = streets.index.isin(targets) & ok
    if not t.any():
        return []
    near = cKDTree(xy[ok]).query_ball_point(xy[t], buffer_m)
    ids = streets.index[ok]
    hit = {ids[j] for lst in near for j in lst}
    return sorted(hit - set(targets))


def match(streets: pd.DataFrame, prior: pd.Series, targets: List[str], exclude: List[str], k: int = 3) -> List[str]:
    """Comparison streets for ``targets`` (see the module text); ``prior``: crime per month before the activity."""
    feats = pd.DataFrame({"prior": prior.reindex(streets.index).fillna(0.0),
                          "imd": streets.imd_decile.astype(float).fillna(5.5) if "imd_decile" in streets else 5.5},
                         index=streets.index)
    z = (feats - feats.mean()) / feats.std(ddof=0).replace(0, 1.0)
    group = streets["group"].astype(str) if "group" in streets else pd.Series("", index=streets.index)
    pool = ~streets.index.isin(list(targets) + list(exclude))
    used = np.zeros(len(streets), dtype=bool)
    chosen = []
    order = feats.loc[[t for t in targets if t in feats.index]].prior.sort_values(ascending=False).index
    for t in order:
        same = (group == group[t]).to_numpy() if group[t] else np.ones(len(streets), dtype=bool)
        cand = pool & ~used & same
        if cand.sum() < k:
            cand = pool & ~used
        d = ((z.to_numpy() - z.loc[t].to_numpy()) ** 2).sum(axis=1)
        d[~cand] = np.inf
        pick = np.argsort(d, kind="stable")[:k]
        pick = pick[np.isfinite(d[pick])]
        used[pick] = True
        chosen += list(streets.index[pick])
    return chosen
