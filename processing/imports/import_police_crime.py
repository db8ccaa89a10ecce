"""lpt:importpolicecrime - police.uk street-level crime CSVs as downloaded."""
import os

from qgis.core import QgsProcessingParameterFile

from ...core.errors import LptInputError
from .base import CsvImportAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP


class ImportPoliceCrime(CsvImportAlgorithm):
    NAME = "importpolicecrime"
    WORKSPACE_TABLE = "crimes"
    DISPLAY = "Import police.uk crime"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Reads police.uk street-level crime CSVs exactly as downloaded: one file, several files (separate "
            "paths with ;) or a folder of monthly files. LSOA 2011 and 2021 codes are both accepted; give the ONS "
            "LSOA 2011-2021 lookup to record which vintage each file uses. Output: points in British National "
            "Grid (EPSG:27700) with the 'On or near' street name kept. Records that share a Crime ID are kept "
            "(police.uk publishes such ids); only exact repeats of a whole row are rejected.")
    OUTPUT_LABEL = "Crimes"
    POINTS = True
    FOLDER = "FOLDER"
    INPUT_WHAT = QT_TRANSLATE_NOOP("LptAlgorithm", "a police.uk CSV file (a folder of monthly files goes in FOLDER)")
    LOOKUP = "LSOA_LOOKUP"
    STYLES = {"OUTPUT": "crime_points.qml", "REJECTS": "rejects.qml"}

    def add_input(self):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("police.uk CSV file(s) (separate with ;)"),
                                                     optional=True, fileFilter="CSV (*.csv)"))
        self.addParameter(QgsProcessingParameterFile(self.FOLDER, self.tr("or a folder of monthly CSVs"),
                                                     behavior=QgsProcessingParameterFile.Folder, optional=True))

    def add_extra(self):
        self.addParameter(QgsProcessingParameterFile(self.LOOKUP, self.tr("LSOA 2011-2021 lookup (optional)"),
                                                     optional=True, fileFilter="CSV (*.csv)"))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        for key in (self.INPUT, self.FOLDER):           # police.uk's download: a zip (QGIS said only "Incorrect
            given = parameters.get(key)                 # parameter value for INPUT"; FOLDER sent to INPUT)
            zipped = [p for p in given.split(";") if p.strip().lower().endswith(".zip")] \
                if isinstance(given, str) else []
            if zipped:
                return False, str(LptInputError(
                    self.tr("{0} is a zip archive, as police.uk downloads come; nothing was read or written").format(
                        key), zipped[0].strip(), self.tr("unzip it (it unpacks into a folder per month) and give "
                                                         "that folder as FOLDER.")))
        folder = parameters.get(self.FOLDER)
        if isinstance(folder, str) and folder.strip() and not os.path.isdir(folder):
            what = (self.tr("is a file, not a folder (FOLDER expects the folder of monthly police.uk CSVs)")
                    if os.path.isfile(folder) else
                    self.tr("folder not found (FOLDER expects the folder of monthly police.uk CSVs)"))
            return False, str(LptInputError(what, folder, self.tr("choose the folder, or give the file as INPUT.")))
        return super().checkParameterValues(parameters, context)

    def input_paths(self, parameters, context):
        from ...core.io.police_files import police_folder_files, refuse_not_crimes
        paths = []
        f = self.parameterAsString(parameters, self.INPUT, context)
        d = self.parameterAsString(parameters, self.FOLDER, context)
        if f:
            paths += [p for p in f.split(";") if p.strip()]
            refuse_not_crimes(paths)
        self.skipped = []
        if d:
            found, self.skipped = police_folder_files(d)
            paths += found
        if not paths:
            raise LptInputError(self.tr("no police.uk file or folder given"), "INPUT",
                                self.tr("choose CSV file(s) or a folder."))
        return paths

    def make_reader(self, parameters, context, feedback):
        from ...core.io.classification import LsoaLookupReader
        from ...core.io.crime import PoliceUkReader
        kw = self.reader_kwargs(parameters, context, feedback)
        lk = self.parameterAsFile(parameters, self.LOOKUP, context)
        l11 = l21 = None
        if lk:
            look = LsoaLookupReader(lk).read().accepted
            l11, l21 = set(look.lsoa11_code), set(look.lsoa21_code)
        paths = self.input_paths(parameters, context)
        for p in self.skipped:
            feedback.pushInfo(self.tr("{0}: police.uk outcomes or stop-and-search, not street-level crimes: "
                                      "skipped").format(p))
        return PoliceUkReader(paths, lsoa11_codes=l11, lsoa21_codes=l21, **kw)
