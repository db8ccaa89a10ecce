"""Alert-platform member export reader (Neighbourhood Alert / My Community Alert).

One row per member.  Required: member id, postcode, registration date.  Status
is normalised fail-closed (see :mod:`core.io.consent`): 'active', 'opted_out', or
'unknown' (blank or an unrecognised value: kept, counted, never messaged).  Opt-out
flag columns ("Unsubscribed", "Email Opt Out", ...) and an opt-out date make a
member opted out.  Opted-out members are kept so that every later step can honour
the opt-out.  A member id repeated (after trimming spaces and zero-width
characters) keeps its newest record (latest of updated, opt-out and registration
date; then the later row); the others are rejected as superseded, and an opt-out in
any record of the member, rejected ones included, wins.  Demographics are optional and
blank answers are normal: coverage per field is reported, blanks are never
rejected.  Contact fields (name, email, phone) are personal data and are only
kept when the caller asks for them (``include_contacts=True``).
"""
from __future__ import annotations

import os
import re
from typing import List

import pandas as pd

from . import consent
from .columns import ColumnSpec
from .csvsource import FILE, ROW
from .reader import RowChecker, TableReader
from .result import ImportResult, empty_rejects
from .validate import checked_dates, is_blank, iso_text, normalise_postcode, parse_bool, parse_dates
from .vocab import DEMOGRAPHIC_FIELDS
from ..i18n import tr

CONTACT_FIELDS = ["name", "email", "phone"]

SPECS = [
    ColumnSpec("member_id", ("Member ID", "memberid", "id", "user id", "contact id", "subscriber id"), True,
               "Platform's unique member id", "NA-000123"),
    ColumnSpec("postcode", ("post code", "postal code", "pcds", "pcd", "home postcode"), True,
               "Home postcode; case and spaces ignored", "HU3 2AA"),
    ColumnSpec("registered", ("registration date", "registered date", "date registered", "joined", "signup date",
                              "registered on", "created"), True, "Date the member signed up", "2023-04-15"),
    ColumnSpec("status", ("membership status", "account status", "member status", "subscription status"), False,
               "active / opted out / synonyms in resources/config/consent.csv (blank or other = unknown: never "
               "messaged)", "active"),
    ColumnSpec("opted_out", ("opt-out date", "opt out date", "opted out date", "unsubscribed date",
                             "date opted out", "optout date"), False, "Date of opting out", "2024-02-01"),
    ColumnSpec("updated", ("last updated", "updated at", "modified", "last modified", "date modified",
                           "status date", "last changed"), False, "When the record last changed (picks the newest "
               "of repeated ids)", "2024-03-01"),
    ColumnSpec("age_band", ("age", "age group", "age range"), False, "e.g. 35-44, 75+", "35-44"),
    ColumnSpec("gender", ("sex",), False, "", "Female"),
    ColumnSpec("ethnic_group", ("ethnicity", "ethnic origin", "ethnic background"), False,
               "Census 2021 broad group or finer", "White"),
    ColumnSpec("religion", ("religion or belief", "faith"), False, "", "Christian"),
    ColumnSpec("main_language", ("language", "first language", "preferred language"), False, "", "English"),
    ColumnSpec("disability", ("disabled", "has disability", "disability status"), False, "", "No"),
    ColumnSpec("groups", ("group memberships", "memberships", "group", "community groups"), False,
               "Multi-valued, separated by ; or |", "IAG; Neighbourhood Watch"),
    ColumnSpec("key_contact", ("key contact", "is key contact", "key contact flag"), False,
               "yes/no", "no"),
    ColumnSpec("name", ("full name", "member name", "contact name"), False, "personal", ""),
    ColumnSpec("email", ("email address", "e-mail", "e mail"), False, "personal", ""),
    ColumnSpec("phone", ("telephone", "mobile", "phone number", "mobile number"), False, "personal", ""),
]

NOT_STATED = {"prefer not to say", "not stated", "not known", "unknown", "n/a", "na", "declined",
              "rather not say", "-"}

