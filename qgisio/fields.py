"""QGIS fields and features from DataFrames: field types, value conversion, writing rows to a sink."""
from __future__ import annotations
import math
from typing import Any, Callable, Iterable, List, Optional, Tuple
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsGeometry,
                       QgsPointXY)
from qgis.PyQt.QtCore import QVariant
from ..core.errors import LptCancelled


_BNG: list = []


def bng() -> QgsCoordinateReferenceSystem:
    """British National Grid (EPSG:27700), made on first use: looking it up costs QGIS's start 15 ms."""
    if not _BNG:
        _BNG.append(QgsCoordinateReferenceSystem("EPSG:27700"))
    return _BNG[0]


REJECT_FIELDS = [("file", QVariant.String), ("row", QVariant.LongLong), ("column", QVariant.String),
                 ("value", QVariant.String), ("reason", QVariant.String)]

def make_fields(spec: Iterable[Tuple[str, Any]]) -> QgsFields:
    fields = QgsFields()
    for name, typ in spec:
        fields.append(QgsField(name, typ))
    return fields

def qvariant_of(dtype) -> Any:
    kind = getattr(dtype, "kind", "O")
    if kind in "iu":
        return QVariant.LongLong
    if kind == "f":
        return QVariant.Double
    if kind == "b":
        return QVariant.Bool
    return QVariant.String

def fields_of(df, exclude=("geometry",)) -> List[Tuple[str, Any]]:
    return [(c, qvariant_of(df[c].dtype)) for c in df.columns if c not in exclude and not c.startswith("__")]

def _clean(v):
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item"):
        v = v.item()
        if isinstance(v, float) and math.isnan(v):
            return None
    return v

def _column_values(s) -> list:
    """A column as Python values, NULL for NaN/None, converted once per column (not per cell)."""
    kind = s.dtype.kind
    if kind == "f":
        return [None if v != v else v for v in s.tolist()]
    if kind in "iub":
        if getattr(s.dtype, "na_value", None) is None:           # numpy's own: no NULL
            return s.tolist()
        return s.to_numpy(dtype=object, na_value=None).tolist()      # Int64 / boolean: NULL allowed
    return [v if isinstance(v, str) else _clean(v) for v in s.tolist()]

def write_frame(sink, df, columns: List[str], geometry: Optional[Callable[[Any], QgsGeometry]] = None,
                feedback=None) -> int:
    """Append DataFrame rows to a feature sink. ``geometry(row_tuple)`` builds the geometry."""
    if sink is None or df is None or len(df) == 0:
        return 0
    feats = []
    values = zip(*[_column_values(df[c]) for c in columns])
    geoms = geometry(df) if geometry else None
    for i, row in enumerate(values):
        f = QgsFeature()
        f.setAttributes(list(row))
        if geoms is not None:
            f.setGeometry(geoms[i])
        feats.append(f)
        if len(feats) >= 20000:
            if feedback is not None and feedback.isCanceled():
                raise LptCancelled()
            sink.addFeatures(feats, QgsFeatureSink.FastInsert)
            feats = []
    if feats:
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
    return len(df)

def point_geoms(xcol: str = "easting", ycol: str = "northing"):
    def build(df):
        return [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in zip(df[xcol].values, df[ycol].values)]
    return build

def wkb_geoms(col: str = "geometry", multi: bool = False):
    import shapely

    def build(df):
        out = []
        vals = [g if isinstance(g, shapely.Geometry) else None for g in df[col].values]   # NaN -> null geometry
        for w in shapely.to_wkb(vals):
            g = QgsGeometry()
            if w is not None:
                g.fromWkb(w)
            if multi:
                g.convertToMultiType()
            out.append(g)
        return out
    return build
