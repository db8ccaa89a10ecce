"""#23 point 7: workspaces never lose or mix what they hold.

A real workspace is built from the shipped Hull data through the algorithms (members, postcodes, wards, two
police.uk months); each test plants one fault on a copy - an output addressing it in another spelling, an
output naming an input, an import that accepts nothing or far less, another force's month, damaged pages, an
altered schema, a read-only file or folder, a long legal name, a lock held by another program - and checks the
error names the workspace and the fix, never "Unexpected error", and that the workspace is unchanged.
"""
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pandas as pd
import pytest
from qgis.core import QgsProcessingException

from _paths import DEMO

MEMBERS = DEMO / "synthetic" / "members.csv"
MONTHS = [DEMO / "crime" / "2024-01-hull-street.csv", DEMO / "crime" / "2024-02-hull-street.csv"]
TABLES = ("members", "postcodes", "areas", "crimes", "lpt_imports", "lpt_rejects", "lpt_meta")


@pytest.fixture(scope="module")
def base_ws(lpt_plugin, tmp_path_factory):
    import processing
    t = tmp_path_factory.mktemp("fix23_store")
    ws = str(t / "hull.gpkg")
    for alg, params in (("lpt:importmembers", dict(INPUT=str(MEMBERS))),
                        ("lpt:importpostcodes", dict(INPUT=str(DEMO / "postcodes" / "codepo_hu_hull.csv"))),
                        ("lpt:importareas", dict(INPUT=str(DEMO / "boundaries" / "hull_wards2022.geojson"))),
                        ("lpt:importpolicecrime", dict(INPUT=";".join(map(str, MONTHS))))):
        processing.run(alg, dict(params, OUTPUT="TEMPORARY_OUTPUT", WORKSPACE=ws))
    return ws


@pytest.fixture()
def ws(base_ws, tmp_path):
    path = tmp_path / "ws.gpkg"
    shutil.copy(base_ws, path)
    return path


def state(path):
    """The file's bytes (hash) and each table's row count: what 'unchanged' means."""
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
    finally:
        con.close()
    return digest, counts


def refused(run_alg, alg, params, *needles):
    with pytest.raises(QgsProcessingException) as e:
        run_alg(alg, params)
    text = str(e.value)
    assert "Unexpected error" not in text and "Traceback" not in text, text
    for n in needles:
        assert n in text, (n, text)
    return text


def members_into(ws, csv, **extra):
    return dict(INPUT=str(csv), OUTPUT="TEMPORARY_OUTPUT", REJECTS="TEMPORARY_OUTPUT", WORKSPACE=str(ws), **extra)


# ------------------------------------------------------------------ outputs
@pytest.mark.parametrize("spelling", ["ogr:dbname='{ws}' table=\"streets\" (geom)", "ogr:dbname='{ws}' table=\"areas\"",
                                      "{ws}|layername=areas", "./ws.gpkg", "ws.gpkg  ", "{link}", "{dotdot}"])
def test_an_output_addressing_the_workspace_in_any_spelling_is_refused(run_alg, ws, tmp_path, monkeypatch, spelling):
    os.symlink(ws, tmp_path / "link.gpkg")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    out = spelling.format(ws=ws, link=tmp_path / "link.gpkg", dotdot=tmp_path / "sub" / ".." / "ws.gpkg")
    before = state(ws)
    refused(run_alg, "lpt:importareas", dict(INPUT=str(DEMO / "boundaries" / "hull_wards2022.geojson"), OUTPUT=out,
                                             WORKSPACE=str(ws)), "OUTPUT is the workspace itself", str(ws), "Fix:")
    # an analysis reading the workspace, its output given as a layer of it
    refused(run_alg, "lpt:linkcommunity", dict(WORKSPACE=str(ws), STREET_INSIGHT=out, AREA_INSIGHT="TEMPORARY_OUTPUT",
                                               FORCE_SUMMARY="TEMPORARY_OUTPUT", UNMATCHED="TEMPORARY_OUTPUT"),
            "STREET_INSIGHT is the workspace itself")
    # and a workspace that is not the one given (no WORKSPACE at all): still a workspace
    refused(run_alg, "lpt:importareas", dict(INPUT=str(DEMO / "boundaries" / "hull_wards2022.geojson"), OUTPUT=out),
            "OUTPUT is a workspace")
    assert state(ws) == before


