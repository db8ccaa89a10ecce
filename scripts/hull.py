"""The shipped Kingston upon Hull inputs as LinkInputs (used by the stability study; no QGIS needed)."""
import os
import sys

import numpy as np
import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "demo", "data")
sys.path.insert(0, os.path.dirname(ROOT))
PKG = os.path.basename(ROOT)


def _import(name):
    import importlib
    return importlib.import_module(f"{PKG}.{name}")


def load_hull(members_csv: str = "", surveys_csv: str = "", visits_csv: str = "", ethnic: bool = True):
    import shapely
    d = lambda *p: os.path.join(DEMO, *p)  # noqa: E731
    L = _import("core.link.link")
    areas_m, census_m, cls_m = _import("core.io.areas"), _import("core.io.census"), _import("core.io.classification")
    look = cls_m.LsoaLookupReader(d("lookups", "lsoa11_lsoa21_hull.csv")).read().accepted
    crimes = _import("core.io.crime").PoliceUkReader(d("crime"), lsoa11_codes=set(look.lsoa11_code),
                                                     lsoa21_codes=set(look.lsoa21_code)).read().accepted
    lines = _import("core.io.streets").streets_from_points(crimes.street, crimes.easting.values, crimes.northing.values)
    codes, names, wkb = areas_m.read_geojson(d("boundaries", "hull_wards2022.geojson"), "ward22_code", "ward22_name")
    areas, _, _ = areas_m.prepare_areas(range(len(codes)), codes, names, wkb)
    lc, _, lw = areas_m.read_geojson(d("boundaries", "hull_lsoa2021.geojson"), "lsoa21_code")
    hh = census_m.CensusReader(d("census2021", "ts011_household_deprivation_lsoa21_hull_long.csv")).read() \
        .extra["long"].groupby("area_code").total.first()
    eth = census_m.CensusReader(d("census2021", "ts021_ethnic_group_lsoa21_hull_long.csv")).read().extra["long"]
    visits = _import("core.io.visits").VisitsReader(visits_csv or d("synthetic", "visits.csv"),
                                                    today="2024-12-31").read().accepted
    return L.LinkInputs(
        members=_import("core.io.members").MembersReader(members_csv or d("synthetic", "members.csv"),
                                                         today="2024-12-31").read().accepted,
        postcodes=_import("core.io.postcodes").postcode_reader(d("postcodes", "codepo_hu_hull.csv")).read().accepted,
        streets=lines, areas=areas, crimes=crimes,
        surveys=_import("core.io.surveys").SurveysReader(surveys_csv or d("synthetic", "surveys.csv"),
                                                         today="2024-12-31").read().accepted,
        lsoa=pd.DataFrame({"lsoa21_code": lc, "geometry": shapely.from_wkb(lw)}),
        imd=cls_m.ImdReader(d("deprivation", "iod2025_lsoa21_hull.csv")).read().accepted, lsoa_lookup=look,
        census=pd.DataFrame({"lsoa21_code": hh.index, "households": hh.values, "population": np.nan}),
        oac=cls_m.OacReader(d("classification", "oac2021_lsoa21_hull.csv")).read().accepted,
        visits=visits, ethnic=eth if ethnic else None)
