"""Forecast accuracy and crime risk in every priority run (issue #26): what :func:`.priority.prioritise` calls.

Adds ``risk_score`` (0..100, the crime-risk percentile, :mod:`.risk`) and ``risk_rank`` to the streets, and
returns the forecast table (:mod:`.forecast`: the priority, the crime risk and the baselines of
:mod:`.baselines`, each scored the same way) with plain-words sentences for the report.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List

import numpy as np
import pandas as pd

from ..i18n import QT_TR_NOOP, tr
from ..link.scope import street_points
from . import forecast as F
from .baselines import BASELINE_LABELS, baselines_from
from .crime_arrays import CrimeArrays, crime_arrays, month_no
from .crime_parts import CrimeParts, priority_for
from .insight import Period
from .priority_config import COMPONENTS
from .ranks import pct_rank
from .risk import RiskSettings, neighbours, risk_from

RANK_LABELS = dict({"priority": QT_TR_NOOP("Priority (all components)"), "risk": QT_TR_NOOP("Crime risk")},
                   **BASELINE_LABELS)
RISK = RiskSettings()


def rank_label(name: str) -> str:
    """The ranking's label for the table people read (``ranking`` keeps the code)."""
    return tr(RANK_LABELS[name])


@dataclass
class RunContext:
    index: pd.Index            # the streets ranked (street_id, in street-id order: ties broken by position)
    comp: pd.DataFrame         # the run's components on index
    weights: Dict[str, float]
    ca: CrimeArrays            # the crimes the streets are scored on (named places apart when the run keeps them so)
    mid: pd.DataFrame          # mx, my per street
    lengths: pd.Series
    kernel: object             # neighbours of the crime risk
    parts: CrimeParts
    period: Period
    months: List[str]          # months with crime data


def by_street(out: pd.DataFrame, column: str, index: pd.Index) -> pd.Series:
    """``out[column]`` (one row per street) on ``index``."""
    return pd.Series(out[column].to_numpy(), index=out.street_id.astype(str).to_numpy()).reindex(index)


def context(out: pd.DataFrame, comp: pd.DataFrame, crimes: pd.DataFrame, streets: pd.DataFrame, period: Period,
            harm_w: Dict[str, float], weights: Dict[str, float], gi_distance: float) -> RunContext:
    index = pd.Index(np.sort(out.street_id.astype(str).to_numpy()))
    mid = street_points(streets).reindex(index)
    ca = crime_arrays(crimes, index, harm_w)
    months = sorted(str(m) for m in pd.unique(crimes.month) if isinstance(m, str) and m)
    return RunContext(index, comp.reindex(index), weights, ca, mid, by_street(out, "length_m", index).astype(float),
                      neighbours(mid, RISK.bandwidth), CrimeParts(streets, gi_distance, index), period, months)


def risk_at(ctx: RunContext, p: Period) -> pd.Series:
    return pd.Series(risk_from(ctx.ca, month_no(p.end), ctx.kernel, RISK, ctx.lengths.to_numpy(float)),
                     index=ctx.index)


def add_risk(out: pd.DataFrame, ctx: RunContext) -> pd.Series:
    """``risk_score`` and ``risk_rank`` on the streets (ties by street id); returns the raw risk."""
    risk = risk_at(ctx, ctx.period)
    ids = out.street_id.astype(str).to_numpy()
    out["risk_score"] = (100.0 * pct_rank(risk)).round(2).reindex(ids).to_numpy()
    rank = np.empty(len(risk), dtype=np.int64)
    rank[F.order_of(risk)] = np.arange(1, len(risk) + 1)
    out["risk_rank"] = pd.Series(rank, index=ctx.index).reindex(ids).to_numpy()
    return risk


def rankings(ctx: RunContext, out: pd.DataFrame, window: F.Window, risk_now: pd.Series) -> Dict[str, pd.Series]:
    """Every ranking compared, as scores (higher first) from the months of ``window.rank`` only."""
    if window.mode == "forecast":
        pri = -by_street(out, "rank", ctx.index).astype(float)        # exactly the run's order
        risk = risk_now
    else:
        parts = ctx.parts.components(ctx.ca, window.rank)
        pri, risk = priority_for(ctx.comp, parts, ctx.weights, COMPONENTS), risk_at(ctx, window.rank)
    return dict({"priority": pri, "risk": risk}, **baselines_from(ctx.ca, window.rank, ctx.index, ctx.mid))


