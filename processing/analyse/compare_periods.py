"""lpt:compareperiods - two periods at street, area and force level, with significance tests."""
from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsWkbTypes)



from .link_community import check_coverage, write_layer
from .. import timing
from .base import AnalysisAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP
from ..styling import state_alpha


class ComparePeriods(AnalysisAlgorithm):
    NAME = "compareperiods"
    DISPLAY = "Compare periods"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Compares two periods (e.g. this quarter and last, or year on year) at street, area and force level: "
            "the value in each period, the change and the percentage change (monthly rates when the periods "
            "differ in length), and a significance flag. Counts (crimes in total and by category, new members, "
            "responses) use the exact conditional binomial test, so small-number noise is not flagged; mean "
            "trust and confidence use Welch's two-sample t-test on the individual answers. *_p is each unit's own "
            "p-value and *_q its Benjamini-Hochberg q-value across all streets (or all areas); *_sig and "
            "crime_trend mean significant after this false-discovery-rate adjustment: *_q below the significance "
            "level (kept in the alpha column). Blank periods: the latest month of the crime data against the month "
            "before.")
    STYLES = {"STREET_CHANGE": "street_change.qml", "AREA_CHANGE": "area_change.qml"}
    BASIC = ("MEMBERS", "SURVEYS", "CRIMES", "POSTCODES", "STREETS", "AREAS", "P1_START", "P1_END", "P2_START", "P2_END")

    def add_own_parameters(self):
        for key, label in (("P1_START", QT_TRANSLATE_NOOP("ComparePeriods", "First period start (YYYY-MM)")), ("P1_END", QT_TRANSLATE_NOOP("ComparePeriods", "First period end")),
                           ("P2_START", QT_TRANSLATE_NOOP("ComparePeriods", "Second period start")), ("P2_END", QT_TRANSLATE_NOOP("ComparePeriods", "Second period end"))):
            self.addParameter(QgsProcessingParameterString(key, self.tr(label), optional=True))
        self.addParameter(QgsProcessingParameterNumber("ALPHA", self.tr("Significance level (FDR)"),
                                                       QgsProcessingParameterNumber.Double, 0.05, minValue=0.0001,
                                                       maxValue=0.5))
        for key, label, typ in (("STREET_CHANGE", QT_TRANSLATE_NOOP("ComparePeriods", "Street change"), QgsProcessing.TypeVectorLine),
                                ("AREA_CHANGE", QT_TRANSLATE_NOOP("ComparePeriods", "Area change"), QgsProcessing.TypeVectorPolygon),
                                ("FORCE_CHANGE", QT_TRANSLATE_NOOP("ComparePeriods", "Force change"), QgsProcessing.TypeVector)):
            self.addParameter(QgsProcessingParameterFeatureSink(key, self.tr(label), typ))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.analyse.trends import compare
        from ...core.analyse import insight as ins
        import pandas as pd
        clock = timing.Stopwatch()
        inp = self.inputs(parameters, context, feedback)
        months = sorted(m for m in inp.crimes.month.unique() if m)
        get = lambda k: (self.parameterAsString(parameters, k, context) or "").strip()  # noqa: E731
        last = months[-1] if months else ""
        prev = str(pd.Period(last, freq="M") - 1) if last else ""
        p1 = ins.Period(get("P1_START") or prev, get("P1_END") or get("P1_START") or prev)
        p2 = ins.Period(get("P2_START") or last, get("P2_END") or get("P2_START") or last)
        for p in (p1, p2):
            check_coverage(self, feedback, months, p)
        feedback.pushInfo(self.tr("Comparing {0} with {1}…").format(p1.name, p2.name))
        clock.lap(timing.READING)
        links = self.links(parameters, context, feedback, inp)
        clock.lap(timing.LINKING)
        cmp = compare(links, inp, p1, p2, self.parameterAsDouble(parameters, "ALPHA", context),
                      self.parameterAsInt(parameters, "SUPPRESS_BELOW", context))
        clock.lap(timing.COMPARISON)
        feedback.setProgress(85)
        if cmp.note:
            feedback.pushWarning(self.tr("Crime changes are {0}; none is called significant.").format(cmp.note))
        f = cmp.force.iloc[0]
        feedback.pushInfo(self.tr("Force: crimes {0:,} -> {1:,} ({2:+.1f}%, p={3:.3g}, one test)").format(
            int(f.crimes_1), int(f.crimes_2), f.crimes_pct if pd.notna(f.crimes_pct) else 0.0, f.crimes_p))
        alpha = self.parameterAsDouble(parameters, "ALPHA", context)
        for level, df in ((self.tr("Areas"), cmp.areas), (self.tr("Streets"), cmp.streets)):
            feedback.pushInfo(self.tr("{0} with a change in crime significant after FDR (q < {1:g}): {2:,} of {3:,} "
                                      "({4:,} had p < {1:g} before the adjustment)").format(
                level, alpha, int(df.crimes_sig.sum()), len(df), int((df.crimes_p < alpha).sum())))
        out = {
            "STREET_CHANGE": write_layer(self, parameters, context, feedback, "STREET_CHANGE", cmp.streets,
                                         QgsWkbTypes.MultiLineString, multi=True),
            "AREA_CHANGE": write_layer(self, parameters, context, feedback, "AREA_CHANGE", cmp.areas,
                                       QgsWkbTypes.MultiPolygon, multi=True),
            "FORCE_CHANGE": write_layer(self, parameters, context, feedback, "FORCE_CHANGE", cmp.force),
        }
        clock.lap(timing.WRITING)
        clock.report(feedback)
        return out

    def postProcessAlgorithm(self, context, feedback):
        """The stored styles, then each loaded layer's legend states the level its flags were decided at (q < 0.05).
        The style saved in the GeoPackage keeps 'q < α' (the layer's alpha column): saving it a second time from
        here blocks on the file QGIS still holds."""
        from qgis.core import QgsProcessingUtils, QgsVectorLayer
        out = super().postProcessAlgorithm(context, feedback)
        for key in self.STYLES:
            dest = self._dest_ids.get(key)
            layer = QgsProcessingUtils.mapLayerFromString(dest, context) if dest else None
            if isinstance(layer, QgsVectorLayer) and state_alpha(layer):
                layer.triggerRepaint()
        return out
