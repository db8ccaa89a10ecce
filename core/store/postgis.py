"""The workspace in a PostgreSQL/PostGIS database (schema ``lpt``): a force's shared store.

The same semantics as the GeoPackage store (:mod:`.geopackage`): tables are pandas frames, geometries shapely in
EPSG:27700 (sent as EWKB, read as WKB), column types kept on the round trip, every write all or nothing (a
replaced table is dropped, created and filled by ``COPY`` in one transaction: a run killed or disconnected
half-way leaves the previous content), the loop's tables never replaced.  Every statement is composed with
:mod:`psycopg.sql` (identifiers quoted) with values bound.  Opened checked: a schema ``lpt`` that is not a
workspace, of a newer release or missing a table or column is refused; an older one is migrated.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Dict, Iterator, List, Optional, Sequence

import numpy as np
import pandas as pd
import psycopg
from psycopg import sql

from ..errors import LptInputError
from ..i18n import tr
from . import postgis_conn as C
from . import postgis_sql as Q
from .base import KIND, SCHEMA_VERSION, Store, check_name
from .postgis_faults import guarded, store_error
from .postgis_write import copy_csv

SYSTEM = ("lpt_", "layer_styles", "spatial_ref_sys")
BUSY_SECONDS = 60.0
WRITE_LOCK = "lpt workspace write"
GEOM = Q.GEOM


class PostGISStore(Store):
    def __init__(self, con: psycopg.Connection, label: str):
        self.con = con
        self.path = label
        self._depth = 0
        self.busy_seconds = BUSY_SECONDS
        self._columns_cache: Dict[str, Dict[str, str]] = {}

    @classmethod
    def open(cls, name: str, create: bool = True) -> "PostGISStore":
        """The workspace behind the connection ``name`` (its schema created when new and ``create``), checked
        and migrated; see :mod:`.postgis_conn` for the names."""
        store = cls.connect(name)
        try:
            store._check(create)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def connect(cls, name: str) -> "PostGISStore":
        """The connection ``name``, not yet checked (:meth:`open` checks it; lpt:setupdatabase checks it inside
        its own transaction, so a failed set-up leaves no schema behind)."""
        label = C.label_of(name)
        try:
            con = psycopg.connect(C.conninfo(name), autocommit=True)
        except psycopg.Error as exc:
            raise LptInputError(tr("cannot connect to the workspace database ({error})").format(error=_first(exc)),
                                label, tr("check the connection's service or QGIS connection, and that the server "
                                          "runs.")) from None
        return cls(con, label)

    @guarded
    def _check(self, create: bool) -> None:
        if not self.con.execute("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'").fetchone()[0]:
            raise LptInputError(tr("the database has no PostGIS extension"), self.path,
                                tr("ask the database administrator to run CREATE EXTENSION postgis in it."))
        if not self._has("lpt_meta"):
            if self._schema_has_tables():
                raise LptInputError(tr("the database schema lpt is not a Local Priority Targeting workspace"), self.path,
                                    tr("give another database, or drop that schema's tables first."))
            if not create:
                raise LptInputError(tr("the database has no workspace (schema lpt)"), self.path,
                                    tr("create it with lpt:setupdatabase (or by importing into it)."))
            return self.migrate(0)
        meta = dict(self.con.execute(sql.SQL("SELECT key, value FROM {}").format(Q.table("lpt_meta"))).fetchall())
        if meta.get("kind") != KIND:
            raise LptInputError(tr("the database schema lpt is not a Local Priority Targeting workspace"), self.path,
                                tr("give the workspace's database."))
        version = _version(meta.get("schema_version"), self.path)
        if version > SCHEMA_VERSION:
            raise LptInputError(tr("the workspace was made by a newer release (schema {version}, this release reads "
                                   "up to {reads})").format(version=version, reads=SCHEMA_VERSION), self.path,
                                tr("update the plugin."))
        self._check_structure(version)
        if version < SCHEMA_VERSION:
            self.migrate(version)

    def _check_structure(self, version: int) -> None:
        for table, cols in Q.expected(version).items():
            have = self._catalog(table, readable=False)          # whatever this role may read
            if not have:
                raise _altered(self.path, tr("its table {table} is missing").format(table=table))
            missing = [c for c in cols if c.lower() not in have]
            if missing:
                raise _altered(self.path, tr("its table {table} has no column {columns} (renamed or dropped)").format(
                    table=table, columns=", ".join(missing)))

    def migrate(self, version: int) -> None:
        """From schema ``version`` to this release's, one versioned file at a time, in one transaction."""
        with self.transaction():
            for v in range(version + 1, SCHEMA_VERSION + 1):
                self.con.execute(Q.migration(v))
            self._set_meta("kind", KIND)
            self._set_meta("schema_version", str(SCHEMA_VERSION))
        self._columns_cache.clear()

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    # ------------------------------------------------------------------ transactions, metadata
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing; the outermost one waits (up to :data:`BUSY_SECONDS`) for the workspace's write lock,
        so that runs on one workspace take turns as they do on a GeoPackage (``BEGIN IMMEDIATE``): two exports
        never take the same audit id, two imports never interleave."""
        outer = self._depth == 0
        self._depth += 1
        try:
            with self.con.transaction():
                if outer:
                    self.con.execute(sql.SQL("SET LOCAL lock_timeout = {}").format(
                        sql.Literal(f"{int(self.busy_seconds * 1000)}ms")))
                    self.con.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (WRITE_LOCK,))
                yield
        except psycopg.Error as exc:
            self._columns_cache.clear()
            raise store_error(exc, self.path, self.busy_seconds) from exc
        except BaseException:
            self._columns_cache.clear()
            raise
        finally:
            self._depth -= 1

    @guarded
    def get_meta(self, key: str, default: Optional[str] = None) -> Optional[str]:
        row = self.con.execute(sql.SQL("SELECT value FROM {} WHERE key = %s").format(Q.table("lpt_meta")),
                               (key,)).fetchone()
        return row[0] if row else default

    @guarded
    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self._set_meta(key, value)

    def _set_meta(self, key: str, value: str) -> None:
        self.con.execute(sql.SQL("INSERT INTO {} (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET "
                                 "value = excluded.value").format(Q.table("lpt_meta")), (key, value))

    # ------------------------------------------------------------------ catalogue
    def _has(self, name: str) -> bool:
        return self.con.execute("SELECT to_regclass(format('%%I.%%I', %s::text, %s::text)) IS NOT NULL",
                                (Q.SCHEMA, name)).fetchone()[0]

    def _schema_has_tables(self) -> bool:
        return self.con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = %s", (Q.SCHEMA,)).fetchone()[0] > 0

    def _columns(self, name: str, fresh: bool = False) -> Dict[str, str]:
        """{column: type} of a table in the schema, only the columns this role may read (column privileges: an
        officer's members table has no contact fields)."""
        if fresh or name not in self._columns_cache:
            self._columns_cache[name] = self._catalog(name, readable=True)
        return self._columns_cache[name]

    def _catalog(self, name: str, readable: bool) -> Dict[str, str]:
        rows = self.con.execute(
            "SELECT a.attname, format_type(a.atttypid, NULL) FROM pg_attribute a JOIN pg_class c ON c.oid = "
            "a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s "
            "AND a.attnum > 0 AND NOT a.attisdropped AND (NOT %s OR has_column_privilege(c.oid, a.attnum, "
            "'SELECT')) ORDER BY a.attnum", (Q.SCHEMA, name, readable)).fetchall()
        return dict(rows)

    @guarded
    def tables(self) -> List[str]:
        rows = self.con.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", (Q.SCHEMA,)).fetchall()
        return sorted(r[0] for r in rows if not r[0].startswith(SYSTEM))

    @guarded
    def has_table(self, name: str) -> bool:
        check_name(name)
        return self._has(name)

    @guarded
    def columns(self, name: str) -> List[str]:
        check_name(name)
        return ["geometry" if c == GEOM else c for c in self._columns(name) if c != "fid"]

    @guarded
    def row_count(self, name: str) -> int:
        check_name(name)
        return int(self.con.execute(sql.SQL("SELECT count(*) FROM {}").format(Q.table(name))).fetchone()[0])

    # ------------------------------------------------------------------ writing
    @guarded
    def delete_table(self, name: str) -> None:
        check_name(name)
        _refuse_kept(name, self.path)
        with self.transaction():
            self._drop(name)

    def _drop(self, name: str) -> None:
        self.con.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(Q.table(name)))
        self.con.execute(sql.SQL("DELETE FROM {} WHERE f_table_schema = %s AND f_table_name = %s").format(
            Q.table("layer_styles")), (Q.SCHEMA, name))
        self._columns_cache.pop(name, None)

    @guarded
    def write_table(self, name: str, df: pd.DataFrame, geometry: Optional[str] = None,
                    geometry_type: str = "GEOMETRY", style_qml: str = "") -> None:
        check_name(name)
        _refuse_kept(name, self.path)
        cols = [c for c in df.columns if c != geometry]
        for c in cols:
            check_name(str(c))
        if geometry and geometry_type.upper().startswith("MULTI"):
            df = df.assign(**{geometry: _multi(df[geometry].values)})
        with self.transaction():
            self._drop(name)
            self.con.execute(Q.create_table(name, df, cols, geometry_type if geometry else ""))
            if not copy_csv(self.con, name, df, cols, geometry):
                self._copy(name, df, cols, geometry)
            if geometry:
                self.con.execute(Q.spatial_index(name))
            self._register(name, geometry, style_qml)
            self._protect(name)

    def _register(self, name: str, geometry: Optional[str], style_qml: str) -> None:
        if style_qml:
            self.con.execute(sql.SQL("INSERT INTO {} (f_table_catalog, f_table_schema, f_table_name, "
                                     "f_geometry_column, stylename, styleqml, stylesld, useasdefault, description, "
                                     "owner, ui) VALUES (current_database(), %s, %s, %s, %s, %s, '', true, "
                                     "'Local Priority Targeting', current_user, '')").format(Q.table("layer_styles")),
                             (Q.SCHEMA, name, GEOM if geometry else "", name, style_qml))

    def _protect(self, name: str) -> None:
        """A table made again gets its grants and row-level policies again (when the database has them)."""
        if self._has_function("protect"):
            self.con.execute("SELECT lpt.protect(%s)", (name,))

    def _has_function(self, fn: str) -> bool:
        return self.con.execute("SELECT to_regproc(format('%%I.%%I', %s::text, %s::text)) IS NOT NULL",
                                (Q.SCHEMA, fn)).fetchone()[0]

    def _copy(self, name: str, df: pd.DataFrame, cols, geometry: Optional[str]) -> None:
        """Rows in by COPY (values as Python objects; geometry as hex EWKB with SRID 27700)."""
        from .geopackage import _column_values
        names = [sql.Identifier(str(c)) for c in cols] + ([sql.Identifier(GEOM)] if geometry else [])
        stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(Q.table(name), sql.SQL(", ").join(names))
        values = [_column_values(df[c]) for c in cols]
        if geometry:
            values.append(_ewkb(df[geometry].values))
        if not names:
            return
        if self._row_security(name):        # COPY FROM refuses a table under row-level security: INSERTs
            marks = sql.SQL(", ").join(sql.Placeholder() * len(names))
            ins = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(Q.table(name), sql.SQL(", ").join(names), marks)
            with self.con.cursor() as cur:
                cur.executemany(ins, list(zip(*values)))
            return
        with self.con.cursor() as cur, cur.copy(stmt) as copy:
            for row in zip(*values):
                copy.write_row(row)

    @guarded
    def narrowed(self, name: str) -> bool:
        check_name(name)
        return self._row_security(name)

    def _row_security(self, name: str) -> bool:
        """Whether row-level security narrows this role on the table (enabled, and the role does not own it)."""
        return bool(self.con.execute(
            "SELECT c.relrowsecurity AND NOT pg_has_role(c.relowner, 'USAGE') FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s", (Q.SCHEMA, name)).fetchone()[0])

    @guarded
    def append_rows(self, name: str, df: pd.DataFrame) -> None:
        check_name(name)
        have = self._columns(name, fresh=True)
        cols = [c for c in df.columns if c in have and c != "geometry"]
        geometry = "geometry" if "geometry" in df.columns and GEOM in have else None
        with self.transaction():
            self._copy(name, _fit(df, cols, have, name, self.path), cols, geometry)

    @guarded
    def update_rows(self, name: str, key: str, keys, values) -> int:
        check_name(name)
        have = self._columns(name, fresh=True)
        for c in [key, *values]:
            if c not in have:
                raise LptInputError(tr("the workspace table {table} has no column {column}").format(
                    table=name, column=c),
                                    self.path, "")
        keys = list(keys)
        if not keys or not values:
            return 0
        sets = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(c)) for c in values)
        stmt = sql.SQL("UPDATE {} SET {} WHERE {}").format(Q.table(name), sets, _in(key, have[key]))
        with self.transaction():
            return self.con.execute(stmt, [*[_py(v) for v in values.values()], _as_text(keys)]).rowcount

    # ------------------------------------------------------------------ reading
    def _wanted(self, name: str, columns: Optional[Sequence[str]]):
        check_name(name)
        have = self._columns(name, fresh=True)
        if not have:
            if self._has(name):
                raise LptInputError(tr("your database role may not read the workspace table {table}").format(table=name),
                                    self.path, tr("ask the analyst who runs the workspace for access."))
            raise LptInputError(tr("the workspace has no table {table}").format(table=name), self.path,
                                tr("import it into the workspace first."))
        asked = [GEOM if c == "geometry" else c for c in columns] if columns else [c for c in have if c != "fid"]
        return [c for c in asked if c in have], have

    @guarded
    def read_table(self, name: str, columns: Optional[Sequence[str]] = None,
                   where: Optional[Dict[str, Sequence]] = None) -> pd.DataFrame:
        want, have = self._wanted(name, columns)
        if not where and want:
            from .postgis_read import read_whole
            whole = read_whole(self.con, name, want, have, "fid" in have)
            if whole is not None:
                return whole.rename(columns={GEOM: "geometry"})
        sel = sql.SQL(", ").join(sql.SQL("ST_AsBinary({})").format(sql.Identifier(c)) if c == GEOM
                                 else sql.Identifier(c) for c in want)
        stmt, params = sql.SQL("SELECT {} FROM {}").format(sel, Q.table(name)), []
        if where:
            conds = []
            for col, vals in where.items():
                if col not in have:
                    raise LptInputError(tr("the workspace table {table} has no column {column}").format(
                        table=name, column=col), self.path, "")
                vals = list(vals)
                conds.append(_in(col, have[col]) if vals else sql.SQL("false"))
                params += [_as_text(vals)] if vals else []
            stmt = sql.SQL("{} WHERE {}").format(stmt, sql.SQL(" AND ").join(conds))
        if "fid" in have:
            stmt = sql.SQL("{} ORDER BY fid").format(stmt)
        rows = self.con.execute(stmt, params).fetchall() if want else []
        df = pd.DataFrame(rows, columns=want)
        return _typed(df, want, have).rename(columns={GEOM: "geometry"})

    @guarded
    def next_number(self, name: str, column: str, prefix: str) -> int:
        """Over every row: lpt.next_number (set up by lpt:setupdatabase) reads past row-level security."""
        check_name(name)
        check_name(column)
        if not self._has_function("next_number"):
            return super().next_number(name, column, prefix)
        return int(self.con.execute("SELECT lpt.next_number(%s, %s, %s)", (name, column, prefix)).fetchone()[0])

    @guarded
    def contact_fields(self, area_code: str) -> Optional[pd.DataFrame]:
        """Through lpt.key_contacts (audited, the user's areas only) when this role may not read the members'
        contact fields that the table holds; None otherwise (an analyst reads them, or there are none)."""
        fields = ("name", "email", "phone")
        held = set(self._catalog("members", readable=False)) if self._has("members") else set()
        if not held & set(fields) or held & set(fields) & set(self._columns("members", fresh=True)) \
                or not self._has_function("key_contacts"):
            return None
        with self.transaction():                  # its audit row takes the next id under the write lock
            rows = self.con.execute("SELECT member_id, name, email, phone FROM lpt.key_contacts(%s)",
                                    (str(area_code),)).fetchall()
        return pd.DataFrame(rows, columns=["member_id", *fields], dtype=object)

    def link_queries(self):
        """Nearest street by KNN and the area of a point, asked of the database (:mod:`.postgis_link`)."""
        from .postgis_link import PostGISLinkQueries
        ok = "segment_id" in self._columns("streets", fresh=True) and "area_code" in self._columns("areas", fresh=True)
        return PostGISLinkQueries(self) if ok else None


