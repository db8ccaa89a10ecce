"""lpt:importclassification - Acorn, OAC 2021, IoD 2019/2025, LSOA 2011->2021 lookup."""
from qgis.core import QgsProcessingParameterEnum

from ...core.io.classification import AcornReader, ImdReader, LsoaLookupReader, OacReader
from .base import CsvImportAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP

KINDS = [
    ("CACI Acorn by postcode", lambda p, kw: AcornReader(p, **kw)),
    ("ONS Output Area Classification 2021 (by OA or LSOA)", lambda p, kw: OacReader(p, **kw)),
    ("English Indices of Deprivation 2019 (LSOA 2011)", lambda p, kw: ImdReader(p, edition="2019", **kw)),
    ("English Indices of Deprivation 2025 (LSOA 2021)", lambda p, kw: ImdReader(p, edition="2025", **kw)),
    ("ONS LSOA 2011 to 2021 lookup", lambda p, kw: LsoaLookupReader(p, **kw)),
]


class ImportClassification(CsvImportAlgorithm):
    NAME = "importclassification"
    DISPLAY = "Import classification or deprivation"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Reads a socio-economic classification: CACI Acorn by postcode (category, group, type), the ONS Output "
            "Area Classification 2021 by Output Area (supergroup, group, subgroup), the English Indices of "
            "Deprivation 2019 (LSOA 2011) or 2025 (LSOA 2021) as MHCLG publishes them or as tidy tables, or the "
            "ONS LSOA 2011 to 2021 lookup.")
    OUTPUT_LABEL = "Classification"
    KIND = "KIND"
    WORKSPACE_TABLE = "by kind"
    TABLE_OF_KIND = ["acorn", "oac", "imd", "imd", "lsoa_lookup"]

    def workspace_table(self, parameters, context) -> str:
        return self.TABLE_OF_KIND[self.parameterAsEnum(parameters, self.KIND, context)]

    def add_extra(self):
        self.addParameter(QgsProcessingParameterEnum(self.KIND, self.tr("What the file is"),
                                                     [self.tr(k[0]) for k in KINDS], defaultValue=1))

    def make_reader(self, parameters, context, feedback):
        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        return kind[1](self.input_paths(parameters, context), self.reader_kwargs(parameters, context, feedback))
