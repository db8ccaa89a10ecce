"""The LANGUAGE parameter of the message algorithm: English, Welsh, or bilingual (Welsh first, then English);
bilingual by default when QGIS runs in Welsh, English otherwise (the choices: qgisio/locale.py, shared with the
message dock)."""
from __future__ import annotations

from qgis.core import QgsProcessingParameterEnum

from ..qgisio.locale import default_index, language_labels


def language_parameter(description: str) -> QgsProcessingParameterEnum:
    """LANGUAGE: 0 English, 1 Welsh, 2 bilingual (Welsh first)."""
    return QgsProcessingParameterEnum("LANGUAGE", description, language_labels(), defaultValue=default_index())
