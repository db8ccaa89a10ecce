"""lpt:importareas - wards, beats or neighbourhoods as any polygon layer with code and name."""
from qgis.core import (QgsProcessingParameterEnum, QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField, QgsWkbTypes)

from ..core.io.areas import prepare_areas
from ..core.errors import LptInputError
from .base import REJECT_FIELDS, LptAlgorithm, make_fields, write_frame
from .layers import check_declared_crs_of, guess_field, input_problem, read_source, source_unchecked
from .catalogue import QT_TRANSLATE_NOOP

CODE_GUESS = ["area_code", "code", "wd22cd", "ward22_code", "wd13cd", "wd24cd", "lsoa21_code", "lsoa11cd",
              "lsoa21cd", "beat", "beat_code", "nhood_code", "neighbourhood_code", "id"]
NAME_GUESS = ["area_name", "name", "wd22nm", "ward22_name", "wd13nm", "wd24nm", "lsoa21_name", "lsoa11nm",
              "lsoa21nm", "beat_name", "nhood_name", "neighbourhood"]


class ImportAreas(LptAlgorithm):
    NAME = "importareas"
    DISPLAY = "Import areas (wards, beats, neighbourhoods)"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Prepares any polygon layer with a code and a name field (wards, police beats, neighbourhood team "
            "areas, LSOAs) in British National Grid. Invalid polygons are repaired; features without geometry, "
            "with a blank code or a repeated code are rejected with the reason.")
    INPUT, CODE_FIELD, NAME_FIELD, OUTPUT, REJECTS = "INPUT", "CODE_FIELD", "NAME_FIELD", "OUTPUT", "REJECTS"
    STYLES = {"OUTPUT": "areas.qml", "REJECTS": "rejects.qml"}

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Area polygons"),
                                                              [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(self.CODE_FIELD, self.tr("Code field (auto if empty)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.NAME_FIELD, self.tr("Name field (auto if empty)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Areas"),
                                                            QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(self.REJECTS, self.tr("Rejected features"),
                                                            QgsProcessing.TypeVector, optional=True, createByDefault=True))
        from .workspace_param import add_workspace_parameter
        add_workspace_parameter(self)
        self.addParameter(QgsProcessingParameterEnum("AS", self.tr("In the workspace, these are"),
                                                     [self.tr("Areas (wards, beats, neighbourhoods)"),
                                                      self.tr("LSOA 2021 polygons")], defaultValue=0))
        for key, label in (("READ", "Features read"), ("ACCEPTED", "Features accepted"),
                           ("REJECTED", "Features rejected"), ("REPAIRED", "Polygons repaired")):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        msg = input_problem(parameters.get(self.INPUT), "a polygon layer file (GeoPackage, GeoJSON, Shapefile...)", layer=True)
        return (False, msg) if msg else super().checkParameterValues(parameters, context)

    def run_algorithm(self, parameters, context, feedback):
        from .workspace_param import check_at_the_door
        check_at_the_door(self, parameters, context)
        check_declared_crs_of(self.parameterAsVectorLayer(parameters, self.INPUT, context))
        src = source_unchecked(self, parameters, self.INPUT, context)
        if src is None:
            raise LptInputError("the area layer cannot be read", "INPUT", "choose a polygon layer.")
        code_f = self.parameterAsString(parameters, self.CODE_FIELD, context) or guess_field(src, CODE_GUESS)
        name_f = self.parameterAsString(parameters, self.NAME_FIELD, context) or guess_field(src, NAME_GUESS) or code_f
        if not code_f:
            raise LptInputError("no area-code field found (fields: " + ", ".join(f.name() for f in src.fields()) + ")",
                                src.sourceName(), "choose the code field.")
        fids, (codes, names), wkbs = read_source(src, context, [code_f, name_f], feedback, allow_empty=False)
        areas, rej, repaired = prepare_areas(fids, codes, names, wkbs, source=src.sourceName())
        cols = ["area_code", "area_name", "area_km2"]
        dest = self.write_output(parameters, context, feedback, self.OUTPUT, areas[cols + ["geometry"]],
                                 QgsWkbTypes.MultiPolygon, multi=True)
        rsink, rdest = self.sink(parameters, context, self.REJECTS, make_fields(REJECT_FIELDS))
        write_frame(rsink, rej, ["file", "row", "column", "value", "reason"])
        feedback.pushInfo(self.tr("Areas: read {0:,} = accepted {1:,} + rejected {2:,}; repaired {3:,}").format(
            len(fids), len(areas), len(rej), repaired))
        from .workspace_param import save
        table = "lsoa21" if self.parameterAsEnum(parameters, "AS", context) == 1 else "areas"
        ws = save(self, parameters, context, feedback, table, areas, "areas", [src.sourceName()], len(fids), len(rej),
                  rej)
        return {self.OUTPUT: dest, self.REJECTS: rdest, "READ": len(fids), "ACCEPTED": len(areas),
                "REJECTED": len(rej), "REPAIRED": repaired, "WORKSPACE": ws}