def _typed(df: pd.DataFrame, want, have) -> pd.DataFrame:
    """The frame's types as the GeoPackage store reads them: booleans, floats, whole numbers (int64 when none
    missing), text; geometries as shapely."""
    for c in want:
        t = have[c]
        if c == GEOM:
            import shapely
            df[c] = shapely.from_wkb([None if b is None else bytes(b) for b in df[c].values])
        elif t == "boolean":
            df[c] = df[c].astype(bool)
        elif t in ("double precision", "real"):
            df[c] = pd.to_numeric(df[c], errors="coerce").astype(float)
        elif t in ("bigint", "integer", "smallint") and df[c].notna().all():
            df[c] = df[c].astype(np.int64)
    return df


def _fit(df: pd.DataFrame, cols, have: Dict[str, str], name: str, label: str) -> pd.DataFrame:
    """Values appended to a whole-number column as SQLite's INTEGER affinity keeps them: whole reals and booleans as
    whole numbers (1.0 -> 1, True -> 1); a fraction there is refused, naming the column."""
    out = {}
    for c in cols:
        if have.get(c) not in ("bigint", "integer", "smallint"):
            continue
        s = df[c]
        if pd.api.types.is_bool_dtype(s):
            out[c] = s.astype(np.int64)
        elif pd.api.types.is_float_dtype(s):
            v = s.to_numpy(dtype=float)
            ok = np.isnan(v) | (v == np.round(v))
            if not ok.all():
                raise LptInputError(tr("the workspace table {table}'s column {column} holds whole numbers; "
                                       "{value!r} is not one").format(table=name, column=c, value=s[~ok].iloc[0]),
                                    label, "")
            out[c] = pd.Series([None if np.isnan(x) else int(x) for x in v], index=s.index, dtype=object)
    return df.assign(**out) if out else df


