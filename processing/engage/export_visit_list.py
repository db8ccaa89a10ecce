"""lpt:exportvisitlist - a set-up's visit list as a folder QField opens offline (GeoPackage + QGIS project)."""
import os
from datetime import datetime, timezone

from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import (QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterString)

from ...core.errors import LptInputError
from ...qgisio.qfield_project import write_project
from ..algorithm import STYLE_DIR
from ..catalogue import QT_TRANSLATE_NOOP
from .base import LoopAlgorithm


class ExportVisitList(LoopAlgorithm):
    NAME = "exportvisitlist"
    DISPLAY = "Export visit list for QField"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Writes an open set-up's visit list as a folder for officers' phones: a GeoPackage and a QGIS project "
            "that QField opens offline. The map shows the set-up's streets, the postcodes to knock (labelled, "
            "coloured by their last outcome) and the areas; officers add a visit per door with a form: outcome "
            "from a list (not in, declined, registered, surveyed, already registered, no access), date, officer "
            "and a short note that must not hold personal data. Each visit gets a UUID. Copy the folder to the "
            "phone (or QFieldCloud) and bring the GeoPackage back with Import visit outcomes. The list holds "
            "postcodes, streets and counts only, no member. A folder that already holds this set-up's package "
            "with visits in it is not overwritten.")
    BASIC = ("WORKSPACE", "SETUP_ID", "OUTPUT_FOLDER")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_workspace()
        self.addParameter(QgsProcessingParameterString("SETUP_ID", self.tr("Set-up id (e.g. S0001)")))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", self.tr("Visit-list folder")))
        self.addOutput(QgsProcessingOutputFile("PROJECT", self.tr("QField project")))
        self.addOutput(QgsProcessingOutputFile("GEOPACKAGE", self.tr("Visit-list GeoPackage")))
        self.addOutput(QgsProcessingOutputNumber("POSTCODES", self.tr("Postcodes on the list")))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.engage import visit_list
        from ...core.io.visit_package import write_package
        setup_id = (self.parameterAsString(parameters, "SETUP_ID", context) or "").strip().upper()
        if not setup_id:
            raise LptInputError(self.tr("no set-up id given"), "SETUP_ID",
                                self.tr("give the id lpt:createsetup returned, e.g. S0001."))
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        with self.open_workspace(parameters, context) as store:
            vl = visit_list.build(store, setup_id)
        feedback.setProgress(30)
        os.makedirs(folder, exist_ok=True)
        name = f"visits_{setup_id}"
        gpkg = os.path.join(folder, name + ".gpkg")
        _refuse_recorded(gpkg)
        made = datetime.now(timezone.utc).isoformat(timespec="seconds")
        write_package(gpkg, setup_id, vl.streets, vl.postcodes, vl.areas, made)
        feedback.setProgress(70)
        title = self.tr("Visit list {0}: {1} ({2})").format(setup_id, vl.setup["name"], vl.setup["team"])
        project = write_project(folder, name + ".gpkg", name, setup_id, title, STYLE_DIR, self.tr)
        feedback.pushInfo(self.tr("Visit list of {0}: {1:,} postcodes on {2:,} streets, {3}").format(
            setup_id, len(vl.postcodes), len(vl.streets), project))
        return {"OUTPUT_FOLDER": folder, "PROJECT": project, "GEOPACKAGE": gpkg, "POSTCODES": len(vl.postcodes)}


def _refuse_recorded(gpkg: str) -> None:
    """A package already in the folder with visits recorded on it would lose them: refused."""
    if not os.path.exists(gpkg):
        return
    from ...core.io.visit_package import read_package
    try:
        _, visits, _ = read_package(gpkg)
    except LptInputError:
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "the folder holds a GeoPackage of that name "
                                                       "that is not a visit list"), gpkg,
                            QCoreApplication.translate("LptAlgorithm", "choose another folder."))
    if len(visits):
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "the folder already holds this set-up's visit "
                                                       "list with {0:,} visits recorded").format(len(visits)), gpkg,
                            QCoreApplication.translate("LptAlgorithm", "import them with Import visit outcomes, then "
                                                       "choose another folder."))
