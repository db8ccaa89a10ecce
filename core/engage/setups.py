"""Targeted door-knocking set-ups, kept in the workspace: several open at once, archived rather than deleted.

A set-up is made from (a) the top N priority streets of a patch, (b) the areas where a community is
under-represented, or (c) criteria (include / exclude / must on areas and streets, fail-closed as message
audiences are: a value the workspace does not have is an error, never an empty or a silently wider list).  Its
target list (:mod:`.setup_targets`) is stored with it; archiving sets its status, nothing is ever deleted.
Only the :class:`~..store.base.Store` interface is used here.
"""
from __future__ import annotations

from contextlib import contextmanager

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import List, Optional, Sequence

import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from ..store.base import Store
from .messages import _matches, parse_audience
from ..link.stored import with_setup_visits
from .setup_places import PLACE_FIELDS, enrich
from .setup_targets import target_list
from .visit_outcomes import current

SOURCES = ("top_streets", "community", "criteria")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CRITERIA_FIELDS = ("area", "street", *PLACE_FIELDS)
CRITERION = re.compile(r"^(include|exclude|must)\s+([a-z_]+)\s*=\s*(.*)$", re.IGNORECASE)
SOURCE_PARAMETER = {"top_streets": "PRIORITY_STREETS", "community": "AREA_CODES", "criteria": "CRITERIA"}


@dataclass
class SetupSpec:
    name: str
    team: str
    source: str
    start_date: str = ""
    end_date: str = ""
    area_codes: List[str] = field(default_factory=list)
    top_n: int = 20
    community: str = ""
    criteria: str = ""
    revisit: bool = False
    created_by: str = ""

    def check(self) -> None:
        """Parameters checked before anything is read or written."""
        if not self.name.strip():
            raise LptInputError(tr("a set-up needs a name"), "NAME", tr("e.g. 'Orchard Park door-knock, spring'."))
        if self.source not in SOURCES:
            raise LptInputError(tr("set-up source {source!r} is not one of {sources}").format(
                source=self.source, sources=", ".join(SOURCES)), "SOURCE",
                tr("choose one of {sources}.").format(sources=", ".join(SOURCES)))
        for key, d in (("START_DATE", self.start_date), ("END_DATE", self.end_date)):
            if d:
                try:
                    if not ISO_DATE.match(d):        # 20240301 or 2024-W14-7: read by Python, compared as text
                        raise ValueError(d)
                    date.fromisoformat(d)
                except ValueError:
                    raise LptInputError(tr("{value!r} is not a date (YYYY-MM-DD)").format(value=d), key,
                                        tr("write e.g. 2024-03-01.")) from None
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise LptInputError(tr("the set-up ends ({end}) before it starts ({start})").format(
                end=self.end_date, start=self.start_date), "END_DATE",
                tr("give an end date on or after the start date, or leave END_DATE blank."))
        if self.source == "community" and not self.area_codes:
            raise LptInputError(tr("a community set-up needs the areas where the community is under-represented"),
                                "AREA_CODES", tr("give the area codes (from the community profile)."))
        if self.source == "criteria" and not _criteria_sets(self.criteria):
            raise LptInputError(tr("a criteria set-up needs at least one criterion"), "CRITERIA",
                                tr("e.g. 'include area=E05011541; exclude street=...'."))


def _table(store: Store, name: str, columns: Optional[Sequence[str]] = None) -> Optional[pd.DataFrame]:
    return store.read_table(name, columns) if store.has_table(name) else None


DEFAULT_MAX_DISTANCE = 150.0


def _need(store: Store, *names: str) -> None:
    missing = [n for n in names if not store.has_table(n)]
    if missing:
        raise LptInputError(tr("the workspace has no {tables} yet").format(tables=", ".join(missing)), store.path,
                            tr("import them into the workspace first (the WORKSPACE parameter of the import "
                               "algorithms)."))


