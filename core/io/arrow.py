"""GDAL's columnar (Arrow stream) reading as NumPy arrays, converted to what a feature-by-feature read gives:
NULL text is None, NULL numbers NaN (integers with NULLs become floats, as pandas does), text decoded UTF-8."""
from __future__ import annotations

from typing import Dict, List, Optional

import numpy as np

BATCH = 100_000


def column(parts: list) -> np.ndarray:
    a = np.ma.concatenate(parts) if any(np.ma.isMaskedArray(p) for p in parts) else np.concatenate(parts)
    mask = np.ma.getmaskarray(a) if np.ma.isMaskedArray(a) else None
    data = np.ma.getdata(a)
    nulls = mask is not None and mask.any()
    if data.dtype.kind == "S":
        out = np.empty(len(data), dtype=object)
        out[:] = [v.decode("utf-8") for v in data.tolist()]        # faster than np.char.decode
        if nulls:
            out[mask] = None
        return out
    if data.dtype.kind in "iu":
        if nulls:
            out = data.astype(np.float64)
            out[mask] = np.nan
            return out
        return data.astype(np.int64)
    if data.dtype.kind == "f":
        if nulls:
            data = data.copy()
            data[mask] = np.nan
        return data
    if data.dtype.kind == "b" and nulls:
        out = data.astype(object)
        out[mask] = None
        return out
    return data


def readable(lyr, names: List[str]) -> bool:
    """Every wanted field is text, integer (incl. boolean) or real: the types converted exactly."""
    from osgeo import ogr
    ok = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal, ogr.OFTString)
    defn = lyr.GetLayerDefn()
    types = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetType() for i in range(defn.GetFieldCount())}
    fid = lyr.GetFIDColumn()
    return all(n == fid or types.get(n) in ok for n in names)


def read_layer(lyr, names: List[str], geometry: bool, is_cancelled=None) -> Optional[Dict[str, object]]:
    """{name: array} for ``names`` (+ 'geometry': list of WKB) or None if a field is missing."""
    if not geometry:
        lyr.SetIgnoredFields(["OGR_GEOMETRY"])
    cols: Dict[str, list] = {n: [] for n in names}
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    fid = lyr.GetFIDColumn() or "OGC_FID"
    wkb: list = []
    lyr.ResetReading()
    stream = lyr.GetArrowStreamAsNumPy([f"MAX_FEATURES_IN_BATCH={BATCH}", "GEOMETRY_ENCODING=WKB", "INCLUDE_FID=YES"])
    for batch in stream:
        if is_cancelled is not None and is_cancelled():
            from ..errors import LptCancelled
            raise LptCancelled()
        for n in names:
            key = n if n in batch else (fid if n in (fid, "fid") and fid in batch else None)
            if key is None:
                return None
            cols[n].append(batch[key])
        if geometry:
            g = batch.get(geom_name)
            if g is None:
                return None
            wkb += [None if x is None else bytes(x) for x in g]
    out: Dict[str, object] = {n: (column(v) if v else np.array([], dtype=object)) for n, v in cols.items()}
    if geometry:
        out["geometry"] = wkb
    return out
