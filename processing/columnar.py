"""Columnar reading of file-backed layers: GDAL's Arrow stream as NumPy arrays, instead of a Python loop over
features.  Used for layers of the OGR provider (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, CSV read by OGR)
read whole, without a QGIS filter or selection, with field types it converts exactly; anything else returns
None and the caller reads feature by feature (memory layers, PostGIS, WFS, other CRSs keep that path).
The result equals the feature loop's: NULL strings are None, NULL numbers NaN, geometries the same WKB."""
from typing import List, Optional

import numpy as np

from ..core.errors import LptCancelled

BATCH = 100_000


def _ogr_layer(layer):
    from osgeo import gdal, ogr
    from qgis.core import QgsProviderRegistry
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None, None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path:
        return None, None
    gdal.UseExceptions()
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        return None, None
    if parts.get("layerName"):
        lyr = ds.GetLayerByName(parts["layerName"])
    else:
        lyr = ds.GetLayer(int(parts.get("layerId") or 0))
    return ds, lyr


def _usable(lyr, names: List[str]) -> bool:
    from osgeo import ogr
    ok_types = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal, ogr.OFTString)
    defn = lyr.GetLayerDefn()
    fields = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i) for i in range(defn.GetFieldCount())}
    fid = lyr.GetFIDColumn()
    for n in names:
        if n == fid:
            continue
        f = fields.get(n)
        if f is None or f.GetType() not in ok_types:
            return False
    return True


def _column(parts):
    a = np.ma.concatenate(parts) if any(np.ma.isMaskedArray(p) for p in parts) else np.concatenate(parts)
    mask = np.ma.getmaskarray(a) if np.ma.isMaskedArray(a) else None
    data = np.ma.getdata(a)
    if data.dtype.kind == "S":
        out = np.char.decode(data, "utf-8").astype(object)
        if mask is not None:
            out[mask] = None
        return out
    if data.dtype.kind in "iu":
        if mask is not None and mask.any():
            out = data.astype(np.float64)
            out[mask] = np.nan
            return out
        return data.astype(np.int64)
    if data.dtype.kind == "f":
        if mask is not None and mask.any():
            data = data.copy()
            data[mask] = np.nan
        return data
    if data.dtype.kind == "b" and mask is not None and mask.any():
        out = data.astype(object)
        out[mask] = None
        return out
    return data


def read_columns(layer, names: List[str], geometry: bool, feedback=None) -> Optional[dict]:
    """{field: array} (+ 'geometry': WKB bytes list) or None when this layer must be read feature by feature."""
    if geometry and (layer is None or layer.crs().authid() != "EPSG:27700"):
        return None
    ds, lyr = _ogr_layer(layer)
    if lyr is None or not _usable(lyr, names):
        return None
    if ds.GetDriver().ShortName == "ESRI Shapefile" and \
            layer.dataProvider().encoding().upper().replace("-", "") != "UTF8":
        return None              # QGIS decodes this DBF in its own encoding: read as QGIS reads it
    if not geometry:
        lyr.SetIgnoredFields(["OGR_GEOMETRY"])
    opts = [f"MAX_FEATURES_IN_BATCH={BATCH}", "GEOMETRY_ENCODING=WKB", "INCLUDE_FID=YES"]
    cols = {n: [] for n in names}
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    wkb: list = []
    fid = lyr.GetFIDColumn() or "OGC_FID"
    lyr.ResetReading()
    stream = lyr.GetArrowStreamAsNumPy(opts)
    for batch in stream:
        if feedback is not None and feedback.isCanceled():
            raise LptCancelled()
        for n in names:
            key = n if n in batch else (fid if n == fid or n == "fid" and fid in batch else None)
            if key is None:
                return None
            cols[n].append(batch[key])
        if geometry:
            g = batch.get(geom_name)
            if g is None:
                return None
            wkb += [None if x is None else bytes(x) for x in g]
    out = {n: (_column(v) if v else np.array([], dtype=object)) for n, v in cols.items()}
    if geometry:
        out["geometry"] = wkb
    del stream, lyr, ds
    return out
