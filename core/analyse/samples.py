"""The survey- and member-based components (concern, confidence, registration gap) from record-level arrays.

Written over arrays of positions so that the same code gives the estimate (every record weight 1) and each
bootstrap replicate (Poisson weights per member, a member's answers resampled with it).  Street figures are
shrunk toward the street's area (:mod:`.shrinkage`) and replaced by the area's when fewer than
``suppress`` answers stand behind them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from ..config import priority_crime_types
from .insight import CRIME_FIELDS, Period
from .shrinkage import mean_strength, proportion_strength, shrink, shrink_like


@dataclass
class SampleData:
    n_streets: int
    n_areas: int
    street_area: np.ndarray       # area position of each selected street (-1 none)
    r_street: np.ndarray          # per response in the period: street position (-1 not selected)
    r_area: np.ndarray
    r_member: np.ndarray          # member position (-1 none)
    r_tc: np.ndarray              # mean of trust and confidence (NaN when neither answered)
    r_cat: np.ndarray             # responses x categories, bool: the priority was named
    r_prio: np.ndarray            # the response named any priority
    cats: List[str]
    crime_rank: np.ndarray        # streets x categories: percentile rank of that crime here
    m_street: np.ndarray          # per active member: street position
    m_area: np.ndarray
    hh_street: np.ndarray         # households per street (NaN unknown)
    hh_area: np.ndarray
    force_rate: float             # members per household, force
    suppress: int
    k: Optional[Dict[str, float]] = None
    pairs: Optional[tuple] = None  # (response, category) of every category named, found once
    cat_cells: Optional[dict] = None   # per position array: (it, cell of each valid pair, its response)


def _positions(col: pd.Series, index: pd.Index) -> np.ndarray:
    """Position of each value (as text) in ``index``, -1 when absent; a categorical through its categories."""
    from .insight import _codes
    return _codes(col, index.astype(str))


def survey_window(period: Period, months: int) -> Period:
    """The answers the survey components use: the ``months`` months to the end of the period (at least the
    period itself).  Residents answer quarterly, so a one-month period alone holds a third of a wave."""
    start = min(pd.Period(period.end, freq="M") - (months - 1), pd.Period(period.start, freq="M"))
    return Period(str(start), period.end)


def build(links, sel: pd.DataFrame, areas: pd.DataFrame, period: Period, crime_rank: Dict[str, pd.Series],
          force_rate: float, suppress: int, survey_months: int = 12) -> SampleData:
    """``sel``: selected streets (index street_id; area_code, households); ``areas``: index area_code (households)."""
    from ..link.scope import _rows
    from .insight import _member_state
    streets, area_idx = sel.index, areas.index
    sub = pd.to_datetime(links.surveys.submitted, errors="coerce")
    win = survey_window(period, survey_months)
    s = _rows(links.surveys, ((sub >= win.start_date) & (sub <= win.end_date)).values,
              ["member_id", "street_id", "area_code", "trust", "confidence", "priorities"])
    m = _member_state(links.members[["member_id", "registered", "opted_out", "street_id", "area_code"]], period)
    m = m[m._active]
    cats = [c for c in crime_rank]
    named = s.priorities.fillna("").astype(str)
    codes, uniq = pd.factorize(named)          # few distinct answers: split each once
    dummies = pd.Series(uniq, dtype=object).str.get_dummies("|")
    r_cat = np.column_stack([dummies[c].values.astype(bool)[codes] if c in dummies else np.zeros(len(s), bool)
                             for c in cats]) if cats else np.zeros((len(s), 0), bool)
    tc = s[["trust", "confidence"]].apply(pd.to_numeric, errors="coerce").mean(axis=1).values
    mem_pos = pd.Index(m.member_id.astype(str)).get_indexer(s.member_id.astype(str).values)
    return SampleData(
        len(streets), len(area_idx), area_idx.get_indexer(sel.area_code.astype(str).values),
        _positions(s.street_id, streets), _positions(s.area_code, area_idx), mem_pos, tc, r_cat,
        (named != "").values, cats, np.column_stack([crime_rank[c].reindex(streets).fillna(0).values for c in cats])
        if cats else np.zeros((len(streets), 0)),
        _positions(m.street_id, streets), _positions(m.area_code, area_idx),
        pd.to_numeric(sel.households, errors="coerce").values.astype(float),
        pd.to_numeric(areas.households, errors="coerce").reindex(area_idx).values.astype(float),
        force_rate, suppress)


def crime_ranks(sel: pd.DataFrame) -> Dict[str, pd.Series]:
    """Per priority category with police.uk crime types: percentile rank of that crime on each street."""
    from .ranks import pct_rank
    out = {}
    for cat, types in priority_crime_types().items():
        flds = [CRIME_FIELDS[t] for t in types if t in CRIME_FIELDS]
        if flds:
            out[cat] = pct_rank(sel[flds].sum(axis=1))
    return out


_VALID: Dict[int, tuple] = {}


def _sum(pos: np.ndarray, w: np.ndarray, size: int) -> np.ndarray:
    """Weighted count per position (rows at -1 left out); the valid rows of an array are found once."""
    key = id(pos)
    hit = _VALID.get(key)
    if hit is None or hit[0] is not pos:
        ok = np.flatnonzero(pos >= 0)
        hit = (pos, ok, pos[ok])
        if len(_VALID) > 64:
            _VALID.clear()
        _VALID[key] = hit
    _, ok, valid = hit
    return np.bincount(valid, weights=w[ok], minlength=size)[:size]


def _by_category(d: "SampleData", pos: np.ndarray, w: np.ndarray, size: int) -> np.ndarray:
    """Weighted answers naming each category, per position: one bincount for all categories."""
    ncat = len(d.cats)
    d.cat_cells = d.cat_cells if d.cat_cells is not None else {}
    hit = d.cat_cells.get(id(pos))
    if hit is None or hit[0] is not pos:          # the cells are the same in every bootstrap replicate
        if d.pairs is None:
            d.pairs = np.nonzero(d.r_cat)
        r, c = d.pairs
        p = pos[r]
        ok = p >= 0
        hit = d.cat_cells[id(pos)] = (pos, p[ok] * ncat + c[ok], r[ok])
    _, cells, rows = hit
    flat = np.bincount(cells, weights=w[rows], minlength=size * ncat)[:size * ncat]
    return flat.reshape(size, ncat)


def _street_or_area(x_st, n_st, x_ar, n_ar, street_area, suppress, k, fallback, k_area=None):
    """Area estimate shrunk toward the force (``fallback``), street estimate shrunk toward its area; a thin
    street takes its area's figure, a thin area the force's.  Figures may carry more axes after the position
    (categories, replicates): the counts come shaped to broadcast against them."""
    k_area = k if k_area is None else k_area
    has = (street_area >= 0).reshape((-1,) + (1,) * (np.ndim(x_st) - 1))
    with np.errstate(invalid="ignore", divide="ignore"):
        area = np.where(n_ar >= suppress, shrink(x_ar, n_ar, fallback, k_area), fallback)
    prior = area[np.maximum(street_area, 0)]
    if not has.all():
        prior = np.where(has, prior, fallback)
    own = n_st >= suppress
    est = shrink_like(x_st, n_st, prior, k)
    np.copyto(est, prior, where=~own)
    return est, own, prior


def estimate(d: SampleData, w_member: Optional[np.ndarray] = None, w_orphan: Optional[np.ndarray] = None) -> Dict:
    """Components and the figures behind them; weights ``None`` = the estimate itself."""
    w_m = np.ones(len(d.m_street)) if w_member is None else w_member
    w_r = np.ones(len(d.r_street)) if w_orphan is None else w_orphan.copy()
    if w_member is not None:
        has = d.r_member >= 0
        w_r[has] = w_member[d.r_member[has]]
    k = d.k or strengths(d)
    return {**_confidence(d, w_r, k), **_concern(d, w_r, k), **_registration(d, w_m, k["reg"])}


def _confidence(d, w, k):
    ok = np.isfinite(d.r_tc)
    tc = np.where(ok, d.r_tc, 0.0)
    wk = np.where(ok, w, 0.0)
    force = (tc * wk).sum() / max(wk.sum(), 1e-9) if wk.sum() > 0 else np.nan
    n = _sum(d.r_street, wk, d.n_streets)
    est, own, _ = _street_or_area(_sum(d.r_street, tc * wk, d.n_streets), n,
                                  _sum(d.r_area, tc * wk, d.n_areas), _sum(d.r_area, wk, d.n_areas),
                                  d.street_area, d.suppress, k["tc"], force, k["tc_area"])
    comp = np.nan_to_num(np.clip((4.0 - est) / 3.0, 0, 1))
    return {"confidence": comp, "tc_est": est, "tc_n": n, "tc_own": own, "tc_force": force}


def _concern(d, w, k):
    if not d.cats:
        z = np.zeros(d.n_streets)
        return {"concern": z, "concern_cat": np.full(d.n_streets, -1), "concern_share": z, "concern_n": z,
                "concern_own": np.zeros(d.n_streets, bool)}
    wp = np.where(d.r_prio, w, 0.0)
    n_st, n_ar = _sum(d.r_street, wp, d.n_streets), _sum(d.r_area, wp, d.n_areas)
    force_n = max(wp.sum(), 1e-9)
    x_st, x_ar = _by_category(d, d.r_street, wp, d.n_streets), _by_category(d, d.r_area, wp, d.n_areas)
    if d.pairs is None:
        d.pairs = np.nonzero(d.r_cat)
    x_force = np.bincount(d.pairs[1], weights=wp[d.pairs[0]], minlength=len(d.cats)) / force_n
    shares, own, _ = _street_or_area(x_st, n_st[:, None], x_ar, n_ar[:, None], d.street_area, d.suppress, k["prio"],
                                     x_force, k["prio_area"])              # all categories at once
    own = own[:, 0]
    contrib = np.nan_to_num(shares) * d.crime_rank
    top = np.argmax(contrib, axis=1)
    rows = np.arange(d.n_streets)
    n_used = np.where(own, n_st, np.where(d.street_area >= 0, n_ar[np.maximum(d.street_area, 0)], 0.0))
    return {"concern": np.clip(contrib.sum(axis=1), 0, 1), "concern_cat": np.where(contrib[rows, top] > 0, top, -1),
            "concern_share": np.nan_to_num(shares[rows, top]), "concern_n": n_used, "concern_own": own}


def _registration(d, w, k):
    """Registration gap: 1 - (shrunk members per household) / force rate; streets without households: NaN."""
    act_st, act_ar = _sum(d.m_street, w, d.n_streets), _sum(d.m_area, w, d.n_areas)
    hh_ar = np.where(np.isfinite(d.hh_area), d.hh_area, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        area = np.where(hh_ar > 0, act_ar / hh_ar, d.force_rate)
    prior = np.where(d.street_area >= 0, area[np.maximum(d.street_area, 0)], d.force_rate)
    hh = np.where(np.isfinite(d.hh_street), d.hh_street, 0.0)
    rate = np.where(hh > 0, shrink(act_st, hh, prior, k), np.nan)
    gap = np.clip(1.0 - rate / d.force_rate, 0, 1) if d.force_rate and d.force_rate > 0 else np.full(d.n_streets, np.nan)
    return {"reg_gap": gap, "reg_est": rate}


def strengths(d: SampleData) -> Dict[str, float]:
    """Prior strengths from the data itself (weights 1)."""
    ok = np.isfinite(d.r_tc)
    tc = np.where(ok, d.r_tc, 0.0)
    one = ok.astype(float)
    n_ar = _sum(d.r_area, one, d.n_areas)
    with np.errstate(invalid="ignore", divide="ignore"):
        m_ar = _sum(d.r_area, tc, d.n_areas) / n_ar
    m_prior = np.where(d.street_area >= 0, m_ar[np.maximum(d.street_area, 0)], np.nan)
    k_tc = mean_strength(_sum(d.r_street, tc, d.n_streets), _sum(d.r_street, tc * tc, d.n_streets),
                         _sum(d.r_street, one, d.n_streets), m_prior)
    m_force = np.full(d.n_areas, tc.sum() / max(one.sum(), 1.0))
    k_tc_area = mean_strength(_sum(d.r_area, tc, d.n_areas), _sum(d.r_area, tc * tc, d.n_areas), n_ar, m_force)
    k_prio, k_prio_area = [], []
    wp = d.r_prio.astype(float)
    n_st, n_ar = _sum(d.r_street, wp, d.n_streets), _sum(d.r_area, wp, d.n_areas)
    for j in range(len(d.cats)):
        wj = wp * d.r_cat[:, j]
        x_ar = _sum(d.r_area, wj, d.n_areas)
        k_prio_area.append(proportion_strength(x_ar, n_ar, np.full(d.n_areas, wj.sum() / max(wp.sum(), 1.0))))
        with np.errstate(invalid="ignore", divide="ignore"):
            p_ar = _sum(d.r_area, wj, d.n_areas) / n_ar
        prior = np.where(d.street_area >= 0, p_ar[np.maximum(d.street_area, 0)], np.nan)
        k_prio.append(proportion_strength(_sum(d.r_street, wj, d.n_streets), n_st, prior))
    ones = np.ones(len(d.m_street))
    hh_ar = np.where(np.isfinite(d.hh_area), d.hh_area, np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        r_ar = _sum(d.m_area, ones, d.n_areas) / hh_ar
    r_prior = np.where(d.street_area >= 0, r_ar[np.maximum(d.street_area, 0)], np.nan)
    hh = np.where(np.isfinite(d.hh_street), d.hh_street, 0.0)
    act = _sum(d.m_street, ones, d.n_streets)
    k_reg = proportion_strength(np.minimum(act, hh), hh, r_prior)
    med = lambda v: float(np.median(v)) if v else 1.0  # noqa: E731
    return {"tc": k_tc, "tc_area": k_tc_area, "prio": med(k_prio), "prio_area": med(k_prio_area), "reg": k_reg}
