"""The qgis_process example of every algorithm (help panel and README), built from its own parameter definitions.

Each example gives every required input (a file shipped in ``demo/data``, or what an earlier example wrote) and
every output the algorithm writes by default, named with the extension its type takes: an HTML report ``.html``,
a folder a plain name, a layer ``.gpkg``, a table without geometry that nothing else reads ``.csv``. Run in one
folder in the order of :data:`INPUTS`, each example finds the files the earlier ones wrote.
``tests/test_fix23_helpmaps_help.py`` runs every example through ``qgis_process.bin``.
"""
import os
import shlex
from typing import Dict, List, Tuple

from qgis.core import QgsProcessing

DEMO_TOKEN = "{demo}"
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHIPPED_DEMO = os.path.join(HERE, "demo", "data")

_LAYERS = {"MEMBERS": "members.gpkg", "SURVEYS": "surveys.gpkg", "CRIMES": "crime.gpkg", "POSTCODES": "postcodes.gpkg",
           "STREETS": "streets_approx.gpkg", "AREAS": "wards.gpkg"}
_CONTEXT = {**_LAYERS, "LSOA21": "{demo}/boundaries/hull_lsoa2021.geojson", "IMD": "iod.gpkg",
            "HOUSEHOLDS": "households.gpkg"}

# algorithm -> its inputs, in the order the examples run (later ones read what earlier ones wrote). Files that are
# not shipped are a user's own: osm_roads.gpkg (an OpenStreetMap roads extract) and replies.csv (the platform's
# replies export).
INPUTS: Dict[str, Dict[str, str]] = {
    "importpostcodes": {"WORKSPACE": "workspace.gpkg", "INPUT": "{demo}/postcodes/codepo_hu_hull.csv"},
    "importareas": {"WORKSPACE": "workspace.gpkg", "INPUT": "{demo}/boundaries/hull_wards2022.geojson"},
    "generatedemodata": {"MEMBERS": "3000", "SEED": "1", "POSTCODES": "postcodes.gpkg"},
    "importmembers": {"WORKSPACE": "workspace.gpkg", "INPUT": "training/members.csv"},
    "importsurveys": {"INPUT": "training/surveys.csv"},
    "importvisits": {"WORKSPACE": "workspace.gpkg", "INPUT": "training/visits.csv"},
    "loadworkspace": {"WORKSPACE": "force_workspace.gpkg", "MEMBERS": "training/members.csv",
                      "SURVEYS": "training/surveys.csv", "POSTCODES": "{demo}/postcodes/codepo_hu_hull.csv",
                      "AREAS": "{demo}/boundaries/hull_wards2022.geojson"},
    "importpolicecrime": {"WORKSPACE": "workspace.gpkg", "FOLDER": "{demo}/crime",
                          "LSOA_LOOKUP": "{demo}/lookups/lsoa11_lsoa21_hull.csv"},
    "importforcecrime": {"INPUT": "{demo}/crime/2024-01-hull-street.csv", "CRS": "EPSG:4326",
                         "COLUMN_MAP": "crime_id=Crime ID;date=Month;category=Crime type;x=Longitude;y=Latitude"},
    "importclassification": {"INPUT": "{demo}/deprivation/iod2025_lsoa21_hull.csv", "KIND": "3"},
    "importcensus": {"WORKSPACE": "workspace.gpkg",
                     "INPUT": "{demo}/census2021/ts011_household_deprivation_lsoa21_hull_long.csv"},
    "importstreets": {"INPUT": "osm_roads.gpkg", "NAME_FIELD": "name", "CLASS_FIELD": "highway"},
    "streetsfromcrime": {"WORKSPACE": "workspace.gpkg", "INPUT": "crime.gpkg"},
    "linkcommunity": {**_CONTEXT, "PERIOD_START": "2024-01", "PERIOD_END": "2024-02"},
    "compareperiods": {**_CONTEXT, "P1_START": "2024-01", "P1_END": "2024-01", "P2_START": "2024-02",
                       "P2_END": "2024-02"},
    "prioritystreets": {**_CONTEXT, "VISITS": "visits.gpkg", "PERIOD_START": "2024-02", "PERIOD_END": "2024-02"},
    "briefingpack": {"PRIORITY_STREETS": "priority_streets.gpkg", "PRIORITY_AREAS": "priority_areas.gpkg",
                     "HOT_PLACES": "hot_places.gpkg", "AREA_INSIGHT": "area_insight.gpkg"},
    "exportmessage": {"MEMBERS": "members.gpkg", "POSTCODES": "postcodes.gpkg", "AREAS": "wards.gpkg",
                      "AREA_MODE": "3", "PRIORITY_STREETS": "priority_streets.gpkg", "TOP_N": "10",
                      "INSIGHT": "area_insight.gpkg", "TEMPLATE": "0", "TEAM": "Hull Neighbourhood Policing",
                      "WHAT_WAS_DONE": "Extra evening patrols on the top streets", "LOG": "message_log.gpkg"},
    "engagementreport": {"REPLIES": "replies.csv", "LOG": "message_log.gpkg", "MEMBERS": "members.gpkg",
                         "POSTCODES": "postcodes.gpkg", "AREAS": "wards.gpkg"},
    "communityprofile": {**_CONTEXT, "CENSUS": "{demo}/census2021/ts021_ethnic_group_lsoa21_hull_long.csv",
                         "COMMUNITY": "Asian, Asian British or Asian Welsh"},
    "createsetup": {"WORKSPACE": "workspace.gpkg", "NAME": "Top 10 streets, February", "TEAM": "Hull NPT",
                    "PRIORITY_STREETS": "priority_streets.gpkg", "TOP_N": "10"},
    "exportvisitlist": {"WORKSPACE": "workspace.gpkg", "SETUP_ID": "S0001"},
    "importvisitoutcomes": {"WORKSPACE": "workspace.gpkg", "INPUT": "visit_list/visits_S0001.gpkg"},
    "progressreport": {"WORKSPACE": "workspace.gpkg"},
    "evaluateactivity": {"WORKSPACE": "workspace.gpkg", "SETUP_ID": "S0001", "INTERVENTION_DATE": "2024-02-01",
                         "MONTHS_BEFORE": "1", "MONTHS_AFTER": "1"},
    "archivesetup": {"WORKSPACE": "workspace.gpkg", "SETUP_ID": "S0001"},
    "keycontacts": {"WORKSPACE": "workspace.gpkg", "AREA_CODES": "E05011541", "CONFIRM_PERSONAL_DATA": "true"},
    # a PostgreSQL server the user names (pg_service.conf); tests/test_postgis_*.py run it against a real server
    "setupdatabase": {"WORKSPACE": "service=lpt", "SECURITY": "true"},
}
NEEDS_SERVER = ("setupdatabase",)       # not run by the every-example test, which has no database server
ORDER: Tuple[str, ...] = tuple(INPUTS)

