"""Review of lpt:importvisitoutcomes: an officer's import on a PostGIS workspace says plainly which visits lie
outside their areas and counts only visits as visits; notes lose UK phone numbers but keep dates and times; the
officer field cannot carry a formula, control characters or a page of text; a blank set-up id, a folder as INPUT
and a GeoPackage cut short are said so; one returned file is stored all or nothing."""
import json
import shutil
import sqlite3
import uuid

import pandas as pd
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from local_priority_targeting.core.engage import visit_outcomes as V
from local_priority_targeting.core.store import workspace as W
from pg_server import add_logins
from local_priority_targeting.core.store.postgis_setup import setup_database

from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported by the algorithms)
from test_setups import linked_ws  # noqa: F401  (the imported workspace, linked and ranked)
from test_visit_list import _add, _stored, package  # noqa: F401  (a set-up's visit list exported to a phone)


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 - QGIS API name
        self.lines.append(info)
        super().pushInfo(info)


def _import(ws, gpkg, tmp, name="rej.csv", **extra):
    """The algorithm run as an officer's laptop runs it: (results, rejects table, log lines)."""
    import processing
    log = Log()
    out = processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": gpkg, "REJECTS": str(tmp / name),
                                                      **extra}, feedback=log)
    return out, pd.read_csv(tmp / name, dtype=str, keep_default_na=False), log.lines


# ---------------------------------------------------------------------------------------- 1. PostGIS, an officer
AREAS = {"E1": 500000, "E2": 501000}                       # two 1 km squares side by side
PCS = {"HU1 1AA": ("E1", 500200), "HU1 1AB": ("E1", 500700), "HU2 1AA": ("E2", 501200), "HU2 1AB": ("E2", 501700)}


def _geography(st):
    boxes = [shapely.box(x, 400000, x + 1000, 401000) for x in AREAS.values()]
    st.write_table("areas", pd.DataFrame({"area_code": list(AREAS), "area_name": ["Central", "East"],
                                          "geometry": shapely.multipolygons([[b] for b in boxes])}),
                   "geometry", "MULTIPOLYGON")
    lines = [shapely.multilinestrings([shapely.linestrings([[x, 400500], [x + 1000, 400500]])]) for x in AREAS.values()]
    st.write_table("streets", pd.DataFrame({"street_id": ["s1", "s2"], "name": ["Carr Lane", "Holderness Road"],
                                            "geometry": lines}), "geometry", "MULTILINESTRING")


def _targets():
    return pd.DataFrame({"setup_id": "S0001", "postcode": list(PCS), "street_id": [{"E1": "s1", "E2": "s2"}[a] for a, _ in PCS.values()],
                         "street_name": [("Carr Lane", "Holderness Road")[a == "E2"] for a, _ in PCS.values()],
                         "area_code": [a for a, _ in PCS.values()], "area_name": "",
                         "easting": [float(x) for _, x in PCS.values()], "northing": 400500.0,
                         "households_est": 12.0, "households_to_visit": 10.0, "members_registered": 2,
                         "last_visit": "", "last_outcome": "", "priority": 1, "street_rank": 1})


@pytest.fixture(scope="module")
def pgws(pg_server, lpt_plugin):
    """A PostGIS workspace set up with roles: set-up S0001 of Central (E1) and East (E2), two target postcodes in
    each; officer vr_oli works Central only; vr_ana is an analyst."""
    admin = pg_server.new_database("visit_review")
    with W.open_store(admin) as st:
        _geography(st)
        st.append_rows("lpt_setups", pd.DataFrame({"setup_id": ["S0001"], "name": ["Central and East"],
                                                   "area_codes": [json.dumps(list(AREAS))], "status": ["open"]}))
        st.append_rows("lpt_setup_targets", _targets())
    setup_database(admin)
    add_logins(admin, {"vr_ana": "lpt_analyst", "vr_oli": "lpt_officer"}, [("vr_oli", "E1")])
    return {who: pg_server.conninfo("visit_review", user=who) for who in ("vr_ana", "vr_oli")}


