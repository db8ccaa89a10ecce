"""lpt:engagementreport - replies linked to messages and areas; reply rates per message and per area over time."""
import os

from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile, QgsWkbTypes)


from ...qgisio.fields import REJECT_FIELDS, make_fields, write_frame
from ..algorithm import LptAlgorithm
from ..engage.export_message import audience_members
from ..analyse.link_community import write_layer
from ..analyse.link_inputs import POINT, POLY, TABLE
from ..catalogue import QT_TRANSLATE_NOOP

SUPPRESS_BELOW = 5              # as write_layer: counts of people from 1 to 4 are left empty


class EngagementReport(LptAlgorithm):
    NAME = "engagementreport"
    DISPLAY = "Engagement report (replies)"
    GROUP, GROUP_ID = "Messages", "messages"
    STYLES = {"AREA_RATES": "area_rates.qml"}    # reply rates in %, graduated (styling.py)
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Imports the alert platform's replies export (member id, message id, time, text), links each reply to the "
            "message in the message log (of the WORKSPACE, or the GeoPackage LOG) and to the member's area, and reports reply rates (members who replied / "
            "recipients) per message and per area and month. Replies to messages that are not in the log, or from "
            "members who were not recipients, are listed apart; bad rows go to the rejects table. Reply texts are "
            "personal data and are not copied into any output.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("REPLIES", self.tr("Replies export (CSV)"), fileFilter="CSV (*.csv)"))
        from ..workspace_param import workspace_parameter
        self.addParameter(workspace_parameter(self.tr("Workspace (its message log, members, postcodes and areas)"),
                                              optional=True))
        self.addParameter(QgsProcessingParameterFile("LOG", self.tr("Message log without a workspace (GeoPackage)"),
                                                     fileFilter="GeoPackage (*.gpkg)", optional=True))
        for key, label, typ in (("MEMBERS", "Members", TABLE), ("POSTCODES", "Postcodes", POINT), ("AREAS", "Areas", POLY)):
            self.addParameter(QgsProcessingParameterFeatureSource(key, self.tr(label), [typ], optional=True))
        for key, label, typ in (("PER_MESSAGE", QT_TRANSLATE_NOOP("EngagementReport", "Reply rates per message"), QgsProcessing.TypeVector),
                                ("PER_AREA", QT_TRANSLATE_NOOP("EngagementReport", "Reply rates per area and month"), QgsProcessing.TypeVector),
                                ("AREA_RATES", QT_TRANSLATE_NOOP("EngagementReport", "Reply rates per area (all messages)"), QgsProcessing.TypeVectorPolygon),
                                ("UNMATCHED", QT_TRANSLATE_NOOP("EngagementReport", "Replies not matched to a sent message"), QgsProcessing.TypeVector)):
            self.addParameter(QgsProcessingParameterFeatureSink(key, self.tr(label), typ))
        self.addParameter(QgsProcessingParameterBoolean("INCLUDE_IDS", self.tr(
            "List member ids of unmatched replies (personal data)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink("REJECTS", self.tr("Rejected rows"), QgsProcessing.TypeVector,
                                                            optional=True, createByDefault=True))
        for key in ("READ", "ACCEPTED", "REJECTED", "MATCHED"):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(key.title())))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.engage.message_log import read_log
        from ...core.io.replies import RepliesReader
        from ...core.io.replies import engagement
        from ..analyse.link_inputs import workspace_path
        # read only; refuses a file that is neither a workspace nor an earlier release's message log
        msgs, rec = read_log(workspace_path(self, parameters, context), self.parameterAsFile(parameters, "LOG", context))
        rep = RepliesReader(self.parameterAsFile(parameters, "REPLIES", context), progress=feedback.setProgress,
                            is_cancelled=feedback.isCanceled).read()
        mem, areas = audience_members(self, parameters, context, feedback)
        eng = engagement(msgs, rec, rep.accepted, mem.set_index("member_id").area_code)
        pm = eng["per_message"].drop(columns=[c for c in ("subject",) if c in eng["per_message"]])
        pa = eng["per_area"]
        overall = pa.groupby("area_code")[["recipients", "repliers"]].sum()
        overall["reply_rate"] = (100.0 * overall.repliers / overall.recipients).round(2)
        ar = areas[["area_code", "area_name", "geometry"]].merge(overall.reset_index(), on="area_code", how="left")
        ar[["recipients", "repliers"]] = ar[["recipients", "repliers"]].fillna(0).astype(int)
        from ...core.analyse.secondary import protect_engagement
        # small counts of people hidden, and every count the three tables' sums (and MATCHED) would give them back by
        pm, shown_pa, ar = protect_engagement(pm, pa, ar, SUPPRESS_BELOW)
        un = eng["unmatched"][["member_id", "message_id", "time"]].copy()
        if not self.parameterAsBool(parameters, "INCLUDE_IDS", context):
            un["member_id"] = ""                  # personal data: only when asked for
        import pandas as pd
        early = eng["early"].assign(file=lambda d: d.file.map(os.path.basename))
        rejects = pd.concat([rep.rejects, early], ignore_index=True)
        rs, rdest = self.sink(parameters, context, "REJECTS", make_fields(REJECT_FIELDS))
        write_frame(rs, rejects, ["file", "row", "column", "value", "reason"])
        accepted = rep.n_accepted - len(early)
        feedback.pushInfo(self.tr("Replies: read {0:,} = accepted {1:,} + rejected {2:,}; matched to a sent message "
                                  "{3:,}").format(rep.read, accepted, len(rejects), accepted - len(un)))
        if len(early):
            feedback.pushWarning(self.tr("{0:,} replies are dated before their message was created: rejected (see "
                                         "REJECTS)").format(len(early)))
        return {"PER_MESSAGE": write_layer(self, parameters, context, feedback, "PER_MESSAGE", pm),
                "PER_AREA": write_layer(self, parameters, context, feedback, "PER_AREA", shown_pa),
                "AREA_RATES": write_layer(self, parameters, context, feedback, "AREA_RATES", ar, QgsWkbTypes.MultiPolygon,
                                          multi=True),
                "UNMATCHED": write_layer(self, parameters, context, feedback, "UNMATCHED", un), "REJECTS": rdest,
                "READ": rep.read, "ACCEPTED": accepted, "REJECTED": len(rejects), "MATCHED": accepted - len(un)}
