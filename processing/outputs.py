"""Output writers: core's batch writers for plain files, QGIS sinks otherwise; CSV cells neutralised."""
from __future__ import annotations
import os
import re
from typing import List, Optional
from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import QgsFeatureSink, QgsProcessingOutputLayerDefinition, QgsProperty, QgsWkbTypes
from ..core.errors import LptCancelled, LptInputError
from ..core.io.safe_csv import neutralise_value, write_csv
from ..qgisio.fields import bng, fields_of, make_fields, point_geoms, wkb_geoms, write_frame


GPKG_TYPES = {QgsWkbTypes.Point: "POINT", QgsWkbTypes.LineString: "LINESTRING",
              QgsWkbTypes.MultiLineString: "MULTILINESTRING", QgsWkbTypes.MultiPolygon: "MULTIPOLYGON"}

def direct_path(value) -> str:
    """The file an output is to be written to when core's writers can write it themselves: a plain
    ``.gpkg`` or ``.csv`` path with no layer name or creation options; '' otherwise."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):      # what the dialogs pass
        options = dict(value.createOptions or {})
        if set(options) - {"fileEncoding"} or \
                str(options.get("fileEncoding", "UTF-8")).upper() not in ("UTF-8", "UTF8", "SYSTEM"):
            return ""
        if value.sink.propertyType() != QgsProperty.StaticProperty:
            return ""
        value = value.sink.staticValue()
    if not isinstance(value, str) or "|" in value:
        return ""
    if re.match(r"[A-Za-z][\w+.-]*:", value) and not re.match(r"[A-Za-z]:[\\/]", value):
        return ""                                   # memory:, ogr:, postgres: ... (not a Windows drive)
    return value if value.lower().endswith((".gpkg", ".csv")) and os.path.isdir(
        os.path.dirname(os.path.abspath(value))) else ""

def _is_spreadsheet(value) -> bool:
    """Whether a sink parameter value names a CSV/spreadsheet file (read without side effects: QGIS's
    parameterAsOutputLayer would also schedule the destination for loading)."""
    sink = getattr(value, "sink", None)
    if sink is not None:
        value = sink.staticValue()
    d = str(value or "").split("|")[0].lower()
    return d.endswith((".csv", ".txt", ".xlsx", ".xls", ".ods", ".tsv"))

class NeutralisingSink:
    """A feature sink writing a spreadsheet file: text cells that would start a formula are quoted (OWASP)."""

    def __init__(self, sink):
        self._sink = sink

    def addFeatures(self, feats, flags=QgsFeatureSink.FastInsert):  # noqa: N802 - QGIS API name
        for f in feats:
            f.setAttributes([neutralise_value(v) for v in f.attributes()])
        return self._sink.addFeatures(feats, flags)

    def addFeature(self, feat, flags=QgsFeatureSink.FastInsert):  # noqa: N802
        return self.addFeatures([feat], flags)

    def __getattr__(self, name):
        return getattr(self._sink, name)

class OutputWriter:
    """Rows to the output ``key``, frame by frame.  A plain .gpkg or .csv file is written in batches by core's
    writers (a GeoPackage table named after the file, as QGIS names it; CSV cells neutralised); any other
    destination (memory, a layer in an existing GeoPackage, PostGIS) goes through a QGIS feature sink, created
    with the first frame's fields.  ``wkb``: the geometry type (None = a table); the geometry is the frame's
    ``geometry`` column (shapely), or its easting/northing with ``points``."""

    def __init__(self, alg, parameters, context, feedback, key, wkb=None, multi=False, points=False):
        self.alg, self.parameters, self.context, self.feedback, self.key = alg, parameters, context, feedback, key
        self.wkb, self.multi, self.points = wkb, multi, points
        self.path = direct_path(parameters.get(key))
        if self.path and not (self.path.lower().endswith(".csv") or wkb is None or wkb in GPKG_TYPES):
            self.path = ""
        self.dest, self.sink, self.file, self.cols = None, None, None, None

    def write(self, df, columns: Optional[List[str]] = None) -> None:
        """Append ``df`` (its ``columns``; default: all but geometry and __private ones, as at the first call)."""
        if self.cols is None:
            self.cols = list(columns) if columns is not None else \
                [c for c in df.columns if c != "geometry" and not str(c).startswith("__")]
            lower = [str(c).lower() for c in self.cols]
            if len(set(lower)) < len(lower) or {"fid", "geom"} & set(lower):
                self.path = ""          # names SQLite would confuse: QGIS's writer maps or refuses them
        if self.feedback is not None and self.feedback.isCanceled():
            self.abort()
            raise LptCancelled()
        if not self.path:
            return self._to_sink(df)
        if self.dest is None:                       # QGIS loads it when run in the GUI
            self.dest = self.alg.parameterAsOutputLayer(self.parameters, self.key, self.context)
        if self.dest.lower().endswith(".csv"):
            if self.file is None:
                self.file = SafeCsvFile(self.dest)
            return self.file.write(df[self.cols])
        if self.file is None:
            from ..core.store.geopackage import LayerFileWriter
            name = os.path.splitext(os.path.basename(self.dest))[0]
            self.file = LayerFileWriter(self.dest, name, GPKG_TYPES.get(self.wkb) if self.wkb is not None else None)
        self.file.append(df[self.cols].assign(geometry=self._geometries(df)) if self.wkb is not None else
                         df[self.cols])

    def _geometries(self, df):
        import numpy as np
        from ..core.store import gpkg
        if self.points:
            import shapely
            x, y = df["easting"].to_numpy(float), df["northing"].to_numpy(float)
            g = shapely.points(x, y)
            g[~(np.isfinite(x) & np.isfinite(y))] = None
            return g
        return gpkg.as_multi(df["geometry"].values) if self.multi else df["geometry"].values

    def _to_sink(self, df) -> None:
        if self.dest is None:
            self.sink, self.dest = self.alg.sink(
                self.parameters, self.context, self.key, make_fields(fields_of(df[self.cols])),
                self.wkb if self.wkb is not None else QgsWkbTypes.NoGeometry, bng() if self.wkb is not None else None)
            self.dest = self.dest or ""
        geoms = None
        if self.wkb is not None:
            geoms = point_geoms() if self.points else wkb_geoms(multi=self.multi)
        write_frame(self.sink, df, self.cols, geoms, self.feedback)

    def finish(self) -> str:
        if self.file is not None:
            self.file.close()
            self.file = None
        if self.path and self.dest:
            self.alg._dest_ids[self.key] = self.dest
        return self.dest or None

    def abort(self) -> None:
        if self.file is not None:
            self.file.abort()
            self.file = None


def _unwritable(path: str, exc: OSError) -> LptInputError:
    """The output cannot be created or put in place: the reason the system gives, and what to do."""
    return LptInputError(
        QCoreApplication.translate("LptAlgorithm", "cannot write the output ({0})").format(exc.strerror), path,
        QCoreApplication.translate("LptAlgorithm", "choose a writable folder and a file name of at most 255 bytes."))


class SafeCsvFile:
    """A CSV output written frame by frame under a temporary name (cells neutralised), put in place on close."""

    def __init__(self, path: str):
        import uuid                        # a short temporary name: the output may have the longest legal one
        self.path = path
        self.tmp = os.path.join(os.path.dirname(os.path.abspath(path)), f".lpt-{uuid.uuid4().hex[:16]}.part.csv")
        try:
            self.fh = open(self.tmp, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise _unwritable(path, exc) from exc
        self.header = True

    def write(self, df) -> None:
        write_csv(df, self.fh, header=self.header)
        self.header = False

    def close(self) -> str:
        self.fh.close()
        try:
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.abort()
            raise _unwritable(self.path, exc) from exc
        return self.path

    def abort(self) -> None:
        self.fh.close()
        if os.path.exists(self.tmp):
            os.remove(self.tmp)
