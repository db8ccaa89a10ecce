"""A column's values as a Python list with every missing value (None, NaN, NaT, pd.NA) given as one marker: what
the stores hand to SQLite (None) and to PostgreSQL's COPY (their NULL marker)."""
from __future__ import annotations

import pandas as pd


def with_missing_as(values, marker) -> list:
    """``values`` (an object array) as a list, missing values replaced by ``marker``."""
    missing = pd.isna(values)
    if missing.any():
        values = values.copy()
        values[missing] = marker
    return values.tolist()
