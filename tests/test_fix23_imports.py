"""Issue #23, point 6: the classes of bad record that imports let through, on planted data, through the readers
and through processing.run: stray quotes (records counted against the file), ids compared after normalisation,
duplicate ids, implausible coordinates, non-finite and degenerate geometry, unknown CRS, unreadable paths."""
import json

import numpy as np
import pandas as pd
import pytest
import shapely

from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.io.areas import prepare_areas, read_geojson
from local_priority_targeting.core.io.crime import ForceCrimeReader, PoliceUkReader
from local_priority_targeting.core.io.members import MembersReader
from local_priority_targeting.core.io.postcodes import OnspdReader
from local_priority_targeting.core.io.streets import prepare_streets
from local_priority_targeting.core.io.surveys import SurveysReader
from local_priority_targeting.core.io.visits import VisitsReader

from _paths import DATA, DEMO

MEMBERS_HEADER = "member_id,postcode,registered,groups"
MEMBER_ROWS = [f"M{i},HU1 {i}AA,2024-01-0{i},IAG" for i in range(1, 8)]


def _write(tmp_path, name, lines, nl="\n", trailing=True):
    p = tmp_path / name
    p.write_bytes((nl.join(lines) + (nl if trailing else "")).encode("utf-8"))
    return str(p)


def _balanced(res):
    assert res.read == res.n_accepted + res.n_rejected == len(res.accepted) + len(res.rejects)


def _lines(*replace, rows=MEMBER_ROWS):
    """The 7 member rows with some replaced: replace = (index, text) pairs."""
    out = list(rows)
    for i, text in replace:
        out[i] = text
    return [MEMBERS_HEADER] + out


# ------------------------------------------------------------------ records counted against the file
STRAY = [  # (name, lines, newline, trailing newline, row and column of the stray quote)
    ("opens_in_postcode_closes_later", _lines((1, 'M2,"HU1 2AA,2024-01-02,IAG'), (4, 'M5,HU1 5AA,2024-01-05,"IAG"')),
     "\n", True, 3, "postcode"),
    ("opens_in_last_column_never_closes", _lines((3, 'M4,HU1 4AA,2024-01-04,"IAG')), "\n", True, 5, "groups"),
    ("opens_in_first_column_crlf", _lines((1, '"M2,HU1 2AA,2024-01-02,IAG')), "\r\n", True, 3, "member_id"),
    ("last_line_without_newline", _lines((6, 'M7,"HU1 7AA,2024-01-07,IAG')), "\n", False, 8, "postcode"),
    ("opens_mid_file_swallows_to_a_later_quote", _lines((0, 'M1,HU1 1AA,"2024-01-01,IAG'),
                                                        (5, 'M6,HU1 6AA,2024-01-06,IAG"')), "\n", True, 2,
     "registered"),
]


@pytest.mark.parametrize("name,lines,nl,trailing,row,column", STRAY, ids=[s[0] for s in STRAY])
def test_a_stray_quote_rejects_its_own_row_and_swallows_no_record(tmp_path, name, lines, nl, trailing, row, column):
    path = _write(tmp_path, f"{name}.csv", lines, nl, trailing)
    for chunksize in (100_000, 2):
        res = MembersReader(path, chunksize=chunksize).read()
        _balanced(res)
        assert res.read == 7                                   # every line of the file is a record
        stray = res.rejects[res.rejects.reason.str.contains("quote opened")]
        assert stray.row.tolist() == [row] and stray.column.tolist() == [column]
        assert stray.file.tolist() == [f"{name}.csv"] and "is not closed on this line" in stray.reason.iloc[0]
        assert '"' in stray.value.iloc[0]                        # the line as written
        kept = {f"M{i}" for i in range(1, 8)} - {f"M{row - 1}"}
        assert set(res.accepted.member_id) == kept            # the records it had swallowed are read


