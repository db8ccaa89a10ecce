"""Columnar reading of file-backed layers: GDAL's Arrow stream as NumPy arrays, instead of a Python loop over
features.  Used for layers of the OGR provider (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, CSV read by OGR)
read whole, without a QGIS filter or selection, with field types it converts exactly; anything else returns
None and the caller reads feature by feature (memory layers, PostGIS, WFS, other CRSs keep that path).
The result equals the feature loop's: NULL strings are None, NULL numbers NaN, geometries the same WKB."""
from typing import List, Optional, Tuple



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


def plan(layer, names: List[str], geometry: bool, lazy=()) -> Optional[Tuple[str, str, int, List[str], bool, tuple]]:
    """What to read with GDAL for this layer - (path, layer name, layer index, fields, geometry, text fields left
    undecoded) - or None when it must be read feature by feature.  Asks the QGIS layer: call it on the layer's
    (main) thread."""
    from ..core.io.arrow import readable
    if geometry and (layer is None or layer.crs().authid() != "EPSG:27700"):
        return None
    ds, lyr = _ogr_layer(layer)
    if lyr is None or not readable(lyr, names):
        return None
    if ds.GetDriver().ShortName == "ESRI Shapefile" and \
            layer.dataProvider().encoding().upper().replace("-", "") != "UTF8":
        return None              # QGIS decodes this DBF in its own encoding: read as QGIS reads it
    from qgis.core import QgsProviderRegistry
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return (parts["path"], parts.get("layerName") or "", int(parts.get("layerId") or 0), list(names), geometry,
            tuple(lazy))


def read_planned(p, is_cancelled=None) -> Optional[dict]:
    """Read a :func:`plan` with GDAL only (no QGIS object): safe on a worker thread."""
    from ..core.io.arrow import WHOLE, read_layer
    from osgeo import gdal
    gdal.UseExceptions()
    path, name, index, names, geometry, lazy = p
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        return None
    lyr = ds.GetLayerByName(name) if name else ds.GetLayer(index)
    out = read_layer(lyr, names, geometry, is_cancelled, lazy, WHOLE) if lyr is not None else None
    del lyr, ds
    return out


def read_columns(layer, names: List[str], geometry: bool, feedback=None) -> Optional[dict]:
    """{field: array} (+ 'geometry': WKB bytes list) or None when this layer must be read feature by feature."""
    p = plan(layer, names, geometry)
    return read_planned(p, feedback.isCanceled if feedback is not None else None) if p is not None else None
