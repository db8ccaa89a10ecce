"""lpt:streetsfromcrime - approximate street lines from police.uk's named map points."""
from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterDistance,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsWkbTypes)


from ...core.errors import LptInputError
from ..algorithm import LptAlgorithm
from ...qgisio.layers import read_source
from ..catalogue import QT_TRANSLATE_NOOP


class StreetsFromCrime(LptAlgorithm):
    NAME = "streetsfromcrime"
    DISPLAY = "Approximate streets from police.uk points"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Where no street network is available, builds approximate street centre lines from police.uk's "
            "anonymised map points, each named after its street ('On or near Spring Bank'). Points of the same "
            "name within the cluster distance are chained along their main direction; a lone point becomes a "
            "short stub. Non-street places (supermarket, parking area...) are skipped. Every line is flagged "
            "approximate: load OS Open Roads or OpenStreetMap for real work.")
    INPUT, STREET_FIELD, DIST, OUTPUT = "INPUT", "STREET_FIELD", "CLUSTER_DISTANCE", "OUTPUT"
    STYLES = {"OUTPUT": "streets_approx.qml"}

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("police.uk crime points"),
                                                              [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(self.STREET_FIELD, self.tr("Street name field"),
                                                      defaultValue="street", parentLayerParameterName=self.INPUT,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterDistance(self.DIST, self.tr("Cluster same-name points within"),
                                                         defaultValue=400.0, parentParameterName=self.INPUT, minValue=1,
                                                         maxValue=5000))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Approximate streets"),
                                                            QgsProcessing.TypeVectorLine))
        from ..workspace_param import add_workspace_parameter
        add_workspace_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("STREETS", self.tr("Streets built")))

    def run_algorithm(self, parameters, context, feedback):
        import pandas as pd
        from ...core.io.streets import streets_from_points
        from ..workspace_param import check_at_the_door
        check_at_the_door(self, parameters, context)
        src = self.parameterAsSource(parameters, self.INPUT, context)
        if src is None:
            raise LptInputError(self.tr("the crime layer cannot be read"), "INPUT", self.tr("choose a point layer."))
        field = self.parameterAsString(parameters, self.STREET_FIELD, context) or "street"
        if src.fields().lookupField(field) < 0:
            raise LptInputError(self.tr("no field '{0}' in the crime layer").format(field), src.sourceName(),
                                self.tr("run 'Import police.uk crime' first or choose the street-name field."))
        import shapely
        fids, (names,), wkbs = read_source(src, context, [field], feedback, allow_empty=False)
        keep = [w is not None for w in wkbs]
        pts = shapely.from_wkb([w for w in wkbs if w is not None])
        names = pd.Series([n for n, k in zip(names, keep) if k], dtype=object).fillna("").astype(str)
        lines = streets_from_points(names, shapely.get_x(pts), shapely.get_y(pts),
                                    self.parameterAsDouble(parameters, self.DIST, context))
        cols = [c for c in lines.columns if c != "geometry"]
        dest = self.write_output(parameters, context, feedback, self.OUTPUT, lines[cols + ["geometry"]],
                                 QgsWkbTypes.LineString)
        feedback.pushInfo(self.tr("{0:,} approximate street lines from {1:,} points").format(len(lines), len(pts)))
        from ..workspace_param import save
        ws = save(self, parameters, context, feedback, "streets", lines, "approximate streets", [src.sourceName()],
                  len(lines), 0, notes=[f"built from {len(pts):,} police.uk points"])
        return {self.OUTPUT: dest, "STREETS": len(lines), "WORKSPACE": ws}
