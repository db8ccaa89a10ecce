"""Small counts of people in shared outputs: a count from 1 to ``below`` - 1 is left empty (NULL), and so is every
rate or mean that would give it back.  0 is shown (no one is identified by it) and so are counts of ``below`` or
more.  The analysis itself keeps the true counts; only what is written for people to read is suppressed."""
from __future__ import annotations

from typing import Dict, Tuple

import numpy as np
import pandas as pd

# counts of members, their answers and the people behind them (crimes are not counts of people)
PEOPLE = ("members", "active", "opted_out", "new_members", "responses", "respondents", "trust_n", "confidence_n",
          "prio_n", "tc_n", "concern_n", "members_in_areas", "members_outside", "responses_in_areas",
          "responses_outside", "members_left_out", "recipients", "repliers", "replies")

# a rate or mean left empty with the count it is computed from
DEPENDS: Dict[str, Tuple[str, ...]] = {"reg_rate": ("active",), "resp_rate": ("respondents", "active"),
                                       "trust_mean": ("trust_n",), "confidence_mean": ("confidence_n",),
                                       "reply_rate": ("repliers", "recipients")}

# two periods side by side (Compare periods): the counts of each period, and what their change gives back
PAIRS = {"members": ("members_1", "members_2"), "active": ("active_1", "active_2"),
         "new_members": ("new_members_1", "new_members_2"), "responses": ("responses_1", "responses_2"),
         "trust": ("trust_n1", "trust_n2"), "confidence": ("confidence_n1", "confidence_n2")}
CHANGE = ("_chg", "_pct", "_p", "_q")


def small(counts: pd.Series, below: int) -> np.ndarray:
    """Which counts are from 1 to ``below`` - 1."""
    v = pd.to_numeric(counts, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return (v > 0) & (v < below)


def suppress_people(df: pd.DataFrame, below: int) -> pd.DataFrame:
    """``df`` with its counts of people from 1 to ``below`` - 1 empty (integer columns stay integer, NULL
    allowed), and the rates computed from them; ``df`` itself is not changed.  A column without a small count is
    left as it is (no copy): 50,000 streets cost a few milliseconds."""
    paired = [c for pair in PAIRS.values() for c in pair]
    cols = [c for c in (*PEOPLE, *paired) if c in df.columns]
    if below <= 1 or not cols:
        return df
    hidden = {c: small(df[c], below) for c in cols}
    out = df.copy(deep=False)
    for c in cols:
        if hidden[c].any():
            out[c] = _empty_where(df[c], hidden[c])
    for rate, bases in DEPENDS.items():
        _hide(out, df, rate, [hidden[b] for b in bases if b in hidden])
    for base, (one, two) in PAIRS.items():
        masks = [hidden[c] for c in (one, two) if c in hidden]
        _hide(out, df, f"{base}_1" if base in ("trust", "confidence") else "", masks[:1])
        _hide(out, df, f"{base}_2" if base in ("trust", "confidence") else "", masks[1:])
        for end in CHANGE:
            _hide(out, df, base + end, masks)
    return out


def _empty_where(col: pd.Series, mask: np.ndarray) -> pd.Series:
    """``col`` with NULL where ``mask``: integers as a nullable integer column, anything else as floats."""
    if pd.api.types.is_integer_dtype(col) and not pd.api.types.is_extension_array_dtype(col):
        return pd.Series(pd.arrays.IntegerArray(col.to_numpy(np.int64), mask.copy()), index=col.index)
    if pd.api.types.is_integer_dtype(col):
        return col.mask(mask)
    return pd.Series(np.where(mask, np.nan, col.to_numpy(dtype=float, na_value=np.nan)), index=col.index)


def _hide(out: pd.DataFrame, df: pd.DataFrame, col: str, masks) -> None:
    """``col`` (a rate, mean or change) left empty where any of ``masks`` holds; integers stay integers."""
    if col in out.columns and masks:
        mask = np.logical_or.reduce(masks)
        if mask.any():
            out[col] = _empty_where(df[col], mask)
