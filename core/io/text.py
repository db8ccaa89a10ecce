"""Characters nobody sees: one set for every reader, removed from each field and header read.

Soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space and joiners, left-to-right and
right-to-left marks, bidirectional embeddings, overrides and isolates (which can make a value display as
something else), word joiner, invisible operators and the byte-order mark.
"""
from __future__ import annotations

import re

INVISIBLE_CHARS = ("\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                   "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
INVISIBLE = "[" + INVISIBLE_CHARS + "]"                  # a regular-expression class (pandas str.replace)
INVISIBLE_RE = re.compile(INVISIBLE)
# what makes a clean UTF-8 file "suspect", so that its rows are checked: a NUL byte or an invisible character
SUSPECT_BYTES = re.compile(b"|".join(re.escape(seq) for seq in
                                     [b"\x00"] + [ch.encode("utf-8") for ch in INVISIBLE_CHARS]))


def visible(text: str) -> str:
    """``text`` without its invisible characters."""
    return INVISIBLE_RE.sub("", text)
