"""Door-knock visit log reader (the platform's or the force's own log).

One row per household visited: visit id, date, postcode, outcome (registered,
no answer, declined, already registered, leaflet left), team, an anonymous
household reference and the member id when the visit registered someone.
Exact addresses are never needed and never kept.
"""
from __future__ import annotations

from typing import List

import pandas as pd

from .columns import ColumnSpec
from .reader import RowChecker, TableReader
from .validate import checked_dates, is_blank, iso_text, normalise_postcode
from ..i18n import tr

SPECS = [
    ColumnSpec("visit_id", ("Visit ID", "id", "visit ref"), True, "", "V00000001"),
    ColumnSpec("date", ("visit date", "visited", "date visited"), True, "", "2024-03-14"),
    ColumnSpec("postcode", ("post code", "pcds"), True, "", "HU9 2SL"),
    ColumnSpec("outcome", ("result", "visit outcome"), True,
               "registered / no answer / declined / already registered / leaflet left", "registered"),
    ColumnSpec("team", ("officer team", "npt", "neighbourhood team"), False, "", "NPT East"),
    ColumnSpec("household_ref", ("household ref", "household", "uprn hash"), False, "anonymous", "H000123456"),
    ColumnSpec("member_id", ("Member ID", "registered member"), False, "when registered", "M0004911"),
]
OUTCOMES = {"registered": "registered", "signed up": "registered", "no answer": "no answer", "not in": "no answer",
            "declined": "declined", "refused": "declined", "already registered": "already registered",
            "already a member": "already registered", "leaflet left": "leaflet left", "card left": "leaflet left"}


class VisitsReader(TableReader):
    kind = "door-knock visits"
    specs = SPECS
    unique_key = "visit_id"
    key_columns = ("visit_id", "member_id", "household_ref")

    def __init__(self, paths, today=None, **kw):
        super().__init__(paths, **kw)
        self.today = pd.Timestamp(today) if today is not None else pd.Timestamp.today().normalize()

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        chk.reject(is_blank(df.visit_id), "visit_id", tr("visit id is blank"))
        d = checked_dates(chk, df.date, "date", tr("visit date"), self.today)
        pc, ok = normalise_postcode(df.postcode)
        chk.reject(~ok, "postcode", tr("not a valid UK postcode"))
        out = df.outcome.str.strip().str.lower().map(OUTCOMES)
        chk.reject(out.isna(), "outcome", tr("outcome is not one of: {outcomes}").format(
            outcomes=", ".join(sorted(set(OUTCOMES.values())))))
        chk.reject((out == "registered") & is_blank(df.member_id), "member_id",
                   tr("outcome 'registered' without the member id"))
        df["date"], df["postcode"], df["outcome"] = iso_text(d), pc, out
