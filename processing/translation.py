"""Loads the plugin's translation for the QGIS locale, once, for the Qt side and for ``core/`` alike."""
from __future__ import annotations

import os
from typing import Dict, Optional

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..core import i18n
from ..qgisio.locale import qgis_locale
from .help import PLUGIN_DIR

_translator: Optional[QTranslator] = None
_by_language: Dict[str, QTranslator] = {}


def install_translation(locale: Optional[str] = None) -> Optional[str]:
    """Install ``i18n/lpt_<locale>.qm`` when it exists; ``core`` looks its sentences up through the same
    translator. Returns the .qm loaded, or None (English, the source language)."""
    global _translator
    i18n.install(QCoreApplication.translate)
    register_languages()
    if _translator is not None:
        return _translator.objectName() or None
    qm = os.path.join(PLUGIN_DIR, "i18n", f"lpt_{locale or qgis_locale()}.qm")
    if not os.path.exists(qm):
        return None
    translator = QTranslator()
    if not translator.load(qm):
        return None
    translator.setObjectName(qm)
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return qm


def register_languages() -> None:
    """Every shipped ``i18n/lpt_<lang>.qm`` is loaded (not installed) so that ``core`` can write a text in that
    language whatever QGIS runs in (:func:`core.i18n.in_language`: a message in Welsh and English)."""
    folder = os.path.join(PLUGIN_DIR, "i18n")
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        lang = name[4:-3]
        if not (name.startswith("lpt_") and name.endswith(".qm")) or lang in _by_language:
            continue
        translator = QTranslator()
        if translator.load(os.path.join(folder, name)):
            _by_language[lang] = translator
            i18n.register_language(lang, lambda context, text, t=translator: t.translate(context, text) or text)


def remove_translation() -> None:
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
