"""How sure is a rank?  A bootstrap over members and their answers.

Crime-based components are counts of what police.uk published and stay fixed; the survey- and member-based
components (concern, confidence, registration gap) are re-estimated on ``replicates`` resamples: each member
gets a Poisson(1) weight and their answers go with them (answers of members no longer active get their own).
Each replicate gives every street a score and a rank; the 5th and 95th percentiles are the 90% interval and
the rank range, ``p_top`` the share of replicates in which the street is in the top ``top_n``.

The replicates are worked out a block at a time (:mod:`.replicates`): the weights are drawn replicate by replicate
from one generator, so a seed gives the same figures whatever the block size; only the streets x replicates
scores and ranks are kept between blocks.
"""
from __future__ import annotations

import threading
from typing import Callable, Dict, Optional, Tuple

import numpy as np
import pandas as pd

from . import replicates as RB
from .ranks import ranks_of
from .samples import SampleData, strengths

CELLS = 400_000          # streets x categories x replicates in one block: about 3 MB an array


def block_size(d: SampleData, replicates: int) -> int:
    return int(max(1, min(replicates, CELLS // max(1, d.n_streets * max(1, len(d.cats))))))


def bootstrap(d: SampleData, score_of: Callable[[Dict], np.ndarray], replicates: int, top_n: int,
              seed: int = 20240229, is_cancelled=None, block: Optional[int] = None) -> pd.DataFrame:
    """Per street (positions of ``d``): score_lo, score_hi, rank_best, rank_worst, p_top.  ``score_of`` takes
    the components as streets x replicates arrays and gives the scores the same shape."""
    scores, ranks = replicate_scores(d, score_of, replicates, seed, is_cancelled, block)
    return _summary(scores, ranks, top_n)


def replicate_scores(d: SampleData, score_of, replicates: int, seed: int = 20240229, is_cancelled=None,
                     block: Optional[int] = None) -> Tuple[np.ndarray, np.ndarray]:
    """Scores and ranks, streets x replicates, a block of replicates at a time; cancellation checked between
    blocks."""
    block = block or block_size(d, replicates)
    scores = replicate_values(d, score_of, replicates, seed, is_cancelled, block)
    return scores, ranks_by_block(scores, block)


def replicate_values(d: SampleData, value_of, replicates: int, seed: int = 20240229, is_cancelled=None,
                     block: Optional[int] = None) -> np.ndarray:
    """``value_of`` the components, streets x replicates, a block of replicates at a time: the scores, or the
    part of them that moves between replicates (see :func:`bootstrap_with`)."""
    return ReplicateJob(d, value_of, replicates, seed, is_cancelled, block).run()


class ReplicateJob:
    """:func:`replicate_values` as blocks two threads can share.  :meth:`run` (the thread that works it out) builds
    the design, draws every replicate's weights from the one generator in replicate order, then works the blocks
    out from the first; :meth:`help` (another thread, once its own work is done) takes blocks from the last one
    back.  A block's figures depend only on its weights, so they are the same whichever thread works it out."""

    def __init__(self, d: SampleData, value_of, replicates: int, seed: int = 20240229, is_cancelled=None,
                 block: Optional[int] = None):
        self.d, self.value_of, self.replicates, self.seed = d, value_of, replicates, seed
        self.is_cancelled = is_cancelled
        self.block = block or block_size(d, replicates)
        self.values = np.empty((d.n_streets, replicates))
        self.ready = threading.Event()            # the design and the weights are there
        self.done = {"first": 0, "last": 0}        # blocks worked out from each end
        self._lock = threading.Lock()
        self._next, self._end = 0, -(-replicates // self.block)     # the blocks not yet taken: [next, end)

    def run(self) -> np.ndarray:
        self.d.k = self.d.k or strengths(self.d)
        self.des = RB.design(self.d)
        self.weights = RB.all_weights(np.random.default_rng(self.seed), self.des, self.replicates)
        self.ready.set()
        self._work("first")
        return self.values

    def help(self, stopped: Callable[[], bool]) -> None:
        """Work blocks out from the last one back until none is left (``stopped``: :meth:`run` has ended, as when
        it failed before the weights were drawn)."""
        while not self.ready.wait(0.02):
            if stopped():
                return
        self._work("last")

    def _take(self, end: str) -> Optional[int]:
        with self._lock:
            if self._next >= self._end:
                return None
            if end == "first":
                self._next += 1
                return self._next - 1
            self._end -= 1
            return self._end

    def _work(self, end: str) -> None:
        while True:
            if self.is_cancelled is not None and self.is_cancelled():
                from ..errors import LptCancelled
                raise LptCancelled()
            i = self._take(end)
            if i is None:
                return
            a = i * self.block
            n = min(self.block, self.replicates - a)
            w = RB.block_weights(self.weights, a, n)
            self.values[:, a:a + n] = self.value_of(RB.components(self.d, RB.sums(self.des, w)))
            self.done[end] += 1


def bootstrap_with(values: np.ndarray, fixed: np.ndarray, top_n: int, block: int) -> pd.DataFrame:
    """:func:`bootstrap`'s summary when each score is ``fixed`` (per street, the same in every replicate) plus
    ``values`` (from :func:`replicate_values`, added to in place): the replicates can be drawn before the fixed
    part is known.  The same figures as :func:`bootstrap` with score_of = fixed + value_of."""
    values += fixed.reshape(-1, 1)
    return _summary(values, ranks_by_block(values, block), top_n)


def ranks_by_block(scores: np.ndarray, block: int) -> np.ndarray:
    ranks = np.empty(scores.shape, np.int32)
    for a in range(0, scores.shape[1], block):
        ranks[:, a:a + block] = ranks_of(scores[:, a:a + block])
    return ranks


def _summary(scores: np.ndarray, ranks: np.ndarray, top_n: int) -> pd.DataFrame:
    p_top = (ranks <= top_n).mean(axis=1).round(3)
    lo, hi = _percentiles(scores)
    best, worst = _percentiles(ranks)
    return pd.DataFrame({"score_lo": lo.round(2), "score_hi": hi.round(2),
                         "rank_best": np.floor(best).astype(np.int64), "rank_worst": np.ceil(worst).astype(np.int64),
                         "p_top": p_top})


def _percentiles(a: np.ndarray, rows: int = 2048) -> np.ndarray:
    """5th and 95th percentiles of each row, a slice of rows at a time (the copies percentile makes stay small)."""
    return np.concatenate([np.percentile(a[i:i + rows], [5, 95], axis=1) for i in range(0, max(len(a), 1), rows)],
                          axis=1)
