"""GDAL's columnar (Arrow stream) reading as NumPy arrays, converted to what a feature-by-feature read gives:
NULL text is None, NULL numbers NaN (integers with NULLs become floats, as pandas does), text decoded UTF-8."""
from __future__ import annotations

from typing import Dict, List, Optional

import numpy as np

BATCH = 100_000
WHOLE = 500_000         # a layer read for an analysis: up to this many rows in one batch (no copies to join them)


def column(parts: list, lazy: bool = False):
    """One column from its batches; with ``lazy``, text is left undecoded (see :mod:`.lazy_text`)."""
    a = parts[0] if len(parts) == 1 else \
        np.ma.concatenate(parts) if any(np.ma.isMaskedArray(p) for p in parts) else np.concatenate(parts)
    mask = np.ma.getmaskarray(a) if np.ma.isMaskedArray(a) else None
    data = np.ma.getdata(a)
    nulls = mask is not None and mask.any()
    if data.dtype.kind == "S" and lazy:
        from .lazy_text import LazyText
        if nulls:
            data[mask] = b""
        return LazyText(data, mask if nulls else None)
    if data.dtype.kind == "S":
        out = _decoded(data)
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


def _decoded(data: np.ndarray) -> np.ndarray:
    """UTF-8 text of a fixed-width bytes column as Python str objects.  A column whose values repeat (months,
    crime types, postcodes, statuses, member ids in responses) is decoded once per distinct value (each row then
    holds that value's one str object)."""
    out = np.empty(len(data), dtype=object)
    if _repeats(data):
        codes = _byte_codes(data)
        firsts = np.empty(codes.max() + 1, dtype=np.int64)
        firsts[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)          # the first row of each value
        uniq = np.empty(len(firsts), dtype=object)
        uniq[:] = [v.decode("utf-8") for v in data[firsts].tolist()]
        out[:] = uniq[codes]
        return out
    out[:] = [v.decode("utf-8") for v in data.tolist()]        # faster than np.char.decode
    return out


def _repeats(data: np.ndarray, m: int = 4000) -> bool:
    """Whether a column's values repeat enough to decode each distinct value once: few distinct values in its
    first 2,000 rows (months, crime types, statuses), or, among ``m`` rows taken evenly across it, as many repeats
    as a column with at most half as many distinct values as rows would show (member ids in responses, members'
    postcodes: m*m/(2*distinct) repeats are expected)."""
    if len(data) < 1000:
        return False
    if len(np.unique(data[:2000])) <= 1000:
        return True
    sample = data[::max(1, len(data) // m)][:m]
    return (len(sample) - len(np.unique(sample))) * len(data) >= len(sample) ** 2


def _byte_codes(data: np.ndarray) -> np.ndarray:
    """One integer per distinct value of a fixed-width bytes column, exactly: its bytes read as 64-bit words,
    mixed into one word and factorised once - kept when every row equals the first row of its code (checked, so a
    collision cannot merge two values) - else factorised word by word (codes so far x distinct next words,
    factorised again)."""
    import pandas as pd
    k = max(1, -(-data.dtype.itemsize // 8))
    words = np.frombuffer(data.astype(f"S{8 * k}").tobytes(), dtype=np.uint64).reshape(len(data), k)
    if k > 1:
        mixed = words[:, 0].copy()
        for j in range(1, k):
            mixed *= np.uint64(0x9E3779B97F4A7C15)          # wraps modulo 2**64
            mixed ^= words[:, j]
        codes, uniq = pd.factorize(mixed)
        firsts = np.empty(len(uniq), dtype=np.int64)
        firsts[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
        if np.array_equal(data[firsts][codes], data):
            return codes
    codes, _ = pd.factorize(words[:, 0])
    for j in range(1, k):
        nxt, uniq = pd.factorize(words[:, j])
        codes, _ = pd.factorize(codes.astype(np.int64) * len(uniq) + nxt)
    return codes


def readable(lyr, names: List[str]) -> bool:
    """Every wanted field is text, integer or real: the types converted exactly.  Not a boolean field: GDAL 3.6's
    NumPy conversion of Arrow booleans gives wrong values (a members table's 124 key contacts read back as 31
    others), so a layer with one wanted is read feature by feature (or from SQLite) instead."""
    from osgeo import ogr
    ok = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal, ogr.OFTString)
    defn = lyr.GetLayerDefn()
    fields = [defn.GetFieldDefn(i) for i in range(defn.GetFieldCount())]
    types = {f.GetName(): (f.GetType() if f.GetSubType() != ogr.OFSTBoolean else None) for f in fields}
    fid = lyr.GetFIDColumn()
    return all(n == fid or types.get(n) in ok for n in names)


def read_layer(lyr, names: List[str], geometry: bool, is_cancelled=None, lazy=(),
               batch: int = BATCH) -> Optional[Dict[str, object]]:
    """{name: array} for ``names`` (+ 'geometry': list of WKB, or 'points_xy': (x, y) for a layer of plain 2D
    points) or None if a field is missing.  Text fields named in ``lazy`` are left undecoded (LazyText).  GDAL hands
    the rows over ``batch`` at a time."""
    if not geometry:
        lyr.SetIgnoredFields(["OGR_GEOMETRY"])
    cols: Dict[str, list] = {n: [] for n in names}
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    fid = lyr.GetFIDColumn() or "OGC_FID"
    geoms: list = []
    lyr.ResetReading()
    stream = lyr.GetArrowStreamAsNumPy([f"MAX_FEATURES_IN_BATCH={batch}", "GEOMETRY_ENCODING=WKB", "INCLUDE_FID=YES"])
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
            geoms.append(g)
    out: Dict[str, object] = {n: (column(v, n in lazy) if v else np.array([], dtype=object)) for n, v in cols.items()}
    if geometry:
        xy = points_xy(geoms)
        if xy is not None:
            out["points_xy"] = xy
        else:
            out["geometry"] = [w for g in geoms for w in _wkbs(g)]
    return out


def _wkbs(g) -> list:
    """WKB bytes of one batch's geometry column; None for NULL (GDAL masks it)."""
    data = np.ma.getdata(g)
    mask = np.ma.getmaskarray(g) if np.ma.isMaskedArray(g) else np.zeros(len(data), bool)
    return [None if m or x is None else bytes(x) for x, m in zip(data, mask)]


POINT_WKB = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def points_xy(parts: list):
    """(x, y) when every geometry is a 2D little-endian WKB point without NULLs (GDAL then hands them over as
    one fixed-width 21-byte array): read as numbers, without a geometry object per point; else None."""
    if not parts or not all(getattr(p, "dtype", None) is not None and p.dtype.kind == "V" and p.dtype.itemsize == 21
                            and not np.ma.isMaskedArray(p) for p in parts):
        return None
    rec = np.concatenate([np.frombuffer(p.tobytes(), dtype=POINT_WKB) for p in parts])
    if len(rec) == 0 or not ((rec["order"] == 1) & (rec["type"] == 1)).all():
        return None
    return rec["x"].copy(), rec["y"].copy()
