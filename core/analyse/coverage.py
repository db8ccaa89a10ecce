"""Which months of a period an input has data for: comparisons are made only on comparable periods.

police.uk publishes one file a month and forces' extracts cover what was asked for, so a period can be
covered fully, partly or not at all. A period with no data for an input that an algorithm needs is an
error; a partial one is said in the log and the report; a change between two periods is called
significant only when both are fully covered (otherwise: "not comparable: ...").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List

import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from .insight import Period


def months_in(period: Period) -> List[str]:
    return [str(m) for m in pd.period_range(period.start, period.end, freq="M")]


@dataclass(frozen=True)
class Coverage:
    period: Period
    present: tuple
    missing: tuple

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def months(self) -> int:
        return len(self.present)

    def _figures(self) -> dict:
        gaps = ", ".join(self.missing[:6]) + (" …" if len(self.missing) > 6 else "")
        return dict(period=self.period.name, n=len(self.present), total=len(self.present) + len(self.missing),
                    gaps=gaps)

    def describe(self) -> str:
        if self.missing:
            return tr("{period} has data for {n} of {total} month(s) (missing {gaps})").format(**self._figures())
        return tr("{period} has data for {n} of {total} month(s)").format(**self._figures())


def coverage(months_present: Iterable[str], period: Period) -> Coverage:
    have = {str(m) for m in months_present if m}
    wanted = months_in(period)
    return Coverage(period, tuple(m for m in wanted if m in have), tuple(m for m in wanted if m not in have))


def require(months_present: Iterable[str], period: Period, what: str = "crime", source: str = "CRIMES") -> Coverage:
    """Coverage of ``period``; an error when it has no data at all."""
    months_present = sorted({str(m) for m in months_present if m})
    cov = coverage(months_present, period)
    if not cov.present:
        span = f"{months_present[0]}..{months_present[-1]}" if months_present else tr("none")
        raise LptInputError(tr("no {what} data for {period} (the {what} layer has months {span})").format(
            what=what, period=period.name, span=span), source,
            tr("choose a period the data covers, or import the missing months."))
    return cov


def comparability_note(c1: Coverage, c2: Coverage) -> str:
    """'' when both periods are fully covered, else the plain-words reason a change is not comparable."""
    if c1.complete and c2.complete:
        return ""
    parts = []           # whole sentences: no slicing of a text that may be translated
    if not c1.complete:
        parts.append(tr("previous period has data for {n} of {total} month(s) (missing {gaps})").format(**c1._figures()))
    if not c2.complete:
        parts.append(tr("this period has data for {n} of {total} month(s) (missing {gaps})").format(**c2._figures()))
    return tr("not comparable: {reasons}").format(reasons="; ".join(parts))
