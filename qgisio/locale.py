"""The language QGIS runs in, and the message languages offered in it - shared by processing/ and dialogs/."""
from __future__ import annotations

from qgis.PyQt.QtCore import QLocale, QSettings

from ..core.engage.message_templates import LANGUAGE_LABELS, LANGUAGES, default_language
from ..core.i18n import tr


def qgis_locale() -> str:
    """The user's override when set (Settings > Options > General), else the system's: 'cy', 'en', ..."""
    s = QSettings()
    override = str(s.value("locale/overrideFlag", False)).lower() in ("true", "1")
    name = s.value("locale/userLocale", "") if override else ""
    return (name or QLocale().name() or "en")[0:2]


def ui_language() -> str:
    """The language of the user interface's template titles: Welsh when QGIS runs in Welsh, else English."""
    return "cy" if qgis_locale() == "cy" else "en"


def language_labels() -> list:
    """English, Welsh, bilingual (Welsh first) - in the user's language."""
    return [tr(label) for label in LANGUAGE_LABELS]


def default_index() -> int:
    """Bilingual when QGIS runs in Welsh, English otherwise (an index of LANGUAGES)."""
    return LANGUAGES.index(default_language(qgis_locale()))
