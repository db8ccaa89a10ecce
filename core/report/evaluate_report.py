"""HTML report of an evaluation of targeted activity (issue #26; jinja2, autoescaped, aggregate figures only)."""
from __future__ import annotations

from datetime import datetime
from typing import List, Optional

from ..analyse.evaluate import EvalConfig, EvalResult
from ..analyse.evaluate_words import NAMES
from .report import TEMPLATES, _num

ROW_FIELDS = ["group", "measure", "streets", "comparison_streets", "before", "after", "comp_before", "comp_after",
              "did", "did_pct", "p_value", "verdict"]


def render_evaluation(res: EvalResult, cfg: EvalConfig, title: str, what: str, sentences: List[str],
                      version: str = "", now: Optional[datetime] = None) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                      undefined=StrictUndefined)
    rows = res.table[ROW_FIELDS].copy()
    rows["label"] = rows.measure.map(NAMES)
    rows["group"] = rows.group.map({"targets": "Target", "surrounding": "Surrounding"})
    return env.get_template("evaluate_report.html.j2").render(
        title=title, what=what, sentences=sentences, rows=rows.to_dict("records"), num=_num, k=cfg.k,
        buffer=cfg.buffer_m, permutations=cfg.permutations, version=version,
        generated=(now or datetime.now()).strftime("%d %B %Y %H:%M"))
