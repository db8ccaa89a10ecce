"""Visit outcomes back from the phones: checked row by row, kept per edit, the newest edit current.

A returned package is untrusted input.  Each visit is accepted or rejected with its column and reason: a
visit id that is not a UUID, a blank set-up id or a visit of another set-up, an outcome outside the value list, a
postcode not on the set-up's list (for a user whom row-level security limits to their areas: not in one of their
areas), a date that cannot be read or lies in the future, a point recorded far from its postcode, an officer that
would start a spreadsheet formula, holds a control character or is too long to be a name or number.
Notes are free text: one that would start a spreadsheet formula is neutralised, one holding a UK phone number or
an email has it replaced by ``[removed]`` (dates and times are kept); both say so in ``note_flag``.  The same
visit edited twice keeps both edits (the newest edit wins, and is current); importing the same file again adds
nothing.
"""
from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Dict, List

import numpy as np
import pandas as pd

from ..i18n import tr
from ..io.safe_csv import DANGEROUS
from ..io.validate import normalise_postcode
from ..store.schema import LOOP_TABLES, OUTCOME_LABELS, OUTCOMES, current_outcomes

# a UK number as people write it: 07700 900123, 07700-900-123, +44 7700 900123, +44 (0)7700 900123, 0044 7700...,
# 01482 123456, (01482) 123456, 020 7946 0018, 0113 496 0000. Its code is three or more digits together and the
# rest in groups of three or four, so a date (12/03/2024, 2024-03-12, 12 03 2024) or a time (14:05, 0930-1030)
# never is one; a match is taken for a number only with the 10 or 11 digits of a UK number (_uk_number).
PHONE = re.compile(r"(?<![\d+])(?:(?:\+|00)44[ -]?(?:\(0\)[ -]?)?|\(?0)[1-9]\d{1,4}\)?(?:[ -]?\d{3,4}){1,3}(?!\d)")
EMAIL = re.compile(r"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+")
REMOVED = "[removed]"
OFFICER_MAX = 100                          # characters: a name, rank and collar number fit many times over
COLUMNS = [c for c, _ in LOOP_TABLES["lpt_visit_outcomes"]]
KEY = ["visit_id", "edited_at"]


@dataclass
class Checked:
    accepted: pd.DataFrame
    rejects: pd.DataFrame           # file, row (feature id), column, value, reason


def _uuid(v) -> str:
    try:
        return str(uuid.UUID(str(v).strip().strip("{}")))
    except (ValueError, AttributeError):
        return ""


ISO_START = r"^\d{4}-\d{1,2}-\d{1,2}(?:[ T]|$)"       # year first: '05/03/2024' is not read either way


def _when(s: pd.Series) -> pd.Series:
    """ISO dates and times ('YYYY-MM-DD[Thh:mm:ss[Z]]', or OGR's 'YYYY/MM/DD ...') as UTC timestamps; NaT where
    blank or not written year first."""
    text = s.astype("string").str.replace("/", "-", regex=False).str.strip().fillna("")
    text = text.where(text.str.match(ISO_START), "")
    parsed = {v: pd.to_datetime(v, errors="coerce", utc=True) if v else pd.NaT for v in text.unique()}
    return pd.to_datetime(text.map(parsed), utc=True)


def _uk_number(match: "re.Match") -> str:
    """[removed] for a phone number (10 or 11 digits written nationally, 0 first); the text kept otherwise."""
    text = match.group().replace("(0)", "")
    digits = re.sub(r"\D", "", text)
    if text.startswith(("+", "00")):
        digits = "0" + digits[len("0044") if text.startswith("00") else len("44"):]
    return REMOVED if 10 <= len(digits) <= 11 else match.group()


def scrub(text: str) -> str:
    """``text`` with each UK phone number and email replaced by [removed]."""
    return EMAIL.sub(REMOVED, PHONE.sub(_uk_number, text))


