"""tr() for the dialogs: pylupdate5 files bare ``tr("...")`` calls under the default context (@default)."""
from qgis.PyQt.QtCore import QCoreApplication

from ..core.i18n import QT_TRANSLATE_NOOP  # noqa: F401 - the dialogs import it from here


def tr(text: str) -> str:
    for context in ("@default", ""):
        t = QCoreApplication.translate(context, text)
        if t != text:
            return t
    return text

