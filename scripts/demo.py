"""`make demo`: the whole pipeline on the shipped Kingston upon Hull data, headless, via qgis_process.bin.

Writes GeoPackages (each with its style stored as the default) and CSVs to output/demo/ and prints
where they are.  Later pipeline steps (linking, priority streets, messages) are appended here as
they land.
"""
import json
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG = "local_priority_targeting"
PLUGINS = os.path.join(ROOT, "build", "plugins")
DEMO = os.path.join(ROOT, "demo", "data")
OUT = os.path.join(ROOT, "output", "demo")
EXE = "/usr/bin/qgis_process.bin"


def env():
    import shapely
    site = os.path.dirname(os.path.dirname(os.path.abspath(shapely.__file__)))
    os.makedirs(PLUGINS, exist_ok=True)
    link = os.path.join(PLUGINS, PKG)
    if not os.path.exists(link):
        os.symlink(ROOT, link, target_is_directory=True)
    profile = os.path.join(ROOT, "build", "qgis-profile")
    os.makedirs(profile, exist_ok=True)
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=profile, QGIS_PLUGINPATH=PLUGINS,
                PYTHONPATH=os.pathsep.join([site, os.environ.get("PYTHONPATH", "")]))


def run(e, alg, **params):
    args = [EXE, "--json", "run", alg, "--"] + [f"{k}={v}" for k, v in params.items()]
    t = time.perf_counter()
    proc = subprocess.run(args, env=e, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
        sys.exit(f"demo: {alg} failed")
    res = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    counts = ", ".join(f"{k.lower()} {res[k]:,}" for k in ("READ", "ACCEPTED", "REJECTED", "STREETS", "N_MEMBERS",
                                                           "N_RESPONSES", "N_VISITS", "CRIMES", "HOT_STREETS") if k in res)
    print(f"  {alg:<28} {time.perf_counter() - t:5.1f} s  {counts}")
    return res


def main():
    if not os.path.exists(EXE):
        sys.exit("qgis_process.bin not found: run 'make deps' first")
    e = env()
    en = subprocess.run([EXE, "plugins", "enable", PKG], env=e, capture_output=True, text=True)
    if en.returncode != 0 and "already enabled" not in en.stdout + en.stderr:
        sys.exit("demo: could not enable the plugin:\n" + en.stdout + en.stderr)
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    d = lambda *p: os.path.join(DEMO, *p)  # noqa: E731
    o = lambda *p: os.path.join(OUT, *p)   # noqa: E731
    print("Local Priority Targeting demo - Kingston upon Hull (real public data + synthetic members)")
    ws = o("hull_workspace.gpkg")
    gen = run(e, "lpt:generatedemodata", MEMBERS=12000, OUTPUT_FOLDER=o("synthetic"))
    run(e, "lpt:importmembers", WORKSPACE=ws, INPUT=gen["MEMBERS_CSV"], OUTPUT=o("members.gpkg"),
        REJECTS=o("members_rejects.csv"), COVERAGE=o("members_coverage.csv"))
    run(e, "lpt:importsurveys", WORKSPACE=ws, INPUT=gen["SURVEYS_CSV"], OUTPUT=o("surveys.gpkg"), REJECTS=o("surveys_rejects.csv"))
    run(e, "lpt:importpolicecrime", WORKSPACE=ws, FOLDER=d("crime"), LSOA_LOOKUP=d("lookups", "lsoa11_lsoa21_hull.csv"),
        OUTPUT=o("crime.gpkg"), REJECTS=o("crime_rejects.csv"))
    run(e, "lpt:importpostcodes", WORKSPACE=ws, INPUT=d("postcodes", "codepo_hu_hull.csv"), OUTPUT=o("postcodes.gpkg"),
        REJECTS=o("postcodes_rejects.csv"))
    run(e, "lpt:importclassification", WORKSPACE=ws, INPUT=d("deprivation", "iod2025_lsoa21_hull.csv"), KIND=3,
        OUTPUT=o("iod2025.gpkg"), REJECTS=o("iod2025_rejects.csv"))
    run(e, "lpt:importclassification", WORKSPACE=ws, INPUT=d("classification", "oac2021_oa21_hull.csv"), KIND=1,
        OUTPUT=o("oac2021.gpkg"), REJECTS=o("oac2021_rejects.csv"))
    run(e, "lpt:importcensus", WORKSPACE=ws, INPUT=d("census2021", "ts021_ethnic_group_lsoa21_hull_long.csv"),
        OUTPUT=o("census_ethnic_group.gpkg"), REJECTS=o("census_rejects.csv"))
    run(e, "lpt:importareas", WORKSPACE=ws, INPUT=d("boundaries", "hull_wards2022.geojson"), OUTPUT=o("wards.gpkg"),
        REJECTS=o("wards_rejects.csv"))
    run(e, "lpt:importareas", WORKSPACE=ws, AS=1, INPUT=d("boundaries", "hull_lsoa2021.geojson"),
        OUTPUT=o("lsoa2021.gpkg"), REJECTS=o("lsoa2021_rejects.csv"))
    run(e, "lpt:streetsfromcrime", WORKSPACE=ws, INPUT=o("crime.gpkg"), OUTPUT=o("streets_approx.gpkg"))
    run(e, "lpt:importcensus", WORKSPACE=ws, INPUT=d("census2021", "ts011_household_deprivation_lsoa21_hull_long.csv"),
        OUTPUT=o("census_households.gpkg"), REJECTS=o("census_households_rejects.csv"))
    run(e, "lpt:importclassification", WORKSPACE=ws, INPUT=d("classification", "oac2021_lsoa21_hull.csv"), KIND=1,
        OUTPUT=o("oac2021_lsoa.gpkg"), REJECTS=o("oac2021_lsoa_rejects.csv"))
    run(e, "lpt:importvisits", WORKSPACE=ws, INPUT=gen["VISITS_CSV"], OUTPUT=o("visits.gpkg"), REJECTS=o("visits_rejects.csv"))
    print(f"  workspace: {ws} (every analysis below reads it; links are computed once and stored)")
    res = run(e, "lpt:linkcommunity", WORKSPACE=ws, PERIOD_START="2024-01", PERIOD_END="2024-02",
              STREET_INSIGHT=o("street_insight.gpkg"), AREA_INSIGHT=o("area_insight.gpkg"),
              FORCE_SUMMARY=o("force_summary.csv"), UNMATCHED=o("unmatched.csv"))
    print(f"    reconciles: crimes {res['CRIMES']:,} (outside the wards, left out: {res['CRIMES_OUTSIDE']:,}), members "
          f"{res['MEMBERS']:,} (outside, left out: {res['MEMBERS_OUTSIDE']:,}), unmatched records {res['UNMATCHED_COUNT']:,}")
    run(e, "lpt:compareperiods", WORKSPACE=ws, P1_START="2024-01", P2_START="2024-02",
        STREET_CHANGE=o("street_change.gpkg"), AREA_CHANGE=o("area_change.gpkg"), FORCE_CHANGE=o("force_change.csv"))
    res = run(e, "lpt:prioritystreets", WORKSPACE=ws,
              PERIOD_START="2024-02", PERIOD_END="2024-02", TITLE="Kingston upon Hull, February 2024",
              PRIORITY_STREETS=o("priority_streets.gpkg"), PRIORITY_AREAS=o("priority_areas.gpkg"),
              HOT_PLACES=o("hot_places.gpkg"), EQUALITY=o("equality_check.csv"), REPORT=o("priority_report.html"),
              FORECAST=o("forecast.csv"))
    print(f"    {res['STREETS']:,} streets ranked, {res['HOT_STREETS']:,} hot, {res['N_HOT_PLACES']:,} places with "
          f"crime ranked apart; left out as outside the wards: crimes {res['CRIMES_LEFT_OUT']:,}, "
          f"streets {res['STREETS_LEFT_OUT']:,}, places {res['HOT_PLACES_LEFT_OUT']:,}; report: {res['REPORT']}")
    msg = run(e, "lpt:exportmessage", MEMBERS=o("members.gpkg"), POSTCODES=o("postcodes.gpkg"), AREAS=o("wards.gpkg"),
              AREA_MODE=3, PRIORITY_STREETS=o("priority_streets.gpkg"), TOP_N=10, INSIGHT=o("area_insight.gpkg"),
              TEMPLATE=0, WHAT_WAS_DONE="Extra evening patrols and a partnership operation on the top streets",
              TEAM="Hull Neighbourhood Policing", AUTHOR="demo", LOG=o("message_log.gpkg"),
              OUTPUT_FOLDER=o("messages"))
    print(f"    message {msg['MESSAGE_ID']} to {msg['AUDIENCE_SIZE']:,} members of the top 10 priority streets: "
          f"{msg['MESSAGE_JSON']}")
    loop(e, ws, o)
    pack = run(e, "lpt:briefingpack", PRIORITY_STREETS=o("priority_streets.gpkg"),
               PRIORITY_AREAS=o("priority_areas.gpkg"), HOT_PLACES=o("hot_places.gpkg"), EQUALITY=o("equality_check.csv"),
               FORECAST=o("forecast.csv"), FORECAST_PAGE="false", AREA_INSIGHT=o("area_insight.gpkg"), AREA_CHANGE=o("area_change.gpkg"),
               WORKSPACE=ws, MESSAGE_LOG=o("message_log.gpkg"), FORMAT=1, PNG="false",
               TITLE="Neighbourhood briefing", OUTPUT_FOLDER=o("briefing"))
    print(f"    briefing pack: {pack['AREAS_DONE']} wards in {pack['OUTPUT_FOLDER']}")
    proc = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "demo_project.py"), OUT], env=e,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-2000:] + proc.stderr[-2000:])
        raise SystemExit("could not write the demo QGIS project")
    print(f"    QGIS project: {proc.stdout.strip().splitlines()[-1]}")
    print(f"\nOutputs in {OUT}:")
    for f in sorted(os.listdir(OUT)):
        print("  ", os.path.join(OUT, f))
    print("Open lpt_demo.qgz in QGIS, or the workspace hull_workspace.gpkg (its layers carry their styles). Rejected rows are in the *_rejects.csv "
          "files.")


