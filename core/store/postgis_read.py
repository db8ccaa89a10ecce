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
    if order and all(c == Q.GEOM or have[c] in COLUMNAR for c in want):
        try:
            return read_columns(con, name, want, have)
        except _Separator:
            pass
    sel = sql.SQL(", ").join(sql.SQL("encode(ST_AsBinary({}), 'hex')").format(sql.Identifier(c)) if c == Q.GEOM
                             else sql.Identifier(c) for c in want)
    query = sql.SQL("SELECT {} FROM {}").format(sel, Q.table(name))
    if order:
        query = sql.SQL("{} ORDER BY fid").format(query)
    dtypes = {c: ("float64" if have[c] in FLOATS else object) for c in want if have[c] not in INTS}
    df = copy_frame(con, query, want, dtypes)
    return None if df is None else _typed(df, want, have)   # None: no rows (the caller builds the empty frame)


def copy_frame(con, query, names: List[str], dtypes: Dict[str, object]) -> Optional[pd.DataFrame]:
    """The rows of ``query`` by ``COPY ... TO STDOUT`` as CSV (NULL as :data:`NULL`), parsed by pandas' C reader
    with reals exact; None when there are none."""
    stmt = sql.SQL("COPY ({}) TO STDOUT (FORMAT csv, NULL {})").format(query, sql.Literal(NULL))
    buf = io.BytesIO()
    with con.cursor() as cur, cur.copy(stmt) as copy:
        _drain(copy, con.pgconn, buf)
    if not buf.getbuffer().nbytes:
        return None
    buf.seek(0)
    return pd.read_csv(buf, header=None, names=names, dtype=dtypes, na_values=[NULL], keep_default_na=False,
                       float_precision="round_trip", encoding="utf-8", engine="c")


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


# the types read a column at a time (anything else, e.g. real, dates, JSON, goes by CSV as before)
COLUMNAR = ("double precision", "bigint", "integer", "smallint", "boolean", "text", "character varying")
WINDOW = 1_000_000          # rows a query: each aggregate stays far below PostgreSQL's 1 GB value limit
SEP = "\x1e"                # between the values of a text column (the readers remove control characters)


def read_columns(con, name: str, want: List[str], have: Dict[str, str]) -> Optional[pd.DataFrame]:
    """The table a column at a time, in fid order: each column comes back as one value (``string_agg`` over the
    rows), numbers as their binary form (``float8send``, ``int8send``), text joined by :data:`SEP`, geometries
    with their lengths - a handful of values instead of a COPY message per row (psycopg's pure-Python build spent
    ~2 us on each).
    The frame is typed as :func:`read_whole`'s CSV way types it: None for NULL text, NaN for NULL reals, whole
    numbers int64 (float64 with NaN when one is NULL), booleans False for NULL, geometries shapely."""
    lo, hi = con.execute(sql.SQL("SELECT min(fid), max(fid) FROM {}").format(Q.table(name))).fetchone()
    if lo is None:
        return None
    parts = [_window(con, name, want, have, a, a + WINDOW) for a in range(int(lo), int(hi) + 1, WINDOW)]
    parts = [p for p in parts if p is not None]
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]


def _aggregates(c: str, kind: str) -> List[sql.Composable]:
    # no ORDER BY (a sort per aggregate cost three times the read): every aggregate of the one query takes the rows
    # in the same order, and the fids, aggregated alongside, put them in fid order on this side
    col = sql.Identifier(c)
    if kind == "float":
        return [sql.SQL("string_agg(float8send(coalesce({}, 'NaN'::float8)), ''::bytea)").format(col)]
    if kind == "int":
        return [sql.SQL("string_agg(int8send(coalesce({}::bigint, 0)), ''::bytea)").format(col),
                sql.SQL("string_agg(CASE WHEN {} IS NULL THEN 'n' ELSE 'v' END, '')").format(col)]
    if kind == "bool":
        return [sql.SQL("string_agg(CASE WHEN {0} THEN 't' WHEN NOT {0} THEN 'f' ELSE 'n' END, '')").format(col)]
    if kind == "text":         # joined by a separator no stored text holds (checked: else the CSV way)
        return [sql.SQL("string_agg(coalesce({}::text, {}), {})").format(col, sql.Literal(NULL), sql.Literal(SEP))]
    value = sql.SQL("ST_AsBinary({})").format(col)
    return [sql.SQL("string_agg(int4send(coalesce(octet_length({}), -1)), ''::bytea)").format(value),
            sql.SQL("string_agg({}, ''::bytea)").format(value)]


def _kind(c: str, have: Dict[str, str]) -> str:
    t = have[c]
    return "geometry" if c == Q.GEOM else "float" if t in FLOATS else "int" if t in INTS else \
        "bool" if t == "boolean" else "text"


def _window(con, name, want, have, a: int, b: int) -> Optional[pd.DataFrame]:
    import numpy as np
    kinds = [_kind(c, have) for c in want]
    aggs = [agg for c, k in zip(["fid", *want], ["int", *kinds]) for agg in _aggregates(c, k)]
    stmt = sql.SQL("SELECT count(*), {} FROM {} WHERE fid >= %s AND fid < %s").format(
        sql.SQL(", ").join(aggs), Q.table(name))
    with con.cursor(binary=True) as cur:      # bytea and text as they are: no hex on the wire
        row = cur.execute(stmt, (a, b)).fetchone()
    if not row[0]:
        return None
    values = iter(row[1:])
    fid = _column("int", values, int(row[0]))
    out = {c: _column(k, values, int(row[0])) for c, k in zip(want, kinds)}
    if len(fid) > 1 and not (np.diff(fid) > 0).all():
        order = np.argsort(fid, kind="stable")
        out = {c: v[order] for c, v in out.items()}
    return pd.DataFrame(out, columns=want)


def _column(kind: str, values, n: int):
    import numpy as np
    if kind == "float":
        return np.frombuffer(bytes(next(values)), ">f8").astype(np.float64)
    if kind == "int":
        v, nulls = np.frombuffer(bytes(next(values)), ">i8").astype(np.int64), next(values)
        if "n" not in nulls:
            return v
        return np.where(np.frombuffer(nulls.encode("ascii"), "S1") == b"n", np.nan, v.astype(np.float64))
    if kind == "bool":
        return np.frombuffer(next(values).encode("ascii"), "S1") == b"t"
    if kind == "text":
        parts = (next(values) or "").split(SEP)
        if len(parts) != n:
            raise _Separator()
        out = np.array(parts, dtype=object)
        out[out == NULL] = None
        return out
    sizes = np.frombuffer(bytes(next(values)), ">i4").astype(np.int64)
    blob = next(values)
    blob = bytes(blob) if blob is not None else b""
    ends = np.cumsum(np.maximum(sizes, 0))
    starts = (ends - np.maximum(sizes, 0)).tolist()
    items = [blob[s:e] if z >= 0 else None for s, e, z in zip(starts, ends.tolist(), sizes.tolist())]
    import shapely
    return shapely.from_wkb(np.array(items, dtype=object))


class _Separator(Exception):
    """A text value holds the separator: the table is read the CSV way instead."""
