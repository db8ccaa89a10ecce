"""The crime-change sentence of a message, derived from the change figures it cites.

One sentence names the area the figures are for, the count in each period (the base), the periods, the change
and whether it is a real change: "significant" only when the Benjamini-Hochberg q-value of the comparison is
below the level used (``crimes_sig`` of :func:`core.analyse.trends.compare`, checked against ``crimes_q`` and
``alpha``). For several areas together the sentence counts the areas whose own change is significant; the
combined count is not tested again. Periods not both fully covered by crime data get no change at all.
"""
from __future__ import annotations

import math
import re
from typing import Dict, List, Optional

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_PERIOD = re.compile(r"^(\d{4})-(\d{2})(?:\.\.(\d{4})-(\d{2}))?$")


def _span(name: str):
    m = _PERIOD.match(str(name or "").strip())
    if not m or not 1 <= int(m[2]) <= 12 or (m[4] and not 1 <= int(m[4]) <= 12):
        return None
    y1, m1 = int(m[1]), int(m[2])
    y2, m2 = (int(m[3]), int(m[4])) if m[3] else (y1, m1)
    return y1, m1, y2, m2


def period_words(name: str) -> str:
    """'2024-01' -> 'January 2024'; '2023-11..2023-12' -> 'November to December 2023'; a label as it is."""
    s = _span(name)
    if s is None:
        return str(name or "")
    y1, m1, y2, m2 = s
    if (y1, m1) == (y2, m2):
        return f"{MONTHS[m1 - 1]} {y1}"
    if y1 == y2:
        return f"{MONTHS[m1 - 1]} to {MONTHS[m2 - 1]} {y1}"
    return f"{MONTHS[m1 - 1]} {y1} to {MONTHS[m2 - 1]} {y2}"


def period_months(name: str) -> Optional[int]:
    s = _span(name)
    return None if s is None else (s[2] - s[0]) * 12 + s[3] - s[1] + 1


def _num(v) -> Optional[float]:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def is_significant(row: Dict) -> bool:
    """A real change: flagged, and its FDR q-value below the level used (fail-closed when either is missing)."""
    q, alpha = _num(row.get("crimes_q")), _num(row.get("alpha"))
    return bool(row.get("crimes_sig")) and q is not None and q < (alpha if alpha is not None else 0.05)


def _change(x1: int, x2: int, t1: int, t2: int) -> str:
    """'down 7% from' (of the counts; of the monthly rates when the periods differ in length)."""
    r1, r2 = x1 / t1, x2 / t2
    if r1 == r2:
        return "the same as"
    if r1 == 0:
        return "up from"
    pct = 100.0 * (r2 - r1) / r1
    rates = f" a month ({r1:.1f} to {r2:.1f} a month)" if t1 != t2 else ""
    return f"{'up' if pct > 0 else 'down'} {abs(pct):.0f}%{rates} from"


def _verdict(row: Dict, areas: List[str], sig_areas: List[str]) -> str:
    if len(areas) > 1:
        if not sig_areas:
            return f"in each of the {len(areas)} areas this is within normal variation (not a significant change)"
        return (f"the change is significant (after adjusting for the number of areas compared) in {len(sig_areas)} "
                f"of the {len(areas)} areas: {', '.join(sig_areas)}")
    if _num(row.get("crimes_q")) is None:
        return "whether this is more than chance was not tested"
    if is_significant(row):
        q = float(row["crimes_q"])
        return ("this is a real change, not chance (significant after adjusting for the number of areas compared, "
                + ("q < 0.001)" if q < 0.001 else f"q = {q:.3f})"))
    return "this is within normal variation (not a significant change)"


def crime_change_sentence(area: str, row: Dict) -> str:
    """'Recorded crime in <area> was 93 in January to February 2024, down 7% from 100 in November to December
    2023; this is within normal variation (not a significant change).' ('' without both counts)."""
    x1, x2 = _num(row.get("crimes_1")), _num(row.get("crimes_2"))
    if x1 is None or x2 is None:
        return ""
    x1, x2 = int(round(x1)), int(round(x2))
    p1, p2 = str(row.get("period_1") or ""), str(row.get("period_2") or "")
    w1, w2 = period_words(p1) or "the previous period", period_words(p2) or "this period"
    head = f"Recorded crime in {area} was {x2:,} in {w2}"
    if str(row.get("comparable", True)).strip().lower() in ("false", "0", "no"):
        why = str(row.get("coverage") or "the crime data does not fully cover both periods")
        return f"{head} and {x1:,} in {w1}; the two are not comparable ({why}), so no change is claimed."
    t1, t2 = period_months(p1), period_months(p2)
    change = _change(x1, x2, t1, t2) if (t1 and t2) else _change(x1, x2, 1, 1)
    verdict = _verdict(row, list(row.get("area_names") or [area]), list(row.get("sig_areas") or []))
    return f"{head}, {change} {x1:,} in {w1}; {verdict}."
