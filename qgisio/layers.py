"""Reading QGIS vector sources into plain arrays for the domain layer."""
import os
from typing import List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest

from ..core.errors import LptCancelled
from .fields import bng


def _no_crs_fix() -> str:
    """What to do about a layer without a CRS (its messages are under the algorithms' context, LptAlgorithm)."""
    return QCoreApplication.translate("LptAlgorithm", "set it (Layer Properties > Source, or Processing 'Assign "
                                      "projection'), e.g. EPSG:27700 for British National Grid or EPSG:4326 for "
                                      "longitude/latitude.")


def guess_field(source, wanted: List[str]) -> Optional[str]:
    names = {f.name().lower(): f.name() for f in source.fields()}
    for w in wanted:
        if w.lower() in names:
            return names[w.lower()]
    return None


def crs_is_known(crs) -> bool:
    """A real CRS: not invalid, and not GDAL's placeholders ('Undefined geographic SRS', srs_id 0 or -1 in a
    GeoPackage), which QGIS reports as valid and which would place British grid metres as degrees."""
    if not crs.isValid():
        return False
    head = (crs.description() + " " + crs.toWkt()[:120]).lower()
    return "undefined" not in head


def check_source(source, label: str = "", geometry: bool = True, allow_empty: bool = True) -> None:
    """A layer without a CRS (for geometry) or without features (when it is required) is one clear error."""
    from ..core.errors import LptInputError
    name = label or source.sourceName()
    if geometry and not crs_is_known(source.sourceCrs()):
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "{0}: the layer has no coordinate reference "
                                                       "system, so its coordinates cannot be placed").format(name),
                            source.sourceName(), _no_crs_fix())
    if not allow_empty and source.featureCount() == 0:
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "{0}: the layer is empty (0 features)").format(
                            name), source.sourceName(),
                            QCoreApplication.translate("LptAlgorithm", "choose the layer that holds the data, or run "
                                                       "its import again."))


def read_source(source, context, fields: List[Optional[str]], feedback=None, label: str = "",
                allow_empty: bool = True) -> Tuple[list, List[list], list]:
    """Return (feature ids, [values per field], WKB in EPSG:27700) for every feature of ``source``."""
    check_source(source, label, True, allow_empty)
    return _features(source, context, fields, feedback)


def _features(source, context, fields: List[Optional[str]], feedback=None) -> Tuple[list, List[list], list]:
    """The feature loop behind :func:`read_source` (the source already checked)."""
    xform = None
    if source.sourceCrs().isValid() and source.sourceCrs() != bng():
        xform = QgsCoordinateTransform(source.sourceCrs(), bng(), context.transformContext())
    idx = [source.fields().lookupField(f) if f else -1 for f in fields]
    fids, wkbs = [], []
    cols: List[list] = [[] for _ in fields]
    total = max(1, source.featureCount())
    req = QgsFeatureRequest()
    for i, feat in enumerate(source.getFeatures(req)):
        if feedback is not None and i % 5000 == 0:
            if feedback.isCanceled():
                raise LptCancelled()
            feedback.setProgress(50.0 * i / total)
        fids.append(feat.id())
        attrs = feat.attributes()
        for c, j in zip(cols, idx):
            v = attrs[j] if j >= 0 else None
            c.append(None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
        g = feat.geometry()
        if g is None or g.isNull():
            wkbs.append(None)
            continue
        if xform is not None:
            g = type(g)(g)
            g.transform(xform)
        wkbs.append(bytes(g.asWkb()))
    return fids, cols, wkbs


def frame_from_source(source, context, feedback=None, geometry: bool = False, required=(), label: str = "",
                      allow_empty: bool = True, layer=None, xy: bool = False, prefetched=None):
    """All attributes of ``source`` as a DataFrame (NULL -> None); with ``geometry``, a shapely column in EPSG:27700
    (with ``xy``, a point layer's ``easting`` and ``northing`` from its geometry instead: no point objects).
    ``prefetched``: a callable giving the columnar read started earlier (see ``link_inputs``).

    ``required``: field names that must exist (clear error naming the layer and the algorithm to run first).
    """
    import pandas as pd
    from ..core.errors import LptInputError
    names = [f.name() for f in source.fields()]
    missing = [r for r in required if r not in names]
    if missing:
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "{0} has no field {1} (fields: {2})").format(
                            label or source.sourceName(), ", ".join(missing), ", ".join(names)), source.sourceName(),
                            QCoreApplication.translate("LptAlgorithm", "use the output of the matching Import "
                                                       "algorithm for {0}.").format(
                                label or QCoreApplication.translate("LptAlgorithm", "this input")))
    from .columnar import read_columns
    check_source(source, label, geometry, allow_empty)
    if prefetched is not None:   # read already (on a worker thread, from columnar.plan): its result or None
        fast = prefetched()
    else:
        fast = read_columns(layer, names, geometry, feedback) if layer is not None else None
    points = None
    if fast is not None:         # GDAL's columnar (Arrow) stream: the same values, no Python loop
        wkbs = fast.pop("geometry", None)
        points = fast.pop("points_xy", None)
        cols = [fast[n] for n in names]
    elif geometry:               # checked above: the loop only
        fids, cols, wkbs = _features(source, context, names, feedback)
    else:
        fids, cols, wkbs = _attributes(source, names, feedback)
    df = pd.DataFrame({n: c for n, c in zip(names, cols)}, copy=False)     # the read's arrays, not copied
    if geometry:
        import numpy as np
        import shapely
        if points is not None:
            bad = np.flatnonzero(~(np.isfinite(points[0]) & np.isfinite(points[1])))
            geoms = None if xy else shapely.points(*points)
        else:
            geoms = shapely.from_wkb(wkbs)
            coords, part = shapely.get_coordinates(geoms, return_index=True)
            bad = np.unique(part[~np.isfinite(coords).all(axis=1)])
        if len(bad):
            if geoms is not None:
                geoms[bad] = None
            if feedback is not None:
                feedback.pushWarning(QCoreApplication.translate(
                    "LptAlgorithm", "{0}: {1:,} feature(s) have coordinates that are not finite numbers (NaN or "
                    "infinite) and are treated as having no geometry").format(label or source.sourceName(), len(bad)))
        if not xy:
            _add_column(df, "geometry", geoms)
        elif points is not None:
            df["easting"], df["northing"] = points[0].copy(), points[1].copy()
            df.loc[df.index[bad], ["easting", "northing"]] = np.nan
        else:
            df["easting"], df["northing"] = shapely.get_x(geoms), shapely.get_y(geoms)     # None -> NaN
    return df


