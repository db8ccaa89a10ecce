"""The supervisors' progress report as HTML (jinja2, autoescaped; counts and rates only)."""
from __future__ import annotations

import math
from datetime import datetime
from typing import Callable, Optional

from ..store.schema import OUTCOME_LABELS
from .charts import OUTCOME_COLOURS, stacked_bars
from .progress import Progress
from .report import TEMPLATES

ORDER = ["registered", "surveyed", "already_registered", "declined", "not_in", "no_access"]
# the columns a page may show; a member, a name or a contact can never reach it
SETUP_FIELDS = ["setup_id", "name", "team", "status", "start", "end", "postcodes", "households_targeted",
                "households_unknown", "visits", "coverage", "contacts", "contact_rate", "registered", "surveyed",
                "survey_responses", "community"] + [f"community_{w}_{k}" for w in ("before", "since")
                                                    for k in ("share", "lo", "hi", "answered")]


def _pct(v) -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{100 * v:.0f}%"


def _share(tr):
    def share(v, lo, hi, n) -> str:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return tr("not shown (fewer than the threshold answered: {0})").format(int(n or 0))
        return tr("{0} (95% interval {1} to {2}; {3} answered)").format(_pct(v), _pct(lo), _pct(hi), int(n))
    return share


def render(progress: Progress, title: str, tr: Callable[[str], str] = str, now: Optional[datetime] = None) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                      undefined=StrictUndefined)
    setups = progress.setups.reindex(columns=SETUP_FIELDS).astype(object)
    setups = setups.where(setups.notna(), None).to_dict("records")
    charts = {s["setup_id"]: stacked_bars(progress.weeks[progress.weeks.setup_id == s["setup_id"]], "week", ORDER,
                                          OUTCOME_COLOURS) for s in setups}
    return env.get_template("progress_report.html.j2").render(
        title=title, setups=setups, charts=charts, weeks=progress.weeks.to_dict("records"), order=ORDER,
        labels={o: tr(OUTCOME_LABELS[o]) for o in ORDER}, colours={o: OUTCOME_COLOURS[o] for o in ORDER},
        t=tr, pct=_pct, share=_share(tr), generated=(now or datetime.now()).strftime("%d %B %Y %H:%M"))
