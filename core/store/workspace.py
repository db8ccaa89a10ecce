"""Workspace operations: imports with provenance, the link inputs read back, links computed once.

Every algorithm that takes a ``WORKSPACE`` reads its inputs here (:func:`load_inputs`) and its links from
:func:`ensure_links`, which links only what is new: a crime month brings its new distinct map points, a member
export its new postcodes; streets, areas, postcodes, LSOA polygons or the maximum distance changing (their
fingerprint) relinks everything.  Only the :class:`~.base.Store` interface is used here.
"""
from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime, timezone
from typing import Dict, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..config import PLUGIN_DIR
from ..link.inputs import inputs_from_frames
from ..link.link import (LinkInputs, Links, as_categories, assemble, link_points, link_postcodes, loc_key,
                         network, postcodes_to_link)
from .base import Store

# table -> (link-input key, geometry type or None, QML style)
TABLES = {
    "members": ("MEMBERS", None, ""), "surveys": ("SURVEYS", None, ""), "visits": ("VISITS", None, ""),
    "crimes": ("CRIMES", "POINT", "crime_points.qml"), "postcodes": ("POSTCODES", "POINT", "postcodes.qml"),
    "streets": ("STREETS", "LINESTRING", "streets.qml"), "areas": ("AREAS", "MULTIPOLYGON", "areas.qml"),
    "lsoa21": ("LSOA21", "MULTIPOLYGON", ""), "imd": ("IMD", None, ""), "lsoa_lookup": ("LSOA_LOOKUP", None, ""),
    "census_households": ("HOUSEHOLDS", None, ""), "census_population": ("POPULATION", None, ""),
    "census_ethnic": ("ETHNIC", None, ""), "oac": ("OAC", None, ""), "acorn": ("ACORN", None, ""),
}
POINT_TABLES = ("crimes", "postcodes")
PROVENANCE = ("source_file", "source_row")        # per row; the import's sources are in lpt_imports
# read back without: points' geometry (easting and northing are columns), a force extract's raw date and x/y
NOT_READ = {"crimes": ("geometry", "date", "x", "y"), "postcodes": ("geometry",)}
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
    """The store behind a workspace name (a .gpkg file; a PostGIS connection comes with the next release), its
    data tables checked: every column the analyses read is there."""
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
            raise altered(store.path, f"its table {table} has no column {', '.join(missing)} (renamed or dropped)")


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _style(table: str) -> str:
    qml = TABLES[table][2]
    path = os.path.join(PLUGIN_DIR, "resources", "styles", qml) if qml else ""
    if not (path and os.path.exists(path)):
        return ""
    with open(path, encoding="utf-8") as fh:
        return fh.read()


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
                allow_shrink: bool = False) -> Dict:
    """Store an import (all or nothing) with its provenance. Crimes replace only the months they bring; a member
    export supersedes the previous one; any other table is replaced.  Refused, with nothing written, when it
    would shrink what it replaces (unless ``allow_shrink``) or bring another force's or source's crimes
    (:mod:`.import_rules`)."""
    from .import_rules import check_crimes, check_shrink
    if table not in TABLES:
        raise KeyError(table)
    df = df.rename(columns={"__file": "source_file", "__row": "source_row", "fid": "source_fid"})
    df = _with_points(table, df[[c for c in df.columns if not str(c).startswith("__")]].reset_index(drop=True))
    geom_type = TABLES[table][1]
    info: Dict = {"table": table, "rows": len(df)}
    with store.transaction():
        key = MERGE_BY.get(table)
        meta = check_crimes(store, df) if table == "crimes" else {}
        check_shrink(store, table, df, key, allow_shrink)
        df = _keep_types(store, table, df)
        if key and store.has_table(table):
            info.update(_merge(store, table, df, key))
        else:
            if table == "members":
                info.update(_superseded(store, df))
            store.write_table(table, df, "geometry" if geom_type else None, geom_type or "GEOMETRY", _style(table))
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


def _merge(store: Store, table: str, df: pd.DataFrame, key: str) -> Dict:
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
    geom = TABLES[table][1]
    store.write_table(table, merged, "geometry" if geom else None, geom or "GEOMETRY", _style(table))
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


# ------------------------------------------------------------------ reading back
def load_inputs(store: Store, harm_weights: Dict[str, float]) -> LinkInputs:
    """The link inputs from the workspace's tables (the same frames the layer path reads)."""
    from ..errors import LptInputError
    have = set(store.tables())
    wanted = {table: [c for c in store.columns(table) if c not in NOT_READ.get(table, ()) + PROVENANCE]
              for table in TABLES if table in have}        # nothing downstream reads the rest: not decoded
    read = store.read_tables(wanted)
    if read.get("crimes") is not None:
        from .import_rules import check_one_force
        check_one_force(store, read["crimes"])
    frames = {key: read.get(table) for table, (key, _, _) in TABLES.items()}
    if frames["POPULATION"] is None:
        frames["POPULATION"] = frames["ETHNIC"]          # TS021 totals are the resident population
    for need in ("MEMBERS", "CRIMES", "POSTCODES", "STREETS", "AREAS"):
        if frames[need] is None:
            raise LptInputError(f"the workspace has no {need.lower()} yet", store.path,
                                f"import the {need.lower()} into the workspace first (WORKSPACE parameter of the "
                                "import algorithms).")
    return inputs_from_frames(frames, harm_weights)


