"""Files given where CSV text is read are said for what they are, naming the file and the parameter, before
anything is read or written: a police.uk zip (as INPUT or FOLDER), an Excel workbook, a GeoPackage, a name whose
ending the parameter's filter does not take (QGIS said only 'Incorrect parameter value for INPUT')."""
import sqlite3
import zipfile

import pytest

from _paths import DEMO

CRIME = DEMO / "crime" / "2024-02-hull-street.csv"
MEMBERS = DEMO / "synthetic"


def _refused(alg, params, *words):
    import processing
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException) as e:
        processing.run(alg, params)
    msg = str(e.value)
    for w in words:
        assert w in msg, msg
    assert "Incorrect parameter value" not in msg and "Unexpected error" not in msg
    return msg


@pytest.mark.parametrize("key", ["INPUT", "FOLDER"])
def test_a_police_uk_zip_is_said_to_be_one(lpt_plugin, tmp_path, key):
    z = tmp_path / "police.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(CRIME, "2024-02/2024-02-hull-street.csv")
    ws = tmp_path / "ws.gpkg"
    _refused("lpt:importpolicecrime", {key: str(z), "WORKSPACE": str(ws)}, "police.zip", key, "zip archive", "unzip")
    assert not ws.exists()


@pytest.mark.parametrize("kind,words", [("xlsx", ("Excel workbook",)), ("gpkg", ("GeoPackage",)),
                                        ("pdf", ("PDF document",))])
def test_a_workbook_database_or_pdf_given_as_a_csv_is_said_to_be_one(lpt_plugin, tmp_path, kind, words):
    f = tmp_path / f"members.{kind}"
    if kind == "xlsx":                          # an .xlsx is a zip of XML parts
        with zipfile.ZipFile(f, "w") as zf:
            zf.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    elif kind == "gpkg":
        sqlite3.connect(f).execute("create table t (a)").connection.commit()
    else:
        f.write_bytes(b"%PDF-1.4\n%...\n")
    ws = tmp_path / "ws.gpkg"
    _refused("lpt:importmembers", {"INPUT": str(f), "WORKSPACE": str(ws)}, f"members.{kind}", "not CSV text", *words)


def test_a_name_the_filter_does_not_take_is_said_with_the_ending_wanted(lpt_plugin, tmp_path):
    up = tmp_path / "CRIMES.CSV"
    up.write_bytes(CRIME.read_bytes())
    _refused("lpt:importpolicecrime", {"INPUT": str(up), "WORKSPACE": str(tmp_path / "ws.gpkg")}, "CRIMES.CSV",
             "INPUT", "does not end .csv", "lower case")


@pytest.mark.parametrize("given", ["missing/area_insight.gpkg", "area_insight.gpkg|layername=x"])
def test_a_layer_file_that_is_not_there_is_said_to_be_missing(lpt_plugin, tmp_path, given):
    path = str(tmp_path / given)
    _refused("lpt:briefingpack", {"PRIORITY_STREETS": str(DEMO / "boundaries" / "hull_wards2022.geojson"),
                                  "AREA_INSIGHT": path, "OUTPUT_FOLDER": str(tmp_path / "pack")},
             "file not found", "AREA_INSIGHT", str(tmp_path / given.split("|")[0]))
    assert not (tmp_path / "pack").exists()
