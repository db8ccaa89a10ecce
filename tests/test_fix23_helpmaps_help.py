"""Issue #23, point 4: every algorithm's help example runs as written, through qgis_process.bin.

The examples are read from each algorithm's help panel (shortHelpString), run in one empty folder in the order of
processing/examples.py (later examples read what earlier ones wrote) and each declared output must exist with the
extension its type takes. The README "Examples" block must be the same commands. Two files of a user's own that the
plugin does not ship are stood in for: an OpenStreetMap roads extract (tests/data, Leeds, ODbL) and the alert
platform's replies export (built from the exported message's recipients).
"""
import csv
import glob
import html
import importlib
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from _paths import DATA, PKG, PLUGINS, ROOT

EXE = "/usr/bin/qgis_process.bin"


@pytest.fixture(scope="module")
def algorithms(qgis_app):
    cat = importlib.import_module(f"{PKG}.processing.catalogue")
    algs = {}
    for e in cat.CATALOGUE:
        alg = getattr(importlib.import_module(f"{PKG}.processing.{e.module}"), e.cls)()
        alg.initAlgorithm()
        algs[e.name] = alg
    return algs


@pytest.fixture(scope="module")
def examples_mod(qgis_app):
    return importlib.import_module(f"{PKG}.processing.examples")


def help_example(alg):
    """The example as the help panel shows it, split as a shell would."""
    found = re.search(r"<h3>[^<]*</h3><p><code>(.*?)</code></p>$", alg.shortHelpString(), re.S)
    assert found, f"{alg.name()}: the help panel has no example"
    return shlex.split(html.unescape(found.group(1)))


def arguments(args):
    assert args[0] == "qgis_process.bin" and args[1] == "run" and args[3] == "--", args
    return dict(a.split("=", 1) for a in args[4:])


def expected_extension(d):
    if d.type() == "folderDestination":
        return ""
    if d.type() == "fileDestination":
        return "." + d.defaultFileExtension()
    return None                                 # a sink: .gpkg or .csv, checked below


def test_every_example_gives_every_required_input_and_typed_outputs(algorithms, examples_mod):
    from qgis.core import QgsProcessing
    for name, alg in algorithms.items():
        args = arguments(help_example(alg))
        assert help_example(alg)[2] == f"lpt:{name}"
        assert examples_mod.missing_inputs(alg) == [], name
        for d in alg.parameterDefinitions():
            if not d.isDestination() or d.name() not in args:
                continue
            value, ext = args[d.name()], expected_extension(d)
            if ext is not None:
                assert os.path.splitext(value)[1] == ext, (name, d.name(), value)
            elif d.dataType() in (QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorLine,
                                  QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorAnyGeometry):
                assert value.endswith(".gpkg"), (name, d.name(), value)
            else:
                assert value.endswith((".gpkg", ".csv")), (name, d.name(), value)
        for d in alg.parameterDefinitions():         # every output written by default is named
            if examples_mod.written_by_default(d):
                assert d.name() in args, (name, d.name())
    report = arguments(help_example(algorithms["prioritystreets"]))
    assert report["REPORT"].endswith(".html") and report["EQUALITY"].endswith(".csv")
    assert arguments(help_example(algorithms["linkcommunity"]))["FORCE_SUMMARY"].endswith(".csv")
    assert "." not in arguments(help_example(algorithms["exportmessage"]))["OUTPUT_FOLDER"]
    assert "." not in arguments(help_example(algorithms["generatedemodata"]))["OUTPUT_FOLDER"]


def test_readme_examples_are_the_help_examples(algorithms, examples_mod):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("\nExamples (the same commands as the help panels"):]
    block = block[block.index("```sh\n") + 6:]
    block = block[:block.index("\n```")]
    lines = [line for line in block.splitlines() if line.startswith("qgis_process.bin")]
    assert lines == [examples_mod.example(algorithms[n], demo="demo/data") for n in examples_mod.ORDER]
    assert set(examples_mod.ORDER) == set(algorithms)


@pytest.fixture(scope="module")
def run_in(tmp_path_factory):
    """qgis_process.bin in a given folder, with a private profile and the plugin enabled."""
    import shapely
    cfg = tmp_path_factory.mktemp("qgis_profile_help")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(cfg),
               QGIS_PLUGINPATH=str(PLUGINS),
               PYTHONPATH=os.pathsep.join([str(Path(shapely.__file__).resolve().parents[1]),
                                           os.environ.get("PYTHONPATH", "")]))
    subprocess.run([EXE, "plugins", "enable", PKG], env=env, check=True, capture_output=True, timeout=300)

    def _run(folder, args, timeout=900):
        return subprocess.run([EXE, *args], env=env, cwd=str(folder), capture_output=True, text=True,
                              timeout=timeout)
    return _run