def clean_note(note: pd.Series) -> tuple:
    """(note as stored, flag): personal data replaced by [removed], a formula neutralised; both flagged."""
    text = note.fillna("").astype(str)
    cache = {t: scrub(t) for t in text.unique()}
    out = pd.Series([cache[t] for t in text], index=text.index, dtype=object)     # also when there are none
    personal = out != text
    formula = out.str.startswith(DANGEROUS)
    out = out.where(~formula, "'" + out)
    p, f = personal.to_numpy(bool), formula.to_numpy(bool)
    flag = np.select([p & f, p, f], [tr("phone number or email removed; formula neutralised"),
                                     tr("phone number or email removed"), tr("formula neutralised")], "")
    return out, pd.Series(flag, index=note.index, dtype=object)


def _text(v) -> str:
    """A stored value as text; NULL as ''."""
    return "" if v is None or (isinstance(v, float) and v != v) else str(v)


class _Rejects:
    def __init__(self, df: pd.DataFrame, path: str):
        self.df, self.path, self.rows = df, path, []
        self.raw = df.copy()            # the values as the file has them, for the rejects (not as checked)
        self.ok = pd.Series(True, index=df.index)

    def reject(self, mask: pd.Series, column: str, reason) -> None:
        mask = mask & self.ok
        for i in np.flatnonzero(mask.to_numpy()):
            idx = self.df.index[i]
            why = reason(self.df.loc[idx]) if callable(reason) else reason
            self.rows.append({"file": self.path, "row": int(self.df.at[idx, "fid"]), "column": column,
                              "value": _text(self.raw.at[idx, column]) if column in self.raw else "", "reason": why})
        self.ok &= ~mask


def check(visits: pd.DataFrame, meta: Dict[str, str], targets: pd.DataFrame, path: str, now: pd.Timestamp,
          max_distance: float, narrowed: bool = False) -> Checked:
    """Accepted visits (columns of ``lpt_visit_outcomes``) and the rejected ones with their reasons; ``targets``
    is the set-up's stored list (postcode, easting, northing, street_id) as the user sees it - ``narrowed``: only
    the postcodes of their areas (row-level security)."""
    v = visits.copy()
    r = _Rejects(v, path)
    setup_id = meta["setup_id"]
    v["visit_id"] = v.visit_id.map(_uuid)
    r.reject(v.visit_id == "", "visit_id", tr("not a UUID: the visit was not made by the package's form"))
    _check_setup(v, r, setup_id)
    r.reject(~v.outcome.isin(OUTCOMES), "outcome", tr("not one of the outcomes: {outcomes}").format(
        outcomes=", ".join(f"{o} ({tr(OUTCOME_LABELS[o])})" for o in OUTCOMES)))
    listed = targets.drop_duplicates("postcode").set_index("postcode")
    _check_postcode(v, r, listed, setup_id, narrowed)
    _check_officer(v, r)
    _check_when(v, r, now, meta)
    _check_place(v, r, listed, max_distance)
    ok = v[r.ok].copy()
    ok["street_id"] = ok.postcode.map(listed.street_id).astype(str)
    ok["note"], ok["note_flag"] = clean_note(ok.note)
    ok = _newest(ok, r)
    return Checked(ok, pd.DataFrame(r.rows, columns=["file", "row", "column", "value", "reason"]))


def _check_setup(v: pd.DataFrame, r: _Rejects, setup_id: str) -> None:
    given = v.setup_id.fillna("").astype(str)
    r.reject(given.str.strip() == "", "setup_id", tr("setup_id is blank"))
    r.reject(given != setup_id, "setup_id", lambda row: tr("a visit of set-up {other!r} in the package of "
                                                           "{setup_id}").format(other=row.setup_id, setup_id=setup_id))


