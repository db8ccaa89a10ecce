"""The message language, as the Processing algorithm and the message dock offer it: English, Welsh, or bilingual
(Welsh first, then English); bilingual by default when QGIS runs in Welsh, English otherwise."""
from __future__ import annotations

from qgis.core import QgsProcessingParameterEnum

from ..core.engage.message_templates import LANGUAGE_LABELS, LANGUAGES, default_language
from ..core.i18n import tr
from .translation import qgis_locale


def ui_language() -> str:
    """The language of the user interface's template titles: Welsh when QGIS runs in Welsh, else English."""
    return "cy" if qgis_locale() == "cy" else "en"


def language_labels() -> list:
    return [tr(label) for label in LANGUAGE_LABELS]


def default_index() -> int:
    return LANGUAGES.index(default_language(qgis_locale()))


def language_parameter(description: str) -> QgsProcessingParameterEnum:
    """LANGUAGE: 0 English, 1 Welsh, 2 bilingual (Welsh first)."""
    return QgsProcessingParameterEnum("LANGUAGE", description, language_labels(), defaultValue=default_index())
