"""Help of the algorithms: the tooltip table of shared parameters and the README section of each."""
from __future__ import annotations
import os
from .catalogue import QT_TRANSLATE_NOOP


PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMMON_HELP = {
    "COLUMN_MAP": QT_TRANSLATE_NOOP("LptAlgorithm", "Only when your columns have other names: canonical=Your column; "
                                    "e.g. member_id=Subscriber Ref; postcode=Home Postcode"),
    "DELIMITER": QT_TRANSLATE_NOOP("LptAlgorithm", "auto detects comma, semicolon, tab or pipe from the header line"),
    "ENCODING": QT_TRANSLATE_NOOP("LptAlgorithm", "auto reads UTF-8 (with or without BOM), UTF-16 and Windows-1252 (Excel)"),
    "MAX_DISTANCE": QT_TRANSLATE_NOOP("LptAlgorithm", "A postcode or crime point further than this from every street segment links to no street"),
    "SUPPRESS_BELOW": QT_TRANSLATE_NOOP("LptAlgorithm", "Survey figures based on fewer people are left empty, so no one can be singled out"),
    "HARM_WEIGHTS": QT_TRANSLATE_NOOP("LptAlgorithm", "A CSV crime_type,weight (0 to 100,000) to replace the shipped indicative weights"),
    "PERIOD_START": QT_TRANSLATE_NOOP("LptAlgorithm", "First month, YYYY-MM; blank = the first month of the crime data"),
    "PERIOD_END": QT_TRANSLATE_NOOP("LptAlgorithm", "Last month, YYYY-MM; blank = the last month of the crime data"),
    "W": QT_TRANSLATE_NOOP("LptAlgorithm", "How much this component counts in the score (0 = ignored, 1 = as shipped)"),
    "RULES": QT_TRANSLATE_NOOP("LptAlgorithm", "A CSV rule_id,condition,action; a condition only compares fields (see README, Recommended actions)"),
    "AREA_CODES": QT_TRANSLATE_NOOP("LptAlgorithm", "Comma-separated area codes, e.g. E05011541,E05011529; blank = every area"),
    "AUDIENCE": QT_TRANSLATE_NOOP("LptAlgorithm", "Sets such as: include group=IAG|Neighbourhood Watch; exclude area=E05011541; must age_band=75+"),
    "LOG": QT_TRANSLATE_NOOP("LptAlgorithm", "The GeoPackage that records every export (created if it does not exist)"),
    "VISITS": QT_TRANSLATE_NOOP("LptAlgorithm", "Door-knock visits: streets without a recent visit score higher on engagement"),
    "TOP_N": QT_TRANSLATE_NOOP("LptAlgorithm", "How many of the top streets to list (report) or to message (exportmessage)"),
    "GI_DISTANCE": QT_TRANSLATE_NOOP("LptAlgorithm", "Segments within this distance of each other are neighbours in the hot-street (Gi*) test"),
    "ALPHA": QT_TRANSLATE_NOOP("LptAlgorithm", "A result is significant when its false-discovery-rate q-value is below this"),
    "VISIT_MONTHS": QT_TRANSLATE_NOOP("LptAlgorithm", "A door-knock visit counts as recent for this many months"),
    "PATCH": QT_TRANSLATE_NOOP("LptAlgorithm", "Analyse only what lies in these polygons (e.g. a team's patch): streets by their midpoint, crimes and members by their point"),
    "TITLE": QT_TRANSLATE_NOOP("LptAlgorithm", "Title of the HTML briefing"),
    "INCLUDE_MEMBERS": QT_TRANSLATE_NOOP("LptAlgorithm", "Writes member ids and postcode points: personal data, only when you need them"),
    "INCLUDE_IDS": QT_TRANSLATE_NOOP("LptAlgorithm", "Lists personal ids in the unmatched table: only when you need to correct the source records"),
    "AREA_MODE": QT_TRANSLATE_NOOP("LptAlgorithm", "Who is in the area: the whole force, the codes below, a polygon layer, or the top priority streets"),
    "TEMPLATE": QT_TRANSLATE_NOOP("LptAlgorithm", "The message template; it is filled with aggregate figures of the area only"),
    "LANGUAGE": QT_TRANSLATE_NOOP("LptAlgorithm", "English, Welsh, or both: the Welsh text first, then the English, as Welsh public bodies send them; bilingual by default when QGIS runs in Welsh"),
    "WHAT_WAS_DONE": QT_TRANSLATE_NOOP("LptAlgorithm", "For 'you said, we did': what the team did, in one sentence"),
    "TEAM": QT_TRANSLATE_NOOP("LptAlgorithm", "Who signs the message, e.g. Hull Central Neighbourhood Policing Team"),
    "BODY": QT_TRANSLATE_NOOP("LptAlgorithm", "Your final text; blank = the filled template"),
    "CHANNEL": QT_TRANSLATE_NOOP("LptAlgorithm", "email or SMS (SMS shows the number of characters and segments in the log)"),
    "MIN_AUDIENCE": QT_TRANSLATE_NOOP("LptAlgorithm", "A message to fewer people is always blocked, so that nobody is singled out"),
    "FREQUENCY_DAYS": QT_TRANSLATE_NOOP("LptAlgorithm", "Recipients who already had a message within this many days are counted"),
    "ALLOW_RECENT": QT_TRANSLATE_NOOP("LptAlgorithm", "Without it, the export is blocked when some recipients already had a message recently"),
    "OUTPUT_FOLDER": QT_TRANSLATE_NOOP("LptAlgorithm", "Where the recipients CSV and message JSON for the alert platform are written"),
    "AUTHOR": QT_TRANSLATE_NOOP("LptAlgorithm", "Recorded in the message log"),
    "MEMBERS": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import alert-platform members (or any table with member_id, postcode, status)"),
    "SURVEYS": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import survey responses"),
    "CRIMES": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import police.uk crime or Import force crime extract"),
    "POSTCODES": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import postcode lookup"),
    "STREETS": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import streets or Approximate streets from police.uk points"),
    "AREAS": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import areas (wards, beats or neighbourhoods)"),
    "LSOA21": QT_TRANSLATE_NOOP("LptAlgorithm", "LSOA 2021 polygons: postcode to LSOA, and the Census best fit"),
    "IMD": QT_TRANSLATE_NOOP("LptAlgorithm", "Indices of Deprivation, output of Import classification or deprivation"),
    "LSOA_LOOKUP": QT_TRANSLATE_NOOP("LptAlgorithm", "The LSOA 2011 to 2021 lookup, needed with IMD 2019 (LSOA 2011 codes)"),
    "HOUSEHOLDS": QT_TRANSLATE_NOOP("LptAlgorithm", "Census households by LSOA 2021, output of Import Census (e.g. TS011)"),
    "POPULATION": QT_TRANSLATE_NOOP("LptAlgorithm", "Census population by LSOA 2021, output of Import Census (e.g. TS021)"),
    "OAC": QT_TRANSLATE_NOOP("LptAlgorithm", "Output Area Classification, output of Import classification or deprivation"),
    "ACORN": QT_TRANSLATE_NOOP("LptAlgorithm", "Acorn by postcode, output of Import classification or deprivation"),
    "ETHNIC": QT_TRANSLATE_NOOP("LptAlgorithm", "Census ethnic group by LSOA 2021, output of Import Census (TS021)"),
    "AREA_LAYER": QT_TRANSLATE_NOOP("LptAlgorithm", "Any polygon layer; only its selected features when some are selected"),
    "PRIORITY_STREETS": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Priority streets: its top TOP_N streets' residents"),
    "INSIGHT": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Link community data (area insight): fills the message with figures"),
    "CHANGE": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Compare periods (area change): the change in crime for the message"),
}

HOMEPAGE = "https://github.com/local-priority-targeting/local_priority_targeting"
HELP_HEADINGS = {"importstreets": "Streets and areas", "importareas": "Streets and areas",
                 "streetsfromcrime": "Streets and areas", "generatedemodata": "Demo and training data",
                 "importvisits": "Priority streets (`lpt:prioritystreets`)"}

def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a README heading."""
    import re
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")

def readme_url(name: str) -> str:
    """README section of an algorithm: the heading naming lpt:<name>, or the one listed in HELP_HEADINGS."""
    heading = HELP_HEADINGS.get(name, "")
    if not heading:
        try:
            with open(os.path.join(PLUGIN_DIR, "README.md"), encoding="utf-8") as fh:
                heading = next((l.lstrip("#").strip() for l in fh if l.startswith("#") and f"lpt:{name}`" in l), "")
        except OSError:
            heading = ""
    return f"{HOMEPAGE}#{github_anchor(heading)}" if heading else HOMEPAGE
