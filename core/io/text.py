"""Characters nobody sees: one set for every reader, removed from each field and header read; and the one form in
which ids and codes are compared.

Soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul fillers, Khmer inherent vowels, Mongolian
vowel separator and free variation selectors, zero-width space and joiners, left-to-right and right-to-left marks,
bidirectional embeddings, overrides and isolates (which can make a value display as something else), word joiner,
invisible operators, variation selectors, the byte-order mark, interlinear annotation marks and tag characters.
"""
from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd

_RANGES = [(0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
           (0x180B, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
           (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF9, 0xFFFB),
           (0xE0001, 0xE0001), (0xE0020, 0xE007F)]
INVISIBLE_CHARS = "".join(chr(c) for lo, hi in _RANGES for c in range(lo, hi + 1))
INVISIBLE = "[" + "".join(re.escape(ch) for ch in INVISIBLE_CHARS) + "]"   # a regular-expression class (pandas)
INVISIBLE_RE = re.compile(INVISIBLE)
# what makes a clean UTF-8 file "suspect", so that its rows are checked: a NUL byte or an invisible character
SUSPECT_BYTES = re.compile(b"|".join(re.escape(seq) for seq in
                                     [b"\x00"] + [ch.encode("utf-8") for ch in INVISIBLE_CHARS]))


def visible(text: str) -> str:
    """``text`` without its invisible characters."""
    return INVISIBLE_RE.sub("", text)


def key_text(s: pd.Series) -> pd.Series:
    """Ids and codes as they are compared and stored: invisible characters removed, Unicode NFKC (a no-break or
    full-width space is a space, full-width letters are letters), every run of spaces one space, trimmed; case
    kept.  Two ids that differ only in what nobody sees are one id."""
    t = s.fillna("").astype(str)
    joined = "\x1f".join(t.tolist())
    if joined.isascii() and not _ASCII_SPACES.search(joined):       # the usual case: nothing to change but ends
        return stripped(t)
    t = t.str.replace(INVISIBLE, "", regex=True)
    return t.str.normalize("NFKC").str.replace(r"\s+", " ", regex=True).str.strip()


def all_text(values) -> bool:
    """Every value is a str (so none is missing): one pass in C over an object column or array."""
    return values.dtype == object and pd.api.types.infer_dtype(values, skipna=False) == "string"


def stripped(s: pd.Series) -> pd.Series:
    """``s.str.strip()``, the same values: a column of text only by one list comprehension instead of pandas'
    mapping through a Python function per value (a force's load strips every field it reads); anything else
    (missing values among the text) by pandas."""
    if not all_text(s):
        return s.str.strip()
    arr = np.empty(len(s), dtype=object)
    arr[:] = [v.strip() for v in s.to_numpy(dtype=object)]
    return pd.Series(arr, index=s.index, name=s.name)


_ASCII_SPACES = re.compile(r"[\t\n\r\x0b\x0c]|  ")


def key_of(value: str) -> str:
    """:func:`key_text` of one value."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", visible(str(value)))).strip()
