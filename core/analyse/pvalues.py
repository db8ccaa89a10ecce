"""The p-values the ranking and the period comparison need, from scipy.special alone: importing scipy.stats costs
about 0.2 s more at every run, and these three are a line each there too.

* ``normal_two_sided``: 2 x the normal upper tail of |z| - what ``2 * stats.norm.sf(abs(z))`` computes (ndtr);
* ``welch``: Welch's unequal-variance t-test from summary statistics - scipy.stats.ttest_ind_from_stats(...,
  equal_var=False)'s own arithmetic and ``stdtr``, so the same numbers;
* ``binomial_tails``: P(X <= k) and P(X >= k) of a binomial (cephes ``bdtr``/``bdtrc``; scipy.stats' binom uses
  Boost's: they agree to about 1e-11 relative for n up to 10,000 - a street's or an area's counts - and the gap
  grows with n: 3e-10 at 100,000, 4e-9 at a million events).
"""
from __future__ import annotations

import numpy as np


def normal_two_sided(z) -> np.ndarray:
    from scipy import special
    return 2.0 * special.ndtr(-np.abs(np.asarray(z, dtype=float)))


def welch(mean1, sd1, n1, mean2, sd2, n2):
    """(t, two-sided p) of Welch's test; rows with too few or no variance give NaN or a t of +-inf, as scipy does."""
    from scipy import special
    m1, s1, k1, m2, s2, k2 = (np.asarray(v, dtype=float) for v in (mean1, sd1, n1, mean2, sd2, n2))
    with np.errstate(divide="ignore", invalid="ignore"):
        vn1, vn2 = s1 ** 2 / k1, s2 ** 2 / k2
        df = (vn1 + vn2) ** 2 / (vn1 ** 2 / (k1 - 1) + vn2 ** 2 / (k2 - 1))
        df = np.where(np.isnan(df), 1, df)        # no variance in either: any df (scipy's choice)
        t = np.divide(m1 - m2, np.sqrt(vn1 + vn2))
    return t, special.stdtr(df, -np.abs(t)) * 2


def binomial_tails(k, n, p):
    """(P(X <= k), P(X >= k)) for X ~ Binomial(n, p); k and n whole numbers, 0 <= k <= n (P(X >= 0) = 1)."""
    from scipy import special
    k = np.floor(np.asarray(k, dtype=float))
    n = np.asarray(n, dtype=float).astype(np.int64)
    return special.bdtr(k, n, p), special.bdtrc(k - 1, n, p)
