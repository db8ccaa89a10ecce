"""What a briefing pack shows of the FORECAST table of lpt:prioritystreets (issue #26): does the ranking work?
Force-wide figures, the same for every area: a sentence on page 1 (:func:`forecast_note`: the share of the next
crimes on the top 5% of streets by crime risk and by priority, with their PAI), and a page of its own
(:func:`forecast_rows`: the top 5% of streets by each ranking, the share of the crimes and harm of the months
scored on them and the PAI, and the same plain words as the HTML report - forecast or back-test, the differences
with their intervals, the stability of the top streets)."""
from __future__ import annotations

from typing import List, Optional, Tuple

import pandas as pd

from ..analyse.forecast import Window
from ..analyse.insight import Period
from ..i18n import QT_TR_NOOP, tr

FORECAST = [QT_TR_NOOP("Ranking"), QT_TR_NOOP("Streets (top 5%)"), QT_TR_NOOP("Share of street length"),
            QT_TR_NOOP("Share of crimes"), QT_TR_NOOP("Share of harm"), QT_TR_NOOP("PAI (length)"),
            QT_TR_NOOP("PAI (count)")]
ORDER = ["risk", "priority", "all_count", "last_count", "kde", "last_harm"]
FIELDS = ("row_type", "ranking", "top_pct", "streets", "length_share", "hit_rate", "harm_hit_rate", "pai_length",
          "pai_count", "mode", "rank_period", "outcome_period", "compared_with", "diff_hit", "diff_lo", "diff_hi")


def _period(name: str) -> Period:
    start, _, end = str(name).partition("..")
    return Period(start, end or start)


def _pct(v) -> str:
    return "" if pd.isna(v) else f"{100 * float(v):.1f}%"


def _num(v) -> str:
    return "" if pd.isna(v) else f"{float(v):.2f}"


def forecast_rows(table: Optional[pd.DataFrame], top_pct: float = 5.0) -> Tuple[List[List[str]], str]:
    """(rows, words: one sentence a line) of a FORECAST table; ([], '') when there is none."""
    if table is None or not len(table) or "row_type" not in table:
        return [], ""
    from ..analyse.forecast_run import read_back, stability_from
    from ..analyse.forecast_words import sentences
    from ..analyse.stability import sentences as stability_sentences
    table = read_back(table)
    acc = table[(table.row_type == "accuracy") & (table.top_pct == top_pct)]
    acc = acc.set_index("ranking").reindex([r for r in ORDER if r in set(acc.ranking)])
    rows = [[_ranking(r.Index, r.label), f"{int(r.streets):,}", _pct(r.length_share), _pct(r.hit_rate),
             _pct(r.harm_hit_rate), _num(r.pai_length), _num(r.pai_count)] for r in acc.itertuples()]
    words, run_period = [], tr("the period")
    if len(acc):
        first = table[table.row_type == "accuracy"].iloc[0]
        window = Window(_period(first.rank_period), _period(first.outcome_period), str(first["mode"]))
        run_period = window.rank.name if window.mode == "forecast" else window.outcome.name
        words = sentences(table, window, top_pct)
    weights, shift, n = stability_from(table)
    if len(weights) or shift.get("shifted"):
        words += stability_sentences(weights, shift, n, run_period)
    return rows, "\n".join(words)


def _ranking(code, stored) -> str:
    """A ranking as a reader names it, in the user's language: the label of its code (the table's ``label`` is in
    the language of the run that wrote it); a ranking without one keeps the stored label."""
    from ..analyse.forecast_run import RANK_LABELS, rank_label
    return rank_label(str(code)) if str(code) in RANK_LABELS else ("" if pd.isna(stored) else str(stored))


def forecast_note(table: Optional[pd.DataFrame], top_pct: float = 5.0) -> str:
    """One short sentence: the share of the next crimes on the top streets by crime risk and by priority, with
    their PAI ('' without a table). The HTML report of the run has the whole check."""
    if table is None or table.empty or not set(FIELDS) <= set(table.columns):
        return ""
    t = table[table.row_type.astype(str) == "accuracy"].copy()
    for c in ("top_pct", "hit_rate", "pai_length"):          # a CSV output reads back as text
        t[c] = pd.to_numeric(t[c], errors="coerce")
    t = t[(t.top_pct == top_pct) & t.ranking.isin(["risk", "priority"])].set_index("ranking")
    if len(t) < 2 or t.hit_rate.isna().any():
        return ""
    first = table.iloc[0]
    if str(first["mode"]) == "forecast":
        text = tr("Does it work? Forecast check for the force (ranked on {ranked}, scored on {scored}): the top "
                  "{top:g}% of streets held, by crime risk {risk:.0f}% (PAI {risk_pai:.1f}), by priority "
                  "{priority:.0f}% (PAI {priority_pai:.1f}) of the crimes; PAI 1 is no better than chance.")
    else:
        text = tr("Does it work? Back-test for the force (ranked on {ranked}, scored on {scored}): the top "
                  "{top:g}% of streets held, by crime risk {risk:.0f}% (PAI {risk_pai:.1f}), by priority "
                  "{priority:.0f}% (PAI {priority_pai:.1f}) of the crimes; PAI 1 is no better than chance.")
    return text.format(ranked=first["rank_period"], scored=first["outcome_period"], top=top_pct,
                       risk=100 * t.hit_rate["risk"], risk_pai=t.pai_length["risk"],
                       priority=100 * t.hit_rate["priority"], priority_pai=t.pai_length["priority"])
