"""Supervisors' progress of door-knocking set-ups: per set-up, team and week, from the workspace's tables.

Every figure is a count or a rate of counts and reconciles to the rows it comes from: visits are the current
outcome of each recorded visit (its newest edit), households targeted the set-up's target list, registrations
the visits whose outcome is ``registered``, survey responses those of members living in the set-up's postcodes
submitted while it ran.  The target community's share among members who joined in those postcodes while it
ran is set beside its share among those who joined before, with Wilson intervals, suppressed below the
threshold.  Never a member, a name or an address.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import List, Optional

import numpy as np
import pandas as pd

from ..analyse.intervals import wilson_interval
from ..engage.visit_outcomes import current
from ..io import consent
from ..store.base import Store

CONTACTED = ("declined", "registered", "surveyed", "already_registered")
WEEK_COLUMNS = ["setup_id", "name", "team", "week", "visits", "contacts", "contact_rate", "registered",
                "surveyed", "not_in", "declined", "already_registered", "no_access"]


@dataclass
class Progress:
    setups: pd.DataFrame          # one row per set-up: totals, rates, representation
    weeks: pd.DataFrame           # one row per set-up and week (Monday)


def _week(dates: pd.Series) -> pd.Series:
    d = pd.to_datetime(dates, errors="coerce")
    return (d - pd.to_timedelta(d.dt.weekday, unit="D")).dt.strftime("%Y-%m-%d")


def weekly(visits: pd.DataFrame, setups: pd.DataFrame) -> pd.DataFrame:
    """Visits and outcomes per set-up and week (weeks start on Monday)."""
    if not len(visits):
        return pd.DataFrame(columns=WEEK_COLUMNS)
    v = visits.assign(week=_week(visits.visit_date))
    counts = pd.crosstab([v.setup_id, v.week], v.outcome)
    for o in ("registered", "surveyed", "not_in", "declined", "already_registered", "no_access"):
        if o not in counts:
            counts[o] = 0
    counts["visits"] = counts[["registered", "surveyed", "not_in", "declined", "already_registered",
                               "no_access"]].sum(axis=1)
    counts["contacts"] = counts[list(CONTACTED)].sum(axis=1)
    counts["contact_rate"] = (counts.contacts / counts.visits).round(3)
    out = counts.reset_index().merge(setups[["setup_id", "name", "team"]], on="setup_id", how="left")
    return out[WEEK_COLUMNS].sort_values(["setup_id", "week"]).reset_index(drop=True)


def _in(members: pd.DataFrame, community: str) -> pd.Series:
    """Members who said they are of ``community`` (any of ethnic group, religion, main language); NaN = no answer."""
    want = consent.normalise_words(pd.Series([community])).iloc[0]
    cols = [c for c in ("ethnic_group", "religion", "main_language") if c in members]
    answered = pd.Series(False, index=members.index)
    hit = pd.Series(False, index=members.index)
    for c in cols:
        words = consent.normalise_words(members[c].fillna("").astype(str))
        answered |= words != ""
        hit |= words == want
    return hit.where(answered)


def representation(members: pd.DataFrame, postcodes: set, start: str, community: str, suppress: int) -> dict:
    """The community's share among members of the set-up's postcodes who joined before ``start`` and since."""
    if not community:
        return {}
    m = members[members.postcode.astype(str).isin(postcodes)]
    joined = pd.to_datetime(m.registered, errors="coerce")
    since = joined >= pd.Timestamp(start[:10])
    out = {}
    for label, sel in (("before", ~since & joined.notna()), ("since", since)):
        flag = _in(m[sel], community).dropna()
        n, k = len(flag), int(flag.sum())
        lo, hi = wilson_interval(k, n) if n else (np.nan, np.nan)
        shown = n >= suppress
        out.update({f"community_{label}_answered": n, f"community_{label}_share": round(k / n, 3) if shown else None,
                    f"community_{label}_lo": round(lo, 3) if shown else None,
                    f"community_{label}_hi": round(hi, 3) if shown else None})
    return out


def _survey_responses(store: Store, members: pd.DataFrame, postcodes: set, start: str, end: str) -> int:
    """Responses from members living in the set-up's postcodes, submitted from its start to its end (or now)."""
    if not store.has_table("surveys"):
        return 0
    s = store.read_table("surveys", ["response_id", "member_id", "submitted"])
    ids = set(consent.clean_key(members[members.postcode.astype(str).isin(postcodes)].member_id))
    when = pd.to_datetime(s.submitted, errors="coerce")
    upto = pd.Timestamp(end[:10]) + pd.Timedelta(days=1) if end else pd.Timestamp.max
    sel = consent.clean_key(s.member_id).isin(ids) & (when >= pd.Timestamp(start[:10])) & (when < upto)
    return int(s[sel].response_id.nunique())


def _one(store: Store, row: pd.Series, targets: pd.DataFrame, visits: pd.DataFrame, members: pd.DataFrame,
         suppress: int) -> dict:
    t = targets[targets.setup_id == row.setup_id]
    v = visits[visits.setup_id == row.setup_id]
    postcodes = set(t.postcode.astype(str))
    start = str(row.start_date or row.created_at)[:10]
    contacts = int(v.outcome.isin(CONTACTED).sum())
    out = {"setup_id": row.setup_id, "name": row["name"], "team": row.team, "status": row.status,
           "start": start, "end": str(row.end_date or ""), "postcodes": len(t),
           "households_targeted": round(float(t.households_to_visit.fillna(0).sum()), 1),
           "households_unknown": int(t.households_to_visit.isna().sum()), "visits": len(v),
           "postcodes_visited": int(v.postcode.nunique()), "contacts": contacts,
           "contact_rate": round(contacts / len(v), 3) if len(v) else None,
           "registered": int((v.outcome == "registered").sum()), "surveyed": int((v.outcome == "surveyed").sum()),
           "survey_responses": _survey_responses(store, members, postcodes, start, str(row.end_date or ""))}
    targeted = out["households_targeted"]
    out["coverage"] = round(len(v) / targeted, 3) if targeted else None
    community = json.loads(row.criteria or "{}").get("community", "") if str(row.criteria or "").startswith("{") \
        else ""
    out["community"] = community
    out.update(representation(members, postcodes, start, community, suppress))
    return out


def build(store: Store, setup_ids: Optional[List[str]] = None, team: str = "", suppress: int = 5) -> Progress:
    """The progress of the chosen set-ups (all open ones when none is named), optionally of one team."""
    setups = store.read_table("lpt_setups") if store.has_table("lpt_setups") else pd.DataFrame()
    if not len(setups):
        return Progress(pd.DataFrame(), pd.DataFrame(columns=WEEK_COLUMNS))
    chosen = setups[setups.setup_id.isin(setup_ids)] if setup_ids else setups[setups.status == "open"]
    if team:
        chosen = chosen[consent.normalise_words(chosen.team) == consent.normalise_words(pd.Series([team])).iloc[0]]
    targets = store.read_table("lpt_setup_targets", where={"setup_id": list(chosen.setup_id)})
    visits = current(store.read_table("lpt_visit_outcomes", where={"setup_id": list(chosen.setup_id)}))
    members = store.read_table("members")
    ok, _ = consent.messageable(members)
    members = members[ok]                   # opted-out members are not counted anywhere
    rows = [_one(store, r, targets, visits, members, suppress) for _, r in chosen.iterrows()]
    return Progress(pd.DataFrame(rows), weekly(visits, chosen))
