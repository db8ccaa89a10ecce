"""lpt:importstreets - any line layer with a name field (OS Open Roads, OpenStreetMap...)."""
import re

from qgis.core import (QgsProcessing, QgsProcessingParameterBoolean, QgsProcessingParameterDistance,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterString,
                       QgsWkbTypes)

from ...core.errors import LptInputError
from ...core.io.street_classes import DEFAULT_EXCLUDED
from ...qgisio.layers import guess_field, read_source
from ..catalogue import QT_TRANSLATE_NOOP
from .layer_base import LayerImportAlgorithm

NAME_GUESS = ["name", "name1", "road_name", "roadname", "street", "street_name", "streetname", "rd_name"]
CLASS_GUESS = ["highway", "roadfunction", "road_function", "class", "roadclassification", "fclass", "type"]


class ImportStreets(LayerImportAlgorithm):
    NAME = "importstreets"
    DISPLAY = "Import streets"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Prepares any line layer with a street-name field (OS Open Roads, OpenStreetMap, a council gazetteer) "
            "as street segments in British National Grid. Multi-lines are split into parts; segments of the same "
            "name that touch (within the join distance) form one street, so an OpenStreetMap street split over "
            "several ways is one street and two streets of the same name in different places stay apart. "
            "Footways, steps, paths and other non-street classes are excluded by default (listed in the rejects "
            "with the reason). Unnamed segments are kept and flagged unless you untick 'Keep unnamed'.")
    NAME_FIELD, CLASS_FIELD = "NAME_FIELD", "CLASS_FIELD"
    EXCLUDED, JOIN, KEEP_UNNAMED = "EXCLUDED_CLASSES", "JOIN_DISTANCE", "KEEP_UNNAMED"
    INPUT_KIND = QT_TRANSLATE_NOOP("LptAlgorithm", "a line layer file (GeoPackage, GeoJSON, Shapefile...)")
    INPUT_UNREADABLE = QT_TRANSLATE_NOOP("LptAlgorithm", "the street layer cannot be read")
    STYLES = {"OUTPUT": "streets.qml", "REJECTS": "rejects.qml"}

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Street lines"),
                                                              [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(self.NAME_FIELD, self.tr("Street name field (auto if empty)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.CLASS_FIELD, self.tr("Road class field (auto if empty)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(self.EXCLUDED, self.tr("Excluded road classes (separated by commas or semicolons)"),
                                                       defaultValue=",".join(DEFAULT_EXCLUDED), optional=True))
        self.addParameter(QgsProcessingParameterDistance(self.JOIN, self.tr("Join same-name segments within"),
                                                         defaultValue=100.0, parentParameterName=self.INPUT, minValue=0,
                                                         maxValue=2000))
        self.addParameter(QgsProcessingParameterBoolean(self.KEEP_UNNAMED, self.tr("Keep unnamed segments"),
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Street segments"),
                                                            QgsProcessing.TypeVectorLine, optional=True,
                                                            createByDefault=True))
        self.add_rejects_and_workspace()
        self.add_counts(("STREETS", "Streets"))

    def check_excluded(self, excluded, classes, class_f, feedback) -> None:
        """Classes the user named that the layer does not have: an error when none is there (a typo or a wrong
        separator excluded nothing, silently), a warning naming each when some are (the default list is the OSM
        and OS classes together: not checked)."""
        if not excluded or {c.lower() for c in excluded} == {c.lower() for c in DEFAULT_EXCLUDED}:
            return
        if classes is None:
            raise LptInputError(self.tr("EXCLUDED_CLASSES is given but the layer has no road class field"), self.EXCLUDED,
                                self.tr("choose the road class field (CLASS_FIELD), or leave EXCLUDED_CLASSES empty."))
        have = sorted({str(c).strip() for c in classes if c is not None and not (hasattr(c, "isNull") and c.isNull())
                       and str(c).strip()})
        lower = {c.lower() for c in have}
        unknown = [c for c in excluded if c.lower() not in lower]
        listed = ", ".join(have[:40]) + (self.tr(" and {0} more").format(len(have) - 40) if len(have) > 40 else "")
        if len(unknown) == len(excluded):
            raise LptInputError(self.tr("none of the excluded classes {0} is a class in the layer's field {1} (its "
                                        "classes: {2}); nothing was written").format(", ".join(excluded), class_f,
                                                                                      listed), self.EXCLUDED,
                                self.tr("name classes from that list, separated by commas."))
        if unknown:
            feedback.pushWarning(self.tr("EXCLUDED_CLASSES: {0} is not a class in the layer's field {1}, so it "
                                         "excludes nothing (its classes: {2})").format(", ".join(unknown), class_f,
                                                                                        listed))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.io.streets import prepare_streets
        src = self.open_input(parameters, context, self.tr("choose a line layer."))
        name_f = self.parameterAsString(parameters, self.NAME_FIELD, context) or guess_field(src, NAME_GUESS)
        if not name_f:
            raise LptInputError(self.tr("no street-name field found (fields: {0})").format(
                                    ", ".join(f.name() for f in src.fields())),
                                src.sourceName(), self.tr("choose the name field."))
        class_f = self.parameterAsString(parameters, self.CLASS_FIELD, context) or guess_field(src, CLASS_GUESS)
        excluded = [c.strip() for c in re.split(r"[,;]", self.parameterAsString(parameters, self.EXCLUDED, context)
                                                 or "") if c.strip()]
        self.check_excluded(excluded, src.uniqueValues(src.fields().lookupField(class_f)) if class_f else None,
                            class_f, feedback)             # before the features are read (the layer's classes)
        fids, (names, classes), wkbs = read_source(src, context, [name_f, class_f], feedback, allow_empty=False)
        seg, rej = prepare_streets(fids, names, classes if class_f else None, wkbs, source=src.sourceName(),
                                   excluded_classes=excluded,
                                   join_distance=self.parameterAsDouble(parameters, self.JOIN, context),
                                   keep_unnamed=self.parameterAsBool(parameters, self.KEEP_UNNAMED, context))
        feedback.setProgress(80)
        cols = [c for c in seg.columns if c != "geometry"]
        dest = self.write_output(parameters, context, feedback, self.OUTPUT, seg[cols + ["geometry"]],
                                 QgsWkbTypes.LineString)
        rdest = self.write_rejects(parameters, context, rej)
        n_read, n_rej = len(fids), len(rej)
        n_acc = n_read - n_rej
        feedback.pushInfo(self.tr("Streets: read {0:,} features = accepted {1:,} + rejected {2:,}; {3:,} segments "
                                  "in {4:,} streets; {5:,} unnamed segments").format(
            n_read, n_acc, n_rej, len(seg), seg.street_id.nunique(), int((~seg.named).sum())))
        from ..workspace_param import save
        ws = save(self, parameters, context, feedback, "streets", seg, "streets", [src.sourceName()], n_read, n_rej, rej)
        return {self.OUTPUT: dest, self.REJECTS: rdest, "READ": n_read, "ACCEPTED": n_acc, "REJECTED": n_rej,
                "STREETS": int(seg.street_id.nunique()), "WORKSPACE": ws}
