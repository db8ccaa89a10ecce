"""Write the README's input-format tables from the readers' column specs.

    python3 scripts/gen_format_docs.py          # rewrite README.md between the markers
    python3 scripts/gen_format_docs.py --check  # exit 1 if README is out of date (used by the tests)
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "build", "plugins"))
START, END = "<!-- formats:start -->", "<!-- formats:end -->"


def table(title, specs, sample_header, sample_row, note=""):
    lines = [f"#### {title}", ""]
    if note:
        lines += [note, ""]
    lines += ["| field | required | also accepted as | example |", "|---|---|---|---|"]
    for s in specs:
        al = ", ".join(f"`{a}`" for a in s.aliases) or "-"
        lines.append(f"| `{s.key}` | {'yes' if s.required else ''} | {al} | {s.example or ''} |")
    lines += ["", "Sample:", "```", sample_header, sample_row, "```", ""]
    return "\n".join(lines)


def render():
    from local_priority_targeting.core.io import classification as c, crime, members, postcodes, surveys
    parts = [
        table("Alert-platform members (`lpt:importmembers`)", members.SPECS,
              "Member ID,Postcode,Registration Date,Status,Opt-out Date,Age Band,Gender,Ethnic Group,Religion,Main Language,Disability,Groups,Key Contact",
              "M0004911,HU9 2SL,2022-07-11,Active,,45-54,Female,White,,English,No,IAG; Neighbourhood Watch,Yes",
              "Status is decided fail-closed: `active` (and the synonyms in `resources/config/consent.csv`), "
              "`opted_out` (opted out, unsubscribed, withdrawn, deleted, ...), or `unknown` (blank or any other "
              "value: kept, counted, never messaged). An opt-out date, or yes/a date in an opt-out flag column "
              "(`Unsubscribed`, `Email Opt Out`, `Do not contact`, ... also in `consent.csv`), means opted out. "
              "A repeated member id (after trimming spaces and zero-width characters) keeps its newest record "
              "(latest of `updated`, opt-out and registration date, then the later row); the others are "
              "rejected as superseded, and an opt-out in any record of the member wins. "
              "Groups are separated by `;` or `|`; IAG, NHW and other common names are normalised. "
              "`name`, `email`, `phone` are only kept with *Keep contact fields*."),
        table("Survey responses (`lpt:importsurveys`)", surveys.SPECS,
              "Response ID,Member ID,Submitted,Wave,Trust in police,Confidence in local police,Local priorities,Concern",
              "R00000001,M0004911,27/02/2023,2023-Q1,Agree,3,drugs; anti-social behaviour,Drug dealing in the alley",
              "Trust/confidence: 1-5 or Strongly agree ... Strongly disagree (also Tend to agree, Very confident ...); "
              "Don't know and blanks are kept as missing. Local priorities must be categories (or aliases) of "
              "`resources/config/priority_categories.csv`, which you can edit or replace."),
        table("police.uk street-level crime (`lpt:importpolicecrime`)", crime.POLICE_UK_SPECS,
              "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context",
              "5cb4a6e0...,2018-10,Humberside Police,Humberside Police,-0.066618,53.510338,On or near Edinburgh Drive,E01026063,East Lindsey 001D,Burglary,Investigation complete; no suspect identified,",
              ("Exactly as downloaded; 2011 or 2021 LSOA codes. Records that share a Crime ID are kept (police.uk "
               "publishes one id for different places or outcomes; counted in the log). A row that repeats an "
               "earlier crime exactly (same Crime ID and every field; 12 and 15 in Humberside's January and February "
               "2024 files) is the same crime published twice: it is rejected as `exact duplicate of an earlier "
               "crime (same Crime ID and every field) (first at <file> row <n>)`, so ward totals are QGIS's count on "
               "the file less those rows. ASB rows have no id, and identical ones are separate incidents: kept.")),
        table("Force crime extract (`lpt:importforcecrime`)", crime.FORCE_SPECS,
              "Crime Ref,Offence Date,Offence Category,Easting,Northing", "HU/24/000123,14/01/2024,Burglary - Residential,509944,428177",
              "x/y in the CRS you pick (EPSG:27700 eastings/northings, EPSG:4326 longitude/latitude, ...). "
              "Each offence category is kept as `category` and counted as one of the 14 police.uk types in "
              "`crime_type` (the insight's `c_*` fields, harm weights and the map style use it): a police.uk type is "
              "itself; otherwise the first row of `resources/config/crime_categories.csv` whose words start words of "
              "the category gives the type (`Burglary - Residential` → Burglary, `Violence with injury` and "
              "`Stalking and harassment` → Violence and sexual offences, `Theft from a vehicle` → Vehicle crime, "
              "`Criminal damage to a vehicle` → Criminal damage and arson, `ASB - Nuisance` → Anti-social "
              "behaviour). A category no row matches counts as Other crime, and the log names each such category "
              "with its number of crimes, so that a rule can be added to the file."),
        table("ONS Postcode Directory / NSPL (`lpt:importpostcodes`)", postcodes.ONSPD_SPECS,
              "pcd,oseast1m,osnrth1m,laua", "HU1 1AA,510027,428807,E06000010"),
        table("OS Code-Point Open (`lpt:importpostcodes`)", postcodes.CODEPOINT_SPECS,
              "(no header row)", '"HU1 1AA",10,510027,428807,"E92000001","E19000001","E18000003","","E06000010","E05001677"',
              "Headerless, in the documented order PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC; PQ 90 = no coordinates."),
        table("CACI Acorn by postcode (`lpt:importclassification`, kind 0)", c.ACORN_SPECS,
              "Postcode,Acorn Category,Acorn Group,Acorn Type", "HU5 2LS,5,O,48"),
        table("ONS Output Area Classification 2021 (kind 1)", c.OAC_SPECS,
              "Geography_Code,Supergroup,Group,Subgroup", "E00064333,6,6b,6b3",
              "By Output Area, or by LSOA (dominant subgroup). Supergroup names are filled in."),
        table("English Indices of Deprivation 2019 / 2025 (kinds 2 and 3)", c._imd_specs(),
              "lsoa21_code,IMD_decile,...,IMD_rank,...,IMD_score", "E01012756,5,...,14794,...,19.905",
              "Tidy tables or MHCLG's own headers (`LSOA code (2011)`, `Index of Multiple Deprivation (IMD) Rank`, "
              "`... Decile`...). 2019 uses LSOA 2011 codes, 2025 LSOA 2021 codes."),
        table("ONS LSOA 2011 to 2021 lookup (kind 4)", c.LOOKUP_SPECS,
              "LSOA11CD,LSOA11NM,LSOA21CD,LSOA21NM,CHGIND", "E01012782,Kingston upon Hull 002A,E01012782,Kingston upon Hull 002A,U"),
    ]
    return "\n".join(parts)


def main():
    path = os.path.join(ROOT, "README.md")
    text = open(path, encoding="utf-8").read()
    a, b = text.index(START) + len(START), text.index(END)
    new = text[:a] + "\n" + render() + "\n" + text[b:]
    if "--check" in sys.argv:
        sys.exit(0 if new == text else "README.md input formats are out of date: run scripts/gen_format_docs.py")
    open(path, "w", encoding="utf-8").write(new)


if __name__ == "__main__":
    main()
