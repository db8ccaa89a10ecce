"""lpt:createsetup - a targeted door-knocking set-up stored in the workspace, with its target list."""
from __future__ import annotations
from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterNumber, QgsProcessingParameterString,
                       QgsWkbTypes)

from ...qgisio.layers import frame_from_source
from ..catalogue import QT_TRANSLATE_NOOP
from ..outputs import OutputWriter
from .base import LoopAlgorithm

SOURCE_LABELS = (QT_TRANSLATE_NOOP("CreateSetup", "Top priority streets (of the areas below, if any)"),
                 QT_TRANSLATE_NOOP("CreateSetup", "Areas where a community is under-represented (area codes below)"),
                 QT_TRANSLATE_NOOP("CreateSetup", "Criteria (include / exclude / must on area and street)"))


class CreateSetup(LoopAlgorithm):
    NAME = "createsetup"
    DISPLAY = "Create door-knocking set-up"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Stores a targeted door-knocking set-up in the workspace: a name, the owning team, dates, and its target "
            "list - the postcodes of its streets with estimated households (Census 2021 households of the LSOA shared "
            "across its postcodes, or your ADDRESS_COUNTS), members already registered, the last visit and outcome, "
            "and whether the street is a priority. Streets come from the top N priority streets (of AREA_CODES if "
            "given), from the areas where a community is under-represented, or from criteria on area, street, "
            "imd_decile, classification (OAC supergroup) and confidence (low / middle / high) ('include "
            "imd_decile=1|2; must confidence=low; exclude area=...'; a value the workspace does not have is an "
            "error). Without REVISIT, households "
            "already registered are not knocked again. Several set-ups can be open at once; archive one with "
            "Archive door-knocking set-up, nothing is ever deleted. Run Link community data on the workspace first.")
    STYLES = {"TARGET_STREETS": "setup_streets.qml", "TARGET_POSTCODES": "setup_postcodes.qml"}
    BASIC = ("WORKSPACE", "NAME", "TEAM", "SOURCE", "PRIORITY_STREETS", "TOP_N", "AREA_CODES")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_workspace()
        for key, label, opt in (("NAME", QT_TRANSLATE_NOOP("CreateSetup", "Set-up name"), False), ("TEAM", QT_TRANSLATE_NOOP("CreateSetup", "Owning team"), False),
                                ("START_DATE", QT_TRANSLATE_NOOP("CreateSetup", "Start date (YYYY-MM-DD)"), True),
                                ("END_DATE", QT_TRANSLATE_NOOP("CreateSetup", "End date (YYYY-MM-DD)"), True)):
            self.addParameter(QgsProcessingParameterString(key, self.tr(label), optional=opt))
        self.addParameter(QgsProcessingParameterEnum("SOURCE", self.tr("Streets from"),
                                                     [self.tr(s) for s in SOURCE_LABELS], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource("PRIORITY_STREETS", self.tr("Priority streets"),
                                                              [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterNumber("TOP_N", self.tr("Top priority streets"), defaultValue=20,
                                                       minValue=1, maxValue=1000))
        self.addParameter(QgsProcessingParameterString("AREA_CODES", self.tr("Area codes (comma separated)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("COMMUNITY", self.tr("Community (recorded with the set-up)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("CRITERIA", self.tr("Criteria"), optional=True,
                                                       multiLine=True))
        self.addParameter(QgsProcessingParameterBoolean("REVISIT", self.tr(
            "Include households already registered (revisit)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFile("ADDRESS_COUNTS", self.tr(
            "Address counts (CSV postcode,addresses; instead of the Census estimate)"), optional=True,
            fileFilter="CSV (*.csv)"))
        self.add_max_distance()
        self.addParameter(QgsProcessingParameterFeatureSink("TARGET_STREETS", self.tr("Target streets"),
                                                            QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink("TARGET_POSTCODES", self.tr("Target postcodes"),
                                                            QgsProcessing.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputString("SETUP_ID", self.tr("Set-up id")))
        for key, label in (("POSTCODES", "Postcodes targeted"), ("HOUSEHOLDS", "Households to visit")):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def spec(self, parameters, context):
        from ...core.engage import setups as S
        get = lambda k: (self.parameterAsString(parameters, k, context) or "").strip()  # noqa: E731
        return S.SetupSpec(name=get("NAME"), team=get("TEAM"), source=S.SOURCES[self.parameterAsEnum(
            parameters, "SOURCE", context)], start_date=get("START_DATE"), end_date=get("END_DATE"),
            area_codes=[c.strip() for c in get("AREA_CODES").split(",") if c.strip()],
            top_n=self.parameterAsInt(parameters, "TOP_N", context), community=get("COMMUNITY"),
            criteria=get("CRITERIA"), revisit=self.parameterAsBool(parameters, "REVISIT", context),
            created_by=self.user())

    def run_algorithm(self, parameters, context, feedback):
        from ...core.engage import setups as S
        from ...core.engage.visit_list import per_street
        spec = self.spec(parameters, context)
        spec.check()
        ranked = self._ranked(parameters, context, feedback)
        addresses = self._addresses(parameters, context)
        with self.open_workspace(parameters, context) as store:
            self.link_first(store, parameters, context, feedback)
            setup_id, targets = S.create(store, spec, ranked, addresses)
            streets = store.read_table("streets", ["street_id", "name", "geometry"])
        feedback.setProgress(70)
        streets = streets[streets.street_id.astype(str).isin(set(targets.street_id))]
        lines = streets.assign(street_id=streets.street_id.astype(str)).join(per_street(targets), on="street_id")
        lines = lines.assign(setup_id=setup_id)[["setup_id", "street_id", "name", "postcodes", "households",
                                                 "geometry"]]
        s_dest = self.write_output(parameters, context, feedback, "TARGET_STREETS", lines, QgsWkbTypes.LineString)
        w = OutputWriter(self, parameters, context, feedback, "TARGET_POSTCODES", QgsWkbTypes.Point, points=True)
        w.write(targets.assign(setup_id=setup_id))
        p_dest = w.finish()
        households = float(targets.households_to_visit.sum())
        feedback.pushInfo(self.tr("Set-up {0} '{1}' ({2}): {3:,} postcodes on {4:,} streets, {5}, {6:,} members "
                                  "already registered there").format(
            setup_id, spec.name, spec.team, len(targets), targets.street_id.nunique(), self._households(targets),
            int(targets.members_registered.sum())))
        return {"SETUP_ID": setup_id, "TARGET_STREETS": s_dest, "TARGET_POSTCODES": p_dest,
                "POSTCODES": len(targets), "HOUSEHOLDS": households}

    def _households(self, targets) -> str:
        """'about N households to visit', or why there is no estimate ('about 0' was printed when the workspace has
        no Census households)."""
        known = targets.households_to_visit.notna()
        if not known.any():
            return self.tr("households to visit not estimated (no Census 2021 households for their LSOAs: run "
                           "lpt:importcensus)")
        text = self.tr("about {0:,.0f} households to visit").format(float(targets.households_to_visit[known].sum()))
        if not known.all():
            text += self.tr(" ({0:,} postcodes without an estimate)").format(int((~known).sum()))
        return text

    def _ranked(self, parameters, context, feedback):
        src = self.parameterAsSource(parameters, "PRIORITY_STREETS", context)
        if src is None:
            return None
        return frame_from_source(src, context, feedback, required=("street_id", "rank", "area_code"),
                                 label="Priority streets")

    def _addresses(self, parameters, context):
        path = (self.parameterAsFile(parameters, "ADDRESS_COUNTS", context) or "").strip()
        if not path:
            return None
        from ...core.io.addresses import read_address_counts
        return read_address_counts(path)
