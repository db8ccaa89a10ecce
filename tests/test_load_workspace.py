"""#25/#29 lpt:loadworkspace: a force's six inputs into a workspace in one run, as the six imports load them; and
an import into a workspace needs no OUTPUT file (refused only when it would keep nothing)."""
import json
import os
import sys

import pandas as pd
import pytest
from qgis.core import QgsProcessingException

from local_priority_targeting.core.store import workspace as W

from _paths import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
SIZES = dict(N_MEMBERS=2_000, N_POSTCODES=700, N_RESPONSES=6_000, N_CRIMES=9_000, N_POINTS=1_500,
             N_SEGMENTS=1_500, N_AREAS=12)
SINGLE = (("MEMBERS", "lpt:importmembers", "members.csv"), ("SURVEYS", "lpt:importsurveys", "surveys.csv"),
          ("CRIMES", "lpt:importforcecrime", "crimes.csv"), ("POSTCODES", "lpt:importpostcodes", "postcodes.csv"),
          ("STREETS", "lpt:importstreets", "streets.gpkg"), ("AREAS", "lpt:importareas", "areas.gpkg"))
COUNTS_SUFFIXES = ("_READ", "_ACCEPTED", "_REJECTED")
TABLE_OF = {"MEMBERS": "members", "SURVEYS": "surveys", "CRIMES": "crimes", "POSTCODES": "postcodes",
            "STREETS": "streets", "AREAS": "areas"}


@pytest.fixture(scope="module")
def force(tmp_path_factory, qgis_app):
    """A small synthetic force shaped as the benchmark's (scripts/bench.py): CSVs and GeoPackage layers, with a few
    bad rows added to members and crimes so that each has rejects."""
    import bench
    folder = tmp_path_factory.mktemp("force")
    bench.generate(str(folder), n=SIZES, months=3, tag="T", area="HU")
    with open(folder / "members.csv", "a", encoding="utf-8") as fh:
        fh.write("TBAD1,NOT A POSTCODE,2024-01-02,active,,,,,,,,,\n")
    with open(folder / "crimes.csv", "a", encoding="utf-8") as fh:
        fh.write("TBADC,2024-02-30,Burglary,500000,400000,On or near Street\n")
    return folder


def _inputs(force):
    return {key: str(force / name) for key, _alg, name in SINGLE}


def _tables(path):
    """Every loaded table's rows, sorted, without the import ids and times that differ between two loads."""
    with W.open_store(str(path)) as st:
        out = {}
        for t in TABLE_OF.values():
            df = st.read_table(t)
            df = df.drop(columns=[c for c in df.columns if c in ("fid", "import_id", "imported_at")]
                         + (["geometry"] if "geometry" in df.columns else []))
            out[t] = df.sort_values(list(df.columns)).reset_index(drop=True)
        return out


def test_one_run_loads_what_the_six_imports_load(force, tmp_path, run_alg):
    single = tmp_path / "single.gpkg"
    counts = {}
    for key, alg, name in SINGLE:             # no OUTPUT: the workspace is where the rows go
        params = {"INPUT": str(force / name), "WORKSPACE": str(single)}
        if key == "CRIMES":
            params["CRS"] = "EPSG:27700"
        r = run_alg(alg, params)
        assert not r.get("OUTPUT")
        counts[key] = (r["READ"], r["ACCEPTED"], r["REJECTED"])
    assert counts["MEMBERS"][2] >= 1 and counts["CRIMES"][2] >= 1
    rej = tmp_path / "rejects"
    r = run_alg("lpt:loadworkspace", dict(_inputs(force), WORKSPACE=str(tmp_path / "one.gpkg"),
                                          REJECTS_FOLDER=str(rej)))
    assert r["LOADED"] == "members,surveys,crimes,postcodes,streets,areas"
    for key, (read, acc, bad) in counts.items():
        assert (r[f"{key}_READ"], r[f"{key}_ACCEPTED"], r[f"{key}_REJECTED"]) == (read, acc, bad)
        assert read == acc + bad
    one, six = _tables(tmp_path / "one.gpkg"), _tables(single)
    for t in TABLE_OF.values():
        pd.testing.assert_frame_equal(one[t], six[t], check_dtype=False)
    members_rej = pd.read_csv(rej / "members_rejects.csv", dtype=str)
    assert len(members_rej) == counts["MEMBERS"][2] and "postcode" in set(members_rej["column"])
    crimes_rej = pd.read_csv(rej / "crimes_rejects.csv", dtype=str)
    assert crimes_rej["value"].str.contains("2024-02-30").any()
    with W.open_store(str(tmp_path / "one.gpkg")) as st:       # the rejects are kept in the workspace too
        assert st.has_table("lpt_rejects") and st.row_count("lpt_rejects") >= 2


