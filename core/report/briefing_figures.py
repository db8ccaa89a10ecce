"""The area figures of a briefing pack: the public's priorities (AREA_INSIGHT), crime change (AREA_CHANGE) and
the equality check (EQUALITY), as rows of text. Several areas inside one pack area (a patch, the force) are
combined from their counts; a share behind fewer than ``suppress`` answers is not shown."""
from __future__ import annotations

import math
from typing import List, Tuple

import pandas as pd

from ..i18n import QT_TR_NOOP, tr
from .briefing import LABELS, _blank, count


def priority_rows(areas: pd.DataFrame, suppress: int) -> Tuple[List[List[str]], List[str]]:
    """The top local priorities of the areas' survey answers: (rows, notes). Each area gives its top three
    with their share of the answers that named any (``prio_n``); several areas add those answers up."""
    if not len(areas) or "prio_n" not in areas:
        return [], []
    n = pd.to_numeric(areas.prio_n, errors="coerce").fillna(0)
    total = int(n.sum())
    if total < suppress:
        return [], [tr("Fewer than {n} survey answers named a local priority here: none shown.").format(n=suppress)]
    named: dict = {}
    for k in (1, 2, 3):
        for name, pct, m in zip(areas[f"prio{k}"], areas[f"prio{k}_pct"], n):
            if not _blank(name) and not _blank(pct) and str(name):
                named[str(name)] = named.get(str(name), 0.0) + float(pct) * m / 100.0
    rows = [[tr(name), f"{100 * c / total:.0f}%", count(c, suppress)]      # a shipped category in the user's language
            for name, c in sorted(named.items(), key=lambda kv: -kv[1])[:5]]
    notes = [tr("Local priorities from {n:,} survey answers that named one.").format(n=total)]
    if len(areas) > 1:
        notes.append(tr("Priorities of several areas combined from each area's top three."))
    return rows, notes


def _sig(rows: pd.DataFrame, f: str) -> str:
    if len(rows) != 1 or f"{f}_sig" not in rows:
        return tr("not tested (several areas)") if len(rows) > 1 else ""
    r = rows.iloc[0]
    if _blank(r[f"{f}_q"]):
        return ""
    return tr("yes (q = {q:.3f})").format(q=r[f"{f}_q"]) if bool(r[f"{f}_sig"]) else tr("no")


def change_rows(change: pd.DataFrame) -> Tuple[List[List[str]], List[str]]:
    """All crime and each type that occurred in either period: counts, change, FDR significance."""
    if not len(change) or "crimes_1" not in change:
        return [], []
    out = []
    for f in ["crimes"] + [c for c in LABELS if c != "crimes"]:
        if f"{f}_1" not in change:
            continue
        a, b = (int(pd.to_numeric(change[f"{f}_{k}"], errors="coerce").fillna(0).sum()) for k in (1, 2))
        if a == 0 and b == 0 and f != "crimes":
            continue
        pct = f" ({100 * (b - a) / a:+.0f}%)" if a else ""
        out.append((f != "crimes", -b, [tr(LABELS[f]), f"{a:,}", f"{b:,}", f"{b - a:+,}{pct}", _sig(change, f)]))
    rows = [r for *_, r in sorted(out, key=lambda t: (t[0], t[1]))]
    r0 = change.iloc[0]
    notes = [tr("Crime change: {period} against {previous}.").format(period=r0.get("period_2", ""),
                                                                       previous=r0.get("period_1", ""))] \
        if "period_1" in change else []
    return rows, notes


# the equality check's measures (the ranking's components and its score), as a reader of the pack names them
MEASURES = {"score": QT_TR_NOOP("Priority score"), "harm": QT_TR_NOOP("Harm-weighted crime"),
            "hot": QT_TR_NOOP("Hot street (Gi*)"), "trend": QT_TR_NOOP("Rising crime"),
            "concern": QT_TR_NOOP("Local priorities"), "confidence": QT_TR_NOOP("Trust and confidence"),
            "vulnerability": QT_TR_NOOP("Deprivation"), "engagement": QT_TR_NOOP("Registration gap")}


def equality_rows(equality: pd.DataFrame) -> Tuple[List[List[str]], str]:
    """The run's equality check: each measure's association with the ethnic mix, and the score's sentence."""
    if equality is None or not len(equality) or "measure" not in equality:
        return [], ""
    rows = []
    for r in equality.itertuples():
        if any(_blank(getattr(r, k, None)) for k in ("estimate", "ci_low", "ci_high")):
            continue
        p = "" if _blank(r.p_value) or not math.isfinite(float(r.p_value)) else f"{float(r.p_value):.3f}"
        rows.append([tr(MEASURES.get(str(r.measure), str(r.measure))), tr("{estimate:+.2f} ({low:+.2f} to {high:+.2f})").format(
            estimate=float(r.estimate), low=float(r.ci_low), high=float(r.ci_high)), p])
    return rows, _score_sentence(equality)


def _score_sentence(equality: pd.DataFrame) -> str:
    """The score's sentence in the user's language, written again from its figures (the table stores it in the
    language of the run that made it, with the same figures); the stored one when a figure is missing."""
    from ..analyse.equality import _words
    score = equality[equality.measure.astype(str) == "score"]
    if not len(score):
        return ""
    r = score.iloc[0]
    stored = "" if _blank(r.get("sentence")) else str(r.get("sentence"))
    try:
        est, lo, hi, p = (float(r[k]) for k in ("estimate", "ci_low", "ci_high", "p_value"))
    except (KeyError, TypeError, ValueError):
        return stored
    if not all(math.isfinite(v) for v in (est, lo, hi, p)):
        return stored
    return _words("score", est, lo, hi, p)