def _in(col: str, pg_type: str) -> sql.Composed:
    """``col = ANY(%s::type[])``: the values bound as text and cast to the column's type by the server."""
    cast = Q.CASTS.get(pg_type, "text")
    return sql.SQL("{} = ANY(%s::{}[])").format(sql.Identifier(col), sql.SQL(cast))


def _as_text(values) -> list:
    return [None if v is None else (str(v).lower() if isinstance(v, (bool, np.bool_)) else str(_py(v)))
            for v in values]


def _py(v):
    return v.item() if isinstance(v, np.generic) else v


def _ewkb(geoms) -> list:
    """Hex EWKB with SRID 27700 (None stays None); plain 2D points written from their coordinates."""
    import shapely
    arr = np.asarray(geoms, dtype=object)
    points = _point_ewkb(arr)
    if points is not None:
        return points
    arr = shapely.set_srid(arr, 27700)
    return list(shapely.to_wkb(arr, hex=True, include_srid=True, byte_order=1))


EWKB_POINT = np.dtype([("order", "u1"), ("type", "<u4"), ("srid", "<u4"), ("x", "<f8"), ("y", "<f8")])


def _point_ewkb(arr: np.ndarray) -> Optional[list]:
    """The hex EWKB of a column of 2D points (or None) built from their coordinates at once - the bytes
    shapely writes, five times faster on a force's crimes; None when any geometry is anything else."""
    import shapely
    have = ~shapely.is_missing(arr)
    pts = arr[have]
    has_m = getattr(shapely, "has_m", None)          # shapely 2.1 and later read M values
    if not len(pts) or not (shapely.get_type_id(pts) == 0).all() or shapely.has_z(pts).any() or \
            shapely.is_empty(pts).any() or (has_m is not None and has_m(pts).any()):
        return None
    xy = shapely.get_coordinates(pts)
    rec = np.empty(len(pts), dtype=EWKB_POINT)
    rec["order"], rec["type"], rec["srid"], rec["x"], rec["y"] = 1, 0x20000001, 27700, xy[:, 0], xy[:, 1]
    text, w = rec.tobytes().hex().upper(), 2 * EWKB_POINT.itemsize
    out = np.full(len(arr), None, dtype=object)
    out[have] = [text[i:i + w] for i in range(0, len(text), w)]
    return list(out)


