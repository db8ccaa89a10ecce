"""Workspace operations: opening a workspace (its tables checked) and storing imports with their provenance.

The store keeps; it never decides what to link or analyse: the link stage reads its inputs back and caches its
links through the :class:`~.base.Store` interface (:mod:`..link.stored`, :mod:`..link.cache`), and the caller
chooses a table's style (QML text handed to :func:`save_import`).  Only the Store interface is used here.
"""
from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime, timezone
from typing import Dict, Optional, Sequence

import pandas as pd

from ..i18n import tr
from .base import Store

# the data tables an import may store, with their geometry type (None: no geometry)
TABLES = {
    "members": None, "surveys": None, "visits": None, "crimes": "POINT", "postcodes": "POINT",
    "streets": "LINESTRING", "areas": "MULTIPOLYGON", "lsoa21": "MULTIPOLYGON", "imd": None, "lsoa_lookup": None,
    "census_households": None, "census_population": None, "census_ethnic": None, "oac": None, "acorn": None,
}
POINT_TABLES = ("crimes", "postcodes")
PROVENANCE = ("source_file", "source_row")        # per row; the import's sources are in lpt_imports
MERGE_BY = {"crimes": "month", "oac": "level"}
# the columns each table must have for the analyses to read it ('geometry': its geometry); checked on open
REQUIRED = {
    "members": ("member_id", "postcode", "registered", "status"), "surveys": ("response_id", "member_id", "submitted"),
    "visits": ("visit_id", "date", "postcode"), "crimes": ("month", "easting", "northing"),
    "postcodes": ("postcode", "easting", "northing", "geometry"), "streets": ("geometry",),
    "areas": ("area_code", "area_name", "geometry"), "lsoa21": ("geometry",), "imd": ("lsoa_code", "imd_decile"),
    "lsoa_lookup": ("lsoa11_code", "lsoa21_code"), "census_households": ("area_code", "total"),
    "census_population": ("area_code", "total"), "census_ethnic": ("area_code", "category", "count"),
    "oac": ("area_code", "supergroup", "level"), "acorn": ("postcode", "acorn_category"),
    "link_postcodes": ("postcode", "segment_id"),
    "link_locations": ("loc_key", "segment_id", "street_id", "street_dist", "area_code"),
}


def open_store(path: str, create: bool = True) -> Store:
    """The store behind a workspace name - a .gpkg file, or a PostgreSQL connection (``service=NAME``,
    ``postgresql://...``, libpq keywords: :mod:`.postgis_conn`; psycopg is imported only then) -, its data tables
    checked: every column the analyses read is there."""
    from .postgis_conn import is_postgres
    if is_postgres(path):
        from .postgis import PostGISStore
        store = PostGISStore.open(path, create=create)
    else:
        from .geopackage import GeoPackageStore
        store = GeoPackageStore.open(path, create=create)
    try:
        check_tables(store)
    except BaseException:
        store.close()
        raise
    return store


def check_tables(store: Store) -> None:
    """A data table that lost a column the analyses read (dropped or renamed outside the plugin) is refused."""
    from .faults import altered
    for table in store.tables():
        need = REQUIRED.get(table, ())
        have = set(store.columns(table)) if need else set()
        missing = [c for c in need if c not in have]
        if table == "crimes" and not {"crime_type", "category"} & have:
            missing.append("crime_type")
        if missing:
            raise altered(store.path, tr("its table {table} has no column {columns} (renamed or dropped)").format(
                table=table, columns=", ".join(missing)))


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()



def _with_points(table: str, df: pd.DataFrame) -> pd.DataFrame:
    if table in POINT_TABLES and "geometry" not in df:
        import shapely
        df = df.assign(geometry=shapely.points(df.easting.values.astype(float), df.northing.values.astype(float)))
    return df


def _record(store: Store, kind: str, table: str, sources: Sequence[str], read: int, accepted: int, rejected: int,
            rejects: Optional[pd.DataFrame], notes: Sequence[str]) -> int:
    src = [{"path": os.path.abspath(p), "sha256": sha256_file(p), "bytes": os.path.getsize(p)}
           for p in sources if p and os.path.isfile(p)]
    row = pd.DataFrame([{"kind": kind, "table_name": table, "sources": json.dumps(src),
                         "imported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                         "n_read": int(read), "n_accepted": int(accepted), "n_rejected": int(rejected),
                         "notes": json.dumps(list(notes))}])
    store.append_rows("lpt_imports", row)
    import_id = int(store.read_table("lpt_imports", ["import_id"]).import_id.max())
    if rejects is not None and len(rejects):
        store.append_rows("lpt_rejects", rejects.assign(import_id=import_id)[
            ["import_id", "file", "row", "column", "value", "reason"]].astype({"value": str, "reason": str}))
    return import_id


