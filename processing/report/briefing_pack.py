"""lpt:briefingpack - a printed briefing per area (ward, team area or the force): a QGIS atlas over a layout
template, exported to PDF and PNG."""
import os

from qgis.core import (QgsFeatureRequest, QgsProcessing, QgsProcessingOutputFolder, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum, QgsProcessingParameterExpression,
                       QgsProcessingParameterField, QgsProcessingParameterFile, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString, QgsProcessingParameterVectorLayer)

from ...core.errors import LptCancelled, LptInputError
from ..algorithm import LptAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP
from ..help import PLUGIN_DIR

DEFAULT_TEMPLATE = os.path.join(PLUGIN_DIR, "resources", "layouts", "briefing_pack.qpt")
LAYERS = (("PRIORITY_STREETS", QT_TRANSLATE_NOOP("LptAlgorithm", "Priority streets (lpt:prioritystreets)"),
           QgsProcessing.TypeVectorLine, False),
          ("PRIORITY_AREAS", QT_TRANSLATE_NOOP("LptAlgorithm", "Priority areas (lpt:prioritystreets)"),
           QgsProcessing.TypeVectorPolygon, False),
          ("HOT_PLACES", QT_TRANSLATE_NOOP("LptAlgorithm", "Hot places (lpt:prioritystreets)"),
           QgsProcessing.TypeVectorPoint, True),
          ("EQUALITY", QT_TRANSLATE_NOOP("LptAlgorithm", "Equality check (lpt:prioritystreets)"),
           QgsProcessing.TypeVector, True),
          ("FORECAST", QT_TRANSLATE_NOOP("LptAlgorithm", "Forecast accuracy and stability (lpt:prioritystreets): a "
                                                         "page 'Does the ranking work?'"),
           QgsProcessing.TypeVector, True),
          ("AREA_INSIGHT", QT_TRANSLATE_NOOP("LptAlgorithm", "Area insight (lpt:linkcommunity): map fill and the "
                                                             "public's priorities"),
           QgsProcessing.TypeVectorPolygon, True),
          ("AREA_CHANGE", QT_TRANSLATE_NOOP("LptAlgorithm", "Area change (lpt:compareperiods): crime change"),
           QgsProcessing.TypeVectorPolygon, True),
          ("AREAS", QT_TRANSLATE_NOOP("LptAlgorithm", "Areas of the pack, one briefing each (default: the priority "
                                                      "areas)"),
           QgsProcessing.TypeVectorPolygon, True))


