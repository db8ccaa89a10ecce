"""The base of the analyses (:class:`AnalysisAlgorithm`): the inputs block every analysis shares - a WORKSPACE or
the layers, the scope (AREA_CODES, PATCH), the linking distance, harm weights and suppression - declared once in
:func:`.link_inputs.add_link_parameters`, then each algorithm's own parameters; inputs and links read the same way
by every analysis."""
from ..algorithm import LptAlgorithm
from .link_inputs import add_link_parameters, link_inputs, linked


class AnalysisAlgorithm(LptAlgorithm):
    GROUP, GROUP_ID = "Insight", "insight"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        add_link_parameters(self)
        self.add_own_parameters()

    def add_own_parameters(self) -> None:  # pragma: no cover - each analysis declares its own
        raise NotImplementedError

    def inputs(self, parameters, context, feedback):
        """The link inputs, from the workspace or the layers, narrowed to the scope asked for."""
        return link_inputs(self, parameters, context, feedback)

    def links(self, parameters, context, feedback, inp):
        """The links of ``inp``: stored in the workspace (only what is new linked) or computed now."""
        return linked(self, parameters, context, feedback, inp)
