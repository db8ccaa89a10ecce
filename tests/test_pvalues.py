"""The ranking's and the comparison's p-values without scipy.stats (core/analyse/pvalues.py) against scipy.stats
itself, and the distance band handed out again for the same points."""
import numpy as np
import pandas as pd
import pytest
from scipy import stats

from local_priority_targeting.core.analyse import hotspots as H
from local_priority_targeting.core.analyse import pvalues as P
from local_priority_targeting.core.analyse.trends import binomial_change_p


def test_normal_two_sided_is_scipys_exactly():
    z = np.r_[np.random.default_rng(0).normal(0, 3, 5000), 0.0, -0.0, np.inf, -np.inf, np.nan, 40.0]
    assert np.array_equal(P.normal_two_sided(z), 2.0 * stats.norm.sf(np.abs(z)), equal_nan=True)


def test_welch_is_scipys_exactly_including_degenerate_rows():
    rng = np.random.default_rng(1)
    n = 3000
    m1, m2, s1, s2 = rng.random(n) * 5, rng.random(n) * 5, rng.random(n), rng.random(n)
    k1, k2 = pd.Series(rng.integers(0, 30, n)), pd.Series(rng.integers(0, 30, n))   # 0 and 1 responses too
    s1[:40] = s2[:40] = 0.0                  # no variance in either group
    s1[40:60] = 0.0                          # none in one
    m1[60:70] = np.nan
    with np.errstate(all="ignore"):
        want = stats.ttest_ind_from_stats(pd.Series(m1), pd.Series(s1), k1, pd.Series(m2), pd.Series(s2), k2,
                                          equal_var=False)
    with np.errstate(all="raise"):           # and it keeps its own warnings to itself
        t, p = P.welch(pd.Series(m1), pd.Series(s1), k1, pd.Series(m2), pd.Series(s2), k2)
    assert np.array_equal(np.asarray(want.statistic, float), t, equal_nan=True)
    assert np.array_equal(np.asarray(want.pvalue, float), p, equal_nan=True)


def test_binomial_tails_agree_with_scipy_and_decide_the_same():
    rng = np.random.default_rng(2)
    n = rng.integers(1, 5000, 50_000)
    k = np.floor(rng.random(len(n)) * (n + 1))
    k[:100] = 0
    k[100:200] = n[100:200]
    p0 = rng.choice([0.5, 0.25, 0.75, 1 / 3], len(n))
    lo, hi = P.binomial_tails(k, n, p0)
    want_lo, want_hi = stats.binom.cdf(k, n, p0), stats.binom.sf(k - 1, n, p0)
    np.testing.assert_allclose(lo, want_lo, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(hi, want_hi, rtol=1e-9, atol=1e-12)
    assert (hi[:100] == 1.0).all() and (lo[100:200] == 1.0).all()
    x1 = rng.poisson(8, 20_000).astype(float)
    x2 = rng.poisson(9, 20_000).astype(float)
    ours = binomial_change_p(x1, x2, 3, 3)
    nn = x1 + x2
    theirs = np.minimum(1.0, 2.0 * np.minimum(stats.binom.cdf(x2, nn, 0.5), stats.binom.sf(x2 - 1, nn, 0.5)))
    theirs[nn == 0] = 1.0
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)
    for alpha in (0.01, 0.05, 0.1):
        assert ((ours < alpha) == (theirs < alpha)).all()


def test_the_same_distance_band_is_handed_out_again_within_a_run_read_only():
    rng = np.random.default_rng(3)
    x, y = rng.random(3000) * 8000, rng.random(3000) * 8000
    assert H.distance_band(x, y, 400.0) is not H.distance_band(x, y, 400.0)      # outside a run: made each time
    with H.one_band_a_run():
        w = H.distance_band(x, y, 400.0)
        assert H.distance_band(x.copy(), y.copy(), 400.0) is w      # same points, same distance: kept
        fresh = H._distance_band(x, y, 400.0)
        assert (fresh != w).nnz == 0
        other = H.distance_band(x, y, 300.0)                          # another distance: made again
        assert other is not w and other.nnz < w.nnz
        moved = x.copy()
        moved[7] += 1.0
        assert H.distance_band(moved, y, 300.0) is not other          # other points: made again
        with pytest.raises(ValueError):
            w.data[0] = 5.0                                           # nobody can change the shared one
        z, _ = H.gi_star(rng.random(3000), w)                         # and it still computes
        assert np.isfinite(z).all()
    assert H._BAND.get() is None                                      # nothing held after the run


def test_runs_side_by_side_keep_their_own_band():
    import threading
    rng = np.random.default_rng(4)
    pts = [(rng.random(2000) * 5000, rng.random(2000) * 5000) for _ in range(2)]
    got, barrier = {}, threading.Barrier(2)

    def run(i):
        with H.one_band_a_run():
            first = H.distance_band(*pts[i], 400.0)
            barrier.wait()                       # both runs have made theirs before either asks again
            got[i] = (first, H.distance_band(*pts[i], 400.0), H._distance_band(*pts[i], 400.0))
    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for first, again, fresh in got.values():
        assert again is first and (fresh != again).nnz == 0
    assert got[0][0] is not got[1][0]
