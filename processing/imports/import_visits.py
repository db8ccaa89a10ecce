"""lpt:importvisits - door-knock visit log."""
from .base import CsvImportAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP


class ImportVisits(CsvImportAlgorithm):
    NAME = "importvisits"
    WORKSPACE_TABLE = "visits"
    DISPLAY = "Import door-knock visits"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Reads the door-knock visit log: visit id, date, postcode, outcome (registered, no answer, declined, "
            "already registered, leaflet left), team, an anonymous household reference and the member id of a "
            "registration. Priority streets use it for the engagement gap (streets without recent visits). "
            "Exact addresses are not needed.")
    OUTPUT_LABEL = QT_TRANSLATE_NOOP("ImportVisits", "Visits")

    def make_reader(self, parameters, context, feedback):
        from ...core.io.visits import VisitsReader
        return VisitsReader(self.input_paths(parameters, context), **self.reader_kwargs(parameters, context, feedback))
