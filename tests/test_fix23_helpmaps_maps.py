"""Issue #23, point 5: maps an analyst can read.

Rendered offscreen with the shipped styles (real QGIS renderer and labelling engine): the top streets stay visible
over the darkest class of the area choropleth, the top 10 street labels are placed however crowded the map is with
hot-place labels, and every choropleth legend class says its unit.
"""
import importlib
import os

import pytest

from _paths import PKG, ROOT

STYLES = ROOT / "resources" / "styles"


@pytest.fixture(scope="module")
def styling(qgis_app):
    return importlib.import_module(f"{PKG}.processing.styling")


def memory(uri, name, rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    lyr = QgsVectorLayer(uri, name, "memory")
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    lyr.updateExtents()
    return lyr


def render(layers, extent, size=(400, 400), scale_labels=True):
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
    ms = QgsMapSettings()
    ms.setLayers(layers)
    ms.setDestinationCrs(layers[0].crs())
    ms.setExtent(extent)
    ms.setOutputSize(QSize(*size))
    ms.setOutputDpi(96)
    ms.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(ms)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), job.takeLabelingResults()


def areas(harms):
    """A row of 1 km squares with the given harm values, graduated as the plugin styles AREA_INSIGHT."""
    rows = [(f"POLYGON(({i * 1000} 0,{i * 1000 + 1000} 0,{i * 1000 + 1000} 1000,{i * 1000} 1000,{i * 1000} 0))",
             [f"A{i}", float(h)]) for i, h in enumerate(harms)]
    return memory("MultiPolygon?crs=EPSG:27700&field=area_name:string&field=harm:double", "areas", rows)


def test_every_choropleth_class_says_its_unit(styling):
    lyr = areas([0, 120, 900, 4000, 23000, 51000, 99000, 200000])
    for key, unit in (("AREA_INSIGHT", "harm points"), ("STREET_INSIGHT", "harm points")):
        field, ramp, classes, u = styling.CHOROPLETHS[key]
        assert u == unit and field == "harm"
        assert styling.graduate(lyr, field, ramp, classes, u)
        labels = [r.label() for r in lyr.renderer().ranges()]
        assert len(labels) == 5 and all(label.endswith(" harm points") for label in labels), labels
    rates = memory("MultiPolygon?crs=EPSG:27700&field=area_name:string&field=reply_rate:double", "rates",
                   [(f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 1,{i} 0))", [f"A{i}", i * 1.7]) for i in range(9)])
    assert styling.graduate(rates, *styling.CHOROPLETHS["AREA_RATES"])
    assert all(r.label().endswith("%") for r in rates.renderer().ranges())
    pa = styling.CHOROPLETHS["PRIORITY_AREAS"]
    assert pa[0] == "mean_top5" and "of 100" in pa[3]
    # the harm unit is the one the shipped weights are in (resources/config/harm_weights_SOURCE.md)
    assert "weight" in (ROOT / "resources" / "config" / "harm_weights_SOURCE.md").read_text(encoding="utf-8")


def priority_streets(rows):
    lyr = memory("MultiLineString?crs=EPSG:27700&field=name:string&field=rank:integer&field=score:double",
                 "priority", rows)
    msg, ok = lyr.loadNamedStyle(str(STYLES / "priority_streets.qml"))
    assert ok, msg
    return lyr


def test_top_streets_read_over_the_darkest_area_class(styling):
    from qgis.core import QgsRectangle
    fill = areas([200000] * 3 + [100, 500, 900, 3000, 40000])
    assert styling.graduate(fill, *styling.CHOROPLETHS["AREA_INSIGHT"])
    ranges = fill.renderer().ranges()                   # held: a symbol of a temporary range list may be freed
    darkest = ranges[-1].symbol().color()
    assert darkest.lightness() < 70                     # the ramp's darkest class really is dark
    streets = priority_streets([("MULTILINESTRING((1200 500,1800 500))", ["Top Street", 1, 80.0]),
                                ("MULTILINESTRING((1500 200,1500 800))", ["Other Street", 400, 10.0])])
    image, _ = render([streets, fill], QgsRectangle(1000, 0, 2000, 1000))
    core = casing = 0
    for x in range(130, 270):
        for y in range(150, 250):
            c = image.pixelColor(x, y)
            core += c.red() < 40 and c.green() < 40 and c.blue() < 40
            casing += c.red() > 225 and c.green() > 225 and c.blue() > 225
    # a near-black line on a white casing: both visible on the darkest fill, the top street drawn over the other
    assert core > 300 and casing > 150, (core, casing)
    assert image.pixelColor(200, 200).lightness() < 40   # the crossing shows the top street, not the other one


def test_top_ten_labels_are_never_dropped_on_a_crowded_map(qgis_app):
    from qgis.core import QgsRectangle
    rows = [(f"MULTILINESTRING(({500 + i * 15} {500 + (i % 3) * 10},{540 + i * 15} {500 + (i % 3) * 10}))",
             [f"Crowded Street {i + 1}", i + 1, 90.0 - i]) for i in range(30)]
    streets = priority_streets(rows)
    places = memory("Point?crs=EPSG:27700&field=rank:integer&field=place:string&field=kind:string"
                    "&field=crimes:integer", "places",
                    [(f"POINT({500 + (i % 10) * 40} {480 + (i // 10) * 25})", [i + 1, f"Busy Place {i}", "shop", 9])
                     for i in range(20)])
    msg, ok = places.loadNamedStyle(str(STYLES / "hot_places.qml"))
    assert ok, msg
    image, results = render([places, streets], QgsRectangle(300, 300, 1100, 700), size=(380, 190))
    shown = {lab.labelText for lab in results.allLabels() if lab.layerID == streets.id()}
    missing = [f"{i}. Crowded Street {i}" for i in range(1, 11) if f"{i}. Crowded Street {i}" not in shown]
    assert not missing, (missing, sorted(shown))
    # the map is crowded: not every label fits (the engine does drop the lower ranks and the hot places)
    placed = [lab for lab in results.allLabels()]
    assert len(placed) < 20 + 20


def test_demo_project_names_its_transformation_so_desktop_does_not_warn(qgis_app, tmp_path):
    import importlib.util
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem as Crs, QgsCoordinateTransform, QgsPointXY, \
        QgsProject
    spec = importlib.util.spec_from_file_location("demo_project", ROOT / "scripts" / "demo_project.py")
    demo_project = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo_project)
    path = demo_project.build(str(tmp_path))
    QgsProject.instance().clear()
    project = QgsProject()
    assert project.read(path)
    ops = project.transformContext().coordinateOperations()
    assert any(src == "EPSG:4326" and dst == "EPSG:27700" for src, dst in ops), ops
    heard = []
    QgsApplication.messageLog().messageReceived.connect(lambda m, tag, level: heard.append(m))
    ct = QgsCoordinateTransform(Crs("EPSG:4326"), Crs("EPSG:27700"), project)
    p = ct.transform(QgsPointXY(-0.3367, 53.7445))
    assert abs(p.x() - 509791) < 5 and abs(p.y() - 428851) < 5
    QgsApplication.processEvents()
    assert not [m for m in heard if "preferred" in m], heard


