"""The base of the engagement-loop algorithms (:class:`LoopAlgorithm`): a required WORKSPACE that holds the
loop's set-ups, lists, visits and audit; opened checked, written through core/ only."""
import getpass

from qgis.core import QgsProcessingParameterDefinition, QgsProcessingParameterDistance

from ...core.errors import LptInputError
from ..algorithm import LptAlgorithm


class LoopAlgorithm(LptAlgorithm):
    GROUP, GROUP_ID = "Engagement loop", "loop"

    def add_workspace(self) -> None:
        from ..workspace_param import workspace_parameter
        self.addParameter(workspace_parameter(self.tr("Workspace (GeoPackage, or a PostGIS connection: pg:NAME, "
                                                      "service=NAME)")))

    def open_workspace(self, parameters, context):
        """The workspace, checked and migrated (it must exist: the loop starts from imported, linked data)."""
        from ...core.store.workspace import open_store
        from ..workspace_param import refuse_outputs_onto
        path = (self.parameterAsFile(parameters, "WORKSPACE", context) or "").strip()
        if not path:
            raise LptInputError(self.tr("a workspace is needed"), "WORKSPACE",
                                self.tr("give the workspace GeoPackage."))
        refuse_outputs_onto(self, parameters, path, context)
        return open_store(path, create=False)

    def add_max_distance(self) -> None:
        d = QgsProcessingParameterDistance("MAX_DISTANCE", self.tr(
            "Maximum distance to a street (links computed now if the workspace's are missing or out of date)"),
            defaultValue=150.0, minValue=1, maxValue=5000)
        d.setFlags(d.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(d)

    def link_first(self, store, parameters, context, feedback) -> None:
        """The workspace's links brought up to date (only what is new is linked; nothing when they are current)."""
        from ...core.link.cache import describe, ensure_stored_links
        dist = self.parameterAsDouble(parameters, "MAX_DISTANCE", context)
        stats = ensure_stored_links(store, dist, progress=lambda f: feedback.setProgress(0.4 * f))
        feedback.pushInfo(self.tr("Links from the workspace: {0}").format(describe(stats)))

    @staticmethod
    def user() -> str:
        """Who runs it, as far as the machine knows (recorded with set-ups and in the audit)."""
        try:
            return getpass.getuser()
        except Exception:            # noqa: BLE001 - no user name on this system: recorded as unknown
            return "unknown"
