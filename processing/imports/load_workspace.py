"""lpt:loadworkspace - a force's inputs into its workspace in one run: each given input through its own import
algorithm (the same checks, rejects and provenance), in one process, with one progress bar and one cancel."""
import os

from qgis.core import (QgsApplication, QgsProcessing, QgsProcessingException, QgsProcessingMultiStepFeedback,
                       QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterCrs,
                       QgsProcessingParameterFile, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterVectorLayer)

from ...core.errors import LptInputError
from ..algorithm import LptAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP
from ..workspace_param import workspace_parameter

# (parameter, import algorithm, parameter label) in the order they are loaded
STEPS = (("MEMBERS", "lpt:importmembers", QT_TRANSLATE_NOOP("LoadWorkspace", "Alert-platform members (CSV)")),
         ("SURVEYS", "lpt:importsurveys", QT_TRANSLATE_NOOP("LoadWorkspace", "Survey responses (CSV)")),
         ("CRIMES", "lpt:importforcecrime", QT_TRANSLATE_NOOP("LoadWorkspace", "Force crime extract (CSV)")),
         ("POSTCODES", "lpt:importpostcodes", QT_TRANSLATE_NOOP("LoadWorkspace", "Postcode lookup (CSV)")),
         ("STREETS", "lpt:importstreets", QT_TRANSLATE_NOOP("LoadWorkspace", "Street lines")),
         ("AREAS", "lpt:importareas", QT_TRANSLATE_NOOP("LoadWorkspace", "Areas (wards, beats, neighbourhoods)")))
LAYERS = {"STREETS": QgsProcessing.TypeVectorLine, "AREAS": QgsProcessing.TypeVectorPolygon}
COUNTS = ("READ", "ACCEPTED", "REJECTED")


class LoadWorkspace(LptAlgorithm):
    NAME = "loadworkspace"
    DISPLAY = "Load a force's data into a workspace"
    GROUP, GROUP_ID = "Import", "import"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Loads a force's inputs into a workspace in one run: members, survey responses, the force crime "
            "extract, the postcode lookup, streets and areas - any of them; each through its own import algorithm "
            "(the same checks, rejects with file, row, column, value and reason, and provenance), in that order, "
            "with one progress bar. Each input replaces its table as its own import would; if one fails, the "
            "tables loaded before it stay loaded and the run stops with the input named. Rejected rows are kept "
            "in the workspace; with REJECTS_FOLDER each input's rejects are also written there as "
            "members_rejects.csv, crimes_rejects.csv and so on. The accepted rows are not written to files: use the single imports for that. "
            "For a force's monthly refresh, and for loading many forces (one qgis_process run per force, not six).")
    BASIC = ("WORKSPACE",) + tuple(s[0] for s in STEPS)

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.addParameter(workspace_parameter(self.tr(
            "Workspace (GeoPackage, created if new; or a PostGIS connection: pg:NAME, service=NAME)")))
        for key, _alg, label in STEPS:
            if key in LAYERS:
                self.addParameter(QgsProcessingParameterVectorLayer(key, self.tr(label), [LAYERS[key]],
                                                                    optional=True))
            else:
                self.addParameter(QgsProcessingParameterFile(
                    key, self.tr(label), optional=True, fileFilter=self.tr("CSV files (*.csv *.txt);;All files (*.*)")))
            if key == "CRIMES":
                self.addParameter(QgsProcessingParameterCrs("CRIMES_CRS", self.tr(
                    "Coordinate reference system of the crime extract's x/y"), defaultValue="EPSG:27700", optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            "REJECTS_FOLDER", self.tr("Folder for each input's rejected rows (CSV)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputString("LOADED", self.tr("Tables loaded")))
        said = dict(zip(COUNTS, (self.tr("{0}: rows read"), self.tr("{0}: rows accepted"), self.tr("{0}: rows rejected"))))
        for key, _alg, label in STEPS:
            for c in COUNTS:
                self.addOutput(QgsProcessingOutputNumber(f"{key}_{c}", said[c].format(self.tr(label))))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        """At the door, before anything is loaded: at least one input, and each import's own checks."""
        ok, msg = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, msg
        steps = self._steps(parameters, context, "")
        if not steps:
            return False, self.tr("Give at least one input to load (members, surveys, crimes, postcodes, streets "
                                  "or areas).")
        for key, alg, params in steps:
            ok, msg = alg.checkParameterValues(params, context)
            if not ok:
                return False, self.tr("{0}: {1}").format(key, msg)
        return True, ""

    def _steps(self, parameters, context, rejects_folder):
        """[(input key, a new instance of its import algorithm, its parameters)] for the inputs given."""
        ws = (self.parameterAsFile(parameters, "WORKSPACE", context) or "").strip()
        out = []
        for key, alg_id, _label in STEPS:
            value = parameters.get(key)
            if value in (None, ""):
                continue
            alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
            if alg is None:
                raise QgsProcessingException(self.tr("The algorithm {0} is not available.").format(alg_id))
            params = {"INPUT": value, "WORKSPACE": ws}
            if key == "CRIMES":
                params["CRS"] = parameters.get("CRIMES_CRS") or "EPSG:27700"
            if rejects_folder:
                params["REJECTS"] = os.path.join(rejects_folder, f"{key.lower()}_rejects.csv")
            out.append((key, alg, params))
        return out

    def run_algorithm(self, parameters, context, feedback):
        folder = self.parameterAsString(parameters, "REJECTS_FOLDER", context) if \
            parameters.get("REJECTS_FOLDER") not in (None, "") else ""
        if folder:
            os.makedirs(folder, exist_ok=True)
        steps = self._steps(parameters, context, folder)
        if not steps:
            raise LptInputError(self.tr("no input to load"), "MEMBERS", self.tr("give at least one input."))
        multi = QgsProcessingMultiStepFeedback(len(steps), feedback)
        results, loaded = {"REJECTS_FOLDER": folder or None}, []
        for n, (key, alg, params) in enumerate(steps):
            multi.setCurrentStep(n)
            if feedback.isCanceled():
                break
            feedback.pushInfo(self.tr("Loading {0} ({1})…").format(key.lower(), os.path.basename(
                str(params["INPUT"]).split("|")[0])))
            res = self._run_one(key, alg, params, context, multi, loaded)
            for c in COUNTS:
                results[f"{key}_{c}"] = res.get(c)
            loaded.append(key.lower())
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled by the user; loaded before the cancel: {0}.").format(
                ", ".join(loaded) or "-"))
        results["LOADED"] = ",".join(loaded)
        return results

    def _run_one(self, key, alg, params, context, feedback, loaded):
        """One import, as a child: its rejects layers are not loaded into the project when the load ends."""
        ok, msg = alg.checkParameterValues(params, context)
        to_load = context.layersToLoadOnCompletion()
        try:
            if not ok:
                raise QgsProcessingException(msg)
            res, ok = alg.run(params, context, feedback, {}, False)
        except QgsProcessingException as exc:
            raise QgsProcessingException(self.tr("Loading {0} failed: {1} Loaded before it (kept): {2}.").format(
                key.lower(), str(exc).strip(), ", ".join(loaded) or "-"))
        finally:
            context.setLayersToLoadOnCompletion(to_load)
        if not ok:
            raise QgsProcessingException(self.tr("Loading {0} failed. Loaded before it (kept): {1}.").format(
                key.lower(), ", ".join(loaded) or "-"))
        return res
