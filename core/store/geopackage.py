"""The workspace in one GeoPackage file: the embedded default store.

Written through SQLite transactions (``BEGIN IMMEDIATE``; a replaced table is dropped, created and filled in
one transaction), so a workspace killed mid-import still opens with its previous state.  Tables with
geometry are GeoPackage feature tables (EPSG:27700) with their QGIS style as the default in
``layer_styles``: opening the file in QGIS shows them styled.  Identifiers are checked names, always quoted;
values are always bound parameters.
"""
from __future__ import annotations

import os
import sqlite3
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Dict, Iterator, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from . import faults, gpkg, rtree
from .gpkg import quoted as _q
from .base import KIND, SCHEMA_VERSION, Store, check_name
from .cells import with_missing_as

BATCH = 50_000
BUSY_SECONDS = 60.0
SYSTEM = ("gpkg_", "rtree_", "lpt_", "layer_styles", "sqlite_")
GEOM = "geom"
_CHECKED: Dict[str, tuple] = {}     # workspace -> (device, inode, size, mtime) when this process last checked it


def _stamp(path: str) -> tuple:
    try:
        st = os.stat(path)
    except OSError:
        return ()
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def _sql_type(s: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(s):
        return "BOOLEAN"
    if pd.api.types.is_integer_dtype(s):
        return "INTEGER"
    if pd.api.types.is_float_dtype(s):
        return "REAL"
    return "TEXT"


def _column_values(s: pd.Series) -> list:
    """Python values for SQLite (numpy scalars are not bindable; NaN and NaT become NULL), converted in C where
    the column allows (numbers, text)."""
    if pd.api.types.is_float_dtype(s):
        vals = s.to_numpy(dtype=object)
        vals[np.isnan(s.to_numpy(dtype=float))] = None
        return vals.tolist()
    if isinstance(s.dtype, pd.CategoricalDtype):
        s = s.astype(object)
    elif isinstance(s.dtype, pd.api.extensions.ExtensionDtype) and s.dtype.kind in "iub":   # Int64: NULL allowed
        return s.to_numpy(dtype=object, na_value=None).tolist()
    if s.dtype == object:
        if pd.api.types.infer_dtype(s, skipna=True) in ("string", "empty"):
            return with_missing_as(s.to_numpy(dtype=object), None)
        return [None if v is None or (isinstance(v, float) and v != v) else (v if isinstance(v, (str, int, float, bytes))
                                                                             else str(v)) for v in s.tolist()]
    return s.tolist()


class GeoPackageStore(Store):
    def __init__(self, path: str, con: sqlite3.Connection):
        self.path = path
        self.con = con
        self._depth = 0
        self.busy_seconds = BUSY_SECONDS

    # ------------------------------------------------------------------ open / create
    @classmethod
    def open(cls, path: str, create: bool = True) -> "GeoPackageStore":
        """The workspace at ``path`` (created when new and ``create``), checked before anything is written: its
        name, that it can be written, SQLite's integrity check, that it is a workspace, its schema version and
        every table and column its schema has; then migrated to this release's schema."""
        path = os.path.abspath(path)
        if not path.lower().endswith(".gpkg"):
            raise LptInputError(tr("a workspace is a GeoPackage file (.gpkg)"), path,
                                tr("name it e.g. hull_workspace.gpkg."))
        limit = faults.name_max(path)
        if len(os.path.basename(path).encode("utf-8")) + faults.JOURNAL > limit:
            raise faults.name_too_long(path, limit)
        if not os.path.exists(path):
            if not create:
                raise LptInputError(tr("the workspace does not exist"), path, tr("create it by importing into it."))
            if not os.path.isdir(os.path.dirname(path)):
                raise LptInputError(tr("the folder of the workspace does not exist"), path,
                                    tr("create the folder first."))
            _create_file(path)
        if not os.path.isfile(path):
            raise LptInputError(tr("the workspace is not a file"), path, tr("give the workspace's .gpkg file."))
        if not (os.access(path, os.W_OK) and os.access(os.path.dirname(path), os.W_OK)):
            raise faults.read_only(path)
        _check_header(path)
        try:
            con = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
        except sqlite3.Error as exc:
            raise faults.store_error(exc, path, BUSY_SECONDS) from exc
        store = cls(path, con)
        try:
            store._check()
        except BaseException:
            store.close()
            raise
        return store

    @faults.guarded
    def _check(self) -> None:
        if _CHECKED.get(self.path) != _stamp(self.path):    # not as this process last left it: checked again
            bad = [r[0] for r in self.con.execute("PRAGMA quick_check(3)")]
            if bad != ["ok"]:
                raise faults.damaged(self.path, tr("SQLite's integrity check: {problems}").format(
                    problems="; ".join(bad)))
        if not self._has("lpt_meta"):
            raise LptInputError("the file is not a Local Priority Targeting workspace", self.path,
                                "choose a workspace GeoPackage, or a new file name to create one.")
        meta = dict(self.con.execute("SELECT key, value FROM lpt_meta").fetchall())
        if meta.get("kind") != KIND:
            raise LptInputError("the file is not a Local Priority Targeting workspace", self.path,
                                "choose a workspace GeoPackage, or a new file name to create one.")
        version = _version(meta.get("schema_version"), self.path)
        if version <= SCHEMA_VERSION:
            self._check_structure(version)
        self._migrate(version)
        self.con.execute("PRAGMA foreign_keys = ON")
        _CHECKED[self.path] = _stamp(self.path)

    def _check_structure(self, version: int) -> None:
        """Every table and column the schema at ``version`` has is there (none dropped or renamed)."""
        from .migrations import expected
        for table, cols in expected(min(version, SCHEMA_VERSION)).items():
            have = self._columns(table)
            if not have:
                raise faults.altered(self.path, tr("its table {table} is missing").format(table=table))
            missing = [c for c in cols if c not in have]
            if missing:
                raise faults.altered(self.path, tr("its table {table} has no column {columns} (renamed or "
                                                   "dropped)").format(
                    table=table, columns=", ".join(missing)))

    def _migrate(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise LptInputError(tr("the workspace was made by a newer release (schema {version}, this release reads "
                                   "up to {reads})").format(version=version, reads=SCHEMA_VERSION), self.path,
                                tr("update the plugin."))
        if version == SCHEMA_VERSION:
            return
        from .migrations import MIGRATIONS
        with self.transaction():
            for v in range(version, SCHEMA_VERSION):
                MIGRATIONS[v + 1](self.con)
                self._set_meta("schema_version", str(v + 1))

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None
            if self.path in _CHECKED:              # as this process leaves it: the next open need not re-check
                _CHECKED[self.path] = _stamp(self.path)

    # ------------------------------------------------------------------ transactions, metadata
    @contextmanager
    def transaction(self) -> Iterator[None]:
        outer = self._depth == 0
        if outer:
            self._execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
        except BaseException as exc:
            self._depth -= 1
            if outer and self.con is not None and self.con.in_transaction:
                self.con.execute("ROLLBACK")
            if isinstance(exc, (sqlite3.Error, OSError, RuntimeError)):
                raise faults.store_error(exc, self.path, self.busy_seconds) from exc
            raise
        self._depth -= 1
        if outer:
            try:
                self._execute("COMMIT")
            except LptInputError:
                if self.con.in_transaction:
                    self.con.execute("ROLLBACK")
                raise

    @faults.guarded
    def _execute(self, sql: str) -> None:
        self.con.execute(sql)

    @faults.guarded
    def get_meta(self, key: str, default: Optional[str] = None) -> Optional[str]:
        row = self.con.execute("SELECT value FROM lpt_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @faults.guarded
    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self._set_meta(key, value)

    def _set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT INTO lpt_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                         "value = excluded.value", (key, value))

    # ------------------------------------------------------------------ tables
    def _has(self, table: str) -> bool:
        return self.con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is not None

    @faults.guarded
    def tables(self) -> List[str]:
        rows = self.con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return sorted(r[0] for r in rows if not r[0].startswith(SYSTEM))

    @faults.guarded
    def has_table(self, name: str) -> bool:
        """Any table of that name, the workspace's own (lpt_setups, ...) included."""
        check_name(name)
        return self._has(name)

    def _columns(self, name: str) -> Dict[str, str]:
        return {r[1]: (r[2] or "").upper() for r in self.con.execute(f"PRAGMA table_info({_q(name)})")}

    @faults.guarded
    def columns(self, name: str) -> List[str]:
        check_name(name)
        return ["geometry" if c == GEOM else c for c in self._columns(name) if c != "fid"]

    @faults.guarded
    def row_count(self, name: str) -> int:
        check_name(name)
        return int(self.con.execute(f"SELECT count(*) FROM {_q(name)}").fetchone()[0])

    @faults.guarded
    def delete_table(self, name: str) -> None:
        check_name(name)
        _refuse_kept(name, self.path)
        with self.transaction():
            self._drop(name)

    def _drop(self, name: str) -> None:
        rtree.drop(self.con, name, GEOM)
        if self._has("gpkg_extensions"):           # the old table's R-tree registration
            self.con.execute("DELETE FROM gpkg_extensions WHERE table_name = ?", (name,))
        self.con.execute(f"DROP TABLE IF EXISTS {_q(name)}")
        for t in ("gpkg_geometry_columns", "gpkg_contents"):
            self.con.execute(f"DELETE FROM {t} WHERE table_name = ?", (name,))
        self.con.execute("DELETE FROM layer_styles WHERE f_table_name = ?", (name,))

    @faults.guarded
    def write_table(self, name: str, df: pd.DataFrame, geometry: Optional[str] = None,
                    geometry_type: str = "GEOMETRY", style_qml: str = "") -> None:
        check_name(name)
        _refuse_kept(name, self.path)
        for c in df.columns:
            if c != geometry:
                check_name(str(c).lower())
        with self.transaction():
            self._drop(name)
            self._fill(name, df, geometry, geometry_type, style_qml)

    def _fill(self, name, df, geometry, geometry_type, style_qml, index: bool = True) -> np.ndarray:
        cols = [c for c in df.columns if c != geometry]
        defs = ", ".join(f"{_q(str(c))} {_sql_type(df[c])}" for c in cols)
        geom_def = f", {GEOM} {geometry_type}" if geometry else ""
        self.con.execute(f"CREATE TABLE {_q(name)} (fid INTEGER PRIMARY KEY AUTOINCREMENT"
                         f"{', ' + defs if defs else ''}{geom_def})")
        if geometry:
            rtree.create(self.con, name, GEOM)      # filled with the rows: QGIS draws and selects it fast
        fids = self._insert(name, df, cols, geometry, index)
        self._register(name, df, geometry, geometry_type, style_qml)
        return fids

    @faults.guarded
    def append_rows(self, name: str, df: pd.DataFrame) -> None:
        check_name(name)
        have = self._columns(name)
        cols = [c for c in df.columns if c in have and c != "geometry"]
        geometry = "geometry" if "geometry" in df.columns and GEOM in have else None
        with self.transaction():
            self._insert(name, df, cols, geometry)

    @faults.guarded
    def update_rows(self, name: str, key: str, keys, values) -> int:
        check_name(name)
        have = self._columns(name)
        for c in [key, *values]:
            if c not in have:
                raise LptInputError(tr("the workspace table {table} has no column {column}").format(
                    table=name, column=c),
                                    self.path, "")
        keys = list(keys)
        if not keys or not values:
            return 0
        sets = ", ".join(f"{_q(c)} = ?" for c in values)
        sql = f"UPDATE {_q(name)} SET {sets} WHERE {_q(key)} IN ({', '.join('?' * len(keys))})"
        with self.transaction():
            return self.con.execute(sql, [*values.values(), *keys]).rowcount

    def _insert(self, name, df, cols, geometry, index: bool = True) -> np.ndarray:
        """Append rows (fids after the table's last); their R-tree entries too, bulk-loaded into an empty index,
        unless ``index`` is False (the caller loads it).  Returns the fids given."""
        tree = bool(geometry) and rtree.exists(self.con, name, GEOM)
        fid = "fid" in self._columns(name)         # feature and attribute tables; lpt_ tables have none
        names = (["fid"] if fid else []) + [_q(str(c)) for c in cols] + ([GEOM] if geometry else [])
        sql = f"INSERT INTO {_q(name)} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        last = self._last_fid(name) if fid else 0
        fids = np.arange(last + 1, last + 1 + len(df), dtype=np.int64)
        if tree:
            rtree.drop_triggers(self.con, name, GEOM)      # they call ST_ functions Python's SQLite lacks
        for lo in range(0, len(df), BATCH):
            part = df.iloc[lo:lo + BATCH]
            values = ([fids[lo:lo + BATCH].tolist()] if fid else []) + [_column_values(part[c]) for c in cols]
            if geometry:
                values.append(gpkg.blobs(part[geometry].values))
            self.con.executemany(sql, zip(*values) if values else [() for _ in range(len(part))])
        if tree and index:
            self._index(name, fids, rtree.bounds(df[geometry].values))
        return fids

    def _index(self, name: str, fids: np.ndarray, box: np.ndarray) -> None:
        """Index new rows: bulk-loaded into an empty R-tree, one by one into a filled one; then the triggers."""
        rtree.drop_triggers(self.con, name, GEOM)
        if rtree.is_empty(self.con, name, GEOM):
            rtree.load(self.con, name, GEOM, fids, box)
        else:
            rtree.add(self.con, name, GEOM, fids, box)
        rtree.triggers(self.con, name, GEOM)

    def _last_fid(self, name: str) -> int:
        """The largest fid the table has had (AUTOINCREMENT never reuses one)."""
        top = self.con.execute(f"SELECT max(fid) FROM {_q(name)}").fetchone()[0] or 0
        if self._has("sqlite_sequence"):
            seq = self.con.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (name,)).fetchone()
            top = max(top, seq[0] if seq else 0)
        return int(top)

    def _register(self, name, df, geometry, geometry_type, style_qml) -> None:
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        if geometry:
            box = _bounds(df[geometry].values)
            self.con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change, min_x, "
                             "min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, 27700)",
                             (name, name, now, *box))
            self.con.execute("INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, 27700, 0, 0)",
                             (name, GEOM, geometry_type))
        else:
            self.con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change) "
                             "VALUES (?, 'attributes', ?, ?)", (name, name, now))
        if style_qml:
            self.con.execute("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                             "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, "
                             "ui, update_time) VALUES ('', '', ?, ?, ?, ?, '', 1, 'Local Priority Targeting', '', "
                             "'', ?)", (name, GEOM if geometry else "", name, style_qml, now))

    def _features(self) -> set:
        """Tables GDAL lists (registered in gpkg_contents): read through its columnar stream."""
        return {r[0] for r in self.con.execute("SELECT table_name FROM gpkg_contents")}

    def _read_columnar(self, name: str, want: List[str], have: Dict[str, str]) -> Optional[pd.DataFrame]:
        from osgeo import gdal
        from ..io.arrow import read_layer, readable
        gdal.UseExceptions()
        try:
            ds = gdal.OpenEx(self.path, gdal.OF_VECTOR | gdal.OF_READONLY)
            lyr = ds.GetLayerByName(name)
        except RuntimeError:
            return None
        attrs = [c for c in want if c != GEOM]
        if lyr is None or not readable(lyr, attrs):
            return None
        cols = read_layer(lyr, attrs, GEOM in want)
        del lyr, ds
        if cols is None:
            return None
        df = pd.DataFrame({c: cols[c] for c in attrs})
        if GEOM in want:
            import shapely
            xy = cols.get("points_xy")
            df["geometry"] = shapely.points(*xy) if xy is not None else shapely.from_wkb(cols["geometry"])
        return _typed(df, have)[[c if c != GEOM else "geometry" for c in want]]

    def _wanted(self, name: str, columns: Optional[Sequence[str]]):
        """(the asked columns the table has - all but fid when none are asked -, the table's column types);
        an error naming the table when the workspace has none of that name."""
        check_name(name)
        have = self._columns(name)
        if not have:
            raise LptInputError(tr("the workspace has no table {table}").format(table=name), self.path,
                                tr("import it into the workspace first."))
        asked = [GEOM if c == "geometry" else c for c in columns] if columns else [c for c in have if c != "fid"]
        return [c for c in asked if c in have], have

    @faults.guarded
    def read_tables(self, wanted: Dict[str, Sequence[str]]) -> Dict[str, pd.DataFrame]:
        """Whole tables, the ones GDAL lists read through its columnar stream on two threads (GDAL reads with
        the GIL released; each thread opens its own handle), the others from SQLite here."""
        from concurrent.futures import ThreadPoolExecutor
        listed = self._features()
        plans = {name: self._wanted(name, cols) if name in listed else None for name, cols in wanted.items()}
        with ThreadPoolExecutor(2) as pool:
            futures = {n: pool.submit(self._read_columnar, n, *p) for n, p in plans.items() if p is not None}
            out = {n: f.result() for n, f in futures.items()}
        return {n: out.get(n) if out.get(n) is not None else self.read_table(n, wanted[n]) for n in wanted}

    @faults.guarded
    def read_table(self, name: str, columns: Optional[Sequence[str]] = None,
                   where: Optional[Dict[str, Sequence]] = None) -> pd.DataFrame:
        want, have = self._wanted(name, columns)
        if not where and name in self._features():
            fast = self._read_columnar(name, want, have)
            if fast is not None:
                return fast
        sel = ", ".join(_q(c) for c in want)
        sql, params = f"SELECT {sel} FROM {_q(name)}", []
        if where:
            conds = []
            for col, values in where.items():
                if col not in have:
                    raise LptInputError(tr("the workspace table {table} has no column {column}").format(
                        table=name, column=col), self.path, "")
                values = list(values)
                conds.append(f"{_q(col)} IN ({', '.join('?' * len(values))})" if values else "0")
                params += values
            sql += " WHERE " + " AND ".join(conds)
        sql += " ORDER BY rowid"
        df = pd.DataFrame(self.con.execute(sql, params).fetchall(), columns=want)
        for c in want:
            t = have[c]
            if c == GEOM:
                df[c] = gpkg.geometries(df[c].values)
            elif t == "BOOLEAN":
                df[c] = df[c].astype(bool)
            elif t == "REAL":
                df[c] = pd.to_numeric(df[c], errors="coerce").astype(float)
            elif t == "INTEGER" and df[c].notna().all():
                df[c] = df[c].astype(np.int64)
        return df.rename(columns={GEOM: "geometry"})


