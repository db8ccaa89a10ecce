"""Render the demo outputs (as styled by their stored QML) to docs/demo_map.png - a visual check."""
import os
import sys

from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "output", "demo")

app = QgsApplication([], False)
app.initQgis()
layers = []
for name, subset in (("crime.gpkg", "\"month\" = '2024-01'"), ("streets_approx.gpkg", None), ("wards.gpkg", None)):
    lyr = QgsVectorLayer(os.path.join(OUT, name), name, "ogr")
    assert lyr.isValid(), name
    if subset:
        lyr.setSubsetString(subset)
    layers.append(lyr)
ms = QgsMapSettings()
ms.setLayers(layers)
ms.setDestinationCrs(layers[0].crs())
ms.setExtent(QgsRectangle(505500, 427000, 513000, 432500) if len(sys.argv) < 2 else layers[2].extent())
ms.setOutputSize(QSize(1400, 1030))
ms.setBackgroundColor(QColor("white"))
job = QgsMapRendererParallelJob(ms)
job.start()
job.waitForFinished()
path = os.path.join(ROOT, "docs", "demo_map.png")
job.renderedImage().save(path)
print(path)
# ward insight (harm-weighted crime) with the street insight on top
layers = [QgsVectorLayer(os.path.join(OUT, n), n, "ogr") for n in ("street_insight.gpkg", "area_insight.gpkg")]
ms.setLayers(layers)
ms.setExtent(layers[1].extent())
ms.setOutputSize(QSize(1000, 760))
job = QgsMapRendererParallelJob(ms)
job.start()
job.waitForFinished()
path = os.path.join(ROOT, "docs", "area_insight.png")
job.renderedImage().save(path)
print(path)
app.exitQgis()