def _multi(geoms) -> np.ndarray:
    """Single parts (a ward that is one Polygon among MultiPolygons, as boundary files mix them) as one-part
    multis: the column's declared type, which PostGIS enforces (a GeoPackage stores them as they come)."""
    import shapely
    arr = np.asarray(geoms, dtype=object)
    out = arr.copy()
    kinds = shapely.get_type_id(arr)
    for single, make in ((0, shapely.multipoints), (1, shapely.multilinestrings), (3, shapely.multipolygons)):
        at = np.flatnonzero(kinds == single)
        for i in at:
            out[i] = make([arr[i]])
    return out


def _refuse_kept(name: str, label: str) -> None:
    from .schema import KEPT
    if name in KEPT:
        raise LptInputError(tr("the workspace table {table} is never deleted or replaced").format(table=name), label,
                            tr("archive a set-up instead (lpt:archivesetup); rows are only ever added or updated."))


def _altered(label: str, detail: str) -> LptInputError:
    return LptInputError(tr("the workspace's structure was altered outside the plugin: {detail}; nothing was written "
                            "to the workspace").format(detail=detail), label,
                         tr("restore the schema from a backup, or run lpt:setupdatabase."))


def _version(text: Optional[str], label: str) -> int:
    try:
        version = int(str(text).strip())
    except ValueError:
        raise _altered(label, tr("its schema version (lpt_meta) is {version!r}, not a number").format(
            version=text)) from None
    if version < 1:
        raise _altered(label, tr("its schema version (lpt_meta) is {version!r}").format(version=text))
    return version


def _first(exc: BaseException) -> str:
    """The first line of a connection error (libpq's text names host and user, never a password)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
