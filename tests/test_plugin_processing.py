"""The real plugin in QGIS: load/unload, provider, every algorithm through processing.run, styles."""
import os

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer

from _paths import DATA, DEMO, PKG

ALGS = ["generatedemodata", "importareas", "importcensus", "importclassification", "importforcecrime",
        "importmembers", "importpolicecrime", "importpostcodes", "importstreets", "importsurveys",
        "streetsfromcrime"]


def test_load_and_unload_mirror_each_other(qgis_iface, qgis_processing):
    import importlib
    from conftest import RecordingIface
    iface = RecordingIface(qgis_iface)
    plugin = importlib.import_module(PKG).classFactory(iface)
    reg = QgsApplication.processingRegistry()
    before = reg.providerById("lpt")
    if before is not None:          # the session plugin is loaded: take it out for this test
        reg.removeProvider(before)
    plugin.initGui()
    assert reg.providerById("lpt") is not None
    assert len(iface.menu) == 10 and all(name == "&Local Priority Targeting" for name, _ in iface.menu)
    plugin.unload()
    assert reg.providerById("lpt") is None and iface.menu == [] and plugin.actions == []
    if before is not None:
        from local_priority_targeting.processing.provider import LptProvider
        reg.addProvider(LptProvider())


def test_headless_init_processing_without_iface(qgis_processing):
    import importlib
    plugin = importlib.import_module(PKG).classFactory(None)
    reg = QgsApplication.processingRegistry()
    had = reg.providerById("lpt")
    if had is not None:
        reg.removeProvider(had)
    plugin.initProcessing()
    plugin.initGui()                # iface None (qgis_process): no GUI, provider once
    assert sorted(a.name() for a in reg.providerById("lpt").algorithms()) == ALGS
    plugin.unload()
    if had is not None:
        from local_priority_targeting.processing.provider import LptProvider
        reg.addProvider(LptProvider())


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
    assert r["READ"] == 20448 and r["REJECTED"] == 4
    lyr = _layer(out)
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
