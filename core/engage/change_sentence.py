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

from ..i18n import QT_TR_NOOP, tr

MONTHS = [QT_TR_NOOP("January"), QT_TR_NOOP("February"), QT_TR_NOOP("March"), QT_TR_NOOP("April"),
          QT_TR_NOOP("May"), QT_TR_NOOP("June"), QT_TR_NOOP("July"), QT_TR_NOOP("August"),
          QT_TR_NOOP("September"), QT_TR_NOOP("October"), QT_TR_NOOP("November"), QT_TR_NOOP("December")]
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
    a, b = tr(MONTHS[m1 - 1]), tr(MONTHS[m2 - 1])
    if (y1, m1) == (y2, m2):
        return tr("{month} {year}").format(month=a, year=y1)
    if y1 == y2:
        return tr("{month} to {month2} {year}").format(month=a, month2=b, year=y1)
    return tr("{month} {year} to {month2} {year2}").format(month=a, year=y1, month2=b, year2=y2)


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


def _change(x1: int, x2: int, t1: int, t2: int, w1: str) -> str:
    """'down 7% from 100 in November to December 2023' (of the counts; of the monthly rates when the periods
    differ in length)."""
    r1, r2 = x1 / t1, x2 / t2
    if r1 == r2:
        text = tr("the same as {before:,} in {previous}")
    elif r1 == 0:
        text = tr("up from {before:,} in {previous}")
    elif t1 != t2:
        text = tr("up {pct:.0f}% a month ({rate1:.1f} to {rate2:.1f} a month) from {before:,} in {previous}") \
            if r2 > r1 else \
            tr("down {pct:.0f}% a month ({rate1:.1f} to {rate2:.1f} a month) from {before:,} in {previous}")
    else:
        text = tr("up {pct:.0f}% from {before:,} in {previous}") if r2 > r1 else \
            tr("down {pct:.0f}% from {before:,} in {previous}")
    pct = abs(100.0 * (r2 - r1) / r1) if r1 else 0.0
    return text.format(before=x1, previous=w1, pct=pct, rate1=r1, rate2=r2)


def _verdict(row: Dict, areas: List[str], sig_areas: List[str]) -> str:
    if len(areas) > 1:
        if not sig_areas:
            return tr("in each of the {n} areas this is within normal variation (not a significant change)").format(
                n=len(areas))
        return tr("the change is significant (after adjusting for the number of areas compared) in {k} "
                  "of the {n} areas: {names}").format(k=len(sig_areas), n=len(areas), names=", ".join(sig_areas))
    if _num(row.get("crimes_q")) is None:
        return tr("whether this is more than chance was not tested")
    if is_significant(row):
        q = float(row["crimes_q"])
        if q < 0.001:
            return tr("this is a real change, not chance (significant after adjusting for the number of areas "
                      "compared, q < 0.001)")
        return tr("this is a real change, not chance (significant after adjusting for the number of areas "
                  "compared, q = {q:.3f})").format(q=q)
    return tr("this is within normal variation (not a significant change)")


def crime_change_sentence(area: str, row: Dict) -> str:
    """'Recorded crime in <area> was 93 in January to February 2024, down 7% from 100 in November to December
    2023; this is within normal variation (not a significant change).' ('' without both counts)."""
    x1, x2 = _num(row.get("crimes_1")), _num(row.get("crimes_2"))
    if x1 is None or x2 is None:
        return ""
    x1, x2 = int(round(x1)), int(round(x2))
    p1, p2 = str(row.get("period_1") or ""), str(row.get("period_2") or "")
    w1, w2 = period_words(p1) or tr("the previous period"), period_words(p2) or tr("this period")
    if str(row.get("comparable", True)).strip().lower() in ("false", "0", "no"):
        why = str(row.get("coverage") or tr("the crime data does not fully cover both periods"))
        return tr("Recorded crime in {area} was {now:,} in {period} and {before:,} in {previous}; the two are not "
                  "comparable ({why}), so no change is claimed.").format(area=area, now=x2, period=w2, before=x1,
                                                                         previous=w1, why=why)
    t1, t2 = period_months(p1), period_months(p2)
    change = _change(x1, x2, t1, t2, w1) if (t1 and t2) else _change(x1, x2, 1, 1, w1)
    verdict = _verdict(row, list(row.get("area_names") or [area]), list(row.get("sig_areas") or []))
    return tr("Recorded crime in {area} was {now:,} in {period}, {change}; {verdict}.").format(
        area=area, now=x2, period=w2, change=change, verdict=verdict)