class BriefingPack(LptAlgorithm):
    NAME = "briefingpack"
    DISPLAY = "Briefing pack (PDF per area)"
    GROUP, GROUP_ID = "Priorities", "priorities"
    FORMATS = (QT_TRANSLATE_NOOP("LptAlgorithm", "One PDF per area"),
               QT_TRANSLATE_NOOP("LptAlgorithm", "One multi-page PDF for all areas"))
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Makes a printed briefing for each area of a layer (wards, team areas, or one polygon for the whole "
            "force): a QGIS atlas over a print layout template. Each area gets a map of its priority streets over "
            "area insight with hot streets and hot places marked, area boundaries and street names, a legend, scale "
            "bar and north arrow, the title, period and data licences, and tables: the top streets with reasons, "
            "actions and uncertainty, hot places, the public's priorities, crime change, the equality check, and "
            "the door-knocking set-ups and messages of the area where a workspace and message log are given. "
            "With FORECAST (the forecast table of Priority streets) each first page says how much of the next "
            "crimes the top streets held (does the ranking work), and a page 'Does the ranking work?' gives the "
            "share of the next months' crimes on the top 5% of streets by each ranking, the PAI, and how stable the "
            "top streets are. "
            "Exports one PDF per area or one multi-page PDF, and a PNG per page. The layout is a template (.qpt, "
            "default resources/layouts/briefing_pack.qpt) a force restyles in the Layout Designer; give another "
            "with TEMPLATE. Aggregate figures only: no member, name or contact; counts of people under the "
            "threshold are shown as <5.")
    BASIC = ("PRIORITY_STREETS", "PRIORITY_AREAS", "HOT_PLACES", "AREAS", "NAME_FIELD", "FORMAT", "PNG", "TITLE",
             "OUTPUT_FOLDER")
    REQUIRED_FIELDS = {"PRIORITY_STREETS": ("street_id", "name", "rank", "score", "crimes"),
                       "PRIORITY_AREAS": ("area_code", "area_name", "rank", "streets", "top_street"),
                       "HOT_PLACES": ("place", "kind", "crimes", "easting", "northing"),
                       "EQUALITY": ("measure", "estimate", "sentence"),
                       "FORECAST": ("row_type", "ranking", "hit_rate"),
                       "AREA_INSIGHT": ("area_code", "members", "prio_n"),
                       "AREA_CHANGE": ("area_code", "crimes_1", "crimes_2")}

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        for key, label, kind, optional in LAYERS:
            self.addParameter(QgsProcessingParameterVectorLayer(key, self.tr(label), [kind], optional=optional))
        self.addParameter(QgsProcessingParameterField("NAME_FIELD", self.tr("Area name field (default area_name)"),
                                                      parentLayerParameterName="AREAS", optional=True))
        self.addParameter(QgsProcessingParameterExpression("FILTER", self.tr("Only the areas where (expression)"),
                                                           parentLayerParameterName="AREAS", optional=True))
        from ..workspace_param import workspace_parameter
        self.addParameter(workspace_parameter(self.tr("Workspace: set-ups and visits (optional; GeoPackage or "
                                                      "PostGIS connection)"), optional=True))
        self.addParameter(QgsProcessingParameterFile("MESSAGE_LOG", self.tr("Message log (optional)"),
                                                     optional=True, fileFilter="GeoPackage (*.gpkg)"))
        self.addParameter(QgsProcessingParameterFile("TEMPLATE", self.tr("Layout template (.qpt; default the "
                                                     "shipped briefing pack)"), optional=True,
                                                     fileFilter="QGIS layout template (*.qpt)"))
        self.addParameter(QgsProcessingParameterString("TITLE", self.tr("Title"),
                                                       defaultValue=self.tr("Neighbourhood briefing")))
        self.addParameter(QgsProcessingParameterNumber("TOP_N", self.tr("Top streets per area"), defaultValue=10,
                                                       minValue=1, maxValue=30))
        self.addParameter(QgsProcessingParameterNumber("SUPPRESS_BELOW", self.tr("Show counts of people under this "
                                                       "as <n"), defaultValue=5, minValue=1, maxValue=1000))
        self.addParameter(QgsProcessingParameterBoolean("OSM", self.tr("Streets are from OpenStreetMap (adds its "
                                                        "attribution)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFile("ATTRIBUTIONS", self.tr("Licences and attributions table "
                                                     "(source,default,text; default the shipped table)"),
                                                     optional=True, fileFilter="CSV (*.csv)"))
        self.addParameter(QgsProcessingParameterEnum("FORMAT", self.tr("PDF"), [self.tr(f) for f in self.FORMATS],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean("PNG", self.tr("Also a PNG per page"), defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean("FORECAST_PAGE", self.tr("With FORECAST, a page 'Does the "
                                                        "ranking work?' in every area's briefing"), defaultValue=True))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber("AREAS_DONE", self.tr("Areas in the pack")))
        self.addOutput(QgsProcessingOutputNumber("PDF_FILES", self.tr("PDF files written")))
        self.addOutput(QgsProcessingOutputNumber("PNG_FILES", self.tr("PNG files written")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        ok, msg = super().checkParameterValues(parameters, context)
        template = self.parameterAsFile(parameters, "TEMPLATE", context)
        if ok and template and not os.path.isfile(template):
            return False, self.tr("The layout template {0} does not exist.").format(template)
        return ok, msg

    # ------------------------------------------------------------------ run
    def _layer(self, parameters, context, key):
        lyr = self.parameterAsVectorLayer(parameters, key, context)
        return lyr if lyr is not None and lyr.isValid() else None

    def _frame(self, parameters, context, feedback, key, geometry=True, required=()):
        from ...qgisio.layers import frame_from_source
        lyr = self._layer(parameters, context, key)
        if lyr is None:
            return None
        return frame_from_source(lyr, context, feedback, geometry=geometry, required=required,
                                 label=self.parameterDefinition(key).description(), layer=lyr)

    def _inputs(self, parameters, context, feedback):
        from ...core.report.briefing import PackInputs
        places = self._frame(parameters, context, feedback, "HOT_PLACES", geometry=False)
        return PackInputs(
            streets=self._frame(parameters, context, feedback, "PRIORITY_STREETS",
                                required=("street_id", "name", "rank", "score", "crimes")),
            places=places if places is not None and {"easting", "northing"} <= set(places) else None,
            insight=self._frame(parameters, context, feedback, "AREA_INSIGHT"),
            change=self._frame(parameters, context, feedback, "AREA_CHANGE"),
            equality=self._frame(parameters, context, feedback, "EQUALITY", geometry=False),
            forecast=self._frame(parameters, context, feedback, "FORECAST", geometry=False),
            suppress=self.parameterAsInt(parameters, "SUPPRESS_BELOW", context),
            top_n=self.parameterAsInt(parameters, "TOP_N", context))

    def _activity(self, parameters, context):
        from ...core.engage.message_log import read_log
        from ...core.report.briefing_activity import Activity
        from ...core.store.workspace import open_store
        log = (self.parameterAsFile(parameters, "MESSAGE_LOG", context) or "").strip()
        ws = (self.parameterAsFile(parameters, "WORKSPACE", context) or "").strip()
        messages = read_log(ws, log)[0] if ws or log else None      # the workspace's log (+ an earlier file's)
        if not ws:
            return Activity(messages=messages)
        with open_store(ws, create=False) as store:
            return Activity.from_store(store, messages)

    def _areas(self, parameters, context):
        areas = self._layer(parameters, context, "AREAS") or self._layer(parameters, context, "PRIORITY_AREAS")
        field = self.parameterAsString(parameters, "NAME_FIELD", context) or "area_name"
        if areas.fields().indexOf(field) < 0:
            names = ", ".join(f.name() for f in areas.fields())
            raise LptInputError(self.tr("the areas layer has no field {field} (fields: {names})").format(
                field=field, names=names), areas.name(), self.tr("choose the field that holds the area names "
                                                                 "(NAME_FIELD)."))
        return areas, field

    def _coverage(self, areas, field, expression, context):
        """(feature id, name, shapely polygon in EPSG:27700) of each area of the pack."""
        import shapely
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform
        to_bng = QgsCoordinateTransform(areas.crs(), QgsCoordinateReferenceSystem("EPSG:27700"),
                                        context.transformContext())
        req = QgsFeatureRequest()
        if expression:
            req.setFilterExpression(expression)
        out = []
        for f in areas.getFeatures(req):
            g = f.geometry()
            if g.isNull():
                continue
            g.transform(to_bng)
            out.append((f.id(), str(f[field]), shapely.from_wkb(bytes(g.asWkb()))))
        return out

    def _map_layers(self, parameters, context, areas, field):
        """The map's layers, top first: hot places, priority streets, hot streets, boundaries, area fill."""
        from .briefing_layout import boundary_layer, hot_street_layer, styled
        streets = self._layer(parameters, context, "PRIORITY_STREETS")
        insight = self._layer(parameters, context, "AREA_INSIGHT")
        places = self._layer(parameters, context, "HOT_PLACES")
        layers = [styled(places, self.tr("Hot places"), "hot_places.qml")] if places is not None else []
        layers.append(styled(streets, self.tr("Priority streets"), "priority_streets.qml"))
        hot = hot_street_layer(streets)
        if hot is not None:
            hot.setName(self.tr("Hot street (Gi*, significant after FDR)"))
            layers.append(hot)
        bounds = boundary_layer(areas, field)
        bounds.setName(self.tr("Area boundaries"))
        layers.append(bounds)
        if insight is not None:
            layers.append(styled(insight, self.tr("Area insight"), "area_insight.qml"))
        else:
            layers.append(styled(self._layer(parameters, context, "PRIORITY_AREAS"), self.tr("Priority areas"),
                                 "priority_areas.qml"))
        return layers, bounds

    def _layout(self, parameters, context, areas, field, expression):
        from qgis.core import QgsCoordinateReferenceSystem
        from .briefing_layout import build_project, load_template
        layers, bounds = self._map_layers(parameters, context, areas, field)
        project = build_project(layers)
        layout = load_template(self.parameterAsFile(parameters, "TEMPLATE", context) or DEFAULT_TEMPLATE, project)
        m = layout.itemById("map")
        m.setCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
        m.setLayers(layers)
        m.setKeepLayerSet(True)
        m.setAtlasDriven(True)
        size = m.sizeWithUnits()
        m.zoomToExtent(bounds.extent())            # a template saved without an extent has none (NaN) ...
        m.attemptResize(size)                      # ... and then zooming would change the map's height
        legend = layout.itemById("legend")
        if legend is not None:
            legend.setAutoUpdateModel(True)
        atlas = layout.atlas()
        atlas.setCoverageLayer(bounds)
        atlas.setEnabled(True)
        atlas.setPageNameExpression(f'"{field}"')
        atlas.setFilenameExpression(f'"{field}"')
        atlas.setSortFeatures(True)
        atlas.setSortExpression(f'"{field}"')
        atlas.setFilterFeatures(bool(expression))
        if expression:
            atlas.setFilterExpression(expression)
        return layout, project

    def _licences(self, parameters, context) -> str:
        """The licence and attribution lines: the table's default sources, and OpenStreetMap where used."""
        from ...core.report.attributions import attribution_lines, read_attributions
        table = read_attributions(self.parameterAsFile(parameters, "ATTRIBUTIONS", context) or "")
        sources = list(table.source[table["default"].astype(str).str.strip() == "1"])
        if self.parameterAsBool(parameters, "OSM", context):
            sources.append("OpenStreetMap")
        return " ".join(attribution_lines(table, sources))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.report.briefing import period_label, period_words
        from ...core.report.briefing_figures import equality_rows
        from ...core.report.briefing_forecast import forecast_rows
        from ...core.report.briefing_pack import build_area
        from ...core.report.briefing_texts import translations
        from . import briefing_layout as BL
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        os.makedirs(folder, exist_ok=True)
        inp = self._inputs(parameters, context, feedback)
        act = self._activity(parameters, context)
        areas, field = self._areas(parameters, context)
        expression = self.parameterAsExpression(parameters, "FILTER", context)
        cover = self._coverage(areas, field, expression, context)
        if not cover:
            raise LptInputError(self.tr("no area to make a briefing for"), areas.name(),
                                self.tr("check the areas layer and the FILTER expression."))
        period, when = period_label(inp.streets), period_words(inp.streets)
        packs = {}
        for i, (fid, name, polygon) in enumerate(cover):
            if feedback.isCanceled():
                raise LptCancelled()
            packs[fid] = build_area(name, polygon, inp, act, when)
            feedback.setProgress(20 * (i + 1) / len(cover))
        layout, project = self._layout(parameters, context, areas, field, expression)
        BL.translate_texts(layout, translations())     # the layout's own words in the user's language
        forecast_words = forecast_rows(inp.forecast)[1]
        if not forecast_words or not self.parameterAsBool(parameters, "FORECAST_PAGE", context):
            BL.drop_page_of(layout, "forecast")        # no page "Does the ranking work?" (page 1 keeps its note)
        BL.set_variables(layout, {"lpt_title": self.parameterAsString(parameters, "TITLE", context),
                                  "lpt_period": period, "lpt_licences": self._licences(parameters, context),
                                  "lpt_equality": equality_rows(inp.equality)[1], "lpt_forecast": forecast_words})

        def on_feature(feature):
            pack = packs.get(feature.id())
            BL.fill_tables(layout, pack.tables if pack else {})
            BL.set_variables(layout, {"lpt_notes": " ".join(pack.notes) if pack else ""})

        def on_area(i, n):
            feedback.setProgress(20 + 80 * i / n)
            return not feedback.isCanceled()
        layout.atlas().featureChanged.connect(on_feature)
        try:
            out = BL.export_atlas(layout, folder, self.parameterAsEnum(parameters, "FORMAT", context) == 1,
                                  self.parameterAsBool(parameters, "PNG", context), on_area, feedback)
        finally:
            layout.atlas().featureChanged.disconnect(on_feature)
            del layout
            project.clear()
        if feedback.isCanceled():
            raise LptCancelled()
        for name, pack in sorted((p.name, p) for p in packs.values()):
            feedback.pushInfo(self.tr("{0}: {1:,} crimes, {2} top streets{3}").format(
                name, pack.crimes, len(pack.tables["top_streets"]), "; " + " ".join(pack.notes) if pack.notes else ""))
        return {"OUTPUT_FOLDER": folder, "AREAS_DONE": len(packs), "PDF_FILES": len(out["pdf"]),
                "PNG_FILES": len(out["png"])}