def test_two_stray_quotes_and_a_comment_over_two_lines(tmp_path):
    lines = ["response_id,member_id,submitted,trust,concern",
             'R1,M1,2024-01-05,4,"Cars speed past the school,\nevery morning"',
             'R2,M2,"2024-01-06,4,fine',
             "R3,M3,2024-01-07,5,fine",
             'R4,M4,2024-01-08,3,"litter',
             "R5,M5,2024-01-09,2,noise"]
    res = SurveysReader(_write(tmp_path, "s.csv", lines), today="2024-12-31").read()
    _balanced(res)
    assert res.read == 5 and res.n_accepted == 3
    assert res.accepted.concern.iloc[0] == "Cars speed past the school, every morning"    # one record, kept
    assert res.rejects.row.tolist() == [3, 5] and res.rejects.column.tolist() == ["submitted", "concern"]
    assert "line 6 of the file" in res.rejects.reason.iloc[1]        # row 5 is line 6: row 2 spans two lines


def test_stray_quotes_beside_a_row_with_many_surplus_fields(tmp_path):
    """The slower parser (rows with many more fields than the header) stops where a stray quote closes on another
    quote: the line is found and rejected alone there too, in every chunking."""
    lines = [MEMBERS_HEADER] + [f"M{i},HU1 {i % 9 + 1}AA,2024-01-0{i % 9 + 1},IAG" for i in range(1, 30)]
    lines[5] = 'M5,"HU1 5AA,2024-01-05,IAG'
    lines[12] = "M12,HU1 3AA,2024-01-03,IAG" + ",x" * 40
    lines[20] = 'M20,HU1 2AA,2024-01-02,"IAG'
    lines[25] = 'M25,HU1 2AA,2024-01-02,"IAG\nNHW"'
    path = _write(tmp_path, "mix.csv", lines)
    for chunksize in (100_000, 3, 1):
        res = MembersReader(path, chunksize=chunksize).read()
        _balanced(res)
        assert res.read == 29 and res.rejects[["row", "column"]].values.tolist() == [
            [6, "postcode"], [13, "(row)"], [21, "groups"]]
        assert "M25" in set(res.accepted.member_id)                   # the comment over two lines is kept


def test_a_quote_left_open_in_the_header_is_fatal(tmp_path):
    path = _write(tmp_path, "h.csv", ['member_id,"postcode,registered', "M1,HU1 1AA,2024-01-01"])
    with pytest.raises(LptInputError) as e:
        MembersReader(path).read()
    assert "h.csv" in str(e.value) and "column 2 of the header" in str(e.value)


def test_stray_quote_through_processing(run_alg, tmp_path):
    path = _write(tmp_path, "members.csv", _lines((1, 'M2,"HU1 2AA,2024-01-02,IAG'), (4, 'M5,HU1 5AA,2024-01-05,"IAG"')))
    rej = str(tmp_path / "rej.csv")
    r = run_alg("lpt:importmembers", {"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT", "REJECTS": rej})
    assert r["READ"] == 7 == r["ACCEPTED"] + r["REJECTED"] and r["REJECTED"] == 1
    rows = pd.read_csv(rej, dtype=str)
    assert rows[["row", "column"]].values.tolist() == [["3", "postcode"]]


# ------------------------------------------------------------------ identity after normalisation
INVISIBLE_TWINS = ["\ufeffM1", "M\u200b1", "M1\u00a0", "\u00a0M1", "M\u20601", "M\u200e1", "\uff2d1", "M1\ufe0f",
                   "M\u00ad1"]


@pytest.mark.parametrize("twin", INVISIBLE_TWINS, ids=[f"U+{ord(c):04X}" for c in
                                                       [next(ch for ch in t if ch not in "M1") for t in INVISIBLE_TWINS]])
