"""Render a Community profile map (lpt:communityprofile COMMUNITY_MAP, styled by its QML) with its legend to
docs/community_profile.png - a visual check.

    QT_QPA_PLATFORM=offscreen python3 scripts/render_community_profile.py community_profile.gpkg ["title"]
"""
import os
import sys

from qgis.core import (QgsApplication, QgsLayout, QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutPoint, QgsLayoutSize, QgsProject, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLE = os.path.join(ROOT, "resources", "styles", "community_profile.qml")


def render(path: str, title: str, out: str = os.path.join(ROOT, "docs", "community_profile.png")) -> str:
    project = QgsProject.instance()
    lyr = QgsVectorLayer(path, "Members against residents", "ogr")
    assert lyr.isValid(), path
    doc = QDomDocument()
    with open(STYLE, encoding="utf-8") as fh:
        doc.setContent(fh.read())
    lyr.importNamedStyle(doc)            # the shipped QML, not a style stored in the GeoPackage
    project.addMapLayer(lyr)
    lay = QgsLayout(project)
    lay.initializeDefaults()
    lay.pageCollection().page(0).setPageSize(QgsLayoutSize(297, 190, QgsUnitTypes.LayoutMillimeters))
    m = QgsLayoutItemMap(lay)
    m.attemptMove(QgsLayoutPoint(5, 16, QgsUnitTypes.LayoutMillimeters))
    m.attemptResize(QgsLayoutSize(165, 170, QgsUnitTypes.LayoutMillimeters))
    m.setLayers([lyr])
    m.setCrs(lyr.crs())
    lay.addLayoutItem(m)
    ext = lyr.extent()
    ext.scale(1.03)
    m.setExtent(ext)
    head = QgsLayoutItemLabel(lay)
    head.setText(title)
    head.setFont(QFont("Sans Serif", 13, QFont.Bold))
    head.attemptMove(QgsLayoutPoint(5, 4, QgsUnitTypes.LayoutMillimeters))
    head.attemptResize(QgsLayoutSize(287, 10, QgsUnitTypes.LayoutMillimeters))
    lay.addLayoutItem(head)
    leg = QgsLayoutItemLegend(lay)
    leg.setTitle("Ratio: share among members who\nanswered / share of residents")
    leg.setLinkedMap(m)
    leg.setColumnCount(1)
    leg.attemptMove(QgsLayoutPoint(175, 18, QgsUnitTypes.LayoutMillimeters))
    lay.addLayoutItem(leg)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    QgsLayoutExporter(lay).exportToImage(out, settings)
    return out


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    print(render(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "Community profile"))
    app.exitQgis()
