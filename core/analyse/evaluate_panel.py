"""What an evaluation of targeted activity compares (issue #26): per street and month, crime, harm, ASB,
registrations, survey responses and the sum and count of confidence answers; and per street what comparison
streets are matched on (prior crime, deprivation, classification) and where it is (its midpoint).

Months without crime data are NaN for the crime measures (police.uk months can be missing); members and answers
count in every calendar month.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List

import numpy as np
import pandas as pd

COUNT_MEASURES = ("crimes", "harm", "asb", "registrations", "responses")
CRIME_MEASURES = ("crimes", "harm", "asb")
MEASURES = COUNT_MEASURES + ("confidence",)
ASB = "Anti-social behaviour"


@dataclass
class Panel:
    streets: pd.DataFrame                 # index street_id: mx, my, imd_decile, group, name
    monthly: Dict[str, pd.DataFrame]      # measure -> streets x months (YYYY-MM); confidence_sum, confidence_n
    months: List[str]                     # the calendar months of the panel
    crime_months: List[str]               # the months with crime data


def _grid(key: pd.Series, month: pd.Series, values, index: pd.Index, months: List[str]) -> pd.DataFrame:
    df = pd.DataFrame({"s": key.astype(str).to_numpy(), "m": month.astype(str).to_numpy(),
                       "v": np.asarray(values, dtype=float)})
    g = df.groupby(["s", "m"]).v.sum().unstack("m")
    return g.reindex(index=index, columns=months).fillna(0.0)


def build(streets: pd.DataFrame, crimes: pd.DataFrame, harm_w: Dict[str, float], members: pd.DataFrame = None,
          surveys: pd.DataFrame = None, months: List[str] = None) -> Panel:
    """``streets``: index street_id with mx, my, imd_decile, group (classification; '' when none), name.
    ``crimes``: street_id, month, crime_type.  ``members``: street_id, registered (date).  ``surveys``:
    street_id, submitted (date), confidence."""
    index = streets.index.astype(str)
    crime_months = sorted(m for m in crimes.month.astype(str).unique() if m)
    if months is None:
        months = [str(p) for p in pd.period_range(crime_months[0], crime_months[-1], freq="M")]
    ct = crimes.crime_type.astype(str)
    monthly = {"crimes": _grid(crimes.street_id, crimes.month, np.ones(len(crimes)), index, months),
               "harm": _grid(crimes.street_id, crimes.month, ct.map(harm_w).fillna(0.0), index, months),
               "asb": _grid(crimes.street_id, crimes.month, (ct == ASB).astype(float), index, months)}
    missing = [m for m in months if m not in set(crime_months)]
    for k in CRIME_MEASURES:
        monthly[k].loc[:, missing] = np.nan
    monthly["registrations"] = _dated(members, "registered", None, index, months)
    monthly["responses"] = _dated(surveys, "submitted", None, index, months)
    monthly["confidence_sum"] = _dated(surveys, "submitted", "confidence", index, months)
    monthly["confidence_n"] = _dated(surveys, "submitted", "confidence", index, months, count=True)
    return Panel(streets.set_axis(index), monthly, months, crime_months)


def _dated(df, date_col, value_col, index, months, count=False) -> pd.DataFrame:
    if df is None or not len(df) or date_col not in df:
        return pd.DataFrame(0.0, index=index, columns=months)
    month = pd.to_datetime(df[date_col], errors="coerce").dt.strftime("%Y-%m")
    if value_col is None:
        vals = np.ones(len(df))
    else:
        v = pd.to_numeric(df[value_col], errors="coerce")
        vals = v.notna().astype(float) if count else v.fillna(0.0)
    ok = month.notna().to_numpy()
    return _grid(df.street_id[ok], month[ok], np.asarray(vals)[ok], index, months)


def street_frame(links, streets: pd.DataFrame) -> pd.DataFrame:
    """Per street: midpoint, IMD decile (median over its postcodes' LSOAs) and OAC supergroup (the most common),
    the name; what comparison streets are matched on."""
    from ..link.scope import street_points
    mid = street_points(streets)
    names = streets.assign(street_id=streets.street_id.astype(str)).drop_duplicates("street_id") \
        .set_index("street_id").name.astype(str)
    out = mid.join(names.rename("name"), how="left")
    pc, info = links.postcodes, links.lsoa_info
    if pc is not None and len(pc) and info is not None and "imd_decile" in info:
        lsoa = pc.lsoa21.astype(str)
        d = pd.DataFrame({"s": pc.street_id.astype(str).to_numpy(), "imd": lsoa.map(info.imd_decile).to_numpy(float),
                          "g": lsoa.map(info.get("lsoa_oac_supergroup", pd.Series(dtype=str))).fillna("").to_numpy()})
        d = d[d.s != ""]
        out["imd_decile"] = d.groupby("s").imd.median().reindex(out.index)
        g = d[d.g != ""].groupby("s").g.agg(lambda v: v.value_counts().index[0])
        out["group"] = g.reindex(out.index).fillna("")
    else:
        out["imd_decile"], out["group"] = np.nan, ""
    return out


def from_links(links, streets: pd.DataFrame, harm_w: Dict[str, float]) -> Panel:
    """The panel of every street of ``streets`` from the links (members who opted out are left out)."""
    m = links.members
    if m is not None and "status" in m:
        m = m[m.status.astype(str) != "opted_out"]
    c = links.crimes[links.crimes.street_id.astype(str) != ""]
    return build(street_frame(links, streets), c, harm_w, m, links.surveys)