def test_an_id_with_an_invisible_character_is_the_same_id(tmp_path, twin):
    members = _write(tmp_path, "m.csv", [MEMBERS_HEADER, "M1,HU1 1AA,2024-01-01,IAG", f"{twin},HU1 2AA,2024-01-02,"])
    res = MembersReader(members).read()
    _balanced(res)
    assert res.accepted.member_id.tolist() == ["M1"] and "superseded" in res.rejects.reason.iloc[0]
    surveys = _write(tmp_path, "s.csv", ["response_id,member_id,submitted,trust", "M1,M1,2024-01-05,4",
                                         f"{twin},{twin},2024-01-06,3"])
    res = SurveysReader(surveys, today="2024-12-31").read()
    assert res.rejects.reason.tolist() == ["duplicate response_id (first at s.csv row 2)"]
    crimes = _write(tmp_path, "c.csv", ["id,date,category,x,y", "M1,2024-01-02,Burglary,509000,429000",
                                        f"{twin},2024-01-03,Theft,509100,429100", "C3,2024-01-03,Theft,509200,429100"])
    res = ForceCrimeReader(crimes).read()
    assert res.rejects[["row", "column", "reason"]].values.tolist() == [
        [3, "crime_id", "duplicate crime_id (first at c.csv row 2)"]]
    visits = _write(tmp_path, "v.csv", ["visit_id,date,postcode,outcome", "M1,2024-01-02,HU1 1AA,no answer",
                                        f"{twin},2024-01-03,HU1 1AA,no answer"])
    assert VisitsReader(visits).read().n_rejected == 1


