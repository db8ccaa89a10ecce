"""The real plugin in QGIS: load/unload, provider, every algorithm through processing.run, styles."""
import os

import pandas as pd
import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer

from _paths import DATA, DEMO, PKG, ROOT as ROOT_DIR

@pytest.fixture(autouse=True)
def _collect_layers():
    """Layers made by a test die with the test (see conftest: none may outlive QGIS)."""
    yield
    import gc
    gc.collect()


ALGS = sorted(["archivesetup", "briefingpack", "communityprofile", "compareperiods", "createsetup", "engagementreport", "evaluateactivity",
               "exportmessage",
               "exportvisitlist", "generatedemodata", "importareas", "importcensus", "importclassification",
               "importforcecrime", "importvisitoutcomes",
        "importmembers", "importpolicecrime", "importpostcodes", "importstreets", "importsurveys", "importvisits",
        "keycontacts", "linkcommunity", "loadworkspace", "prioritystreets", "progressreport",
        "setupdatabase", "streetsfromcrime"])


def _lend_provider(lpt_plugin):
    """Take the session plugin's provider out for a test; give a fresh one back afterwards (held by the plugin,
    so that Python keeps its algorithms alive)."""
    QgsApplication.processingRegistry().removeProvider(lpt_plugin.provider)
    lpt_plugin.provider = None


def test_load_and_unload_mirror_each_other(lpt_plugin, qgis_iface):
    import importlib
    from conftest import RecordingIface
    iface = RecordingIface(qgis_iface)
    reg = QgsApplication.processingRegistry()
    _lend_provider(lpt_plugin)
    try:
        plugin = importlib.import_module(PKG).classFactory(iface)
        plugin.initGui()
        assert reg.providerById("lpt") is not None
        # the dock, every algorithm of the provider, and the dependency installer
        from local_priority_targeting.processing.catalogue import CATALOGUE
        assert len(iface.menu) == len(CATALOGUE) + 2 and all(name == "&Local Priority Targeting" for name, _ in iface.menu)
        menu_ids = {a.objectName() for _, a in iface.menu}
        assert {f"lpt:{a.name()}" for a in reg.providerById("lpt").algorithms()} <= menu_ids
        assert len(iface.toolbar) == 1
        plugin.toggle_dock(True)
        assert len(iface.docks) == 1 and plugin.dock.windowTitle().startswith("Local Priority Targeting")
        plugin.unload()
        assert reg.providerById("lpt") is None and iface.menu == [] and plugin.actions == []
        assert iface.toolbar == [] and iface.docks == [] and plugin.dock is None
    finally:
        lpt_plugin.initProcessing()


def test_headless_init_processing_without_iface(lpt_plugin):
    import importlib
    plugin = importlib.import_module(PKG).classFactory(None)
    reg = QgsApplication.processingRegistry()
    _lend_provider(lpt_plugin)
    try:
        plugin.initProcessing()
        plugin.initGui()                # iface None (qgis_process): no GUI, provider once
        assert sorted(a.name() for a in reg.providerById("lpt").algorithms()) == ALGS
        plugin.unload()
        assert reg.providerById("lpt") is None
    finally:
        lpt_plugin.initProcessing()


def test_the_catalogue_names_every_algorithm_as_its_class_does(lpt_plugin):
    from local_priority_targeting.processing.catalogue import CATALOGUE
    from local_priority_targeting.processing.provider import algorithm_classes
    for entry, cls in zip(CATALOGUE, algorithm_classes()):
        assert (entry.name, entry.display, entry.group, entry.group_id) == (cls.NAME, cls.DISPLAY, cls.GROUP,
                                                                            cls.GROUP_ID)
    assert sorted(e.name for e in CATALOGUE) == ALGS


def test_every_algorithm_has_help_and_group(lpt_plugin):
    for a in QgsApplication.processingRegistry().providerById("lpt").algorithms():
        assert len(a.shortHelpString()) > 80 and a.group() and a.displayName()


def _layer(v):
    return v if isinstance(v, QgsVectorLayer) else QgsVectorLayer(v, "x", "ogr")