def test_an_officer_is_told_a_visit_lies_outside_their_areas_and_only_visits_are_counted(pgws, tmp_path):
    import processing
    res = processing.run("lpt:exportvisitlist", {"WORKSPACE": pgws["vr_ana"], "SETUP_ID": "S0001",
                                                 "OUTPUT_FOLDER": str(tmp_path / "phone")})
    gpkg = res["GEOPACKAGE"]                          # the whole set-up's list, carried by the Central officer
    fids = {pc: _add(gpkg, visit_id=str(uuid.uuid4()), setup_id="S0001", postcode=pc, outcome="not_in",
                     visit_date="2024-03-02", officer="PC 1234", note="", edited_at="2024-03-02T10:00:00Z",
                     xy=(float(PCS[pc][1]), 400500.0)) for pc in PCS}
    out, rej, log = _import(pgws["vr_oli"], gpkg, tmp_path)
    assert (out["READ"], out["ACCEPTED"], out["REJECTED"], out["ADDED"]) == (4, 2, 2, 2)
    visits = rej[rej.layer == "visits"]
    assert sorted(visits.value) == ["HU2 1AA", "HU2 1AB"] and set(visits.column) == {"postcode"}
    assert sorted(visits.row.astype(int)) == sorted(fids[pc] for pc in ("HU2 1AA", "HU2 1AB"))
    for why in visits.reason:
        assert "not in one of your areas" in why and "not a postcode on set-up" not in why, why
    assert len(rej[rej.layer == "target_postcodes"]) == 0      # East's postcodes were not "added on the phone"
    line = [s for s in log if s.startswith(gpkg)]
    assert len(line) == 1 and "4 visits read, 2 accepted (2 new edits), 2 rejected" in line[0], log
    out, rej, _ = _import(pgws["vr_ana"], gpkg, tmp_path, "ana.csv")      # the analyst stores East's visits
    assert (out["READ"], out["ACCEPTED"], out["ADDED"]) == (4, 4, 2) and len(rej) == 0


# ---------------------------------------------------------------------------------------- 2. notes and officer
def _visit(gpkg, sid, targets, i=0, **values):
    """A visit of set-up ``sid`` at the i-th target postcode, recorded there on 2 March 2024 ('' leaves a field
    unset)."""
    t = targets.iloc[i]
    row = dict(visit_id=str(uuid.uuid4()), setup_id=sid, postcode=t.postcode, outcome="not_in",
               visit_date="2024-03-02", officer="PC 1234", note="", edited_at="2024-03-02T10:00:00Z",
               xy=(float(t.easting), float(t.northing)))
    return _add(gpkg, **{**row, **values})


KEPT = ["Spoke to resident 12/03/2024, call back 2024-03-12 14:05",
        "Second knock 05/03/2024 between 0930-1030, house 12, 3 dogs",
        "Crime ref 13/123456/24 given, booked 2024-03-12T18:30:00Z"]
SCRUBBED = {"Ring Mrs X on 07700 900123 after 6pm": "Ring Mrs X on [removed] after 6pm",
            "Daughter's mobile +44 (0)7700 900123, or 07700-900-124": "Daughter's mobile [removed], or [removed]",
            "Landline (01482) 123456 or 020 7946 0018": "Landline [removed] or [removed]",
            "Wants updates by email j.smith@example.co.uk.": "Wants updates by email [removed].",
            "+447700900123 o'brien@mail.example.com": "[removed] [removed]"}


def test_notes_lose_uk_phone_numbers_and_emails_but_keep_dates_and_times(package, tmp_path):
    ws, setup_id, targets, res, _ = package
    gpkg = res["GEOPACKAGE"]
    for i, note in enumerate(KEPT + list(SCRUBBED)):
        _visit(gpkg, setup_id, targets, i, note=note)
    out, rej, _ = _import(ws, gpkg, tmp_path)
    assert out["ACCEPTED"] == len(KEPT) + len(SCRUBBED) and len(rej) == 0
    stored = _stored(ws).set_index("postcode")
    got = dict(zip(stored.note, stored.note_flag))
    for note in KEPT:
        assert got.get(note) == "", (note, got)             # a date or a time is not a phone number
    for note, want in SCRUBBED.items():
        assert got.get(want) == "phone number or email removed", (note, want, got)


