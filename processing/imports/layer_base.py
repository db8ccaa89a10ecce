"""The base of the layer imports (streets, areas): any vector layer in, prepared features and rejected features out,
with the counts READ, ACCEPTED, REJECTED and the optional WORKSPACE - the parameter block declared once."""
from qgis.core import QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink

from ...core.errors import LptInputError
from ...qgisio.fields import REJECT_FIELDS, make_fields, write_frame
from ...qgisio.layers import check_declared_crs_of, input_problem, source_unchecked
from ..algorithm import LptAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP


class LayerImportAlgorithm(LptAlgorithm):
    """INPUT (a vector layer) -> OUTPUT + REJECTS, counts, WORKSPACE."""

    INPUT, OUTPUT, REJECTS = "INPUT", "OUTPUT", "REJECTS"
    # said when INPUT cannot be opened / read (each subclass its own words)
    INPUT_KIND = QT_TRANSLATE_NOOP("LptAlgorithm", "a vector layer file (GeoPackage, GeoJSON, Shapefile...)")
    INPUT_UNREADABLE = QT_TRANSLATE_NOOP("LptAlgorithm", "the layer cannot be read")

    def add_rejects_and_workspace(self) -> None:
        """The rejected-features sink and the optional WORKSPACE (after the algorithm's own OUTPUT)."""
        self.addParameter(QgsProcessingParameterFeatureSink(self.REJECTS, self.tr("Rejected features"),
                                                            QgsProcessing.TypeVector, optional=True,
                                                            createByDefault=True))
        from ..workspace_param import add_workspace_parameter
        add_workspace_parameter(self)

    def add_counts(self, *extra) -> None:
        """READ, ACCEPTED, REJECTED and the algorithm's own counts ((key, label), ...)."""
        for key, label in (("READ", "Features read"), ("ACCEPTED", "Features accepted"),
                           ("REJECTED", "Features rejected"), *extra):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        msg = input_problem(parameters.get(self.INPUT), self.tr(self.INPUT_KIND), layer=True)
        if not msg:
            from ..workspace_param import output_or_workspace
            msg = output_or_workspace(self, parameters, context)
        return (False, msg) if msg else super().checkParameterValues(parameters, context)

    def open_input(self, parameters, context, hint: str):
        """The workspace checked first, the layer's declared CRS checked, then its features (a clear error when it
        cannot be read)."""
        from ..workspace_param import check_at_the_door
        check_at_the_door(self, parameters, context)
        check_declared_crs_of(self.parameterAsVectorLayer(parameters, self.INPUT, context))
        src = source_unchecked(self, parameters, self.INPUT, context)
        if src is None:
            raise LptInputError(self.tr(self.INPUT_UNREADABLE), "INPUT", hint)
        return src

    def write_rejects(self, parameters, context, rej) -> str:
        rsink, rdest = self.sink(parameters, context, self.REJECTS, make_fields(REJECT_FIELDS))
        write_frame(rsink, rej, ["file", "row", "column", "value", "reason"])
        return rdest
