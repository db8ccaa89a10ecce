"""lpt:importpostcodes - ONSPD / NSPL or OS Code-Point Open."""
from qgis.core import QgsProcessingParameterEnum

from .base import CsvImportAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP

FORMATS = ["auto", "onspd", "codepoint"]


FORMAT_LABELS = [QT_TRANSLATE_NOOP("ImportPostcodes", "auto"), QT_TRANSLATE_NOOP("ImportPostcodes", "ONS Postcode Directory / NSPL"),
                 QT_TRANSLATE_NOOP("ImportPostcodes", "OS Code-Point Open")]

class ImportPostcodes(CsvImportAlgorithm):
    NAME = "importpostcodes"
    WORKSPACE_TABLE = "postcodes"
    DISPLAY = "Import postcode lookup"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Reads postcode centroids as published: the ONS Postcode Directory or NSPL (pcd or pcds, oseast1m, "
            "osnrth1m, and any of oa11/lsoa11/oa21/lsoa21/osward/laua/doterm) or OS Code-Point Open (headerless, "
            "documented column order PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC). 'auto' tells them apart. Postcodes are "
            "normalised (case and spaces). Rows without a grid reference are rejected.")
    OUTPUT_LABEL = "Postcodes"
    POINTS = True
    FORMAT = "FORMAT"
    STYLES = {"OUTPUT": "postcodes.qml", "REJECTS": "rejects.qml"}

    def add_extra(self):
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, self.tr("Format"), [self.tr(f) for f in FORMAT_LABELS],
            defaultValue=0))

    def make_reader(self, parameters, context, feedback):
        from ...core.io.postcodes import postcode_reader
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        return postcode_reader(self.input_paths(parameters, context), fmt,
                               **self.reader_kwargs(parameters, context, feedback))
