"""lpt:importsurveys - quarterly survey responses."""
from qgis.core import QgsProcessingParameterFile

from .base import CsvImportAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP


class ImportSurveys(CsvImportAlgorithm):
    NAME = "importsurveys"
    WORKSPACE_TABLE = "surveys"
    DISPLAY = "Import survey responses"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Reads quarterly survey responses: response id, member id, submitted date, wave (e.g. 2024-Q1; derived "
            "from the date when blank), trust and confidence (1-5 or the agree/disagree wording; 'don't know' is "
            "kept as missing), local priorities (multi-select separated by ; or |, from the category list in "
            "resources/config/priority_categories.csv or your own) and a free-text concern.")
    OUTPUT_LABEL = "Survey responses"
    CATEGORIES = "CATEGORIES"

    def add_extra(self):
        self.addParameter(QgsProcessingParameterFile(
            self.CATEGORIES, self.tr("Local priority categories (CSV: category,aliases); default shipped list"),
            optional=True, fileFilter="CSV (*.csv)"))

    def make_reader(self, parameters, context, feedback):
        from ...core.io.surveys import SurveysReader
        return SurveysReader(self.input_paths(parameters, context),
                             categories_path=self.parameterAsFile(parameters, self.CATEGORIES, context) or "",
                             **self.reader_kwargs(parameters, context, feedback))
