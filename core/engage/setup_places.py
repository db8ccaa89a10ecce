"""What set-up criteria can select postcodes by besides area and street: the LSOA's deprivation decile, the
neighbourhood's classification (ONS OAC 2021 supergroup) and the confidence of the area's survey answers.

``confidence`` is the area's (ward's) mean answer to the confidence question, put in thirds over the areas with
at least ``min_people`` respondents: ``low`` (the third with the lowest means, rounded down), ``high`` (the third
with the highest) or ``middle`` (the rest); an area with fewer has no band and is never
selected by it (``must confidence=...`` leaves it out).
"""
from __future__ import annotations

import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from ..io.consent import clean_key
from ..store.base import Store

PLACE_FIELDS = ("imd_decile", "classification", "confidence")
BANDS = ("low", "middle", "high")


def _table(store: Store, name: str, columns):
    return store.read_table(name, columns) if store.has_table(name) else None


def imd_decile(store: Store, lsoa: pd.Series) -> pd.Series:
    imd = _table(store, "imd", ["lsoa_code", "imd_decile", "edition"])
    if imd is None or not len(imd):
        return pd.Series("", index=lsoa.index)
    latest = imd.sort_values("edition").drop_duplicates("lsoa_code", keep="last").set_index("lsoa_code")
    return lsoa.map(latest.imd_decile).map(lambda v: "" if pd.isna(v) else str(int(v)))


def classification(store: Store, places: pd.DataFrame) -> pd.Series:
    """The OAC supergroup name of the postcode's output area, else of its LSOA."""
    oac = _table(store, "oac", ["area_code", "supergroup_name", "level"])
    out = pd.Series("", index=places.index)
    if oac is None or not len(oac):
        return out
    for level, col in (("LSOA", "lsoa21"), ("OA", "oa21")):       # OA last: the finer one wins
        sel = oac[oac.level.astype(str).str.upper() == level].drop_duplicates("area_code").set_index("area_code")
        if col in places and len(sel):
            got = places[col].astype(str).map(sel.supergroup_name).fillna("")
            out = out.where(got == "", got)
    return out


def confidence_band(store: Store, places: pd.DataFrame, min_people: int = 5) -> pd.Series:
    surveys = _table(store, "surveys", ["member_id", "confidence"])
    members = _table(store, "members", ["member_id", "postcode"])
    if surveys is None or members is None or not len(surveys):
        return pd.Series("", index=places.index)
    area = places.drop_duplicates("postcode").set_index("postcode").area_code
    where = pd.Series(members.postcode.astype(str).map(area).values, index=clean_key(members.member_id))
    s = surveys.assign(area=clean_key(surveys.member_id).map(where.groupby(level=0).first()),
                       who=clean_key(surveys.member_id), c=pd.to_numeric(surveys.confidence, errors="coerce"))
    s = s.dropna(subset=["area", "c"])
    per = s.groupby("area").agg(mean=("c", "mean"), people=("who", "nunique"))
    per = per[per.people >= min_people]
    if len(per) < 3:
        return pd.Series("", index=places.index)
    r, k = per["mean"].rank(method="first"), len(per) // 3
    bands = pd.Series("middle", index=per.index).mask(r <= k, "low").mask(r > len(per) - k, "high")
    return places.area_code.astype(str).map(bands).fillna("")


def enrich(store: Store, places: pd.DataFrame, fields) -> pd.DataFrame:
    """``places`` with the criteria columns the sets ask for (only those: each costs a read)."""
    out = places.copy()
    if "imd_decile" in fields:
        out["imd_decile"] = imd_decile(store, out.get("lsoa21", pd.Series("", index=out.index)).astype(str))
    if "classification" in fields:
        out["classification"] = classification(store, out)
    if "confidence" in fields:
        out["confidence"] = confidence_band(store, out)
    for f in PLACE_FIELDS:
        if f in fields and not (out[f].astype(str) != "").any():
            _none_known(f)
    return out


def _none_known(field: str) -> None:
    """A criterion on a field no postcode has a value for: said of CRITERIA with what to import."""
    why = {"imd_decile": (tr("no postcode has an IMD decile: the workspace holds no Indices of Deprivation for "
                             "their LSOAs"),
                          tr("import the English Indices of Deprivation into the workspace (Import classification "
                             "or deprivation, with WORKSPACE).")),
           "classification": (tr("no postcode has a classification: the workspace holds no Output Area "
                                 "Classification for their areas"),
                              tr("import the ONS Output Area Classification 2021 into the workspace (Import "
                                 "classification or deprivation, with WORKSPACE).")),
           "confidence": (tr("no area has a confidence band: it needs survey answers to the confidence question from "
                             "at least 5 members in each of 3 areas or more"),
                          tr("import survey responses into the workspace (Import survey responses, with WORKSPACE), "
                             "or leave confidence out of the criteria."))}
    raise LptInputError(why[field][0], "CRITERIA", why[field][1])
