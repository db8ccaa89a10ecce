"""Review 3 of the imports and set-ups: IMD deciles stored as whole numbers; Excel's 'sep=' line as spreadsheets
re-save it, and one that contradicts the header; the Census import's log and workspace table after a 'sep=' line;
set-up criteria errors said of CRITERIA in set-up terms, with a fix, and the parameter a failed set-up names."""
import shutil
import sqlite3

import pandas as pd
import pytest
from qgis.core import QgsProcessingException

from local_priority_targeting.core.engage import setups as S
from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.io.classification import ImdReader
from local_priority_targeting.core.io.csvsource import open_csv
from local_priority_targeting.core.io.members import MembersReader
from local_priority_targeting.core.store.workspace import open_store

from test_setups import linked_ws  # noqa: F401  (the imported demo workspace, linked and ranked)
from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported)

MEMBERS = ["Member ID;Postcode;Registration Date;Ethnic Group;Religion", "M1;HU1 1AA;2023-04-15;White;Christian",
           "M2;HU3 6HA;15/04/2023;Asian;Muslim", "M3;HU5 2LS;2022-01-03;;"]


from test_fix23_scope import Log  # noqa: E402  (the algorithm's log, as the user reads it)


def _write(tmp_path, name, lines, encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return str(p)


# ------------------------------------------------------------------ A: Indices of Deprivation
IOD = ["LSOA code (2021),LSOA name (2021),Index of Multiple Deprivation (IMD) Score,"
       "Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived),"
       "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)",
       "E01012756,Kingston upon Hull 001A,19.9,14794,5", "E01012757,Kingston upon Hull 001B,31.0,7770,3.0",
       "E01012758,Kingston upon Hull 001C,55.2,412,1", "E01012759,Kingston upon Hull 001D,44.1,1203,1.5"]


def test_imd_deciles_are_whole_numbers_stored_as_integers(tmp_path):
    path = _write(tmp_path, "iod2025.csv", IOD)
    res = ImdReader(path, edition="2025").read()
    assert res.read == res.n_accepted + len(res.rejects) == 4
    assert res.rejects[["row", "column", "value"]].astype(str).values.tolist() == [["5", "imd_decile", "1.5"]]
    acc = res.accepted.set_index("lsoa_code")
    assert pd.api.types.is_integer_dtype(acc.imd_decile), acc.imd_decile.dtype
    assert acc.imd_decile.to_dict() == {"E01012756": 5, "E01012757": 3, "E01012758": 1}
    assert acc.imd_score["E01012757"] == 31.0 and acc.imd_rank["E01012758"] == 412


def test_the_imported_imd_layer_holds_integer_deciles(tmp_path, run_alg):
    out = str(tmp_path / "iod.gpkg")
    run_alg("lpt:importclassification", {"INPUT": _write(tmp_path, "iod2025.csv", IOD), "KIND": 3, "OUTPUT": out,
                                         "REJECTS": str(tmp_path / "rej.csv")})
    con = sqlite3.connect(out)
    table = con.execute("select table_name from gpkg_contents").fetchone()[0]
    types = {r[1]: r[2].upper() for r in con.execute(f'pragma table_info("{table}")')}
    con.close()
    assert types["imd_decile"] in ("INTEGER", "MEDIUMINT", "SMALLINT", "TINYINT"), types


# ------------------------------------------------------------------ D: Excel's 'sep=' line
@pytest.mark.parametrize("sep_line", ["sep=;;;;", '"sep=;"', '"sep=;";;;;', "SEP=;"])
def test_a_sep_line_as_a_spreadsheet_resaves_it_names_the_delimiter(tmp_path, sep_line):
    path = _write(tmp_path, "members.csv", [sep_line] + MEMBERS)
    src = open_csv(path)
    assert (src.delimiter, src.header[:2], src.sep_line) == (";", ["Member ID", "Postcode"], 1)
    res = MembersReader(path).read()
    assert res.read == res.n_accepted == 3
    assert sorted(res.accepted.member_id) == ["M1", "M2", "M3"]


def test_a_sep_line_that_the_header_contradicts_says_to_correct_the_sep_line(tmp_path):
    path = _write(tmp_path, "members.csv", ["sep=,"] + MEMBERS)
    with pytest.raises(LptInputError) as e:
        MembersReader(path).read()
    msg = str(e.value)
    assert "'sep=,'" in msg and "semicolon" in msg and "Fix: correct the 'sep=' line to 'sep=;'" in msg, msg
    assert "set the delimiter" not in msg           # the delimiter was 'auto': there is nothing to set


def test_a_file_without_a_sep_line_has_none(tmp_path):
    src = open_csv(_write(tmp_path, "members.csv", MEMBERS))
    assert (src.delimiter, src.sep_line, src.header[0]) == (";", 0, "Member ID")


# ------------------------------------------------------------------ B: Census import log and workspace table
HOUSEHOLDS = ["sep=,", "date,geography,geography code,Household deprivation: Total: All households,"
              "Household deprivation: Household is not deprived in any dimension,"
              "Household deprivation: Household is deprived in one dimension",
              "2021,Hull 001A,E01012756,640,260,380", "2021,Hull 001B,E01012757,700,300,400.5",
              "2021,Hull 001C,E01012758,500,,250"]


def test_census_import_warns_of_rejected_rows_and_stores_a_household_table_after_a_sep_line(tmp_path, lpt_plugin):
    import processing
    ws = str(tmp_path / "ws.gpkg")
    log = Log()
    res = processing.run("lpt:importcensus", {"INPUT": _write(tmp_path, "ts011.csv", HOUSEHOLDS, "utf-16"),
                                              "TOPIC": "TS011", "WORKSPACE": ws, "OUTPUT": "TEMPORARY_OUTPUT",
                                              "REJECTS": str(tmp_path / "rej.csv")}, feedback=log)
    assert (res["READ"], res["ACCEPTED"], res["REJECTED"]) == (3, 1, 2)
    text = "\n".join(log.lines)
    assert "2 rows were rejected" in text and "utf-16 encoding, ',' delimiter" in text, text
    assert res["WORKSPACE"] == ws and "not used by the analysis" not in text, text
    con = sqlite3.connect(ws)
    stored = pd.read_sql("select area_code, category, count, total from census_households", con)
    con.close()
    assert set(stored.area_code) == {"E01012756"} and sorted(stored["count"]) == [260, 380]
    rej = pd.read_csv(tmp_path / "rej.csv", dtype=str, keep_default_na=False)
    assert sorted(rej.value) == ["", "400.5"] and sorted(rej.row.astype(int)) == [4, 5]


# ------------------------------------------------------------------ E: set-up errors
@pytest.fixture(scope="module")
def setup_ws(linked_ws):  # noqa: F811
    ws, ranked, t = linked_ws
    path = str(t / "review3.gpkg")
    shutil.copy(ws, path)
    return path, ranked, t


@pytest.mark.parametrize("criteria,says", [
    ("include age_band=75+", "set-up criteria can be on area, street, imd_decile, classification, confidence, not "
                             "age_band"),
    ("include group=IAG", "not group"),
    ("includ area=E05011539", "cannot read criterion 'includ area=E05011539'"),
    ("include area=|", "criterion 'include area=|' gives no value"),
])
def test_criteria_that_are_not_set_up_criteria_are_said_of_criteria_with_a_set_up_example(criteria, says):
    with pytest.raises(LptInputError) as e:
        S.SetupSpec("x", "T", "criteria", criteria=criteria).check()
    msg = str(e.value)
    assert e.value.path == "CRITERIA" and says in msg, msg
    assert " Fix: write e.g. 'include area=" in msg and "group=" not in e.value.fix and "age_band" not in e.value.fix


def test_criteria_that_no_postcode_meets_are_said_of_criteria(setup_ws):
    path, _, _ = setup_ws
    with open_store(path) as st:
        pc = st.read_table("link_postcodes", ["area_code", "street_id"])
        linked = pc[(pc.street_id.astype(str) != "") & (pc.area_code.astype(str) != "")]
        a, b = sorted(linked.area_code.astype(str).unique())[:2]
        with pytest.raises(LptInputError) as e:
            S.create(st, S.SetupSpec("x", "T", "criteria", criteria=f"include area={a}; must area={b}"))
        n = st.read_table("lpt_setups").shape[0] if st.has_table("lpt_setups") else 0
    assert e.value.path == "CRITERIA" and "no postcode meets the criteria" in str(e.value), str(e.value)
    assert " Fix: loosen the criteria" in str(e.value)
    with open_store(path) as st:
        assert (st.read_table("lpt_setups").shape[0] if st.has_table("lpt_setups") else 0) == n   # nothing stored


def test_a_criterion_on_a_place_field_the_workspace_lacks_says_what_to_import(setup_ws):
    path, _, t = setup_ws
    bare = str(t / "no_imd.gpkg")
    shutil.copy(path, bare)
    con = sqlite3.connect(bare)
    con.execute("drop table imd")
    con.execute("delete from gpkg_contents where table_name = 'imd'")
    con.commit()
    con.close()
    with open_store(bare) as st:
        with pytest.raises(LptInputError) as e:
            S.create(st, S.SetupSpec("x", "T", "criteria", criteria="include imd_decile=1|2"))
    msg = str(e.value)
    assert e.value.path == "CRITERIA" and "no postcode has an IMD decile" in msg and "Indices of Deprivation" in msg
    assert "Fix: import the English Indices of Deprivation" in msg, msg


def test_a_set_up_with_nothing_to_visit_names_a_parameter_the_algorithm_has(setup_ws, tmp_path):
    path, ranked, _ = setup_ws
    with open_store(path) as st:
        pc = st.read_table("link_postcodes", ["postcode", "street_id"])
    top = ranked.sort_values("rank").street_id.astype(str).iloc[0]
    none_left = pd.DataFrame({"postcode": pc[pc.street_id.astype(str) == top].postcode.unique(), "addresses": 0.0})
    assert len(none_left)
    with open_store(path) as st:
        with pytest.raises(LptInputError) as e:
            S.create(st, S.SetupSpec("x", "T", "top_streets", top_n=1), ranked, none_left)
    assert e.value.path == "PRIORITY_STREETS" and " Fix: " in str(e.value), str(e.value)


def test_a_source_that_is_not_one_gives_a_fix():
    with pytest.raises(LptInputError) as e:
        S.SetupSpec("x", "T", "streets").check()
    assert e.value.path == "SOURCE" and "top_streets" in e.value.fix, str(e.value)


def test_createsetup_says_criteria_errors_of_criteria_through_processing(setup_ws, run_alg):
    path, _, t = setup_ws
    with pytest.raises(QgsProcessingException, match="CRITERIA: set-up criteria can be on .* not age_band.* Fix: "):
        run_alg("lpt:createsetup", {"WORKSPACE": path, "NAME": "x", "TEAM": "T", "SOURCE": 2,
                                           "CRITERIA": "include age_band=75+", "TARGET_STREETS": str(t / "s.gpkg"),
                                           "TARGET_POSTCODES": str(t / "p.gpkg")})
