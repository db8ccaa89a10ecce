"""Vectorised value parsers and validators shared by the readers."""
from __future__ import annotations

import re
from typing import Iterable, Optional, Tuple

import numpy as np
import pandas as pd

from ..i18n import tr

_PC_RE = r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][ABD-HJLNP-UW-Z]{2})$"
PC_PATTERN = re.compile(_PC_RE)


def normalise_postcode(s: pd.Series) -> Tuple[pd.Series, pd.Series]:
    """Return (canonical postcode 'HU1 1AA' or '', valid mask).

    Case and spaces are ignored ('hu11aa', 'HU1  1AA', ' Hu1 1aa ' all give
    'HU1 1AA'); the format follows the Royal Mail rules for outward and inward
    codes.  'GIR 0AA' is accepted.
    """
    s = s.astype(str)
    if not "".join(s.tolist()).isascii():          # full-width or other compatibility forms: their plain letters
        s = s.str.normalize("NFKC")
    compact = s.str.upper().str.replace(r"[^A-Z0-9]", "", regex=True)
    parts = compact.str.extract(_PC_RE)
    valid = parts[0].notna() | (compact == "GIR0AA")
    canon = (parts[0].fillna("") + " " + parts[1].fillna("")).where(parts[0].notna(), "")
    canon = canon.where(compact != "GIR0AA", "GIR 0AA")
    return canon, valid


DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M",
                "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d-%m-%Y", "%Y/%m/%d", "%d.%m.%Y",
                "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S.%fZ", "%d %b %Y", "%d %B %Y")


_TZ_RE = r"(?:Z|[+-]\d{2}:?\d{2})$"
LOCAL_TZ = "Europe/London"


def _parse_zoned(s: pd.Series) -> pd.Series:
    """ISO 8601 times with a zone ('Z', '+01:00'): to UK local time, without the zone (documented)."""
    t = pd.to_datetime(s, errors="coerce", utc=True, format="ISO8601") if pd.__version__ >= "2" else \
        pd.to_datetime(s, errors="coerce", utc=True)
    return t.dt.tz_convert(LOCAL_TZ).dt.tz_localize(None)


def _holds_any(s: pd.Series, needles) -> bool:
    """Whether any value of the text column ``s`` contains any of ``needles``: one search of the values joined,
    not a regular expression per value (a date-only column has no 'T' and no ':')."""
    joined = "\x00".join(s.tolist())
    return any(n in joined for n in needles)


def parse_dates(s: pd.Series, formats: Iterable[str] = DATE_FORMATS) -> pd.Series:
    """Parse strings to datetime64 with UK day-first formats; NaT where none fits.

    US month-first dates are never guessed: '03/04/2024' is 3 April 2024. A time with a zone
    (``2024-01-05T10:00:00+05:00``, ``...Z``) is converted to UK local time; zones may mix in one column.
    """
    s = s.astype(str).str.strip()
    out = pd.Series(pd.NaT, index=s.index, dtype="datetime64[ns]")
    todo = s != ""
    zoned = todo & s.str.contains(_TZ_RE, regex=True) & s.str.contains("T|:", regex=True) \
        if _holds_any(s, ("T", ":")) else pd.Series(False, index=s.index)
    if zoned.any():
        with np.errstate(all="ignore"):
            try:
                out[zoned] = _parse_zoned(s[zoned]).values
            except (ValueError, TypeError, OverflowError):
                pass                          # left NaT: the row is rejected as not a date
        todo &= ~zoned
    for fmt in formats:
        if not todo.any():
            break
        try:
            parsed = pd.to_datetime(s[todo], format=fmt, errors="coerce")
        except (ValueError, TypeError, OverflowError):
            continue
        if getattr(parsed.dt, "tz", None) is not None:
            parsed = parsed.dt.tz_convert(LOCAL_TZ).dt.tz_localize(None)
        hit = parsed.notna()
        if hit.any():
            out.loc[parsed.index[hit]] = parsed[hit].values
            todo.loc[parsed.index[hit]] = False
    return out


EARLIEST = pd.Timestamp("2000-01-01")          # no alert platform, survey or visit record can be older
POLICE_UK_FIRST = pd.Timestamp("2010-12-01")   # police.uk street-level data starts in December 2010


def checked_dates(chk, values: pd.Series, column: str, label: str, today=None, earliest: pd.Timestamp = EARLIEST,
                  hint: Optional[str] = None) -> pd.Series:
    """Parse a date column and reject, with the reason, rows that are not a date or not plausible.

    ``label`` and ``hint`` are shown to the user: pass them through ``tr``."""
    dates = parse_dates(values)
    chk.reject(dates.isna(), column, tr("not a date ({hint})").format(hint=hint or tr("use YYYY-MM-DD or DD/MM/YYYY")))
    reject_implausible_dates(chk, dates, column, label, today, earliest)
    return dates