def write_replies(folder):
    """A replies export for the message the exportmessage example wrote: five of its recipients reply."""
    recipients = glob.glob(str(folder / "message" / "*_recipients.csv"))
    assert len(recipients) == 1
    message_id = os.path.basename(recipients[0]).split("_recipients")[0]
    with open(recipients[0], newline="", encoding="utf-8") as fh:
        ids = [row[0] for row in csv.reader(fh)][1:6]
    with open(folder / "replies.csv", "w", encoding="utf-8") as fh:
        fh.write("member_id,message_id,time,text\n")
        fh.writelines(f"{i},{message_id},2024-03-02 18:41,Thank you\n" for i in ids)


@pytest.mark.slow
def test_every_help_example_runs_through_qgis_process(algorithms, examples_mod, run_in, tmp_path):
    shutil.copy(DATA / "chapeltown_leeds_streets.gpkg", tmp_path / "osm_roads.gpkg")
    for name in examples_mod.ORDER:
        if name in examples_mod.NEEDS_SERVER:       # run against a real server in tests/test_postgis_*.py
            continue
        args = help_example(algorithms[name])
        if name == "engagementreport":
            write_replies(tmp_path)
        proc = run_in(tmp_path, args[1:])
        assert proc.returncode == 0, (name, proc.stdout[-1500:], proc.stderr[-1500:])
        assert "ERROR" not in proc.stderr, (name, proc.stderr[-1500:])
        for key, value in arguments(args).items():
            d = algorithms[name].parameterDefinition(key)
            if d is None or not d.isDestination():
                continue
            out = tmp_path / value
            assert (out.is_dir() if d.type() == "folderDestination" else out.is_file()), (name, key, value)
            if value.endswith(".csv"):
                assert out.read_text(encoding="utf-8").splitlines()[0].count(",") >= 1, (name, key)
            if value.endswith(".gpkg"):
                assert out.read_bytes()[:16] == b"SQLite format 3\x00", (name, key)
            if value.endswith(".html"):
                assert "<html" in out.read_text(encoding="utf-8").lower(), (name, key)
    # generatedemodata takes the outputs of the plugin's own imports, as its help says
    for alg, extra in (("importareas", ["AS=1", "OUTPUT=lsoa.gpkg", "REJECTS=lsoa_rejects.csv"]),
                       ("importcensus", ["OUTPUT=ethnic.gpkg", "REJECTS=ethnic_rejects.csv"]),
                       ("importcensus", ["OUTPUT=religion.gpkg", "REJECTS=religion_rejects.csv"])):
        source = {"importareas": "boundaries/hull_lsoa2021.geojson",
                  "ethnic.gpkg": "census2021/ts021_ethnic_group_lsoa21_hull_long.csv",
                  "religion.gpkg": "census2021/ts030_religion_lsoa21_hull_long.csv"}
        key = alg if alg == "importareas" else extra[0].split("=")[1]
        proc = run_in(tmp_path, ["run", f"lpt:{alg}", "--", f"INPUT={ROOT / 'demo' / 'data' / source[key]}", *extra])
        assert proc.returncode == 0, proc.stderr[-1500:]
    proc = run_in(tmp_path, ["run", "lpt:generatedemodata", "--", "MEMBERS=500", "POSTCODES=postcodes.gpkg",
                             "LSOA21=lsoa.gpkg", "ETHNIC=ethnic.gpkg", "RELIGION=religion.gpkg",
                             "HOUSEHOLDS=households.gpkg", "IMD=iod.gpkg", "OUTPUT_FOLDER=from_imports"])
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert "N_MEMBERS:\t500" in proc.stdout
    assert (tmp_path / "from_imports" / "members.csv").stat().st_size > 10_000
    # ward polygons given as LSOA polygons are refused, with the reason, printed once
    proc = run_in(tmp_path, ["run", "lpt:generatedemodata", "--", "MEMBERS=500", "LSOA21=wards.gpkg",
                             "OUTPUT_FOLDER=wrong"])
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0 and out.count("holds no LSOA codes") == 1, out[-1500:]
    assert "Traceback" not in out and not (tmp_path / "wrong").exists()


@pytest.mark.slow
def test_a_failing_run_prints_its_error_once(run_in, tmp_path):
    """qgis_process printed an exception's text three times (its message-log hook, ERROR:, the log again)."""
    bad = tmp_path / "members.csv"
    bad.write_text("Member ID,Registration Date\nM1,2023-01-01\n", encoding="utf-8")
    for args, reason in ((["run", "lpt:importmembers", "--", f"INPUT={bad}", "OUTPUT=m.gpkg"],
                          "required column 'postcode' not found"),
                         (["--json", "run", "lpt:prioritystreets", "--", "W_HARM=nan", "PRIORITY_STREETS=p.gpkg",
                           "PRIORITY_AREAS=a.gpkg", "REPORT=r.html"], "finite number")):
        proc = run_in(tmp_path, args)
        out = proc.stdout + proc.stderr
        assert proc.returncode == 1 and out.count(reason) == 1, out[-1500:]
        assert "Traceback" not in out and not (tmp_path / "m.gpkg").exists()
