"""lpt:importforcecrime - a force's own crime extract."""
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingParameterCrs

from ...core.errors import LptInputError
from .base import CsvImportAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP


class ImportForceCrime(CsvImportAlgorithm):
    NAME = "importforcecrime"
    WORKSPACE_TABLE = "crimes"
    DISPLAY = "Import force crime extract"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Reads a force crime extract: crime id, date, offence category and x/y (eastings/northings or "
            "longitude/latitude) in the coordinate reference system you pick. Output: points in British National "
            "Grid (EPSG:27700). Points outside Great Britain, swapped lon/lat, bad dates and repeated ids are "
            "rejected with the reason.")
    OUTPUT_LABEL = "Crimes"
    POINTS = True
    CRS = "CRS"
    STYLES = {"OUTPUT": "crime_points.qml", "REJECTS": "rejects.qml"}

    def add_extra(self):
        self.addParameter(QgsProcessingParameterCrs(self.CRS, self.tr("Coordinate reference system of x/y"),
                                                    defaultValue="EPSG:27700", optional=True))   # left out: BNG

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        """CRS left out means its default, British National Grid (QGIS 3.22's own check refuses a missing CRS)."""
        if parameters.get(self.CRS) in (None, ""):
            parameters = dict(parameters, **{self.CRS: "EPSG:27700"})
        return super().checkParameterValues(parameters, context)

    def make_reader(self, parameters, context, feedback):
        from ...core.io.crime import ForceCrimeReader
        if parameters.get(self.CRS) in (None, ""):
            parameters = dict(parameters, **{self.CRS: "EPSG:27700"})
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            raise LptInputError(self.tr("the coordinate reference system '{0}' is unknown").format(
                                    parameters.get(self.CRS)), "CRS",
                                self.tr("pick one, e.g. EPSG:27700 or EPSG:4326."))
        text = crs.authid() or crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
        return ForceCrimeReader(self.input_paths(parameters, context), crs=text,
                                **self.reader_kwargs(parameters, context, feedback))
