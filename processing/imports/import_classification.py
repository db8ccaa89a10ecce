"""lpt:importclassification - Acorn, OAC 2021, IoD 2019/2025, LSOA 2011->2021 lookup."""
from qgis.core import QgsProcessingParameterEnum

from .base import CsvImportAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP

KINDS = [   # (label, reader class in core.io.classification, its keyword arguments): imported when a run needs it
    (QT_TRANSLATE_NOOP("ImportClassification", "CACI Acorn by postcode"), "AcornReader", {}),
    (QT_TRANSLATE_NOOP("ImportClassification", "ONS Output Area Classification 2021 (by OA or LSOA)"), "OacReader", {}),
    (QT_TRANSLATE_NOOP("ImportClassification", "English Indices of Deprivation 2019 (LSOA 2011)"), "ImdReader", {"edition": "2019"}),
    (QT_TRANSLATE_NOOP("ImportClassification", "English Indices of Deprivation 2025 (LSOA 2021)"), "ImdReader", {"edition": "2025"}),
    (QT_TRANSLATE_NOOP("ImportClassification", "ONS LSOA 2011 to 2021 lookup"), "LsoaLookupReader", {}),
]


class ImportClassification(CsvImportAlgorithm):
    NAME = "importclassification"
    DISPLAY = "Import classification or deprivation"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Reads a socio-economic classification: CACI Acorn by postcode (category, group, type), the ONS Output "
            "Area Classification 2021 by Output Area (supergroup, group, subgroup), the English Indices of "
            "Deprivation 2019 (LSOA 2011) or 2025 (LSOA 2021) as MHCLG publishes them or as tidy tables, or the "
            "ONS LSOA 2011 to 2021 lookup.")
    OUTPUT_LABEL = QT_TRANSLATE_NOOP("ImportClassification", "Classification")
    KIND = "KIND"
    WORKSPACE_TABLE = "by kind"
    TABLE_OF_KIND = ["acorn", "oac", "imd", "imd", "lsoa_lookup"]

    def workspace_table(self, parameters, context) -> str:
        return self.TABLE_OF_KIND[self.parameterAsEnum(parameters, self.KIND, context)]

    def add_extra(self):
        self.addParameter(QgsProcessingParameterEnum(self.KIND, self.tr("What the file is"),
                                                     [self.tr(k[0]) for k in KINDS], defaultValue=1))

    def make_reader(self, parameters, context, feedback):
        from ...core.io import classification
        _, reader, extra = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        return getattr(classification, reader)(self.input_paths(parameters, context), **extra,
                                               **self.reader_kwargs(parameters, context, feedback))
