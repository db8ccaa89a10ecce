"""Area layers (wards, beats, neighbourhoods): validation of code, name and polygon."""
from __future__ import annotations

from typing import Sequence

import numpy as np
import shapely.ops  # noqa: F401  (used by read_geojson)
import pandas as pd

from .result import REJECT_COLUMNS, empty_rejects
from ..spatial import require_shapely2
from .plausible import outside_and_bounds, outside_reason
from .text import key_text
from .wkb import finite_coordinates, read_wkb
from ..i18n import tr


def prepare_areas(fid: Sequence, code: Sequence, name: Sequence, wkb: Sequence, source: str = "areas"):
    """Return (areas DataFrame with shapely geometry, rejects, number repaired).

    Invalid polygons are repaired with ``make_valid`` (counted, not rejected);
    features without geometry, non-polygons, blank or repeated codes are rejected.
    """
    shapely = require_shapely2()
    df = pd.DataFrame({"fid": np.asarray(fid),
                       "area_code": key_text(pd.Series(list(code), dtype=object)),
                       "area_name": key_text(pd.Series(list(name), dtype=object))})
    geoms, unreadable = read_wkb(wkb)
    rej = []
    alive = pd.Series(True, index=df.index)

    def reject(mask, column, reason, value):
        nonlocal alive
        m = mask & alive
        if m.any():
            rej.append(pd.DataFrame({"file": source, "row": df.fid[m].values, "column": column,
                                     "value": value[m].astype(str).values,
                                     "reason": reason[m].values if isinstance(reason, pd.Series) else reason}))
        alive = alive & ~m

    reject(pd.Series(unreadable, index=df.index), "geometry",
           tr("geometry cannot be read (e.g. a ring that is not closed)"), pd.Series("", index=df.index))
    reject(pd.Series(~finite_coordinates(geoms), index=df.index), "geometry",
           tr("coordinates are not finite numbers (NaN or infinite)"), pd.Series("", index=df.index))
    far, where = outside_and_bounds(geoms)
    reject(pd.Series(far, index=df.index), "geometry", outside_reason(), pd.Series(where, index=df.index))
    empty = pd.Series([g is None or shapely.is_empty(g) for g in geoms], index=df.index)
    reject(empty, "geometry", tr("no geometry"), pd.Series("", index=df.index))
    gtype = pd.Series([shapely.get_type_id(g) if g is not None else -1 for g in geoms], index=df.index)
    reject(~gtype.isin([3, 6]), "geometry", tr("not a polygon"), gtype.astype(str))
    reject(df.area_code == "", "area_code", tr("area code is blank"), df.area_code)
    dup = df.area_code.duplicated(keep="first") & (df.area_code != "") & alive
    firsts = df[alive].drop_duplicates("area_code").set_index("area_code").fid
    repeated = tr("area code repeated (dissolve multi-part areas first): first at row {row}")
    reject(dup, "area_code", df.area_code.map(lambda c: repeated.format(row=firsts.get(c, "?"))), df.area_code)
    invalid = alive & pd.Series([g is not None and not shapely.is_valid(g) for g in geoms], index=df.index)
    repaired = int(invalid.sum())
    if repaired:
        fixed = shapely.make_valid(geoms[invalid.values])
        # keep only the polygonal part of a repaired geometry
        geoms[invalid.values] = [shapely.union_all(shapely.get_parts(g)[np.isin(shapely.get_type_id(shapely.get_parts(g)), [3, 6])])
                                 for g in fixed]
    with np.errstate(all="ignore"):
        flat = alive & ~pd.Series(shapely.area(np.asarray(geoms, dtype=object)) > 0, index=df.index)   # None: NaN
    reject(flat, "geometry", tr("degenerate polygon: it encloses no area (its points lie on a line or repeat), even "
                                "after repair"), pd.Series("", index=df.index))
    repaired -= int((flat & invalid).sum())
    df["geometry"] = geoms
    out = df[alive].copy()
    out["area_km2"] = shapely.area(out.geometry.values) / 1e6
    rejects = pd.concat(rej, ignore_index=True)[REJECT_COLUMNS].sort_values("row", kind="stable") \
        .reset_index(drop=True) if rej else empty_rejects()
    return out.reset_index(drop=True), rejects, repaired


def read_geojson(path: str, code_field: str, name_field: str = ""):
    """Read a GeoJSON polygon file (WGS84/CRS84 or EPSG:27700) into (codes, names, WKB in EPSG:27700).

    GUI-free twin of loading the layer in QGIS, for tests, the demo and the benchmark.
    """
    import json

    import shapely
    from shapely.geometry import shape

    from ..errors import LptInputError
    from .geo import to_bng
    from .declared_crs import check_declared_crs, known_crs
    check_declared_crs(path)
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    crs_name = str(((data.get("crs") or {}).get("properties") or {}).get("name", ""))
    if crs_name and not known_crs(crs_name):
        check_declared_crs(path)              # (named beyond the first MiB) the same fatal error
    feats = data.get("features", [])
    if not feats:
        raise LptInputError(tr("no features"), path, tr("check the file is a GeoJSON FeatureCollection."))
    if code_field not in feats[0].get("properties", {}):
        raise LptInputError(tr("no property '{field}' (properties: {properties})").format(
            field=code_field, properties=", ".join(feats[0]["properties"])), path, tr("choose the code field."))
    geoms = [shape(f["geometry"]) if f.get("geometry") else None for f in feats]
    src = "EPSG:4326" if not crs_name or "CRS84" in crs_name.upper() else crs_name
    if "27700" not in crs_name:
        def tx(x, y, z=None):
            e, n = to_bng(x, y, src)
            return e, n
        geoms = [shapely.ops.transform(tx, g) if g is not None else None for g in geoms]
    codes = [f["properties"].get(code_field) for f in feats]
    names = [f["properties"].get(name_field, "") if name_field else "" for f in feats]
    return codes, names, [shapely.to_wkb(g) if g is not None else None for g in geoms]
