"""The GeoPackage of a visit list taken to officers' phones (QField), written and read back with GDAL/OGR.

One file per set-up: ``target_streets`` (lines), ``target_postcodes`` (points, what to knock), ``context_areas``
(polygons), ``visits`` (points, empty when it leaves; officers add one per door knocked) and ``lpt_package``
(key, value: kind, set-up id, package id, when it was made) that says what the file is when it comes back.
Geometry is EPSG:27700.  The QGIS project that shows these layers is made by ``qgisio/qfield_project.py``.
"""
from __future__ import annotations

import os
import uuid
from typing import Dict, List, Optional, Tuple

import pandas as pd

from ..errors import LptInputError
from ..i18n import tr

PACKAGE_KIND = "lpt-visit-list/1"
VISIT_FIELDS: List[Tuple[str, str]] = [
    ("visit_id", "text"), ("setup_id", "text"), ("postcode", "text"), ("street_id", "text"), ("outcome", "text"),
    ("visit_date", "date"), ("officer", "text"), ("note", "text"), ("edited_at", "datetime")]
POSTCODE_FIELDS = ["setup_id", "postcode", "street_id", "street_name", "area_name", "households_est",
                   "households_to_visit", "members_registered", "last_visit", "last_outcome", "priority",
                   "street_rank"]
STREET_FIELDS = ["setup_id", "street_id", "name", "postcodes", "households"]


def _ogr():
    from osgeo import gdal, ogr, osr
    gdal.UseExceptions()
    return ogr, osr


def _field_type(ogr, kind: str, series: Optional[pd.Series] = None):
    if kind == "date":
        return ogr.OFTDate
    if kind == "datetime":
        return ogr.OFTDateTime
    if series is not None and series.dtype.kind in "iub":
        return ogr.OFTInteger64
    if series is not None and series.dtype.kind == "f":
        return ogr.OFTReal
    return ogr.OFTString


def _layer(ds, name: str, geom_type, df: pd.DataFrame, fields: List[str], srs) -> None:
    """A layer of ``df``'s ``fields`` and its ``geometry`` (shapely) column."""
    import shapely
    ogr, _ = _ogr()
    lyr = ds.CreateLayer(name, srs, geom_type, ["FID=fid", "SPATIAL_INDEX=YES"])
    for f in fields:
        lyr.CreateField(ogr.FieldDefn(f, _field_type(ogr, "", df[f])))
    defn = lyr.GetLayerDefn()
    wkb = shapely.to_wkb(df.geometry.values)
    for i, row in enumerate(df[fields].itertuples(index=False)):
        feat = ogr.Feature(defn)
        for f, v in zip(fields, row):
            if v is not None and not (isinstance(v, float) and pd.isna(v)):
                feat.SetField(f, v.item() if hasattr(v, "item") else v)
        if wkb[i] is not None:
            feat.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb[i])))
        lyr.CreateFeature(feat)


def _visits_layer(ds, srs) -> None:
    ogr, _ = _ogr()
    lyr = ds.CreateLayer("visits", srs, ogr.wkbPoint, ["FID=fid", "SPATIAL_INDEX=YES"])
    for name, kind in VISIT_FIELDS:
        lyr.CreateField(ogr.FieldDefn(name, _field_type(ogr, kind)))


def write_package(path: str, setup_id: str, streets: pd.DataFrame, postcodes: pd.DataFrame,
                  areas: pd.DataFrame, made_at: str) -> str:
    """The package GeoPackage at ``path`` (made under a temporary name, then moved into place); its id."""
    ogr, osr = _ogr()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(27700)
    package_id = uuid.uuid4().hex
    tmp = f"{path}.{package_id}.part"
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        _layer(ds, "target_streets", ogr.wkbMultiLineString, streets, STREET_FIELDS, srs)
        _layer(ds, "target_postcodes", ogr.wkbPoint, postcodes, POSTCODE_FIELDS, srs)
        _layer(ds, "context_areas", ogr.wkbMultiPolygon, areas, ["area_code", "area_name"], srs)
        _visits_layer(ds, srs)
        meta = ds.CreateLayer("lpt_package", None, ogr.wkbNone, ["FID=fid"])
        for f in ("key", "value"):
            meta.CreateField(ogr.FieldDefn(f, ogr.OFTString))
        for k, v in (("kind", PACKAGE_KIND), ("setup_id", setup_id), ("package_id", package_id),
                     ("made_at", made_at)):
            feat = ogr.Feature(meta.GetLayerDefn())
            feat.SetField("key", k)
            feat.SetField("value", v)
            meta.CreateFeature(feat)
        ds = None
        os.replace(tmp, path)
    except (RuntimeError, OSError) as exc:
        raise LptInputError(tr("cannot write the visit list ({error})").format(error=exc), path,
                            tr("choose a writable folder."))
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return package_id


