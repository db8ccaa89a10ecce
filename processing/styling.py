"""Choropleths with legend classes: graduated renderers whose classes come from the output's own values.

A fixed QML cannot hold class breaks that fit every force and period, so after the QML (labels, outlines)
is applied, each choropleth gets a graduated renderer: quantile classes of one field, a sequential ramp
that stays ordered in greyscale print, one legend entry per class. Zero-valued features get their own
class label (a class of one value reads "0", not "0 – 0"). Every class label says its unit: harm-weighted crime
in harm points (the sum of each crime's weight in resources/config/harm_weights.csv, indicative weights in the
order of the ONS Crime Severity Score), scores out of 100, rates in %.
"""
from qgis.core import (QgsClassificationQuantile, QgsFillSymbol, QgsGradientColorRamp, QgsGraduatedSymbolRenderer,
                       QgsLineSymbol, QgsStyle)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..qgisio.legend_words import HARM_UNIT, SCORE_UNIT
# output key -> (field, colour ramp, classes, unit of the field)
CHOROPLETHS = {
    "AREA_INSIGHT": ("harm", "Reds", 5, HARM_UNIT),
    "STREET_INSIGHT": ("harm", "Reds", 5, HARM_UNIT),
    "PRIORITY_AREAS": ("mean_top5", "Oranges", 5, SCORE_UNIT),
    "AREA_RATES": ("reply_rate", "Blues", 5, "%"),
}


def with_unit(text: str, unit: str) -> str:
    """'2.1 – 4.0%', '23,162 – 40,240 harm points' (the unit in the user's language)."""
    if unit == "%" or not unit:
        return f"{text}{unit}"
    return f"{text} {QCoreApplication.translate('styles', unit)}"


def ramp(name: str):
    r = QgsStyle.defaultStyle().colorRamp(name)
    return r if r is not None else QgsGradientColorRamp(QColor("#fee5d9"), QColor("#a50f15"))


def graduate(layer, field: str, ramp_name: str, classes: int = 5, unit: str = "") -> bool:
    """Quantile classes of ``field`` with a legend entry each (labels with thousands separators and the unit)."""
    idx = layer.fields().indexOf(field)
    if idx < 0 or layer.featureCount() == 0:
        return False
    line = layer.geometryType() == 1
    base = QgsLineSymbol.createSimple({"line_width": "0.6"}) if line else \
        QgsFillSymbol.createSimple({"outline_color": "#1d3557", "outline_width": "0.4"})
    r = QgsGraduatedSymbolRenderer(field)
    r.setSourceSymbol(base)
    r.setSourceColorRamp(ramp(ramp_name))
    r.setClassificationMethod(QgsClassificationQuantile())
    r.updateClasses(layer, classes)
    for i, rng in enumerate(r.ranges()):
        lo, hi = rng.lowerValue(), rng.upperValue()
        digits = 0 if hi >= 10 else 1
        text = f"{lo:,.{digits}f}" if lo == hi else f"{lo:,.{digits}f} – {hi:,.{digits}f}"
        r.updateRangeLabel(i, with_unit(text, unit))
    if line:
        for i, rng in enumerate(r.ranges()):
            sym = rng.symbol().clone()
            sym.setWidth(0.3 + 0.35 * i)
            r.updateRangeSymbol(i, sym)
    layer.setRenderer(r)
    return True


def state_alpha(layer) -> bool:
    """A change layer's legend says 'significant after FDR (q < α)': α becomes the level of the run (the
    layer's ``alpha`` field, the level its ``*_sig`` flags and ``crime_trend`` were decided at)."""
    idx = layer.fields().indexOf("alpha")
    renderer = layer.renderer()
    if idx < 0 or renderer is None or renderer.type() != "RuleRenderer":
        return False
    alpha = next((f.attribute(idx) for f in layer.getFeatures()), None)
    if alpha is None:
        return False
    for rule in renderer.rootRule().children():
        rule.setLabel(rule.label().replace("α", f"{float(alpha):g}"))
    return True
