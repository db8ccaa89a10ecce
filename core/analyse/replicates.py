"""The survey- and member-based components for a block of bootstrap replicates at once.

Every figure behind concern, confidence and the registration gap is a weighted sum over records per position
(street, area or the whole scope).  A record's weight in a replicate is its member's Poisson weight (an answer
goes with its member) or, for the answer of a member no longer active, its own.  So one sparse matrix - a row per
sum, a column per member and per such answer, each cell the member's records' values added up - times a
(columns x replicates) weight matrix gives every sum of every replicate of the block in one product; the
components then follow from the same formulas as :func:`.samples.estimate`, with the replicates as a last axis.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Tuple

import numpy as np

from .samples import SampleData, _street_or_area
from .shrinkage import shrink


@dataclass
class Design:
    matrix: object                     # scipy.sparse CSR: sums x (members + orphan answers)
    rows: Dict[str, Tuple[int, int]]   # name -> (first row, number of rows)
    orphans: np.ndarray                # the answers weighted on their own (member no longer active)
    n_members: int


def _response_groups(d: SampleData, col: np.ndarray) -> List[tuple]:
    """(name, size, row of each record (-1 none), value, column) of the sums over answers."""
    ok = np.isfinite(d.r_tc)
    tc = np.where(ok, d.r_tc, 0.0)
    zero, one = np.zeros(len(d.r_street), np.int64), np.ones(len(d.r_street))
    groups = []
    for name, use, val in (("tc_n", ok, one), ("tc_s", ok, tc), ("p_n", d.r_prio, one)):
        for where, pos, size in (("st", d.r_street, d.n_streets), ("ar", d.r_area, d.n_areas), ("f", zero, 1)):
            groups.append((f"{name}_{where}", size, np.where(use, pos, -1), val, col))
    ncat = len(d.cats)
    r, c = d.pairs if d.pairs is not None else np.nonzero(d.r_cat)
    keep = d.r_prio[r]
    r, c = r[keep], c[keep]
    for where, pos, size in (("st", d.r_street, d.n_streets), ("ar", d.r_area, d.n_areas), ("f", zero, 1)):
        p = pos[r]
        groups.append((f"cat_{where}", size * ncat, np.where(p >= 0, p * ncat + c, -1), np.ones(len(r)), col[r]))
    return groups


def design(d: SampleData) -> Design:
    """The sums every replicate needs, as one sparse matrix over members and orphan answers."""
    from scipy.sparse import coo_matrix, vstack
    orphans = np.flatnonzero(d.r_member < 0)
    n_m = len(d.m_street)
    col = d.r_member.astype(np.int64).copy()
    col[orphans] = n_m + np.arange(len(orphans))
    members = np.arange(n_m)
    groups = _response_groups(d, col) + [("m_st", d.n_streets, d.m_street, np.ones(n_m), members),
                                         ("m_ar", d.n_areas, d.m_area, np.ones(n_m), members)]
    rows, blocks, start = {}, [], 0
    for name, size, row, val, c in groups:     # one group at a time: duplicates added up, little held at once
        ok = row >= 0
        blocks.append(coo_matrix((val[ok], (row[ok], c[ok])), shape=(size, n_m + len(orphans))).tocsr())
        rows[name] = (start, size)
        start += size
    return Design(vstack(blocks, format="csr"), rows, orphans, n_m)


def all_weights(rng: np.random.Generator, des: Design, n: int) -> np.ndarray:
    """Every replicate's Poisson(1) weights, replicates x (members + orphan answers), drawn replicate by replicate
    in the order of the one-replicate-at-a-time bootstrap (the orphan answers' weights, then the members'), as
    small integers (12 MB for 200 replicates of 62,000 members and answers)."""
    w = np.empty((n, des.n_members + len(des.orphans)), np.uint8)
    for b in range(n):
        o = rng.poisson(1.0, len(des.orphans))
        m = rng.poisson(1.0, des.n_members)
        if max(o.max(initial=0), m.max(initial=0)) > 255:      # never seen: keep every count exactly
            w = w.astype(np.int64)
        w[b, :des.n_members] = m
        w[b, des.n_members:] = o
    return w


def block_weights(w: np.ndarray, first: int, n: int) -> np.ndarray:
    """Replicates ``first`` .. ``first + n - 1`` of :func:`all_weights`, (members + orphan answers) x n, as floats."""
    return np.ascontiguousarray(w[first:first + n].T, dtype=float)


def sums(des: Design, w: np.ndarray) -> Dict[str, np.ndarray]:
    """Every sum for the replicates (columns) of ``w``: name -> (rows x replicates)."""
    s = des.matrix @ w
    return {name: s[a:a + n] for name, (a, n) in des.rows.items()}


def components(d: SampleData, s: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
    """concern, confidence and reg_gap, streets x replicates, from the block's sums."""
    k = d.k
    return {"confidence": _confidence(d, s, k), "concern": _concern(d, s, k), "reg_gap": _registration(d, s, k["reg"])}


def _confidence(d, s, k):
    n_f, s_f = s["tc_n_f"][0], s["tc_s_f"][0]
    with np.errstate(invalid="ignore", divide="ignore"):
        force = np.where(n_f > 0, s_f / np.maximum(n_f, 1e-9), np.nan)
    est, _, _ = _street_or_area(s["tc_s_st"], s["tc_n_st"], s["tc_s_ar"], s["tc_n_ar"], d.street_area, d.suppress,
                                k["tc"], force, k["tc_area"])
    return np.nan_to_num(np.clip((4.0 - est) / 3.0, 0, 1))


def _concern(d, s, k):
    ncat = len(d.cats)
    if not ncat:
        return np.zeros((d.n_streets, s["p_n_f"].shape[1]))
    n_st, n_ar = s["p_n_st"][:, None], s["p_n_ar"][:, None]
    x_st = s["cat_st"].reshape(d.n_streets, ncat, -1)
    x_ar = s["cat_ar"].reshape(d.n_areas, ncat, -1)
    x_force = s["cat_f"] / np.maximum(s["p_n_f"], 1e-9)
    shares, _, _ = _street_or_area(x_st, n_st, x_ar, n_ar, d.street_area, d.suppress, k["prio"], x_force,
                                   k["prio_area"])
    return np.clip(np.einsum("scb,sc->sb", np.nan_to_num(shares, copy=False), d.crime_rank), 0, 1)


def _registration(d, s, k):
    act_st, act_ar = s["m_st"], s["m_ar"]
    hh_ar = np.where(np.isfinite(d.hh_area), d.hh_area, 0.0)[:, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        area = np.where(hh_ar > 0, act_ar / hh_ar, d.force_rate)
    prior = np.where((d.street_area >= 0)[:, None], area[np.maximum(d.street_area, 0)], d.force_rate)
    hh = np.where(np.isfinite(d.hh_street), d.hh_street, 0.0)[:, None]
    rate = np.where(hh > 0, shrink(act_st, hh, prior, k), np.nan)
    if not (d.force_rate and d.force_rate > 0):
        return np.full(rate.shape, np.nan)
    return np.clip(1.0 - rate / d.force_rate, 0, 1)
