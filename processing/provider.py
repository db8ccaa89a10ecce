"""The Processing provider ``lpt`` (Local Priority Targeting)."""
import importlib

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithm import ICON
from .catalogue import CATALOGUE
from .unavailable import Unavailable


def algorithm_classes():
    """The real algorithm classes, in catalogue order (imports pandas, shapely, ...)."""
    return [getattr(importlib.import_module(f"{__package__}.{e.module}"), e.cls) for e in CATALOGUE]


class LptProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "lpt"

    def name(self) -> str:
        return "Local Priority Targeting"

    def longName(self) -> str:
        return self.name()

    def icon(self):
        return QIcon(ICON)

    def loadAlgorithms(self):
        from ..core import deps
        from .translation import install_translation
        install_translation()                 # qgis_process starts here too: core's sentences in the user's language
        problems = deps.missing()
        if problems:      # never import what cannot load: every algorithm says what is missing instead
            for entry in CATALOGUE:
                self.addAlgorithm(Unavailable(entry, deps.summary(problems), ICON))
            return
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
