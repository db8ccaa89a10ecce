"""Link inputs from the tables the import algorithms write (read from layers or from a workspace)."""
from __future__ import annotations

from typing import Dict, Optional

import pandas as pd

from ..errors import LptInputError
from ..io.lazy_text import is_lazy
from ..io.text import all_text
from .link import LinkInputs
from ..i18n import tr


def _streets(df: pd.DataFrame) -> pd.DataFrame:
    import shapely
    df = df[df.geometry.notna()].copy()
    if "segment_id" not in df:
        df["segment_id"] = range(1, len(df) + 1)
    if "street_id" not in df:
        df["street_id"] = df["name"].fillna("").astype(str) + "#" + df.segment_id.astype(str) if "name" in df else \
            df.segment_id.astype(str)
    if "name" not in df:
        df["name"] = ""
    df["name"] = df["name"].fillna("").astype(str)
    parts, idx = shapely.get_parts(df.geometry.values, return_index=True)
    out = df.iloc[idx].reset_index(drop=True)
    out["geometry"] = parts
    if len(parts) != len(df):
        out["segment_id"] = range(1, len(out) + 1)
    out["length_m"] = shapely.length(parts)
    return out


def _text(col: pd.Series) -> pd.Series:
    """The column as text, NULL as '' (left as it is when it is text already: 450,000 crime ids)."""
    if is_lazy(col):
        return pd.Series(col.values.blank_for_null(), index=col.index, name=col.name)
    if all_text(col.values):
        return col
    return col.fillna("").astype(str)


def inputs_from_frames(frames: Dict[str, Optional[pd.DataFrame]], harm_weights: Dict[str, float]) -> LinkInputs:
    """``frames``: the import outputs by parameter key (MEMBERS, CRIMES...; None when not given)."""
    import shapely
    for key in ("CRIMES", "POSTCODES"):
        df = frames[key]
        if "geometry" in df or "easting" not in df:     # from a layer: the point is the truth
            df["easting"], df["northing"] = shapely.get_x(df.geometry.values), shapely.get_y(df.geometry.values)
    crimes = frames["CRIMES"]
    if "month" not in crimes:
        raise LptInputError(tr("the crime layer has no 'month' field"), "CRIMES",
                            tr("use Import police.uk crime / force extract."))
    ctype = "crime_type" if "crime_type" in crimes else ("category" if "category" in crimes else None)
    if ctype is None:
        raise LptInputError(tr("the crime layer has no crime_type or category field"), "CRIMES", "")
    if ctype == "category":              # a force extract imported before its categories were mapped
        from ..io.crime_categories import map_categories
        crimes = crimes.assign(crime_type=map_categories(crimes.category)[0])
    else:
        crimes = crimes.rename(columns={ctype: "crime_type"}, copy=False)     # 450,000 rows: no copy
    for c in ("crime_id", "location"):
        if c not in crimes:
            crimes[c] = ""
    for c in ("crime_id", "month"):
        crimes[c] = _text(crimes[c])
    m = frames["MEMBERS"].copy(deep=False)        # NULL text as '': the columns that have one replaced, no other copied
    for c in m.columns[(m.dtypes == object).values]:
        if m[c].isna().any():
            m[c] = m[c].fillna("")
    for c in ("status", "opted_out", "age_band", "gender", "ethnic_group", "religion", "main_language",
              "disability", "groups"):
        if c not in m:
            m[c] = ""
    s = frames["SURVEYS"]
    if s is None:
        s = pd.DataFrame(columns=["response_id", "member_id", "submitted", "wave", "trust", "confidence", "priorities"])
    else:
        for c in ("trust", "confidence"):
            s[c] = pd.to_numeric(s.get(c), errors="coerce")
        s["priorities"] = s.get("priorities", pd.Series("", index=s.index)).fillna("")
    areas = frames["AREAS"][frames["AREAS"].geometry.notna()].copy()
    areas["area_code"] = areas.area_code.astype(str)
    pcs = frames["POSTCODES"].fillna({c: "" for c in ("lsoa21", "lsoa11", "oa21") if c in frames["POSTCODES"]})
    census = None
    if frames["HOUSEHOLDS"] is not None:
        hh = frames["HOUSEHOLDS"].groupby("area_code").total.first()
        pop = frames["POPULATION"].groupby("area_code").total.first() if frames["POPULATION"] is not None else None
        census = pd.DataFrame({"lsoa21_code": hh.index, "households": hh.values,
                               "population": pop.reindex(hh.index).values if pop is not None else float("nan")})
    lsoa = None
    if frames["LSOA21"] is not None:
        l = frames["LSOA21"]
        code = next((c for c in ("lsoa21_code", "lsoa21cd", "LSOA21CD", "area_code") if c in l), None)
        if code is None:
            raise LptInputError(tr("the LSOA 2021 layer has no lsoa21_code / LSOA21CD / area_code field"), "LSOA21", "")
        lsoa = pd.DataFrame({"lsoa21_code": l[code].astype(str), "geometry": l.geometry})
    return LinkInputs(members=m, postcodes=pcs, streets=_streets(frames["STREETS"]), areas=areas, crimes=crimes,
                      surveys=s, lsoa=lsoa, imd=frames["IMD"], lsoa_lookup=frames["LSOA_LOOKUP"], census=census,
                      oac=frames["OAC"], acorn=frames["ACORN"], harm_weights=harm_weights,
                      visits=frames["VISITS"], ethnic=frames["ETHNIC"])
