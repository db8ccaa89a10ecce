"""Legends in the user's language: the class and rule labels the shipped QML styles (resources/styles) give, and
the units of the choropleth classes, looked up under the context ``styles`` (scripts/translations.py gathers the
labels from the QML files). A label a force wrote into its own style is not in the catalogue and stays as written."""
from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from ..core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "styles"


HARM_UNIT = QT_TRANSLATE_NOOP("styles", "harm points")
SCORE_UNIT = QT_TRANSLATE_NOOP("styles", "score (mean of the top 5 streets, of 100)")
UNITS = (HARM_UNIT, SCORE_UNIT, "%")          # the units of the choropleth classes


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


def _rules(rule) -> None:
    for child in rule.children():
        child.setLabel(_tr(child.label()))
        _rules(child)


def _range_label(label: str, units) -> str:
    """'23,162 – 40,240 harm points' with the unit in the user's language (the figures as they are)."""
    for unit in units:
        for sep in (" ", ""):
            if unit and label.endswith(sep + unit):
                return label[: len(label) - len(unit)] + _tr(unit)
    return label


def translate_legend(layer) -> bool:
    """Translate ``layer``'s legend labels in place; True when the renderer is one that has labels."""
    r = layer.renderer() if layer is not None else None
    kind = r.type() if r is not None else ""
    if kind == "categorizedSymbol":
        for i, cat in enumerate(r.categories()):
            r.updateCategoryLabel(i, _tr(cat.label()))
    elif kind == "graduatedSymbol":
        for i, rng in enumerate(r.ranges()):
            r.updateRangeLabel(i, _range_label(rng.label(), UNITS))
    elif kind == "RuleRenderer":
        _rules(r.rootRule())
    else:
        return False
    return True
