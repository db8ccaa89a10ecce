"""Render the engagement loop's demo outputs to PNGs in docs/ (developer tool, after `make demo`): the QField
project of set-up S0001 as the phone opens it (its own layers, styles and default view, with the legend).

    QT_QPA_PLATFORM=offscreen python3 scripts/render_loop_pictures.py [output/demo]
    QT_QPA_PLATFORM=offscreen python3 scripts/render_html.py output/demo/progress_report.html docs/progress_report.png
"""
import os
import sys

from qgis.core import (QgsApplication, QgsLayout, QgsLayoutExporter, QgsLayoutItemLegend, QgsLayoutItemMap,
                       QgsLayoutPoint, QgsLayoutSize, QgsProject, QgsUnitTypes)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "output", "demo")


def top_street_extent(project):
    """Around the postcodes of the set-up's best-ranked street (what an officer zooms to first)."""
    from qgis.core import QgsFeatureRequest, QgsRectangle
    pcs = project.mapLayersByName("Postcodes to knock")[0]
    best = min(f["street_rank"] for f in pcs.getFeatures())
    box = QgsRectangle()
    box.setMinimal()
    for f in pcs.getFeatures(QgsFeatureRequest().setFilterExpression(f'"street_rank" = {int(best)}')):
        box.combineExtentWith(f.geometry().boundingBox())
    box.grow(250)
    return box


def visit_list(project_path: str, name: str = "visit_list.png") -> str:
    project = QgsProject.instance()
    assert project.read(project_path), project_path
    layers = list(project.layerTreeRoot().layerOrder())
    lay = QgsLayout(project)
    lay.initializeDefaults()
    lay.pageCollection().page(0).setPageSize(QgsLayoutSize(300, 170, QgsUnitTypes.LayoutMillimeters))
    m = QgsLayoutItemMap(lay)
    m.attemptMove(QgsLayoutPoint(4, 4, QgsUnitTypes.LayoutMillimeters))
    m.attemptResize(QgsLayoutSize(180, 162, QgsUnitTypes.LayoutMillimeters))
    m.setLayers(layers)
    m.setCrs(project.crs())
    m.setExtent(top_street_extent(project))
    lay.addLayoutItem(m)
    leg = QgsLayoutItemLegend(lay)
    leg.setTitle(project.title().replace(": ", ":|", 1).replace(" (", "|(", 1))
    leg.setLinkedMap(m)
    leg.setWrapString("|")
    leg.attemptMove(QgsLayoutPoint(188, 4, QgsUnitTypes.LayoutMillimeters))
    lay.addLayoutItem(leg)
    path = os.path.join(ROOT, "docs", name)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    QgsLayoutExporter(lay).exportToImage(path, settings)
    project.clear()
    return path


app = QgsApplication([], False)
app.initQgis()
print(visit_list(os.path.join(OUT, "qfield_S0001", "visits_S0001.qgs")))
app.exitQgis()
