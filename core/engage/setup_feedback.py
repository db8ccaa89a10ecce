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

from ..i18n import tr
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
        team = self.team or tr("Your neighbourhood team")
        if not self.visits:
            text = tr("{team} has planned door-to-door visits in {areas}.") if area_names else \
                tr("{team} has planned door-to-door visits.")
            return text.format(team=team, areas=area_names)
        doors = tr("1 door") if self.visits == 1 else tr("{n} doors").format(n=self.visits)
        text = self._knocked(bool(area_names)).format(team=team, doors=doors, areas=area_names, first=self.first,
                                                      last=self.last, contacted=self.contacted)
        if self.registered:
            joined = tr("1 resident joined to hear from us directly.") if self.registered == 1 else \
                tr("{n} residents joined to hear from us directly.").format(n=self.registered)
            text = f"{text} {joined}"
        return text

    def _knocked(self, where: bool) -> str:
        """The sentence of the visits made, with or without the areas and the dates (placeholders unfilled)."""
        if self.first and self.last and self.first != self.last:
            return tr("{team} knocked on {doors} in {areas} between {first} and {last}; residents answered at "
                      "{contacted} of them.") if where else \
                tr("{team} knocked on {doors} between {first} and {last}; residents answered at {contacted} of them.")
        if self.first:
            return tr("{team} knocked on {doors} in {areas} on {first}; residents answered at {contacted} of "
                      "them.") if where else \
                tr("{team} knocked on {doors} on {first}; residents answered at {contacted} of them.")
        return tr("{team} knocked on {doors} in {areas}; residents answered at {contacted} of them.") if where else \
            tr("{team} knocked on {doors}; residents answered at {contacted} of them.")


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
