"""Regenerate the QML styles in resources/styles with PyQGIS (developer tool).

    QT_QPA_PLATFORM=offscreen python3 scripts/make_styles.py
"""
import os

from qgis.core import (QgsApplication, QgsProperty, QgsSymbolLayer, QgsCategorizedSymbolRenderer, QgsFeatureRequest,
                       QgsFillSymbol, QgsLineSymbol,
                       QgsMarkerSymbol, QgsPalLayerSettings, QgsRendererCategory, QgsRuleBasedRenderer,
                       QgsSingleSymbolRenderer, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling, QgsWkbTypes)
from qgis.PyQt.QtGui import QColor, QFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "resources", "styles")
CRIME_COLOURS = {
    "Anti-social behaviour": "#9e9ac8", "Bicycle theft": "#c7e9c0", "Burglary": "#e6550d",
    "Criminal damage and arson": "#fd8d3c", "Drugs": "#31a354", "Other crime": "#bdbdbd", "Other theft": "#969696",
    "Possession of weapons": "#a50f15", "Public order": "#6baed6", "Robbery": "#de2d26", "Shoplifting": "#fdd0a2",
    "Theft from the person": "#756bb1", "Vehicle crime": "#3182bd", "Violence and sexual offences": "#cb181d",
}


def rule_renderer(rules):
    """A rule-based renderer built on its own root rule (the renderer owns every rule: no double free)."""
    r = QgsRuleBasedRenderer(QgsRuleBasedRenderer.Rule(None))
    for symbol, expr, label in rules:
        r.rootRule().appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expr, label))
    return r


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

    lyr = QgsVectorLayer("Point?crs=EPSG:27700&field=rank:integer&field=place:string&field=kind:string"
                         "&field=crimes:integer", "hot places", "memory")
    big = QgsMarkerSymbol.createSimple({"name": "square", "color": "#6a3d9a", "size": "4", "outline_color": "#ffffff",
                                        "outline_width": "0.4"})
    mid = QgsMarkerSymbol.createSimple({"name": "square", "color": "#9e7cc1", "size": "3", "outline_color": "#ffffff",
                                        "outline_width": "0.3"})
    small = QgsMarkerSymbol.createSimple({"name": "square", "color": "#cab2d6", "size": "2", "outline_color": "#6a3d9a",
                                          "outline_width": "0.2"})
    lyr.setRenderer(rule_renderer([(big, '"rank" <= 10', "Top 10 hot places (ranked by harm points)"),
                                   (mid, '"rank" > 10 AND "rank" <= 50', "Hot places 11-50"),
                                   (small, '"rank" > 50', "Other places with crime")]))
    # "P3 Nightclub": a place's rank never reads as a street's; only the top 20 are labelled, and a place's label
    # gives way to a top street's (lower priority, and the top streets are obstacles it avoids)
    _labels(lyr, "CASE WHEN \"rank\" <= 20 THEN 'P' || \"rank\" || ' ' || \"place\" END", expression=True,
            max_scale_denominator=25000, priority="2")
    save(lyr, "hot_places.qml")

    lyr = QgsVectorLayer("Point?crs=EPSG:27700&field=postcode:string", "postcodes", "memory")
    lyr.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#4a6fa5", "size": "0.9", "outline_style": "no"})))
    save(lyr, "postcodes.qml")

    lyr = QgsVectorLayer("LineString?crs=EPSG:27700&field=name:string&field=named:boolean&field=road_class:string",
                         "streets", "memory")
    lyr.setRenderer(rule_renderer([
        (QgsLineSymbol.createSimple({"line_color": "#404040", "line_width": "0.5"}), '"named"', "Named street"),
        (QgsLineSymbol.createSimple({"line_color": "#a0a0a0", "line_width": "0.3", "line_style": "dash"}),
         'NOT "named"', "Unnamed segment")]))
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

    # insight: colour follows harm-weighted crime relative to the layer's own range (any data)
    ramp = "ramp_color('Reds', scale_linear(\"harm\", minimum(\"harm\"), maximum(\"harm\"), 0, 1))"
    lyr = QgsVectorLayer("MultiPolygon?crs=EPSG:27700&field=area_name:string&field=harm:double", "areas", "memory")
    sym = QgsFillSymbol.createSimple({"outline_color": "#1d3557", "outline_width": "0.4"})
    sym.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor, QgsProperty.fromExpression(ramp))
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    _labels(lyr, "area_name")
    save(lyr, "area_insight.qml")
    lyr = QgsVectorLayer("MultiLineString?crs=EPSG:27700&field=name:string&field=harm:double", "streets", "memory")
    sym = QgsLineSymbol.createSimple({"line_width": "0.6"})
    sym.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeColor, QgsProperty.fromExpression(
        "if(\"harm\" > 0, " + ramp + ", '#c8c8c8')"))
    sym.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromExpression(
        "0.3 + 1.5 * scale_linear(\"harm\", 0, maximum(\"harm\"), 0, 1)"))
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    save(lyr, "street_insight.qml")
    # change: diverging, rises significant after FDR red, falls blue, the rest grey
    for geom, fname in (("MultiPolygon", "area_change.qml"), ("MultiLineString", "street_change.qml")):
        lyr = QgsVectorLayer(f"{geom}?crs=EPSG:27700&field=crime_trend:string&field=crimes_pct:double", "chg", "memory")
        rules = []
        for label, expr, col in (
                # crime_trend follows crimes_sig, which is the FDR q-value below alpha (see core/analyse/trends.py);
                # processing/styling.py puts the run's alpha in place of the symbol
                ("Rise of 20% or more (or from none), significant after FDR (q < α)",
                 "\"crime_trend\" = 'rise' AND (\"crimes_pct\" >= 20 OR \"crimes_pct\" IS NULL)", "#b2182b"),
                ("Rise under 20%, significant after FDR (q < α)", "\"crime_trend\" = 'rise' AND \"crimes_pct\" < 20",
                 "#ef8a62"),
                ("Within normal variation (FDR q ≥ α), or periods not comparable", "\"crime_trend\" = 'no change'",
                 "#d9d9d9"),
                ("Fall under 20%, significant after FDR (q < α)", "\"crime_trend\" = 'fall' AND \"crimes_pct\" > -20",
                 "#67a9cf"),
                ("Fall of 20% or more, significant after FDR (q < α)",
                 "\"crime_trend\" = 'fall' AND \"crimes_pct\" <= -20", "#2166ac")):
            if geom == "MultiPolygon":
                sym = QgsFillSymbol.createSimple({"color": col, "outline_color": "#404040", "outline_width": "0.3"})
            else:
                sym = QgsLineSymbol.createSimple({"line_color": col, "line_width": "0.8" if col != "#d9d9d9" else "0.3"})
            rules.append((sym, expr, label))
        lyr.setRenderer(rule_renderer(rules))
        if geom == "MultiPolygon":
            _labels(lyr, "area_name")
        save(lyr, fname)

    # priority streets: the top ranks are near-black on a white casing, so they read over every area fill (the
    # darkest class of the Reds and Oranges ramps too) and in greyscale print; drawn last (order by rank, descending)
    # so no other street covers them; the rest thin and uncased
    lyr = QgsVectorLayer("MultiLineString?crs=EPSG:27700&field=name:string&field=rank:integer&field=score:double",
                         "priority", "memory")
    renderer = rule_renderer([
        (cased_line("#000000", 1.8, 1.2), '"rank" <= 10', "Top 10 streets (rank 1-10)"),
        (cased_line("#54278f", 0.9, 0.6), '"rank" > 10 AND "rank" <= 50', "Streets ranked 11-50"),
        (QgsLineSymbol.createSimple({"line_color": "#6a51a3", "line_width": "0.5"}), '"rank" > 50 AND "score" >= 50',
         "Other streets scoring 50 or more (of 100)"),
        (QgsLineSymbol.createSimple({"line_color": "#969696", "line_width": "0.2"}), '"rank" > 50 AND "score" < 50',
         "Other streets (score under 50 of 100)")])
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause('"rank"', False)]))
    renderer.setOrderByEnabled(True)
    lyr.setRenderer(renderer)
    # the top 10 labels are always shown, at the highest priority, drawn over every other label (#1 on top), and the
    # top streets are obstacles to other labels
    _labels(lyr, "if(\"rank\" <= 20, concat(\"rank\", '. ', \"name\"), '')", line=True, expression=True,
            max_scale_denominator=25000,
            priority='CASE WHEN "rank" <= 10 THEN 10 WHEN "rank" <= 20 THEN 8 ELSE 5 END',
            always_show='"rank" <= 10', obstacle='CASE WHEN "rank" <= 50 THEN 10 ELSE 1 END',
            z_index='CASE WHEN "rank" <= 20 THEN 40 - "rank" ELSE 0 END', beside=True)
    save(lyr, "priority_streets.qml")
    lyr = QgsVectorLayer("MultiPolygon?crs=EPSG:27700&field=area_name:string&field=mean_top5:double", "pa", "memory")
    sym = QgsFillSymbol.createSimple({"outline_color": "#1d3557", "outline_width": "0.4"})
    sym.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor, QgsProperty.fromExpression(
        "ramp_color('Oranges', scale_linear(\"mean_top5\", minimum(\"mean_top5\"), maximum(\"mean_top5\"), 0, 1))"))
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    _labels(lyr, "area_name")
    save(lyr, "priority_areas.qml")

    lyr = QgsVectorLayer("MultiPolygon?crs=EPSG:27700&field=area_name:string&field=reply_rate:double", "rates", "memory")
    lyr.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#deebf7", "outline_color": "#1d3557", "outline_width": "0.4"})))
    _labels(lyr, "area_name")
    save(lyr, "area_rates.qml")

    lyr = QgsVectorLayer("None?field=file:string&field=row:integer&field=column:string&field=value:string&field=reason:string",
                         "rejects", "memory")
    save(lyr, "rejects.qml")
    loop_styles()
    community_styles()
    evaluation_style()


