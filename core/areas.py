"""Area layers (wards, beats, neighbourhoods): validation of code, name and polygon."""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from .result import REJECT_COLUMNS, empty_rejects
from .spatial import require_shapely2


def prepare_areas(fid: Sequence, code: Sequence, name: Sequence, wkb: Sequence, source: str = "areas"):
    """Return (areas DataFrame with shapely geometry, rejects, number repaired).

    Invalid polygons are repaired with ``make_valid`` (counted, not rejected);
    features without geometry, non-polygons, blank or repeated codes are rejected.
    """
    shapely = require_shapely2()
    df = pd.DataFrame({"fid": np.asarray(fid),
                       "area_code": pd.Series(list(code), dtype=object).fillna("").astype(str).str.strip(),
                       "area_name": pd.Series(list(name), dtype=object).fillna("").astype(str).str.strip()})
    geoms = np.array([shapely.from_wkb(bytes(w)) if w is not None and len(w) else None for w in wkb], dtype=object)
    rej = []
    alive = pd.Series(True, index=df.index)

    def reject(mask, column, reason, value):
        nonlocal alive
        m = mask & alive
        if m.any():
            rej.append(pd.DataFrame({"file": source, "row": df.fid[m].values, "column": column,
                                     "value": value[m].astype(str).values, "reason": reason}))
        alive = alive & ~m

    empty = pd.Series([g is None or shapely.is_empty(g) for g in geoms], index=df.index)
    reject(empty, "geometry", "no geometry", pd.Series("", index=df.index))
    gtype = pd.Series([shapely.get_type_id(g) if g is not None else -1 for g in geoms], index=df.index)
    reject(~gtype.isin([3, 6]), "geometry", "not a polygon", gtype.astype(str))
    reject(df.area_code == "", "area_code", "area code is blank", df.area_code)
    reject(df.area_code.duplicated(keep="first"), "area_code",
           "area code repeated (dissolve multi-part areas first)", df.area_code)
    invalid = alive & pd.Series([g is not None and not shapely.is_valid(g) for g in geoms], index=df.index)
    repaired = int(invalid.sum())
    if repaired:
        fixed = shapely.make_valid(geoms[invalid.values])
        # keep only the polygonal part of a repaired geometry
        geoms[invalid.values] = [shapely.union_all(shapely.get_parts(g)[np.isin(shapely.get_type_id(shapely.get_parts(g)), [3, 6])])
                                 for g in fixed]
    df["geometry"] = geoms
    out = df[alive].copy()
    out["area_km2"] = shapely.area(out.geometry.values) / 1e6
    rejects = pd.concat(rej, ignore_index=True)[REJECT_COLUMNS] if rej else empty_rejects()
    return out.reset_index(drop=True), rejects, repaired