GROUP_ALIASES = {
    "iag": "IAG", "independent advisory group": "IAG", "independent advisory group (iag)": "IAG",
    "nhw": "Neighbourhood Watch", "neighbourhood watch": "Neighbourhood Watch", "neighborhood watch": "Neighbourhood Watch",
    "hw": "Home Watch", "home watch": "Home Watch",
    "community association": "Community Association", "residents association": "Residents Association",
    "residents' association": "Residents Association", "tenants and residents association": "Residents Association",
    "farm watch": "Farm Watch", "business watch": "Business Watch", "pubwatch": "Pubwatch", "pub watch": "Pubwatch",
    "speed watch": "Community Speed Watch", "community speed watch": "Community Speed Watch",
    "faith group": "Faith Group", "youth group": "Youth Group",
}


def normalise_groups(s: pd.Series) -> pd.Series:
    """'iag; NHW | Friends of Pearson Park' -> 'IAG|Neighbourhood Watch|Friends Of Pearson Park'."""
    def one(v: str) -> str:
        if not v:
            return ""
        out: List[str] = []
        for part in re.split(r"[;|,/]", v):
            p = re.sub(r"\s+", " ", part).strip()
            if not p:
                continue
            g = GROUP_ALIASES.get(p.lower(), p if not p.islower() else p.title())
            if g not in out:
                out.append(g)
        return "|".join(out)
    uniq = {v: one(v) for v in s.unique()}
    return s.map(uniq)


