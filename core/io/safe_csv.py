"""CSV files the plugin writes: cells a spreadsheet would run as a formula are neutralised.

OWASP CSV injection: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
prefixed with a single quote, so Excel and LibreOffice show it as text instead of running it
(``=HYPERLINK(...)`` becomes ``'=HYPERLINK(...)``). Numbers stored as numbers are left alone.
Every CSV the plugin writes goes through :func:`write_csv` (or :func:`neutralise` for other writers).
"""
from __future__ import annotations      # no module-level pandas: the processing base class imports this

import os

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_value(v):
    if isinstance(v, str) and v.startswith(DANGEROUS):
        return "'" + v
    return v


def neutralise(df: "pd.DataFrame") -> "pd.DataFrame":
    """A copy of ``df`` whose text cells cannot start a formula."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].map(neutralise_value)
    return out


def write_csv(df: "pd.DataFrame", path: str, sync: bool = False) -> str:
    """Write ``df`` as UTF-8 CSV with neutralised cells; ``sync`` flushes it to disk before returning."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        neutralise(df).to_csv(fh, index=False)
        if sync:
            fh.flush()
            os.fsync(fh.fileno())
    return path