def forecast_table(ctx: RunContext, out: pd.DataFrame, risk_now: pd.Series):
    """(table, sentences, window): accuracy rows and difference rows; (None, [why], None) when no window."""
    window = F.choose_window(ctx.period, ctx.months)
    if window is None:
        return None, [tr("Forecast accuracy cannot be measured: the crime data has neither the months after "
                         "{period} nor a complete period before it.").format(period=ctx.period.name)], None
    ranks = rankings(ctx, out, window, risk_now)
    outcome = F.outcome_from(ctx.ca, window.outcome, ctx.lengths.to_numpy(float))
    acc = F.accuracy(ranks, outcome, ctx.index)
    acc.insert(0, "row_type", "accuracy")
    base = [b for b in BASELINE_LABELS]
    pairs = [(a, b) for a in ("risk", "priority") for b in base] + [("priority", "risk")]
    diff = F.differences(ranks, outcome, ctx.index, pairs)
    diff.insert(0, "row_type", "difference")
    table = pd.concat([acc, diff], ignore_index=True)
    table.insert(1, "label", table.ranking.map(rank_label))
    table["mode"], table["rank_period"], table["outcome_period"] = window.mode, window.rank.name, window.outcome.name
    from .forecast_words import sentences
    return table, sentences(table, window), window


def run_checks(out: pd.DataFrame, comp: pd.DataFrame, crimes: pd.DataFrame, streets: pd.DataFrame, period: Period,
               harm_w: Dict[str, float], weights: Dict[str, float], gi_distance: float, top_n: int) -> Dict[str, object]:
    """Crime risk on ``out`` (in place), the forecast table and the stability checks of one priority run."""
    from . import stability as S
    ctx = context(out, comp, crimes, streets, period, harm_w, weights, gi_distance)
    risk_now = add_risk(out, ctx)
    table, words, window = forecast_table(ctx, out, risk_now)
    wt = S.weight_table(ctx.comp, weights, by_street(out, "harm", ctx.index).astype(float), top_n)
    shift = S.shift_check(ctx, risk_at, top_n)
    return {"forecast": table, "forecast_sentences": words, "window": window, "stability_weights": wt,
            "stability_shift": shift, "stability_sentences": S.sentences(wt, shift, top_n, period.name)}


def output_table(checks: Dict[str, object], top_n: int) -> pd.DataFrame:
    """The FORECAST output: the forecast table's rows, then one ``stability`` row per weight change (``component``,
    ``change_pct``) and per ranking under the one-month shift (``shifted_to``), each with the ``jaccard`` of the
    top ``top_n`` (``streets``).  :func:`stability_from` reads them back."""
    rows = []
    w = checks.get("stability_weights")
    for r in (w.itertuples() if w is not None else []):
        label = tr("Weight of {component} {change:+d}%").format(component=r.component, change=r.change_pct)
        rows.append({"row_type": "stability", "ranking": "priority", "label": label,
                     "component": r.component, "change_pct": int(r.change_pct), "jaccard": r.jaccard})
    sh = checks.get("stability_shift") or {}
    if sh.get("shifted"):
        for name in ("priority", "risk", "last_count"):
            rows.append({"row_type": "stability", "ranking": name, "shifted_to": sh["shifted"],
                         "label": tr("{ranking}, period moved to {month}").format(ranking=rank_label(name),
                                                                                  month=sh["shifted"]),
                         "jaccard": sh[name]})
    stab = pd.DataFrame(rows)
    if len(stab):
        stab["streets"] = top_n
    parts = [t for t in (checks.get("forecast"), stab) if t is not None and len(t)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


NUMERIC = ("top_pct", "streets", "length_share", "crimes_hit", "crimes_total", "hit_rate", "harm_hit_rate",
           "pai_length", "pai_count", "diff_hit", "diff_lo", "diff_hi", "diff_harm", "diff_harm_lo", "diff_harm_hi",
           "change_pct", "jaccard")


def read_back(table: pd.DataFrame) -> pd.DataFrame:
    """A FORECAST table as read from a file (CSV: every cell text, empty cells ''): numbers as numbers, empty
    cells missing."""
    t = table.replace({"": np.nan})
    for c in NUMERIC:
        if c in t:
            t[c] = pd.to_numeric(t[c], errors="coerce")
    return t


def stability_from(table: pd.DataFrame):
    """(weights, shift, top_n) of the ``stability`` rows of a FORECAST table, as :mod:`.stability` gives them."""
    table = read_back(table)
    s = table[table.row_type == "stability"] if "row_type" in table else table.iloc[0:0]
    w = s[s.component.notna()] if "component" in s else s.iloc[0:0]
    weights = pd.DataFrame({"component": w.get("component", []), "change_pct": w.get("change_pct", []),
                            "jaccard": w.get("jaccard", [])}).astype({"change_pct": int})
    sh = s[s.shifted_to.notna()] if "shifted_to" in s else s.iloc[0:0]
    shift = {"shifted": None}
    if len(sh):
        shift = dict({"shifted": str(sh.shifted_to.iloc[0])}, **dict(zip(sh.ranking, sh.jaccard.astype(float))))
    n = int(s.streets.iloc[0]) if len(s) and "streets" in s else 20
    return weights.reset_index(drop=True), shift, n
