"""What the priority report shows of the forecast table and the stability checks (issue #26): aggregate
figures only."""
from __future__ import annotations

from typing import Dict, Optional

ACCURACY_FIELDS = ["label", "top_pct", "streets", "length_share", "hit_rate", "harm_hit_rate", "pai_length",
                   "pai_count"]
DIFF_FIELDS = ["label", "compared_label", "top_pct", "diff_hit", "diff_lo", "diff_hi", "verdict"]


def forecast_view(checks: Optional[Dict[str, object]]) -> Dict[str, object]:
    """Rows and sentences for the template; empty when the run has no checks."""
    if not checks:
        return {"sentences": [], "accuracy": [], "differences": [], "stability": [], "weights": []}
    from ..analyse.forecast_words import verdict
    t = checks.get("forecast")
    acc, diff = [], []
    if t is not None:
        a = t[t.row_type == "accuracy"]
        acc = a[ACCURACY_FIELDS].to_dict("records")
        d = t[(t.row_type == "difference") & (t.top_pct == 5.0)].copy()
        labels = dict(zip(a.ranking, a.label))
        d["compared_label"] = d.compared_with.map(labels)
        d["verdict"] = [verdict(lo, hi) for lo, hi in zip(d.diff_lo, d.diff_hi)]
        diff = d[DIFF_FIELDS].to_dict("records")
    w = checks.get("stability_weights")
    return {"sentences": checks.get("forecast_sentences", []), "accuracy": acc, "differences": diff,
            "stability": checks.get("stability_sentences", []),
            "weights": w.to_dict("records") if w is not None else []}
