"""lpt:communityprofile - each community's share of residents (Census 2021) against its share among members who
answered, per ward, LSOA or team area; and insight by group (age band, gender, ethnic group)."""
from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsWkbTypes)

from ...core.errors import LptInputError
from .. import timing
from .base import AnalysisAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP

TOPICS = (("ethnic_group", QT_TRANSLATE_NOOP("LptAlgorithm", "Ethnic group (TS021)")),
          ("religion", QT_TRANSLATE_NOOP("LptAlgorithm", "Religion (TS030)")),
          ("main_language", QT_TRANSLATE_NOOP("LptAlgorithm", "Main language (TS029)")))
UNITS = (QT_TRANSLATE_NOOP("LptAlgorithm", "Areas of the analysis (wards)"),
         QT_TRANSLATE_NOOP("LptAlgorithm", "LSOA 2021"), QT_TRANSLATE_NOOP("LptAlgorithm", "Team areas (layer below)"))


class CommunityProfile(AnalysisAlgorithm):
    NAME = "communityprofile"
    DISPLAY = "Community profile"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Who is not heard: for each area (the wards of the analysis, LSOA 2021 or a team-area layer) and each "
            "community of a Census 2021 table (ethnic group TS021, broad or detailed categories as the table has "
            "them; religion TS030; main language TS029), the community's share of residents against its share "
            "among the members who answered that question. Members' answers are placed in Census categories by "
            "resources/config/community_categories.csv (or your own CATEGORY_MAP). Blank and 'prefer not to say' "
            "answers are coverage (coverage_pct, no_answer), answers the table cannot place are counted apart "
            "(unplaced): neither is ever counted as 'not in the community'. member_share has a 95% Wilson interval "
            "(share_lo, share_hi); ratio = member share / resident share, its interval the Wilson bounds divided by "
            "the resident share (the Census count is a full count, taken as known). A community is flagged "
            "under_represented only where it has at least MIN_RESIDENTS residents in the area and the upper bound "
            "of the ratio is below RATIO_BELOW (default 0.8). Member counts from 1 to SUPPRESS_BELOW - 1 are "
            "suppressed with every figure that would disclose them (the flag stays). A Census area is in the area "
            "holding most of its postcodes; opted-out members are left out. Outputs: COMMUNITY_MAP (one polygon per area "
            "and community, styled by band; give COMMUNITY, or filter on the community field), TABLE (every "
            "community) and GROUP_INSIGHT (respondents, mean trust and confidence and top three priorities by age "
            "band, gender and ethnic group per area, suppressed below SUPPRESS_BELOW respondents). CENSUS: the "
            "Census table as published (long or wide; blank = the workspace's ethnic group table).")
    STYLES = {"COMMUNITY_MAP": "community_profile.qml"}
    BASIC = ("WORKSPACE", "TOPIC", "CENSUS", "UNITS", "COMMUNITY", "MIN_RESIDENTS", "RATIO_BELOW", "SUPPRESS_BELOW")

    def add_own_parameters(self):
        self.addParameter(QgsProcessingParameterEnum("TOPIC", self.tr("Question (members' field and Census topic)"),
                                                     [self.tr(t) for _, t in TOPICS], defaultValue=0))
        self.addParameter(QgsProcessingParameterFile("CENSUS", self.tr(
            "Census 2021 table (CSV by LSOA or OA; blank = the workspace's ethnic group table)"), optional=True,
            fileFilter="CSV (*.csv)"))
        self.addParameter(QgsProcessingParameterFile("CENSUS_METADATA", self.tr(
            "Column metadata for coded Census columns (new_names, Variable_Name)"), optional=True,
            fileFilter="CSV (*.csv)"))
        self.addParameter(QgsProcessingParameterEnum("UNITS", self.tr("Profile by"), [self.tr(u) for u in UNITS],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource("TEAM_AREAS", self.tr("Team areas (polygons)"),
                                                              [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField("TEAM_FIELD", self.tr("Team area code field"),
                                                      parentLayerParameterName="TEAM_AREAS", optional=True))
        self.addParameter(QgsProcessingParameterString("COMMUNITY", self.tr(
            "Community on the map (Census category; blank = every community)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("MIN_RESIDENTS", self.tr(
            "Flag only where the community has at least this many residents"), defaultValue=100, minValue=1,
            maxValue=1000000))
        self.addParameter(QgsProcessingParameterNumber("RATIO_BELOW", self.tr(
            "Flag when the ratio's upper 95% bound is below"), QgsProcessingParameterNumber.Double, 0.8,
            minValue=0.01, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFile("CATEGORY_MAP", self.tr(
            "Member answers to Census categories (topic, level, answer, category; default shipped)"),
            optional=True, fileFilter="CSV (*.csv)"))
        for key, label, typ in (("COMMUNITY_MAP", QT_TRANSLATE_NOOP("CommunityProfile", "Community profile map"), QgsProcessing.TypeVectorPolygon),
                                ("TABLE", QT_TRANSLATE_NOOP("CommunityProfile", "Community profile (every community)"), QgsProcessing.TypeVector),
                                ("GROUP_INSIGHT", QT_TRANSLATE_NOOP("CommunityProfile", "Insight by group"), QgsProcessing.TypeVector)):
            self.addParameter(QgsProcessingParameterFeatureSink(key, self.tr(label), typ))
        for key in ("UNDER_REPRESENTED", "AREAS_PROFILED"):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(key.replace("_", " ").lower())))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        ok, msg = super().checkParameterValues(parameters, context)
        if ok and self.parameterAsEnum(parameters, "UNITS", context) == 2 and \
                not parameters.get("TEAM_AREAS"):
            return False, self.tr("Profile by team areas needs the team-area layer (TEAM_AREAS).")
        return ok, msg

    def run_algorithm(self, parameters, context, feedback):
        from ...core.analyse import community_map as cmap
        from ...core.analyse import community_profile as cp
        from ...core.analyse.group_insight import group_insight
        clock = timing.Stopwatch()
        inp = self.inputs(parameters, context, feedback)
        topic = TOPICS[self.parameterAsEnum(parameters, "TOPIC", context)][0]
        census = self._census(parameters, context, inp, topic)
        mapping = cmap.load_map(self.parameterAsFile(parameters, "CATEGORY_MAP", context) or "")
        clock.lap(timing.READING)
        links = self.links(parameters, context, feedback, inp)
        clock.lap(timing.LINKING)
        units = self._units(parameters, context, feedback, links, inp)
        cfg = cp.ProfileConfig(topic=topic, min_residents=self.parameterAsInt(parameters, "MIN_RESIDENTS", context),
                               ratio_below=self.parameterAsDouble(parameters, "RATIO_BELOW", context),
                               suppress_below=self.parameterAsInt(parameters, "SUPPRESS_BELOW", context))
        table = cp.profile(links.members, census, units, links.postcodes, mapping, cfg)
        feedback.setProgress(70)
        if feedback.isCanceled():
            return {}
        groups = group_insight(links.members, links.surveys, units, cfg.suppress_below)
        self._report(feedback, table, cfg)
        out = {"TABLE": self.write_output(parameters, context, feedback, "TABLE", table),
               "GROUP_INSIGHT": self.write_output(parameters, context, feedback, "GROUP_INSIGHT", groups),
               "COMMUNITY_MAP": self.write_output(parameters, context, feedback, "COMMUNITY_MAP",
                                          self._map_rows(parameters, context, table, units),
                                          QgsWkbTypes.MultiPolygon, multi=True),
               "UNDER_REPRESENTED": int(table.under_represented.sum()), "AREAS_PROFILED": int(table.unit_code.nunique())}
        clock.lap(timing.WRITING)
        clock.report(feedback)
        return out

    def _census(self, parameters, context, inp, topic):
        path = self.parameterAsFile(parameters, "CENSUS", context)
        if path:
            from ...core.io.census import CensusReader
            res = CensusReader([path], metadata_path=self.parameterAsFile(parameters, "CENSUS_METADATA", context)
                               or "").read()
            if res.n_rejected:
                raise LptInputError(self.tr("{0:,} of {1:,} rows of the Census table were rejected (first: row {2}, "
                                            "{3})").format(res.n_rejected, res.read, res.rejects.row.iloc[0],
                                                           res.rejects.reason.iloc[0]), path,
                                    self.tr("check it with Import Census 2021 table, which lists every rejected row."))
            return res.extra["long"]
        if topic == "ethnic_group" and inp.ethnic is not None and len(inp.ethnic):
            return inp.ethnic
        raise LptInputError(self.tr("no Census table for this question"), "CENSUS",
                            self.tr("give the Census 2021 table (CENSUS), or import the ethnic group table (TS021) "
                                    "into the workspace."))

    def _units(self, parameters, context, feedback, links, inp):
        from ...core.analyse import community_units as cu
        kind = self.parameterAsEnum(parameters, "UNITS", context)
        if kind == 0:
            return cu.area_units(links, inp)
        if kind == 1:
            return cu.lsoa_units(links, inp)
        from ...qgisio.layers import frame_from_source
        src = self.parameterAsSource(parameters, "TEAM_AREAS", context)
        if src is None:
            raise LptInputError(self.tr("profile by team areas needs the team-area layer"), "TEAM_AREAS",
                                self.tr("choose the layer."))
        teams = frame_from_source(src, context, feedback, geometry=True, label="TEAM_AREAS")
        field = self.parameterAsString(parameters, "TEAM_FIELD", context) or \
            next((f for f in ("area_code", "team", "name") if f in teams), teams.columns[0])
        return cu.team_units(links, teams, field, "area_name" if "area_name" in teams else "")

    def _map_rows(self, parameters, context, table, units):
        from ...core.analyse import community_map as cmap
        wanted = (self.parameterAsString(parameters, "COMMUNITY", context) or "").strip()
        rows = table
        if wanted:
            rows = table[table.community.map(cmap.norm) == cmap.norm(wanted)]
            if rows.empty:
                raise LptInputError(self.tr("community '{0}' is not a category of the Census table").format(wanted),
                                    "COMMUNITY",
                                    self.tr("use one of: {0}").format("; ".join(sorted(table.community.unique()))))
        return rows.assign(geometry=rows.unit_code.map(units.geometry).values)

    def _report(self, feedback, table, cfg):
        outside = table.attrs.get("census_areas_outside", 0)
        if outside:
            feedback.pushWarning(self.tr("{0:,} Census areas have no postcode in any area: left out.").format(outside))
        if table.answered.sum() == 0:
            feedback.pushWarning(self.tr("No member's answer is placed in a category of this Census table: check "
                                         "the question (TOPIC) and the category map."))
        flagged = table[table.under_represented]
        feedback.pushInfo(self.tr("{0:,} area x community rows; {1:,} under-represented (at least {2:,} residents, "
                                  "ratio's upper bound below {3:g}).").format(len(table), len(flagged),
                                                                               cfg.min_residents, cfg.ratio_below))
        for _, r in flagged.head(20).iterrows():
            feedback.pushInfo("  {0} ({1}): {2}".format(r.unit_name, r.unit_code, r.community))
