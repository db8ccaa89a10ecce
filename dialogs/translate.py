"""tr() for the dialogs: pylupdate5 files bare ``tr("...")`` calls under the default context (@default)."""
from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    for context in ("@default", ""):
        t = QCoreApplication.translate(context, text)
        if t != text:
            return t
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - marks literals for pylupdate5
    return text
