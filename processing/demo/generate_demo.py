"""lpt:generatedemodata - synthetic members, survey waves and door-knock visits on real geography."""
import os
import tempfile

from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import (QgsProcessing, QgsProcessingOutputFile, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from ...core.errors import LptInputError
from ..help import PLUGIN_DIR
from ..algorithm import LptAlgorithm
from ...qgisio.layers import guess_field, read_source
from ..catalogue import QT_TRANSLATE_NOOP

DEMO = os.path.join(PLUGIN_DIR, "demo", "data")


TABLE_FILTER = "CSV or GeoPackage (*.csv *.gpkg);;All files (*.*)"
LSOA_CODE_FIELDS = ["lsoa21_code", "lsoa21cd", "LSOA21CD", "area_code", "code"]


def demo_path(*p):
    return os.path.join(DEMO, *p)


def as_csv(path: str, folder: str) -> str:
    """A published CSV as it is; a table the plugin's import wrote (GeoPackage) exported to a CSV in ``folder``
    with its own column names, which the published-file readers accept."""
    path = (path or "").split("|")[0]
    if not path or path.lower().endswith((".csv", ".txt")):
        return path
    from osgeo import gdal
    out = os.path.join(folder, f"{len(os.listdir(folder))}_{os.path.splitext(os.path.basename(path))[0]}.csv")
    src = gdal.OpenEx(path, gdal.OF_VECTOR)
    written = None
    if src is not None and src.GetLayerCount():
        written = gdal.VectorTranslate(out, src, format="CSV", layers=[src.GetLayer(0).GetName()])
    if written is None:
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "{0} cannot be read as a table").format(path),
                            os.path.basename(path),
                            QCoreApplication.translate("LptAlgorithm",
                                                       "give the published CSV or the output of the plugin's import."))
    written = None                      # closes (and flushes) the CSV
    return out


