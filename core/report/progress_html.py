"""The supervisors' progress report as HTML (jinja2, autoescaped; counts and rates only)."""
from __future__ import annotations

import math
from datetime import datetime
from typing import Optional

from ..i18n import tr
from ..store.schema import OUTCOME_LABELS
from .briefing_activity import STATUS
from .charts import OUTCOME_COLOURS, stacked_bars
from .progress import Progress
from .report import environment, generated

ORDER = ["registered", "surveyed", "already_registered", "declined", "not_in", "no_access"]
# the columns a page may show; a member, a name or a contact can never reach it
SETUP_FIELDS = ["setup_id", "name", "team", "status", "start", "end", "postcodes", "households_targeted",
                "households_unknown", "visits", "coverage", "contacts", "contact_rate", "registered", "surveyed",
                "survey_responses", "community"] + [f"community_{w}_{k}" for w in ("before", "since")
                                                    for k in ("share", "lo", "hi", "answered")]


def _pct(v) -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{100 * v:.0f}%"


def _share(v, lo, hi, n) -> str:
    """A community's share with its interval, or why it is not shown."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return tr("not shown (fewer than the threshold answered: {n})").format(n=int(n or 0))
    return tr("{share} (95% interval {low} to {high}; {n} answered)").format(share=_pct(v), low=_pct(lo),
                                                                            high=_pct(hi), n=int(n))


def render(progress: Progress, title: str, now: Optional[datetime] = None) -> str:
    env = environment()
    setups = progress.setups.reindex(columns=SETUP_FIELDS).astype(object)
    setups = setups.where(setups.notna(), None).to_dict("records")
    for s in setups:
        s["status"] = tr(STATUS[s["status"]]) if s["status"] in STATUS else s["status"]
    labels = {o: tr(OUTCOME_LABELS[o]) for o in ORDER}
    charts = {s["setup_id"]: stacked_bars(progress.weeks[progress.weeks.setup_id == s["setup_id"]], "week", ORDER,
                                          OUTCOME_COLOURS, names=labels) for s in setups}
    return env.get_template("progress_report.html.j2").render(
        title=title, setups=setups, charts=charts, weeks=progress.weeks.to_dict("records"), order=ORDER,
        labels=labels, colours={o: OUTCOME_COLOURS[o] for o in ORDER},
        pct=_pct, share=_share, generated=generated(now))
