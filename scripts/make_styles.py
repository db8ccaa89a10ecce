"""Regenerate the QML styles in resources/styles with PyQGIS (developer tool).

    QT_QPA_PLATFORM=offscreen python3 scripts/make_styles.py
"""
import os

from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsLineSymbol,
                       QgsMarkerSymbol, QgsPalLayerSettings, QgsRendererCategory, QgsRuleBasedRenderer,
                       QgsSingleSymbolRenderer, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtGui import QColor, QFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "resources", "styles")
CRIME_COLOURS = {
    "Anti-social behaviour": "#9e9ac8", "Bicycle theft": "#c7e9c0", "Burglary": "#e6550d",
    "Criminal damage and arson": "#fd8d3c", "Drugs": "#31a354", "Other crime": "#bdbdbd", "Other theft": "#969696",
    "Possession of weapons": "#a50f15", "Public order": "#6baed6", "Robbery": "#de2d26", "Shoplifting": "#fdd0a2",
    "Theft from the person": "#756bb1", "Vehicle crime": "#3182bd", "Violence and sexual offences": "#cb181d",
}


def save(layer, name):
    path = os.path.join(OUT, name)
    msg, ok = layer.saveNamedStyle(path)
    print(name, ok, msg)


def main():
    os.makedirs(OUT, exist_ok=True)
    lyr = QgsVectorLayer("Point?crs=EPSG:27700&field=crime_type:string&field=street:string", "crimes", "memory")
    cats = []
    for name, col in CRIME_COLOURS.items():
        sym = QgsMarkerSymbol.createSimple({"name": "circle", "color": col, "size": "1.8", "outline_color": "#333333",
                                            "outline_width": "0.1"})
        cats.append(QgsRendererCategory(name, sym, name))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("crime_type", cats))
    save(lyr, "crime_points.qml")

    lyr = QgsVectorLayer("Point?crs=EPSG:27700&field=postcode:string", "postcodes", "memory")
    lyr.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#4a6fa5", "size": "0.9", "outline_style": "no"})))
    save(lyr, "postcodes.qml")

    lyr = QgsVectorLayer("LineString?crs=EPSG:27700&field=name:string&field=named:boolean&field=road_class:string",
                         "streets", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expr, props in (
            ("Named street", '"named"', {"line_color": "#404040", "line_width": "0.5"}),
            ("Unnamed segment", 'NOT "named"', {"line_color": "#a0a0a0", "line_width": "0.3", "line_style": "dash"})):
        root.appendChild(QgsRuleBasedRenderer.Rule(QgsLineSymbol.createSimple(props), 0, 0, expr, label))
    lyr.setRenderer(QgsRuleBasedRenderer(root))
    _labels(lyr, "name", line=True)
    save(lyr, "streets.qml")

    lyr = QgsVectorLayer("LineString?crs=EPSG:27700&field=name:string", "approx streets", "memory")
    lyr.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
        {"line_color": "#7a5230", "line_width": "0.5", "line_style": "dot"})))
    _labels(lyr, "name", line=True)
    save(lyr, "streets_approx.qml")

    lyr = QgsVectorLayer("MultiPolygon?crs=EPSG:27700&field=area_code:string&field=area_name:string", "areas", "memory")
    lyr.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "255,255,255,0", "outline_color": "#1d3557", "outline_width": "0.6"})))
    _labels(lyr, "area_name")
    save(lyr, "areas.qml")

    lyr = QgsVectorLayer("None?field=file:string&field=row:integer&field=column:string&field=value:string&field=reason:string",
                         "rejects", "memory")
    save(lyr, "rejects.qml")


def _labels(lyr, field, line=False):
    s = QgsPalLayerSettings()
    s.fieldName = field
    fmt = QgsTextFormat()
    fmt.setFont(QFont("Sans Serif", 8))
    fmt.setSize(8)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setColor(QColor("white"))
    buf.setSize(0.8)
    fmt.setBuffer(buf)
    s.setFormat(fmt)
    if line:
        s.placement = QgsPalLayerSettings.Line
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(s))
    lyr.setLabelsEnabled(True)


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
