"""police.uk files exactly as downloaded, both LSOA vintages, broken copies; force extracts."""
import shutil

import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core.io.classification import LsoaLookupReader
from local_priority_targeting.core.io.crime import POLICE_UK_CATEGORIES, ForceCrimeReader, PoliceUkReader
from local_priority_targeting.core.errors import LptInputError

from _paths import DATA, DEMO

RAW = DATA / "2024-01-humberside-street.csv"


def test_raw_police_uk_month_as_downloaded():
    res = PoliceUkReader(str(RAW)).read()
    raw = pd.read_csv(RAW, dtype=str, keep_default_na=False)
    assert res.read == len(raw) == 7718
    has_id = raw["Crime ID"] != ""
    exact = has_id & raw.duplicated(keep="first")
    # a row repeating an earlier one exactly (same Crime ID and every field) is rejected, naming the first
    assert exact.sum() == 12 and res.n_rejected == 12 and res.n_accepted == res.read - 12
    assert sorted(res.rejects.row) == sorted(raw.index[exact] + 2)
    first = {tuple(r): i + 2 for i, r in zip(raw.index[::-1], raw.values[::-1])}   # row of each row's first copy
    expect = [f"exact duplicate of an earlier crime (same Crime ID and every field) (first at {RAW.name} row "
              f"{first[tuple(raw.loc[r - 2])]})" for r in res.rejects.row]
    assert res.rejects.reason.tolist() == expect
    assert "repeat" not in res.accepted.columns
    asb = raw["Crime type"] == "Anti-social behaviour"
    assert (res.accepted.crime_type == "Anti-social behaviour").sum() == asb.sum()   # ASB never deduplicated
    assert set(res.accepted.crime_type) <= set(POLICE_UK_CATEGORIES)
    # far-away records that Humberside recorded (Birmingham, Wales) are real and kept
    assert res.accepted.longitude.min() < -1.8
    assert res.accepted.street.iloc[0] == "Columbia Close"


def test_bng_coordinates_match_a_known_point():
    res = PoliceUkReader(str(RAW)).read()
    # Hull: police.uk points near the city centre, EPSG:27700 around E 509000 N 429000
    hull = res.accepted[res.accepted.lsoa_name.str.startswith("Kingston upon Hull")]
    assert hull.easting.between(500000, 520000).all() and hull.northing.between(425000, 437000).all()


def test_both_lsoa_vintages_are_recognised():
    look = LsoaLookupReader(str(DEMO / "lookups" / "lsoa11_lsoa21_hull.csv")).read().accepted
    res = PoliceUkReader(str(DEMO / "crime"), lsoa11_codes=set(look.lsoa11_code),
                         lsoa21_codes=set(look.lsoa21_code)).read()
    v = res.extra["lsoa_vintage"]
    assert v["2018-10-hull-street.csv"] == "2011" and v["2024-02-hull-street.csv"] == "2021"
    assert res.extra["months"] == ["2018-10", "2018-11", "2018-12", "2019-01", "2024-01", "2024-02"]
    assert set(res.accepted.lsoa_vintage) == {"2011", "2021"}


def test_several_files_and_folder_agree(tmp_path):
    files = sorted(str(p) for p in (DEMO / "crime").glob("2024-*.csv"))
    a = PoliceUkReader(files).read()
    d = tmp_path / "months"
    d.mkdir()
    for f in files:
        shutil.copy(f, d)
    b = PoliceUkReader(str(d)).read()
    assert a.read == b.read and a.n_accepted == b.n_accepted


def _broken(tmp_path, edit):
    raw = pd.read_csv(RAW, dtype=str, keep_default_na=False).head(200)
    raw = edit(raw)
    p = tmp_path / "broken.csv"
    raw.to_csv(p, index=False)
    return str(p)


def test_broken_copies_are_rejected_row_by_row(tmp_path):
    def edit(d):
        d.loc[3, "Longitude"] = "abc"
        d.loc[4, "Month"] = "Jan 2024x"
        d.loc[5, "Crime type"] = "Jaywalking"
        d.loc[6, ["Longitude", "Latitude"]] = ""
        d.loc[7, ["Longitude", "Latitude"]] = d.loc[7, ["Latitude", "Longitude"]].values
        d.loc[8, "LSOA code"] = "X123"
        return d
    res = PoliceUkReader(_broken(tmp_path, edit)).read()
    rej = res.rejects.set_index("row")
    assert rej.loc[5, "reason"] == "longitude is not a number" and rej.loc[5, "value"] == "abc"
    assert rej.loc[6, "column"] == "month"
    assert rej.loc[7, "reason"] == "not a police.uk crime type"
    assert "no location" in rej.loc[8, "reason"]
    assert "swapped" in rej.loc[9, "reason"]
    assert rej.loc[10, "column"] == "lsoa_code"
    assert res.read == 200 == res.n_accepted + res.n_rejected


BAD_COORDS = [("-0,336", "53.745", "longitude", "decimal point"), ("-0.336", "53,745", "latitude", "decimal point"),
              ("-0.336", "95", "latitude", "latitude is outside Great Britain"),
              ("-0.336", "inf", "latitude", "not a finite number"), ("-inf", "53.745", "longitude", "not a finite"),
              ("-0.336", "", "latitude", "no location"), ("1,234", "53.745", "longitude", "decimal point"),
              ("-12", "53.745", "longitude", "longitude is outside Great Britain")]


