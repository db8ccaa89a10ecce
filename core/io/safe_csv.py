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


def _starts_dangerous(v) -> bool:
    return isinstance(v, str) and v.startswith(DANGEROUS)


def neutralise(df: "pd.DataFrame") -> "pd.DataFrame":
    """A copy of ``df`` whose text cells cannot start a formula (a column at a time)."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object or str(out[c].dtype) == "category":
            col = out[c].astype(object)
            bad = col.map(_starts_dangerous).to_numpy(bool)
            if bad.any():
                out[c] = col.where(~bad, "'" + col[bad].astype(str))
    return out


def write_csv(df: "pd.DataFrame", path, sync: bool = False, header: bool = True):
    """Write ``df`` as UTF-8 CSV with neutralised cells to a path (or an open text file, appending); ``sync``
    flushes it to disk before returning."""
    if not isinstance(path, str):
        neutralise(df).to_csv(path, index=False, header=header, float_format="%.15g")
        return path
    with open(path, "w", encoding="utf-8", newline="") as fh:
        neutralise(df).to_csv(fh, index=False, header=header, float_format="%.15g")
        if sync:
            fh.flush()
            os.fsync(fh.fileno())
    return path
