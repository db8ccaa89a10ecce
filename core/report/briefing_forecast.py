"""Does the ranking work? The run's forecast check (the FORECAST table of lpt:prioritystreets, issue #26) in a
sentence or two for every page of a briefing pack: the force's figures, the same for every area."""
from __future__ import annotations

from typing import Optional

import pandas as pd

FIELDS = ("row_type", "ranking", "top_pct", "streets", "length_share", "hit_rate", "harm_hit_rate", "pai_length",
          "pai_count", "mode", "rank_period", "outcome_period", "compared_with", "diff_hit", "diff_lo", "diff_hi")


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
    how = "Forecast check" if str(first["mode"]) == "forecast" else "Back-test"
    part = lambda r, what: f"by {what} {100 * t.hit_rate[r]:.0f}% (PAI {t.pai_length[r]:.1f})"  # noqa: E731
    return (f"Does it work? {how} for the force (ranked on {first['rank_period']}, scored on "
            f"{first['outcome_period']}): the top {top_pct:g}% of streets held, {part('risk', 'crime risk')}, "
            f"{part('priority', 'priority')} of the crimes; PAI 1 is no better than chance.")
