"""Key contacts and advisory-group members of chosen areas: personal data, written only when asked and audited.

Who is listed: members of the workspace linked (through their postcode) to one of the chosen areas who are
flagged as a key contact or belong to one of the chosen groups (by default the advisory groups
:data:`DEFAULT_GROUPS`).  Groups are matched as message audiences match them (:func:`.messages._matches`: case,
spaces and the aliases of :data:`core.io.members.GROUP_ALIASES` ignored; a group no member has is an error naming
the groups present).  Consent is decided fail-closed by :func:`core.io.consent.messageable`: an opted-out member,
or one whose status is unknown, never appears.

What is written: member_id, the contact fields the workspace holds (name, email, phone: kept only when members
were imported with INCLUDE_CONTACTS), groups, key contact flag, area and street - nothing else.  The export is
refused unless ``confirm`` is true, and it is released only when its row in the workspace's audit
(:mod:`.audit`) is committed: no file without an audit row.  Only the Store interface is used here.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from ..i18n import QT_TR_NOOP
from ..io import consent
from ..io.members import CONTACT_FIELDS
from ..io.safe_csv import write_csv
from ..store.base import Store
from . import audit
from .messages import AudienceSet, _matches

ACTION = "export_key_contacts"
DEFAULT_GROUPS = ("IAG", "Key individual", "Key individuals")
CONFIRM = "CONFIRM_PERSONAL_DATA"
# shown translated by the caller: tr(NOT_IMPORTED)
NOT_IMPORTED = QT_TR_NOOP("the workspace holds no contact fields (name, email, phone): members were imported without "
                          "them. To list them, import the member export again into the workspace with 'Keep contact "
                          "fields' (INCLUDE_CONTACTS=true) in Import alert-platform members.")


@dataclass
class ContactsSpec:
    area_codes: List[str] = field(default_factory=list)
    all_areas: bool = False
    groups: List[str] = field(default_factory=list)       # empty: the advisory groups of DEFAULT_GROUPS
    key_contacts: bool = True                             # members flagged as key contacts, whatever their group
    confirm: bool = False

    def check(self) -> None:
        """Refused before anything is read or written (fail closed)."""
        if self.confirm is not True:
            raise LptInputError(tr("key contacts are personal data and are written only when explicitly asked; "
                                   "nothing was written"), CONFIRM,
                                tr("set {confirm}=true to confirm that you need this list for your role.").format(
                                    confirm=CONFIRM))
        if self.all_areas and self.area_codes:
            raise LptInputError(tr("give area codes or ask for all areas, not both"), "AREA_CODES", "")
        if not self.all_areas and not self.area_codes:
            raise LptInputError(tr("no area given: key contacts are listed for chosen areas"), "AREA_CODES",
                                tr("give the area codes (comma separated), or ask explicitly for all areas "
                                   "(ALL_AREAS)."))


def parse_list(text: str) -> List[str]:
    """'E05011541, E05011542' or 'IAG|Neighbourhood Watch; Key individual' -> the values, trimmed, in order."""
    import re
    out: List[str] = []
    for v in re.split(r"[,;|\n]", text or ""):
        v = v.strip()
        if v and v not in out:
            out.append(v)
    return out


def _flag(values: pd.Series) -> pd.Series:
    """The key contact flag as stored (1 / 0, True / False, 'yes' / 'no'); anything else is not a key contact."""
    num = pd.to_numeric(values, errors="coerce")
    text = consent.normalise_words(values.astype(object))
    return (num.fillna(0) != 0) | text.isin({"yes", "y", "true", "t"})


def _group_match(members: pd.DataFrame, spec: ContactsSpec) -> Tuple[pd.Series, List[str]]:
    """(members in the chosen groups, the groups asked).  Groups given are fail-closed (unknown: an error);
    the default advisory groups are matched where members have them."""
    if "groups" not in members.columns:
        members = members.assign(groups="")
    asked = list(spec.groups)
    if not asked:
        present = set(consent.normalise_words(members.groups.fillna("").astype(str).str.split("|").explode()))
        asked = [g for g in DEFAULT_GROUPS if consent.normalise_words(pd.Series([g])).iloc[0] in present]
        if not asked:
            return pd.Series(False, index=members.index), list(DEFAULT_GROUPS)
    return _matches(members, AudienceSet("group", tuple(asked))), asked


def _need(store: Store) -> None:
    missing = [t for t in ("members", "areas", "link_postcodes") if not store.has_table(t)]
    if missing:
        raise LptInputError(tr("the workspace has no {tables} yet").format(tables=", ".join(missing)), store.path,
                            tr("import members and areas into it and run Link community data on it first: members "
                               "are placed in their areas through their postcodes."))


def _codes(store: Store, spec: ContactsSpec) -> List[str]:
    known = sorted(set(store.read_table("areas", ["area_code"]).area_code.astype(str)))
    if spec.all_areas:
        return known
    codes = [c.strip().upper() for c in spec.area_codes if c.strip()]
    unknown = sorted(set(codes) - set(known))
    if unknown:
        raise LptInputError(tr("unknown area code(s): {codes}").format(codes=", ".join(unknown)), "AREA_CODES",
                            tr("use codes of the workspace's areas (e.g. {codes}).").format(
                                codes=", ".join(known[:5]) or tr("none yet")))
    return codes


def select(store: Store, spec: ContactsSpec) -> Tuple[pd.DataFrame, Dict]:
    """(the rows to write, what was asked and found - counts and column names only, no personal data)."""
    spec.check()
    _need(store)
    codes = _codes(store, spec)
    members = store.read_table("members")
    contacts = [c for c in CONTACT_FIELDS if c in members.columns]
    ok, _ = consent.messageable(members)                  # on every record of a member: an opt-out anywhere wins
    in_group, asked = _group_match(members, spec)
    flagged = _flag(members["key_contact"]) if spec.key_contacts and "key_contact" in members else False
    pc = store.read_table("link_postcodes", ["postcode", "street_id", "area_code"]).drop_duplicates("postcode")
    place = pc.set_index(pc.postcode.astype(str))
    area = members.postcode.astype(str).map(place.area_code).fillna("").astype(str)
    wanted = (in_group | flagged) & area.isin(codes)
    chosen = members[wanted & ok].assign(area_code=area)
    chosen = chosen[~consent.clean_key(chosen.member_id).duplicated()]
    withheld = 0
    if not contacts:                                      # not shown to this user: the store's audited door, if any
        chosen, contacts, withheld = _contacts_through_store(store, chosen, codes)
    rows = _rows(store, chosen, place, contacts)
    info = {"area_codes": codes, "all_areas": spec.all_areas, "groups": asked, "key_contacts": spec.key_contacts,
            "contact_fields": contacts, "not_listed_consent": int((wanted & ~ok).sum()), "columns": list(rows.columns),
            "contacts_withheld": withheld, "unreachable": unreachable(rows, contacts)}
    return rows, info


def unreachable(rows: pd.DataFrame, contacts: Sequence[str]) -> int:
    """How many listed rows carry neither an email nor a phone (among the contact fields written): an officer
    reaches them only at the door or through the alert platform."""
    ways = [c for c in ("email", "phone") if c in contacts]
    if not ways or not len(rows):
        return 0
    empty = np.logical_and.reduce([rows[c].fillna("").astype(str).str.strip().eq("").to_numpy() for c in ways])
    return int(empty.sum())


def _contacts_through_store(store: Store, chosen: pd.DataFrame,
                            codes: Sequence[str]) -> Tuple[pd.DataFrame, List[str], int]:
    """(chosen with the contact fields the store hands this user, audited, for the key contacts of each area
    asked - an area that is not theirs is refused there; those fields; how many listed members got none - not a key
    contact, or not clearly consenting on every record).  Unchanged when the store has no such door
    (:meth:`Store.contact_fields`)."""
    found = []
    for code in sorted(set(codes)):
        got = store.contact_fields(code)
        if got is None:
            return chosen, [], 0
        found.append(got)
    if not found:
        return chosen, [], 0
    by_id = pd.concat(found, ignore_index=True)
    by_id = by_id.assign(member_id=consent.clean_key(by_id.member_id)).drop_duplicates("member_id")
    by_id = by_id.set_index("member_id")
    fields = [c for c in CONTACT_FIELDS if c in by_id.columns]
    key = consent.clean_key(chosen.member_id)
    out = chosen.copy()
    for c in fields:
        out[c] = key.map(by_id[c]).values
    return out, fields, int((~key.isin(by_id.index)).sum())


def _rows(store: Store, chosen: pd.DataFrame, place: pd.DataFrame, contacts: Sequence[str]) -> pd.DataFrame:
    """The output rows: member_id, contact fields present, groups, key contact, area and street."""
    names = store.read_table("areas", ["area_code", "area_name"]).drop_duplicates("area_code")
    area_name = names.set_index(names.area_code.astype(str)).area_name
    streets = store.read_table("streets", ["street_id", "name"]) if store.has_table("streets") else \
        pd.DataFrame(columns=["street_id", "name"])
    street_name = streets.drop_duplicates("street_id").set_index("street_id").name
    street_id = chosen.postcode.astype(str).map(place.street_id).fillna("").astype(str)
    out = pd.DataFrame({"member_id": consent.clean_key(chosen.member_id).values})
    for c in contacts:
        out[c] = chosen[c].fillna("").astype(str).values
    out["groups"] = chosen.groups.fillna("").astype(str).values if "groups" in chosen else ""
    out["key_contact"] = ["yes" if f else "no" for f in (_flag(chosen["key_contact"]) if "key_contact" in chosen
                                                          else [False] * len(chosen))]
    out["area_code"] = chosen.area_code.values
    out["area_name"] = chosen.area_code.map(area_name).fillna("").values
    out["street"] = street_id.map(street_name).fillna(street_id).values
    return out.sort_values(["area_code", "street", "member_id"], kind="stable").reset_index(drop=True)


def export(store: Store, spec: ContactsSpec, path: str, who: str) -> Dict:
    """Write the key contacts of ``spec`` to the CSV ``path`` (cells neutralised) and record it in the audit.

    Fail closed: the file is written under a temporary name and put in place inside the audit's transaction; if
    the audit row cannot be written or committed, no file is left at ``path``.  Returns the info of
    :func:`select` with ``n_rows``, ``audit_id`` and ``path``.
    """
    rows, info = select(store, spec)
    path = os.path.abspath(path)
    tmp = os.path.join(os.path.dirname(path), f".lpt-{uuid.uuid4().hex[:16]}.part.csv")
    try:
        write_csv(rows, tmp, sync=True)
    except OSError as exc:
        raise LptInputError(tr("cannot write the output ({why}); nothing was recorded").format(why=exc.strerror),
                            path, tr("choose a writable folder.")) from exc
    detail = {"groups": info["groups"], "key_contacts": info["key_contacts"], "all_areas": info["all_areas"],
              "contact_fields": info["contact_fields"], "output": path}
    placed = False
    try:
        with store.transaction():
            info["audit_id"] = audit.record(store, who, ACTION, info["area_codes"], len(rows), detail)
            placed = _place(tmp, path)
    except BaseException as exc:
        if placed and os.path.exists(path):
            os.remove(path)                # the audit was not committed: the export is withdrawn
        if isinstance(exc, LptInputError) and exc.path != path:
            raise LptInputError(tr("the key contacts were not written: the export could not be recorded in the "
                                   "workspace's audit ({error})").format(error=exc), path, "") from exc
        raise
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return dict(info, n_rows=len(rows), path=path)


def _place(tmp: str, path: str) -> bool:
    """The written file put at its name (an error naming the output, not the workspace, if it cannot be)."""
    try:
        os.replace(tmp, path)
    except OSError as exc:
        raise LptInputError(tr("cannot write the output ({why}); the audit row is withdrawn").format(
            why=exc.strerror), path, tr("choose a writable folder and file name.")) from exc
    return True
