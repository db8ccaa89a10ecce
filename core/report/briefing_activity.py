"""Set-up and message activity in a briefing pack's area, from the workspace's engagement-loop tables and the
message log: per set-up the postcodes targeted in the area, doors knocked there and their outcomes; per message
its date, channel, area and audience. Counts only: never a member, an officer, a name or an address; counts of
people under ``suppress`` are shown as "<5"."""
from __future__ import annotations

from typing import List, Optional

import pandas as pd

from ..engage.area_figures import rows_for_area
from ..i18n import QT_TR_NOOP, tr
from ..store.base import Store
from ..store.schema import current_outcomes
from .briefing import count, inside

SETUPS = [QT_TR_NOOP("Set-up"), QT_TR_NOOP("Team"), QT_TR_NOOP("Status"), QT_TR_NOOP("Dates"),
          QT_TR_NOOP("Postcodes here"), QT_TR_NOOP("Doors knocked"), QT_TR_NOOP("Registered"), QT_TR_NOOP("Surveyed")]
MESSAGES = [QT_TR_NOOP("Date"), QT_TR_NOOP("Channel"), QT_TR_NOOP("Area"), QT_TR_NOOP("Subject"),
            QT_TR_NOOP("Audience")]
STATUS = {"open": QT_TR_NOOP("open"), "archived": QT_TR_NOOP("archived")}        # lpt_setups.status as shown


class Activity:
    """The workspace's set-ups, their targets and current visit outcomes, and the message log's messages."""

    def __init__(self, setups=None, targets=None, visits=None, messages=None):
        self.setups, self.targets, self.visits, self.messages = setups, targets, visits, messages

    @classmethod
    def from_store(cls, store: Optional[Store], messages: Optional[pd.DataFrame] = None) -> "Activity":
        if store is None or not store.has_table("lpt_setups"):
            return cls(messages=messages)
        setups = store.read_table("lpt_setups", ["setup_id", "name", "team", "status", "start_date", "end_date"])
        targets = store.read_table("lpt_setup_targets", ["setup_id", "postcode", "easting", "northing"])
        visits = current_outcomes(store.read_table("lpt_visit_outcomes"))
        return cls(setups, targets, visits[["setup_id", "postcode", "outcome"]] if len(visits) else None, messages)


def setup_rows(act: Activity, polygon, suppress: int) -> List[List[str]]:
    if act.setups is None or act.targets is None or not len(act.setups):
        return []
    here = inside(act.targets, polygon)
    rows = []
    for s in act.setups.sort_values("setup_id").itertuples():
        t = here[here.setup_id == s.setup_id]
        if not len(t):
            continue
        v = act.visits if act.visits is not None else pd.DataFrame(columns=["setup_id", "postcode", "outcome"])
        v = v[(v.setup_id == s.setup_id) & v.postcode.isin(set(t.postcode))]
        status = str(s.status or "")
        rows.append([f"{s.setup_id} {s.name}", str(s.team or ""), tr(STATUS[status]) if status in STATUS else status,
                     tr("{start} to {end}").format(start=s.start_date or "", end=s.end_date or ""),
                     f"{t.postcode.nunique():,}", f"{len(v):,}",
                     count((v.outcome == "registered").sum(), suppress),
                     count((v.outcome == "surveyed").sum(), suppress)])
    return rows


def message_rows(act: Activity, polygon, suppress: int) -> List[List[str]]:
    """Messages whose area overlaps the pack's area (touching along an edge is not overlapping)."""
    import shapely
    m = act.messages
    if m is None or not len(m) or polygon is None:
        return []
    m = m.assign(geometry=[shapely.from_wkb(w) if w is not None else None for w in m.area_wkb])
    m = rows_for_area(m, area_geom=polygon)
    return [[str(r.created)[:10], str(r.channel or ""), str(r.area_label or ""), str(r.subject or ""),
             count(r.audience_size, suppress)] for r in m.sort_values("created").itertuples()]