def test_members_and_surveys_algorithms(run_alg, generated, tmp_path):
    out = str(tmp_path / "members.gpkg")
    r = run_alg("lpt:importmembers", {"INPUT": generated["paths"]["members"], "OUTPUT": out,
                                      "REJECTS": str(tmp_path / "rej.csv")})
    assert r["READ"] == 6000 == r["ACCEPTED"] + r["REJECTED"] and r["REJECTED"] > 0
    lyr = _layer(out)
    assert lyr.featureCount() == r["ACCEPTED"]
    names = lyr.fields().names()
    assert "member_id" in names and "source_row" in names and not {"name", "email", "phone"} & set(names)
    rej = _layer(str(tmp_path / "rej.csv"))
    assert rej.featureCount() == r["REJECTED"] and rej.fields().names()[:5] == ["file", "row", "column", "value", "reason"]
    assert _layer(r["COVERAGE"]).featureCount() == 7
    r = run_alg("lpt:importsurveys", {"INPUT": generated["paths"]["surveys"], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert r["OUTPUT"].featureCount() == r["ACCEPTED"] == r["READ"]


def test_police_crime_algorithm_points_style_and_vintage(run_alg, tmp_path):
    out = str(tmp_path / "crime.gpkg")
    r = run_alg("lpt:importpolicecrime", {"FOLDER": str(DEMO / "crime"),
                                          "LSOA_LOOKUP": str(DEMO / "lookups" / "lsoa11_lsoa21_hull.csv"),
                                          "OUTPUT": out})
    # the 4 rows that repeat another exactly (same Crime ID and every field) are rejected as duplicates
    assert r["READ"] == 20448 and r["ACCEPTED"] == 20444 and r["REJECTED"] == 4
    lyr = _layer(out)
    assert "repeat" not in lyr.fields().names()
    assert lyr.crs().authid() == "EPSG:27700" and lyr.featureCount() == r["ACCEPTED"]
    assert {f["lsoa_vintage"] for f in lyr.getFeatures()} == {"2011", "2021"}
    # the QML style is stored in the GeoPackage as its default: it looks right whenever it loads
    assert lyr.renderer().type() == "categorizedSymbol"
    ext = lyr.extent()
    assert 500000 < ext.center().x() < 520000


def test_other_imports(run_alg, tmp_path):
    r = run_alg("lpt:importpostcodes", {"INPUT": str(DEMO / "postcodes" / "onspd_nov2025_hull.csv"),
                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    assert r["ACCEPTED"] == 8896 and r["OUTPUT"].geometryType() == 0
    r = run_alg("lpt:importclassification", {"INPUT": str(DEMO / "deprivation" / "imd2019_lsoa11_hull.csv"),
                                             "KIND": 2, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert r["ACCEPTED"] == 166
    r = run_alg("lpt:importcensus", {"INPUT": str(DEMO / "census2021" / "ts021_ethnic_group_lsoa21_hull_long.csv"),
                                     "OUTPUT": "TEMPORARY_OUTPUT"})
    assert r["OUTPUT"].featureCount() == 168 * 5
    r = run_alg("lpt:importstreets", {"INPUT": str(DATA / "chapeltown_leeds_streets.gpkg"), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert (r["READ"], r["REJECTED"]) == (1750, 451) and r["OUTPUT"].crs().authid() == "EPSG:27700"
    r = run_alg("lpt:importareas", {"INPUT": str(DEMO / "boundaries" / "hull_wards2022.geojson"),
                                    "OUTPUT": "TEMPORARY_OUTPUT"})
    assert r["ACCEPTED"] == 21 and "ward22_code" not in r["OUTPUT"].fields().names()
    assert {f["area_name"] for f in r["OUTPUT"].getFeatures()} >= {"Avenue", "Orchard Park"}
    force = tmp_path / "force.csv"
    force.write_text("id,date,category,lon,lat\nA,2024-01-14,Burglary,-0.3367,53.7447\n")
    r = run_alg("lpt:importforcecrime", {"INPUT": str(force), "CRS": "EPSG:4326", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert r["ACCEPTED"] == 1


def test_generator_and_streets_from_crime(run_alg, tmp_path):
    r = run_alg("lpt:generatedemodata", {"MEMBERS": 500, "OUTPUT_FOLDER": str(tmp_path / "gen")})
    assert r["N_MEMBERS"] == 500 and os.path.exists(r["SURVEYS_CSV"]) and r["N_VISITS"] > 500
    crime = run_alg("lpt:importpolicecrime", {"FOLDER": str(DEMO / "crime"), "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    r = run_alg("lpt:streetsfromcrime", {"INPUT": crime, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert r["STREETS"] > 1000 and r["OUTPUT"].featureCount() == r["STREETS"]


@pytest.mark.parametrize("alg,params,expected", [
    ("lpt:importmembers", {"INPUT": "{empty}"}, "the file is empty"),
    ("lpt:importmembers", {"INPUT": "{semi}", "DELIMITER": 1}, "wrong delimiter"),
    ("lpt:importsurveys", {"INPUT": "{semi}", "COLUMN_MAP": "trust=Nope"}, "no such column"),
    ("lpt:importpolicecrime", {}, "no police.uk file or folder given"),
    ("lpt:importforcecrime", {"INPUT": "{semi}", "CRS": "EPSG:27700"}, "required column 'crime_id' not found"),
])
def test_bad_input_gives_a_clear_processing_error(run_alg, tmp_path, alg, params, expected):
    (tmp_path / "empty.csv").write_text("")
    (tmp_path / "semi.csv").write_text("Response ID;Member ID;Submitted;Trust\n1;M1;2024-01-01;4\n")
    params = {k: (v.format(empty=tmp_path / "empty.csv", semi=tmp_path / "semi.csv") if isinstance(v, str) else v)
              for k, v in params.items()}
    params.setdefault("OUTPUT", "TEMPORARY_OUTPUT")
    with pytest.raises(QgsProcessingException) as e:
        run_alg(alg, params)
    assert expected in str(e.value) and "Traceback" not in str(e.value)


class Imported(dict):
    """The link parameters (layer paths); ``workspace``: the same imports also written into a workspace."""
    workspace = ""


@pytest.fixture(scope="module")
def imported(lpt_plugin, generated, tmp_path_factory):
    """The demo chain's inputs imported through the algorithms, as an analyst would (into files and a workspace)."""
    import processing
    t = tmp_path_factory.mktemp("imported")
    ws = str(t / "workspace.gpkg")
    run = lambda alg, **p: processing.run(alg, dict(p, WORKSPACE=ws))["OUTPUT"]  # noqa: E731
    out = Imported(
        MEMBERS=run("lpt:importmembers", INPUT=generated["paths"]["members"], OUTPUT=str(t / "m.gpkg")),
        SURVEYS=run("lpt:importsurveys", INPUT=generated["paths"]["surveys"], OUTPUT=str(t / "s.gpkg")),
        CRIMES=run("lpt:importpolicecrime", FOLDER=str(DEMO / "crime"), OUTPUT=str(t / "c.gpkg")),
        POSTCODES=run("lpt:importpostcodes", INPUT=str(DEMO / "postcodes" / "codepo_hu_hull.csv"),
                      OUTPUT=str(t / "p.gpkg")),
        AREAS=run("lpt:importareas", INPUT=str(DEMO / "boundaries" / "hull_wards2022.geojson"),
                  OUTPUT=str(t / "w.gpkg")),
        IMD=run("lpt:importclassification", INPUT=str(DEMO / "deprivation" / "imd2019_lsoa11_hull.csv"), KIND=2,
                OUTPUT=str(t / "imd.gpkg")),
        LSOA_LOOKUP=run("lpt:importclassification", INPUT=str(DEMO / "lookups" / "lsoa11_lsoa21_hull.csv"),
                        KIND=4, OUTPUT=str(t / "look.gpkg")),
        HOUSEHOLDS=run("lpt:importcensus", INPUT=str(DEMO / "census2021" / "ts011_household_deprivation_lsoa21_hull_long.csv"),
                       OUTPUT=str(t / "hh.gpkg")),
        LSOA21=run("lpt:importareas", INPUT=str(DEMO / "boundaries" / "hull_lsoa2021.geojson"), AS=1,
                   OUTPUT=str(t / "lsoa.gpkg")),
    )
    out["STREETS"] = run("lpt:streetsfromcrime", INPUT=out["CRIMES"], OUTPUT=str(t / "st.gpkg"))
    out.workspace = ws
    return out


def _rows(layer, order):
    lyr = _layer(layer)
    names = [f.name() for f in lyr.fields() if f.name() != "fid"]
    rows = sorted(([f[n] for n in names] for f in lyr.getFeatures()), key=lambda r: r[names.index(order)])
    return names, rows


def test_a_workspace_gives_the_same_insight_as_the_layers(run_alg, imported, tmp_path):
    """Import into a workspace, then run the analysis on it: the same field values as from the layers."""
    common = dict(PERIOD_START="2024-01", PERIOD_END="2024-02", FORCE_SUMMARY="TEMPORARY_OUTPUT",
                  UNMATCHED="TEMPORARY_OUTPUT")
    a = run_alg("lpt:linkcommunity", dict(imported, **common, STREET_INSIGHT=str(tmp_path / "a_si.gpkg"),
                                          AREA_INSIGHT=str(tmp_path / "a_ai.gpkg")))
    b = run_alg("lpt:linkcommunity", dict(common, WORKSPACE=imported.workspace,
                                          STREET_INSIGHT=str(tmp_path / "b_si.gpkg"),
                                          AREA_INSIGHT=str(tmp_path / "b_ai.gpkg")))
    for key, order in (("AREA_INSIGHT", "area_code"), ("STREET_INSIGHT", "street_id")):
        (na, ra), (nb, rb) = _rows(a[key], order), _rows(b[key], order)
        assert na == nb, key
        diff = [(na[j], x[j], y[j]) for x, y in zip(ra, rb) for j in range(len(na)) if x[j] != y[j]]
        assert not diff, (key, diff[:5])
    assert a["CRIMES"] == b["CRIMES"] == 5982 and a["UNMATCHED_COUNT"] == b["UNMATCHED_COUNT"]
    from local_priority_targeting.core.store import workspace as W
    with W.open_store(imported.workspace, create=False) as st:
        assert {"members", "surveys", "crimes", "postcodes", "areas", "lsoa21", "imd", "lsoa_lookup",
                "census_households", "streets", "link_postcodes", "link_locations"} <= set(st.tables())
        imports = W.imports(st)
    assert len(imports) == 10 and (imports.n_read == imports.n_accepted + imports.n_rejected).all()
    # priority streets from the workspace: the stored links are used, nothing is linked again
    r = run_alg("lpt:prioritystreets", dict(WORKSPACE=imported.workspace, PERIOD_START="2024-02", REPLICATES=20,
                                            PRIORITY_STREETS="TEMPORARY_OUTPUT", PRIORITY_AREAS="TEMPORARY_OUTPUT",
                                            REPORT=str(tmp_path / "r.html")))
    assert r["STREETS"] > 1000
    with pytest.raises(QgsProcessingException, match="the workspace does not exist"):
        run_alg("lpt:linkcommunity", dict(common, WORKSPACE=str(tmp_path / "nowhere.gpkg"),
                                          STREET_INSIGHT="TEMPORARY_OUTPUT", AREA_INSIGHT="TEMPORARY_OUTPUT"))


def test_a_message_from_the_workspace_goes_to_the_same_members_and_honours_a_newer_opt_out(run_alg, imported,
                                                                                          generated, tmp_path):
    msg = dict(AREA_MODE=1, AREA_CODES="E05011541", TEMPLATE=2, BODY="Thank you for your help this month.",
               MIN_AUDIENCE=1)
    a = run_alg("lpt:exportmessage", dict(msg, MEMBERS=imported["MEMBERS"], POSTCODES=imported["POSTCODES"],
                                          AREAS=imported["AREAS"], LOG=str(tmp_path / "a.gpkg"),
                                          OUTPUT_FOLDER=str(tmp_path / "a")))
    import shutil
    ws = str(tmp_path / "ws.gpkg")
    shutil.copy(imported.workspace, ws)
    b = run_alg("lpt:exportmessage", dict(msg, WORKSPACE=ws, OUTPUT_FOLDER=str(tmp_path / "b")))   # logged in ws
    ids_a = set(pd.read_csv(a["RECIPIENTS_CSV"], dtype=str).member_id)
    ids_b = set(pd.read_csv(b["RECIPIENTS_CSV"], dtype=str).member_id)
    assert ids_a == ids_b and len(ids_a) > 50
    # a newer export in which one of them has opted out: the next message from the workspace leaves them out
    raw = pd.read_csv(generated["paths"]["members"], dtype=str, keep_default_na=False)
    gone = sorted(ids_a)[0]
    col = next(c for c in raw.columns if c.lower().replace(" ", "_") in ("status", "membership_status"))
    raw.loc[raw.iloc[:, 0] == gone, col] = "Unsubscribed"
    newer = tmp_path / "members_newer.csv"
    raw.to_csv(newer, index=False)
    run_alg("lpt:importmembers", dict(INPUT=str(newer), OUTPUT="TEMPORARY_OUTPUT", WORKSPACE=ws))
    with pytest.raises(QgsProcessingException, match="already had a message"):   # the workspace's log has b
        run_alg("lpt:exportmessage", dict(msg, WORKSPACE=ws, OUTPUT_FOLDER=str(tmp_path / "c0")))
    c = run_alg("lpt:exportmessage", dict(msg, WORKSPACE=ws, ALLOW_RECENT=True, OUTPUT_FOLDER=str(tmp_path / "c")))
    ids_c = set(pd.read_csv(c["RECIPIENTS_CSV"], dtype=str).member_id)
    assert ids_c == ids_a - {gone} and c["RECENT_RECIPIENTS"] == len(ids_c)
    from local_priority_targeting.core.engage.message_log import read_log
    msgs, rec = read_log(ws)
    assert list(msgs.message_id) == [b["MESSAGE_ID"], c["MESSAGE_ID"]] and len(rec) == len(ids_b) + len(ids_c)
    assert msgs.area_codes.iloc[0] == ["E05011541"]
    # the engagement report reads the same log from the workspace (members, postcodes and areas too)
    rp = tmp_path / "replies_ws.csv"
    now = pd.Timestamp.now().strftime("%Y-%m-%d %H:%M")           # a reply comes after its message
    pd.DataFrame([(i, b["MESSAGE_ID"], now, "thanks") for i in sorted(ids_b)[:5]],
                 columns=["Member ID", "Message ID", "Reply time", "Reply text"]).to_csv(rp, index=False)
    e = run_alg("lpt:engagementreport", dict(WORKSPACE=ws, REPLIES=str(rp), PER_MESSAGE="TEMPORARY_OUTPUT",
                                             PER_AREA="TEMPORARY_OUTPUT", AREA_RATES="TEMPORARY_OUTPUT",
                                             UNMATCHED="TEMPORARY_OUTPUT"))
    assert (e["READ"], e["MATCHED"]) == (5, 5)
    per = {f["message_id"]: f for f in e["PER_MESSAGE"].getFeatures()}
    assert per[b["MESSAGE_ID"]]["repliers"] == 5 and per[c["MESSAGE_ID"]]["recipients"] == len(ids_c)


@pytest.mark.parametrize("alg,params", [
    ("lpt:importpostcodes", {"INPUT": str(DEMO / "postcodes" / "codepo_hu_hull.csv")}),
    ("lpt:importareas", {"INPUT": str(DEMO / "boundaries" / "hull_wards2022.geojson")}),
])
def test_a_workspace_in_a_missing_folder_fails_before_anything_is_written(run_alg, tmp_path, alg, params):
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match="the folder of the workspace does not exist"):
        run_alg(alg, dict(params, OUTPUT=str(out), WORKSPACE=str(tmp_path / "no" / "ws.gpkg")))
    assert not out.exists()


def test_an_empty_workspace_says_what_to_import(run_alg, tmp_path):
    from local_priority_targeting.core.store import workspace as W
    W.open_store(str(tmp_path / "empty.gpkg")).close()
    with pytest.raises(QgsProcessingException, match="has no members yet"):
        run_alg("lpt:linkcommunity", dict(WORKSPACE=str(tmp_path / "empty.gpkg"), STREET_INSIGHT="TEMPORARY_OUTPUT",
                                          AREA_INSIGHT="TEMPORARY_OUTPUT", FORCE_SUMMARY="TEMPORARY_OUTPUT",
                                          UNMATCHED="TEMPORARY_OUTPUT"))


def test_link_community_algorithm(run_alg, imported, tmp_path):
    r = run_alg("lpt:linkcommunity", dict(imported, PERIOD_START="2024-01", PERIOD_END="2024-02",
                                          STREET_INSIGHT=str(tmp_path / "si.gpkg"), AREA_INSIGHT=str(tmp_path / "ai.gpkg"),
                                          FORCE_SUMMARY="TEMPORARY_OUTPUT", UNMATCHED="TEMPORARY_OUTPUT"))
    ai = _layer(r["AREA_INSIGHT"])
    assert ai.featureCount() == 21 and ai.crs().authid() == "EPSG:27700"
    assert sum(f["crimes"] for f in ai.getFeatures()) + r["CRIMES_OUTSIDE"] == r["CRIMES"] == 5982   # 2024-01..02 less 4 exact repeats
    assert sum(f["members"] for f in ai.getFeatures()) + r["MEMBERS_OUTSIDE"] == r["MEMBERS"]
    # IMD 2019 (LSOA 2011) reached the 2021 wards through the lookup
    assert all(1 <= f["imd_decile"] <= 10 for f in ai.getFeatures())
    assert all(f["households"] > 1000 for f in ai.getFeatures())
    si = _layer(r["STREET_INSIGHT"])
    assert sum(f["crimes"] for f in si.getFeatures()) > 5800
    assert si.renderer().type() == ai.renderer().type() == "graduatedSymbol" and ai.labelsEnabled()   # stored styles
    assert len(ai.renderer().legendSymbolItems()) == 5
    # members are counted by reason and place (a postcode's centroid), not listed one per person
    un = list(r["UNMATCHED"].getFeatures())
    assert sum(f["records"] for f in un) == r["UNMATCHED_COUNT"] > len(un)
    kinds = {(f["record_type"], f["record_id"] == "") for f in un}
    assert ("member", True) in kinds and ("member", False) not in kinds and ("crime", False) in kinds
    members = [(f["level"], f["reason"], f["easting"], f["northing"]) for f in un if f["record_type"] == "member"]
    assert len(members) == len(set(members)) and all(f["records"] == 1 for f in un if f["record_type"] == "crime")
    assert "LINKED_MEMBERS" not in r        # personal layer only when asked
    f = next(r["FORCE_SUMMARY"].getFeatures())
    # the summary is for the areas analysed (the 21 wards): the crimes outside them are left out and counted
    assert f["crimes"] == sum(a["crimes"] for a in ai.getFeatures()) == 5982 - r["CRIMES_OUTSIDE"]
    assert f["crimes_left_out"] == r["CRIMES_OUTSIDE"] > 0 and f["scope"] == "all 21 areas given"
    assert f["period"] == "2024-01..2024-02"


def test_link_members_output_only_when_asked(run_alg, imported):
    r = run_alg("lpt:linkcommunity", dict(imported, INCLUDE_MEMBERS=True, LINKED_MEMBERS="TEMPORARY_OUTPUT",
                                          STREET_INSIGHT="TEMPORARY_OUTPUT", AREA_INSIGHT="TEMPORARY_OUTPUT",
                                          FORCE_SUMMARY="TEMPORARY_OUTPUT", UNMATCHED="TEMPORARY_OUTPUT"))
    lm = r["LINKED_MEMBERS"]
    assert lm.featureCount() > 5000 and "member_id" in lm.fields().names() and "email" not in lm.fields().names()


def test_compare_periods_algorithm(run_alg, imported, tmp_path):
    r = run_alg("lpt:compareperiods", dict(imported, P1_START="2018-10", P1_END="2018-12", P2_START="2024-01",
                                           P2_END="2024-02", AREA_CHANGE=str(tmp_path / "ac.gpkg"),
                                           STREET_CHANGE="TEMPORARY_OUTPUT", FORCE_CHANGE="TEMPORARY_OUTPUT"))
    f = next(r["FORCE_CHANGE"].getFeatures())
    ac = _layer(r["AREA_CHANGE"])
    # the figures are for the areas analysed (the 21 wards): 92 and 77 crimes lie outside them and are left out
    assert (f["crimes_1"], f["crimes_2"]) == (10660 - 92, 5982 - 77) and f["crimes_sig"]
    assert (sum(a["crimes_1"] for a in ac.getFeatures()), sum(a["crimes_2"] for a in ac.getFeatures())) == \
        (f["crimes_1"], f["crimes_2"])
    assert ac.featureCount() == 21 and ac.renderer().type() == "RuleRenderer"
    assert {f["crime_trend"] for f in ac.getFeatures()} <= {"rise", "fall", "no change"}


def test_link_with_a_wrong_layer_says_which(run_alg, imported):
    bad = dict(imported, MEMBERS=imported["SURVEYS"], STREET_INSIGHT="TEMPORARY_OUTPUT",
               AREA_INSIGHT="TEMPORARY_OUTPUT", FORCE_SUMMARY="TEMPORARY_OUTPUT", UNMATCHED="TEMPORARY_OUTPUT")
    with pytest.raises(QgsProcessingException, match="has no field postcode"):
        run_alg("lpt:linkcommunity", bad)
    with pytest.raises(QgsProcessingException, match="not YYYY-MM"):
        run_alg("lpt:linkcommunity", dict(bad, MEMBERS=imported["MEMBERS"], PERIOD_START="Jan 2024"))


def test_priority_streets_algorithm(run_alg, imported, generated, tmp_path):
    visits = run_alg("lpt:importvisits", {"INPUT": generated["paths"]["visits"], "OUTPUT": str(tmp_path / "v.gpkg")})
    assert visits["READ"] == visits["ACCEPTED"] > 1000
    ethnic = run_alg("lpt:importcensus", {"INPUT": str(DEMO / "census2021" / "ts021_ethnic_group_lsoa21_hull_long.csv"),
                                          "OUTPUT": str(tmp_path / "eth.gpkg")})["OUTPUT"]
    report = tmp_path / "report.html"
    r = run_alg("lpt:prioritystreets", dict(imported, VISITS=visits["OUTPUT"], ETHNIC=ethnic, PERIOD_START="2024-02",
                                            AREA_CODES="E05011541,E05011529", W_HOT=2.0, TOP_N=15,
                                            TITLE="Central <patch>", PRIORITY_STREETS=str(tmp_path / "ps.gpkg"),
                                            PRIORITY_AREAS="TEMPORARY_OUTPUT", REPORT=str(report)))
    ps = _layer(r["PRIORITY_STREETS"])
    feats = sorted(ps.getFeatures(), key=lambda f: f["rank"])
    assert len(feats) == r["STREETS"] and {f["area_code"] for f in feats} <= {"E05011541", "E05011529"}
    assert feats[0]["rank"] == 1 and feats[0]["score"] >= feats[-1]["score"] and feats[0]["reason1"]
    assert ps.renderer().type() == "RuleRenderer"
    assert r["PRIORITY_AREAS"].featureCount() == 2
    html = report.read_text()
    assert "Central &lt;patch&gt;" in html and html.count("<tr>") >= 15
    # crimes at named places are ranked apart, styled, with an action each, inside the chosen areas
    places = _layer(r["HOT_PLACES"])
    pf = sorted(places.getFeatures(), key=lambda f: f["rank"])
    assert r["N_HOT_PLACES"] == len(pf) > 0 and {f["area_code"] for f in pf} <= {"E05011541", "E05011529"}
    assert all(f["action"] and f["crimes"] >= 1 for f in pf) and places.renderer().type() == "RuleRenderer"
    street_names = {f["name"] for f in feats}
    assert not any(f["name"] in {p["place"] for p in pf} for f in feats) and "Parking Area" not in street_names
    assert "Hot places" in html and "Equality check" in html and "90% interval" in html
    # the equality check: the score and each component against the ethnic-minority share of the street's LSOA
    from local_priority_targeting.core.analyse.priority import COMPONENTS
    rows = {f["measure"]: f for f in _layer(r["EQUALITY"]).getFeatures()}
    assert set(rows) == {"score", *COMPONENTS}
    for f in rows.values():
        assert f["ci_low"] <= f["estimate"] <= f["ci_high"] and 0 <= f["p_value"] <= 1
        assert 30 <= f["streets"] <= len(feats) and f["lsoas"] >= 10 and f["sentence"]
    assert rows["score"]["sentence"] in html


def test_priority_streets_unknown_area(run_alg, imported, tmp_path):
    # its own test: a pytest.raises traceback keeps the test's frame (and any layers in it) alive past QGIS exit
    with pytest.raises(QgsProcessingException, match="unknown area code"):
        run_alg("lpt:prioritystreets", dict(imported, AREA_CODES="NOPE", PRIORITY_STREETS="TEMPORARY_OUTPUT",
                                            PRIORITY_AREAS="TEMPORARY_OUTPUT", REPORT=str(tmp_path / "x.html")))


def test_unexpected_error_is_one_line_and_the_traceback_goes_to_a_log_file(lpt_plugin):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    from local_priority_targeting.processing.algorithm import LptAlgorithm

    class Boom(LptAlgorithm):
        NAME = "boom"

        def initAlgorithm(self, config=None):
            pass

        def run_algorithm(self, parameters, context, feedback):
            return {}["missing"]

    with pytest.raises(QgsProcessingException) as e:
        Boom().processAlgorithm({}, QgsProcessingContext(), QgsProcessingFeedback())
    msg = str(e.value)
    assert "Unexpected error in boom: KeyError" in msg and "Traceback" not in msg
    log = msg.split("The details are in ")[1].split(";")[0]
    assert log.endswith("lpt_errors.log") and "Traceback" in open(log).read()


def test_export_message_and_engagement_report(run_alg, imported, tmp_path):
    import json
    log = str(tmp_path / "log.gpkg")
    base = dict(MEMBERS=imported["MEMBERS"], POSTCODES=imported["POSTCODES"], AREAS=imported["AREAS"], LOG=log)
    r = run_alg("lpt:exportmessage", dict(base, AREA_MODE=1, AREA_CODES="E05011541", TEMPLATE=0, TEAM="Docklands NPT",
                                          WHAT_WAS_DONE="Two drugs warrants", AUDIENCE="exclude group=IAG",
                                          OUTPUT_FOLDER=str(tmp_path / "out")))
    ids = pd.read_csv(r["RECIPIENTS_CSV"], dtype=str).member_id
    assert len(ids) == r["AUDIENCE_SIZE"] > 50
    meta = json.load(open(r["MESSAGE_JSON"]))
    assert meta["audience_size"] == len(ids) and "Two drugs warrants" in meta["body"] and meta["channel"] == "email"
    assert "<" not in meta["body"] and "qrichtext" not in meta["body"] and meta["area_label"] == "St Andrew's & Docklands"
    assert "<p>" in meta["body_html"] and "Two drugs warrants" in meta["body_html"]
    members = _layer(imported["MEMBERS"])
    status = {f["member_id"]: f["status"] for f in members.getFeatures()}
    assert all(status[i] == "active" for i in ids)                       # opted-out members never exported
    # the frequency guard fires on a second message to the same people, and can block
    with pytest.raises(QgsProcessingException, match=f"{len(ids)} of \\d+ recipients already had a message"):
        run_alg("lpt:exportmessage", dict(base, AREA_MODE=1, AREA_CODES="E05011541", CHANNEL=1, TEMPLATE=2,
                                          BODY="Please tell us how we are doing.", OUTPUT_FOLDER=str(tmp_path / "out3")))
    assert not (tmp_path / "out3").exists() or not os.listdir(tmp_path / "out3")
    r2 = run_alg("lpt:exportmessage", dict(base, AREA_MODE=1, AREA_CODES="E05011541", CHANNEL=1, TEMPLATE=2,
                                           BODY="Please tell us how we are doing.", ALLOW_RECENT=True,
                                           OUTPUT_FOLDER=str(tmp_path / "out2")))
    assert r2["RECENT_RECIPIENTS"] == len(ids)
    with pytest.raises(QgsProcessingException, match=r"placeholder.*\[reference\]"):
        run_alg("lpt:exportmessage", dict(base, AREA_MODE=1, AREA_CODES="E05011541", TEMPLATE=1, ALLOW_RECENT=True,
                                          OUTPUT_FOLDER=str(tmp_path / "out4")))
    # replies to the first message from a tenth of its recipients
    now = pd.Timestamp.now().strftime("%Y-%m-%d %H:%M")           # a reply comes after its message
    rows = [(i, r["MESSAGE_ID"], now, "thanks") for i in ids[: len(ids) // 10]] + [("X", "MSG-NONE", "2024-03-02", "?"),
                                                                                              ("", r["MESSAGE_ID"], "bad", "")]
    rp = tmp_path / "replies.csv"
    pd.DataFrame(rows, columns=["Member ID", "Message ID", "Reply time", "Reply text"]).to_csv(rp, index=False)
    e = run_alg("lpt:engagementreport", dict(base, LOG=log, REPLIES=str(rp), PER_MESSAGE="TEMPORARY_OUTPUT",
                                             PER_AREA="TEMPORARY_OUTPUT", AREA_RATES="TEMPORARY_OUTPUT",
                                             UNMATCHED="TEMPORARY_OUTPUT"))
    assert (e["READ"], e["REJECTED"], e["MATCHED"]) == (len(rows), 1, len(ids) // 10)
    per = {f["message_id"]: f for f in e["PER_MESSAGE"].getFeatures()}
    assert per[r["MESSAGE_ID"]]["reply_rate"] == pytest.approx(round(100 * (len(ids) // 10) / len(ids), 2))
    assert per[r2["MESSAGE_ID"]]["repliers"] == 0
    rates = {f["area_code"]: f["reply_rate"] for f in e["AREA_RATES"].getFeatures()}
    assert rates["E05011541"] > 0
    # three replies: one dated before the message was made (rejected, its own text kept), two after; two
    # repliers are fewer than five people, so their count and rate are left empty, not shown
    early = [(ids[0], r["MESSAGE_ID"], "02/03/2024 18:41", "x"), (ids[1], r["MESSAGE_ID"], now, "y"),
             (ids[2], r["MESSAGE_ID"], now, "z")]
    pd.DataFrame(early, columns=["Member ID", "Message ID", "Reply time", "Reply text"]).to_csv(rp, index=False)
    f = run_alg("lpt:engagementreport", dict(base, LOG=log, REPLIES=str(rp), PER_MESSAGE="TEMPORARY_OUTPUT",
                                             PER_AREA="TEMPORARY_OUTPUT", AREA_RATES="TEMPORARY_OUTPUT",
                                             UNMATCHED="TEMPORARY_OUTPUT", REJECTS=str(tmp_path / "rej.csv")))
    assert (f["READ"], f["ACCEPTED"], f["REJECTED"], f["MATCHED"]) == (3, 2, 1, 2)
    rej = pd.read_csv(tmp_path / "rej.csv", dtype=str)
    assert rej.value.tolist() == ["02/03/2024 18:41"] and "before its message was created" in rej.reason.iloc[0]
    one = {g["message_id"]: g for g in f["PER_MESSAGE"].getFeatures()}[r["MESSAGE_ID"]]
    null = lambda v: v is None or (hasattr(v, "isNull") and v.isNull())  # noqa: E731
    assert one["recipients"] == len(ids) >= 5 and null(one["repliers"]) and null(one["reply_rate"])


def test_csv_outputs_cannot_run_formulas(run_alg, tmp_path):
    src = tmp_path / "m.csv"
    src.write_text('member_id,postcode,registered\nA1,"=HYPERLINK(""http://x"",""y"")",2023-01-01\n'
                   'A2,HU1 1AA,@SUM(A1)\n+1,HU1 1AA,2023-01-01\n-2,HU1 1AA,2023-01-01\n')
    r = run_alg("lpt:importmembers", dict(INPUT=str(src), OUTPUT=str(tmp_path / "acc.csv"),
                                          REJECTS=str(tmp_path / "rej.csv"), COVERAGE="TEMPORARY_OUTPUT"))
    assert (r["READ"], r["ACCEPTED"], r["REJECTED"]) == (4, 2, 2)
    rej = pd.read_csv(tmp_path / "rej.csv", dtype=str, keep_default_na=False)
    assert sorted(rej.value) == ["'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(A1)"]
    acc = pd.read_csv(tmp_path / "acc.csv", dtype=str, keep_default_na=False)
    assert acc.member_id.tolist() == ["'+1", "'-2"]


def _no_crs_copy(src, dest):
    """A GeoPackage copy of a layer whose CRS is unknown (as a shapefile without .prj)."""
    from osgeo import gdal
    gdal.VectorTranslate(str(dest), str(src), options="-a_srs NONE -f GPKG")
    return str(dest)


def _empty_copy(src, dest):
    from osgeo import gdal
    gdal.VectorTranslate(str(dest), str(src), options="-f GPKG -where 0=1")
    return str(dest)


PRIORITY_OUT = dict(PRIORITY_STREETS="TEMPORARY_OUTPUT", PRIORITY_AREAS="TEMPORARY_OUTPUT")


@pytest.mark.parametrize("change,expected", [
    ({"W_HARM": float("nan")}, "must be a finite number from 0 to 100"),
    ({"W_HOT": "nan"}, "must be a finite number"),
    ({"ALPHA": float("inf")}, "ALPHA"),
    ({"ALPHA": 1.5}, "Significance level (FDR) is 1.5: it must be a finite number from 0.0001 to 0.5"),
    ({"ALPHA": "abc"}, "Significance level (FDR) is 'abc': it must be a finite number"),
    ({"W_HARM": -1}, "Weight: harm is -1: it must be a finite number from 0 to 100"),
    ({"TOP_N": 0}, "Streets in the report is 0: it must be a finite number from 1 to 500"),
    ({"REPORT": "report.csv"}, "HTML report (REPORT) writes HTML (*.html), but the file name does not end .html"),
    ({"MAX_DISTANCE": float("nan")}, "Maximum distance to a street"),
    ({"PERIOD_START": "2023-05", "PERIOD_END": "2023-06"}, "no crime data for 2023-05..2023-06"),
    ({"PERIOD_START": "2024-13"}, "is not YYYY-MM"),
    ({"STREETS": "nocrs"}, "has no coordinate reference system"),
    ({"MEMBERS": "empty"}, "the layer is empty"),
    ({"RULES": "evil"}, "rule EVIL"),
    ({"HARM_WEIGHTS": "hugeweights"}, "is not a number from 0 to 100,000"),
])
def test_priority_streets_refuses_bad_parameters_and_layers(run_alg, imported, tmp_path, change, expected):
    files = {"nocrs": lambda: _no_crs_copy(imported["STREETS"], tmp_path / "nocrs.gpkg"),
             "empty": lambda: _empty_copy(imported["MEMBERS"], tmp_path / "empty.gpkg"),
             "evil": lambda: _write(tmp_path / "rules.csv", "rule_id,condition,action\n"
                                    f"EVIL,\"c_drugs > 0 or __import__('os').system('touch {tmp_path}/pwned')\",x\n"),
             "hugeweights": lambda: _write(tmp_path / "w.csv", "crime_type,weight\nBurglary,1e308\n")}
    params = dict(imported, **PRIORITY_OUT, REPORT=str(tmp_path / "r.html"))
    params.update({k: files[v]() if isinstance(v, str) and v in files else v for k, v in change.items()})
    with pytest.raises(QgsProcessingException) as e:
        run_alg("lpt:prioritystreets", params)
    assert expected in str(e.value) and "Unexpected" not in str(e.value) and "Traceback" not in str(e.value)
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "pwned").exists()


def _write(path, text):
    path.write_text(text)
    return str(path)


def test_priority_streets_without_surveys_and_with_a_partly_covered_previous_period(run_alg, imported, tmp_path):
    params = dict(imported, **PRIORITY_OUT, REPORT=str(tmp_path / "r.html"), PERIOD_START="2024-01",
                  PERIOD_END="2024-02")
    params.pop("SURVEYS")
    r = run_alg("lpt:prioritystreets", params)      # the previous period (2023-11..12) has no crime data
    assert r["STREETS"] > 100
    trend = [f["trend_comp"] for f in r["PRIORITY_STREETS"].getFeatures()]
    assert max(trend) == 0
    assert "not comparable" in (tmp_path / "r.html").read_text()


def test_exports_refuse_a_missing_log_folder_and_an_output_folder_that_is_a_file(run_alg, imported, tmp_path):
    (tmp_path / "afile").write_text("x")
    base = dict(MEMBERS=imported["MEMBERS"], POSTCODES=imported["POSTCODES"], AREAS=imported["AREAS"])
    with pytest.raises(QgsProcessingException, match="folder of the message log does not exist"):
        run_alg("lpt:exportmessage", dict(base, LOG=str(tmp_path / "no" / "log.gpkg"), OUTPUT_FOLDER=str(tmp_path / "o")))
    with pytest.raises(QgsProcessingException, match="export folder is a file"):
        run_alg("lpt:exportmessage", dict(base, LOG=str(tmp_path / "log.gpkg"), OUTPUT_FOLDER=str(tmp_path / "afile")))
    with pytest.raises(QgsProcessingException, match="is not a message log"):
        run_alg("lpt:engagementreport", dict(base, LOG=imported["AREAS"], REPLIES=_write(tmp_path / "r.csv",
                 "Member ID,Message ID,Reply time,Reply text\nM1,MSG-1,2024-01-01 10:00,x\n"),
                 PER_MESSAGE="TEMPORARY_OUTPUT", PER_AREA="TEMPORARY_OUTPUT", AREA_RATES="TEMPORARY_OUTPUT",
                 UNMATCHED="TEMPORARY_OUTPUT"))


def test_dialogs_show_few_parameters_with_help_and_a_readme_link(lpt_plugin):
    readme = (ROOT_DIR / "README.md").read_text()
    from local_priority_targeting.processing.help import github_anchor
    anchors = {github_anchor(l.lstrip("#")) for l in readme.splitlines() if l.startswith("#")}
    for a in QgsApplication.processingRegistry().providerById("lpt").algorithms():
        shown = [d for d in a.parameterDefinitions() if not d.flags() & d.FlagAdvanced and not d.isDestination()]
        assert len(shown) <= 12, (a.name(), [d.name() for d in shown])
        help_ = a.shortHelpString()
        assert "<h3>Inputs</h3>" in help_ and "<h3>Outputs</h3>" in help_ and f"lpt:{a.name()}" in help_
        assert a.shortDescription() and a.helpUrl().split("#")[1] in anchors, a.helpUrl()


def test_demo_project_opens_grouped_ordered_and_with_legends(run_alg, imported, tmp_path):
    import shutil as sh
    import sys
    sys.path.insert(0, str(ROOT_DIR / "scripts"))
    import demo_project
    from qgis.core import QgsProject
    for key, name in (("AREAS", "wards"), ("STREETS", "streets_approx"), ("MEMBERS", "members")):
        sh.copy(imported[key], tmp_path / f"{name}.gpkg")
    run_alg("lpt:linkcommunity", dict(imported, STREET_INSIGHT=str(tmp_path / "street_insight.gpkg"),
                                      AREA_INSIGHT=str(tmp_path / "area_insight.gpkg"), FORCE_SUMMARY="TEMPORARY_OUTPUT",
                                      UNMATCHED="TEMPORARY_OUTPUT"))
    run_alg("lpt:prioritystreets", dict(imported, PRIORITY_STREETS=str(tmp_path / "priority_streets.gpkg"),
                                        PRIORITY_AREAS=str(tmp_path / "priority_areas.gpkg"),
                                        REPORT=str(tmp_path / "r.html")))
    path = demo_project.build(str(tmp_path))
    project = QgsProject.instance()
    project.clear()
    assert project.read(path) and project.crs().authid() == "EPSG:27700"
    layers = {l.name(): l for l in project.mapLayers().values()}
    assert all(l.isValid() for l in layers.values()) and len(layers) == 7
    for name in ("Area insight", "Street insight", "Priority areas"):
        r = layers[name].renderer()
        assert r.type() == "graduatedSymbol" and len(r.legendSymbolItems()) >= 3, name
    assert layers["Priority streets"].renderer().type() == "RuleRenderer" and layers["Priority streets"].labelsEnabled()
    order = [l.name() for l in project.layerTreeRoot().layerOrder()]
    assert order.index("Priority streets") < order.index("Area insight") < order.index("Wards")
    assert [g.name() for g in project.layerTreeRoot().children()][:3] == ["Priorities", "Insight", "Inputs"]
    project.clear()


def _values(layer):
    lyr = _layer(layer)
    names = [f.name() for f in lyr.fields() if f.name() != "fid"]
    types = [lyr.fields().field(n).type() for n in names]
    rows = sorted((tuple(None if f[n] is None or (hasattr(f[n], "isNull") and f[n].isNull()) else f[n]
                         for n in names) + (f.geometry().asWkt(3),) for f in lyr.getFeatures()), key=repr)
    return names, types, rows


def test_files_written_by_core_equal_what_qgis_sinks_write(run_alg, imported, tmp_path):
    """Plain .gpkg/.csv outputs go through core's batch writer; memory layers through QGIS sinks: the same
    fields, types, values and geometries (CSV neutralising: test_csv_outputs_cannot_run_formulas)."""
    common = dict(imported, PERIOD_START="2024-01", PERIOD_END="2024-02", INCLUDE_IDS=True)
    a = run_alg("lpt:linkcommunity", dict(common, STREET_INSIGHT=str(tmp_path / "si.gpkg"),
                                          AREA_INSIGHT=str(tmp_path / "ai.gpkg"), FORCE_SUMMARY=str(tmp_path / "fs.csv"),
                                          UNMATCHED=str(tmp_path / "un.gpkg")))
    b = run_alg("lpt:linkcommunity", dict(common, STREET_INSIGHT="TEMPORARY_OUTPUT", AREA_INSIGHT="TEMPORARY_OUTPUT",
                                          FORCE_SUMMARY="TEMPORARY_OUTPUT", UNMATCHED="TEMPORARY_OUTPUT"))
    assert isinstance(b["AREA_INSIGHT"], QgsVectorLayer) and a["AREA_INSIGHT"] == str(tmp_path / "ai.gpkg")
    for key in ("AREA_INSIGHT", "STREET_INSIGHT", "UNMATCHED"):
        (na, ta, ra), (nb, tb, rb) = _values(a[key]), _values(b[key])
        assert na == nb and ta == tb and len(ra) == len(rb) > 0, key
        diff = [(x, y) for x, y in zip(ra, rb) if x != y]
        assert not diff, (key, diff[:2])
    fs = pd.read_csv(tmp_path / "fs.csv")
    mem = next(b["FORCE_SUMMARY"].getFeatures())
    assert list(fs.columns) == [f.name() for f in b["FORCE_SUMMARY"].fields()]
    # figures for the areas analysed (the 21 wards); the crimes outside them are left out and counted
    assert fs.crimes[0] == mem["crimes"] == 5982 - a["CRIMES_OUTSIDE"] and fs.period[0] == mem["period"]
    assert fs.crimes_left_out[0] == mem["crimes_left_out"] == a["CRIMES_OUTSIDE"] > 0
    assert ai_opens_styled(a["AREA_INSIGHT"])



def test_linkcommunity_lists_the_same_unmatched_ids_with_the_ids_undecoded(run_alg, imported, tmp_path, monkeypatch):
    """Hull's layers through lpt:linkcommunity (INCLUDE_IDS): the unmatched crimes' and responses' ids are the same
    whether the ids are left undecoded (the default) or decoded as they are read."""
    from local_priority_targeting.processing.analyse import link_inputs
    assert link_inputs.UNDECODED == {"CRIMES": ("crime_id",), "SURVEYS": ("response_id",)}
    common = dict(imported, PERIOD_START="2024-01", PERIOD_END="2024-02", INCLUDE_IDS=True,
                  STREET_INSIGHT="TEMPORARY_OUTPUT", AREA_INSIGHT="TEMPORARY_OUTPUT", FORCE_SUMMARY="TEMPORARY_OUTPUT")
    lazy = run_alg("lpt:linkcommunity", dict(common, UNMATCHED=str(tmp_path / "lazy.csv")))
    monkeypatch.setattr(link_inputs, "UNDECODED", {})
    eager = run_alg("lpt:linkcommunity", dict(common, UNMATCHED=str(tmp_path / "eager.csv")))
    a = pd.read_csv(tmp_path / "lazy.csv", dtype=str, keep_default_na=False)
    b = pd.read_csv(tmp_path / "eager.csv", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(a, b)
    crimes = a[a.record_type == "crime"]
    assert len(crimes) >= lazy["CRIMES_OUTSIDE"] > 0
    assert crimes.record_id.str.len().gt(0).all() and crimes.record_id.nunique() > 1
    assert lazy["UNMATCHED_COUNT"] == eager["UNMATCHED_COUNT"] == len(a)


def test_the_undecoded_ids_are_decoded_only_for_the_records_listed(run_alg, imported, tmp_path):
    """Through the scope's narrowing (two wards), the insight and the ranking, only the ids of the records listed
    in UNMATCHED are ever decoded - not the 5,982 crimes' or the responses' (pandas decodes a whole extension
    column when a frame is built from a dict with columns=, as the scope once did)."""
    from local_priority_targeting.core.io.lazy_text import LazyText
    common = dict(imported, PERIOD_START="2024-01", PERIOD_END="2024-02", AREA_CODES="E05011541,E05011529")
    LazyText.decodes = 0
    r = run_alg("lpt:linkcommunity", dict(common, STREET_INSIGHT="TEMPORARY_OUTPUT", AREA_INSIGHT="TEMPORARY_OUTPUT",
                                          FORCE_SUMMARY="TEMPORARY_OUTPUT", UNMATCHED=str(tmp_path / "un.csv")))
    listed = pd.read_csv(tmp_path / "un.csv", dtype=str, keep_default_na=False)
    ids = listed[listed.record_type.isin(["crime", "response"])].records.astype(int).sum() + 10   # + the first, which
    assert r["CRIMES_OUTSIDE"] > 1000 and 0 < LazyText.decodes <= ids            # pandas' concat peeks at
    LazyText.decodes = 0
    run_alg("lpt:prioritystreets", dict(common, PRIORITY_STREETS="TEMPORARY_OUTPUT", PRIORITY_AREAS="TEMPORARY_OUTPUT",
                                        REPORT=str(tmp_path / "r.html")))
    assert LazyText.decodes <= ids


def ai_opens_styled(path):
    lyr = QgsVectorLayer(path, "ai", "ogr")
    return lyr.isValid() and lyr.name() == "ai" and lyr.renderer().type() == "graduatedSymbol" and \
        lyr.hasSpatialIndex() == 2 and lyr.crs().authid() == "EPSG:27700"


def test_outputs_named_as_the_dialogs_name_them(run_alg, generated, imported, tmp_path):
    """The dialogs pass output definitions with an encoding (written by core), and a GeoPackage layer of an
    existing file is an ogr: destination (written by QGIS's sink, next to the layer already there)."""
    from qgis.core import QgsProcessingOutputLayerDefinition
    out = QgsProcessingOutputLayerDefinition(str(tmp_path / "members.gpkg"))
    out.createOptions = {"fileEncoding": "System"}
    r = run_alg("lpt:importmembers", {"INPUT": generated["paths"]["members"], "OUTPUT": out,
                                      "REJECTS": "TEMPORARY_OUTPUT"})
    assert r["OUTPUT"] == str(tmp_path / "members.gpkg") and _layer(r["OUTPUT"]).featureCount() == r["ACCEPTED"]
    both = tmp_path / "both.gpkg"
    common = dict(imported, PERIOD_START="2024-01", PERIOD_END="2024-02", FORCE_SUMMARY="TEMPORARY_OUTPUT",
                  UNMATCHED="TEMPORARY_OUTPUT")
    run_alg("lpt:linkcommunity", dict(common, STREET_INSIGHT=str(both), AREA_INSIGHT="TEMPORARY_OUTPUT"))
    r = run_alg("lpt:linkcommunity", dict(common, STREET_INSIGHT="TEMPORARY_OUTPUT",
                                          AREA_INSIGHT=f"ogr:dbname='{both}' table=\"wards\" (geom)"))
    from osgeo import ogr
    ds = ogr.Open(str(both))
    names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    assert {"both", "wards"} <= names and ds.GetLayerByName("wards").GetFeatureCount() == 21


def test_a_failed_import_leaves_no_half_output_or_temporary_file(run_alg, generated, tmp_path):
    """The accepted rows are written first; the rejects output then cannot be created (its folder is missing):
    the run fails with one message and the folder holds no output and no temporary file."""
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException):
        run_alg("lpt:importmembers", {"INPUT": generated["paths"]["members"], "OUTPUT": str(out / "members.gpkg"),
                                      "REJECTS": str(tmp_path / "missing" / "rejects.csv")})
    assert sorted(p.name for p in out.iterdir()) == []


def test_an_output_file_name_with_quotes_and_braces_is_a_valid_indexed_layer(run_alg, tmp_path):
    """The GeoPackage table is named after the file, whatever the name (identifiers quoted, never formatted)."""
    import sqlite3
    path = tmp_path / "Ward's \"out\" {1}.gpkg"
    r = run_alg("lpt:importareas", {"INPUT": str(DEMO / "boundaries" / "hull_wards2022.geojson"), "OUTPUT": str(path)})
    lyr = QgsVectorLayer(str(path), "w", "ogr")
    assert lyr.isValid() and lyr.featureCount() == r["ACCEPTED"] == 21 and lyr.hasSpatialIndex() == 2
    con = sqlite3.connect(str(path))
    assert con.execute("SELECT rtreecheck(?)", ("rtree_Ward's \"out\" {1}_geom",)).fetchone()[0] == "ok"
    con.close()


def test_an_output_named_as_the_workspace_is_refused_and_the_workspace_kept(run_alg, imported, tmp_path):
    import shutil
    ws = tmp_path / "ws.gpkg"
    shutil.copy(imported.workspace, ws)
    before = ws.read_bytes()
    with pytest.raises(QgsProcessingException, match="is the workspace itself"):
        run_alg("lpt:importareas", {"INPUT": str(DEMO / "boundaries" / "hull_wards2022.geojson"), "OUTPUT": str(ws),
                                    "WORKSPACE": str(ws)})
    with pytest.raises(QgsProcessingException, match="STREET_INSIGHT is the workspace itself"):
        run_alg("lpt:linkcommunity", dict(WORKSPACE=str(ws), STREET_INSIGHT=str(ws), AREA_INSIGHT="TEMPORARY_OUTPUT",
                                          FORCE_SUMMARY="TEMPORARY_OUTPUT", UNMATCHED="TEMPORARY_OUTPUT"))
    assert ws.read_bytes() == before
