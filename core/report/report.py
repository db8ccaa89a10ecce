"""HTML briefing of the priority streets (jinja2, autoescaped; aggregate figures only)."""
from __future__ import annotations

import math
import os
from datetime import datetime
from typing import Optional

from ..config import PLUGIN_DIR
from ..analyse.priority import PriorityResult
from ..engage.change_sentence import MONTHS
from ..i18n import tr
from .forecast_view import forecast_view

TEMPLATES = os.path.join(PLUGIN_DIR, "resources", "templates")
# fields a report may show; anything else (a member id, a name, a contact) can never reach the page
STREET_FIELDS = ["rank", "rank_label", "name", "area_name", "score", "score_lo", "score_hi", "rank_best", "rank_worst",
                 "reason_list", "action_list"]
PLACE_FIELDS = ["rank", "place", "street", "area_name", "crimes", "crimes_previous", "top_types", "action"]
EQUALITY_FIELDS = ["measure", "estimate", "ci_low", "ci_high", "p_value"]
AREA_FIELDS = ["rank", "area_name", "streets", "hot_streets", "streets_top20", "top_street", "mean_top5", "conc_top20"]
FORCE_FIELDS = ["crimes", "harm", "active", "reg_rate", "responses", "trust_mean", "confidence_mean", "prio1",
                "prio1_pct", "prio2", "prio2_pct"]


def _num(v, fmt="{:.1f}"):
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else fmt.format(v)


def generated(now: Optional[datetime] = None) -> str:
    """When a report was made, e.g. '04 December 2026 06:15' (the month in the user's language)."""
    now = now or datetime.now()
    return tr("{day} {month} {year} {time}").format(day=now.strftime("%d"), month=tr(MONTHS[now.month - 1]),
                                                    year=now.year, time=now.strftime("%H:%M"))


def environment():
    """The reports' jinja2 environment: the templates folder, autoescaped, strict, and ``_`` = :func:`tr`.

    A template marks its text ``{{ _("...") }}``, with values ``{{ _("... {n} ...").format(n=...) }}``. The text is
    the template's own (HTML, as the template would hold it, e.g. ``&amp;``), so ``_`` returns it as markup; the
    values given to ``.format`` are escaped (markupsafe), as ``{{ value }}`` is."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
    from markupsafe import Markup
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                      undefined=StrictUndefined)
    env.globals["_"] = lambda text: Markup(tr(text))
    env.globals["bold"] = lambda v: Markup("<b>{}</b>").format(v)       # a value in bold inside a sentence
    return env


def render_priority_report(res: PriorityResult, title: str, top_n: int = 20, suppress_below: int = 5,
                           version: str = "", now: Optional[datetime] = None) -> str:
    env = environment()
    areas = res.areas.set_index("area_code").area_name
    top = res.streets.sort_values("rank").head(top_n).copy()
    top["area_name"] = top.area_code.map(areas).fillna("")
    top["reason_list"] = top.reasons.map(lambda r: [x for x in r.split("; ") if x])
    top["action_list"] = top.actions.map(lambda a: [x for x in a.split(" | ") if x])
    force = {k: res.summary["force"].get(k) for k in FORCE_FIELDS}
    s = {k: res.summary[k] for k in ("period", "previous", "streets_ranked", "hot_streets", "gi_distance", "alpha",
                                     "concentration_top20", "weights", "notes", "replicates", "secure_top",
                                     "within_reach", "ties_top", "top_n", "places_apart", "place_crimes", "crimes",
                                     "short_units", "short_units_top", "survey_months")}
    s["shrinkage"] = type("K", (), res.summary["shrinkage"])
    s["weights_text"] = ", ".join(f"{k} {v}" for k, v in s["weights"].items())
    places = res.places.head(top_n).reindex(columns=PLACE_FIELDS + ["street_m"]).to_dict("records") \
        if res.places is not None else []
    eq = res.equality
    eq_rows = eq[EQUALITY_FIELDS].to_dict("records") if eq is not None and len(eq) else []
    html = env.get_template("priority_report.html.j2").render(
        title=title, s=s, f=type("F", (), force), streets=top[STREET_FIELDS].to_dict("records"),
        areas=res.areas.sort_values("rank")[AREA_FIELDS].to_dict("records"), suppress=suppress_below,
        places=places, equality=res.summary.get("equality", []), equality_rows=eq_rows,
        forecast=forecast_view(getattr(res, "checks", None)),
        pct=lambda v: _num(v, "{:.0f}%"), num=_num, version=version,
        generated=generated(now))
    return html


def write_report(html: str, path: str) -> str:
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    return path
