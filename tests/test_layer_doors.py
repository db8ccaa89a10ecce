"""Layer importers refuse at the door what they cannot use: a named field the layer lacks, excluded road classes
none of which the layer has (a typo, or ';' where ',' was meant), a table without geometry; each said with the
parameter and what the layer has, and nothing written."""
import pytest

from _paths import DEMO, ROOT

STREETS = str(ROOT / "tests" / "data" / "chapeltown_leeds_streets.gpkg")
WARDS = str(DEMO / "boundaries" / "hull_wards2022.geojson")


def _fails(alg, params, tmp_path, *words):
    import processing
    from qgis.core import QgsProcessingException
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException) as e:
        processing.run(alg, dict(params, OUTPUT=str(out)))
    for w in words:
        assert w in str(e.value), str(e.value)
    assert not out.exists()
    return str(e.value)


@pytest.mark.parametrize("alg,inp,key", [("lpt:importstreets", STREETS, "NAME_FIELD"),
                                         ("lpt:importstreets", STREETS, "CLASS_FIELD"),
                                         ("lpt:importareas", WARDS, "CODE_FIELD"),
                                         ("lpt:importareas", WARDS, "NAME_FIELD")])
def test_a_field_the_layer_does_not_have_is_refused(lpt_plugin, tmp_path, alg, inp, key):
    msg = _fails(alg, {"INPUT": inp, key: "nosuch"}, tmp_path, key, "'nosuch'", "nothing was read or written")
    assert ("highway" in msg) if "streets" in alg else ("ward22_code" in msg)      # the layer's fields listed


def test_excluded_classes_none_of_which_the_layer_has_are_refused(lpt_plugin, tmp_path):
    _fails("lpt:importstreets", {"INPUT": STREETS, "EXCLUDED_CLASSES": "footways"}, tmp_path,
           "EXCLUDED_CLASSES", "footways", "residential")


def test_excluded_classes_take_semicolons_and_an_unknown_one_is_named(lpt_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, w):  # noqa: N802
            Log.warnings.append(w)
    comma = processing.run("lpt:importstreets", {"INPUT": STREETS, "EXCLUDED_CLASSES": "footway,steps,path",
                                                 "OUTPUT": str(tmp_path / "a.gpkg")})
    semi = processing.run("lpt:importstreets", {"INPUT": STREETS, "EXCLUDED_CLASSES": "footway; steps ;path;nosuch",
                                                "OUTPUT": str(tmp_path / "b.gpkg")}, feedback=Log())
    assert comma["REJECTED"] == semi["REJECTED"] > 0 and comma["ACCEPTED"] == semi["ACCEPTED"]
    assert any("nosuch" in w and "excludes nothing" in w for w in Log.warnings)


@pytest.mark.parametrize("alg,kind", [("lpt:importstreets", "a line layer"), ("lpt:importareas", "a polygon layer")])
def test_a_table_without_geometry_is_said_to_be_one(lpt_plugin, tmp_path, alg, kind):
    csv = tmp_path / "members.csv"
    csv.write_text("Member ID,Postcode\nM1,HU1 1AA\n", encoding="utf-8")
    msg = _fails(alg, {"INPUT": str(csv)}, tmp_path, "table without geometry", kind, "members.csv")
    assert "coordinate reference system" not in msg


def test_a_parameter_name_the_algorithm_does_not_take_is_refused_with_the_near_names(lpt_plugin, tmp_path):
    msg = _fails("lpt:importstreets", {"INPUT": STREETS, "NAME_FEILD": "name"}, tmp_path,
                 "NAME_FEILD", "NAME_FIELD", "nothing was read or written")
    assert "did you mean" in msg


def test_every_algorithm_checks_the_names_it_is_given(lpt_plugin):
    from qgis.core import QgsApplication
    from local_priority_targeting.core.errors import LptInputError
    algs = [a for a in QgsApplication.processingRegistry().algorithms() if a.provider().id() == "lpt"]
    assert len(algs) > 15
    for alg in algs:
        good = {d.name(): None for d in alg.parameterDefinitions()}
        alg.check_names(good)                                 # its own names pass
        with pytest.raises(LptInputError) as e:
            alg.check_names(dict(good, AREA_CODE_S="E05001"))
        assert "AREA_CODE_S" in str(e.value), alg.id()
