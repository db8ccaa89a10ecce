"""A set-up's target list: the postcodes of its streets, with what an officer at the door needs to know.

Per postcode: its street and area, estimated households (the Census 2021 households of its LSOA shared equally
across the LSOA's postcodes, or the address count the user supplies), members already registered there (active,
consent checked fail-closed), the last visit and its outcome (imported visit logs and set-up outcomes), and
whether its street is a priority street.  Without REVISIT, households already registered are not knocked again:
``households_to_visit`` = estimated households less registered members (at most one member per household), and
postcodes with none left are not listed (a postcode whose households are unknown stays listed).  Aggregates only: no member, name or address is in the list.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
import pandas as pd

from ..io import consent

COLUMNS = ["street_id", "street_name", "area_code", "area_name", "postcode", "easting", "northing",
           "households_est", "households_to_visit", "members_registered", "last_visit", "last_outcome", "priority",
           "street_rank"]


def households_per_postcode(pc: pd.DataFrame, households: Optional[pd.DataFrame],
                            addresses: Optional[pd.DataFrame] = None) -> pd.Series:
    """Estimated households per postcode (index postcode): the supplied address counts where given, else the
    LSOA's Census households over its postcodes; NaN where neither is known."""
    est = pd.Series(np.nan, index=pc.postcode.values)
    if households is not None and len(households) and "lsoa21" in pc:
        hh = households.groupby(households.area_code.astype(str)).total.first()
        n = pc.groupby("lsoa21").postcode.transform("count")
        est[:] = (pc.lsoa21.map(hh) / n).values
    if addresses is not None and len(addresses):
        given = addresses.set_index("postcode").addresses.astype(float)
        est.update(given)
    return est


def registered_per_postcode(members: pd.DataFrame) -> pd.Series:
    """Active members (consent checked, fail-closed: opted out or unknown are not counted) per postcode."""
    if members is None or not len(members):
        return pd.Series(dtype=np.int64)
    ok, _ = consent.messageable(members)
    m = members[ok]
    m = m[~consent.clean_key(m.member_id).duplicated()]
    return m.groupby(m.postcode.astype(str)).size()


def last_visits(visits: Optional[pd.DataFrame]) -> pd.DataFrame:
    """Per postcode: the latest visit date and its outcome, from the visit log with the set-ups' outcomes
    (``core/link/stored.with_setup_visits``: what the ranking reads too)."""
    if visits is None or not len(visits):
        return pd.DataFrame(columns=["last_visit", "last_outcome"])
    v = pd.DataFrame({"postcode": visits.postcode.astype(str), "date": visits.date.astype(str),
                      "outcome": visits.get("outcome", pd.Series("", index=visits.index)).fillna("").astype(str)})
    v = v.sort_values(["postcode", "date"], kind="stable")
    last = v.drop_duplicates("postcode", keep="last").set_index("postcode")
    return last.rename(columns={"date": "last_visit", "outcome": "last_outcome"})


def target_list(pc: pd.DataFrame, streets: pd.DataFrame, areas: pd.DataFrame, members: pd.DataFrame,
                households: Optional[pd.DataFrame], visits: Optional[pd.DataFrame], revisit: bool,
                addresses: Optional[pd.DataFrame] = None, only=None) -> pd.DataFrame:
    """The target postcodes of ``streets`` (street_id, street_name, priority, street_rank) from the linked
    postcodes ``pc`` (postcode, easting, northing, street_id, area_code, lsoa21; all of them: an LSOA's households
    are shared across all its postcodes); ``only``: just these postcodes of those streets."""
    pc = pc.drop_duplicates("postcode")
    est = households_per_postcode(pc, households, addresses)
    t = pc[pc.street_id.astype(str).isin(streets.street_id.astype(str))].copy()
    if only is not None:
        t = t[t.postcode.isin(only)]
    t["street_id"] = t.street_id.astype(str)
    t = t.merge(streets.assign(street_id=streets.street_id.astype(str)), on="street_id", how="left")
    t["area_name"] = t.area_code.map(areas.set_index("area_code").area_name).fillna("")
    t["households_est"] = t.postcode.map(est).round(1)
    t["members_registered"] = t.postcode.map(registered_per_postcode(members)).fillna(0).astype(np.int64)
    hh = t.households_est
    t["households_to_visit"] = hh if revisit else (hh - t.members_registered).clip(lower=0)   # NaN: unknown
    last = last_visits(visits)
    t["last_visit"] = t.postcode.map(last.last_visit).fillna("")
    t["last_outcome"] = t.postcode.map(last.last_outcome).fillna("")
    if not revisit:
        t = t[~(t.households_to_visit <= 0)]           # postcodes of unknown households stay listed
    return t.sort_values(["street_rank", "street_id", "postcode"], na_position="last")[COLUMNS].reset_index(drop=True)