def choose_streets(spec: SetupSpec, pc: pd.DataFrame, streets: pd.DataFrame,
                   ranked: Optional[pd.DataFrame]) -> tuple:
    """(the set-up's streets: street_id, street_name, priority (0/1), street_rank; the postcodes chosen, or None
    for every postcode of those streets).  Areas and criteria choose postcodes: a street crossing the edge of
    the areas asked for brings only its postcodes inside them."""
    names = streets.drop_duplicates("street_id").set_index("street_id").name.astype(str)
    _check_ranked(ranked, names.index.astype(str))
    if spec.source == "top_streets":
        if ranked is None or not len(ranked):
            raise LptInputError(tr("no priority streets to choose from"), "PRIORITY_STREETS",
                                tr("run Priority streets and give its layer."))
        r = ranked.assign(street_id=ranked.street_id.astype(str))
        if spec.area_codes:
            r = r[r.area_code.astype(str).isin(spec.area_codes)]
        top = r.sort_values("rank").head(spec.top_n)
        return pd.DataFrame({"street_id": top.street_id.values, "street_name": top.street_id.map(names).fillna(
            top.get("name", "")).values, "priority": 1, "street_rank": top["rank"].astype(int).values}), None
    places = pc.assign(street_id=pc.street_id.astype(str), area_code=pc.area_code.astype(str))
    places = places[places.street_id != ""]
    if spec.source == "community":
        chosen = places[places.area_code.isin(spec.area_codes)]
    else:
        with _as_criteria():
            chosen = places[_criteria(places, _criteria_sets(spec.criteria))]
        if not len(chosen):
            raise LptInputError(tr("no postcode meets the criteria ({criteria})").format(
                criteria=spec.criteria), "CRITERIA", tr("loosen the criteria: fewer 'must' or 'exclude' sets, or "
                                                       "more values or areas to include."))
    ids = sorted(chosen.street_id.unique())
    rank = ranked.set_index(ranked.street_id.astype(str))["rank"] if ranked is not None and len(ranked) else None
    return pd.DataFrame({"street_id": ids, "street_name": [names.get(i, "") for i in ids],
                         "priority": [int(rank is not None and i in rank.index and rank[i] <= spec.top_n) for i in ids],
                         "street_rank": [int(rank[i]) if rank is not None and i in rank.index else None for i in ids]}), \
        set(chosen.postcode)


def _check_ranked(ranked: Optional[pd.DataFrame], street_ids: pd.Index) -> None:
    """A priority streets layer is of this workspace's streets: one ranked on another workspace (or before the
    streets were imported again) silently shrank a set-up to the few ids the two happen to share."""
    if ranked is None or not len(ranked):
        return
    ids = ranked.street_id.astype(str)
    foreign = ids[~ids.isin(street_ids)]
    if len(foreign):
        raise LptInputError(tr("{n:,} of the {total:,} streets of the priority streets layer are not streets of this "
                               "workspace (e.g. {examples}): it was ranked on another workspace, or before the "
                               "streets were imported again; nothing was stored").format(
                                   n=len(foreign), total=len(ids), examples=", ".join(foreign.head(3))),
                            "PRIORITY_STREETS", tr("run Priority streets on this workspace and give its layer."))


@contextmanager
def _as_criteria():
    """A set-up's criteria are read by the message audiences' code: its errors are said of CRITERIA."""
    try:
        yield
    except LptInputError as exc:
        if exc.path != "AUDIENCE":
            raise
        raise LptInputError(exc.message, "CRITERIA", exc.fix or tr("correct the criteria, e.g. 'include "
                                                                   "area=E05011541; exclude street=...'.")) from None


def _criteria_sets(text: str):
    """The criteria as audience sets; each part is checked first (:func:`_check_criterion`)."""
    for part in re.split(r"[;\n]", text or ""):
        if part.strip():
            _check_criterion(part.strip())
    with _as_criteria():
        return parse_audience(text)


def _check_criterion(part: str) -> None:
    """A part that cannot be read, is on a field set-ups do not select by, or gives no value is an error of
    CRITERIA saying what set-up criteria are."""
    example = tr("write e.g. 'include area=E05011541; must imd_decile=1|2; exclude street=Hessle Road'.")
    m = CRITERION.match(part)
    if m is None:
        raise LptInputError(tr("cannot read criterion '{part}' (include, exclude or must, a field, '=' and values "
                               "separated by |)").format(part=part), "CRITERIA", example)
    if m.group(2).lower() not in CRITERIA_FIELDS:
        raise LptInputError(tr("set-up criteria can be on {fields}, not {bad}").format(
            fields=", ".join(CRITERIA_FIELDS), bad=m.group(2)), "CRITERIA", example)
    if not [v for v in m.group(3).split("|") if v.strip()]:
        raise LptInputError(tr("criterion '{part}' gives no value").format(part=part), "CRITERIA", example)


def _criteria(places: pd.DataFrame, sets) -> pd.Series:
    """include (union) / must / exclude on the places' area and street, as message audiences are refined."""
    keep = pd.Series(True, index=places.index)
    inc = [s for s in sets if s.mode == "include"]
    if inc:
        keep &= pd.concat([_matches(places, s) for s in inc], axis=1).any(axis=1)
    for s in sets:
        if s.mode == "must":
            keep &= _matches(places, s)
        elif s.mode == "exclude":
            keep &= ~_matches(places, s)
    return keep


def next_id(store: Store) -> str:
    """The next set-up id, over every set-up (a supervisor's other areas' included: ids never collide)."""
    return f"S{store.next_number('lpt_setups', 'setup_id', 'S'):04d}"