def test_an_officer_that_would_run_as_a_formula_or_hides_characters_is_rejected_with_its_reason(package, tmp_path):
    ws, setup_id, targets, res, _ = package
    gpkg = res["GEOPACKAGE"]
    bad = {'=HYPERLINK("http://x.example","PC 1")': "spreadsheet would run as a formula",
           "+PC 1234": "spreadsheet would run as a formula", "-1+1": "spreadsheet would run as a formula",
           "@SUM(A1:A9)": "spreadsheet would run as a formula",
           "PC 1234\nDROP": "control or invisible character", "PC\u202e4321": "control or invisible character",
           "PC 1234 " + "x" * 120: "128 characters long"}
    fids = {_visit(gpkg, setup_id, targets, i, officer=o): why for i, (o, why) in enumerate(bad.items())}
    good = _visit(gpkg, setup_id, targets, len(bad), officer="PS 4321 Smith")
    out, rej, _ = _import(ws, gpkg, tmp_path)
    assert (out["READ"], out["ACCEPTED"], out["REJECTED"]) == (len(bad) + 1, 1, len(bad))
    for fid, why in fids.items():
        hit = rej[rej.row.astype(int) == fid]
        assert list(hit.column) == ["officer"] and why in hit.reason.iloc[0], (fid, why, hit.reason.tolist())
    assert list(_stored(ws).officer) == ["PS 4321 Smith"] and good not in set(rej.row.astype(int))


# ---------------------------------------------------------------------------------------- 3. blank ids, folders, cut files
def _drop_meta(gpkg, key):
    con = sqlite3.connect(gpkg)
    con.execute("DELETE FROM lpt_package WHERE key = ?", (key,))
    con.commit()
    con.close()


def test_a_blank_setup_id_is_a_rejected_row_and_a_package_naming_no_setup_is_refused(package, tmp_path):
    import processing
    ws, setup_id, targets, res, _ = package
    gpkg = res["GEOPACKAGE"]
    blank = [_visit(gpkg, setup_id, targets, 0, setup_id=""), _visit(gpkg, setup_id, targets, 1, setup_id="   ")]
    ok = _visit(gpkg, setup_id, targets, 2)
    out, rej, _ = _import(ws, gpkg, tmp_path)
    assert (out["READ"], out["ACCEPTED"], out["REJECTED"]) == (3, 1, 2) and ok not in set(rej.row.astype(int))
    assert sorted(rej.row.astype(int)) == sorted(blank) and set(rej.column) == {"setup_id"}
    assert set(rej.reason) == {"setup_id is blank"}
    nameless = tmp_path / "nameless.gpkg"
    shutil.copy(gpkg, nameless)
    _drop_meta(str(nameless), "setup_id")
    with pytest.raises(QgsProcessingException) as e:
        processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": str(nameless)})
    assert str(nameless) in str(e.value) and "names no set-up" in str(e.value), str(e.value)


def test_a_folder_given_as_input_or_a_folder_without_packages_is_said_so(package, tmp_path):
    import processing
    ws, setup_id, targets, res, _ = package
    before = _stored(ws)
    folder = res["OUTPUT_FOLDER"]
    with pytest.raises(QgsProcessingException) as e:
        processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": folder})
    assert f"{folder} is a folder, not a GeoPackage" in str(e.value) and "FOLDER" in str(e.value), str(e.value)
    (tmp_path / "empty").mkdir()
    with pytest.raises(QgsProcessingException) as e:
        processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "FOLDER": str(tmp_path / "empty")})
    assert str(tmp_path / "empty") in str(e.value) and "no returned visit list" in str(e.value), str(e.value)
    assert _stored(ws).equals(before)


