"""Every algorithm through qgis_process.bin in a subprocess (headless, as a batch user runs it)."""
import json

import pytest

from _paths import DATA, DEMO

pytestmark = pytest.mark.slow


def _json(proc):
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return json.loads(proc.stdout[proc.stdout.index("{"):])


def test_provider_is_listed(qgis_process):
    out = qgis_process("list").stdout
    assert "lpt:importmembers" in out and "lpt:generatedemodata" in out


def test_chain_runs_headless(qgis_process, tmp_path):
    gen = _json(qgis_process("--json", "run", "lpt:generatedemodata", "--", "MEMBERS=800",
                             f"OUTPUT_FOLDER={tmp_path / 'gen'}"))
    assert gen["results"]["N_MEMBERS"] == 800
    runs = [
        ("lpt:importmembers", [f"INPUT={gen['results']['MEMBERS_CSV']}", f"OUTPUT={tmp_path / 'm.gpkg'}"]),
        ("lpt:importsurveys", [f"INPUT={gen['results']['SURVEYS_CSV']}", f"OUTPUT={tmp_path / 's.gpkg'}"]),
        ("lpt:importpolicecrime", [f"FOLDER={DEMO / 'crime'}", f"OUTPUT={tmp_path / 'c.gpkg'}"]),
        ("lpt:importpostcodes", [f"INPUT={DEMO / 'postcodes' / 'codepo_hu_hull.csv'}", f"OUTPUT={tmp_path / 'p.gpkg'}"]),
        ("lpt:importclassification", [f"INPUT={DEMO / 'classification' / 'oac2021_oa21_hull.csv'}", "KIND=1",
                                      f"OUTPUT={tmp_path / 'oac.gpkg'}"]),
        ("lpt:importcensus", [f"INPUT={DEMO / 'census2021' / 'ts030_religion_lsoa21_hull_long.csv'}",
                              f"OUTPUT={tmp_path / 'rel.gpkg'}"]),
        ("lpt:importstreets", [f"INPUT={DATA / 'chapeltown_leeds_streets.gpkg'}", f"OUTPUT={tmp_path / 'st.gpkg'}"]),
        ("lpt:importareas", [f"INPUT={DEMO / 'boundaries' / 'hull_wards2022.geojson'}", f"OUTPUT={tmp_path / 'w.gpkg'}"]),
        ("lpt:streetsfromcrime", [f"INPUT={tmp_path / 'c.gpkg'}", f"OUTPUT={tmp_path / 'approx.gpkg'}"]),
    ]
    for alg, args in runs:
        res = _json(qgis_process("--json", "run", alg, "--", *args))["results"]
        if "READ" in res:
            assert res["READ"] == res["ACCEPTED"] + res["REJECTED"], alg
    link_in = [f"MEMBERS={tmp_path / 'm.gpkg'}", f"SURVEYS={tmp_path / 's.gpkg'}", f"CRIMES={tmp_path / 'c.gpkg'}",
               f"POSTCODES={tmp_path / 'p.gpkg'}", f"STREETS={tmp_path / 'approx.gpkg'}", f"AREAS={tmp_path / 'w.gpkg'}"]
    res = _json(qgis_process("--json", "run", "lpt:linkcommunity", "--", *link_in, "PERIOD_START=2024-01",
                             f"STREET_INSIGHT={tmp_path / 'si.gpkg'}", f"AREA_INSIGHT={tmp_path / 'ai.gpkg'}",
                             f"FORCE_SUMMARY={tmp_path / 'fs.csv'}", f"UNMATCHED={tmp_path / 'un.csv'}"))["results"]
    assert res["CRIMES"] == 5982        # blank end month = the last month of the data (2024-02)
    res = _json(qgis_process("--json", "run", "lpt:compareperiods", "--", *link_in,
                             f"AREA_CHANGE={tmp_path / 'ac.gpkg'}", f"STREET_CHANGE={tmp_path / 'sc.gpkg'}",
                             f"FORCE_CHANGE={tmp_path / 'fc.csv'}"))["results"]
    assert (tmp_path / "fc.csv").read_text().splitlines()[1].startswith("2024-01,2024-02")
    res = _json(qgis_process("--json", "run", "lpt:prioritystreets", "--", *link_in, "PERIOD_START=2024-02",
                             f"PRIORITY_STREETS={tmp_path / 'ps.gpkg'}", f"PRIORITY_AREAS={tmp_path / 'pa.gpkg'}",
                             f"REPORT={tmp_path / 'report.html'}"))["results"]
    assert res["STREETS"] > 1000 and "Priority streets" in (tmp_path / "report.html").read_text()
    # a shared rules file that tries to run code, and a NaN weight: refused in one line, nothing written or run
    evil = tmp_path / "rules.csv"
    evil.write_text("rule_id,condition,action\n"
                    f"EVIL,\"hot or @pd.io.common.os.system('touch {tmp_path}/pwned')\",x\n")
    for extra in ([f"RULES={evil}"], ["W_HARM=nan"]):
        proc = qgis_process("run", "lpt:prioritystreets", "--", *link_in, "PERIOD_START=2024-02", *extra,
                            f"PRIORITY_STREETS={tmp_path / 'ps2.gpkg'}", f"PRIORITY_AREAS={tmp_path / 'pa2.gpkg'}",
                            f"REPORT={tmp_path / 'report2.html'}")
        out = proc.stdout + proc.stderr
        assert proc.returncode != 0 and ("rule EVIL" in out or "finite number" in out), out[-1500:]
        assert "Traceback" not in out and "Unexpected" not in out
        assert not (tmp_path / "pwned").exists() and not (tmp_path / "report2.html").exists()
    force = tmp_path / "force.csv"
    force.write_text("id,date,category,x,y\nA,2024-01-14,Burglary,509944,428177\n")
    res = _json(qgis_process("--json", "run", "lpt:importforcecrime", "--", f"INPUT={force}", "CRS=EPSG:27700",
                             f"OUTPUT={tmp_path / 'f.gpkg'}"))["results"]
    assert res["ACCEPTED"] == 1