class GenerateDemoData(LptAlgorithm):
    NAME = "generatedemodata"
    DISPLAY = "Generate training / demo data"
    GROUP, GROUP_ID = "Training and demo", "training"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Generates synthetic alert-platform members, quarterly survey responses and door-knock visits on REAL "
            "geography: real postcodes, each LSOA's Census 2021 ethnic group and religion mix (with a realistic "
            "share left blank), IAG, Neighbourhood Watch and community-group members, key contacts and opted-out "
            "members, registration like Humberside's (212,824 houses visited, 59,000+ registered) and confidence "
            "that falls with deprivation and local crime. Seeded and reproducible; up to 1.5 million members. "
            "Defaults use the Kingston upon Hull data shipped with the plugin. Contact details are fictitious. "
            "A small share of rows carries the faults real exports have (typo postcodes, impossible dates, "
            "blank ids) so that training shows the rejects table; set it to 0 for clean data. Each input is either "
            "the published file (CSV, GeoJSON) or the output of the plugin's own import: Import postcode lookup, "
            "Import Census 2021 table, Import classification or deprivation, Import areas (AS=1, LSOA 2021).")
    MEMBERS, SEED, WAVES, DIRTY, CONTACTS = "MEMBERS", "SEED", "WAVES", "DIRTY_SHARE", "INCLUDE_CONTACTS"
    POSTCODES, LSOA, ETHNIC, RELIGION, HOUSEHOLDS, IMD, CRIME, LAD = (
        "POSTCODES", "LSOA21", "ETHNIC", "RELIGION", "HOUSEHOLDS", "IMD", "CRIME_FOLDER", "LAD")
    OUTPUT = "OUTPUT_FOLDER"
    BASIC = ("MEMBERS", "SEED", "WAVES", "DIRTY_SHARE", "INCLUDE_CONTACTS")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterNumber(self.MEMBERS, self.tr("Members"), defaultValue=12000,
                                                       minValue=100, maxValue=1_500_000))
        self.addParameter(QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), defaultValue=20241231))
        self.addParameter(QgsProcessingParameterString(self.WAVES, self.tr("Survey waves (first:last)"),
                                                       defaultValue="2023-Q1:2024-Q4"))
        self.addParameter(QgsProcessingParameterNumber(self.DIRTY, self.tr("Share of rows with realistic faults"),
                                                       QgsProcessingParameterNumber.Double, defaultValue=0.003,
                                                       minValue=0, maxValue=0.2))
        self.addParameter(QgsProcessingParameterBoolean(self.CONTACTS, self.tr("Include fictitious contact fields"),
                                                        defaultValue=True))
        for key, label, default in (
                (self.POSTCODES, QT_TRANSLATE_NOOP("GenerateDemoData", "Postcode lookup (Code-Point Open or ONSPD)"), demo_path("postcodes", "codepo_hu_hull.csv")),
                (self.ETHNIC, QT_TRANSLATE_NOOP("GenerateDemoData", "Census 2021 TS021 ethnic group by LSOA"), demo_path("census2021", "ts021_ethnic_group_lsoa21_hull_long.csv")),
                (self.RELIGION, QT_TRANSLATE_NOOP("GenerateDemoData", "Census 2021 TS030 religion by LSOA"), demo_path("census2021", "ts030_religion_lsoa21_hull_long.csv")),
                (self.HOUSEHOLDS, QT_TRANSLATE_NOOP("GenerateDemoData", "Census 2021 TS011 households by LSOA"), demo_path("census2021", "ts011_household_deprivation_lsoa21_hull_long.csv")),
                (self.IMD, QT_TRANSLATE_NOOP("GenerateDemoData", "Indices of Deprivation 2025 (LSOA 2021)"), demo_path("deprivation", "iod2025_lsoa21_hull.csv"))):
            # optional so that the shipped default is used when the value is absent (QGIS 3.22's file
            # parameter rejects a missing value even when it has a default)
            self.addParameter(QgsProcessingParameterFile(key, self.tr(label), defaultValue=default,
                                                         fileFilter=TABLE_FILTER, optional=True))
        self.addParameter(QgsProcessingParameterFile(self.CRIME, self.tr("police.uk crime folder (optional)"),
                                                     behavior=QgsProcessingParameterFile.Folder, optional=True,
                                                     defaultValue=demo_path("crime")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LSOA, self.tr("LSOA 2021 polygons"), [QgsProcessing.TypeVectorPolygon],
            defaultValue=demo_path("boundaries", "hull_lsoa2021.geojson"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.LAD, self.tr("Keep postcodes of this local authority "
                                                       "(code; blank = all)"), defaultValue="E06000010", optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Output folder")))
        for key in ("MEMBERS_CSV", "SURVEYS_CSV", "VISITS_CSV"):
            self.addOutput(QgsProcessingOutputFile(key, self.tr(key.replace("_CSV", " CSV").title())))
        for key in ("N_MEMBERS", "N_RESPONSES", "N_VISITS"):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(key)))

    def run_algorithm(self, parameters, context, feedback):
        from ...core import synth
        lsoa = self.parameterAsSource(parameters, self.LSOA, context)
        if lsoa is None:
            raise LptInputError(self.tr("the LSOA 2021 layer cannot be read"), "LSOA21",
                                self.tr("choose a polygon layer."))
        code_f = guess_field(lsoa, LSOA_CODE_FIELDS)
        if not code_f:
            raise LptInputError(self.tr("no LSOA 2021 code field (lsoa21_code or LSOA21CD)"), lsoa.sourceName(),
                                self.tr("use the ONS LSOA 2021 boundaries."))
        _, (codes,), wkbs = read_source(lsoa, context, [code_f])
        if not any(str(c)[:3] in ("E01", "W01") for c in codes):
            raise LptInputError(self.tr("{0} holds no LSOA codes (E01…/W01…), e.g. {1}").format(
                                    code_f, codes[0] if len(codes) else ""),
                                lsoa.sourceName(),
                                self.tr("give LSOA 2021 polygons (Import areas with AS=1 for LSOA)."))
        waves = (self.parameterAsString(parameters, self.WAVES, context) or "2023-Q1:2024-Q4").split(":")
        if len(waves) != 2:
            raise LptInputError(self.tr("survey waves must be written first:last, e.g. 2023-Q1:2024-Q4"), "WAVES", "")
        crime = self.parameterAsString(parameters, self.CRIME, context)
        feedback.pushInfo(self.tr("Reading real geography…"))
        with tempfile.TemporaryDirectory(prefix="lpt_demo_") as tmp:
            files = [as_csv(self.parameterAsFile(parameters, k, context), tmp)
                     for k in (self.POSTCODES, self.ETHNIC, self.RELIGION, self.HOUSEHOLDS, self.IMD)]
            geo = synth.load_geography(files[0], codes, wkbs, *files[1:], crime or None,
                                       self.parameterAsString(parameters, self.LAD, context))
        if feedback.isCanceled():
            return {}
        cfg = synth.SynthConfig(members=self.parameterAsInt(parameters, self.MEMBERS, context),
                                seed=self.parameterAsInt(parameters, self.SEED, context),
                                first_wave=waves[0].strip(), last_wave=waves[1].strip(),
                                dirty_share=self.parameterAsDouble(parameters, self.DIRTY, context),
                                include_contacts=self.parameterAsBool(parameters, self.CONTACTS, context))
        feedback.pushInfo(self.tr("{0:,} postcodes in {1:,} LSOAs; generating {2:,} members…").format(
            len(geo.postcodes), geo.postcodes.lsoa.nunique(), cfg.members))
        out = synth.generate(geo, cfg, progress=feedback.setProgress)
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        paths = synth.write(out, folder)
        for k, p in paths.items():
            feedback.pushInfo(self.tr("{0}: {1:,} rows -> {2}").format(k, len(out[k]), p))
        return {self.OUTPUT: folder, "MEMBERS_CSV": paths["members"], "SURVEYS_CSV": paths["surveys"],
                "VISITS_CSV": paths["visits"], "N_MEMBERS": len(out["members"]),
                "N_RESPONSES": len(out["surveys"]), "N_VISITS": len(out["visits"])}
