"""lpt:importstreets - any line layer with a name field (OS Open Roads, OpenStreetMap...)."""
from qgis.core import (QgsProcessing, QgsProcessingParameterBoolean, QgsProcessingParameterDistance,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterString, QgsProcessingOutputNumber,
                       QgsWkbTypes)

from ..core.errors import LptInputError
from ..core.io.streets import DEFAULT_EXCLUDED, prepare_streets
from .base import REJECT_FIELDS, LptAlgorithm, make_fields, write_frame
from .layers import check_declared_crs_of, guess_field, input_problem, read_source, source_unchecked
from .catalogue import QT_TRANSLATE_NOOP

NAME_GUESS = ["name", "name1", "road_name", "roadname", "street", "street_name", "streetname", "rd_name"]
CLASS_GUESS = ["highway", "roadfunction", "road_function", "class", "roadclassification", "fclass", "type"]


class ImportStreets(LptAlgorithm):
    NAME = "importstreets"
    DISPLAY = "Import streets"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Prepares any line layer with a street-name field (OS Open Roads, OpenStreetMap, a council gazetteer) "
            "as street segments in British National Grid. Multi-lines are split into parts; segments of the same "
            "name that touch (within the join distance) form one street, so an OpenStreetMap street split over "
            "several ways is one street and two streets of the same name in different places stay apart. "
            "Footways, steps, paths and other non-street classes are excluded by default (listed in the rejects "
            "with the reason). Unnamed segments are kept and flagged unless you untick 'Keep unnamed'.")
    INPUT, NAME_FIELD, CLASS_FIELD = "INPUT", "NAME_FIELD", "CLASS_FIELD"
    EXCLUDED, JOIN, KEEP_UNNAMED, OUTPUT, REJECTS = "EXCLUDED_CLASSES", "JOIN_DISTANCE", "KEEP_UNNAMED", "OUTPUT", "REJECTS"
    STYLES = {"OUTPUT": "streets.qml", "REJECTS": "rejects.qml"}

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Street lines"),
                                                              [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(self.NAME_FIELD, self.tr("Street name field (auto if empty)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.CLASS_FIELD, self.tr("Road class field (auto if empty)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(self.EXCLUDED, self.tr("Excluded road classes (comma separated)"),
                                                       defaultValue=",".join(DEFAULT_EXCLUDED), optional=True))
        self.addParameter(QgsProcessingParameterDistance(self.JOIN, self.tr("Join same-name segments within"),
                                                         defaultValue=100.0, parentParameterName=self.INPUT, minValue=0,
                                                         maxValue=2000))
        self.addParameter(QgsProcessingParameterBoolean(self.KEEP_UNNAMED, self.tr("Keep unnamed segments"),
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Street segments"),
                                                            QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(self.REJECTS, self.tr("Rejected features"),
                                                            QgsProcessing.TypeVector, optional=True, createByDefault=True))
        from .workspace_param import add_workspace_parameter
        add_workspace_parameter(self)
        for key, label in (("READ", "Features read"), ("ACCEPTED", "Features accepted"), ("REJECTED", "Features rejected"),
                           ("STREETS", "Streets")):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        msg = input_problem(parameters.get(self.INPUT), "a line layer file (GeoPackage, GeoJSON, Shapefile...)", layer=True)
        return (False, msg) if msg else super().checkParameterValues(parameters, context)

    def run_algorithm(self, parameters, context, feedback):
        from .workspace_param import check_at_the_door
        check_at_the_door(self, parameters, context)
        check_declared_crs_of(self.parameterAsVectorLayer(parameters, self.INPUT, context))
        src = source_unchecked(self, parameters, self.INPUT, context)
        if src is None:
            raise LptInputError("the street layer cannot be read", "INPUT", "choose a line layer.")
        name_f = self.parameterAsString(parameters, self.NAME_FIELD, context) or guess_field(src, NAME_GUESS)
        if not name_f:
            raise LptInputError("no street-name field found (fields: " + ", ".join(f.name() for f in src.fields()) + ")",
                                src.sourceName(), "choose the name field.")
        class_f = self.parameterAsString(parameters, self.CLASS_FIELD, context) or guess_field(src, CLASS_GUESS)
        fids, (names, classes), wkbs = read_source(src, context, [name_f, class_f], feedback, allow_empty=False)
        excluded = [c for c in (self.parameterAsString(parameters, self.EXCLUDED, context) or "").split(",")]
        seg, rej = prepare_streets(fids, names, classes if class_f else None, wkbs, source=src.sourceName(),
                                   excluded_classes=excluded,
                                   join_distance=self.parameterAsDouble(parameters, self.JOIN, context),
                                   keep_unnamed=self.parameterAsBool(parameters, self.KEEP_UNNAMED, context))
        feedback.setProgress(80)
        cols = [c for c in seg.columns if c != "geometry"]
        dest = self.write_output(parameters, context, feedback, self.OUTPUT, seg[cols + ["geometry"]],
                                 QgsWkbTypes.LineString)
        rsink, rdest = self.sink(parameters, context, self.REJECTS, make_fields(REJECT_FIELDS))
        write_frame(rsink, rej, ["file", "row", "column", "value", "reason"])
        n_read, n_rej = len(fids), len(rej)
        n_acc = n_read - n_rej
        feedback.pushInfo(self.tr("Streets: read {0:,} features = accepted {1:,} + rejected {2:,}; {3:,} segments "
                                  "in {4:,} streets; {5:,} unnamed segments").format(
            n_read, n_acc, n_rej, len(seg), seg.street_id.nunique(), int((~seg.named).sum())))
        from .workspace_param import save
        ws = save(self, parameters, context, feedback, "streets", seg, "streets", [src.sourceName()], n_read, n_rej, rej)
        return {self.OUTPUT: dest, self.REJECTS: rdest, "READ": n_read, "ACCEPTED": n_acc, "REJECTED": n_rej,
                "STREETS": int(seg.street_id.nunique()), "WORKSPACE": ws}