def test_bad_input_fails_with_a_message_and_no_traceback(qgis_process, tmp_path):
    bad = tmp_path / "members.csv"
    bad.write_text("Member ID,Registration Date\nM1,2023-01-01\n")
    proc = qgis_process("run", "lpt:importmembers", "--", f"INPUT={bad}", "OUTPUT=TEMPORARY_OUTPUT")
    text = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "required column 'postcode' not found" in text and str(bad) in text
    assert "Traceback" not in text


def test_package_zip_installs_and_loads(tmp_path):
    """`make package` zip: extracted as a plugin folder (what Install from ZIP does), QGIS loads it."""
    import os
    import subprocess
    import sys
    import zipfile
    from _paths import ROOT
    from conftest import venv_site_packages
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), str(tmp_path)],
                         capture_output=True, text=True, check=True).stdout.split(":")[0]
    names = zipfile.ZipFile(out).namelist()
    assert "local_priority_targeting/metadata.txt" in names and "local_priority_targeting/plugin.py" in names
    assert not [n for n in names if n.startswith("local_priority_targeting/tests/") or n.endswith("Makefile")]
    plugins = tmp_path / "plugins"
    zipfile.ZipFile(out).extractall(plugins)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
               QGIS_PLUGINPATH=str(plugins), PYTHONPATH=venv_site_packages())
    exe = "/usr/bin/qgis_process.bin"
    subprocess.run([exe, "plugins", "enable", "local_priority_targeting"], env=env, check=True, capture_output=True)
    listed = subprocess.run([exe, "list"], env=env, capture_output=True, text=True).stdout
    assert "lpt:importpolicecrime" in listed
    gen = subprocess.run([exe, "run", "lpt:generatedemodata", "--", "MEMBERS=200", f"OUTPUT_FOLDER={tmp_path / 'g'}"],
                         env=env, capture_output=True, text=True)
    assert gen.returncode == 0 and (tmp_path / "g" / "members.csv").exists()   # shipped demo data is in the zip