def _check_postcode(v: pd.DataFrame, r: _Rejects, listed: pd.DataFrame, setup_id: str, narrowed: bool) -> None:
    """A postcode on the set-up's list; for a user limited to their areas, the list of their areas is all they see,
    so a postcode not on it is said to be outside their areas, not off the list."""
    v["postcode"], _ = normalise_postcode(v.postcode.fillna(""))
    why = tr("not a postcode on set-up {setup_id}'s list").format(setup_id=setup_id)
    if narrowed:
        why = tr("not in one of your areas: your role sees and records only the postcodes of your areas on set-up "
                 "{setup_id}'s list, and this one is not among them (an analyst, or a supervisor of its area, can "
                 "import this visit)").format(setup_id=setup_id)
    r.reject(~v.postcode.isin(listed.index), "postcode", why)


def officer_problem(value) -> str:
    """Why an officer value from the phone cannot be stored ('' when it can): too long, a control or invisible
    character, or a start a spreadsheet would run as a formula."""
    text = _text(value)
    if len(text) > OFFICER_MAX:
        return tr("{length:,} characters long: an officer's name or number has at most {most}").format(
            length=len(text), most=OFFICER_MAX)
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text):
        return tr("holds a control or invisible character (a line break, tab or the like): the officer's name or "
                  "number is one line of plain text")
    if text.startswith(DANGEROUS):
        return tr("starts with {char!r}, which a spreadsheet would run as a formula: give the officer's name or "
                  "number").format(char=text[0])
    return ""


def _check_officer(v: pd.DataFrame, r: _Rejects) -> None:
    why = v.officer.map({o: officer_problem(o) for o in v.officer.dropna().unique()}).fillna("")
    r.reject(why != "", "officer", lambda row: why[row.name])


def _check_when(v: pd.DataFrame, r: _Rejects, now: pd.Timestamp, meta: Dict[str, str]) -> None:
    day = _when(v.visit_date)
    r.reject(day.isna(), "visit_date", tr("not a date written year first (YYYY-MM-DD)"))
    r.reject(day.dt.normalize() > now.normalize(), "visit_date", tr("a date in the future"))
    _check_window(day, r, meta)
    edited = _when(v.edited_at)
    given = v.edited_at.fillna("").astype(str).str.strip() != ""
    r.reject(given & edited.isna(), "edited_at", tr("not a date and time written year first (YYYY-MM-DDThh:mm:ss)"))
    edited = edited.where(edited.notna(), day)              # no edit time: the visit's day
    r.reject(edited > now + pd.Timedelta(minutes=5), "edited_at", tr("edited in the future (the phone's clock?)"))
    v["visit_date"] = day.dt.strftime("%Y-%m-%d")
    v["edited_at"] = edited.dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_window(day: pd.Series, r: _Rejects, meta: Dict[str, str]) -> None:
    """A visit within the set-up's dates (those set: START_DATE, END_DATE)."""
    start, end = meta.get("start_date") or "", meta.get("end_date") or ""
    d = day.dt.strftime("%Y-%m-%d")
    if start:
        r.reject(day.notna() & (d < start), "visit_date", tr("before the set-up's start ({start})").format(
            start=start))
    if end:
        r.reject(day.notna() & (d > end), "visit_date", tr("after the set-up's end ({end})").format(end=end))


def _check_place(v: pd.DataFrame, r: _Rejects, listed: pd.DataFrame, max_distance: float) -> None:
    r.reject(v.x.isna() | v.y.isna(), "geometry", tr("the visit has no location"))
    e = v.postcode.map(listed.easting).astype(float)
    n = v.postcode.map(listed.northing).astype(float)
    far = np.hypot(v.x.astype(float) - e, v.y.astype(float) - n)
    r.reject(far > max_distance, "geometry", lambda row: tr(
        "recorded {distance:,.0f} m from its postcode {postcode} (more than {limit:,.0f} m): the point was moved or "
        "the postcode is wrong").format(distance=far[row.name], postcode=row.postcode, limit=max_distance))