def test_a_failing_input_stops_the_load_and_keeps_what_was_loaded(force, tmp_path, run_alg):
    bad = tmp_path / "crimes.csv"
    bad.write_text("reference,when\nC1,2024-01-01\n", encoding="utf-8")     # no category, no x/y
    ws = tmp_path / "ws.gpkg"
    with pytest.raises(QgsProcessingException) as exc:
        run_alg("lpt:loadworkspace", dict(_inputs(force), CRIMES=str(bad), WORKSPACE=str(ws)))
    text = str(exc.value)
    assert "crimes" in text and "members, surveys" in text and "Traceback" not in text
    with W.open_store(str(ws)) as st:
        assert st.row_count("members") > 0 and st.row_count("surveys") > 0
        assert not st.has_table("crimes") and not st.has_table("streets")


def test_nothing_to_load_or_an_unreadable_input_is_refused_before_anything_is_written(force, tmp_path, run_alg):
    ws = tmp_path / "ws.gpkg"
    with pytest.raises(QgsProcessingException, match="at least one input"):
        run_alg("lpt:loadworkspace", {"WORKSPACE": str(ws)})
    with pytest.raises(QgsProcessingException, match="no_such.csv"):
        run_alg("lpt:loadworkspace", dict(_inputs(force), SURVEYS=str(tmp_path / "no_such.csv"), WORKSPACE=str(ws)))
    assert not ws.exists()                      # members, first in order, was not loaded either


@pytest.mark.parametrize("alg,name", [("lpt:importmembers", "members.csv"), ("lpt:importstreets", "streets.gpkg")])
def test_an_import_with_neither_output_nor_workspace_is_refused(force, run_alg, alg, name):
    with pytest.raises(QgsProcessingException, match="OUTPUT.*WORKSPACE"):
        run_alg(alg, {"INPUT": str(force / name)})


def test_loadworkspace_through_qgis_process(force, tmp_path, qgis_process):
    ws = tmp_path / "ws.gpkg"
    args = [f"{k}={v}" for k, v in _inputs(force).items() if k in ("MEMBERS", "POSTCODES", "AREAS")]
    p = qgis_process("--json", "run", "lpt:loadworkspace", "--", f"WORKSPACE={ws}", *args)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
    res = json.loads(p.stdout[p.stdout.index("{"):])["results"]
    assert res["LOADED"] == "members,postcodes,areas" and res.get("SURVEYS_READ") is None
    with W.open_store(str(ws)) as st:
        assert st.row_count("members") == res["MEMBERS_ACCEPTED"] and st.row_count("areas") == SIZES["N_AREAS"]
    assert os.path.getsize(ws) > 0


def test_cancel_stops_the_load_between_or_inside_imports_and_keeps_what_was_loaded(force, tmp_path, lpt_plugin):
    """Cancel once the first input is loaded: the run fails saying it was cancelled, the tables loaded before stay,
    nothing after is stored."""
    import processing
    from qgis.core import QgsProcessingFeedback
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p > 100 / 6 + 1 else None)
    ws = tmp_path / "ws.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled") as exc:
        processing.run("lpt:loadworkspace", dict(_inputs(force), WORKSPACE=str(ws)), feedback=feedback)
    assert "members" in str(exc.value)
    with W.open_store(str(ws)) as st:
        assert st.row_count("members") > 0 and not st.has_table("crimes") and not st.has_table("areas")


def test_one_run_into_postgis_stores_what_it_stores_into_a_geopackage(force, tmp_path, run_alg, pg_db):
    """The same load into a PostGIS workspace: the same counts, and every table the same frame as the GeoPackage
    workspace's."""
    inputs = _inputs(force)
    gp = run_alg("lpt:loadworkspace", dict(inputs, WORKSPACE=str(tmp_path / "ws.gpkg")))
    pg = run_alg("lpt:loadworkspace", dict(inputs, WORKSPACE=pg_db))
    assert {k: v for k, v in pg.items() if k.endswith(COUNTS_SUFFIXES)} == \
        {k: v for k, v in gp.items() if k.endswith(COUNTS_SUFFIXES)} and pg["LOADED"] == gp["LOADED"]
    one, other = _tables(tmp_path / "ws.gpkg"), _tables(pg_db)
    for t in TABLE_OF.values():
        pd.testing.assert_frame_equal(one[t], other[t], check_dtype=False)