COMMUNITY = "Asian, Asian British or Asian Welsh"


def community_setup(e, ws, o):
    """The community profile, then a set-up in the two wards where the community is least represented among
    members (the synthetic members follow the Census mix, so none is flagged under-represented in the demo)."""
    import pandas as pd
    prof = run(e, "lpt:communityprofile", WORKSPACE=ws, CENSUS=os.path.join(DEMO, "census2021",
               "ts021_ethnic_group_lsoa21_hull_long.csv"), COMMUNITY=COMMUNITY,
               COMMUNITY_MAP=o("community_profile.gpkg"), TABLE=o("community_table.csv"),
               GROUP_INSIGHT=o("group_insight.csv"))
    t = pd.read_csv(o("community_table.csv"), dtype={"unit_code": str})
    t = t[(t.community == COMMUNITY) & t.ratio.notna() & (t.residents >= 100)]    # MIN_RESIDENTS: enough to judge
    flagged = t[t.under_represented.astype(str).str.lower().isin(["1", "true"])]
    codes = list((flagged if len(flagged) else t.sort_values("ratio")).unit_code.head(2))
    print(f"    {prof['UNDER_REPRESENTED']} community-area pairs under-represented; set-up for {COMMUNITY} in "
          f"{', '.join(codes)}")
    s2 = run(e, "lpt:createsetup", WORKSPACE=ws, NAME=f"{COMMUNITY.split(',')[0]} community, March",
             TEAM="Hull North NPT", START_DATE="2024-03-11", END_DATE="2024-04-07", SOURCE=1,
             AREA_CODES=",".join(codes), COMMUNITY=COMMUNITY, PRIORITY_STREETS=o("priority_streets.gpkg"),
             TARGET_STREETS=o("setup_S0002_streets.gpkg"), TARGET_POSTCODES=o("setup_S0002_postcodes.gpkg"))
    print(f"    set-up {s2['SETUP_ID']}: {s2['POSTCODES']:,} postcodes, about {s2['HOUSEHOLDS']:,.0f} households")
    return s2


