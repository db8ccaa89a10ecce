"""lpt:importmembers - alert-platform member export."""
from qgis.core import (QgsProcessing, QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSink,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from .base import CsvImportAlgorithm
from ...qgisio.fields import make_fields, write_frame
from ..catalogue import QT_TRANSLATE_NOOP


class ImportMembers(CsvImportAlgorithm):
    NAME = "importmembers"
    WORKSPACE_TABLE = "members"
    DISPLAY = "Import alert-platform members"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Reads the member export of the community alert platform (Neighbourhood Alert / My Community Alert). "
            "Required columns: member id, postcode, registration date. Optional: status and opt-out date, age band, "
            "gender, ethnic group, religion, main language, disability, groups (IAG, Neighbourhood Watch...; "
            "separated by ; or |), key contact flag. Blank demographics are normal and reported as coverage. "
            "Contact fields (name, email, phone) are personal data: they are only kept when 'Keep contact "
            "fields' is ticked. Rejected rows go to the rejects table with file, row, column, value and reason.")
    OUTPUT_LABEL = "Members"
    INCLUDE_CONTACTS = "INCLUDE_CONTACTS"
    COVERAGE = "COVERAGE"
    KEEP_ACCEPTED = True

    def add_extra(self):
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_CONTACTS, self.tr("Keep contact fields (name, email, phone: personal data)"),
            defaultValue=False))

    def add_outputs(self):
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.COVERAGE, self.tr("Demographic coverage"), QgsProcessing.TypeVector, optional=True,
            createByDefault=True))

    def make_reader(self, parameters, context, feedback):
        from ...core.io.members import MembersReader
        return MembersReader(self.input_paths(parameters, context),
                             include_contacts=self.parameterAsBool(parameters, self.INCLUDE_CONTACTS, context),
                             **self.reader_kwargs(parameters, context, feedback))

    def after(self, reader, result, parameters, context, feedback, results):
        cov = result.extra.get("coverage")
        sink, dest = self.sink(parameters, context, self.COVERAGE, make_fields(
            [("field", QVariant.String), ("answered", QVariant.LongLong), ("blank", QVariant.LongLong),
             ("coverage_pct", QVariant.Double)]), QgsWkbTypes.NoGeometry)
        if cov is not None:
            write_frame(sink, cov, ["field", "answered", "blank", "coverage_pct"])
            for r in cov.itertuples():
                feedback.pushInfo(self.tr("Coverage {0}: {1}%").format(r.field, r.coverage_pct))
        feedback.pushInfo(self.tr("Opted out: {0:,} (kept so that every later step honours the opt-out)").format(
            result.extra.get("opted_out", 0)))
        results[self.COVERAGE] = dest