def test_a_byte_order_mark_before_a_quote_leaves_the_quote_a_quote(tmp_path, run_alg):
    """Two exports joined into one file: the second's BOM lands at the start of a line, before a quoted id."""
    lines = [MEMBERS_HEADER, '"M1","HU1 1AA","2024-01-01","IAG"', '\ufeff"M1","HU1 2AA","2024-01-02",""',
             '\ufeff"M3","HU1 3AA","2024-01-03","IAG"']
    path = _write(tmp_path, "joined.csv", lines)
    res = MembersReader(path).read()
    _balanced(res)
    assert sorted(res.accepted.member_id) == ["M1", "M3"]
    assert res.rejects[["row", "column"]].values.tolist() == [[2, "member_id"]]
    assert res.rejects.reason.iloc[0] == "superseded by a newer record of the same member (joined.csv row 3)"
    r = run_alg("lpt:importmembers", {"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert (r["READ"], r["ACCEPTED"], r["REJECTED"]) == (3, 2, 1)
    assert sorted(f["member_id"] for f in r["OUTPUT"].getFeatures()) == ["M1", "M3"]


def test_postcodes_in_other_forms_are_the_same_postcode(tmp_path):
    rows = ["pcds,oseast1m,osnrth1m", "HU1 1AA,509000,429000", "\uff28\uff35\uff11 \uff11\uff21\uff21,509000,429000",
            "hu1\u00a01aa,509000,429000", "\ufeffHU1 1AA\u200b,509000,429000", "HU1 2AA,509100,429100"]
    res = OnspdReader(_write(tmp_path, "p.csv", rows)).read()
    _balanced(res)
    assert res.accepted.postcode.tolist() == ["HU1 1AA", "HU1 2AA"]
    assert res.rejects.row.tolist() == [3, 4, 5] and (res.rejects.reason == "duplicate postcode (first at p.csv row 2)").all()


def test_area_codes_and_street_names_compared_without_invisible_characters():
    sq = [shapely.to_wkb(shapely.box(509000 + i * 1000, 429000, 509900 + i * 1000, 429900)) for i in range(3)]
    areas, rej, _ = prepare_areas([1, 2, 3], ["E05011541", "E05011541\u200b", "\ufeffE05011542"], ["a", "b", "c"], sq)
    assert areas.area_code.tolist() == ["E05011541", "E05011542"]
    assert rej.reason.tolist() == ["area code repeated (dissolve multi-part areas first): first at row 1"]
    lines = [shapely.to_wkb(shapely.linestrings([[509000, 429000 + i], [509100, 429000 + i]])) for i in (0, 10)]
    seg, _ = prepare_streets([1, 2], ["Spring Bank", "Spring\u200b Bank\ufeff"], None, lines)
    assert seg.name.unique().tolist() == ["Spring Bank"] and seg.street_id.nunique() == 1


# ------------------------------------------------------------------ duplicate ids
def test_an_exact_repeat_of_a_police_uk_crime_is_rejected_naming_the_first(tmp_path):
    raw = pd.read_csv(DATA / "2024-01-humberside-street.csv", dtype=str, keep_default_na=False).head(40)
    raw = raw[raw["Crime ID"] != ""].head(6).reset_index(drop=True)
    shared = raw.iloc[[2]].assign(Location="On or near Elsewhere Road")          # same id, another place: kept
    rows = pd.concat([raw, raw.iloc[[1]], shared, raw.iloc[[1]]], ignore_index=True)
    asb = raw.iloc[[0]].assign(**{"Crime ID": "", "Crime type": "Anti-social behaviour"})
    rows = pd.concat([rows, asb, asb], ignore_index=True)                       # identical ASB: two incidents
    rows.loc[8, "Crime ID"] = "\ufeff" + rows.loc[8, "Crime ID"]                 # a BOM inside the field
    path = tmp_path / "month.csv"
    rows.to_csv(path, index=False)
    res = PoliceUkReader(str(path)).read()
    _balanced(res)
    assert res.read == 11 and res.n_rejected == 2
    assert res.rejects.row.tolist() == [8, 10]
    assert (res.rejects.reason == "exact duplicate of an earlier crime (same Crime ID and every field) "
                                  "(first at month.csv row 3)").all()
    assert (res.accepted.crime_type == "Anti-social behaviour").sum() == 2
    assert res.extra["id_shared"] == 2


def test_duplicate_crime_through_processing(run_alg, tmp_path):
    path = _write(tmp_path, "force.csv", ["id,date,category,x,y", "HU/1,2024-01-02,Burglary,509000,429000",
                                          "HU/2,2024-01-02,Burglary,509050,429050",
                                          "HU/1,2024-01-02,Burglary,509000,429000"])
    rej = str(tmp_path / "rej.csv")
    r = run_alg("lpt:importforcecrime", {"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT", "REJECTS": rej,
                                         "CRS": "EPSG:27700"})
    assert (r["READ"], r["ACCEPTED"], r["REJECTED"]) == (3, 2, 1)
    assert pd.read_csv(rej, dtype=str).reason.tolist() == ["duplicate crime_id (first at force.csv row 2)"]


def test_repeated_area_rows_in_census_tables_and_lookups_name_the_first(tmp_path):
    from local_priority_targeting.core.io.census import CensusReader
    from local_priority_targeting.core.io.classification import LsoaLookupReader
    wide = _write(tmp_path, "wide.csv", ["geography code,Total,A,B", "E01012800,10,4,6", "E01012801,10,5,5",
                                         "e01012800\u200b,10,4,6"])
    res = CensusReader(wide).read()
    _balanced(res)
    assert res.rejects[["row", "reason"]].values.tolist() == [[4, "duplicate area_code (first at wide.csv row 2)"]]
    long = _write(tmp_path, "long.csv", ["geography code,ethnic_group,count", "E01012800,White,4", "E01012800,Asian,4",
                                         "E01012800,White,4"])
    res = CensusReader(long).read()
    assert res.rejects.reason.tolist() == ["duplicate area_code and category (first at long.csv row 2)"]
    look = _write(tmp_path, "look.csv", ["LSOA11CD,LSOA21CD,CHGIND", "E01012800,E01012800,U", "E01012801,E01012801,U",
                                         "E01012800,E01012800,U"])
    res = LsoaLookupReader(look, chunksize=2).read()                        # the repeat is in another chunk
    assert res.rejects[["row", "reason"]].values.tolist() == [
        [4, "duplicate lsoa11_code and lsoa21_code (first at look.csv row 2)"]]


# ------------------------------------------------------------------ implausible coordinates
HULL = [(509000 + 300 * i, 429000 + 200 * (i % 4)) for i in range(12)]


@pytest.mark.parametrize("x,y,words", [
    (0, 0, "is 0"), (0, 429000, "is 0"), (509000, 0, "is 0"),
    (-0.33, 53.74, "within 1 km of the grid's origin"),                # degrees given as metres
    (429000, 509000, "look swapped"), (429400, 509600, "look swapped"),
    (509000, 9_000_000, "outside Great Britain"), (1e308, 429000, "outside Great Britain"),
    ("inf", 429000, None),
])
def test_implausible_grid_references_are_rejected(tmp_path, x, y, words):
    lines = ["id,date,category,x,y"] + [f"C{i},2024-01-02,Burglary,{a},{b}" for i, (a, b) in enumerate(HULL)]
    lines.append(f"BAD,2024-01-02,Burglary,{x},{y}")
    res = ForceCrimeReader(_write(tmp_path, "f.csv", lines)).read()
    _balanced(res)
    assert res.n_accepted == len(HULL) and res.rejects.row.tolist() == [len(HULL) + 2]
    r = res.rejects.iloc[0]
    if words is None:                                  # infinity: the column's own reason and value
        assert (r.column, r.value, r.reason) == ("x", "inf", "not a finite number")
        return
    assert r.column == "x" and words in r.reason and "x" in r.reason and "y" in r.reason and r.value == f"{x}, {y}"


@pytest.mark.parametrize("lon,lat,words", [(53.74, -0.33, "swapped"), (200, 53.7, "x is not a longitude"),
                                           (0, 0, "outside Great Britain"), (2.3, 48.85, "outside Great Britain")])
def test_implausible_longitude_latitude_are_rejected(tmp_path, lon, lat, words):
    lines = ["id,date,category,x,y", "C1,2024-01-02,Burglary,-0.33,53.74", f"BAD,2024-01-02,Burglary,{lon},{lat}"]
    res = ForceCrimeReader(_write(tmp_path, "f.csv", lines), crs="EPSG:4326").read()
    _balanced(res)
    assert res.n_accepted == 1 and res.rejects.row.tolist() == [3] and words in res.rejects.reason.iloc[0]


def test_a_real_crime_far_away_is_not_taken_for_a_swapped_one(tmp_path):
    """police.uk's Humberside month holds crimes recorded far from the force (York, Birmingham): as a force
    extract in British grid metres none is rejected as swapped; the same file with two rows swapped loses those."""
    acc = PoliceUkReader(str(DATA / "2024-01-humberside-street.csv")).read().accepted
    d = pd.DataFrame({"id": [f"C{i}" for i in range(len(acc))], "date": acc.month.values + "-15",
                      "category": acc.crime_type.values, "x": acc.easting.values, "y": acc.northing.values})
    far = np.hypot(d.x - d.x.median(), d.y - d.y.median()) > 60_000
    assert far.sum() >= 5                                  # the test means something: far records exist
    d.to_csv(tmp_path / "f.csv", index=False)
    res = ForceCrimeReader(str(tmp_path / "f.csv")).read()
    assert res.n_rejected == 0
    hull = np.flatnonzero(np.hypot(d.x - 509000, d.y - 431000) < 5_000)[[10, 200]]     # two crimes in Hull
    d.loc[hull, ["x", "y"]] = d.loc[hull, ["y", "x"]].values
    d.to_csv(tmp_path / "g.csv", index=False)
    res = ForceCrimeReader(str(tmp_path / "g.csv")).read()
    _balanced(res)
    assert res.rejects.row.tolist() == (hull + 2).tolist() and res.rejects.reason.str.contains("look swapped").all()


def test_swapped_and_zero_postcode_grid_references(tmp_path):
    rows = [f"HU1 {i}AA,{509000 + 100 * i},{429000 + 100 * i}" for i in range(1, 8)]
    rows += ["HU2 1AA,429000,509000", "HU2 2AA,0,429000", "HU2 3AA,12,34"]
    res = OnspdReader(_write(tmp_path, "p.csv", ["pcds,oseast1m,osnrth1m"] + rows)).read()
    _balanced(res)
    assert res.rejects.row.tolist() == [9, 10, 11]
    assert "swapped" in res.rejects.reason.iloc[0] and "is 0" in res.rejects.reason.iloc[1]
    assert "origin" in res.rejects.reason.iloc[2]


def test_implausible_coordinates_through_processing(run_alg, tmp_path):
    lines = ["id,date,category,x,y"] + [f"C{i},2024-01-02,Burglary,{a},{b}" for i, (a, b) in enumerate(HULL)]
    lines += ["Z,2024-01-02,Burglary,0,0", "S,2024-01-02,Burglary,429000,509000"]
    rej = str(tmp_path / "rej.csv")
    r = run_alg("lpt:importforcecrime", {"INPUT": _write(tmp_path, "f.csv", lines), "OUTPUT": "TEMPORARY_OUTPUT",
                                         "REJECTS": rej, "CRS": "EPSG:27700"})
    assert (r["READ"], r["ACCEPTED"], r["REJECTED"]) == (14, 12, 2)
    assert pd.read_csv(rej, dtype=str).row.tolist() == [str(len(HULL) + 2), str(len(HULL) + 3)]


# ------------------------------------------------------------------ non-finite and degenerate geometry
def _line(*xy):
    return shapely.to_wkb(shapely.linestrings(list(xy)))


@pytest.mark.parametrize("bad", [[(509000, 429000), (1e308, 429000)], [(509000, 429000), (509100, np.inf)],
                                 [(509000, 429000), (np.nan, 429000)], [(0, 0), (10, 0)],
                                 [(-0.33, 53.74), (-0.32, 53.75)], [(509000, 429000), (509100, -5e6)]])
def test_a_street_with_an_impossible_coordinate_is_rejected(bad):
    good = _line((509000, 429000), (509100, 429000))
    seg, rej = prepare_streets([1, 2], ["A Street", "B Street"], None, [good, _line(*bad)])
    assert seg.fid.tolist() == [1] and rej.row.tolist() == [2] and rej.column.tolist() == ["geometry"]
    assert "finite" in rej.reason.iloc[0] or "Great Britain" in rej.reason.iloc[0]


@pytest.mark.parametrize("poly,words", [
    ("POLYGON((509000 429000, 509100 429000, 509200 429000, 509000 429000))", "encloses no area"),
    ("POLYGON((509000 429000, 509000 429000, 509000 429000, 509000 429000))", "encloses no area"),
    ("POLYGON((509000 429000, 1e308 429000, 509100 429100, 509000 429000))", "Great Britain"),
    ("POLYGON((0 0, 10 0, 10 10, 0 0))", "origin"),
])
def test_a_degenerate_or_impossible_polygon_is_rejected(poly, words):
    good = shapely.to_wkb(shapely.box(509000, 429000, 510000, 430000))
    areas, rej, repaired = prepare_areas([1, 2], ["A", "B"], ["a", "b"], [good, shapely.to_wkb(shapely.from_wkt(poly))])
    assert areas.area_code.tolist() == ["A"] and not areas.geometry.apply(shapely.is_empty).any()
    assert rej.row.tolist() == [2] and words in rej.reason.iloc[0] and repaired == 0


def test_bad_geometry_through_processing(run_alg, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    lyr = QgsVectorLayer("LineString?crs=EPSG:27700&field=name:string", "streets", "memory")
    feats = []
    for name, wkt in (("Good Street", "LINESTRING(509000 429000, 509100 429000)"),
                      ("Far Street", "LINESTRING(509000 429000, 1e308 429000)")):
        f = QgsFeature(lyr.fields())
        f.setAttributes([name])
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    r = run_alg("lpt:importstreets", {"INPUT": lyr, "OUTPUT": "TEMPORARY_OUTPUT", "REJECTS": "TEMPORARY_OUTPUT"})
    assert (r["READ"], r["ACCEPTED"], r["REJECTED"]) == (2, 1, 1)
    bad = next(r["REJECTS"].getFeatures())
    assert bad["column"] == "geometry" and "Great Britain" in bad["reason"]
    poly = QgsVectorLayer("Polygon?crs=EPSG:27700&field=code:string", "areas", "memory")
    feats = []
    for code, wkt in (("A", "POLYGON((509000 429000, 510000 429000, 510000 430000, 509000 429000))"),
                      ("B", "POLYGON((509000 429000, 509100 429000, 509200 429000, 509000 429000))")):
        f = QgsFeature(poly.fields())
        f.setAttributes([code])
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    poly.dataProvider().addFeatures(feats)
    r = run_alg("lpt:importareas", {"INPUT": poly, "OUTPUT": "TEMPORARY_OUTPUT", "REJECTS": "TEMPORARY_OUTPUT"})
    assert (r["READ"], r["ACCEPTED"], r["REJECTED"]) == (2, 1, 1)
    assert all(not f.geometry().isEmpty() for f in r["OUTPUT"].getFeatures())
    assert "encloses no area" in next(r["REJECTS"].getFeatures())["reason"]


# ------------------------------------------------------------------ unknown CRS is fatal
@pytest.mark.parametrize("crs", ["urn:ogc:def:crs:EPSG::99999", "EPSG:0", "not a crs at all"])
def test_a_geojson_naming_an_unknown_crs_stops_naming_file_and_crs(run_alg, tmp_path, crs):
    from qgis.core import QgsProcessingException
    data = json.loads((DEMO / "boundaries" / "hull_wards2022.geojson").read_text())
    data = {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": crs}},
            "features": data["features"]}
    path = tmp_path / "wards.geojson"
    path.write_text(json.dumps(data))
    with pytest.raises(LptInputError) as e:
        read_geojson(str(path), "ward22_code")
    assert str(path) in str(e.value) and crs in str(e.value)
    with pytest.raises(QgsProcessingException) as e:
        run_alg("lpt:importareas", {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert str(path) in str(e.value) and crs in str(e.value) and "not known" in str(e.value)


def test_a_layer_file_without_a_readable_crs_is_named(run_alg, tmp_path):
    from osgeo import ogr
    from qgis.core import QgsProcessingException
    path = tmp_path / "beats.shp"
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
    lyr = ds.CreateLayer("beats", None, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("code", ogr.OFTString))
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetField("code", "B1")
    f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((509000 429000,510000 429000,510000 430000,509000 429000))"))
    lyr.CreateFeature(f)
    ds = None
    (tmp_path / "beats.prj").write_text('PROJCS["nonsense",GEOGCS["nothing"],UNIT["furlong",201]]')
    with pytest.raises(QgsProcessingException) as e:
        run_alg("lpt:importareas", {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "beats" in str(e.value) and "coordinate reference system" in str(e.value)


def test_force_crime_crs_left_out_is_british_grid_and_an_unknown_one_is_named(run_alg, tmp_path):
    from qgis.core import QgsProcessingException
    path = _write(tmp_path, "f.csv", ["id,date,category,x,y", "C1,2024-01-02,Burglary,509000,429000"])
    r = run_alg("lpt:importforcecrime", {"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert (r["READ"], r["ACCEPTED"]) == (1, 1)
    with pytest.raises(QgsProcessingException) as e:
        run_alg("lpt:importforcecrime", {"INPUT": path, "OUTPUT": "TEMPORARY_OUTPUT", "CRS": "EPSG:99999"})
    assert "EPSG:99999" in str(e.value) and "unknown" in str(e.value)


def test_a_geojson_naming_british_grid_is_read_in_it(tmp_path):
    feat = {"type": "Feature", "properties": {"code": "A"},
            "geometry": {"type": "Polygon", "coordinates": [[[509000, 429000], [510000, 429000], [510000, 430000],
                                                             [509000, 429000]]]}}
    path = tmp_path / "a.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feat],
                                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::27700"}}}))
    codes, _, wkb = read_geojson(str(path), "code")
    assert shapely.from_wkb(wkb[0]).bounds == (509000.0, 429000.0, 510000.0, 430000.0)


# ------------------------------------------------------------------ unreadable paths named
@pytest.mark.parametrize("alg", ["lpt:importmembers", "lpt:importsurveys", "lpt:importforcecrime",
                                 "lpt:importpolicecrime", "lpt:importpostcodes", "lpt:importvisits",
                                 "lpt:importareas", "lpt:importstreets"])
def test_a_folder_or_a_missing_file_as_input_is_named(run_alg, tmp_path, alg):
    from qgis.core import QgsProcessingException
    folder = tmp_path / "exports"
    folder.mkdir()
    for value, words in ((str(folder), "is a folder, not a file"), (str(folder / "nope.csv"), "file not found")):
        with pytest.raises(QgsProcessingException) as e:
            run_alg(alg, {"INPUT": value, "OUTPUT": "TEMPORARY_OUTPUT"})
        msg = str(e.value)
        assert value in msg and words in msg and "Incorrect parameter value" not in msg


def test_an_unreadable_file_is_named(tmp_path):
    import os
    if os.geteuid() == 0:
        pytest.skip("root may read any file")
    p = tmp_path / "m.csv"
    p.write_text(MEMBERS_HEADER + "\n")
    p.chmod(0)
    with pytest.raises(LptInputError) as e:
        MembersReader(str(p)).read()
    assert str(p) in str(e.value) and "permission denied" in str(e.value)
