"""The base of the CSV imports (:class:`CsvImportAlgorithm`): INPUT, COLUMN_MAP, DELIMITER, ENCODING ->
OUTPUT (+ REJECTS) and the counts READ, ACCEPTED, REJECTED; the optional WORKSPACE."""
from __future__ import annotations
import os
from typing import Any, Dict, List
from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFile, QgsProcessingParameterString,
                       QgsWkbTypes)
from ...core.errors import LptInputError
from ..algorithm import LptAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP
from ..outputs import OutputWriter


DELIMITER_OPTIONS = ["auto", "comma", "semicolon", "tab", "pipe"]
ENCODING_OPTIONS = ["auto", "utf-8", "cp1252"]
# what the dialogs show for these codes
DELIMITER_LABELS = [QT_TRANSLATE_NOOP("CsvImportAlgorithm", "auto"), QT_TRANSLATE_NOOP("CsvImportAlgorithm", "comma"),
                    QT_TRANSLATE_NOOP("CsvImportAlgorithm", "semicolon"), QT_TRANSLATE_NOOP("CsvImportAlgorithm", "tab"),
                    QT_TRANSLATE_NOOP("CsvImportAlgorithm", "pipe")]
ENCODING_LABELS = [QT_TRANSLATE_NOOP("CsvImportAlgorithm", "auto"), QT_TRANSLATE_NOOP("CsvImportAlgorithm", "utf-8"),
                   QT_TRANSLATE_NOOP("CsvImportAlgorithm", "cp1252")]

