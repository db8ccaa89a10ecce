"""Quarterly survey responses reader.

Trust and confidence come either as Likert numbers 1-5 or as the agree /
disagree wording; "don't know" and blanks are kept as missing, not rejected.
Local priorities are a multi-select from the category list in
``resources/config/priority_categories.csv`` (aliases accepted, e.g. 'ASB').
The wave (e.g. '2024-Q1') is taken from the file or derived from the submitted
date.
"""
from __future__ import annotations

import re
from typing import List

import numpy as np
import pandas as pd

from .columns import ColumnSpec
from ..config import priority_categories
from ..errors import LptInputError
from .reader import RowChecker, TableReader
from .validate import checked_dates, is_blank, iso_text
from ..i18n import tr

SPECS = [
    ColumnSpec("response_id", ("Response ID", "responseid", "survey response id", "id"), True, "", "R-000001"),
    ColumnSpec("member_id", ("Member ID", "memberid", "respondent id", "user id"), True, "", "NA-000123"),
    ColumnSpec("submitted", ("submitted date", "date submitted", "submitted at", "response date", "completed",
                             "date"), True, "", "2024-02-11"),
    ColumnSpec("wave", ("survey wave", "quarter", "period", "survey period"), False, "YYYY-Qn", "2024-Q1"),
    ColumnSpec("trust", ("trust in police", "i trust the police", "trust score", "trust rating"), False,
               "1-5 or agree wording", "Agree"),
    ColumnSpec("confidence", ("confidence in local police", "overall confidence", "confidence score",
                              "confidence rating"), False, "1-5 or agree wording", "4"),
    ColumnSpec("priorities", ("local priorities", "priority", "top priorities", "local priority"), False,
               "multi-select, ; or | separated", "drugs; anti-social behaviour"),
    ColumnSpec("concern", ("free text concern", "concerns", "comments", "what concerns you most", "free text"),
               False, "free text", "Cars speeding past the school"),
]

LIKERT_WORDS = {
    "strongly agree": 5, "agree": 4, "tend to agree": 4, "somewhat agree": 4,
    "neither agree nor disagree": 3, "neither": 3, "neutral": 3,
    "disagree": 2, "tend to disagree": 2, "somewhat disagree": 2, "strongly disagree": 1,
    "very confident": 5, "fairly confident": 4, "not very confident": 2, "not at all confident": 1,
}
LIKERT_MISSING = {"", "don't know", "dont know", "do not know", "prefer not to say", "n/a", "not answered", "-"}
WAVE_RE = r"^(\d{4})\s*[-/ ]?\s*Q([1-4])$"


def parse_likert(s: pd.Series):
    """Return (float 1..5 or NaN, valid mask)."""
    low = s.str.strip().str.lower().str.replace("’", "'", regex=False)
    num = pd.to_numeric(low, errors="coerce")
    words = low.map(LIKERT_WORDS)
    val = num.where(num.notna(), words)
    missing = low.isin(LIKERT_MISSING)
    valid = missing | (val.notna() & (val == val.round()) & val.between(1, 5))
    return val.where(valid & ~missing), valid


def wave_of(dates: pd.Series) -> pd.Series:
    """'2024-Q1' for each date ('<NA>-Q<NA>' for none), built once per distinct quarter."""
    code = (dates.dt.year * 4 + dates.dt.quarter - 1).fillna(-1).astype(np.int64).to_numpy()
    uniq, inverse = np.unique(code, return_inverse=True)
    labels = np.array([f"{u // 4}-Q{u % 4 + 1}" if u >= 0 else "<NA>-Q<NA>" for u in uniq.tolist()], dtype=object)
    return pd.Series(labels[inverse], index=dates.index)


