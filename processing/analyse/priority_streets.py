"""lpt:prioritystreets - ranked, explained priority streets with recommended actions, and an HTML briefing."""
import configparser
import os

from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterEnum,
                       QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsWkbTypes)


from ...core.analyse.priority_config import COMPONENTS, PriorityConfig, PriorityWeights
from ..help import PLUGIN_DIR
from .link_community import period_from, write_layer
from .. import timing
from .base import AnalysisAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP

DEFAULTS = PriorityWeights()



# the score components' names as the weight labels show them (the codes are parameter names: W_HARM ...)
WEIGHT_LABELS = {"harm": QT_TRANSLATE_NOOP("PriorityStreets", "harm"), "hot": QT_TRANSLATE_NOOP("PriorityStreets", "hot"),
                 "trend": QT_TRANSLATE_NOOP("PriorityStreets", "trend"),
                 "concern": QT_TRANSLATE_NOOP("PriorityStreets", "concern"),
                 "confidence": QT_TRANSLATE_NOOP("PriorityStreets", "confidence"),
                 "vulnerability": QT_TRANSLATE_NOOP("PriorityStreets", "vulnerability"),
                 "engagement": QT_TRANSLATE_NOOP("PriorityStreets", "engagement")}

class PriorityStreets(AnalysisAlgorithm):
    NAME = "prioritystreets"
    DISPLAY = "Priority streets"
    GROUP, GROUP_ID = "Priorities", "priorities"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Ranks the streets of the areas given (every area, some of them by code with AREA_CODES, or a team's "
            "patch with PATCH) for the period; crimes, streets, places and members outside them are left out of "
            "every figure (percentiles, hot streets, totals, households) and counted in the log and the report. Each street is scored "
            "from seven components you weight: harm-weighted crime; hot streets (Getis-Ord Gi* over street segments, "
            "400 m band, FDR-corrected); significant rises on the previous period; residents' local priorities that "
            "match the crime here; low trust and confidence; deprivation and classification; the engagement gap "
            "(registration against households, no recent door-knocking). Each street gets a score of 0-100, one "
            "field per component, its top three reasons in plain words and the recommended actions of the rule "
            "table (resources/config/action_rules.csv, editable), each naming its rule. Writes an HTML briefing of "
            "the top streets with aggregate figures only. Survey and member figures are shrunk toward the street's "
            "area (empirical Bayes) and each score carries a 90% interval and a rank range from a bootstrap over "
            "members and their answers (REPLICATES; 0 = none). Crimes police.uk records at named places (car parks, "
            "supermarkets, nightclubs... resources/config/place_names.csv) are ranked apart in HOT_PLACES with "
            "actions for premises and partners. EQUALITY compares the top streets with all streets (Census 2021 "
            "ethnic group, deprivation) and estimates the association of the score and each component with the "
            "ethnic mix after crime controls. Every run also ranks the streets by crime risk alone (risk_score, "
            "risk_rank: crime over all months so far with recency weights, smoothed over neighbouring streets) and "
            "checks whether the ranks work: the share of the next months' crimes and harm on the top 1%, 5% and 10% "
            "of streets (hit rate) and the Predictive Accuracy Index, beside simple baselines (last period's count "
            "and harm, a kernel density, the count over all months), with bootstrap intervals for the differences "
            "(a back-test on the period itself when the next months are not in the data yet); and how much the top "
            "streets move when a weight changes by 10% or the period moves by a month. The report says it in plain "
            "words; FORECAST holds the table (accuracy, differences and stability rows), which lpt:briefingpack "
            "prints.")
    STYLES = {"PRIORITY_STREETS": "priority_streets.qml", "PRIORITY_AREAS": "priority_areas.qml",
              "HOT_PLACES": "hot_places.qml"}
    ALWAYS_CREATE = ("HOT_PLACES", "EQUALITY")    # a run that names none still gets them (temporary)
    PLACE_MODES = (QT_TRANSLATE_NOOP("PriorityStreets", "Kept apart: ranked as hot places, not in street scores"), QT_TRANSLATE_NOOP("PriorityStreets", "Also counted on the nearest street"))
    BASIC = ("MEMBERS", "SURVEYS", "CRIMES", "POSTCODES", "STREETS", "AREAS", "VISITS", "PERIOD_START", "PERIOD_END",
             "AREA_CODES", "TOP_N")

    def add_own_parameters(self):
        self.addParameter(QgsProcessingParameterString("PERIOD_START", self.tr("Period start month (YYYY-MM)"), optional=True))
        self.addParameter(QgsProcessingParameterString("PERIOD_END", self.tr("Period end month (YYYY-MM)"), optional=True))
        for c in COMPONENTS:
            self.addParameter(QgsProcessingParameterNumber(
                f"W_{c.upper()}", self.tr("Weight: {0}").format(self.tr(WEIGHT_LABELS.get(c, c))),
                QgsProcessingParameterNumber.Double,
                getattr(DEFAULTS, c), minValue=0, maxValue=100))
        self.addParameter(QgsProcessingParameterNumber("GI_DISTANCE", self.tr("Hot-street distance band (m)"),
                                                       QgsProcessingParameterNumber.Double, 400.0, minValue=10,
                                                       maxValue=5000))
        self.addParameter(QgsProcessingParameterNumber("ALPHA", self.tr("Significance level (FDR)"),
                                                       QgsProcessingParameterNumber.Double, 0.05, minValue=0.0001,
                                                       maxValue=0.5))
        self.addParameter(QgsProcessingParameterNumber("VISIT_MONTHS", self.tr("Door-knock visits count as recent for "
                                                       "(months)"), defaultValue=12, minValue=1,
                                                       maxValue=120))
        self.addParameter(QgsProcessingParameterFile("RULES", self.tr("Action rules (rule_id,condition,action); "
                                                     "default shipped table"), optional=True, fileFilter="CSV (*.csv)"))
        self.addParameter(QgsProcessingParameterNumber("TOP_N", self.tr("Streets in the report"), defaultValue=20,
                                                       minValue=1, maxValue=500))
        self.addParameter(QgsProcessingParameterEnum("PLACES", self.tr("Crimes at named places"),
                                                     [self.tr(m) for m in self.PLACE_MODES], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber("REPLICATES", self.tr("Bootstrap resamples (0 = no intervals)"),
                                                       defaultValue=200, minValue=0, maxValue=2000))
        self.addParameter(QgsProcessingParameterNumber("SURVEY_MONTHS", self.tr("Survey answers from the last "
                                                       "(months to the period's end)"), defaultValue=12, minValue=1,
                                                       maxValue=60))
        self.addParameter(QgsProcessingParameterString("TITLE", self.tr("Report title"), defaultValue="Priority streets",
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("PRIORITY_STREETS", self.tr("Priority streets"),
                                                            QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink("PRIORITY_AREAS", self.tr("Priority areas"),
                                                            QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink("HOT_PLACES", self.tr("Hot places"),
                                                            QgsProcessing.TypeVectorPoint, optional=True,
                                                            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink("EQUALITY", self.tr("Equality check"),
                                                            QgsProcessing.TypeVector, optional=True,
                                                            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink("FORECAST", self.tr("Forecast accuracy and stability (table)"),
                                                            QgsProcessing.TypeVector, optional=True,
                                                            createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination("REPORT", self.tr("HTML report"), "HTML (*.html)"))
        self.addOutput(QgsProcessingOutputNumber("STREETS", self.tr("Streets ranked")))
        self.addOutput(QgsProcessingOutputNumber("HOT_STREETS", self.tr("Hot streets")))
        self.addOutput(QgsProcessingOutputNumber("N_HOT_PLACES", self.tr("Places with crime")))
        for key, label in (("CRIMES_LEFT_OUT", "Crimes of the period outside the areas analysed (left out)"),
                           ("STREETS_LEFT_OUT", "Streets outside the areas analysed (left out)"),
                           ("HOT_PLACES_LEFT_OUT", "Places with crime outside the areas analysed (left out)")):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.analyse.priority import prioritise
        from ...core.report.report import render_priority_report, write_report
        clock = timing.Stopwatch()
        inp = self.inputs(parameters, context, feedback)
        months = sorted(m for m in inp.crimes.month.unique() if m)
        period = period_from(self, parameters, context, "PERIOD_START", "PERIOD_END", months)
        weights = PriorityWeights(**{c: self.parameterAsDouble(parameters, f"W_{c.upper()}", context) for c in COMPONENTS})
        cfg = PriorityConfig(weights=weights, gi_distance=self.parameterAsDouble(parameters, "GI_DISTANCE", context),
                             alpha=self.parameterAsDouble(parameters, "ALPHA", context),
                             visit_months=self.parameterAsInt(parameters, "VISIT_MONTHS", context),
                             suppress_below=self.parameterAsInt(parameters, "SUPPRESS_BELOW", context),
                             rules_path=self.parameterAsFile(parameters, "RULES", context) or "",
                             places_apart=self.parameterAsEnum(parameters, "PLACES", context) == 0,
                             replicates=self.parameterAsInt(parameters, "REPLICATES", context),
                             survey_months=self.parameterAsInt(parameters, "SURVEY_MONTHS", context),
                             top_n=self.parameterAsInt(parameters, "TOP_N", context))
        clock.lap(timing.READING)
        links = self.links(parameters, context, feedback, inp)
        clock.lap(timing.LINKING)
        feedback.pushInfo(self.tr("Ranking streets for {0}…").format(period.name))
        res = prioritise(links, inp, period, cfg, progress=lambda f: feedback.setProgress(40 + 0.5 * f),
                         is_cancelled=feedback.isCanceled)
        clock.lap(timing.RANKING)
        for note in res.summary["notes"]:
            feedback.pushWarning(note)
        checks = res.checks or {}
        for line in checks.get("forecast_sentences", []) + checks.get("stability_sentences", []):
            feedback.pushInfo(line)
        for line in res.summary["equality"]:
            feedback.pushInfo(self.tr("Equality check: {0}").format(line))
        meta = configparser.ConfigParser()
        meta.read(os.path.join(PLUGIN_DIR, "metadata.txt"))
        html = render_priority_report(res, self.parameterAsString(parameters, "TITLE", context) or "Priority streets",
                                      self.parameterAsInt(parameters, "TOP_N", context), cfg.suppress_below,
                                      meta["general"].get("version", ""))
        report = write_report(html, self.parameterAsFileOutput(parameters, "REPORT", context))
        from ...core.analyse.forecast_run import output_table
        forecast = output_table(checks, cfg.top_n)          # accuracy, differences and stability rows
        top = res.streets.head(5)
        for r in top.itertuples():
            feedback.pushInfo(f"{r.rank}. {r.name} ({r.score:.1f}): {r.reason1}")
        out = {
            "PRIORITY_STREETS": write_layer(self, parameters, context, feedback, "PRIORITY_STREETS", res.streets,
                                            QgsWkbTypes.MultiLineString, multi=True),
            "PRIORITY_AREAS": write_layer(self, parameters, context, feedback, "PRIORITY_AREAS", res.areas,
                                          QgsWkbTypes.MultiPolygon, multi=True),
            "HOT_PLACES": write_layer(self, parameters, context, feedback, "HOT_PLACES", res.places, QgsWkbTypes.Point),
            "EQUALITY": write_layer(self, parameters, context, feedback, "EQUALITY", res.equality),
            "FORECAST": write_layer(self, parameters, context, feedback, "FORECAST", forecast)
            if len(forecast) and parameters.get("FORECAST") else None,
            "REPORT": report, "STREETS": len(res.streets), "HOT_STREETS": int(res.summary["hot_streets"]),
            "N_HOT_PLACES": len(res.places),
            "CRIMES_LEFT_OUT": res.summary["left_out"]["crimes"], "STREETS_LEFT_OUT": res.summary["left_out"]["streets"],
            "HOT_PLACES_LEFT_OUT": res.summary["left_out"]["hot places"],
        }
        clock.lap(timing.REPORT_WRITING)
        clock.report(feedback)
        return out