def reject_implausible_dates(chk, dates: pd.Series, column: str, label: str, today=None,
                             earliest: pd.Timestamp = EARLIEST) -> None:
    """Reject dates in the future (more than a day ahead) or before ``earliest``, with the reason."""
    today = pd.Timestamp(today) if today is not None else pd.Timestamp.today().normalize()
    chk.reject(dates > today + pd.Timedelta(days=1), column, tr("{label} is in the future").format(label=label))
    chk.reject(dates < earliest, column, tr("{label} is before {earliest:%B %Y}, earlier than such records can "
                                            "exist").format(label=label, earliest=earliest))


def iso_text(s: pd.Series, unit: str = "D") -> pd.Series:
    """Dates as ISO text, '2024-02-03' (``unit`` D) or '2024-02' (M), NaT as NaN: what ``Series.dt.strftime``
    gives, formatted by NumPy in one call (pandas formats value by value)."""
    v = s.values.astype(f"datetime64[{unit}]")
    uniq, inverse = np.unique(v, return_inverse=True)          # a few hundred days: each formatted once
    out = uniq.astype(str).astype(object)[inverse]
    out[np.isnat(v)] = np.nan
    return pd.Series(out, index=s.index)


def parse_month(s: pd.Series) -> pd.Series:
    """'2024-01' (police.uk), '2024/01', '01/2024' -> first of month, NaT otherwise."""
    return parse_dates(s, ("%Y-%m", "%Y/%m", "%m/%Y", "%Y-%m-%d", "%b %Y", "%B %Y"))


_GROUPED = r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$"      # 1,234 or -12,345,678.5: commas grouping thousands


def to_number(s: pd.Series, thousands: bool = True) -> pd.Series:
    """Numeric value or NaN; accepts surrounding spaces and, with ``thousands``, commas that group digits in
    threes ('1,234,567.5').  Any other comma gives NaN, never a shifted value: '53,7' or '-0,336' (a decimal comma)
    is not 537 or -336 (:func:`checked_number` gives them their own reason)."""
    return _numbers(s, thousands)[0]


def _numbers(s: pd.Series, thousands: bool):
    """(the numbers, the text holding a comma that does not group thousands - any comma without ``thousands`` -
    or None when no value holds a comma: one search of the column, the usual case)."""
    t = s.astype(str).str.strip()
    if not _holds_any(t, (",",)):
        return pd.to_numeric(t, errors="coerce"), None
    comma = t.str.contains(",", regex=False)
    bad = comma & ~t.str.match(_GROUPED) if thousands else comma
    return pd.to_numeric(t.str.replace(",", "", regex=False).where(~bad, ""), errors="coerce"), bad


def checked_number(chk, column: str, not_a_number: str, thousands: bool = True) -> pd.Series:
    """The column's numbers; rejects a decimal comma, text that is not a number (``not_a_number``, the reason)
    and infinity, each with its own reason.  Blank cells are rejected as not a number: check blanks first."""
    v, misplaced = _numbers(chk.df[column], thousands)
    if misplaced is not None:
        chk.reject(misplaced, column,
                   tr("a comma where the decimal point belongs ('-0,336' for -0.336?): write numbers with a decimal "
                      "point and no other commas"))
    chk.reject(v.isna(), column, not_a_number)
    chk.reject(v.notna() & ~np.isfinite(v), column, tr("not a finite number"))
    return v


def whole_number_text(v: pd.Series) -> pd.Series:
    """'3' for 3.0; '' for blanks, fractions, non-finite or huge values (their rows are rejected by the caller)."""
    ok = np.isfinite(v) & (v == v.round()) & (v.abs() < 2 ** 53)
    return v.where(ok).astype("Int64").astype(str).replace("<NA>", "")


_TRUE = {"y", "yes", "true", "t", "1", "key contact", "x"}
_FALSE = {"n", "no", "false", "f", "0", ""}


def parse_bool(s: pd.Series) -> Tuple[pd.Series, pd.Series]:
    """Return (bool values, valid mask). Blank is False."""
    low = s.astype(str).str.strip().str.lower()
    val = low.isin(_TRUE)
    valid = val | low.isin(_FALSE)
    return val, valid


def is_blank(s: pd.Series) -> pd.Series:
    return s.astype(str).str.strip() == ""


LSOA_RE = r"^[EW]01\d{6}$"
OA_RE = r"^[EW]00\d{6}$"
MSOA_RE = r"^[EW]02\d{6}$"


def geography_of_code(code: str) -> str:
    """'E01...' -> 'LSOA', 'E00...' -> 'OA', 'E02...' -> 'MSOA', 'E05...' -> 'WARD'."""
    prefix = str(code)[:3]
    return {"E00": "OA", "W00": "OA", "E01": "LSOA", "W01": "LSOA", "E02": "MSOA", "W02": "MSOA",
            "E05": "WARD", "W05": "WARD", "E06": "LAD", "E07": "LAD", "E08": "LAD", "E09": "LAD",
            "W06": "LAD"}.get(prefix, "")


def first_index(values: np.ndarray) -> Optional[int]:
    idx = np.flatnonzero(values)
    return int(idx[0]) if len(idx) else None
