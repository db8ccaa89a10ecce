"""Render the demo outputs (as styled by their stored QML) to PNGs in docs/ - a visual check."""
import os

from qgis.core import QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "output", "demo")


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


app = QgsApplication([], False)
app.initQgis()
render([layer("crime.gpkg", "\"month\" = '2024-01'"), layer("streets_approx.gpkg"), layer("wards.gpkg")],
       QgsRectangle(505500, 427000, 513000, 432500), (1400, 1030), "demo_map.png")
areas = layer("area_insight.gpkg")
render([layer("street_insight.gpkg"), areas], areas.extent(), (1000, 760), "area_insight.png")
app.exitQgis()