class CsvImportAlgorithm(LptAlgorithm):
    """INPUT, COLUMN_MAP, DELIMITER, ENCODING -> OUTPUT (+ REJECTS) with READ/ACCEPTED/REJECTED."""

    INPUT = "INPUT"
    COLUMN_MAP = "COLUMN_MAP"
    DELIMITER = "DELIMITER"
    ENCODING = "ENCODING"
    OUTPUT = "OUTPUT"
    REJECTS = "REJECTS"
    OUTPUT_LABEL = "Accepted records"
    FILE_FILTER = "CSV files (*.csv *.txt);;All files (*.*)"
    POINTS = False          # OUTPUT is a point layer in EPSG:27700 built from easting/northing
    ADVANCED = ("COLUMN_MAP", "DELIMITER", "ENCODING")
    STYLES = {"REJECTS": "rejects.qml"}

    def add_input(self):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("Input CSV file"),
                                                     fileFilter=self.tr(self.FILE_FILTER)))

    def add_extra(self):
        """Hook: algorithm-specific parameters."""

    def initAlgorithm(self, config=None):
        self.add_input()
        self.add_extra()
        self.addParameter(QgsProcessingParameterString(
            self.COLUMN_MAP, self.tr("Column mapping (canonical=Your column; ...)"), optional=True, multiLine=False))
        self.addParameter(QgsProcessingParameterEnum(self.DELIMITER, self.tr("Delimiter"), [self.tr(d) for d in DELIMITER_LABELS],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(self.ENCODING, self.tr("Encoding"), [self.tr(e) for e in ENCODING_LABELS],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr(self.OUTPUT_LABEL),
            QgsProcessing.TypeVectorPoint if self.POINTS else QgsProcessing.TypeVector,
            optional=bool(self.WORKSPACE_TABLE), createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTS, self.tr("Rejected rows"), QgsProcessing.TypeVector, optional=True,
            createByDefault=True))
        if self.WORKSPACE_TABLE:
            from ..workspace_param import add_workspace_parameter
            add_workspace_parameter(self)
        self.add_outputs()
        for key, label in (("READ", "Rows read"), ("ACCEPTED", "Rows accepted"), ("REJECTED", "Rows rejected")):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def add_outputs(self):
        """Hook: extra sinks or outputs."""

    def reader_kwargs(self, parameters, context, feedback) -> Dict[str, Any]:
        return dict(
            column_map=self.parameterAsString(parameters, self.COLUMN_MAP, context),
            delimiter=DELIMITER_OPTIONS[self.parameterAsEnum(parameters, self.DELIMITER, context)],
            encoding=ENCODING_OPTIONS[self.parameterAsEnum(parameters, self.ENCODING, context)],
            progress=feedback.setProgress, is_cancelled=feedback.isCanceled)

    INPUT_WHAT = QT_TRANSLATE_NOOP("LptAlgorithm", "a CSV file")

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        """An unreadable INPUT named, with what was expected (QGIS says only "Incorrect parameter value")."""
        from ...qgisio.layers import input_problem
        msg = input_problem(parameters.get(self.INPUT), self.tr(self.INPUT_WHAT), several=True)
        if not msg and self.WORKSPACE_TABLE:
            from ..workspace_param import output_or_workspace
            msg = output_or_workspace(self, parameters, context)
        return (False, msg) if msg else super().checkParameterValues(parameters, context)

    def input_paths(self, parameters, context):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise LptInputError(self.tr("no input file given"), "INPUT", self.tr("choose a CSV file."))
        return path

    def make_reader(self, parameters, context, feedback):  # pragma: no cover - abstract
        raise NotImplementedError

    def after(self, reader, result_counts, parameters, context, feedback, results):
        """Hook: extra outputs once all chunks are written (``reader.finish`` has run)."""

    def run_algorithm(self, parameters, context, feedback):
        import pandas as pd
        from ...core.io.result import ImportResult, empty_rejects
        from ..workspace_param import check_at_the_door, workspace_of
        reader = self.make_reader(parameters, context, feedback)
        to_workspace = bool(self.WORKSPACE_TABLE and workspace_of(self, parameters, context))
        if to_workspace:
            check_at_the_door(self, parameters, context)
        dest, rej_dest, accepted_parts, rejected_parts = self._write_chunks(reader, parameters, context, feedback,
                                                                            to_workspace)
        result = ImportResult(reader.kind, pd.concat(accepted_parts, ignore_index=True) if accepted_parts else
                              pd.DataFrame(), empty_rejects(), reader.stats, reader.notes)
        reader.finish(result)
        self._report(reader, result, feedback)
        results = {self.OUTPUT: dest, self.REJECTS: rej_dest, "READ": result.read, "ACCEPTED": result.n_accepted,
                   "REJECTED": result.n_rejected}
        self.after(reader, result, parameters, context, feedback, results)
        if to_workspace:
            from ..workspace_param import save
            rejects = pd.concat(rejected_parts, ignore_index=True) if rejected_parts else None
            results["WORKSPACE"] = save(self, parameters, context, feedback,
                                        self.workspace_table(parameters, context), result.accepted, reader.kind,
                                        reader.paths, result.read, result.n_rejected, rejects, reader.notes)
        return results

    def _write_chunks(self, reader, parameters, context, feedback, keep_rejects: bool):
        """Each chunk's accepted rows to OUTPUT and rejected rows to REJECTS as they are read; a failed or cancelled
        import leaves no half or temporary file.  Returns (output, rejects output, accepted and rejected parts kept
        for the workspace or :meth:`after`)."""
        out_cols = reader.output_columns()
        sink = rej_sink = None
        extra_cols: List[str] = []
        accepted_parts, rejected_parts = [], []
        try:
            for acc, rej in reader.iter_chunks():
                if sink is None:
                    extra_cols = [c for c in self.extra_output_columns() if c not in out_cols]
                    sink = OutputWriter(self, parameters, context, feedback, self.OUTPUT,
                                        QgsWkbTypes.Point if self.POINTS else None, points=self.POINTS)
                    rej_sink = OutputWriter(self, parameters, context, feedback, self.REJECTS)
                acc = self.transform_chunk(acc)
                for c in extra_cols:
                    if c not in acc:
                        acc[c] = None
                acc = acc.rename(columns={"__file": "source_file", "__row": "source_row"})
                sink.write(acc, out_cols + extra_cols + ["source_file", "source_row"])
                rej_sink.write(rej, ["file", "row", "column", "value", "reason"])
                if self.KEEP_ACCEPTED or keep_rejects:
                    accepted_parts.append(acc)
                if keep_rejects:
                    rejected_parts.append(rej)
            if sink is None:
                raise LptInputError(self.tr("nothing was read"), str(reader.paths[0]), self.tr("check the file."))
            return sink.finish(), rej_sink.finish(), accepted_parts, rejected_parts
        except BaseException:
            for w in (sink, rej_sink):
                if w is not None:
                    w.abort()
            raise

    def _report(self, reader, result, feedback) -> None:
        """Per file: encoding, delimiter and counts; the reader's notes; read = accepted + rejected."""
        for st in reader.stats:
            feedback.pushInfo(self.tr("{0}: {1} encoding, {2} delimiter; read {3:,}, accepted {4:,}, rejected {5:,}")
                              .format(os.path.basename(st.path), st.encoding, repr(st.delimiter), st.read,
                                      st.accepted, st.rejected))
        for note in reader.notes:
            feedback.pushWarning(note)
        feedback.pushInfo(self.tr("{0}: read {1:,} = accepted {2:,} + rejected {3:,}").format(
            reader.kind, result.read, result.n_accepted, result.n_rejected))
        if result.n_rejected:
            feedback.pushWarning(self.tr("{0:,} rows were rejected: see the 'Rejected rows' table for file, row, "
                                         "column, value and reason.").format(result.n_rejected))

    WORKSPACE_TABLE = ""    # workspace table this import writes to ('' = none)

    def workspace_table(self, parameters, context) -> str:
        return self.WORKSPACE_TABLE

    KEEP_ACCEPTED = False   # keep accepted chunks in memory for ``after`` (small tables only)

    def extra_output_columns(self) -> List[str]:
        return []

    def transform_chunk(self, acc):
        return acc
