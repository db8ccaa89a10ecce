"""A whole table read by ``COPY ... TO STDOUT`` as CSV and parsed by pandas' C reader (psycopg's row-by-row
adaptation in pure Python is ten times slower on a force's tables), typed as the GeoPackage store reads them: text
stays text (None for NULL), whole numbers int64 when none is missing, reals float64 exactly (round-trip parsing),
booleans, geometries as shapely from hex WKB.  NULL is written as a marker no stored text holds (the readers
remove control characters from every field)."""
from __future__ import annotations

import io
from typing import Dict, List, Optional

import pandas as pd
from psycopg import sql

from . import postgis_sql as Q

NULL = "\x01lpt-null\x01"
FLOATS = ("double precision", "real")
INTS = ("bigint", "integer", "smallint")


def read_whole(con, name: str, want: List[str], have: Dict[str, str], order: bool) -> Optional[pd.DataFrame]:
    sel = sql.SQL(", ").join(sql.SQL("encode(ST_AsBinary({}), 'hex')").format(sql.Identifier(c)) if c == Q.GEOM
                             else sql.Identifier(c) for c in want)
    query = sql.SQL("SELECT {} FROM {}").format(sel, Q.table(name))
    if order:
        query = sql.SQL("{} ORDER BY fid").format(query)
    stmt = sql.SQL("COPY ({}) TO STDOUT (FORMAT csv, NULL {})").format(query, sql.Literal(NULL))
    buf = io.BytesIO()
    with con.cursor() as cur, cur.copy(stmt) as copy:
        _drain(copy, con.pgconn, buf)
    buf.seek(0)
    dtypes = {c: ("float64" if have[c] in FLOATS else object) for c in want if have[c] not in INTS}
    if not buf.getbuffer().nbytes:
        return None                              # no rows: the caller builds the empty frame as a GeoPackage does
    df = pd.read_csv(buf, header=None, names=want, dtype=dtypes, na_values=[NULL], keep_default_na=False,
                     float_precision="round_trip", encoding="utf-8", engine="c")
    return _typed(df, want, have)


def _drain(copy, pgconn, buf) -> None:
    """COPY TO's rows into ``buf``, read from libpq directly: psycopg's own read waits through a generator per row,
    about 10 us a row in its pure-Python build (1.4 s of the 2 s a force's tables took).  Only when a row has not
    arrived yet does psycopg's read wait for it; at the end the final result is checked (the server's error
    raised, as psycopg raises it)."""
    from psycopg import errors, pq
    while True:
        n, data = pgconn.get_copy_data(1)
        if n > 0:
            buf.write(data)
        elif n == 0:
            block = copy.read()
            if not block:
                return
            buf.write(block)
        else:
            results = [pgconn.get_result()]
            while results[-1] is not None:
                results.append(pgconn.get_result())
            bad = [r for r in results[:-1] if r.status != pq.ExecStatus.COMMAND_OK]
            if bad:
                raise errors.error_from_result(bad[0], encoding="utf-8")
            return


def _typed(df: pd.DataFrame, want: List[str], have: Dict[str, str]) -> pd.DataFrame:
    import shapely
    for c in want:
        t = have[c]
        if c == Q.GEOM:
            df[c] = shapely.from_wkb(df[c].where(df[c].notna(), None).to_numpy(dtype=object))
        elif t == "boolean":
            df[c] = df[c].eq("t")
        elif t in INTS:
            if df[c].dtype == object:            # NULL only: numbers unknown
                df[c] = pd.to_numeric(df[c], errors="coerce")
        elif t not in FLOATS:
            df[c] = df[c].where(df[c].notna(), None)
    return df