def loop(e, ws, o):
    """The engagement loop: a set-up of the top streets, its visit list for QField, officers' outcomes simulated
    (seeded) on the phone's GeoPackage and brought back, and the supervisors' progress report."""
    sys.path.insert(0, ROOT)
    from core.io.visit_package import append_visits, read_targets
    from core.synth_outcomes import simulate
    s1 = run(e, "lpt:createsetup", WORKSPACE=ws, NAME="Top 10 priority streets, March", TEAM="Hull Central NPT",
             START_DATE="2024-03-04", END_DATE="2024-03-31", SOURCE=0, PRIORITY_STREETS=o("priority_streets.gpkg"),
             TOP_N=10, TARGET_STREETS=o("setup_S0001_streets.gpkg"), TARGET_POSTCODES=o("setup_S0001_postcodes.gpkg"))
    print(f"    set-up {s1['SETUP_ID']}: {s1['POSTCODES']:,} postcodes, about {s1['HOUSEHOLDS']:,.0f} households to visit")
    s2 = community_setup(e, ws, o)
    packages = []
    for sid, start, seed, share in ((s1["SETUP_ID"], "2024-03-04", 7, 0.6), (s2["SETUP_ID"], "2024-03-11", 8, 0.15)):
        pkg = run(e, "lpt:exportvisitlist", WORKSPACE=ws, SETUP_ID=sid, OUTPUT_FOLDER=o(f"qfield_{sid}"))
        visits = simulate(read_targets(pkg["GEOPACKAGE"]), sid, start, seed=seed, share=share)
        append_visits(pkg["GEOPACKAGE"], visits)
        packages.append(pkg["GEOPACKAGE"])
        print(f"    QField project {pkg['PROJECT']}; {len(visits):,} visits simulated on the phone")
    back = run(e, "lpt:importvisitoutcomes", WORKSPACE=ws, INPUT=";".join(packages), REJECTS=o("visit_rejects.csv"))
    print(f"    back from the phones: {back['ACCEPTED']:,} accepted, {back['REJECTED']:,} rejected")
    rep = run(e, "lpt:progressreport", WORKSPACE=ws, REPORT=o("progress_report.html"),
              SETUPS=o("progress_setups.csv"), WEEKS=o("progress_weeks.csv"))
    print(f"    progress: {rep['VISITS']:,} doors knocked, {rep['REGISTERED']:,} registered: {rep['REPORT']}")


if __name__ == "__main__":
    main()
