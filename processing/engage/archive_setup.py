"""lpt:archivesetup - close a set-up: archived, never deleted (its list, visits and reports are kept)."""
from qgis.core import QgsProcessingOutputString, QgsProcessingParameterString

from ...core.errors import LptInputError
from ..catalogue import QT_TRANSLATE_NOOP
from .base import LoopAlgorithm


class ArchiveSetup(LoopAlgorithm):
    NAME = "archivesetup"
    DISPLAY = "Archive door-knocking set-up"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Archives a set-up of the workspace: its status becomes archived and it no longer appears among the open "
            "set-ups. Nothing is deleted: its target list, recorded visits and progress reports are all kept. "
            "Archiving an archived set-up changes nothing and says so.")
    BASIC = ("WORKSPACE", "SETUP_ID")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_workspace()
        self.addParameter(QgsProcessingParameterString("SETUP_ID", self.tr("Set-up id (e.g. S0001)")))
        self.addOutput(QgsProcessingOutputString("STATUS", self.tr("What happened")))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.engage import setups as S
        setup_id = (self.parameterAsString(parameters, "SETUP_ID", context) or "").strip().upper()
        if not setup_id:
            raise LptInputError(self.tr("no set-up id given"), "SETUP_ID",
                                self.tr("give the id lpt:createsetup returned, e.g. S0001."))
        with self.open_workspace(parameters, context) as store:
            said = S.archive(store, setup_id)
        feedback.pushInfo(said)
        return {"STATUS": said}
