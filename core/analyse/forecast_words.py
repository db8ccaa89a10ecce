"""Plain words for the forecast table (issue #26): what the hit rates and PAI mean and whether a difference is
larger than chance."""
from __future__ import annotations

from typing import List

import pandas as pd

from ..i18n import QT_TR_NOOP, tr
from .forecast import Window
from .reasons import upper_first

LABELS = {"priority": QT_TR_NOOP("the priority ranking"), "risk": QT_TR_NOOP("the crime-risk ranking"),
          "last_count": QT_TR_NOOP("last period's crime count"), "last_harm": QT_TR_NOOP("last period's harm"),
          "kde": QT_TR_NOOP("a kernel density of last period's crime"),
          "all_count": QT_TR_NOOP("the crime count over all months so far")}


def _label(name: str) -> str:
    return tr(LABELS[name])


def _pct(v) -> str:
    return tr("n/a") if pd.isna(v) else tr("{pct:.0f}%").format(pct=100 * v)


def verdict(lo: float, hi: float) -> str:
    if pd.isna(lo) or pd.isna(hi):
        return tr("not measurable")
    if lo > 0:
        return tr("better, beyond chance")
    if hi < 0:
        return tr("worse, beyond chance")
    return tr("no clear difference")


def _intro(w: Window) -> str:
    if w.mode == "forecast":
        return tr("Forecast check: the rankings of {rank} are scored on the crimes of {outcome}, the months that "
                  "followed.").format(rank=w.rank.name, outcome=w.outcome.name)
    return tr("Back-test: the crime data has no months after the period yet, so the rankings are made again from "
              "{rank} and scored on the crimes of {outcome}. In that back-test the priority keeps this run's survey "
              "and member components, with harm and hot streets recomputed and no trend."
              ).format(rank=w.rank.name, outcome=w.outcome.name)


def _accuracy(name: str, r, top_pct: float) -> str:
    return tr("The top {top_pct:g}% of streets by {ranking} ({streets} streets, {length_share} of street length) had "
              "{hit_rate} of the crimes and {harm_hit_rate} of the harm: a PAI of {pai_length:.1f} by length and "
              "{pai_count:.1f} by count of streets.").format(
        top_pct=top_pct, ranking=_label(name), streets=int(r.streets), length_share=_pct(r.length_share),
        hit_rate=_pct(r.hit_rate), harm_hit_rate=_pct(r.harm_hit_rate), pai_length=r.pai_length,
        pai_count=r.pai_count)


def _difference(r) -> str:
    return tr("{ranking} against {compared_with}: {diff:+.1f} points of the crimes (95% interval {lo:+.1f} to "
              "{hi:+.1f}), {verdict}.").format(
        ranking=upper_first(_label(r.ranking)), compared_with=_label(r.compared_with), diff=100 * r.diff_hit,
        lo=100 * r.diff_lo, hi=100 * r.diff_hi, verdict=verdict(r.diff_lo, r.diff_hi))


def sentences(table: pd.DataFrame, w: Window, top_pct: float = 5.0) -> List[str]:
    acc = table[(table.row_type == "accuracy") & (table.top_pct == top_pct)].set_index("ranking")
    out = [_intro(w)]
    if not acc.hit_rate.notna().any():
        return out + [tr("No crimes on the streets ranked in {outcome}: accuracy cannot be measured.").format(
            outcome=w.outcome.name)]
    for name in ("risk", "priority"):
        out.append(_accuracy(name, acc.loc[name], top_pct))
    base = acc.drop(index=["risk", "priority"])
    best = base.hit_rate.idxmax()
    out.append(tr("The best simple baseline was {baseline}: {hit_rate} of the crimes (PAI {pai_length:.1f} by "
                  "length).").format(baseline=_label(best), hit_rate=_pct(base.hit_rate[best]),
                                     pai_length=base.pai_length[best]))
    d = table[(table.row_type == "difference") & (table.top_pct == top_pct)]
    for r in d[d.compared_with.isin([best, "risk"])].itertuples():
        out.append(_difference(r))
    out.append(tr("A PAI of 1 is no better than picking streets at random; the priority also weighs residents' "
                  "concern, confidence, deprivation and engagement, so it is not built to catch the most crime, and "
                  "the crime-risk ranking is."))
    return out
