"""'You said, we did' from a targeted set-up: which areas hear back, and what was done there, in aggregates.

A set-up's areas are the audience (the message dock's usual guards apply: opted-out members are never messaged,
small audiences are refused). What was done is told in counts only - doors knocked, households reached, people
who joined - from the set-up's recorded outcomes; never a name, an address or a member.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import List, Optional

import pandas as pd

from ..store.base import Store
from .setups import setup_row
from .visit_outcomes import current

CONTACTED = ("registered", "surveyed", "declined", "already_registered")


@dataclass
class SetupFeedback:
    setup_id: str
    name: str
    team: str
    area_codes: List[str]
    visits: int
    households: int
    contacted: int
    registered: int
    first: str
    last: str

    def sentence(self, area_names: str = "") -> str:
        """What was done, in one or two sentences a resident reads (aggregates only)."""
        where = f" in {area_names}" if area_names else ""
        when = f" between {self.first} and {self.last}" if self.first and self.last and self.first != self.last \
            else (f" on {self.first}" if self.first else "")
        if not self.visits:
            return f"{self.team or 'Your neighbourhood team'} has planned door-to-door visits{where}."
        joined = (f" {self.registered} {'resident' if self.registered == 1 else 'residents'} joined"
                  " to hear from us directly." if self.registered else "")
        return (f"{self.team or 'Your neighbourhood team'} knocked on {self.visits} "
                f"{'door' if self.visits == 1 else 'doors'}{where}{when}; residents answered at {self.contacted} of "
                f"them.{joined}")


def setup_ids(store: Store) -> pd.DataFrame:
    """The workspace's set-ups (setup_id, name, team, status), newest first; empty when it has none."""
    if not store.has_table("lpt_setups"):
        return pd.DataFrame(columns=["setup_id", "name", "team", "status"])
    s = store.read_table("lpt_setups", ["setup_id", "name", "team", "status", "created_at"])
    return s.sort_values("created_at", ascending=False).drop(columns="created_at").reset_index(drop=True)


def _codes(text: Optional[str], store: Store, setup_id: str) -> List[str]:
    codes = json.loads(text) if text else []
    if not codes and store.has_table("lpt_setup_targets"):
        t = store.read_table("lpt_setup_targets", ["area_code"], where={"setup_id": [setup_id]})
        codes = sorted(t.area_code.dropna().astype(str).unique())
    return [str(c) for c in codes]


def feedback(store: Store, setup_id: str) -> SetupFeedback:
    """Areas and aggregate outcomes of one set-up (recorded visits through the workspace's outcomes table)."""
    row = setup_row(store, setup_id)
    out = store.read_table("lpt_visit_outcomes", where={"setup_id": [setup_id]}) \
        if store.has_table("lpt_visit_outcomes") else None
    out = current(out)
    dates = sorted(d for d in out.visit_date.dropna().astype(str) if d)
    return SetupFeedback(
        setup_id=setup_id, name=str(row.get("name") or ""), team=str(row.get("team") or ""),
        area_codes=_codes(row.get("area_codes"), store, setup_id), visits=len(out),
        households=int(out.postcode.nunique()), contacted=int(out.outcome.isin(CONTACTED).sum()),
        registered=int((out.outcome == "registered").sum()),
        first=dates[0][:10] if dates else "", last=dates[-1][:10] if dates else "")