def test_a_bad_coordinate_is_rejected_in_its_own_column_with_its_own_reason(tmp_path):
    """A decimal comma is never read as a thousands separator (-0,3 was -3: the crime moved 180 km); the reason
    names the column that is wrong, with that column's value."""
    def edit(d):
        for i, (lon, lat, _, _) in enumerate(BAD_COORDS):
            d.loc[i, ["Longitude", "Latitude"]] = [lon, lat]
        return d
    res = PoliceUkReader(_broken(tmp_path, edit)).read()
    rej = res.rejects.set_index("row")
    for i, (lon, lat, column, reason) in enumerate(BAD_COORDS):
        got = rej.loc[i + 2]
        assert got.column == column and got.value == (lon if column == "longitude" else lat), (i, got.to_dict())
        assert reason in got.reason, (i, got.reason)
    assert res.read == 200 == res.n_accepted + res.n_rejected and res.n_rejected == len(BAD_COORDS)


def test_a_force_extract_takes_thousands_in_metres_but_no_decimal_comma(tmp_path):
    p = tmp_path / "force.csv"
    p.write_text('id,date,category,x,y\n1,14/01/2024,Burglary,"509,944","428,177"\n'
                 '2,14/01/2024,Burglary,"509944,5",428177\n3,14/01/2024,Burglary,509944,-inf\n')
    res = ForceCrimeReader(str(p), crs="EPSG:27700").read()
    assert res.accepted[["x", "y"]].values.tolist() == [[509944.0, 428177.0]]
    assert [(r.column, r.value) for r in res.rejects.itertuples()] == [("x", "509944,5"), ("y", "-inf")]
    assert "decimal point" in res.rejects.reason[0] and res.rejects.reason[1] == "not a finite number"
    q = tmp_path / "force_ll.csv"
    q.write_text('id,date,category,lon,lat\nA,2024-01-14,Burglary,"-0,3367",53.7447\n'
                 'B,2024-01-14,Burglary,-0.3367,"53,7447"\nC,2024-01-14,Burglary,-0.3367,95\n')
    res = ForceCrimeReader(str(q), crs="4326").read()
    assert res.n_accepted == 0
    assert res.rejects.column.tolist() == ["x", "y", "y"] and "latitude" in res.rejects.reason[2]


def test_the_same_file_given_twice_is_read_once(tmp_path):
    """Twice as INPUT, again through its folder, or a copy under another name (a second download): its
    anti-social behaviour rows (no Crime ID) were counted twice."""
    once = PoliceUkReader(str(RAW)).read()
    d = tmp_path / "months"
    d.mkdir()
    shutil.copy(RAW, d / RAW.name)
    shutil.copy(RAW, d / "2024-01-humberside-street (1).csv")
    for paths, repeats in (([str(RAW), str(RAW)], 1), ([str(d / RAW.name), str(d)], 2), ([str(RAW), str(d)], 2)):
        res = PoliceUkReader(paths).read()
        assert (res.read, res.n_accepted, res.n_rejected) == (once.read, once.n_accepted, once.n_rejected), paths
        assert len(res.files) == 1 and sum("read once" in n for n in res.notes) == repeats
    edited = tmp_path / "edited.csv"
    edited.write_bytes(RAW.read_bytes().replace(b"On or near", b"On or Near", 1))     # same size, one byte apart
    assert edited.stat().st_size == RAW.stat().st_size
    assert PoliceUkReader([str(RAW), str(edited)]).read().read == 2 * once.read


def test_missing_required_column_is_fatal(tmp_path):
    p = _broken(tmp_path, lambda d: d.drop(columns=["Crime type"]))
    with pytest.raises(LptInputError) as e:
        PoliceUkReader(p).read()
    assert "crime_type" in str(e.value) and p in str(e.value)


def test_force_extract_in_lon_lat_and_bng(tmp_path):
    p = tmp_path / "force.csv"
    p.write_text("Crime Ref,Offence Date,Offence Category,Easting,Northing\n"
                 "HU/1,14/01/2024,Burglary - Residential,509944,428177\n"
                 "HU/2,2024-01-15,Theft,abc,428177\n"
                 "HU/3,2024-01-15,Theft,9509944,428177\n"
                 "HU/1,2024-01-16,Theft,509944,428177\n")
    res = ForceCrimeReader(str(p), crs="EPSG:27700").read()
    assert res.n_accepted == 1 and res.accepted.month.iloc[0] == "2024-01"
    assert res.rejects.reason.tolist() == ["x is not a number", "point (x, y) falls outside Great Britain in EPSG:27700",
                                           "duplicate crime_id (first at force.csv row 2)"]
    q = tmp_path / "force_ll.csv"
    q.write_text("id,date,category,lon,lat\nA,2024-01-14,Burglary,-0.3367,53.7447\nB,2024-01-14,Burglary,53.7447,-0.3367\n")
    res = ForceCrimeReader(str(q), crs="4326").read()
    assert res.n_accepted == 1 and abs(res.accepted.easting.iloc[0] - 509_000) < 3000
    assert "swapped" in res.rejects.reason.iloc[0]


def test_unknown_crs_is_fatal(tmp_path):
    p = tmp_path / "f.csv"
    p.write_text("id,date,category,x,y\nA,2024-01-14,Burglary,1,2\n")
    with pytest.raises(LptInputError, match="unknown coordinate reference system 'EPSG:999999'"):
        ForceCrimeReader(str(p), crs="EPSG:999999")
