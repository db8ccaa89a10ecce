"""What a briefing pack shows of the FORECAST table of lpt:prioritystreets (issue #26): does the ranking work?
The top 5% of streets by each ranking, the share of the crimes and harm of the months scored on them and the
PAI, and the same plain words as the HTML report (forecast or back-test, the differences with their intervals,
the stability of the top streets).  Force-wide figures: the same on every area's page."""
from __future__ import annotations

from typing import List, Optional, Tuple

import pandas as pd

from ..analyse.forecast import Window
from ..analyse.insight import Period

FORECAST = ["Ranking", "Streets (top 5%)", "Share of street length", "Share of crimes", "Share of harm",
            "PAI (length)", "PAI (count)"]
ORDER = ["risk", "priority", "all_count", "last_count", "kde", "last_harm"]


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
    rows = [[str(r.label), f"{int(r.streets):,}", _pct(r.length_share), _pct(r.hit_rate), _pct(r.harm_hit_rate),
             _num(r.pai_length), _num(r.pai_count)] for r in acc.itertuples()]
    words, run_period = [], "the period"
    if len(acc):
        first = table[table.row_type == "accuracy"].iloc[0]
        window = Window(_period(first.rank_period), _period(first.outcome_period), str(first["mode"]))
        run_period = window.rank.name if window.mode == "forecast" else window.outcome.name
        words = sentences(table, window, top_pct)
    weights, shift, n = stability_from(table)
    if len(weights) or shift.get("shifted"):
        words += stability_sentences(weights, shift, n, run_period)
    return rows, "\n".join(words)