def create(store: Store, spec: SetupSpec, ranked: Optional[pd.DataFrame] = None,
           addresses: Optional[pd.DataFrame] = None) -> tuple:
    """Store a new open set-up and its target list in one transaction; returns (setup_id, targets)."""
    spec.check()
    _need(store, "streets", "areas", "members")
    if not store.has_table("link_postcodes"):              # never linked: linked now (only what is new after)
        from ..link.cache import ensure_stored_links
        ensure_stored_links(store, DEFAULT_MAX_DISTANCE)
    pc = store.read_table("link_postcodes")
    streets = store.read_table("streets", ["street_id", "name"])
    areas = store.read_table("areas", ["area_code", "area_name"])
    unknown = sorted(set(spec.area_codes) - set(areas.area_code.astype(str)))
    if unknown:
        raise LptInputError(tr("unknown area code(s): {codes}").format(codes=", ".join(unknown)), "AREA_CODES",
                            tr("use codes of the workspace's areas."))
    if spec.source == "criteria":            # deprivation, classification, confidence: read only when asked
        with _as_criteria():
            pc = enrich(store, pc, {st.field for st in _criteria_sets(spec.criteria)})
    chosen, postcodes = choose_streets(spec, pc, streets, ranked)
    targets = target_list(pc, chosen, areas, store.read_table("members"), _table(store, "census_households"),
                          with_setup_visits(store, _table(store, "visits")), spec.revisit, addresses, only=postcodes)
    if not len(targets):
        raise LptInputError(tr("the set-up has no postcode to visit"), SOURCE_PARAMETER[spec.source],
                            tr("choose other streets or areas, or include households already registered (REVISIT)."))
    with store.transaction():
        setup_id = next_id(store)
        store.append_rows("lpt_setups", pd.DataFrame([_row(spec, setup_id, targets)]))
        store.append_rows("lpt_setup_targets", targets.assign(setup_id=setup_id))
    return setup_id, targets


def _row(spec: SetupSpec, setup_id: str, targets: pd.DataFrame) -> dict:
    codes = spec.area_codes or sorted(targets.area_code.astype(str).unique())
    criteria = {"top_n": spec.top_n, "community": spec.community, "criteria": spec.criteria}
    return {"setup_id": setup_id, "name": spec.name.strip(), "team": spec.team.strip(), "source": spec.source,
            "criteria": json.dumps(criteria), "area_codes": json.dumps(codes), "revisit": int(spec.revisit),
            "start_date": spec.start_date, "end_date": spec.end_date, "status": "open",
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "created_by": spec.created_by,
            "archived_at": ""}


def setup_row(store: Store, setup_id: str) -> pd.Series:
    """The set-up's row; a clear error naming the set-ups there are when it is not in the workspace."""
    rows = _table(store, "lpt_setups")
    if rows is None or setup_id not in set(rows.setup_id.astype(str)):
        known = ", ".join(rows.setup_id.astype(str)) if rows is not None and len(rows) else tr("none")
        raise LptInputError(tr("the workspace has no set-up {setup_id!r} (set-ups: {known})").format(
            setup_id=setup_id, known=known), "SETUP_ID", tr("give an id lpt:createsetup returned."))
    return rows[rows.setup_id.astype(str) == setup_id].iloc[0]


def archive(store: Store, setup_id: str) -> str:
    """Archive a set-up: its status becomes 'archived'; it, its list, visits and reports are all kept.
    Returns a sentence saying what happened (already archived is said, not an error)."""
    row = setup_row(store, setup_id)
    if row.status == "archived":
        return tr("Set-up {setup_id} ({name}) was already archived on {at}; nothing changed.").format(
            setup_id=setup_id, name=row["name"], at=row.archived_at)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    changed = store.update_rows("lpt_setups", "setup_id", [setup_id], {"status": "archived", "archived_at": now})
    if not changed:                        # row-level security let the role read the set-up but not change it
        raise LptInputError(tr("set-up {setup_id} ({name}) was not archived: your role may read it but not change it "
                               "(it reaches areas that are not yours)").format(setup_id=setup_id, name=row["name"]),
                            "SETUP_ID", tr("ask an analyst, or a supervisor of every area it reaches, to archive it."))
    return tr("Set-up {setup_id} ({name}) archived; its target list, visits and reports are kept.").format(
        setup_id=setup_id, name=row["name"])


def listing(store: Store) -> pd.DataFrame:
    """Every set-up with its counts: postcodes and households targeted, visits recorded."""
    s = _table(store, "lpt_setups")
    if s is None or not len(s):
        return pd.DataFrame(columns=["setup_id", "name", "team", "status", "postcodes", "households", "visits"])
    t = store.read_table("lpt_setup_targets", ["setup_id", "postcode", "households_est"])
    v = current(_table(store, "lpt_visit_outcomes", ["setup_id", "visit_id", "edited_at"]))
    s["postcodes"] = s.setup_id.map(t.groupby("setup_id").size()).fillna(0).astype(int)
    s["households"] = s.setup_id.map(t.groupby("setup_id").households_est.sum()).fillna(0).round(0)
    s["visits"] = s.setup_id.map(v.groupby("setup_id").size() if v is not None else pd.Series(dtype=int)) \
        .fillna(0).astype(int)
    return s
