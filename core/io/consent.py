"""Who may be messaged: consent decided fail-closed, for any members table (imported, raw export, edited layer).

A member is messageable only when every record of that member (same id after trimming spaces and
zero-width characters) is explicitly active and no opt-out flag column says otherwise:

* ``status`` values are normalised (Unicode NFKC, case folded, zero-width characters removed,
  ``- _ / .`` and every kind of space turned into one space) and looked up in
  ``resources/config/consent.csv``: active, opted out, or **unknown** (blank included) = not messaged;
* opt-out flag columns (``Unsubscribed``, ``Email Opt Out``, ``Do not contact``, ... listed in the same
  file) are read as yes/no; yes, a date or any value that is not clearly "no" = not messaged;
* a table with no status column at all has nobody messageable (it cannot say who opted out).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Dict, List, Sequence, Tuple

import numpy as np
import pandas as pd

from ..config import config_path, read_config_csv
from .columns import norm_name
from .text import key_text, visible
from ..i18n import tr

ACTIVE, OPTED_OUT, UNKNOWN = "active", "opted_out", "unknown"
_SEPARATORS = re.compile(r"[\s\-_/.\u2010-\u2015]+")
FLAG_NO = {"", "n", "no", "false", "f", "0", "none", "not opted out", "subscribed"}
FLAG_YES = {"y", "yes", "true", "t", "1", "x", "opted out", "unsubscribed", "opt out"}


def clean_key(s: pd.Series) -> pd.Series:
    """An id as compared: the form every reader compares ids in (:func:`.text.key_text`)."""
    return key_text(s.astype(str))


def normalise_words(s: pd.Series) -> pd.Series:
    """'  Opted-Out\u200b ' -> 'opted out'; 'OPT_OUT' -> 'opt out'."""
    def one(v) -> str:
        if v is None or (isinstance(v, float) and v != v):
            return ""
        t = unicodedata.normalize("NFKC", visible(str(v))).casefold()
        return _SEPARATORS.sub(" ", t).strip()
    uniq = {v: one(v) for v in pd.unique(s.astype(object))}
    return s.astype(object).map(uniq).astype(object)      # text even when empty (map gives floats then)


@lru_cache(maxsize=4)
def consent_table(path: str = "") -> Dict[str, frozenset]:
    t = read_config_csv(path or config_path("consent.csv"), ("kind", "value"), tr("consent"))
    out = {}
    for kind in ("active_status", "opted_out_status", "opt_out_column"):
        vals = normalise_words(t.value[t.kind.str.strip() == kind])
        out[kind] = frozenset(norm_name(v) for v in vals) if kind == "opt_out_column" else frozenset(vals)
    return out


def status_of(values: pd.Series, path: str = "") -> pd.Series:
    """'active' / 'opted_out' / 'unknown' for raw status values (blank is unknown)."""
    t = consent_table(path)
    w = normalise_words(values)
    out = pd.Series(UNKNOWN, index=values.index, dtype=object)
    out[w.isin(t["active_status"])] = ACTIVE
    out[w.isin(t["opted_out_status"])] = OPTED_OUT
    return out


def flag_columns(columns: Sequence[str], exclude: Sequence[str] = (), path: str = "") -> List[str]:
    """The columns of a table that are opt-out flags (by name)."""
    names = consent_table(path)["opt_out_column"]
    skip = set(exclude)
    return [c for c in columns if c not in skip and norm_name(c) in names]


def flag_state(values: pd.Series) -> pd.Series:
    """For one flag column: 'active' (clearly no), 'opted_out' (yes, or a date) or 'unknown'."""
    w = normalise_words(values)
    out = pd.Series(UNKNOWN, index=values.index, dtype=object)
    out[w.isin(FLAG_NO)] = ACTIVE
    looks_date = w.str.match(r"^\d{1,4}[ ]\d{1,2}[ ]\d{1,4}")
    out[w.isin(FLAG_YES) | looks_date] = OPTED_OUT
    return out


def combine_states(states: Sequence[pd.Series], index) -> pd.Series:
    """Opted out anywhere wins; else unknown anywhere; else active."""
    out = pd.Series(ACTIVE, index=index, dtype=object)
    for s in states:
        out[(s == UNKNOWN) & (out == ACTIVE)] = UNKNOWN
    for s in states:
        out[s == OPTED_OUT] = OPTED_OUT
    return out


def assess(members: pd.DataFrame, id_column: str = "member_id") -> pd.Series:
    """Consent of each row ('active' / 'opted_out' / 'unknown'), the member's other rows and flags included."""
    if "status" not in members.columns:
        return pd.Series(UNKNOWN, index=members.index, dtype=object)
    states = [status_of(members.status)]
    states += [flag_state(members[c]) for c in flag_columns(members.columns, exclude=("status",))]
    if "opted_out" in members.columns:        # an opt-out date anywhere means opted out
        has_date = normalise_words(members.opted_out) != ""
        states.append(pd.Series(np.where(has_date, OPTED_OUT, ACTIVE), index=members.index))
    row = combine_states(states, members.index)
    if id_column in members.columns and len(members):
        key = clean_key(members[id_column])
        rank = row.map({ACTIVE: 0, UNKNOWN: 1, OPTED_OUT: 2})
        worst = rank.groupby(key.values).transform("max")
        row = worst.map({0: ACTIVE, 1: UNKNOWN, 2: OPTED_OUT})
        row[key == ""] = UNKNOWN                      # a member without an id cannot be checked
    return row


def messageable(members: pd.DataFrame) -> Tuple[pd.Series, Dict[str, int]]:
    """(boolean mask, counts by consent state among distinct members)."""
    state = assess(members)
    key = clean_key(members.member_id) if "member_id" in members.columns else pd.Series(members.index.astype(str))
    distinct = state.groupby(key.values).first()
    counts = {k: int((distinct == k).sum()) for k in (ACTIVE, OPTED_OUT, UNKNOWN)}
    return state == ACTIVE, counts
