"""Render the demo outputs (as styled by their stored QML) to PNGs in docs/ - a visual check.

    QT_QPA_PLATFORM=offscreen python3 scripts/render_demo_map.py [output/demo]
"""
import os
import sys

from qgis.core import (QgsApplication, QgsLayout, QgsLayoutExporter, QgsLayoutItemLegend, QgsLayoutItemMap,
                       QgsLayoutPoint, QgsLayoutSize, QgsMapRendererParallelJob, QgsMapSettings, QgsProject,
                       QgsRectangle, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "output", "demo")


def layer(name, subset=None):
    lyr = QgsVectorLayer(os.path.join(OUT, name), name, "ogr")
    assert lyr.isValid(), name
    if subset:
        lyr.setSubsetString(subset)
    return lyr


def render(layers, extent, size, name):
    ms = QgsMapSettings()
    ms.setLayers(layers)
    ms.setDestinationCrs(layers[0].crs())
    ms.setExtent(extent)
    ms.setOutputSize(QSize(*size))
    ms.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    path = os.path.join(ROOT, "docs", name)
    job.renderedImage().save(path)
    print(path)


def darkest_centre():
    """The best-ranked street inside the area of most harm (the darkest fill): where a dark line would vanish."""
    areas = layer("area_insight.gpkg")
    darkest = max(areas.getFeatures(), key=lambda f: f["harm"] or 0).geometry()
    streets = list(layer("priority_streets.gpkg", '"rank" <= 50').getFeatures())
    inside = [f for f in streets if f.geometry().intersects(darkest)] or streets
    return min(inside, key=lambda f: f["rank"]).geometry().centroid().asPoint()


def top_streets_with_legend(name="top_streets_1to10000.png", scale=10000):
    """The top priority streets and hot places over area insight at 1:10,000, centred on the best-ranked street in
    the darkest area class, with the legend: what an analyst prints."""
    project = QgsProject.instance()
    layers = [layer("hot_places.gpkg"), layer("priority_streets.gpkg"), layer("area_insight.gpkg")]
    for lyr, title in zip(layers, ("Hot places", "Priority streets", "Area insight (harm-weighted crime)")):
        lyr.setName(title)
        project.addMapLayer(lyr)
    centre = darkest_centre()
    lay = QgsLayout(project)
    lay.initializeDefaults()
    page = lay.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(297, 190, QgsUnitTypes.LayoutMillimeters))
    m = QgsLayoutItemMap(lay)
    m.attemptMove(QgsLayoutPoint(5, 5, QgsUnitTypes.LayoutMillimeters))
    m.attemptResize(QgsLayoutSize(190, 180, QgsUnitTypes.LayoutMillimeters))
    m.setLayers(layers)
    m.setCrs(layers[0].crs())
    half_w, half_h = 0.190 * scale / 2, 0.180 * scale / 2
    m.setExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h))
    m.setScale(scale)
    lay.addLayoutItem(m)
    leg = QgsLayoutItemLegend(lay)
    leg.setTitle(f"Top priority streets, 1:{scale:,}")
    leg.setLinkedMap(m)
    leg.attemptMove(QgsLayoutPoint(198, 5, QgsUnitTypes.LayoutMillimeters))
    lay.addLayoutItem(leg)
    path = os.path.join(ROOT, "docs", name)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    QgsLayoutExporter(lay).exportToImage(path, settings)
    print(path)


app = QgsApplication([], False)
app.initQgis()
render([layer("crime.gpkg", "\"month\" = '2024-01'"), layer("streets_approx.gpkg"), layer("wards.gpkg")],
       QgsRectangle(505500, 427000, 513000, 432500), (1400, 1030), "demo_map.png")
areas = layer("area_insight.gpkg")
render([layer("street_insight.gpkg"), areas], areas.extent(), (1000, 760), "area_insight.png")
top_streets_with_legend()
c = darkest_centre()
render([layer("hot_places.gpkg"), layer("priority_streets.gpkg"), layer("area_insight.gpkg")],
       QgsRectangle(c.x() - 1300, c.y() - 900, c.x() + 1300, c.y() + 900), (1200, 840), "hot_places.png")
app.exitQgis()