COMMUNITY_BANDS = (("Under-represented", "#b2182b", "Under-represented (ratio's upper bound < 0.8)"),
                   ("Lower, not conclusive", "#f4a582", "Lower, not conclusive (ratio < 0.8)"),
                   ("About as residents", "#e9e4d4", "About as among residents (0.8 to 1.25)"),
                   ("Higher than residents", "#4393c3", "Higher than among residents (> 1.25)"),
                   ("Too few residents", "#bababa", "Too few residents to judge"),
                   ("Suppressed or no answers", "#ffffff", "Suppressed (few members) or no answers"))


def community_styles():
    """The community profile: areas by band (from the representation ratio and its interval), labelled with the
    area's name; suppressed areas hatched."""
    lyr = QgsVectorLayer("MultiPolygon?crs=EPSG:27700&field=band:string&field=unit_name:string&field=ratio:double",
                         "community profile", "memory")
    cats = []
    for value, colour, label in COMMUNITY_BANDS:
        sym = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#4d4d4d", "outline_width": "0.3"})
        if value.startswith("Suppressed"):
            sym = QgsFillSymbol.createSimple({"color": "#9e9e9e", "style": "b_diagonal", "outline_color": "#4d4d4d",
                                              "outline_width": "0.3"})
        cats.append(QgsRendererCategory(value, sym, label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer("band", cats))
    _labels(lyr, "unit_name")
    save(lyr, "community_profile.qml")


def loop_styles():
    """A set-up's target streets (cased, labelled) and postcodes (by last outcome, labelled with the postcode)."""
    lyr = QgsVectorLayer("LineString?crs=EPSG:27700&field=name:string&field=households:double", "target streets",
                         "memory")
    lyr.setRenderer(QgsSingleSymbolRenderer(cased_line("#e76f51", 1.4)))
    _labels(lyr, "name", line=True)
    save(lyr, "setup_streets.qml")
    lyr = QgsVectorLayer("Point?crs=EPSG:27700&field=postcode:string&field=last_outcome:string", "target postcodes",
                         "memory")
    cats = [("", "#264653", "Not visited yet"), ("registered", "#2a9d8f", "Registered"),
            ("surveyed", "#43aa8b", "Surveyed"), ("already registered", "#8ab17d", "Already registered"),
            ("no answer", "#e9c46a", "No answer (not in)"), ("leaflet left", "#f4a261", "Leaflet left"),
            ("no access", "#adb5bd", "No access"), ("declined", "#9b2226", "Declined")]
    lyr.setRenderer(QgsCategorizedSymbolRenderer("last_outcome", [
        QgsRendererCategory(v, QgsMarkerSymbol.createSimple({"name": "circle", "color": c, "size": "2.2",
                                                             "outline_color": "white"}), label)
        for v, c, label in cats] + [QgsRendererCategory(None, QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#6c757d", "size": "2.2", "outline_color": "white"}), "Other outcome")]))
    _labels(lyr, "postcode", max_scale_denominator=10000)
    save(lyr, "setup_postcodes.qml")
    visit_style()


EVALUATION_ROLES = (("target", "#c1121f", "Target street"), ("comparison", "#1d4e89", "Comparison street"),
                    ("surrounding", "#f4a261", "Surrounding street (displacement check)"),
                    ("surrounding comparison", "#8d99ae", "Comparison for the surrounding streets"))


def evaluation_style():
    """lpt:evaluateactivity's streets by their role in the comparison (issue #26)."""
    lyr = QgsVectorLayer("LineString?crs=EPSG:27700&field=role:string&field=name:string", "evaluation streets",
                         "memory")
    lyr.setRenderer(QgsCategorizedSymbolRenderer("role", [
        QgsRendererCategory(v, cased_line(c, 1.4 if v == "target" else 1.0), label) for v, c, label in EVALUATION_ROLES]))
    _labels(lyr, "name", line=True, max_scale_denominator=10000)
    save(lyr, "evaluation_streets.qml")


def visit_style():
    """The visits officers record on the phone, by outcome (the values of the form's value map)."""
    lyr = QgsVectorLayer("Point?crs=EPSG:27700&field=outcome:string", "visits", "memory")
    colours = {"registered": "#2a9d8f", "surveyed": "#43aa8b", "already_registered": "#8ab17d",
               "not_in": "#e9c46a", "no_access": "#adb5bd", "declined": "#9b2226"}
    import importlib.util
    spec = importlib.util.spec_from_file_location("schema", os.path.join(ROOT, "core", "store", "schema.py"))
    schema = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(schema)
    OUTCOME_LABELS = schema.OUTCOME_LABELS  # noqa: N806
    lyr.setRenderer(QgsCategorizedSymbolRenderer("outcome", [
        QgsRendererCategory(v, QgsMarkerSymbol.createSimple({"name": "square", "color": colours[v], "size": "3",
                                                             "outline_color": "black"}), OUTCOME_LABELS[v])
        for v in colours]))
    save(lyr, "visits.qml")


def cased_line(colour: str, width: float, casing: float = 1.0):
    """A line on a white casing (halo) ``casing`` mm wider than the line."""
    sym = QgsLineSymbol.createSimple({"line_color": "#ffffff", "line_width": str(width + casing), "capstyle": "round"})
    top = QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width), "capstyle": "round"})
    sym.appendSymbolLayer(top.symbolLayer(0).clone())
    return sym


def _labels(lyr, field, line=False, expression=False, max_scale_denominator=0, priority="", always_show="",
            obstacle="", z_index="", beside=False):
    """Labels with a white buffer; ``priority`` (0-10), ``always_show``, ``obstacle`` (factor 0-10) and ``z_index``
    (drawing order of labels, higher on top) are expressions (data-defined), so the top ranks win collisions.
    ``beside``: a line's label sits beside its midpoint (eight candidate positions) instead of over the line, so
    the label hides neither the street nor, as often, another label."""
    s = QgsPalLayerSettings()
    s.fieldName = field
    s.isExpression = expression
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
        # horizontal at the middle of the line: a short street still gets its label (Line placement needs room)
        s.placement = QgsPalLayerSettings.Horizontal if max_scale_denominator else QgsPalLayerSettings.Line
    if beside:
        s.geometryGeneratorEnabled = True
        s.geometryGenerator = "line_interpolate_point($geometry, length($geometry) / 2)"
        s.geometryGeneratorType = QgsWkbTypes.PointGeometry
        s.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
        s.dist = 1.2
    if max_scale_denominator:
        s.scaleVisibility = True
        s.maximumScale = 0
        s.minimumScale = max_scale_denominator    # shown at 1:25,000 and closer
        fmt = s.format()
        fmt.setSize(9)
        fmt.setFont(QFont("Sans Serif", 9, QFont.Bold))
        s.setFormat(fmt)
    props = s.dataDefinedProperties()
    for key, expr in ((QgsPalLayerSettings.Priority, priority), (QgsPalLayerSettings.AlwaysShow, always_show),
                      (QgsPalLayerSettings.ObstacleFactor, obstacle), (QgsPalLayerSettings.ZIndex, z_index)):
        if expr:
            props.setProperty(key, QgsProperty.fromExpression(expr))
    if obstacle:
        s.obstacleSettings().setIsObstacle(True)
    s.setDataDefinedProperties(props)
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(s))
    lyr.setLabelsEnabled(True)


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
