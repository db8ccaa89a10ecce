"""A force's own offence categories count as police.uk crime types: the same month of police.uk crimes, written
as a force extract with force category names, gives the same insight crime counts and harm as the police.uk
import; a category no rule knows counts as 'Other crime' and is named in the log."""
import csv

import pandas as pd
import pytest

from _paths import DEMO
from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported)

FORCE_NAMES = {"Violence and sexual offences": ["Violence with injury", "Violence without injury",
                                                "Stalking and harassment", "Sexual assault on a female"],
               "Burglary": ["Burglary - Residential", "Burglary - Business and Community"],
               "Vehicle crime": ["Theft of motor vehicle", "Theft from a vehicle", "Vehicle interference"],
               "Anti-social behaviour": ["ASB - Nuisance", "ASB - Personal"],
               "Criminal damage and arson": ["Criminal damage to a vehicle", "Arson not endangering life"],
               "Public order": ["Public fear, alarm or distress"], "Drugs": ["Possession of cannabis"],
               "Possession of weapons": ["Possession of article with blade or point"],
               "Robbery": ["Robbery of personal property"], "Other theft": ["Making off without payment"],
               "Theft from the person": ["Theft from the person"], "Shoplifting": ["Shoplifting"],
               "Bicycle theft": ["Bicycle theft"], "Other crime": ["Miscellaneous crimes against society"]}


def _force_extract(path, crimes_gpkg, month="2024-02"):
    """The police.uk crimes the demo imported for ``month`` as a force extract: ids, a date, force category names,
    eastings/northings (British National Grid, the importer's default)."""
    import os
    import sqlite3
    con = sqlite3.connect(crimes_gpkg)
    table = os.path.splitext(os.path.basename(crimes_gpkg))[0]
    rows = con.execute(f'SELECT crime_type, easting, northing FROM "{table}" WHERE month = ?', (month,)).fetchall()
    con.close()
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Crime Ref", "Offence Date", "Offence Category", "Easting", "Northing"])
        for i, (ctype, e, n) in enumerate(rows):
            names = FORCE_NAMES[ctype]
            w.writerow([f"HU/24/{i:06d}", f"15/{month[5:]}/{month[:4]}", names[i % len(names)], e, n])
    return path


def _summary(imported, crimes, t, tag):  # noqa: F811
    """The force summary of the demo's layers with ``crimes`` (linkcommunity on layers, no workspace)."""
    import processing
    out = t / f"fs_{tag}.csv"
    layers = {k: imported[k] for k in ("MEMBERS", "SURVEYS", "POSTCODES", "STREETS", "AREAS")}
    processing.run("lpt:linkcommunity", dict(layers, CRIMES=crimes, PERIOD_START="2024-02", PERIOD_END="2024-02",
                                             STREET_INSIGHT="TEMPORARY_OUTPUT", AREA_INSIGHT="TEMPORARY_OUTPUT",
                                             FORCE_SUMMARY=str(out), UNMATCHED="TEMPORARY_OUTPUT"))
    return pd.read_csv(out).iloc[0]


@pytest.fixture(scope="module")
def force_ws(imported, tmp_path_factory):  # noqa: F811
    import processing
    t = tmp_path_factory.mktemp("force_categories")
    res = processing.run("lpt:importforcecrime", {"INPUT": str(_force_extract(t / "force.csv", imported["CRIMES"])),
                                                  "OUTPUT": str(t / "fc.gpkg")})
    return t, res


def test_force_categories_give_the_police_uk_counts_and_harm(imported, force_ws):  # noqa: F811
    t, res = force_ws
    police, force = _summary(imported, imported["CRIMES"], t, "police"), _summary(imported, res["OUTPUT"], t, "force")
    fields = [c for c in police.index if c.startswith("c_")] + ["crimes"]
    assert police["crimes"] > 1000
    assert force[fields].astype(int).to_dict() == police[fields].astype(int).to_dict()
    assert force["harm"] == pytest.approx(police["harm"])


def test_the_layer_keeps_the_category_and_is_styled_by_type(force_ws):
    from qgis.core import QgsVectorLayer
    t, res = force_ws
    lyr = QgsVectorLayer(res["OUTPUT"], "c", "ogr")
    names = lyr.fields().names()
    assert "category" in names and "crime_type" in names
    pairs = {(f["category"], f["crime_type"]) for f in lyr.getFeatures()}
    assert ("Burglary - Business and Community", "Burglary") in pairs
    assert ("Criminal damage to a vehicle", "Criminal damage and arson") in pairs
    qml = open(DEMO.parent.parent / "resources" / "styles" / "crime_points.qml", encoding="utf-8").read()
    assert 'attr="crime_type"' in qml


def test_an_unknown_category_is_named_and_counts_as_other_crime(tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    class Log(QgsProcessingFeedback):
        text = ""

        def pushInfo(self, info):  # noqa: N802
            Log.text += info + "\n"

        def pushWarning(self, info):  # noqa: N802
            Log.text += info + "\n"
    src = tmp_path / "odd.csv"
    src.write_text("Crime Ref,Offence Date,Offence Category,Easting,Northing\n"
                   "A1,02/02/2024,Dangerous dogs,509944,428177\nA2,02/02/2024,Dangerous dogs,509950,428180\n"
                   "A3,02/02/2024,Violence with injury,509960,428190\n", encoding="utf-8")
    res = processing.run("lpt:importforcecrime", {"INPUT": str(src), "OUTPUT": str(tmp_path / "o.gpkg")},
                         feedback=Log())
    types = {f["crime_id"]: f["crime_type"] for f in QgsVectorLayer(res["OUTPUT"], "c", "ogr").getFeatures()}
    assert types == {"A1": "Other crime", "A2": "Other crime", "A3": "Violence and sexual offences"}
    assert "Dangerous dogs (2)" in Log.text and "'Other crime'" in Log.text


def test_headless_import_without_a_crs_takes_british_national_grid(qgis_process, tmp_path):
    src = tmp_path / "extract.csv"
    src.write_text("Crime Ref,Offence Date,Offence Category,Easting,Northing\n"
                   "A1,02/02/2024,Burglary - Residential,509944,428177\n", encoding="utf-8")
    out = qgis_process("run", "lpt:importforcecrime", "--", f"INPUT={src}", f"OUTPUT={tmp_path / 'o.gpkg'}")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "ACCEPTED:\t1" in out.stdout
    bad = qgis_process("run", "lpt:importforcecrime", "--", f"INPUT={src}", "CRS=EPSG:99999",
                       f"OUTPUT={tmp_path / 'p.gpkg'}")
    assert bad.returncode != 0 and "EPSG:99999" in bad.stdout + bad.stderr
