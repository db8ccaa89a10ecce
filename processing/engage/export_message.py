"""lpt:exportmessage - an area-targeted message for the alert platform (batch twin of the message dock)."""
from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import (QgsProcessingOutputFile, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterBoolean, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)


from ...core.errors import LptInputError
from ..algorithm import LptAlgorithm
from ...qgisio.layers import frame_from_source
from ..catalogue import QT_TRANSLATE_NOOP
from ..analyse.link_inputs import POINT, POLY, TABLE, LINE

AREA_MODES = [QT_TRANSLATE_NOOP("ExportMessage", "Whole force"), QT_TRANSLATE_NOOP("ExportMessage", "Area codes"), QT_TRANSLATE_NOOP("ExportMessage", "Features of a polygon layer (selected only, if ticked)"),
              QT_TRANSLATE_NOOP("ExportMessage", "Members of the top priority streets")]
CHANNELS = ["email", "sms"]
CHANNEL_LABELS = [QT_TRANSLATE_NOOP("ExportMessage", "email"), QT_TRANSLATE_NOOP("ExportMessage", "SMS")]


def audience_members(alg, parameters, context, feedback):
    """Members linked to postcodes and areas (shared by exportmessage and engagementreport)."""
    from ...core.engage import messages as M
    import shapely
    frames = {}
    from ..analyse.link_inputs import whole_layer, workspace_path
    ws = workspace_path(alg, parameters, context)
    if ws:             # the workspace's current members (a newer export has superseded the older one)
        from ...core.store import workspace
        with workspace.open_store(ws, create=False) as store:
            for key, table in (("MEMBERS", "members"), ("POSTCODES", "postcodes"), ("AREAS", "areas")):
                if not store.has_table(table):
                    raise LptInputError(
                        QCoreApplication.translate("LptAlgorithm", "the workspace has no {0} yet").format(table), ws,
                        QCoreApplication.translate("LptAlgorithm", "import the {0} into it first.").format(table))
                frames[key] = store.read_table(table)
    for key, label, req in (("MEMBERS", QT_TRANSLATE_NOOP("LptAlgorithm", "Members"),
                             ("member_id", "postcode", "status")),
                            ("POSTCODES", QT_TRANSLATE_NOOP("LptAlgorithm", "Postcodes"), ("postcode",)),
                            ("AREAS", QT_TRANSLATE_NOOP("LptAlgorithm", "Areas"), ("area_code", "area_name"))):
        if key in frames:
            continue
        label = QCoreApplication.translate("LptAlgorithm", label)
        src = alg.parameterAsSource(parameters, key, context)
        if src is None:
            raise LptInputError(QCoreApplication.translate("LptAlgorithm", "{0} layer is required (or give a "
                                                           "WORKSPACE)").format(label), key,
                                QCoreApplication.translate("LptAlgorithm", "choose the layer."))
        frames[key] = frame_from_source(src, context, feedback, geometry=key != "MEMBERS", required=req, label=label,
                                        allow_empty=False, layer=whole_layer(alg, parameters, key, context))
    pcs = frames["POSTCODES"]
    pcs["easting"], pcs["northing"] = shapely.get_x(pcs.geometry.values), shapely.get_y(pcs.geometry.values)
    m = frames["MEMBERS"]
    areas = frames["AREAS"][frames["AREAS"].geometry.notna()].copy()
    areas["area_code"] = areas.area_code.astype(str)
    linked = M.linked_members(m, pcs, areas)
    if ws:                  # their streets, for 'street=' audiences (the workspace's stored links)
        from ...core.engage.audience_data import with_streets
        from ...core.store import workspace
        with workspace.open_store(ws, create=False) as store:
            linked = with_streets(store, linked)
    return linked, areas


def figures_rows(alg, parameters, context, feedback, key, mode, codes, area_geom):
    """The rows of an area insight/change layer for the message's area, combined: the areas asked for (area
    codes), or those overlapping the polygon or the top streets' surroundings, or all (whole force). The
    message names these areas with their figures, so a figure is never given for an area it is not from."""
    from ...core.engage import messages as M
    from ...core.engage.area_figures import rows_for_area
    src = alg.parameterAsSource(parameters, key, context)
    if src is None:
        return None
    df = frame_from_source(src, context, feedback, geometry=mode in (2, 3))
    if "area_code" not in df:
        return None
    df = rows_for_area(df, codes if mode == 1 else [], area_geom if mode in (2, 3) else None)
    return M.combine_rows(df.drop(columns="geometry", errors="ignore"))


