"""Alert-platform member export reader (Neighbourhood Alert / My Community Alert).

One row per member.  Required: member id, postcode, registration date.  Status
is 'active' or 'opted out' (with the opt-out date); opted-out members are kept
so that every later step can honour the opt-out.  Demographics are optional and
blank answers are normal: coverage per field is reported, blanks are never
rejected.  Contact fields (name, email, phone) are personal data and are only
kept when the caller asks for them (``include_contacts=True``).
"""
from __future__ import annotations

import re
from typing import List

import pandas as pd

from .columns import ColumnSpec
from .reader import RowChecker, TableReader
from .result import ImportResult
from .validate import is_blank, normalise_postcode, parse_bool, parse_dates

DEMOGRAPHIC_FIELDS = ["age_band", "gender", "ethnic_group", "religion", "main_language", "disability"]
CONTACT_FIELDS = ["name", "email", "phone"]

SPECS = [
    ColumnSpec("member_id", ("Member ID", "memberid", "id", "user id", "contact id", "subscriber id"), True,
               "Platform's unique member id", "NA-000123"),
    ColumnSpec("postcode", ("post code", "postal code", "pcds", "pcd", "home postcode"), True,
               "Home postcode; case and spaces ignored", "HU3 2AA"),
    ColumnSpec("registered", ("registration date", "registered date", "date registered", "joined", "signup date",
                              "registered on", "created"), True, "Date the member signed up", "2023-04-15"),
    ColumnSpec("status", ("membership status", "account status", "member status"), False,
               "active / opted out (blank = active)", "active"),
    ColumnSpec("opted_out", ("opt-out date", "opt out date", "opted out date", "unsubscribed date",
                             "date opted out", "optout date"), False, "Date of opting out", "2024-02-01"),
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

ACTIVE = {"active", "a", "subscribed", "registered", "live", "current", ""}
OPTED_OUT = {"opted out", "opted-out", "optedout", "opt out", "opt-out", "optout", "unsubscribed",
             "withdrawn", "deregistered", "closed", "o"}

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
    unique_key = "member_id"

    def __init__(self, paths, include_contacts: bool = False, today=None, **kw):
        super().__init__(paths, **kw)
        self.include_contacts = include_contacts
        self.today = pd.Timestamp(today) if today is not None else pd.Timestamp.today().normalize()

    def output_columns(self) -> List[str]:
        cols = ["member_id", "postcode", "registered", "status", "opted_out", *DEMOGRAPHIC_FIELDS,
                "groups", "key_contact"]
        return cols + (CONTACT_FIELDS if self.include_contacts else [])

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        chk.reject(is_blank(df.member_id), "member_id", "member id is blank")
        chk.reject(is_blank(df.postcode), "postcode", "postcode is blank")
        pc, ok = normalise_postcode(df.postcode)
        chk.reject(~ok, "postcode", "not a valid UK postcode")
        df["postcode"] = pc
        reg = parse_dates(df.registered)
        chk.reject(is_blank(df.registered), "registered", "registration date is blank")
        chk.reject(reg.isna(), "registered", "not a date (use YYYY-MM-DD or DD/MM/YYYY)")
        chk.reject(reg > self.today + pd.Timedelta(days=1), "registered", "registration date is in the future")
        chk.reject(reg < pd.Timestamp("2000-01-01"), "registered", "registration date is before 2000")
        st_low = df.status.str.lower().str.strip()
        active = st_low.isin(ACTIVE)
        out = st_low.isin(OPTED_OUT)
        chk.reject(~(active | out), "status", "status is not 'active' or 'opted out'")
        opt = parse_dates(df.opted_out)
        has_opt = ~is_blank(df.opted_out)
        chk.reject(has_opt & opt.isna(), "opted_out", "not a date (use YYYY-MM-DD or DD/MM/YYYY)")
        chk.reject(has_opt & active & (st_low != ""), "opted_out",
                   "status says active but an opt-out date is given")
        chk.reject(has_opt & (opt < reg), "opted_out", "opt-out date is before the registration date")
        # a blank status with an opt-out date means opted out
        df["status"] = "active"
        df.loc[out | has_opt, "status"] = "opted_out"
        kc, kc_ok = parse_bool(df.key_contact)
        chk.reject(~kc_ok, "key_contact", "key contact flag is not yes/no")
        df["key_contact"] = kc
        df["registered"] = reg.dt.strftime("%Y-%m-%d")
        df["opted_out"] = opt.dt.strftime("%Y-%m-%d").fillna("")
        df["groups"] = normalise_groups(df.groups)
        for f in DEMOGRAPHIC_FIELDS:
            v = df[f].str.replace(r"\s+", " ", regex=True).str.strip()
            df[f] = v.where(~v.str.lower().isin(NOT_STATED), "")

    def finish(self, result: ImportResult) -> None:
        result.extra["coverage"] = coverage(result.accepted)
        acc = result.accepted
        if len(acc):
            result.extra["opted_out"] = int((acc.status == "opted_out").sum())


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
