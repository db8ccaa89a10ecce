"""Comparing two periods at street, area and force level.

* Counts (crimes in total and by category, new registrations, survey responses)
  use the **conditional binomial test** (exact Poisson comparison): given
  ``n = x1 + x2``, under "no change in rate" ``x2 ~ Binomial(n, t2 / (t1 + t2))``
  where t1, t2 are the period lengths in months.  Small numbers give large
  p-values, so noise on quiet streets is not flagged.
* Mean trust and confidence use **Welch's two-sample t-test** on the
  individual answers (n, mean, variance per unit and period).
* Stocks (active members) are shown with their change but not tested: the
  same people are counted in both periods.

Significance is adjusted significance: ``*_p`` is each unit's own p-value, ``*_q`` its Benjamini-Hochberg
q-value across the units of that level (all streets, all areas) for that measure, and ``*_sig`` is
``*_q < alpha`` (the level used is in the ``alpha`` column). With 2,000 streets tested at once, p < 0.05 would
flag a hundred streets by chance alone; q < 0.05 keeps the expected share of false flags among the flagged
below 5%. ``crime_trend`` (rise / fall / no change) follows ``crimes_sig`` and the sign of the change in the
monthly rate (a rise from none, whose percentage is undefined, is still a rise).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from .insight import CRIME_FIELDS, Insight, Period, insight
from ..link.link import LinkInputs, Links

COUNT_METRICS = ["crimes", *CRIME_FIELDS.values(), "new_members", "responses"]
STOCK_METRICS = ["active", "harm"]
MEAN_METRICS = ["trust", "confidence"]


def binomial_change_p(x1, x2, t1: float = 1.0, t2: float = 1.0) -> np.ndarray:
    """Two-sided exact p-value that rate 2 equals rate 1 (conditional binomial), vectorised."""
    x1 = np.asarray(x1, dtype=float)
    x2 = np.asarray(x2, dtype=float)
    n = x1 + x2
    p0 = t2 / (t1 + t2)
    from .pvalues import binomial_tails
    p = np.ones(n.shape)
    live = n > 0                        # no events in either period: p = 1 (most streets, for most metrics)
    if live.any():
        lo, hi = binomial_tails(x2[live], n[live], p0)
        p[live] = np.minimum(1.0, 2.0 * np.minimum(lo, hi))
    return p


def bh_qvalues(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (q-values); NaN stays NaN."""
    p = np.asarray(p, dtype=float)
    q = np.full_like(p, np.nan)
    ok = ~np.isnan(p)
    m = int(ok.sum())
    if m == 0:
        return q
    pv = p[ok]
    order = np.argsort(pv, kind="stable")
    ranked = pv[order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(ranked, 1.0)
    q[ok] = out
    return q


def pct_change(a, b) -> np.ndarray:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(a > 0, 100.0 * (b - a) / a, np.nan)


@dataclass
class Comparison:
    p1: Period
    p2: Period
    streets: pd.DataFrame
    areas: pd.DataFrame
    force: pd.DataFrame
    note: str = ""          # why crime changes are not comparable ('' when they are)


def _in_period(s: pd.DataFrame, period: Period) -> pd.DataFrame:
    """The responses submitted in ``period``."""
    sub = pd.to_datetime(s.submitted, errors="coerce")
    return s[(sub >= period.start_date) & (sub <= period.end_date)]


def _answer_stats(d: pd.DataFrame, key: str, metric: str) -> pd.DataFrame:
    """n, mean and sd of ``metric`` per ``key`` of the linked responses ``d``."""
    g = pd.to_numeric(d[metric], errors="coerce").astype(float).groupby(d[key])
    return pd.DataFrame({"n": g.count(), "mean": g.mean(), "sd": g.std(ddof=1)}).astype(float)   # numeric when empty


def _compare_level(a: pd.DataFrame, b: pd.DataFrame, key: str, keep: List[str],
                   answers: Tuple[pd.DataFrame, pd.DataFrame], p1: Period, p2: Period, alpha: float,
                   suppress_below: int, crime_months: Optional[Tuple[int, int]] = None, comparable: bool = True) -> pd.DataFrame:
    a = a.set_index(key)
    b = b.set_index(key)[COUNT_METRICS + STOCK_METRICS].reindex(a.index)     # aligned once, not per metric
    out: Dict[str, object] = {}     # columns, assembled once at the end
    for mtr in COUNT_METRICS:
        is_crime = mtr == "crimes" or mtr in CRIME_FIELDS.values()
        # crime as a rate per month with data; never called significant when a period is only partly covered
        t1, t2 = crime_months if (is_crime and crime_months) else (p1.months, p2.months)
        x1, x2 = a[mtr].fillna(0).values, b[mtr].fillna(0).values
        p = binomial_change_p(x1, x2, t1, t2)
        out[f"{mtr}_1"], out[f"{mtr}_2"] = x1.astype(np.int64), x2.astype(np.int64)
        # change in the monthly rate, so periods of different length compare fairly
        r1, r2 = x1 / t1, x2 / t2
        out[f"{mtr}_chg"] = (r2 - r1).round(3) if t1 != t2 else (x2 - x1)
        out[f"{mtr}_pct"] = np.round(pct_change(r1, r2), 1)
        out[f"{mtr}_p"] = p
        out[f"{mtr}_q"] = q = bh_qvalues(p)
        out[f"{mtr}_sig"] = (q < alpha) & (comparable or not is_crime)
    for mtr in STOCK_METRICS:
        v1, v2 = a[mtr].values.astype(float), b[mtr].values.astype(float)
        out[f"{mtr}_1"], out[f"{mtr}_2"] = v1, v2
        out[f"{mtr}_chg"] = v2 - v1
        out[f"{mtr}_pct"] = np.round(pct_change(v1, v2), 1)
    d1, d2 = (d[d[key] != ""] for d in answers)        # the responses of each period linked at this level
    for mtr in MEAN_METRICS:
        s1 = _answer_stats(d1, key, mtr).reindex(a.index)
        s2 = _answer_stats(d2, key, mtr).reindex(a.index)
        ok = (s1.n >= max(2, suppress_below)) & (s2.n >= max(2, suppress_below))
        from .pvalues import welch
        _, pvalue = welch(s1["mean"], s1.sd, s1.n, s2["mean"], s2.sd, s2.n)
        p = np.where(ok, pvalue, np.nan)
        out[f"{mtr}_1"] = s1["mean"].where(ok).round(2)
        out[f"{mtr}_2"] = s2["mean"].where(ok).round(2)
        out[f"{mtr}_n1"], out[f"{mtr}_n2"] = s1.n.fillna(0).astype(np.int64), s2.n.fillna(0).astype(np.int64)
        out[f"{mtr}_chg"] = (s2["mean"] - s1["mean"]).where(ok).round(2)
        out[f"{mtr}_p"] = p
        out[f"{mtr}_q"] = q = bh_qvalues(p)
        out[f"{mtr}_sig"] = np.nan_to_num(q, nan=1.0) < alpha
    out["crime_trend"] = np.select([out["crimes_sig"] & (out["crimes_chg"] > 0),
                                    out["crimes_sig"] & (out["crimes_chg"] < 0)], ["rise", "fall"], "no change")
    return pd.concat([a[keep], pd.DataFrame(out, index=a.index)], axis=1).reset_index()


def compare(links: Links, inp: LinkInputs, p1: Period, p2: Period, alpha: float = 0.05,
            suppress_below: int = 5, insights=None) -> Comparison:
    """Insight for both periods and their differences, tested (``insights``: the two, if already computed).

    Crime changes are rates per month with data; they are called significant only when their FDR q-value is
    below ``alpha`` and both periods are fully covered by the crime data (``comparable``; ``coverage`` says why
    not).
    """
    from .coverage import comparability_note, coverage
    if p1.start <= p2.end and p2.start <= p1.end:
        raise LptInputError(tr("the two periods overlap ({first} and {second}): the months in both would be compared "
                               "with themselves").format(first=p1.name, second=p2.name), "P1_START, P2_START",
                            tr("choose periods that share no month (e.g. this quarter and the one before)."))
    i1, i2 = insights if insights is not None else (insight(links, inp, p1, suppress_below),
                                                     insight(links, inp, p2, suppress_below))
    months = set(inp.crimes.month.astype(str)) if len(inp.crimes) else set()
    c1, c2 = coverage(months, p1), coverage(months, p2)
    note = comparability_note(c1, c2)
    kw = dict(crime_months=(max(c1.months, 1), max(c2.months, 1)), comparable=not note)
    cols = ["submitted", "street_id", "area_code", *MEAN_METRICS]
    answers = tuple(_in_period(links.surveys[cols], p).assign(force="force") for p in (p1, p2))
    st = _compare_level(i1.streets, i2.streets, "street_id", ["name", "geometry"], answers, p1, p2, alpha,
                        suppress_below, **kw)
    ar = _compare_level(i1.areas, i2.areas, "area_code", ["area_name", "geometry"], answers, p1, p2, alpha,
                        suppress_below, **kw)
    fo = _compare_level(i1.force.assign(force="force"), i2.force.assign(force="force"), "force", [], answers,
                        p1, p2, alpha, suppress_below, **kw)
    for df in (st, ar, fo):
        df.insert(1 if "force" not in df else 0, "period_1", p1.name)
        df.insert(2 if "force" not in df else 1, "period_2", p2.name)
        df["comparable"] = not note
        df["alpha"] = float(alpha)          # *_sig is *_q < alpha
        df["coverage"] = note or tr("both periods fully covered ({n1} and {n2} month(s))").format(n1=c1.months,
                                                                                                 n2=c2.months)
    return Comparison(p1, p2, st, ar, fo.drop(columns="force"), note)


def rise_detail(street_change: pd.DataFrame, field: pd.Series) -> pd.DataFrame:
    """The figures behind each street's cited rise: for the crime field named in ``field`` (indexed by street id;
    NaN = none), its count in the previous period (``rise_1``), in this one (``rise_2``) and its q-value."""
    chg = street_change.set_index("street_id").reindex(field.index)
    out = pd.DataFrame(np.nan, index=field.index, columns=["rise_1", "rise_2", "rise_q"])
    for f in field.dropna().unique():
        m = (field == f).values
        out.loc[m, "rise_1"], out.loc[m, "rise_2"] = chg.loc[m, f"{f}_1"].values, chg.loc[m, f"{f}_2"].values
        out.loc[m, "rise_q"] = chg.loc[m, f"{f}_q"].values
    return out
