"""Build the compact real-data demo set for Kingston upon Hull from ../shared/realdata.

Developer tool, run once; its output (demo/data, tests/data) is committed so that a
user's clone needs nothing else.  Values are copied unchanged; files are only filtered
to Kingston upon Hull (LAD E06000010).  Usage:

    python3 scripts/build_demo_data.py [path/to/realdata]
"""
import json
import os
import shutil
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "realdata")
DEMO = os.path.join(ROOT, "demo", "data")
TESTS = os.path.join(ROOT, "tests", "data")
HULL = "E06000010"


def out(*p):
    path = os.path.join(DEMO, *p)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def csv(name):
    return pd.read_csv(os.path.join(SRC, name), dtype=str, keep_default_na=False)


def main():
    look = csv("lookups/lsoa11_lsoa21_ltla22_humberside.csv")
    hull = look[look.ltla22_code == HULL]
    l11, l21 = set(hull.lsoa11_code), set(hull.lsoa21_code)
    hull.to_csv(out("lookups", "lsoa11_lsoa21_hull.csv"), index=False)
    w = csv("lookups/lsoa21_ward24_ltla24_humberside.csv")
    w[w.ltla24_code == HULL].to_csv(out("lookups", "lsoa21_ward24_hull.csv"), index=False)
    oa = csv("lookups/oa21_lsoa21_humberside.csv")
    oa = oa[oa.lsoa21_code.isin(l21)]
    oa.to_csv(out("lookups", "oa21_lsoa21_hull.csv"), index=False)
    oas = set(oa.oa21_code)

    # police.uk: same columns and quoting as downloaded, rows for Hull LSOAs only
    for f in sorted(os.listdir(os.path.join(SRC, "crime"))):
        d = csv(os.path.join("crime", f))
        d = d[d["LSOA code"].isin(l11 | l21)]
        d.to_csv(out("crime", f.replace("humberside", "hull")), index=False)

    # postcodes: Code-Point Open stays headerless with quoted fields, as OS publishes it
    cp = pd.read_csv(os.path.join(SRC, "postcodes/codepo_hu.csv"), header=None, dtype=str, keep_default_na=False)
    with open(out("postcodes", "codepo_hu_hull.csv"), "w", newline="") as fh:
        for r in cp[cp[8] == HULL].itertuples(index=False):
            fh.write(",".join(v if i in (1, 2, 3) else f'"{v}"' for i, v in enumerate(r)) + "\r\n")
    on = csv("postcodes/onspd_nov2025_humberside_lads.csv")
    on[on.laua == HULL].to_csv(out("postcodes", "onspd_nov2025_hull.csv"), index=False)

    d = csv("deprivation/imd2019_lsoa11_ranks_deciles_humberside.csv")
    d[d.lsoa11_code.isin(l11)].to_csv(out("deprivation", "imd2019_lsoa11_hull.csv"), index=False)
    d = csv("deprivation/iod2025_lsoa21_scores_ranks_deciles_humberside.csv")
    d[d.lsoa21_code.isin(l21)].to_csv(out("deprivation", "iod2025_lsoa21_hull.csv"), index=False)

    for f, key in (("ts021_ethnic_group_lsoa21_humberside_long.csv", "lsoa21_code"),
                   ("ts030_religion_lsoa21_humberside_long.csv", "lsoa21_code"),
                   ("ts011_household_deprivation_lsoa21_humberside_long.csv", "lsoa21_code")):
        d = csv(os.path.join("census2021", f))
        d[d[key].isin(l21)].to_csv(out("census2021", f.replace("humberside", "hull")), index=False)
    for f in ("ts025_oa21_humberside.csv", "ts029_oa21_humberside.csv", "ts030_oa21_humberside.csv"):
        d = csv(os.path.join("census2021", f))
        d[d.OA.isin(oas)].to_csv(out("census2021", f.replace("humberside", "hull")), index=False)
    shutil.copy(os.path.join(SRC, "census2021/oa21_tables_column_metadata.csv"), out("census2021", "oa21_tables_column_metadata.csv"))

    d = csv("classification/uk_oac2021_oa21_humberside.csv")
    d[d.Geography_Code.isin(oas)].to_csv(out("classification", "oac2021_oa21_hull.csv"), index=False)
    d = csv("classification/oac2021_dominant_subgroup_lsoa21_humberside.csv")
    d[d.geography_code.isin(l21)].to_csv(out("classification", "oac2021_lsoa21_hull.csv"), index=False)

    for f in ("hull_wards2022.geojson", "E06000010_wards_by_lad.geojson", "E06000010_lsoa_by_lad.geojson",
              "E06000010_oa_by_lad.geojson", "humberside_pfa2020.geojson"):
        shutil.copy(os.path.join(SRC, "boundaries", f), out("boundaries", f))
    g = json.load(open(os.path.join(SRC, "boundaries/humberside_lsoa2021.geojson")))
    g["features"] = [ft for ft in g["features"] if ft["properties"]["lsoa21_code"] in l21]
    json.dump(g, open(out("boundaries", "hull_lsoa2021.geojson"), "w"))
    shutil.copy(os.path.join(SRC, "boundaries/UK-GeoJSON_licence.txt"), out("boundaries", "UK-GeoJSON_licence.txt"))
    shutil.copy(os.path.join(SRC, "postcodes/codepoint_licence.txt"), out("postcodes", "codepoint_licence.txt"))

    # test fixtures: one police.uk month exactly as downloaded, the real Leeds OSM network
    os.makedirs(TESTS, exist_ok=True)
    shutil.copy(os.path.join(SRC, "crime/2024-01-humberside-street.csv"), os.path.join(TESTS, "2024-01-humberside-street.csv"))
    shutil.copy(os.path.join(SRC, "leeds_chapeltown/chapeltown_leeds_streets.gpkg"), os.path.join(TESTS, "chapeltown_leeds_streets.gpkg"))
    shutil.copy(os.path.join(SRC, "leeds_chapeltown/boundaries/E08000035_wards_by_lad.geojson"), os.path.join(TESTS, "leeds_wards.geojson"))
    print("demo data written to", DEMO)


if __name__ == "__main__":
    main()