def _newest(ok: pd.DataFrame, r: _Rejects) -> pd.DataFrame:
    """One row per visit and edit time; the same visit edited twice in the file keeps both, the newest current.
    Two different outcomes with the same edit time cannot be ordered: both are rejected."""
    key = _key(ok, KEY)
    content = _key(ok, ["outcome", "postcode", "visit_date", "note"])
    clash = key.duplicated(keep=False) & (content.groupby(key).transform("nunique") > 1)
    copy = ~clash & key.duplicated(keep="first")
    for why, mask in ((tr("two different outcomes for this visit with the same edit time"), clash),
                      (tr("a second copy of the same visit edit (the first is kept)"), copy)):
        for _, row in ok[mask].iterrows():
            r.rows.append({"file": r.path, "row": int(row.fid), "column": "visit_id", "value": row.visit_id,
                           "reason": why})
    return ok[~clash & ~copy]


def _key(df: pd.DataFrame, columns: List[str]) -> pd.Series:
    out = df[columns[0]].astype(str)
    for c in columns[1:]:
        out = out + "\x1f" + df[c].astype(str)
    return out


current = current_outcomes                 # the newest edit of each visit (the store's rule)


def new_rows(accepted: pd.DataFrame, stored: pd.DataFrame, path: str) -> tuple:
    """(the accepted visit edits the workspace does not hold yet, rejects): importing a file twice adds nothing;
    an edit that differs from the stored one of the same visit and edit time is rejected, the stored one kept."""
    empty = pd.DataFrame(columns=["file", "row", "column", "value", "reason"])
    if stored is None or not len(stored):
        return accepted, empty
    fields = ["outcome", "postcode", "visit_date", "note"]
    old = stored.assign(_k=_key(stored, KEY)).drop_duplicates("_k").set_index("_k")
    key = _key(accepted, KEY)
    held = key.isin(old.index)
    same = pd.Series(True, index=accepted.index)
    for f in fields:
        same &= accepted[f].astype(str) == key.map(old[f]).astype(str)
    clash = held & ~same
    why = tr("differs from the stored edit of this visit with the same edit time: the stored one is kept")
    rej = pd.DataFrame({"file": path, "row": accepted.fid[clash].astype(int), "column": "edited_at",
                        "value": accepted.edited_at[clash], "reason": why})
    return accepted[~held], rej if len(rej) else empty


def moved_targets(package: pd.DataFrame, targets: pd.DataFrame, path: str, tolerance: float = 1.0,
                  narrowed: bool = False) -> pd.DataFrame:
    """Target postcodes whose point was moved (or that were added or renamed) on the phone: listed, never used -
    the stored list is the set-up's.  ``narrowed`` (the user sees the postcodes of their areas only): the others
    cannot be checked and are left out, not called added."""
    t = targets.drop_duplicates("postcode").set_index("postcode")
    if narrowed:
        package = package[package.postcode.isin(t.index)]
    e, n = package.postcode.map(t.easting).astype(float), package.postcode.map(t.northing).astype(float)
    far = np.hypot(package.x.astype(float) - e, package.y.astype(float) - n)
    bad = far.isna() | (far > tolerance)
    added = tr("a postcode that is not on the set-up's list was added or renamed on the phone (ignored: the stored "
               "list is kept)")
    moved = tr("the postcode's point was moved on the phone (ignored: the stored list is kept)")
    reason = np.where(e.isna(), added, moved)
    return pd.DataFrame({"file": path, "row": package.fid[bad].astype(int), "column": "geometry",
                         "value": package.postcode[bad].astype(str),
                         "reason": pd.Series(reason, index=package.index)[bad]})


def outcome_rows(accepted: pd.DataFrame, source: str, imported_at: str) -> pd.DataFrame:
    out = accepted.assign(source_file=source, imported_at=imported_at)
    return out.reindex(columns=COLUMNS).fillna("")