class SurveysReader(TableReader):
    kind = "survey responses"
    specs = SPECS
    unique_key = "response_id"
    key_columns = ("response_id", "member_id")

    def __init__(self, paths, categories_path: str = "", today=None, **kw):
        super().__init__(paths, **kw)
        self.cat_lookup, self.categories = priority_categories(categories_path)
        self.today = pd.Timestamp(today) if today is not None else pd.Timestamp.today().normalize()

    def output_columns(self) -> List[str]:
        return ["response_id", "member_id", "submitted", "wave", "trust", "confidence", "priorities", "concern"]

    def open(self, path):
        src = super().open(path)
        from .columns import match_columns
        m = match_columns(src.header, self.specs, self.column_map, path).mapping
        if not {"trust", "confidence", "priorities"} & set(m):
            raise LptInputError(
                tr("no trust, confidence or local priorities column found (columns present: {columns})").format(
                    columns=", ".join(src.header)), path,
                tr("map them, e.g. COLUMN_MAP 'trust=Q1 Trust;confidence=Q2 Confidence'."))
        return src

    def _priorities(self, s: pd.Series):
        cats = self.cat_lookup

        def one(v: str):
            if not v:
                return "", ""
            out, bad = [], []
            for part in re.split(r"[;|]", v):
                p = re.sub(r"\s+", " ", part).strip()
                if not p:
                    continue
                c = cats.get(p.lower())
                if c is None:
                    bad.append(p)
                elif c not in out:
                    out.append(c)
            return "|".join(out), ", ".join(bad)
        uniq = {v: one(v) for v in s.unique()}
        norm = s.map(lambda v: uniq[v][0])
        bad = s.map(lambda v: uniq[v][1])
        return norm, bad

    @staticmethod
    def _check_wave_dates(chk: RowChecker, parts: pd.DataFrame, sub: pd.Series, wave_raw: pd.Series) -> None:
        """A response cannot be submitted before its wave's quarter starts, nor more than a quarter after it ends
        (late answers to a quarterly survey come in the next quarter, not later)."""
        year, q = pd.to_numeric(parts[0], errors="coerce"), pd.to_numeric(parts[1], errors="coerce")
        start = pd.to_datetime(pd.DataFrame({"year": year, "month": (q - 1) * 3 + 1, "day": 1}), errors="coerce")
        late = pd.to_datetime(pd.DataFrame({"year": year + (q + 1) // 4, "month": ((q + 1) % 4) * 3 + 1, "day": 1}),
                              errors="coerce")          # the start of the second quarter after the wave's
        bad = sub.notna() & start.notna() & ((sub < start) | (sub >= late))
        if bad.any():
            template = tr("the wave ({wave}) does not match the submitted date ({date}): a response is submitted "
                          "within its wave's quarter or the quarter after")
            reason = pd.Series("", index=bad.index, dtype=object)
            reason[bad] = [template.format(wave=w, date=d) for w, d in
                           zip(wave_raw[bad], sub[bad].dt.strftime("%Y-%m-%d"))]
            chk.reject(bad, "wave", reason)

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        chk.reject(is_blank(df.response_id), "response_id", tr("response id is blank"))
        chk.reject(is_blank(df.member_id), "member_id", tr("member id is blank"))
        sub = checked_dates(chk, df.submitted, "submitted", tr("submitted date"), self.today)
        wave_raw = df.wave.str.upper().str.strip()
        parts = wave_raw.str.extract(WAVE_RE)
        given = wave_raw != ""
        chk.reject(given & parts[0].isna(), "wave", tr("wave is not like 2024-Q1"))
        derived = wave_of(sub)
        self._check_wave_dates(chk, parts, sub, wave_raw)
        df["wave"] = (parts[0] + "-Q" + parts[1]).where(parts[0].notna(), derived)
        for f in ("trust", "confidence"):
            val, ok = parse_likert(df[f])
            chk.reject(~ok, f, tr("{field} is not 1-5 or the agree/disagree wording").format(field=f))
            df[f] = val
        norm, bad = self._priorities(df.priorities)
        unknown = tr("unknown local priority: {given} (known: {known})")
        known = ", ".join(self.categories)
        hit = bad != ""
        chk.reject(hit, "priorities", bad.where(~hit, bad[hit].map(lambda b: unknown.format(given=b, known=known))))
        df["priorities"] = norm
        df["concern"] = df.concern.str.replace(r"\s+", " ", regex=True).str.strip()
        df["submitted"] = iso_text(sub)
