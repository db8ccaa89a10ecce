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


def top_streets_with_legend(name="top_streets_1to10000.png", scale=10000):
    """The top priority streets and hot places over area insight (its darkest class in the centre) at 1:10,000,
    centred on the #1 street, with the legend: what an analyst prints."""
    project = QgsProject.instance()
    layers = [layer("hot_places.gpkg"), layer("priority_streets.gpkg"), layer("area_insight.gpkg")]
    for lyr, title in zip(layers, ("Hot places", "Priority streets", "Area insight (harm-weighted crime)")):
        lyr.setName(title)
        project.addMapLayer(lyr)
    top = layer("priority_streets.gpkg", '"rank" = 1')
    centre = top.extent().center()
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
app.exitQgis()
