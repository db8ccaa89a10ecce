"""The batched bootstrap (blocks of replicates at once) against the one-replicate-at-a-time loop it replaced, on the
real Hull data: same seed, same weights drawn in the same order, same scores, ranks and intervals."""
import numpy as np
import pandas as pd
import pytest
from scipy.stats import rankdata

from local_priority_targeting.core.analyse import priority as P, samples, uncertainty as U
from local_priority_targeting.core.errors import LptCancelled

from test_priority import FEB, full  # noqa: F401  (module fixtures: Hull inputs, links and their ranking)
from test_link_insight import hull  # noqa: F401


def reference_scores(d, score_of, replicates, seed):
    """The bootstrap as it was: a Python loop over replicates, samples.estimate on each (streets x replicates)."""
    rng = np.random.default_rng(seed)
    scores = np.empty((d.n_streets, replicates))
    orphans = np.flatnonzero(d.r_member < 0)
    for b in range(replicates):
        w_orphan = np.ones(len(d.r_street))
        w_orphan[orphans] = rng.poisson(1.0, len(orphans))
        scores[:, b] = score_of(samples.estimate(d, rng.poisson(1.0, len(d.m_street)).astype(float), w_orphan))
    return scores


def reference_summary(scores, top_n):
    ranks = rankdata(-np.round(scores, 2), method="min", axis=0).astype(np.int64)
    lo, hi = np.percentile(scores, [5, 95], axis=1)
    best, worst = np.percentile(ranks, [5, 95], axis=1)
    return ranks, pd.DataFrame({"score_lo": lo.round(2), "score_hi": hi.round(2),
                                "rank_best": np.floor(best).astype(np.int64),
                                "rank_worst": np.ceil(worst).astype(np.int64),
                                "p_top": (ranks <= top_n).mean(axis=1).round(3)})


@pytest.fixture(scope="module")
def handed(full):  # noqa: F811
    """What the Hull ranking hands its bootstrap - the sample data, the moving part of the score (drawn while the
    rest of the ranking is worked out) and the fixed part - as one score function, and its result."""
    inp, links, _ = full
    seen = {}

    class Job(U.ReplicateJob):
        def __init__(self, d, value_of, *args, **kw):
            seen.update(d=d, value_of=value_of, args=args, job=self)
            super().__init__(d, value_of, *args, **kw)

    def with_fixed(moving, fixed, top_n, block):
        seen.update(fixed=fixed.copy(), top_n=top_n, result=U.bootstrap_with(moving, fixed, top_n, block))
        return seen["result"]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(P, "ReplicateJob", Job)
        mp.setattr(P, "bootstrap_with", with_fixed)
        res = P.prioritise(links, inp, FEB)
    fixed, value_of = seen["fixed"], seen["value_of"]
    seen["score_of"] = lambda e: P._column(fixed, e["concern"]) + value_of(e)     # the score, as it always was
    return seen, res


@pytest.mark.parametrize("seed", [20240229, 7])
def test_batched_equals_the_loop(handed, seed):
    seen, _ = handed
    d, score_of = seen["d"], seen["score_of"]
    assert (d.r_member < 0).any() and d.n_streets > 100 and len(d.cats) > 1   # orphan answers, categories
    replicates, block = 45, 16                                                # 45 is not a multiple of 16
    assert replicates % block
    old = reference_scores(d, score_of, replicates, seed)
    new, ranks = U.replicate_scores(d, score_of, replicates, seed, block=block)
    np.testing.assert_allclose(new, old, rtol=0, atol=1e-9)
    old_ranks, old_summary = reference_summary(old, 20)
    assert (ranks == old_ranks).all()
    pd.testing.assert_frame_equal(U.bootstrap(d, score_of, replicates, 20, seed, block=block), old_summary)
    assert not np.allclose(new[:, 0], new[:, 1])              # replicates differ from each other


def test_ranking_uncertainty_equals_the_loop(handed):
    """What the ranking got (default seed, 200 replicates, default block size) is what the loop gave."""
    seen, res = handed
    d, score_of, (replicates, seed), top_n = seen["d"], seen["score_of"], seen["args"][:2], seen["top_n"]
    assert replicates == 200 and replicates % U.block_size(d, replicates)
    _, old = reference_summary(reference_scores(d, score_of, replicates, seed), top_n)
    pd.testing.assert_frame_equal(seen["result"], old)
    assert sorted(res.streets.p_top) == sorted(old.p_top)


def test_cancelled_mid_bootstrap(handed):
    seen, _ = handed
    d, score_of = seen["d"], seen["score_of"]
    asked = []

    def is_cancelled():
        asked.append(1)
        return len(asked) > 2                # two blocks done, then the user cancels
    with pytest.raises(LptCancelled):
        U.replicate_scores(d, score_of, 40, 1, is_cancelled=is_cancelled, block=8)
    assert len(asked) == 3


@pytest.mark.parametrize("visits", [False, True])
def test_fixed_and_moving_parts_make_the_score(visits):
    """The bootstrap draws only the moving part and adds the fixed part later: together they are the score
    ``combine`` gives, for every component non-zero (Hull has no street with a rise in most periods, so the
    ranking alone would not show a component left out of both parts or put in both)."""
    from local_priority_targeting.core.analyse.priority_config import PriorityWeights
    assert sorted(P.FIXED + P.MOVING) == sorted(P.COMPONENTS)
    rng = np.random.default_rng(5)
    n = 500
    comp = pd.DataFrame({c: rng.random(n) for c in P.COMPONENTS}, index=[f"s{i}" for i in range(n)])
    nv = pd.Series(rng.random(n) < 0.4, index=comp.index) if visits else None
    gap = rng.random(n)
    comp["engagement"] = P._engagement(gap, nv)
    for w in (PriorityWeights().as_dict(), {c: float(k + 1) for k, c in enumerate(P.COMPONENTS)}):
        score, _ = P.combine(comp, w)
        parts = P._fixed_part(comp, w) + P._moving_part(
            {"concern": comp.concern.values, "confidence": comp.confidence.values, "reg_gap": gap}, w, nv)
        np.testing.assert_allclose(parts, score.values, rtol=0, atol=1e-9)


def test_blocks_shared_by_two_threads_give_the_figures_of_one(handed):
    """The ranking's thread works out the bootstrap blocks its thread has not reached (from the last back): the
    figures equal those of one thread working them all out, and both threads did work some out."""
    import threading
    import time
    seen, _ = handed
    d, score_of = seen["d"], seen["score_of"]
    one = U.replicate_values(d, score_of, 60, 3, block=2)

    def slow(e):                           # each block takes a little while: both threads get some
        time.sleep(0.002)
        return score_of(e)
    job = U.ReplicateJob(d, slow, 60, 3, block=2)
    worker = threading.Thread(target=job.run)
    worker.start()
    job.help(lambda: not worker.is_alive())
    worker.join()
    np.testing.assert_array_equal(job.values, one)
    assert job.done["first"] > 0 and job.done["last"] > 0 and sum(job.done.values()) == 30


def test_a_bootstrap_that_fails_before_its_weights_does_not_leave_the_helper_waiting(handed):
    seen, _ = handed
    job = U.ReplicateJob(seen["d"], seen["score_of"], 10, 1, block=2)
    job.help(lambda: True)                 # run() ended (here: never started) without drawing the weights
    assert sum(job.done.values()) == 0 and not job.ready.is_set()
