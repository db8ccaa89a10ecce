"""lpt:importcensus - Census 2021 tables (long or wide) by OA, LSOA or MSOA."""
import os

from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterString

from ...qgisio.fields import REJECT_FIELDS, make_fields, write_frame
from .base import CsvImportAlgorithm
from ..workspace_param import workspace_of
from ..catalogue import QT_TRANSLATE_NOOP


def census_table(topic: str, header) -> str:
    """The workspace table of a Census table the analysis uses: ethnic group (TS021, also the population) or
    households (TS011/TS003...: a household-level table); '' for any other topic. ``header``: the column names as
    the reader read them (after any 'sep=' line, in the file's own encoding)."""
    words = " ".join([topic, *header]).lower()
    if "ethnic" in words:
        return "census_ethnic"
    return "census_households" if "household" in words else ""


class ImportCensus(CsvImportAlgorithm):
    NAME = "importcensus"
    DISPLAY = "Import Census 2021 table"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Reads a Census 2021 table (ethnic group, religion, main language / proficiency in English, household "
            "deprivation...) by Output Area, LSOA or MSOA, in long form (one row per area and category) or wide "
            "form (one column per category, as Nomis publishes it). Coded columns such as ts0300001 are decoded "
            "with the table metadata file. Output: a tidy table area_code, geography, topic, category, count, "
            "total, share.")
    OUTPUT_LABEL = QT_TRANSLATE_NOOP("ImportCensus", "Census counts (tidy)")
    TOPIC = "TOPIC"
    WORKSPACE_TABLE = "by topic"
    METADATA = "METADATA"

    def add_extra(self):
        self.addParameter(QgsProcessingParameterString(self.TOPIC, self.tr("Topic name (default from the file)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFile(self.METADATA, self.tr("Column metadata (new_names, "
                                                     "Variable_Name) for coded columns"), optional=True,
                                                     fileFilter="CSV (*.csv)"))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.io.census import CensusReader
        from ..workspace_param import check_at_the_door
        check_at_the_door(self, parameters, context)
        reader = CensusReader(self.input_paths(parameters, context),
                              topic=self.parameterAsString(parameters, self.TOPIC, context),
                              metadata_path=self.parameterAsFile(parameters, self.METADATA, context) or "",
                              **self.reader_kwargs(parameters, context, feedback))
        result = reader.read()
        long = result.extra["long"]
        dest = self.write_output(parameters, context, feedback, self.OUTPUT, long)
        rsink, rdest = self.sink(parameters, context, self.REJECTS, make_fields(REJECT_FIELDS))
        write_frame(rsink, result.rejects, ["file", "row", "column", "value", "reason"])
        self._report(reader, result, feedback)        # per file: encoding, delimiter, notes; rejected rows warned
        feedback.pushInfo(self.tr("{0} ({1} layout, topic '{2}'): {3:,} area x category counts").format(
            os.path.basename(reader.paths[0]), result.extra["layout"], reader.topic, len(long)))
        results = {self.OUTPUT: dest, self.REJECTS: rdest, "READ": result.read, "ACCEPTED": result.n_accepted,
                   "REJECTED": result.n_rejected}
        from ..workspace_param import save
        table = census_table(reader.topic, reader.header)
        if table:
            results["WORKSPACE"] = save(self, parameters, context, feedback, table, long, reader.kind, reader.paths,
                                        result.read, result.n_rejected, result.rejects, reader.notes)
        elif workspace_of(self, parameters, context):
            feedback.pushWarning(self.tr("Topic '{0}' is not used by the analysis: not stored in the workspace "
                                         "(ethnic group and household tables are).").format(reader.topic))
        return results
