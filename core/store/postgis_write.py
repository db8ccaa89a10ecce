"""A new table's rows in by ``COPY ... FROM STDIN (FORMAT csv)`` written by pandas' CSV writer in blocks:
psycopg's row-by-row formatting in its pure-Python build is five times slower than the GeoPackage's insert on a
force's crimes.  Only plain columns (booleans, whole numbers, reals, text, NULLs) take this way; any other frame
goes row by row as before (:meth:`.postgis.PostGISStore._copy`).  NULL is the marker the reader uses
(:data:`.postgis_read.NULL`): the readers remove control characters from every field, so no stored text holds it;
reals are written in their shortest round-trip form, so they read back exactly.  The table is made in the same
transaction, so the rows go in frozen (``FREEZE``): nothing for the server to set on them at their first reading or
at the vacuum after a load (a force's load: a fifth less of the server's time)."""
from __future__ import annotations

import csv
import io

import pandas as pd
from psycopg import sql

from . import postgis_sql as Q
from .cells import with_missing_as
from .postgis_read import NULL

BLOCK = 50_000


def plain(s: pd.Series) -> bool:
    if pd.api.types.is_bool_dtype(s) or pd.api.types.is_integer_dtype(s) or pd.api.types.is_float_dtype(s):
        return True
    return s.dtype == object and pd.api.types.infer_dtype(s, skipna=True) in ("string", "empty")


def copy_csv(con, name: str, df: pd.DataFrame, cols, geometry) -> bool:
    """The rows of ``df`` into the new table ``name`` by CSV COPY; False (nothing written) when a column is not
    plain or the table has a single column (a lone ``\\.`` line would end the data)."""
    if len(cols) + bool(geometry) < 2 or not all(plain(df[c]) for c in cols):
        return False
    from .postgis import _ewkb
    out = df[list(cols)].copy()
    names = [sql.Identifier(str(c)) for c in cols]
    if geometry:
        out[Q.GEOM] = _ewkb(df[geometry].values)
        names.append(sql.Identifier(Q.GEOM))
    stmt = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT csv, NULL {}, FREEZE)").format(
        Q.table(name), sql.SQL(", ").join(names), sql.Literal(NULL))
    columns = [_cells(out[c]) for c in out.columns]
    with con.cursor() as cur, cur.copy(stmt) as copy:
        for lo in range(0, len(out), BLOCK):
            text = io.StringIO()
            csv.writer(text, lineterminator="\r\n").writerows(zip(*(c[lo:lo + BLOCK] for c in columns)))
            copy.write(text.getvalue().encode("utf-8"))
    return True


def _cells(s: pd.Series) -> list:
    """A column as Python values for the csv module (C): numbers as Python numbers (``str`` of a float is its
    shortest round-trip form), missing values as the NULL marker.  pandas' to_csv formatted them a third slower."""
    return with_missing_as(s.to_numpy(dtype=object), NULL)