class MembersReader(TableReader):
    kind = "members"
    specs = SPECS
    unique_key = None          # repeated ids are resolved over the whole import (newest wins, opt-out wins)
    internal_columns = ("__newest",)
    key_columns = ("member_id",)

    def __init__(self, paths, include_contacts: bool = False, today=None, **kw):
        super().__init__(paths, **kw)
        self.include_contacts = include_contacts
        self.today = pd.Timestamp(today) if today is not None else pd.Timestamp.today().normalize()
        self._opted_out_ids: set = set()
        self._flag_cols: List[str] = []

    def output_columns(self) -> List[str]:
        cols = ["member_id", "postcode", "registered", "status", "opted_out", *DEMOGRAPHIC_FIELDS,
                "groups", "key_contact"]
        return cols + (CONTACT_FIELDS if self.include_contacts else [])

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        chk.reject(is_blank(df.member_id), "member_id", tr("member id is blank"))
        chk.reject(is_blank(df.postcode), "postcode", tr("postcode is blank"))
        pc, ok = normalise_postcode(df.postcode)
        chk.reject(~ok, "postcode", tr("not a valid UK postcode"))
        df["postcode"] = pc
        chk.reject(is_blank(df.registered), "registered", tr("registration date is blank"))
        reg = checked_dates(chk, df.registered, "registered", tr("registration date"), self.today)
        state = consent.combine_states([consent.status_of(df.status), df["__flags"]], df.index)
        opt = parse_dates(df.opted_out)
        has_opt = ~is_blank(df.opted_out)
        state[has_opt] = consent.OPTED_OUT
        # an opt-out counts even when this row is rejected for another reason
        self._opted_out_ids.update(consent.clean_key(df.member_id)[state == consent.OPTED_OUT])
        chk.reject(has_opt & opt.isna(), "opted_out", tr("not a date (use YYYY-MM-DD or DD/MM/YYYY)"))
        chk.reject(has_opt & (opt < reg), "opted_out", tr("opt-out date is before the registration date"))
        upd = parse_dates(df.updated)
        chk.reject(~is_blank(df.updated) & upd.isna(), "updated", tr("not a date (use YYYY-MM-DD or DD/MM/YYYY)"))
        df["status"] = state
        df["__newest"] = pd.concat([reg, opt, upd], axis=1).max(axis=1)
        kc, kc_ok = parse_bool(df.key_contact)
        chk.reject(~kc_ok, "key_contact", tr("key contact flag is not yes/no"))
        df["key_contact"] = kc
        df["member_id"] = consent.clean_key(df.member_id)
        df["registered"] = iso_text(reg)
        df["opted_out"] = iso_text(opt).fillna("")
        df["groups"] = normalise_groups(df.groups)
        for f in DEMOGRAPHIC_FIELDS:
            v = df[f].str.replace(r"\s+", " ", regex=True).str.strip()
            df[f] = v.where(~v.str.lower().isin(NOT_STATED), "")

    def _canonical(self, src, chunk, mapping):
        out = super()._canonical(src, chunk, mapping)
        self._flag_cols = consent.flag_columns(src.header, exclude=list(mapping.values()))
        out["__flags"] = consent.combine_states([consent.flag_state(chunk[c]) for c in self._flag_cols], out.index)
        return out

    def iter_chunks(self):
        """All chunks at once: a repeated id may come later in the file or in a later file."""
        parts = list(super().iter_chunks())
        acc = pd.concat([a for a, _ in parts], ignore_index=True) if parts else None
        rej = [r for _, r in parts if len(r)]
        if acc is not None and len(acc):
            acc, superseded = self._resolve_repeats(acc)
            rej.append(superseded)
        if acc is None:
            return
        rej = pd.concat(rej, ignore_index=True).sort_values(["file", "row"], kind="stable") if rej else empty_rejects()
        yield acc[self.output_columns() + [FILE, ROW]], rej.reset_index(drop=True)

    def _resolve_repeats(self, acc: pd.DataFrame):
        files = {os.path.basename(st.path): i for i, st in enumerate(self.stats)}
        acc = acc.assign(__fileno=acc[FILE].map(files))
        acc = acc.sort_values(["__newest", "__fileno", ROW], na_position="first", kind="stable")
        later = acc.duplicated("member_id", keep="last")
        keep = acc[~later]
        old = acc[later]
        newer = keep.set_index("member_id")
        reason = tr("superseded by a newer record of the same member ({file} row {row})")
        superseded = pd.DataFrame({
            "file": old[FILE].values, "row": old[ROW].astype("int64").values, "column": "member_id",
            "value": old.member_id.values,
            "reason": [reason.format(file=f, row=r) for f, r in
                       zip(newer.loc[old.member_id, FILE].values, newer.loc[old.member_id, ROW].values)]})
        for name, n in old[FILE].value_counts().items():
            st = self.stats[files[name]]
            st.accepted -= int(n)
            st.rejected += int(n)
        keep = keep.copy()
        out_anywhere = keep.member_id.isin(self._opted_out_ids) & (keep.status != consent.OPTED_OUT)
        keep.loc[out_anywhere, "status"] = consent.OPTED_OUT
        if out_anywhere.any():
            self.notes.append(tr("{n} member(s) are opted out because another record of theirs "
                                 "says so (an opt-out anywhere wins)").format(n=int(out_anywhere.sum())))
        return keep.sort_values([ "__fileno", ROW]).drop(columns="__fileno"), superseded

    def finish(self, result: ImportResult) -> None:
        result.extra["coverage"] = coverage(result.accepted)
        acc = result.accepted
        if len(acc):
            result.extra["opted_out"] = int((acc.status == consent.OPTED_OUT).sum())
            unknown = int((acc.status == consent.UNKNOWN).sum())
            result.extra["unknown_status"] = unknown
            if unknown:
                self.notes.append(tr("{n:,} member(s) have a blank or unrecognised status: they are kept but never "
                                     "messaged (add active synonyms to resources/config/consent.csv if that is "
                                     "wrong)").format(n=unknown))


def coverage(members: pd.DataFrame) -> pd.DataFrame:
    """Share of members who answered each optional field (blank / 'prefer not to say' = not answered)."""
    rows = []
    n = len(members)
    for f in DEMOGRAPHIC_FIELDS + ["groups"]:
        if f not in members:
            continue
        given = int((members[f].astype(str) != "").sum())
        rows.append({"field": f, "answered": given, "blank": n - given,
                     "coverage_pct": round(100.0 * given / n, 1) if n else 0.0})
    return pd.DataFrame(rows, columns=["field", "answered", "blank", "coverage_pct"])