@pytest.mark.slow
def test_make_deps_grid_gives_qgis_ostn15(tmp_path):
    """scripts/ostn15_grid.py (run by make deps) writes an NTv2 grid PROJ and QGIS use for EPSG:7710, matching
    convertbng's OSTN15 at a Hull point to a centimetre."""
    import subprocess
    import sys
    py = sys.executable
    proc = subprocess.run([py, str(ROOT / "scripts" / "ostn15_grid.py"), str(tmp_path)], capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0 and "agrees with convertbng" in proc.stdout, proc.stdout + proc.stderr
    snippet = (
        "from qgis.core import QgsApplication, QgsDatumTransform, QgsCoordinateReferenceSystem as C, "
        "QgsCoordinateTransform, QgsCoordinateTransformContext, QgsPointXY\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "ops = QgsDatumTransform.operations(C('EPSG:4326'), C('EPSG:27700'))\n"
        "print('AVAILABLE', [o.name for o in ops if o.isAvailable and 'WGS 84 (9)' in o.name])\n"
        "ct = QgsCoordinateTransform(C('EPSG:4326'), C('EPSG:27700'), QgsCoordinateTransformContext())\n"
        "p = ct.transform(QgsPointXY(-0.3367, 53.7445)); print('POINT', p.x(), p.y())\n")
    env = dict(os.environ, PROJ_DATA=f"{tmp_path}:/usr/share/proj", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([py, "-c", snippet], capture_output=True, text=True, env=env, timeout=300).stdout
    assert "AVAILABLE ['Inverse of OSGB36 to WGS 84 (9)" in out, out
    from convertbng.util import convert_bng
    (e,), (n,) = convert_bng([-0.3367], [53.7445])
    x, y = (float(v) for v in out.split("POINT ")[1].split())
    assert abs(x - e) < 0.02 and abs(y - n) < 0.02, (x, y, e, n)