def _refuse_kept(name: str, path: str) -> None:
    """What users create in the loop (set-ups, lists, visits, audit) and the import record are never dropped or
    replaced: a set-up is archived, not deleted."""
    from .schema import KEPT
    if name in KEPT:
        raise LptInputError(tr("the workspace table {table} is never deleted or replaced").format(table=name), path,
                            tr("archive a set-up instead (lpt:archivesetup); rows are only ever added or updated."))


def _check_header(path: str) -> None:
    """A file that is not SQLite at all is not a workspace (a damaged workspace still has SQLite's header)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise faults.store_error(exc, path) from exc
    if head and head != b"SQLite format 3\x00":
        raise LptInputError(tr("the file is not a Local Priority Targeting workspace: it is not a GeoPackage, or its "
                               "first page is damaged; nothing was written to the workspace"), path,
                            tr("choose the workspace's GeoPackage (or a new file name to create one); if this file is "
                               "your workspace, restore it from a backup."))


def _version(text: Optional[str], path: str) -> int:
    """The schema version in lpt_meta: a whole number, or the workspace was altered."""
    try:
        version = int(str(text).strip())
    except ValueError:
        raise faults.altered(path, tr("its schema version (lpt_meta) is {version!r}, not a number").format(
            version=text)) from None
    if version < 1:
        raise faults.altered(path, tr("its schema version (lpt_meta) is {version!r}").format(version=text))
    return version


def _typed(df: pd.DataFrame, have: Dict[str, str]) -> pd.DataFrame:
    for c in df.columns:
        if have.get(c) == "BOOLEAN" and df[c].dtype != object:
            df[c] = df[c].astype(bool)
        elif have.get(c) == "REAL":
            df[c] = df[c].astype(float)
    return df


def _add_bng(con: sqlite3.Connection) -> None:
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(27700)
    con.execute("INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                "organization_coordsys_id, definition, description) VALUES ('OSGB36 / British National Grid', "
                "27700, 'EPSG', 27700, ?, 'British National Grid')", (srs.ExportToWkt(),))


def _new_gpkg(path: str, fill) -> str:
    """A new GeoPackage under a temporary name in ``path``'s folder, filled by ``fill(con)`` in one transaction
    (which may return a step to run on the committed file); returns the temporary path for the caller to put
    in place, so that ``path`` is never half a file."""
    from osgeo import gdal, ogr
    folder = os.path.dirname(os.path.abspath(path))
    tmp = os.path.join(folder, f".lpt-{uuid.uuid4().hex[:16]}.part.gpkg")    # short: any legal name fits
    gdal.UseExceptions()
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        ds = None
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            con.execute("BEGIN")
            _add_bng(con)
            after = fill(con)
            con.execute("COMMIT")
        finally:
            con.close()
        if after:
            after(tmp)
        return tmp
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


def _bounds(g) -> list:
    """[min x, min y, max x, max y] of shapely geometries (None where there are none)."""
    return _extent(rtree.bounds(g))


def _extent(b: np.ndarray) -> list:
    """The extent of per-geometry bounds (rows of NaN - NULL or empty geometries - left out)."""
    ok = b[np.isfinite(b).all(axis=1)]
    if not len(ok):
        return [None] * 4
    return [float(ok[:, 0].min()), float(ok[:, 1].min()), float(ok[:, 2].max()), float(ok[:, 3].max())]


class LayerFileWriter:
    """A standalone GeoPackage holding one table ``name`` (EPSG:27700 features, or attributes): what a
    Processing output file is.  Rows are appended in batches through SQLite inside one transaction (with their
    R-tree index), in a file under a temporary name; :meth:`close` commits and puts the file at ``path``
    (replacing it).  The table is created from the first frame's columns and types."""

    def __init__(self, path: str, name: str, geometry_type: Optional[str] = None):
        self.path, self.name, self.geometry_type = path, name, geometry_type
        self.tmp = None
        self.store: Optional[GeoPackageStore] = None
        self.fids: List[np.ndarray] = []
        self.bounds: List[np.ndarray] = []

    def append(self, df: pd.DataFrame) -> None:
        geometry = "geometry" if self.geometry_type else None
        try:
            if self.store is None:
                self.tmp = _new_gpkg(self.path, lambda con: None)   # the layer first: QGIS opens it
                self.store = GeoPackageStore(self.tmp, sqlite3.connect(self.tmp, isolation_level=None))
                self.store.con.execute("BEGIN")
                fids = self.store._fill(self.name, df, geometry, self.geometry_type or "GEOMETRY", "", index=False)
            else:
                cols = [c for c in df.columns if c != geometry]
                fids = self.store._insert(self.name, df, cols, geometry, index=False)
            if geometry:                          # indexed in one pass when the file is complete
                self.fids.append(fids)
                self.bounds.append(rtree.bounds(df[geometry].values))
        except (sqlite3.Error, OSError, RuntimeError) as exc:
            self.abort()
            raise LptInputError(tr("cannot write the output ({error})").format(error=exc), self.path,
                                tr("choose a writable .gpkg file."))

    def close(self) -> str:
        try:
            if self.geometry_type:
                box = np.concatenate(self.bounds)
                self.store.con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE "
                                       "table_name = ?", (*_extent(box), self.name))
                self.store._index(self.name, np.concatenate(self.fids), box)
            self.store.con.execute("COMMIT")
            self.store.close()
            os.replace(self.tmp, self.path)
        except (sqlite3.Error, OSError, RuntimeError) as exc:
            self.abort()
            raise LptInputError(tr("cannot write the output ({error})").format(error=exc), self.path,
                                tr("choose a writable .gpkg file."))
        return self.path

    def abort(self) -> None:
        if self.store is not None:
            self.store.close()
        if self.tmp and os.path.exists(self.tmp):
            os.remove(self.tmp)


def write_layer_file(path: str, name: str, df: pd.DataFrame, geometry_type: Optional[str] = None) -> str:
    """One frame as a standalone GeoPackage layer (see :class:`LayerFileWriter`)."""
    w = LayerFileWriter(path, name, geometry_type)
    w.append(df)
    return w.close()


def _create_file(path: str) -> None:
    """A new empty workspace, built under a temporary name and linked into place (never half a file)."""
    from .migrations import create_schema
    try:
        tmp = _new_gpkg(path, lambda con: create_schema(con))
        try:
            gpkg.link_into_place(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
    except (RuntimeError, sqlite3.Error, OSError) as exc:
        raise LptInputError(tr("cannot create the workspace ({error})").format(error=exc), path,
                            tr("choose a writable .gpkg file."))