def test_a_geopackage_cut_short_or_with_a_damaged_page_is_refused_naming_it(package, tmp_path):
    import processing
    ws, setup_id, targets, res, _ = package
    gpkg = res["GEOPACKAGE"]
    for i in range(30):                                   # enough visits to fill pages of their own
        _visit(gpkg, setup_id, targets, i % len(targets), note="Leaflet left " * 20)
    whole = open(gpkg, "rb").read()
    page = int.from_bytes(whole[16:18], "big")
    assert len(whole) % page == 0 and len(whole) // page > 8
    cut = {"last_page": whole[:-100], "half": whole[:page * (len(whole) // page // 2)]}
    damaged = bytearray(whole)
    damaged[-2 * page:-page] = b"\xff" * page               # a page of the visits overwritten
    files = {**cut, "damaged": bytes(damaged)}
    before = _stored(ws)
    for name, data in files.items():
        bad = tmp_path / f"visits_{name}.gpkg"
        bad.write_bytes(data)
        with pytest.raises(QgsProcessingException) as e:
            processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": str(bad)})
        said = str(e.value)
        assert str(bad) in said and "Unexpected error" not in said and "Traceback" not in said, said
        assert ("cut short" if name in cut else "damaged") in said, (name, said)
    assert _stored(ws).equals(before)
    out, _, _ = _import(ws, gpkg, tmp_path)               # the whole file is read
    assert out["READ"] == out["ACCEPTED"] == 30


# ---------------------------------------------------------------------------------------- 4. all or nothing
FAIL_HALF_WAY = """CREATE TRIGGER lpt_test_fails_half_way BEFORE INSERT ON lpt_visit_outcomes
WHEN (SELECT count(*) FROM lpt_visit_outcomes WHERE source_file = NEW.source_file) >= 2
BEGIN SELECT RAISE(ABORT, 'the write stopped half-way'); END"""


def test_one_file_is_stored_all_or_nothing_and_a_failure_names_the_file(package, tmp_path):
    import processing
    ws, setup_id, targets, res, _ = package
    first, second = res["GEOPACKAGE"], str(tmp_path / "second" / f"visits_{setup_id}_b.gpkg")
    (tmp_path / "second").mkdir()
    shutil.copy(first, second)                           # a second officer's phone, same list
    _visit(first, setup_id, targets, 0)
    for i in range(1, 5):
        _visit(second, setup_id, targets, i)
    con = sqlite3.connect(ws)
    con.execute(FAIL_HALF_WAY)                         # the third row of a file fails, after two were written
    con.commit()
    con.close()
    with pytest.raises(QgsProcessingException) as e:
        processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": f"{first};{second}"})
    said = str(e.value)
    assert f"none of the visits of {second} were stored" in said and "the write stopped half-way" in said, said
    assert f"the files before it were stored: {first}" in said, said
    stored = _stored(ws)
    assert len(stored) == 1 and set(stored.source_file) == {f"visits_{setup_id}.gpkg"}   # the first file only
    assert set(stored.postcode) == {targets.postcode.iloc[0]}                           # none of the second's
    with pytest.raises(QgsProcessingException) as e:                 # alone: named too, nothing of it stored
        processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": second})
    assert f"none of the visits of {second} were stored" in str(e.value) and "before it" not in str(e.value)
    assert _stored(ws).equals(stored)
    con = sqlite3.connect(ws)
    con.execute("DROP TRIGGER lpt_test_fails_half_way")
    con.commit()
    con.close()
    out, _, _ = _import(ws, f"{first};{second}", tmp_path)
    assert (out["READ"], out["ACCEPTED"], out["ADDED"]) == (5, 5, 4) and len(_stored(ws)) == 5


def test_notes_of_no_visits_at_all_are_an_empty_column_not_an_error():
    import pandas as pd
    from local_priority_targeting.core.engage.visit_outcomes import clean_note
    out, flag = clean_note(pd.Series([], dtype=object))
    assert len(out) == 0 and len(flag) == 0
    out, flag = clean_note(pd.Series([None, "call 07700 900123", "=cmd"]))
    assert list(out) == ["", "call [removed]", "'=cmd"]