def save_import(store: Store, table: str, df: pd.DataFrame, kind: str, sources: Sequence[str], read: int,
                rejected: int, rejects: Optional[pd.DataFrame] = None, notes: Sequence[str] = (),
                allow_shrink: bool = False, style_qml: str = "") -> Dict:
    """Store an import (all or nothing) with its provenance. Crimes replace only the months they bring; a member
    export supersedes the previous one; any other table is replaced.  Refused, with nothing written, when it
    would shrink what it replaces (unless ``allow_shrink``) or bring another force's or source's crimes
    (:mod:`.import_rules`).  ``style_qml``: the table's default QGIS style, chosen by the caller."""
    from .import_rules import check_crimes, check_shrink
    if table not in TABLES:
        raise KeyError(table)
    df = df.rename(columns={"__file": "source_file", "__row": "source_row", "fid": "source_fid"})
    df = _with_points(table, df[[c for c in df.columns if not str(c).startswith("__")]].reset_index(drop=True))
    geom_type = TABLES[table]
    info: Dict = {"table": table, "rows": len(df)}
    with store.transaction():
        key = MERGE_BY.get(table)
        meta = check_crimes(store, df) if table == "crimes" else {}
        check_shrink(store, table, df, key, allow_shrink)
        df = _keep_types(store, table, df)
        if key and store.has_table(table):
            info.update(_merge(store, table, df, key, style_qml))
        else:
            if table == "members":
                info.update(_superseded(store, df))
            store.write_table(table, df, "geometry" if geom_type else None, geom_type or "GEOMETRY", style_qml)
        for k, v in meta.items():
            if v:
                store.set_meta(k, v)
        info.update(meta)
        info["import_id"] = _record(store, kind, table, sources, read, len(df), rejected, rejects, notes)
    return info


def _keep_types(store: Store, table: str, df: pd.DataFrame) -> pd.DataFrame:
    """A column with no values at all (an empty import, a blank optional column) keeps the table's text type
    instead of becoming a column of numbers that the next reader cannot treat as text."""
    if not store.has_table(table):
        return df
    cols = [c for c in df.columns if c in store.columns(table) and c != "geometry"]
    if not cols:
        return df
    text = store.read_table(table, cols, where={cols[0]: []})           # no rows: the stored types
    blank = [c for c in text.columns if c != "geometry" and text[c].dtype == object and df[c].isna().all()
             and df[c].dtype != object]
    return df.astype({c: object for c in blank}) if blank else df


def _merge(store: Store, table: str, df: pd.DataFrame, key: str, style_qml: str) -> Dict:
    """Replace the rows whose ``key`` (crime month, classification level) the import brings; keep the rest (a
    column only one side has is empty on the other: an older layout is never dropped)."""
    old = store.read_table(table)
    values = set(df[key].astype(str))
    kept = old[~old[key].astype(str).isin(values)].copy()
    for a, b in ((kept, df), (df, kept)):
        for c in set(b.columns) - set(a.columns):
            a[c] = False if b[c].dtype == bool else None
    merged = pd.concat([kept, df[kept.columns]], ignore_index=True) if len(kept) else df
    merged = merged.sort_values(key, kind="stable").reset_index(drop=True)
    replaced = sorted(values & set(old[key].astype(str)))
    geom = TABLES[table]
    store.write_table(table, merged, "geometry" if geom else None, geom or "GEOMETRY", style_qml)
    return {"months_replaced" if key == "month" else "replaced": replaced, "rows": len(merged)}


def _superseded(store: Store, df: pd.DataFrame) -> Dict:
    """A newer member export is the truth member by member: a member missing from it is gone; an opt-out in it
    is honoured at once (every audience reads the members table)."""
    if not store.has_table("members"):
        return {"members_gone": 0, "newly_opted_out": 0}
    old = store.read_table("members", ["member_id", "status"])
    new_ids = set(df.member_id.astype(str))
    gone = int((~old.member_id.astype(str).isin(new_ids)).sum())
    was = old.set_index("member_id").status
    now = df.set_index("member_id").status
    both = was.index.intersection(now.index)
    from ..io.consent import OPTED_OUT
    newly = int(((now.reindex(both) == OPTED_OUT) & (was.reindex(both) != OPTED_OUT)).sum())
    return {"members_gone": gone, "newly_opted_out": newly}


def imports(store: Store) -> pd.DataFrame:
    return store.read_table("lpt_imports")
