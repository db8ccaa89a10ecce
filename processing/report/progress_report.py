"""lpt:progressreport - supervisors' progress of door-knocking set-ups (HTML with a chart, and CSV tables)."""
from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from ...core.errors import LptInputError
from ..catalogue import QT_TRANSLATE_NOOP
from ..engage.base import LoopAlgorithm


class ProgressReport(LoopAlgorithm):
    NAME = "progressreport"
    DISPLAY = "Door-knocking progress report"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Reports the progress of door-knocking set-ups for supervisors: per set-up, team and week, households "
            "targeted, doors knocked, contact rate, registrations, people surveyed at the door, survey responses "
            "from the set-up's postcodes while it ran, and - for a set-up aimed at a community - that community's "
            "share among members of its postcodes who joined since it started against those who joined before "
            "(Wilson 95% intervals, not shown below the threshold). HTML with a chart of visits per week by "
            "outcome, and the same figures as tables. Counts only: no member, name or address.")
    BASIC = ("WORKSPACE", "SETUP_IDS", "TEAM", "REPORT")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_workspace()
        self.addParameter(QgsProcessingParameterString("SETUP_IDS", self.tr(
            "Set-up ids (comma separated; blank = every open set-up)"), optional=True))
        self.addParameter(QgsProcessingParameterString("TEAM", self.tr("Only this team's set-ups"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("SUPPRESS_BELOW", self.tr(
            "Do not show a community share based on fewer than this many people"), defaultValue=5, minValue=1,
            maxValue=1000))
        self.addParameter(QgsProcessingParameterFileDestination("REPORT", self.tr("Progress report (HTML)"),
                                                                "HTML (*.html)"))
        self.addParameter(QgsProcessingParameterFeatureSink("SETUPS", self.tr("Progress per set-up"),
                                                            QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink("WEEKS", self.tr("Progress per set-up and week"),
                                                            QgsProcessing.TypeVector))
        for key, label in (("VISITS", "Doors knocked"), ("REGISTERED", "Registered")):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.report import progress as P
        from ...core.report.progress_html import SETUP_FIELDS
        from ...core.report.progress_html import render
        from ...core.report.report import write_report
        ids = [s.strip().upper() for s in (self.parameterAsString(parameters, "SETUP_IDS", context) or "").split(",")
               if s.strip()]
        team = (self.parameterAsString(parameters, "TEAM", context) or "").strip()
        suppress = self.parameterAsInt(parameters, "SUPPRESS_BELOW", context)
        with self.open_workspace(parameters, context) as store:
            have = set(store.read_table("lpt_setups", ["setup_id"]).setup_id)
            unknown = sorted(set(ids) - have)
            if unknown:
                raise LptInputError(self.tr("the workspace has no set-up {ids} (set-ups: {known})").format(
                    ids=", ".join(unknown), known=", ".join(sorted(have)) or self.tr("none")), "SETUP_IDS", "")
            if team:
                self._check_team(store, team)
            prog = P.build(store, ids or None, team, suppress)
        feedback.setProgress(60)
        title = ", ".join(ids) if ids else (self.tr("open set-ups of {0}").format(team) if team
                                             else self.tr("all open set-ups"))
        path = write_report(render(prog, title), self.parameterAsFileOutput(parameters, "REPORT", context))
        setups = prog.setups.reindex(columns=SETUP_FIELDS)
        s_dest = self.write_output(parameters, context, feedback, "SETUPS", setups)
        w_dest = self.write_output(parameters, context, feedback, "WEEKS", prog.weeks)
        visits = int(setups.visits.sum()) if len(setups) else 0
        registered = int(setups.registered.sum()) if len(setups) else 0
        feedback.pushInfo(self.tr("{0} set-ups: {1:,} doors knocked, {2:,} registered; report {3}").format(
            len(setups), visits, registered, path))
        return {"REPORT": path, "SETUPS": s_dest, "WEEKS": w_dest, "VISITS": visits, "REGISTERED": registered}

    def _check_team(self, store, team):
        """TEAM names a team of a set-up the user can see (a typo wrote an empty report and said it worked)."""
        import difflib
        from ...core.io import consent
        import pandas as pd
        teams = sorted({t for t in store.read_table("lpt_setups", ["team"]).team.dropna().astype(str) if t.strip()})
        words = consent.normalise_words(pd.Series([team] + teams))
        if words.iloc[0] in set(words.iloc[1:]):
            return
        near = difflib.get_close_matches(team, teams, 3, 0.5)
        listed = near + [t for t in teams if t not in near]
        raise LptInputError(self.tr("no set-up of team {0!r}; nothing was written (teams: {1})").format(
            team, ", ".join(listed) or self.tr("none")), "TEAM",
            self.tr("give one of the teams listed (letter case and spacing do not matter), or leave TEAM empty."))
