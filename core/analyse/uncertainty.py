"""How sure is a rank?  A bootstrap over members and their answers.

Crime-based components are counts of what police.uk published and stay fixed; the survey- and member-based
components (concern, confidence, registration gap) are re-estimated on ``replicates`` resamples: each member
gets a Poisson(1) weight and their answers go with them (answers of members no longer active get their own).
Each replicate gives every street a score and a rank; the 5th and 95th percentiles are the 90% interval and
the rank range, ``p_top`` the share of replicates in which the street is in the top ``top_n``.
"""
from __future__ import annotations

from typing import Callable, Dict

import numpy as np
import pandas as pd

from .ranks import ranks_of
from .samples import SampleData, estimate


def bootstrap(d: SampleData, score_of: Callable[[Dict], np.ndarray], replicates: int, top_n: int,
              seed: int = 20240229, is_cancelled=None) -> pd.DataFrame:
    """Per street (positions of ``d``): score_lo, score_hi, rank_best, rank_worst, p_top."""
    rng = np.random.default_rng(seed)
    scores = np.empty((d.n_streets, replicates))
    orphans = np.flatnonzero(d.r_member < 0)          # answers of members no longer active: their own weight
    for b in range(replicates):
        if is_cancelled is not None and is_cancelled():
            from ..errors import LptCancelled
            raise LptCancelled()
        w_orphan = np.ones(len(d.r_street))
        w_orphan[orphans] = rng.poisson(1.0, len(orphans))
        scores[:, b] = score_of(estimate(d, rng.poisson(1.0, len(d.m_street)).astype(float), w_orphan))
    ranks = ranks_of(scores)
    lo, hi = np.percentile(scores, [5, 95], axis=1)
    best, worst = np.percentile(ranks, [5, 95], axis=1)
    return pd.DataFrame({"score_lo": lo.round(2), "score_hi": hi.round(2),
                         "rank_best": np.floor(best).astype(np.int64), "rank_worst": np.ceil(worst).astype(np.int64),
                         "p_top": (ranks <= top_n).mean(axis=1).round(3)})
