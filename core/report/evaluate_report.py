"""HTML report of an evaluation of targeted activity (issue #26; jinja2, autoescaped, aggregate figures only)."""
from __future__ import annotations

from datetime import datetime
from typing import List, Optional

from ..analyse.evaluate import EvalConfig, EvalResult
from ..analyse.evaluate_words import NAMES
from ..i18n import QT_TR_NOOP, tr
from .report import _num, environment, generated

GROUPS = {"targets": QT_TR_NOOP("Target"), "surrounding": QT_TR_NOOP("Surrounding")}
ROW_FIELDS = ["group", "measure", "streets", "comparison_streets", "before", "after", "comp_before", "comp_after",
              "did", "did_pct", "p_value", "verdict"]


def render_evaluation(res: EvalResult, cfg: EvalConfig, title: str, what: str, sentences: List[str],
                      version: str = "", now: Optional[datetime] = None) -> str:
    rows = res.table[ROW_FIELDS].copy()
    rows["label"] = rows.measure.map(lambda m: tr(NAMES[m]) if m in NAMES else None)
    rows["group"] = rows.group.map(lambda g: tr(GROUPS[g]) if g in GROUPS else None)
    return environment().get_template("evaluate_report.html.j2").render(
        title=title, what=what, sentences=sentences, rows=rows.to_dict("records"), num=_num, k=cfg.k,
        buffer=cfg.buffer_m, permutations=cfg.permutations, version=version,
        generated=generated(now))