# the name of an output another example reads, or one that would clash with another algorithm's
OUTPUT_NAMES = {
    ("importmembers", "OUTPUT"): "members", ("importsurveys", "OUTPUT"): "surveys",
    ("importvisits", "OUTPUT"): "visits", ("importpolicecrime", "OUTPUT"): "crime",
    ("importforcecrime", "OUTPUT"): "force_crime", ("importpostcodes", "OUTPUT"): "postcodes",
    ("importclassification", "OUTPUT"): "iod", ("importcensus", "OUTPUT"): "households",
    ("importstreets", "OUTPUT"): "streets", ("importareas", "OUTPUT"): "wards",
    ("streetsfromcrime", "OUTPUT"): "streets_approx", ("generatedemodata", "OUTPUT_FOLDER"): "training",
    ("exportmessage", "OUTPUT_FOLDER"): "message", ("exportmessage", "LOG"): "message_log",
    ("linkcommunity", "UNMATCHED"): "unmatched_records", ("engagementreport", "UNMATCHED"): "unmatched_replies",
    ("importmembers", "COVERAGE"): "members_coverage", ("createsetup", "TARGET_STREETS"): "setup_streets",
    ("createsetup", "TARGET_POSTCODES"): "setup_postcodes", ("exportvisitlist", "OUTPUT_FOLDER"): "visit_list",
    ("importvisitoutcomes", "REJECTS"): "visit_rejects", ("progressreport", "REPORT"): "progress",
    ("progressreport", "SETUPS"): "progress_setups", ("progressreport", "WEEKS"): "progress_weeks",
    ("keycontacts", "OUTPUT"): "key_contacts", ("engagementreport", "REJECTS"): "replies_rejects",
    ("communityprofile", "COMMUNITY_MAP"): "community_profile", ("communityprofile", "TABLE"): "community_table",
    ("communityprofile", "GROUP_INSIGHT"): "group_insight", ("briefingpack", "OUTPUT_FOLDER"): "briefing",
    ("evaluateactivity", "RESULTS"): "evaluation", ("evaluateactivity", "EVAL_STREETS"): "evaluation_streets",
    ("evaluateactivity", "REPORT"): "evaluation",
}
GEOMETRY_TYPES = (QgsProcessing.TypeVectorAnyGeometry, QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorLine,
                  QgsProcessing.TypeVectorPolygon)


def extension(d) -> str:
    """The extension an output of this type takes ('' for a folder)."""
    kind = d.type()
    if kind == "folderDestination":
        return ""
    if kind == "fileDestination":
        return "." + (d.defaultFileExtension() or "csv")
    if kind == "sink" and d.dataType() not in GEOMETRY_TYPES and d.name() != "OUTPUT":
        return ".csv"                 # a table nothing else reads: a CSV a spreadsheet opens
    return ".gpkg"                    # a layer, or a table another algorithm reads


def written_by_default(d) -> bool:
    return d.isDestination() and (not d.flags() & d.FlagOptional or d.createByDefault())


def outputs(alg) -> List[Tuple[str, str]]:
    """(parameter, file or folder name) of every output the example writes."""
    name, out = alg.name(), []
    stem = OUTPUT_NAMES.get((name, "OUTPUT"), "output")
    for d in alg.parameterDefinitions():
        if not written_by_default(d):
            continue
        base = OUTPUT_NAMES.get((name, d.name())) or (f"{stem}_rejects" if d.name() == "REJECTS" else d.name().lower())
        out.append((d.name(), base + extension(d)))
    return out


def example(alg, demo: str = SHIPPED_DEMO) -> str:
    """``qgis_process.bin run lpt:<name> -- ...`` with ``demo`` as the folder of the shipped demo files."""
    values = {k: v.replace(DEMO_TOKEN, demo) for k, v in INPUTS.get(alg.name(), {}).items()}
    args = [f"{k}={values[k]}" for k in (d.name() for d in alg.parameterDefinitions()) if k in values]
    args += [f"{k}={v}" for k, v in outputs(alg)]
    return f"qgis_process.bin run lpt:{alg.name()} -- " + " ".join(shlex.quote(a) for a in args)


def missing_inputs(alg) -> List[str]:
    """Required inputs without a default that the example does not give (the test expects none)."""
    given = INPUTS.get(alg.name(), {})
    return [d.name() for d in alg.parameterDefinitions() if not d.isDestination() and
            not d.flags() & d.FlagOptional and d.defaultValue() is None and d.name() not in given]