def test_an_output_naming_an_input_is_refused_before_anything_is_read_or_written(run_alg, ws, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "members.csv"
    shutil.copy(MEMBERS, src)
    folder = tmp_path / "crime"
    folder.mkdir()
    shutil.copy(MONTHS[0], folder / MONTHS[0].name)
    before, original = state(ws), src.read_bytes()
    for key, out in (("REJECTS", "members.csv"), ("REJECTS", "./members.csv "), ("OUTPUT", str(src)),
                     ("OUTPUT", f"ogr:dbname='{src}' table=\"members\"")):
        params = members_into(ws, src)
        params[key] = out
        refused(run_alg, "lpt:importmembers", params, f"{key} names the input INPUT", "Fix:")
    refused(run_alg, "lpt:importpolicecrime", dict(FOLDER=str(folder), OUTPUT="TEMPORARY_OUTPUT", WORKSPACE=str(ws),
                                                   REJECTS=str(folder / MONTHS[0].name)), "REJECTS names the input FOLDER")
    layer = tmp_path / "streets.gpkg"
    shutil.copy(DEMO.parent.parent / "tests" / "data" / "chapeltown_leeds_streets.gpkg", layer)
    layer_bytes = layer.read_bytes()
    refused(run_alg, "lpt:importstreets", dict(INPUT=f"{layer}|layername=streets", REJECTS="TEMPORARY_OUTPUT",
                                               OUTPUT=f"ogr:dbname='{layer}' table=\"streets_out\" (geom)"),
            "OUTPUT names the input INPUT")
    assert src.read_bytes() == original and layer.read_bytes() == layer_bytes and state(ws) == before
    assert sorted(os.listdir(tmp_path)) == ["crime", "members.csv", "streets.gpkg", "ws.gpkg"]


def test_an_output_in_a_folder_that_does_not_exist_is_refused_before_reading(run_alg, ws, tmp_path):
    """It failed after the whole read with GDAL's 'sqlite3_open ... unable to open database file'."""
    src = tmp_path / "members.csv"
    shutil.copy(MEMBERS, src)
    before = state(ws)
    for key in ("OUTPUT", "REJECTS"):
        params = members_into(ws, src)
        params[key] = str(tmp_path / "no such folder" / "out.gpkg")
        refused(run_alg, "lpt:importmembers", params, f"{key}: the folder {tmp_path / 'no such folder'} does not "
                "exist; nothing was read or written", "Fix: create the folder")
    assert state(ws) == before and sorted(os.listdir(tmp_path)) == ["members.csv", "ws.gpkg"]


# ------------------------------------------------------------------ shrink rule
def test_an_import_that_accepts_nothing_or_far_less_changes_nothing_without_allow_shrink(run_alg, ws, tmp_path):
    raw = pd.read_csv(MEMBERS, dtype=str, keep_default_na=False)
    held = state(ws)[1]["members"]
    bad = raw.assign(Postcode="NOT A POSTCODE")
    bad.to_csv(tmp_path / "all_rejected.csv", index=False)
    before = state(ws)
    text = refused(run_alg, "lpt:importmembers", members_into(ws, tmp_path / "all_rejected.csv"),
                   "accepted 0 rows", f"holds {held:,}", "ALLOW_SHRINK=true", str(ws))
    assert "nothing was written to the workspace" in text
    raw.iloc[: len(raw) // 3].to_csv(tmp_path / "a_third.csv", index=False)
    refused(run_alg, "lpt:importmembers", members_into(ws, tmp_path / "a_third.csv"), "ALLOW_SHRINK")
    feb = pd.read_csv(MONTHS[1], dtype=str, keep_default_na=False)
    feb.head(100).to_csv(tmp_path / "2024-02-part.csv", index=False)       # a month re-imported with 100 rows
    refused(run_alg, "lpt:importpolicecrime", dict(INPUT=str(tmp_path / "2024-02-part.csv"), OUTPUT="TEMPORARY_OUTPUT",
                                                   WORKSPACE=str(ws)), "month 2024-02: 100 now", "ALLOW_SHRINK")
    assert state(ws) == before
    # the next message export from the workspace still reaches the members
    msg = dict(WORKSPACE=str(ws), AREA_MODE=0, TEMPLATE=2, BODY="Thank you for your help this month.", MIN_AUDIENCE=1,
               LOG=str(tmp_path / "log.gpkg"))
    r = run_alg("lpt:exportmessage", dict(msg, OUTPUT_FOLDER=str(tmp_path / "a")))
    assert r["AUDIENCE_SIZE"] > 1000
    # told to: the membership is emptied, and the next export says so plainly (no internal error)
    r = run_alg("lpt:importmembers", members_into(ws, tmp_path / "all_rejected.csv", ALLOW_SHRINK=True))
    assert r["ACCEPTED"] == 0 and state(ws)[1]["members"] == 0
    refused(run_alg, "lpt:exportmessage", dict(msg, OUTPUT_FOLDER=str(tmp_path / "b")))


# ------------------------------------------------------------------ force and source rule
def test_another_forces_month_or_another_source_is_refused_and_the_months_kept(run_alg, ws, tmp_path):
    from local_priority_targeting.core.store import workspace as W
    with W.open_store(str(ws), create=False) as st:
        assert st.get_meta("crime_force") == "Humberside Police" and st.get_meta("crime_source") == "police.uk"
    other = MONTHS[1].read_text(encoding="utf-8").replace("Humberside Police", "West Yorkshire Police")
    (tmp_path / "2024-02-west-yorkshire-street.csv").write_text(other, encoding="utf-8")
    before = state(ws)
    refused(run_alg, "lpt:importpolicecrime", dict(INPUT=str(tmp_path / "2024-02-west-yorkshire-street.csv"),
                                                   OUTPUT="TEMPORARY_OUTPUT", WORKSPACE=str(ws)),
            "West Yorkshire Police", "Humberside Police", "workspace of their own", str(ws))
    # a new month of another force (replaces nothing) is refused too
    (tmp_path / "2024-03-wy.csv").write_text(other.replace("2024-02,", "2024-03,"), encoding="utf-8")
    refused(run_alg, "lpt:importpolicecrime", dict(INPUT=str(tmp_path / "2024-03-wy.csv"), OUTPUT="TEMPORARY_OUTPUT",
                                                   WORKSPACE=str(ws)), "West Yorkshire Police")
    # one import naming two forces
    both = MONTHS[0].read_text(encoding="utf-8") + "\n".join(other.splitlines()[1:50]) + "\n"
    (tmp_path / "both.csv").write_text(both.replace("2024-02,", "2024-01,"), encoding="utf-8")
    refused(run_alg, "lpt:importpolicecrime", dict(INPUT=str(tmp_path / "both.csv"), OUTPUT="TEMPORARY_OUTPUT",
                                                   WORKSPACE=str(ws)), "name 2 forces")
    # a force's own extract into a workspace of police.uk months
    (tmp_path / "extract.csv").write_text("crime_id,date,category,x,y\nF1,2024-02-03,Burglary,509000,429000\n"
                                          "F2,2024-02-04,Burglary,509100,429100\n", encoding="utf-8")
    refused(run_alg, "lpt:importforcecrime", dict(INPUT=str(tmp_path / "extract.csv"), OUTPUT="TEMPORARY_OUTPUT", CRS="EPSG:27700",
                                                  WORKSPACE=str(ws)), "force crime extract", "police.uk")
    assert state(ws) == before
    # a workspace that already mixes two forces (made before the rule): analysed as one, never
    from osgeo import ogr                             # GDAL: the R-tree triggers call its ST_ functions
    ds = ogr.Open(str(ws), 1)
    ds.ExecuteSQL("UPDATE crimes SET falls_within = 'West Yorkshire Police' WHERE month = '2024-02'")
    ds = None
    refused(run_alg, "lpt:compareperiods", dict(WORKSPACE=str(ws), P1_START="2024-01", P1_END="2024-01",
                                                P2_START="2024-02", P2_END="2024-02", AREA_CHANGE="TEMPORARY_OUTPUT",
                                                STREET_CHANGE="TEMPORARY_OUTPUT", FORCE_CHANGE="TEMPORARY_OUTPUT"),
            "crimes name 2 forces", "Humberside Police", "West Yorkshire Police", str(ws))


# ------------------------------------------------------------------ damaged, altered, read-only, named, locked
def _damage(path):
    """Overwrite the header of a page in the middle of the file (the members' rows) with garbage."""
    con = sqlite3.connect(path)
    size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'members'").fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xfe" * 12)


ALTER = {
    "damaged": (_damage, "damaged", ".recover"),
    "dropped history": (lambda p: _sql(p, "DROP TABLE lpt_imports"), "table lpt_imports is missing", "backup"),
    "renamed status": (lambda p: _sql(p, 'ALTER TABLE members RENAME COLUMN status TO "state"'),
                       "members has no column status", "backup"),
    "version abc": (lambda p: _sql(p, "UPDATE lpt_meta SET value = 'abc' WHERE key = 'schema_version'"),
                    "'abc', not a number", "backup"),
}


def _sql(path, sql):
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()


@pytest.mark.parametrize("fault", list(ALTER))
def test_a_damaged_or_altered_workspace_is_refused_and_not_written(run_alg, ws, tmp_path, fault):
    plant, *needles = ALTER[fault]
    plant(str(ws))
    before = open(ws, "rb").read()
    refused(run_alg, "lpt:importmembers", members_into(ws, MEMBERS), str(ws), "Fix:", *needles)
    refused(run_alg, "lpt:exportmessage", dict(WORKSPACE=str(ws), AREA_MODE=0, TEMPLATE=2, BODY="Thank you.",
                                               LOG=str(tmp_path / "log.gpkg"), OUTPUT_FOLDER=str(tmp_path / "o")),
            str(ws), *needles)
    refused(run_alg, "lpt:linkcommunity", dict(WORKSPACE=str(ws), STREET_INSIGHT="TEMPORARY_OUTPUT",
                                               AREA_INSIGHT="TEMPORARY_OUTPUT", FORCE_SUMMARY="TEMPORARY_OUTPUT",
                                               UNMATCHED="TEMPORARY_OUTPUT"), str(ws), *needles)
    assert open(ws, "rb").read() == before


def _chattr(flag, path):
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_workspace_is_refused_and_not_written(run_alg, ws, what):
    """Tests run as root, whom chmod does not stop: the file (or its folder) is made immutable (chattr +i), which
    stops root too; as another user chmod is enough."""
    target = ws if what == "file" else ws.parent
    before = state(ws)
    if not _chattr("+i", target):
        os.chmod(target, 0o555 if what == "folder" else 0o444)
        if os.access(target, os.W_OK):
            pytest.skip("cannot make the workspace read-only here (root without chattr)")
    try:
        refused(run_alg, "lpt:importmembers", members_into(ws, MEMBERS), "cannot be written", "read-only", str(ws),
                "writable")
    finally:
        _chattr("-i", target)
        os.chmod(target, 0o755 if what == "folder" else 0o644)
    assert state(ws) == before


def test_a_long_legal_file_name_is_refused_with_the_length_to_use(run_alg, ws, tmp_path):
    longest = os.pathconf(str(tmp_path), "PC_NAME_MAX")
    new = tmp_path / ("w" * (longest - 5) + ".gpkg")                     # 255 bytes: a legal name
    refused(run_alg, "lpt:importmembers", members_into(new, MEMBERS), "file name is too long",
            f"at most {longest - 8} bytes")
    assert not new.exists() and sorted(os.listdir(tmp_path)) == ["ws.gpkg"]
    held = tmp_path / ("h" * (longest - 7) + ".gpkg")                     # an existing workspace renamed so
    os.rename(ws, held)
    before = state(held)
    refused(run_alg, "lpt:importmembers", members_into(held, MEMBERS), "file name is too long", str(held))
    assert state(held) == before
    # an output file may have the longest legal name (its temporary file has a short one)
    out = tmp_path / ("o" * (longest - 5) + ".gpkg")
    r = run_alg("lpt:importareas", dict(INPUT=str(DEMO / "boundaries" / "hull_wards2022.geojson"), OUTPUT=str(out)))
    assert r["ACCEPTED"] == 21 and out.exists()
    rejects = tmp_path / ("r" * (longest - 4) + ".csv")
    r = run_alg("lpt:importmembers", dict(INPUT=str(MEMBERS), OUTPUT="TEMPORARY_OUTPUT", REJECTS=str(rejects)))
    assert rejects.exists() and len(pd.read_csv(rejects)) == r["REJECTED"] > 0


HOLD = r"""
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
"""


def test_a_lock_held_by_another_program_is_refused_after_the_stated_wait(run_alg, ws, monkeypatch):
    from local_priority_targeting.core.store import geopackage
    monkeypatch.setattr(geopackage, "BUSY_SECONDS", 2.0)      # the shipped wait is 60 s
    before = state(ws)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(ws)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        t = time.monotonic()
        refused(run_alg, "lpt:importmembers", members_into(ws, MEMBERS), "locked by another program",
                "waited 2 s", str(ws), "close the program")
        assert time.monotonic() - t >= 2.0
    finally:
        holder.communicate("\n", timeout=30)
    assert state(ws) == before


FULL = r"""
import os, resource, signal, sys
sys.path.insert(0, sys.argv[2])
import pandas as pd
from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.store import workspace as W
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)         # the write fails (EFBIG) instead of killing the process
room = os.path.getsize(sys.argv[1]) + 200_000
resource.setrlimit(resource.RLIMIT_FSIZE, (room, room))
n = 200_000
df = pd.DataFrame({"member_id": [f"M{i}" for i in range(n)], "postcode": "HU1 1AA", "registered": "2020-01-01",
                   "status": "active"})
try:
    with W.open_store(sys.argv[1], create=False) as st:
        W.save_import(st, "members", df, "members", [], n, 0)
except LptInputError as exc:
    print(exc)
"""


def test_a_disk_that_fills_during_an_import_is_named_and_the_workspace_kept(ws):
    """No room left (a file size limit stands in for a full disk): the error names the workspace and the disk,
    and the next open finds the workspace as it was (SQLite's journal rolls the half write back)."""
    from _paths import PLUGINS
    from local_priority_targeting.core.store import workspace as W
    before = state(ws)
    out = subprocess.run([sys.executable, "-c", FULL, str(ws), str(PLUGINS)], capture_output=True, text=True,
                         timeout=300)
    assert str(ws) in out.stdout and "disk could not be written" in out.stdout and "Fix:" in out.stdout, \
        out.stdout + out.stderr[-2000:]
    W.open_store(str(ws), create=False).close()
    assert state(ws) == before and not os.path.exists(f"{ws}-journal")
