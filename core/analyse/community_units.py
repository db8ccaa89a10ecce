"""The units a community profile is made for - the workspace's areas (wards), LSOA 2021 or a team-area layer - and
how members and Census areas are placed in them.

A member is in the unit that holds their postcode (its centroid). A Census area (LSOA, or OA when the postcodes
carry OA codes) is in the unit that holds most of its postcodes (ties: the lowest unit code), the way a street is
given its LSOA; a Census area given by the unit's own code (ward tables for wards, LSOA tables for LSOAs) is that
unit. Census areas with no postcode in any unit are left out and counted.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from ..io.validate import geography_of_code
from ..link.link import LinkInputs, Links, point_in_area

KINDS = ("areas", "lsoa", "team")
OWN_GEOGRAPHY = {"areas": "WARD", "lsoa": "LSOA", "team": ""}


@dataclass
class Units:
    kind: str                  # 'areas' | 'lsoa' | 'team'
    names: pd.Series           # unit code -> name, in code order
    geometry: pd.Series        # unit code -> shapely geometry (EPSG:27700)
    of_postcode: pd.Series     # postcode -> unit code ('' outside every unit)


def area_units(links: Links, inp: LinkInputs) -> Units:
    a = inp.areas.sort_values("area_code").set_index("area_code")
    return Units("areas", a.area_name.fillna("").astype(str), a.geometry,
                 links.postcodes.area_code.astype(str).replace("nan", ""))


def lsoa_units(links: Links, inp: LinkInputs) -> Units:
    if inp.lsoa is None or not len(inp.lsoa):
        raise LptInputError(tr("the LSOA 2021 polygons are needed for a profile by LSOA"), "LSOA21",
                            tr("import them into the workspace (Import areas, AS = LSOA 2021)."))
    lsoa = inp.lsoa.sort_values("lsoa21_code").set_index("lsoa21_code")
    return Units("lsoa", pd.Series(lsoa.index, index=lsoa.index), lsoa.geometry,
                 links.postcodes.lsoa21.astype(str).replace("nan", ""))


def team_units(links: Links, teams: pd.DataFrame, code_field: str, name_field: str = "") -> Units:
    """Units from a polygon layer's frame (``geometry`` plus the code field; the name field optional)."""
    if code_field not in teams:
        raise LptInputError(tr("the team-area layer has no field '{field}'").format(field=code_field), "TEAM_AREAS",
                            tr("choose the field that names each team area (TEAM_FIELD)."))
    t = teams[teams.geometry.notna()].assign(_code=teams[code_field].astype(str).str.strip())
    t = t[t._code != ""].drop_duplicates("_code").sort_values("_code").set_index("_code")
    names = t[name_field].fillna("").astype(str) if name_field and name_field in t else pd.Series(t.index, t.index)
    pc = links.postcodes
    at = point_in_area(pc.easting.to_numpy(float), pc.northing.to_numpy(float), t.geometry.to_numpy())
    of_pc = pd.Series(np.where(at >= 0, t.index.to_numpy()[np.maximum(at, 0)], ""), index=pc.index)
    return Units("team", names, t.geometry, of_pc)


def census_units(units: Units, postcodes: pd.DataFrame, codes: pd.Series) -> pd.Series:
    """Census area code -> unit code ('' when none of its postcodes is in a unit)."""
    codes = pd.Series(pd.unique(codes.astype(str)))
    geo = codes.map(geography_of_code)
    out = pd.Series("", index=codes.values, dtype=object)
    own = (geo == OWN_GEOGRAPHY[units.kind]) & codes.isin(units.names.index)
    out[codes[own].values] = codes[own].values
    for level, column in (("LSOA", "lsoa21"), ("OA", "oa21")):
        want = codes[(geo == level) & ~own]
        if not len(want):
            continue
        if column not in postcodes:
            raise LptInputError(tr("the Census table is by {level} but the postcodes carry no {level} code").format(
                level=level), "CENSUS", tr("use a table by LSOA 2021 (or postcodes with OA codes, e.g. ONS NSPL)."))
        out[want.values] = _majority(postcodes[column].astype(str), units.of_postcode).reindex(want.values) \
            .fillna("").values
    other = codes[~geo.isin(["LSOA", "OA"]) & ~own]
    if len(other):
        raise LptInputError(tr("Census area {code} is not an LSOA or OA (nor one of the units)").format(
            code=other.iloc[0]), "CENSUS", tr("use a Census table by LSOA 2021 or OA 2021."))
    return out


def _majority(census_code: pd.Series, unit: pd.Series) -> pd.Series:
    """Census code -> the unit holding most of its postcodes (ties: lowest unit code)."""
    d = pd.DataFrame({"c": census_code.values, "u": unit.reindex(census_code.index).fillna("").values})
    d = d[(d.c != "") & (d.u != "")]
    n = d.groupby(["c", "u"]).size().rename("n").reset_index()
    n = n.sort_values(["c", "n", "u"], ascending=[True, False, True]).drop_duplicates("c")
    return n.set_index("c").u
