"""Plain words for the forecast table (issue #26): what the hit rates and PAI mean and whether a difference is
larger than chance."""
from __future__ import annotations

from typing import List

import pandas as pd

from .forecast import Window

LABELS = {"priority": "the priority ranking", "risk": "the crime-risk ranking",
          "last_count": "last period's crime count", "last_harm": "last period's harm",
          "kde": "a kernel density of last period's crime", "all_count": "the crime count over all months so far"}


def _pct(v) -> str:
    return "n/a" if pd.isna(v) else f"{100 * v:.0f}%"


def verdict(lo: float, hi: float) -> str:
    if pd.isna(lo) or pd.isna(hi):
        return "not measurable"
    if lo > 0:
        return "better, beyond chance"
    if hi < 0:
        return "worse, beyond chance"
    return "no clear difference"


def _intro(w: Window) -> str:
    if w.mode == "forecast":
        return (f"Forecast check: the rankings of {w.rank.name} are scored on the crimes of {w.outcome.name}, the "
                f"months that followed.")
    return (f"Back-test: the crime data has no months after the period yet, so the rankings are made again from "
            f"{w.rank.name} and scored on the crimes of {w.outcome.name}. In that back-test the priority keeps "
            f"this run's survey and member components, with harm and hot streets recomputed and no trend.")


def sentences(table: pd.DataFrame, w: Window, top_pct: float = 5.0) -> List[str]:
    acc = table[(table.row_type == "accuracy") & (table.top_pct == top_pct)].set_index("ranking")
    out = [_intro(w)]
    if not acc.hit_rate.notna().any():
        return out + [f"No crimes on the streets ranked in {w.outcome.name}: accuracy cannot be measured."]
    for name in ("risk", "priority"):
        r = acc.loc[name]
        out.append(f"The top {top_pct:g}% of streets by {LABELS[name]} ({int(r.streets)} streets, {_pct(r.length_share)} "
                   f"of street length) had {_pct(r.hit_rate)} of the crimes and {_pct(r.harm_hit_rate)} of the harm: "
                   f"a PAI of {r.pai_length:.1f} by length and {r.pai_count:.1f} by count of streets.")
    base = acc.drop(index=["risk", "priority"])
    best = base.hit_rate.idxmax()
    out.append(f"The best simple baseline was {LABELS[best]}: {_pct(base.hit_rate[best])} of the crimes "
               f"(PAI {base.pai_length[best]:.1f} by length).")
    d = table[(table.row_type == "difference") & (table.top_pct == top_pct)]
    for r in d[d.compared_with.isin([best, "risk"])].itertuples():
        out.append(f"{LABELS[r.ranking].capitalize()} against {LABELS[r.compared_with]}: "
                   f"{100 * r.diff_hit:+.1f} points of the crimes (95% interval {100 * r.diff_lo:+.1f} to "
                   f"{100 * r.diff_hi:+.1f}), {verdict(r.diff_lo, r.diff_hi)}.")
    out.append("A PAI of 1 is no better than picking streets at random; the priority also weighs residents' "
               "concern, confidence, deprivation and engagement, so it is not built to catch the most crime, and "
               "the crime-risk ranking is.")
    return out
