"""Every algorithm of the provider: module, class, id, name and group, without importing any of them.

The plugin menu and the provider read this table. When a required Python package is missing the real
algorithm modules are not imported at all (they need pandas, shapely 2, ...): each id is registered as an
:class:`~.unavailable.Unavailable` algorithm that says what is missing and how to install it.
``tests/test_plugin_processing.py`` checks the table against the classes.
"""
from typing import NamedTuple, Tuple

from ..core.i18n import QT_TRANSLATE_NOOP  # noqa: F401 - marks the names below; others import it from here


class Entry(NamedTuple):
    module: str
    cls: str
    name: str
    display: str
    group: str
    group_id: str


CATALOGUE: Tuple[Entry, ...] = (
    Entry("imports.import_members", "ImportMembers", "importmembers",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Import alert-platform members"), "Import", "import"),
    Entry("imports.import_surveys", "ImportSurveys", "importsurveys",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Import survey responses"), "Import", "import"),
    Entry("imports.import_police_crime", "ImportPoliceCrime", "importpolicecrime",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Import police.uk crime"), "Import", "import"),
    Entry("imports.import_force_crime", "ImportForceCrime", "importforcecrime",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Import force crime extract"), "Import", "import"),
    Entry("imports.import_postcodes", "ImportPostcodes", "importpostcodes",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Import postcode lookup"), "Import", "import"),
    Entry("imports.import_classification", "ImportClassification", "importclassification",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Import classification or deprivation"), "Import", "import"),
    Entry("imports.import_census", "ImportCensus", "importcensus",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Import Census 2021 table"), "Import", "import"),
    Entry("imports.import_streets", "ImportStreets", "importstreets",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Import streets"), "Import", "import"),
    Entry("imports.import_areas", "ImportAreas", "importareas",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Import areas (wards, beats, neighbourhoods)"), "Import", "import"),
    Entry("imports.streets_from_crime", "StreetsFromCrime", "streetsfromcrime",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Approximate streets from police.uk points"), "Import", "import"),
    Entry("imports.import_visits", "ImportVisits", "importvisits",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Import door-knock visits"), "Import", "import"),
    Entry("imports.load_workspace", "LoadWorkspace", "loadworkspace",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Load a force's data into a workspace"), "Import", "import"),
    Entry("analyse.link_community", "LinkCommunity", "linkcommunity",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Link community data"), "Insight", "insight"),
    Entry("analyse.compare_periods", "ComparePeriods", "compareperiods",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Compare periods"), "Insight", "insight"),
    Entry("analyse.community_profile", "CommunityProfile", "communityprofile",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Community profile"), "Insight", "insight"),
    Entry("analyse.priority_streets", "PriorityStreets", "prioritystreets",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Priority streets"), "Priorities", "priorities"),
    Entry("report.briefing_pack", "BriefingPack", "briefingpack",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Briefing pack (PDF per area)"), "Priorities", "priorities"),
    Entry("analyse.evaluate_activity", "EvaluateActivity", "evaluateactivity",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Evaluate targeted activity"), "Priorities", "priorities"),
    Entry("engage.export_message", "ExportMessage", "exportmessage",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Export area-targeted message"), "Messages", "messages"),
    Entry("report.engagement_report", "EngagementReport", "engagementreport",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Engagement report (replies)"), "Messages", "messages"),
    Entry("engage.create_setup", "CreateSetup", "createsetup",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Create door-knocking set-up"), "Engagement loop", "loop"),
    Entry("engage.export_visit_list", "ExportVisitList", "exportvisitlist",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Export visit list for QField"), "Engagement loop", "loop"),
    Entry("engage.import_visit_outcomes", "ImportVisitOutcomes", "importvisitoutcomes",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Import visit outcomes"), "Engagement loop", "loop"),
    Entry("report.progress_report", "ProgressReport", "progressreport",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Door-knocking progress report"), "Engagement loop", "loop"),
    Entry("engage.archive_setup", "ArchiveSetup", "archivesetup",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Archive door-knocking set-up"), "Engagement loop", "loop"),
    Entry("engage.key_contacts", "KeyContacts", "keycontacts",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Key contacts (personal data)"), "Engagement loop", "loop"),
    Entry("store.setup_database", "SetupDatabase", "setupdatabase", QT_TRANSLATE_NOOP("LptAlgorithm", "Set up the workspace database (PostGIS)"), "Import", "import"),  # noqa: E501
    Entry("demo.generate_demo", "GenerateDemoData", "generatedemodata",
          QT_TRANSLATE_NOOP("LptAlgorithm", "Generate training / demo data"), "Training and demo", "training"),
)


GROUPS = (QT_TRANSLATE_NOOP("LptAlgorithm", "Import"), QT_TRANSLATE_NOOP("LptAlgorithm", "Insight"),
          QT_TRANSLATE_NOOP("LptAlgorithm", "Priorities"), QT_TRANSLATE_NOOP("LptAlgorithm", "Messages"),
          QT_TRANSLATE_NOOP("LptAlgorithm", "Engagement loop"),
          QT_TRANSLATE_NOOP("LptAlgorithm", "Training and demo"))