SQLITE_MAGIC = b"SQLite format 3\x00"


def _pages(head: bytes, size: int) -> Tuple[int, int]:
    """(page size, pages the file should hold) from a SQLite header: the header's count while it is kept up to
    date (change counter = version-valid-for), and never fewer than the file's size makes."""
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        return 0, 0
    counted = int.from_bytes(head[28:32], "big") if head[24:28] == head[92:96] else 0
    return page, max(counted, -(-size // page))


def _check_whole(path: str) -> None:
    """A SQLite file (a GeoPackage) whole - as long as its header says, its pages consistent - or a clear error
    naming it: a file cut short in copying or sending would otherwise be read in part, or fail half-way."""
    with open(path, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return                          # not SQLite, or too short to tell: GDAL says what the file is
    fix = tr("copy the GeoPackage from the phone again, whole (QField: send the project again).")
    size = os.path.getsize(path)
    page, pages = _pages(head, size)
    if not page or size != page * pages:
        raise LptInputError(tr("the GeoPackage is cut short or damaged: the file holds {size:,} bytes, not the "
                               "{want:,} its header says (it was not copied or sent whole)").format(
                                   size=size, want=page * pages), path, fix)
    problem = _quick_check(path)
    if problem:
        raise LptInputError(tr("the GeoPackage is damaged (SQLite: {error})").format(error=problem), path, fix)


def _quick_check(path: str) -> str:
    """SQLite's quick_check of the file, read-only: '' when it finds nothing wrong."""
    import sqlite3
    from urllib.request import pathname2url
    try:
        con = sqlite3.connect(f"file:{pathname2url(os.path.abspath(path))}?mode=ro", uri=True)
        try:
            said = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return " ".join(str(exc).split()) or type(exc).__name__
    return "" if said == ["ok"] else " ".join(" ".join(map(str, said[:3])).split())


def _open(path: str):
    """The returned file opened read-only by GDAL as a GeoPackage; every other file (text named .gpkg, an empty,
    cut-short or damaged file, a folder, another format) is a clear error naming it."""
    ogr, _ = _ogr()
    if os.path.isdir(path):
        raise LptInputError(tr("this is a folder, not a GeoPackage"), path,
                            tr("give the GeoPackage from the phone (or the folder as FOLDER)."))
    if not os.path.isfile(path):
        raise LptInputError(tr("the returned visit list was not found"), path,
                            tr("give the GeoPackage from the phone."))
    _check_whole(path)
    fix = tr("give the visits GeoPackage of a package made by Export visit list.")
    try:
        ds = ogr.Open(path, 0)
    except RuntimeError as exc:
        raise LptInputError(tr("not a GeoPackage GDAL can read ({error})").format(error=str(exc).strip()), path,
                            fix) from None
    if ds is None or ds.GetDriver().GetName() != "GPKG":
        what = ds.GetDriver().GetName() if ds is not None else tr("not a file GDAL can open")
        raise LptInputError(tr("not a GeoPackage ({what})").format(what=what), path, fix)
    return ds


def read_meta(ds, path: str) -> Dict[str, str]:
    lyr = ds.GetLayerByName("lpt_package")
    if lyr is None:
        raise LptInputError(tr("this GeoPackage is not a visit list made by the plugin (no lpt_package table)"), path,
                            tr("give the visits GeoPackage of a package made by Export visit list."))
    try:
        meta = {f.GetField("key"): f.GetField("value") for f in lyr}
    except (RuntimeError, KeyError, ValueError) as exc:
        raise LptInputError(tr("the lpt_package table cannot be read ({error})").format(error=exc), path,
                            tr("give the package's GeoPackage unchanged.")) from None
    if meta.get("kind") != PACKAGE_KIND:
        raise LptInputError(tr("unknown visit-list format {kind!r} (expected {expected})").format(
            kind=meta.get("kind"), expected=PACKAGE_KIND), path,
            tr("give a package made by this version's Export visit list."))
    if not str(meta.get("setup_id") or "").strip():
        raise LptInputError(tr("the package's lpt_package table names no set-up (its setup_id is blank or "
                               "missing)"), path, tr("give the package's GeoPackage unchanged."))
    return meta


def _rows(lyr, fields: List[str]) -> pd.DataFrame:
    out = []
    for f in lyr:
        g = f.GetGeometryRef()
        x, y = (g.GetX(), g.GetY()) if g is not None and not g.IsEmpty() else (float("nan"), float("nan"))
        out.append({"fid": f.GetFID(), **{k: f.GetField(k) for k in fields}, "x": x, "y": y})
    return pd.DataFrame(out, columns=["fid", *fields, "x", "y"])


def _raw(path: str, table: str, fields: List[str]) -> pd.DataFrame:
    """The table's values as the file stores them (SQLite, read-only), by fid: GDAL reads a DATE or DATETIME
    cell that is not one ('yesterday', '31/31/2024') as NULL with a warning, which would silently change it."""
    import sqlite3
    from urllib.request import pathname2url
    con = sqlite3.connect(f"file:{pathname2url(os.path.abspath(path))}?mode=ro", uri=True)
    try:
        cols = ", ".join('"{0}"'.format(c.replace('"', '""')) for c in ["fid", *fields])
        rows = con.execute('SELECT {cols} FROM "{table}"'.format(cols=cols, table=table.replace('"', '""')))
        return pd.DataFrame(rows.fetchall(), columns=["fid", *fields])
    finally:
        con.close()


def _read_visits(path: str, lyr) -> pd.DataFrame:
    """The visits: fid and location by GDAL, every other value as stored (text as written, NULL as None)."""
    from osgeo import gdal
    names = [n for n, _ in VISIT_FIELDS]
    gdal.PushErrorHandler("CPLQuietErrorHandler")     # its warnings on cells the raw read below reports as rejects
    try:
        where = _rows(lyr, [])
    finally:
        gdal.PopErrorHandler()
    try:
        raw = _raw(path, lyr.GetName(), names)
    except Exception as exc:  # noqa: BLE001 - sqlite3.Error or a damaged file: said as the user's error
        raise LptInputError(tr("the visits table cannot be read ({error})").format(error=exc), path,
                            tr("give the package's GeoPackage unchanged.")) from None
    return where[["fid"]].merge(raw, on="fid", how="left").assign(x=where.x.values, y=where.y.values)


def read_package(path: str) -> Tuple[Dict[str, str], pd.DataFrame, pd.DataFrame]:
    """(meta, visits, target postcodes) of a returned package; a clear error for a file of another schema."""
    ds = _open(path)
    meta = read_meta(ds, path)
    lyr = ds.GetLayerByName("visits")
    if lyr is None:
        raise LptInputError(tr("the visit list has no visits layer"), path,
                            tr("give the package's GeoPackage unchanged."))
    have = [lyr.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(lyr.GetLayerDefn().GetFieldCount())]
    missing = [n for n, _ in VISIT_FIELDS if n not in have]
    if missing:
        raise LptInputError(tr("the visits layer lacks the column(s) {missing} (it has {have})").format(
            missing=", ".join(missing), have=", ".join(have) or tr("none")), path,
            tr("give the package's GeoPackage unchanged."))
    try:
        visits = _read_visits(path, lyr)
        pcs = ds.GetLayerByName("target_postcodes")
        targets = _rows(pcs, ["postcode"]) if pcs is not None else pd.DataFrame(columns=["fid", "postcode", "x", "y"])
    except RuntimeError as exc:                       # GDAL, on a file damaged past its header
        raise LptInputError(tr("the visit list cannot be read ({error})").format(error=str(exc).strip()), path,
                            tr("give the package's GeoPackage unchanged.")) from None
    return meta, visits, targets


def append_visits(path: str, visits: pd.DataFrame) -> int:
    """Add visits (columns of VISIT_FIELDS plus x, y) to a package's visits layer, as a phone would; a blank
    value is left unset."""
    ogr, _ = _ogr()
    ds = ogr.Open(path, 1)
    lyr = ds.GetLayerByName("visits")
    names = [n for n, _ in VISIT_FIELDS if n in visits]
    for row in visits.itertuples(index=False):
        f = ogr.Feature(lyr.GetLayerDefn())
        for n in names:
            v = getattr(row, n)
            if v is not None and v == v and v != "":
                f.SetField(n, v)
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({float(row.x)!r} {float(row.y)!r})"))
        lyr.CreateFeature(f)
    ds = None
    return len(visits)


def read_targets(path: str) -> pd.DataFrame:
    """The package's target postcodes with their fields and easting, northing (what the phone shows)."""
    ds = _open(path)
    read_meta(ds, path)
    t = _rows(ds.GetLayerByName("target_postcodes"), POSTCODE_FIELDS)
    return t.rename(columns={"x": "easting", "y": "northing"})
