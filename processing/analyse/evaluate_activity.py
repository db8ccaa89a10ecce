"""lpt:evaluateactivity - did a set-up or other targeted activity change anything? (issue #26)"""
import configparser
import os
import re

from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterDistance, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsWkbTypes)

from ...core.errors import LptInputError
from ..catalogue import QT_TRANSLATE_NOOP
from ..help import PLUGIN_DIR
from .base import AnalysisAlgorithm
from .link_community import write_layer

DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$")


class EvaluateActivity(AnalysisAlgorithm):
    NAME = "evaluateactivity"
    DISPLAY = "Evaluate targeted activity"
    GROUP, GROUP_ID = "Priorities", "priorities"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Did a set-up or other targeted activity change anything? Takes a set-up of the workspace (SETUP_ID: "
            "its target streets, from its start date) or a list of street ids (TARGET_STREETS) and an "
            "INTERVENTION_DATE, and compares crime, harm-weighted crime, anti-social behaviour, new registrations, "
            "survey responses and trust and confidence in the months before and after on the target streets with "
            "comparison streets matched on prior crime, deprivation (IMD) and classification (OAC) that were not "
            "targeted and are not next to a target. The estimate is a difference-in-differences with a permutation "
            "test (p); the surrounding streets (within BUFFER of a target) are compared the same way to show "
            "displacement (crime moving next door) or a diffusion of benefits. When the counts are too small it "
            "says 'not enough data to say'. An association after matching, not proof of cause. RESULTS holds the "
            "table, EVAL_STREETS the streets by role, REPORT the same in plain words (aggregate figures only).")
    STYLES = {"EVAL_STREETS": "evaluation_streets.qml"}
    BASIC = ("WORKSPACE", "SETUP_ID", "TARGET_STREETS", "INTERVENTION_DATE", "MONTHS_BEFORE", "MONTHS_AFTER")

    def add_own_parameters(self):
        self.addParameter(QgsProcessingParameterString("SETUP_ID", self.tr("Set-up id (e.g. S0001; needs WORKSPACE)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("TARGET_STREETS", self.tr(
            "Or target street ids, separated by ; or ,"), optional=True))
        self.addParameter(QgsProcessingParameterString("INTERVENTION_DATE", self.tr(
            "Intervention date (YYYY-MM-DD or YYYY-MM; blank: the set-up's start date)"), optional=True))
        for key, label, default in (("MONTHS_BEFORE", QT_TRANSLATE_NOOP("EvaluateActivity", "Months before"), 6), ("MONTHS_AFTER", QT_TRANSLATE_NOOP("EvaluateActivity", "Months after"), 6),
                                    ("COMPARISONS", QT_TRANSLATE_NOOP("EvaluateActivity", "Comparison streets per target street"), 3)):
            self.addParameter(QgsProcessingParameterNumber(key, self.tr(label), defaultValue=default, minValue=1,
                                                           maxValue=36 if key != "COMPARISONS" else 10))
        self.addParameter(QgsProcessingParameterDistance("BUFFER", self.tr("Surrounding streets within (m)"),
                                                         defaultValue=250.0, minValue=10, maxValue=5000))
        self.addParameter(QgsProcessingParameterNumber("PERMUTATIONS", self.tr("Permutations of the test"),
                                                       defaultValue=999, minValue=99, maxValue=20000))
        self.addParameter(QgsProcessingParameterNumber("ALPHA", self.tr("Significance level"),
                                                       QgsProcessingParameterNumber.Double, 0.05, minValue=0.001,
                                                       maxValue=0.5))
        self.addParameter(QgsProcessingParameterString("TITLE", self.tr("Report title"),
                                                       defaultValue="Targeted activity", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("RESULTS", self.tr("Evaluation (table)"),
                                                            QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink("EVAL_STREETS", self.tr("Streets compared"),
                                                            QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFileDestination("REPORT", self.tr("HTML report"), "HTML (*.html)"))
        self.addOutput(QgsProcessingOutputNumber("TARGETS", self.tr("Target streets")))
        self.addOutput(QgsProcessingOutputNumber("CRIME_P", self.tr("p-value for crime on the target streets")))
        self.addOutput(QgsProcessingOutputString("CRIME_VERDICT", self.tr("What the crime comparison says")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        ok, msg = super().checkParameterValues(parameters, context)
        setup = (self.parameterAsString(parameters, "SETUP_ID", context) or "").strip()
        streets = (self.parameterAsString(parameters, "TARGET_STREETS", context) or "").strip()
        date = (self.parameterAsString(parameters, "INTERVENTION_DATE", context) or "").strip()
        if ok and bool(setup) == bool(streets):
            return False, self.tr("Give either a set-up (SETUP_ID) or target streets (TARGET_STREETS), not both.")
        if ok and setup and not (self.parameterAsFile(parameters, "WORKSPACE", context) or "").strip():
            return False, self.tr("A set-up is read from the workspace: give WORKSPACE.")
        if ok and streets and not date:
            return False, self.tr("Target streets need an intervention date (INTERVENTION_DATE).")
        if ok and date and not DATE_RE.match(date):
            return False, self.tr("INTERVENTION_DATE '{0}' is not YYYY-MM-DD or YYYY-MM.").format(date)
        return ok, msg

    def _targets(self, parameters, context):
        """(street ids, intervention month, what was evaluated) from the set-up or the list given."""
        setup = (self.parameterAsString(parameters, "SETUP_ID", context) or "").strip().upper()
        date = (self.parameterAsString(parameters, "INTERVENTION_DATE", context) or "").strip()
        if not setup:
            ids = [s.strip() for s in re.split(r"[;,]", self.parameterAsString(parameters, "TARGET_STREETS", context))]
            return [s for s in ids if s], date[:7], self.tr("{0} target streets from {1}").format(len(ids), date)
        from ...core.store.workspace import open_store
        with open_store(self.parameterAsFile(parameters, "WORKSPACE", context).strip(), create=False) as store:
            rows = store.read_table("lpt_setups") if store.has_table("lpt_setups") else None
            if rows is None or setup not in set(rows.setup_id.astype(str)):
                raise LptInputError(self.tr("the workspace has no set-up '{0}'").format(setup), "SETUP_ID",
                                    self.tr("give an id lpt:createsetup returned."))
            row = rows[rows.setup_id.astype(str) == setup].iloc[0]
            targets = store.read_table("lpt_setup_targets", where={"setup_id": [setup]})
        start = date or str(row.start_date or "") or str(row.created_at or "")[:10]
        if not DATE_RE.match(start[:10]):
            raise LptInputError(self.tr("set-up {0} has no start date").format(setup), "INTERVENTION_DATE",
                                self.tr("give the date it started."))
        ids = sorted(set(targets.street_id.astype(str)) - {""})
        return ids, start[:7], self.tr("Set-up {0} ({1}): {2} target streets from {3}").format(
            setup, row["name"], len(ids), start[:10])

    def run_algorithm(self, parameters, context, feedback):
        from ...core.analyse import evaluate as E
        from ...core.analyse.evaluate_panel import from_links
        from ...core.analyse.evaluate_words import sentences
        from ...core.analyse.insight import load_harm_weights
        ids, month, what = self._targets(parameters, context)
        inp = self.inputs(parameters, context, feedback)
        links = self.links(parameters, context, feedback, inp)
        feedback.setProgress(50)
        if feedback.isCanceled():
            return {}
        harm_w = inp.harm_weights if inp.harm_weights is not None else load_harm_weights()
        panel = from_links(links, inp.streets, harm_w)
        unknown = [s for s in ids if s not in panel.streets.index]
        if not ids or len(unknown) == len(ids):
            raise LptInputError(self.tr("none of the target streets is among the streets analysed"), "TARGET_STREETS",
                                self.tr("give street ids of the streets layer or workspace (street_id)."))
        if unknown:
            feedback.pushWarning(self.tr("{0} target streets are not among the streets analysed and are left out: "
                                         "{1}").format(len(unknown), ", ".join(unknown[:10])))
        cfg = self._config(parameters, context)
        gaps = self._crime_gaps(panel, month, cfg, feedback)
        res = E.evaluate(panel, ids, month, cfg)
        feedback.setProgress(80)
        words = sentences(res.table, res.before, res.after, cfg.alpha) + gaps
        for line in [what] + words:
            feedback.pushInfo(line)
        return self._write(parameters, context, feedback, res, cfg, what, words, inp, len(ids) - len(unknown))

    def _crime_gaps(self, panel, month, cfg, feedback):
        """Months of the windows without crime data: warned of (and said in the report) when some are missing, an
        error when a whole window is (its crime would read as none, or as a fall)."""
        from ...core.analyse.evaluate import missing_crime_months
        lost_before, lost_after = missing_crime_months(panel, month, cfg)
        held = "{0} - {1}".format(panel.crime_months[0], panel.crime_months[-1]) if panel.crime_months else ""
        for lost, n, which in ((lost_before, cfg.months_before, "MONTHS_BEFORE"),
                               (lost_after, cfg.months_after, "MONTHS_AFTER")):
            if n and len(lost) == n:
                raise LptInputError(self.tr("no crime data for any of the {0} months of the window ({1}); the "
                                            "crimes held are of {2}").format(n, ", ".join(lost), held), which,
                                    self.tr("import those months of crime, or choose another INTERVENTION_DATE or "
                                            "window."))
        lost = lost_before + lost_after
        if not lost:
            return []
        text = self.tr("Crime figures leave out {0} month(s) without crime data: {1} (the crimes held are of {2}); "
                       "they compare fewer months than asked").format(len(lost), ", ".join(lost), held)
        feedback.pushWarning(text)
        return [text]

    def _config(self, parameters, context):
        from ...core.analyse.evaluate import EvalConfig
        num = lambda k: self.parameterAsInt(parameters, k, context)  # noqa: E731
        return EvalConfig(months_before=num("MONTHS_BEFORE"), months_after=num("MONTHS_AFTER"),
                          buffer_m=self.parameterAsDouble(parameters, "BUFFER", context), k=num("COMPARISONS"),
                          permutations=num("PERMUTATIONS"), alpha=self.parameterAsDouble(parameters, "ALPHA", context),
                          suppress=num("SUPPRESS_BELOW"))

    def _write(self, parameters, context, feedback, res, cfg, what, words, inp, n_targets):
        from ...core.report.evaluate_report import render_evaluation
        from ...core.report.report import write_report
        meta = configparser.ConfigParser()
        meta.read(os.path.join(PLUGIN_DIR, "metadata.txt"))
        html = render_evaluation(res, cfg, self.parameterAsString(parameters, "TITLE", context) or "Targeted activity",
                                 what, words, meta["general"].get("version", ""))
        crime = res.table[(res.table.group == "targets") & (res.table.measure == "crimes")].iloc[0]
        lines = inp.streets.assign(street_id=inp.streets.street_id.astype(str))
        lines = lines[lines.street_id.isin(res.roles.index)].copy()
        lines["role"] = lines.street_id.map(res.roles)
        lines = lines[["street_id", "name", "role", "geometry"]]
        return {"RESULTS": write_layer(self, parameters, context, feedback, "RESULTS", res.table),
                "EVAL_STREETS": write_layer(self, parameters, context, feedback, "EVAL_STREETS", lines,
                                            QgsWkbTypes.MultiLineString, multi=True),
                "REPORT": write_report(html, self.parameterAsFileOutput(parameters, "REPORT", context)),
                "TARGETS": n_targets, "CRIME_P": float(crime.p_value) if crime.p_value == crime.p_value else None,
                "CRIME_VERDICT": str(crime.verdict)}