class ExportMessage(LptAlgorithm):
    NAME = "exportmessage"
    DISPLAY = "Export area-targeted message"
    GROUP, GROUP_ID = "Messages", "messages"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Drafts a message for an area (whole force, area codes, the features of any polygon layer, or the members "
            "of the top priority streets) and an audience refined by sets on groups and demographic answers, each "
            "include, exclude or must (e.g. 'include group=IAG|Neighbourhood Watch; exclude area=E05011541; must "
            "age_band=65-74|75+'). Opted-out members are never included. The text comes from a template filled with "
            "aggregate figures (from an INSIGHT and CHANGE layer when given) of the areas asked for, or of the areas "
            "overlapping the polygon or the top streets' surroundings; each figure names those areas and its base, "
            "and a change in crime is called real only when it is significant after FDR (q < alpha). Or from BODY. "
            "Guards: a minimum audience size always blocks; unfilled placeholders such as [reference] block; "
            "recipients messaged within FREQUENCY_DAYS block unless ALLOW_RECENT acknowledges them. The body is plain "
            "text (for email an HTML part is made from it). Writes <id>_recipients.csv (member ids) and <id>.json (area, channel, subject, body, author, "
            "created) for the alert platform and appends the message, its area and recipients to the message log in the "
            "WORKSPACE (or, without one, the GeoPackage LOG); an earlier release's separate log given as LOG is "
            "imported into the workspace once and left in place. On a PostGIS workspace an officer or supervisor "
            "can only message members of their own areas.")

    BASIC = ("MEMBERS", "POSTCODES", "AREAS", "AREA_MODE", "AREA_CODES", "AUDIENCE", "TEMPLATE", "LANGUAGE",
             "WHAT_WAS_DONE", "TEAM", "CHANNEL")

    def initAlgorithm(self, config=None):
        from ...core.engage.message_templates import template_list
        from ...qgisio.locale import ui_language
        from ..message_language import language_parameter
        from ..workspace_param import workspace_parameter
        self.addParameter(workspace_parameter(self.tr("Workspace (GeoPackage or PostGIS connection; instead of the "
                                                      "three layers below)"), optional=True))
        for key, label, typ, opt in (("MEMBERS", QT_TRANSLATE_NOOP("LptAlgorithm", "Members"), TABLE, True),
                                     ("POSTCODES", QT_TRANSLATE_NOOP("LptAlgorithm", "Postcodes"), POINT, True),
                                     ("AREAS", QT_TRANSLATE_NOOP("LptAlgorithm", "Areas"), POLY, True),
                                     ("AREA_LAYER", QT_TRANSLATE_NOOP("LptAlgorithm", "Polygon layer for the area"), POLY,
                                      True),
                                     ("PRIORITY_STREETS", QT_TRANSLATE_NOOP("LptAlgorithm", "Priority streets"), LINE, True),
                                     ("INSIGHT", QT_TRANSLATE_NOOP("LptAlgorithm", "Area insight (figures)"), POLY, True),
                                     ("CHANGE", QT_TRANSLATE_NOOP("LptAlgorithm", "Area change (figures)"), POLY, True)):
            self.addParameter(QgsProcessingParameterFeatureSource(key, self.tr(label), [typ], optional=opt))
        self.addParameter(QgsProcessingParameterEnum("AREA_MODE", self.tr("Area"), [self.tr(a) for a in AREA_MODES],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterString("AREA_CODES", self.tr("Area codes (comma separated)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("TOP_N", self.tr("Top priority streets"), defaultValue=10, minValue=1,
                                                       maxValue=500))
        self.addParameter(QgsProcessingParameterString("AUDIENCE", self.tr("Audience sets"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterEnum("TEMPLATE", self.tr("Template"),
                                                     [t for _, t in template_list(ui_language())], defaultValue=0))
        self.addParameter(language_parameter(self.tr("Language of the message")))
        for key, label in (("WHAT_WAS_DONE", QT_TRANSLATE_NOOP("ExportMessage", "What was done (for 'you said, we did')")), ("TEAM", QT_TRANSLATE_NOOP("ExportMessage", "Signed by")),
                           ("SUBJECT", QT_TRANSLATE_NOOP("ExportMessage", "Subject (blank = from the template)")),
                           ("BODY", QT_TRANSLATE_NOOP("ExportMessage", "Final text (blank = the filled template)")), ("AUTHOR", QT_TRANSLATE_NOOP("ExportMessage", "Author"))):
            self.addParameter(QgsProcessingParameterString(key, self.tr(label), optional=True,
                                                           multiLine=key == "BODY"))
        self.addParameter(QgsProcessingParameterEnum("CHANNEL", self.tr("Channel"), [self.tr(c) for c in CHANNEL_LABELS],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber("MIN_AUDIENCE", self.tr("Minimum audience"), defaultValue=10,
                                                       minValue=1, maxValue=1_000_000))
        self.addParameter(QgsProcessingParameterNumber("FREQUENCY_DAYS", self.tr("Frequency guard (days)"),
                                                       defaultValue=7, minValue=0, maxValue=3650))
        self.addParameter(QgsProcessingParameterBoolean("ALLOW_RECENT", self.tr(
            "Send even to recipients who had a message within the frequency guard's days (explicit override)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination("LOG", self.tr(
            "Message log without a workspace (a GeoPackage workspace, appended); with one: an earlier release's log "
            "to import once"), "GeoPackage (*.gpkg)", optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", self.tr("Export folder")))
        self.addOutput(QgsProcessingOutputString("MESSAGE_ID", self.tr("Message id")))
        self.addOutput(QgsProcessingOutputNumber("AUDIENCE_SIZE", self.tr("Audience size")))
        self.addOutput(QgsProcessingOutputNumber("RECENT_RECIPIENTS", self.tr("Recipients messaged recently")))
        self.addOutput(QgsProcessingOutputFile("RECIPIENTS_CSV", self.tr("Recipients CSV")))
        self.addOutput(QgsProcessingOutputFile("MESSAGE_JSON", self.tr("Message JSON")))

    def check_destinations(self, parameters, context) -> None:
        """LOG is a message log - a workspace appended to through the store, never replaced - not an output file."""
        super().check_destinations({k: v for k, v in parameters.items() if k != "LOG"}, context)

    def run_algorithm(self, parameters, context, feedback):
        from ...core.engage import messages as M
        from ...core.i18n import in_language
        from ...core.engage.message_log import MessageLog
        from ..analyse.link_inputs import workspace_path
        ws = workspace_path(self, parameters, context)
        MessageLog.check_target(ws, self.parameterAsFileOutput(parameters, "LOG", context),
                                self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        mem, areas = audience_members(self, parameters, context, feedback)
        mode = self.parameterAsEnum(parameters, "AREA_MODE", context)
        codes = [c.strip() for c in (self.parameterAsString(parameters, "AREA_CODES", context) or "").split(",")
                 if c.strip()]
        in_area, area_geom, label_of = self._area(parameters, context, feedback, mode, codes, mem, areas)
        with in_language("en"):
            label = label_of()            # the message's area as the log records it (data: English)
        aud = M.select_audience(mem, in_area, M.parse_audience(self.parameterAsString(parameters, "AUDIENCE",
                                                                                      context)))
        msg = self._draft(parameters, context, feedback, label, label_of, mode, codes, area_geom)
        excluded = M.consent_counts(mem, in_area)
        log_path = self.parameterAsFileOutput(parameters, "LOG", context)
        paths, g = self._export(parameters, context, feedback, msg, aud, area_geom, excluded, codes if mode == 1 else [])
        if excluded["opted_out"] or excluded["unknown"]:
            feedback.pushInfo(self.tr("Not messaged in the area: {0:,} opted out, {1:,} with an unknown status").format(
                excluded["opted_out"], excluded["unknown"]))
        feedback.pushInfo(self.tr("Message {0}: {1:,} recipients in {2}; logged in {3}").format(
            msg.message_id, len(aud), label, ws or log_path))
        return {"MESSAGE_ID": msg.message_id, "AUDIENCE_SIZE": len(aud), "RECENT_RECIPIENTS": g.recent_recipients,
                "RECIPIENTS_CSV": paths["recipients"], "MESSAGE_JSON": paths["message"], "LOG": log_path,
                "OUTPUT_FOLDER": self.parameterAsString(parameters, "OUTPUT_FOLDER", context)}

    def _area(self, parameters, context, feedback, mode, codes, mem, areas):
        """(members in the area, the area's geometry, a function giving its name in the language in force) for the
        chosen AREA_MODE."""
        from ...core.engage import messages as M
        import pandas as pd
        import shapely
        if mode == 0:
            return pd.Series(True, index=mem.index), shapely.union_all(areas.geometry.values), lambda: M.join_names([])
        if mode == 1:
            unknown = set(codes) - set(areas.area_code)
            if not codes or unknown:
                raise LptInputError(self.tr("unknown or missing area code(s): {0}").format(
                                        ", ".join(sorted(unknown)) or self.tr("(none)")),
                                    "AREA_CODES", self.tr("use codes from the areas layer."))
            sel = areas[areas.area_code.isin(codes)]
            return (mem.area_code.isin(codes), shapely.union_all(sel.geometry.values),
                    lambda: M.join_names(sel.area_name.astype(str), 4, "nearby areas"))
        if mode == 2:
            src = self.parameterAsSource(parameters, "AREA_LAYER", context)
            if src is None:
                raise LptInputError(self.tr("no polygon layer for the area"), "AREA_LAYER",
                                    self.tr("choose a layer (or its selection)."))
            poly = frame_from_source(src, context, feedback, geometry=True)
            area_geom = shapely.union_all(poly.geometry.dropna().values)
            name_col = next((c for c in ("area_name", "name", "ward_name", "NAME", "Name") if c in poly), None)
            names = poly[name_col].astype(str) if name_col else []
            return M.members_in_polygon(mem, area_geom), area_geom, lambda: M.join_names(names, 4, "nearby areas")
        src = self.parameterAsSource(parameters, "PRIORITY_STREETS", context)
        if src is None:
            raise LptInputError(self.tr("no priority streets layer"), "PRIORITY_STREETS",
                                self.tr("run Priority streets first."))
        ps = frame_from_source(src, context, feedback, geometry=True, required=("street_id", "rank"))
        top = ps[ps["rank"] <= self.parameterAsInt(parameters, "TOP_N", context)]
        return (M.members_near_streets(mem, top.geometry.values),
                shapely.union_all(shapely.buffer(top.geometry.values, 150.0)),
                lambda: M.join_names(top.sort_values("rank").name.astype(str) if "name" in top else [], 3))

    def _draft(self, parameters, context, feedback, label, label_of, mode, codes, area_geom):
        """The message: the template filled with the figures of the message's areas (in English, Welsh, or both),
        or the user's own text."""
        from ...core.engage import messages as M
        from ...core.engage.message_language import render_message
        from ...core.engage.message_templates import LANGUAGES
        get = lambda k: self.parameterAsString(parameters, k, context)  # noqa: E731
        rows = {key: figures_rows(self, parameters, context, feedback, key, mode, codes, area_geom)
                for key in ("INSIGHT", "CHANGE")}
        tname = M.template_list()[self.parameterAsEnum(parameters, "TEMPLATE", context)][0]
        language = LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)]
        subject, body = render_message(tname, language, lambda: M.area_context(label_of(), rows.get("INSIGHT"),
                                                                               rows.get("CHANGE")),
                                       what_was_done=get("WHAT_WAS_DONE"), team=get("TEAM"))
        subject, body = get("SUBJECT") or subject, get("BODY") or body
        channel = CHANNELS[self.parameterAsEnum(parameters, "CHANNEL", context)]
        body = M.as_plain_text(body)          # residents receive text; email also gets an HTML part made from it
        M.check_placeholders(subject, body)
        if channel == "sms":
            n, seg, enc = M.sms_segments(body)
            feedback.pushInfo(self.tr("SMS: {0} characters, {1} segment(s), {2}").format(n, seg, enc))
        return M.Message(label, channel, subject, body, get("AUTHOR") or "analyst", tname)

    def _export(self, parameters, context, feedback, msg, aud, area_geom, excluded, codes):
        """Recipients and message files written and logged in one transaction, the guards checked inside the log's
        write lock on the history as it is then; returns (paths, guards)."""
        from ...core.engage import messages as M
        from ...core.engage.message_log import MessageLog, message_area_codes
        from ..analyse.link_inputs import workspace_path
        import shapely
        from datetime import datetime, timezone
        now = datetime.now(timezone.utc)
        freq, min_aud = (self.parameterAsInt(parameters, k, context) for k in ("FREQUENCY_DAYS", "MIN_AUDIENCE"))
        block = not self.parameterAsBool(parameters, "ALLOW_RECENT", context)
        checked = {}

        def guard(history):
            checked["g"] = g = M.check_guards(aud.member_id, history, now, freq, min_aud, block)
            for text in g.messages:
                feedback.pushWarning(text)
            return g
        with MessageLog.open(workspace_path(self, parameters, context),
                             self.parameterAsFileOutput(parameters, "LOG", context)) as log:
            paths = log.export(msg, list(aud.member_id), self.parameterAsString(parameters, "OUTPUT_FOLDER", context),
                               shapely.to_wkb(area_geom) if area_geom is not None else None,
                               area_geom.wkt if area_geom is not None else "", guard,
                               {"opted_out": excluded["opted_out"], "unknown": excluded["unknown"]},
                               message_area_codes(aud, codes))
        return paths, checked["g"]
