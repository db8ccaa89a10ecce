"""lpt:linkcommunity - link members, responses, crimes and classifications to streets and areas; insight layers."""
from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterString, QgsWkbTypes)

from ...core.errors import LptInputError
from ...qgisio.fields import bng, fields_of, make_fields, point_geoms, write_frame
from .. import timing
from .base import AnalysisAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP


def period_from(alg, parameters, context, start_key, end_key, months):
    from ...core.analyse import insight as ins
    start = (alg.parameterAsString(parameters, start_key, context) or "").strip()
    end = (alg.parameterAsString(parameters, end_key, context) or "").strip()
    if not months:
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "the crime layer has no months"), "CRIMES",
                            QCoreApplication.translate("LptAlgorithm", "check the crime import."))
    return ins.Period(start or months[0], end or months[-1])


def check_coverage(alg, feedback, months, period):
    """No crime data for the period is an error; partial data a warning (returned for the outputs)."""
    from ...core.analyse.coverage import require
    cov = require(months, period)
    if not cov.complete:
        feedback.pushWarning(QCoreApplication.translate("LptAlgorithm", "Crime data is incomplete: {0}. Figures use "
                                                        "the months present.").format(cov.describe()))
    return cov


def write_layer(alg, parameters, context, feedback, key, df, geom_type=None, multi=False):
    """An output of aggregates: its counts of people below SUPPRESS_BELOW (5 when the algorithm has none) left
    empty, with the rates and changes that would give them back (core disclosure)."""
    from ...core.analyse.disclosure import suppress_people
    below = alg.parameterAsInt(parameters, "SUPPRESS_BELOW", context) if alg.parameterDefinition("SUPPRESS_BELOW") \
        else 5
    return alg.write_output(parameters, context, feedback, key, suppress_people(df, below), geom_type, multi)


