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
    """A copy of ``df`` whose text cells cannot start a formula (a column at a time, each distinct value tested
    once)."""
    import numpy as np
    import pandas as pd
    out = df.copy(deep=False)                 # columns are replaced, never written into
    out.columns = [neutralise_value(c) for c in out.columns]       # the header row is cells too
    for i, dtype in enumerate(out.dtypes):
        if getattr(dtype, "kind", "O") not in "biufcmM":           # any text: object, category, string, LazyText
            col = out.iloc[:, i].astype(object)
            codes, uniq = pd.factorize(col.to_numpy(object))           # NULL: -1
            hit = np.array([_starts_dangerous(v) for v in uniq], dtype=bool)
            bad = (codes >= 0) & hit[np.maximum(codes, 0)] if len(uniq) else np.zeros(len(col), bool)
            if bad.any():
                out.isetitem(i, col.where(~bad, "'" + col[bad].astype(str)))
    return out


def _as_text(df: "pd.DataFrame") -> "pd.DataFrame":
    """``df`` with its float columns as the text ``to_csv(float_format="%.15g")`` writes (NULL empty), made by
    one comprehension a column instead of pandas' formatter a cell."""
    import numpy as np
    out = None
    for i, dtype in enumerate(df.dtypes):
        if isinstance(dtype, np.dtype) and dtype.kind == "f":
            v = df.iloc[:, i].to_numpy()
            text = np.array(["%.15g" % x for x in v.tolist()], dtype=object)
            text[np.isnan(v)] = ""
            out = df.copy(deep=False) if out is None else out
            out.isetitem(i, text)
    return df if out is None else out


def write_csv(df: "pd.DataFrame", path, sync: bool = False, header: bool = True):
    """Write ``df`` as UTF-8 CSV with neutralised cells to a path (or an open text file, appending); ``sync``
    flushes it to disk before returning."""
    if not isinstance(path, str):
        _as_text(neutralise(df)).to_csv(path, index=False, header=header)
        return path
    with open(path, "w", encoding="utf-8", newline="") as fh:
        _as_text(neutralise(df)).to_csv(fh, index=False, header=header)
        if sync:
            fh.flush()
            os.fsync(fh.fileno())
    return path