# ------------------------------------------------------------------ links, computed once
def fingerprint(inp: LinkInputs, max_distance: float) -> str:
    """What the links depend on: streets, areas, postcodes, LSOA polygons and the maximum distance."""
    import shapely
    h = hashlib.sha256(f"max_distance={float(max_distance)!r}".encode())
    parts = [(inp.streets, ["segment_id", "street_id"]), (inp.areas, ["area_code"]),
             (inp.postcodes, [c for c in ("postcode", "easting", "northing", "lsoa21", "lsoa11", "oa21")
                              if c in inp.postcodes]),
             (inp.lsoa if inp.lsoa is not None else pd.DataFrame(), ["lsoa21_code"])]
    for df, cols in parts:
        if not len(df):
            h.update(b"-")
            continue
        h.update(",".join(cols).encode())
        for col in cols:            # numbers hashed as numbers, text as text
            v = df[col]
            h.update(pd.util.hash_pandas_object(v if v.dtype.kind in "fiub" else v.astype(str),
                                                index=False).values.tobytes())
        if "geometry" in df:
            wkb = shapely.to_wkb(df.geometry.values, byte_order=1)
            h.update(np.array([len(w) if w is not None else -1 for w in wkb], dtype=np.int64).tobytes())
            h.update(b"".join(w for w in wkb if w is not None))
    return h.hexdigest()


def ensure_links(store: Store, inp: LinkInputs, max_distance: float, progress=None) -> Tuple[Links, Dict]:
    """Links for ``inp``, from the stored links plus whatever is new; everything relinked when the fingerprint
    changed.  Returns (links, stats: relinked, postcodes_linked_now, locations_linked_now, ...)."""
    progress = progress or (lambda f: None)
    net = network(inp)
    fp = fingerprint(inp, max_distance)
    fresh = store.get_meta("links_fingerprint") != fp or not store.has_table("link_postcodes")
    needed = postcodes_to_link(inp, net, max_distance)
    keys = loc_key(inp.crimes.easting.values, inp.crimes.northing.values)
    with store.transaction():
        stored_pc = pd.DataFrame() if fresh else store.read_table("link_postcodes")
        stored_loc = pd.DataFrame() if fresh else store.read_table("link_locations")
        have_pc = pd.Index(stored_pc.postcode if len(stored_pc) else [])
        new_pc = link_postcodes(inp, net, max_distance, needed.difference(have_pc)).rename_axis("postcode").reset_index()
        progress(30)
        have_keys = stored_loc.loc_key.values if len(stored_loc) else np.empty(0, np.int64)
        uniq, first = np.unique(keys, return_index=True)
        todo = ~np.isin(uniq, have_keys)
        x, y = inp.crimes.easting.values[first[todo]], inp.crimes.northing.values[first[todo]]
        new_loc = link_points(x, y, net, max_distance).assign(loc_key=uniq[todo], easting=x, northing=y)
        progress(60)
        if fresh:
            store.write_table("link_postcodes", new_pc)
            store.write_table("link_locations", new_loc)
            store.set_meta("links_fingerprint", fp)
        else:
            if len(new_pc):
                store.append_rows("link_postcodes", new_pc)
            if len(new_loc):
                store.append_rows("link_locations", new_loc)
    pc = pd.concat([stored_pc, new_pc], ignore_index=True) if len(stored_pc) else new_pc
    pc = pc.drop_duplicates("postcode", keep="last").set_index("postcode").reindex(needed)
    pc.index.name = None
    locs = pd.concat([stored_loc, new_loc], ignore_index=True) if len(stored_loc) else new_loc
    locs = locs.drop_duplicates("loc_key", keep="last").reset_index(drop=True)
    locs["street_id"] = as_categories(locs.street_id.fillna(""), net.street_cats)   # per location, not per crime
    locs["area_code"] = as_categories(locs.area_code.fillna(""), net.area_cats)
    at = pd.Index(locs.loc_key.values).get_indexer(keys)
    if (at < 0).any():                    # every location was linked above: a stored table lost rows
        from ..errors import LptInputError
        store.set_meta("links_fingerprint", "")
        raise LptInputError("the workspace's stored crime links were incomplete; they have been reset", store.path,
                            "run the algorithm again: the links are computed afresh.")
    per_crime = locs[["segment_id", "street_id", "street_dist", "area_code"]].iloc[at].reset_index(drop=True)
    links = assemble(inp, net, _pc_types(pc), per_crime, max_distance)
    progress(100)
    return links, {"relinked": fresh, "postcodes_linked_now": len(new_pc), "locations_linked_now": len(new_loc),
                   "postcodes": len(pc), "locations": int(len(uniq))}


def _pc_types(pc: pd.DataFrame) -> pd.DataFrame:
    pc = pc.copy()
    pc["segment_id"] = pc.segment_id.astype(np.int64)
    for c in ("street_id", "area_code", "lsoa21", "lsoa11", "oa21"):
        if c in pc:
            pc[c] = pc[c].fillna("").astype(str)
    return pc


def describe(stats: Dict) -> str:
    how = "relinked (streets, areas, postcodes or distance changed)" if stats["relinked"] else "stored links used"
    return (f"{how}; {stats['postcodes_linked_now']:,} postcodes and {stats['locations_linked_now']:,} crime "
            f"locations linked now ({stats['postcodes']:,} postcodes, {stats['locations']:,} locations in use)")