class LinkCommunity(AnalysisAlgorithm):
    NAME = "linkcommunity"
    DISPLAY = "Link community data"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Links members (through their postcode centroid) and their survey responses, crimes (each distinct "
            "police.uk map point once) and classifications to the nearest street segment within the maximum "
            "distance and to the area that contains them, then builds insight for the period (start and end "
            "month, YYYY-MM; blank = all months of the crime data): STREET_INSIGHT (lines), AREA_INSIGHT "
            "(polygons) and FORCE_SUMMARY with members, active, opted out, households and registration rate, "
            "responses and response rate, mean trust and confidence with their n, top local priorities, crimes "
            "by police.uk category, harm-weighted crime, demographic coverage, dominant classification and IMD "
            "decile. Counts of people from 1 to SUPPRESS_BELOW - 1 are left empty, with the rates and survey figures "
            "that would give them back. Every "
            "record that does not link is listed in UNMATCHED with the reason (member, response and visit ids only with INCLUDE_IDS: they are personal data). "
            "Every figure is for the areas analysed: every area given, some of them (AREA_CODES) or a patch "
            "(PATCH); crimes, streets and members outside them are left out and counted in the log and in "
            "FORCE_SUMMARY (scope, crimes_left_out, members_left_out), whose households are those of the same "
            "areas. LINKED_MEMBERS (personal data) is only written when asked for.")
    STYLES = {"STREET_INSIGHT": "street_insight.qml", "AREA_INSIGHT": "area_insight.qml"}
    BASIC = ("MEMBERS", "SURVEYS", "CRIMES", "POSTCODES", "STREETS", "AREAS", "PERIOD_START", "PERIOD_END", "AREA_CODES")

    def add_own_parameters(self):
        self.addParameter(QgsProcessingParameterString("PERIOD_START", self.tr("Period start month (YYYY-MM)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("PERIOD_END", self.tr("Period end month (YYYY-MM)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterBoolean("INCLUDE_MEMBERS", self.tr(
            "Also write LINKED_MEMBERS (personal data: member id and postcode point)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean("INCLUDE_IDS", self.tr(
            "List member, response and visit ids in UNMATCHED (personal data)"), defaultValue=False))
        for key, label, typ in (("STREET_INSIGHT", QT_TRANSLATE_NOOP("LinkCommunity", "Street insight"), QgsProcessing.TypeVectorLine),
                                ("AREA_INSIGHT", QT_TRANSLATE_NOOP("LinkCommunity", "Area insight"), QgsProcessing.TypeVectorPolygon),
                                ("FORCE_SUMMARY", QT_TRANSLATE_NOOP("LinkCommunity", "Summary of the areas analysed"), QgsProcessing.TypeVector),
                                ("UNMATCHED", QT_TRANSLATE_NOOP("LinkCommunity", "Unmatched records"), QgsProcessing.TypeVector)):
            self.addParameter(QgsProcessingParameterFeatureSink(key, self.tr(label), typ))
        self.addParameter(QgsProcessingParameterFeatureSink("LINKED_MEMBERS", self.tr("Linked members (personal)"),
                                                            QgsProcessing.TypeVectorPoint, optional=True,
                                                            createByDefault=False))
        for key in ("CRIMES", "CRIMES_OUTSIDE", "MEMBERS", "MEMBERS_OUTSIDE", "RESPONSES", "UNMATCHED_COUNT"):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(key.replace("_", " ").lower())))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.analyse.secondary import protect_against_total
        clock = timing.Stopwatch()
        inp = self.inputs(parameters, context, feedback)      # first: the reads start before the heavy imports
        from ...core.analyse import insight as ins
        from ...core.link.scope import left_out_sentence
        from ...core.link.link import unmatched_for_output
        months = sorted(m for m in inp.crimes.month.unique() if m)
        period = period_from(self, parameters, context, "PERIOD_START", "PERIOD_END", months)
        cov = check_coverage(self, feedback, months, period)
        clock.lap(timing.READING)
        links = self.links(parameters, context, feedback, inp)
        clock.lap(timing.LINKING)
        feedback.pushInfo(self.tr("Insight for {0}…").format(period.name))
        res = ins.insight(links, inp, period, self.parameterAsInt(parameters, "SUPPRESS_BELOW", context))
        sc = links.scope
        n_out, m_out = len(sc.crimes_outside(period.start, period.end)), sc.members_outside(period.end_date)
        m_lost = sc.members_outside(period.end_date, located=False)     # postcode not in the lookup
        feedback.pushInfo(left_out_sentence(sc.name, {"crimes": n_out, "streets": sc.streets_out, "members": m_out},
                                            m_lost))
        m_out += m_lost
        clock.lap(timing.INSIGHT)
        feedback.setProgress(80)
        out = {
            "STREET_INSIGHT": write_layer(self, parameters, context, feedback, "STREET_INSIGHT", res.streets,
                                          QgsWkbTypes.MultiLineString, multi=True),
            "AREA_INSIGHT": write_layer(self, parameters, context, feedback, "AREA_INSIGHT",
                                        protect_against_total(res.areas, self.parameterAsInt(parameters, "SUPPRESS_BELOW", context)),
                                        QgsWkbTypes.MultiPolygon, multi=True),
            "FORCE_SUMMARY": write_layer(self, parameters, context, feedback, "FORCE_SUMMARY",
                                         res.force.assign(crime_coverage=cov.describe(), scope=sc.name,
                                                          crimes_left_out=n_out, members_left_out=m_out)),
            "UNMATCHED": write_layer(self, parameters, context, feedback, "UNMATCHED", unmatched_for_output(
                links.unmatched, self.parameterAsBool(parameters, "INCLUDE_IDS", context))),
        }
        if self.parameterAsBool(parameters, "INCLUDE_MEMBERS", context) and parameters.get("LINKED_MEMBERS"):
            m = links.members.dropna(subset=["easting"])
            cols = ["member_id", "postcode", "status", "street_id", "area_code", "lsoa21", "street_dist",
                    "easting", "northing"]
            sink, dest = self.sink(parameters, context, "LINKED_MEMBERS", make_fields(fields_of(m[cols])),
                                   QgsWkbTypes.Point, bng())
            write_frame(sink, m, cols, point_geoms(), feedback)
            out["LINKED_MEMBERS"] = dest
            feedback.pushWarning(self.tr("LINKED_MEMBERS holds personal data: do not share it."))
        r = res.reconciliation
        feedback.pushInfo(self.tr("Crimes {0:,} = in the areas analysed {1:,} + outside them {2:,}; of those in the "
                                  "areas: on streets {3:,} + no street {4:,}")
                          .format(r["crimes"] + n_out, r["crimes_in_areas"], n_out, r["crimes_on_streets"],
                                  r["crimes_no_street"]))
        feedback.pushInfo(self.tr("Members {0:,} = in the areas analysed {1:,} + left out {2:,}; responses in the "
                                  "areas analysed {3:,}").format(r["members"] + m_out, r["members"], m_out,
                                                                 r["responses"]))
        clock.lap(timing.WRITING)
        clock.report(feedback)
        out.update({"CRIMES": r["crimes"] + n_out, "CRIMES_OUTSIDE": n_out, "MEMBERS": r["members"] + m_out,
                    "MEMBERS_OUTSIDE": m_out, "RESPONSES": r["responses"],
                    "UNMATCHED_COUNT": len(links.unmatched)})
        return out