def _attributes(source, names, feedback=None):
    req = QgsFeatureRequest()
    req.setFlags(QgsFeatureRequest.NoGeometry)
    cols = [[] for _ in names]
    fids = []
    for i, feat in enumerate(source.getFeatures(req)):
        if feedback is not None and i % 20000 == 0 and feedback.isCanceled():
            raise LptCancelled()
        fids.append(feat.id())
        for c, v in zip(cols, feat.attributes()):
            c.append(None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
    return fids, cols, None


def _add_column(df, name, values) -> None:
    """``df[name] = values`` without pandas' PerformanceWarning: a wide layer (priority streets, 100+ columns) is
    a frame of one block a column on purpose (the read's arrays, not copied)."""
    import warnings
    import pandas as pd
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pd.errors.PerformanceWarning)
        df[name] = values


# names ending so are files, not a layer's name in the project (a missing one is said to be missing)
FILE_ENDINGS = (".gpkg", ".shp", ".geojson", ".json", ".csv", ".txt", ".gml", ".kml", ".fgb", ".sqlite", ".tab")


def input_problem(value, what: str, several: bool = False, layer: bool = False) -> str:
    """'' when the raw parameter ``value`` is not a file path (a layer, a layer id, a database URI) or names files
    this process can read; else a clear message naming the path and what was expected (QGIS's own check says only
    "Incorrect parameter value for INPUT")."""
    from ..core.errors import LptInputError
    from ..core.io.csvsource import check_readable_file
    if not isinstance(value, str) or not value.strip():
        return ""
    paths = [p for p in value.split(";") if p.strip()] if several else [value]
    for p in paths:
        path = p.strip().split("|")[0]
        if layer and ("://" in path or "dbname=" in path or ":" in path[2:] and not os.path.exists(path)
                      or os.sep not in path and not os.path.exists(path)
                      and not path.lower().endswith(FILE_ENDINGS)):
            continue                       # a URI or a layer id/name: QGIS resolves it
        try:
            check_readable_file(path, what)
        except LptInputError as exc:
            return str(exc)
    return ""


def layer_file(layer) -> str:
    """The file behind an OGR layer ('' for other providers)."""
    from qgis.core import QgsProviderRegistry
    if layer is None or layer.providerType() != "ogr":
        return ""
    return QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""


def check_declared_crs_of(layer) -> None:
    """A GeoJSON layer whose file names a CRS PROJ does not know, or a layer file whose CRS QGIS cannot read:
    a fatal error naming the file (and the CRS it named)."""
    from ..core.errors import LptInputError
    from ..core.io.declared_crs import check_declared_crs
    path = layer_file(layer)
    if path:
        check_declared_crs(path)
    if layer is not None and not crs_is_known(layer.crs()):
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "the layer has no coordinate reference system "
                                                       "QGIS can read, so its coordinates cannot be placed"),
                            path or layer.source(), _no_crs_fix())


def source_unchecked(alg, parameters, key, context):
    """The feature source ``key`` with every feature, invalid geometries included: the import repairs or rejects
    them itself, each with its reason (QGIS's default check would stop the run, or skip them uncounted)."""
    from qgis.core import QgsFeatureRequest
    before = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    try:
        return alg.parameterAsSource(parameters, key, context)
    finally:
        context.setInvalidGeometryCheck(before)
