"""lpt:importareas - wards, beats or neighbourhoods as any polygon layer with code and name."""
from qgis.core import (QgsProcessing, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField, QgsWkbTypes)

from ...core.errors import LptInputError
from ...qgisio.layers import guess_field, read_source
from ..catalogue import QT_TRANSLATE_NOOP
from .layer_base import LayerImportAlgorithm

CODE_GUESS = ["area_code", "code", "wd22cd", "ward22_code", "wd13cd", "wd24cd", "lsoa21_code", "lsoa11cd",
              "lsoa21cd", "beat", "beat_code", "nhood_code", "neighbourhood_code", "id"]
NAME_GUESS = ["area_name", "name", "wd22nm", "ward22_name", "wd13nm", "wd24nm", "lsoa21_name", "lsoa11nm",
              "lsoa21nm", "beat_name", "nhood_name", "neighbourhood"]


class ImportAreas(LayerImportAlgorithm):
    NAME = "importareas"
    DISPLAY = "Import areas (wards, beats, neighbourhoods)"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Prepares any polygon layer with a code and a name field (wards, police beats, neighbourhood team "
            "areas, LSOAs) in British National Grid. Invalid polygons are repaired; features without geometry, "
            "with a blank code or a repeated code are rejected with the reason.")
    CODE_FIELD, NAME_FIELD = "CODE_FIELD", "NAME_FIELD"
    INPUT_KIND = QT_TRANSLATE_NOOP("LptAlgorithm", "a polygon layer file (GeoPackage, GeoJSON, Shapefile...)")
    INPUT_UNREADABLE = QT_TRANSLATE_NOOP("LptAlgorithm", "the area layer cannot be read")
    STYLES = {"OUTPUT": "areas.qml", "REJECTS": "rejects.qml"}

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Area polygons"),
                                                              [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(self.CODE_FIELD, self.tr("Code field (auto if empty)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.NAME_FIELD, self.tr("Name field (auto if empty)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Areas"),
                                                            QgsProcessing.TypeVectorPolygon, optional=True,
                                                            createByDefault=True))
        self.add_rejects_and_workspace()
        self.addParameter(QgsProcessingParameterEnum("AS", self.tr("In the workspace, these are"),
                                                     [self.tr("Areas (wards, beats, neighbourhoods)"),
                                                      self.tr("LSOA 2021 polygons")], defaultValue=0))
        self.add_counts(("REPAIRED", "Polygons repaired"))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.io.areas import prepare_areas
        src = self.open_input(parameters, context, self.tr("choose a polygon layer."))
        code_f = self.parameterAsString(parameters, self.CODE_FIELD, context) or guess_field(src, CODE_GUESS)
        name_f = self.parameterAsString(parameters, self.NAME_FIELD, context) or guess_field(src, NAME_GUESS) or code_f
        if not code_f:
            raise LptInputError(self.tr("no area-code field found (fields: {0})").format(
                                    ", ".join(f.name() for f in src.fields())),
                                src.sourceName(), self.tr("choose the code field."))
        fids, (codes, names), wkbs = read_source(src, context, [code_f, name_f], feedback, allow_empty=False)
        areas, rej, repaired = prepare_areas(fids, codes, names, wkbs, source=src.sourceName())
        cols = ["area_code", "area_name", "area_km2"]
        dest = self.write_output(parameters, context, feedback, self.OUTPUT, areas[cols + ["geometry"]],
                                 QgsWkbTypes.MultiPolygon, multi=True)
        rdest = self.write_rejects(parameters, context, rej)
        feedback.pushInfo(self.tr("Areas: read {0:,} = accepted {1:,} + rejected {2:,}; repaired {3:,}").format(
            len(fids), len(areas), len(rej), repaired))
        from ..workspace_param import save
        table = "lsoa21" if self.parameterAsEnum(parameters, "AS", context) == 1 else "areas"
        ws = save(self, parameters, context, feedback, table, areas, "areas", [src.sourceName()], len(fids), len(rej),
                  rej)
        return {self.OUTPUT: dest, self.REJECTS: rdest, "READ": len(fids), "ACCEPTED": len(areas),
                "REJECTED": len(rej), "REPAIRED": repaired, "WORKSPACE": ws}
