"""Stand-in for an algorithm whose Python packages are missing: it says what is missing and the fix."""
from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .catalogue import Entry


class Unavailable(QgsProcessingAlgorithm):
    """Same id, name and group as the real algorithm; running it (dialog or qgis_process) gives one line."""

    def __init__(self, entry: Entry, message: str, icon: str):
        super().__init__()
        self.entry, self.message, self._icon = entry, message, icon

    def createInstance(self):
        return Unavailable(self.entry, self.message, self._icon)

    def name(self):
        return self.entry.name

    def displayName(self):
        return QCoreApplication.translate("LptAlgorithm", self.entry.display)

    def group(self):
        return QCoreApplication.translate("LptAlgorithm", self.entry.group)

    def groupId(self):
        return self.entry.group_id

    def shortHelpString(self):
        return self.message

    def icon(self):
        return QIcon(self._icon)

    def initAlgorithm(self, config=None):
        pass

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        return False, self.message

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        raise QgsProcessingException(self.message)
