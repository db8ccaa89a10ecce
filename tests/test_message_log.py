"""The message log is the source of truth: kill -9 at many moments, two exports at once, old logs, wrong files."""
import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from local_priority_targeting.core.engage import messages as M
from local_priority_targeting.core.engage.message_log import MessageLog
from local_priority_targeting.core.errors import LptInputError

from _paths import DATA, PLUGINS

CHILD = r"""
import sys, time
sys.path.insert(0, {plugins!r})
import shapely
from local_priority_targeting.core.engage import messages as M
from local_priority_targeting.core.engage.message_log import MessageLog
log_path, folder, n, count, tag = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
ids = [f"{{tag}}-{{i:07d}}" for i in range(n)]
area = shapely.box(500000, 420000, 501000, 421000)
print("ready", flush=True)
while len(sys.argv) > 6 and not __import__("os").path.exists(sys.argv[6]):
    time.sleep(0.005)
for k in range(count):
    with MessageLog.open_write(log_path) as log:
        log.export(M.Message("Ward", "sms", "s", "b", tag), ids, folder, shapely.to_wkb(area), area.wkt)
print("done", flush=True)
"""


def _child(tmp_path, *args):
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(plugins=str(PLUGINS)))
    p = subprocess.Popen([sys.executable, str(script), *map(str, args)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "ready"
    return p


def assert_consistent(log_path, folder):
    """Open as the next writer would (recovering), then: integrity ok, record <=> final files."""
    with MessageLog.open_write(str(log_path)) as log:
        assert log.con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        msgs = log.messages()
        rec = log.recipients()
        states = dict(log.con.execute("SELECT message_id, files_state FROM messages"))
    finals = {f.split("_")[0].split(".")[0] for f in os.listdir(folder) if f.startswith("MSG-")} if \
        os.path.isdir(folder) else set()
    assert set(msgs.message_id) == finals
    assert set(states.values()) <= {"published"}
    for mid in finals:
        n = sum(1 for _ in open(os.path.join(folder, f"{mid}_recipients.csv"))) - 1
        assert n == int(msgs.set_index("message_id").audience_size[mid]) == int((rec.message_id == mid).sum())
    return len(finals)


@pytest.mark.slow
def test_kill_9_at_many_moments_never_loses_or_invents_an_export(tmp_path):
    log_path, folder, n = tmp_path / "log.gpkg", tmp_path / "out", 150_000
    t0 = time.time()
    p = _child(tmp_path, log_path, folder, n, 1, "warm")
    assert p.wait(120) == 0
    one = time.time() - t0
    rng = random.Random(7)
    moments = sorted(rng.uniform(0, one * 1.5) for _ in range(24))
    for i, delay in enumerate(moments):
        p = _child(tmp_path, log_path, folder, n, 2, f"k{i}")
        time.sleep(delay)
        p.kill()
        p.wait()
        assert_consistent(log_path, folder)
    total = assert_consistent(log_path, folder)
    assert 1 < total < 1 + 2 * len(moments)      # some kills landed before, some after a commit
    # the next export into the folder clears the temporary files of exports that never committed
    p = _child(tmp_path, log_path, folder, 10, 1, "last")
    assert p.wait(60) == 0
    assert not [f for f in os.listdir(folder) if f.endswith(".part")]
    assert_consistent(log_path, folder)


@pytest.mark.slow
def test_two_exports_at_once_both_succeed(tmp_path):
    log_path, folder, go = tmp_path / "log.gpkg", tmp_path / "out", tmp_path / "go"
    procs = [_child(tmp_path, log_path, folder, 20_000, 5, tag, go) for tag in ("a", "b")]
    go.write_text("")
    for p in procs:
        assert p.wait(120) == 0 and p.stdout.read().strip() == "done"
    assert assert_consistent(log_path, folder) == 10


def _v1_log(path):
    """A log as version 0.1 made it (OGR defaults: R-tree spatial index and its triggers)."""
    from osgeo import ogr, osr
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(27700)
    lyr = ds.CreateLayer("messages", srs, ogr.wkbMultiPolygon)
    for name in ("message_id", "created", "author", "channel", "template", "area_label", "subject", "body"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("audience_size", ogr.OFTInteger))
    rec = ds.CreateLayer("message_recipients", None, ogr.wkbNone)
    for name in ("message_id", "member_id", "sent_at"):
        rec.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetField("message_id", "MSG-OLD")
    f.SetField("created", "2024-01-01T00:00:00+00:00")
    f.SetField("audience_size", 1)
    f.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))"))
    lyr.CreateFeature(f)
    r = ogr.Feature(rec.GetLayerDefn())
    r.SetField("message_id", "MSG-OLD")
    r.SetField("member_id", "M1")
    r.SetField("sent_at", "2024-01-01T00:00:00+00:00")
    rec.CreateFeature(r)
    ds = None


def test_a_version_1_log_is_migrated_and_keeps_its_history(tmp_path):
    import shapely
    from osgeo import ogr
    _v1_log(tmp_path / "old.gpkg")
    with MessageLog.open_read(str(tmp_path / "old.gpkg")) as log:     # readers accept it unchanged
        assert log.messages().message_id.tolist() == ["MSG-OLD"]
    with MessageLog.open_write(str(tmp_path / "old.gpkg")) as log:
        area = shapely.box(1, 1, 2, 2)
        log.export(M.Message("Ward", "email", "s", "b", "me"), ["M1", "M2"], str(tmp_path / "out"),
                   shapely.to_wkb(area), area.wkt)
        assert set(log.recipients().member_id) == {"M1", "M2"}
    ds = ogr.Open(str(tmp_path / "old.gpkg"))
    lyr = ds.GetLayerByName("messages")
    assert lyr.GetFeatureCount() == 2
    lyr.SetSpatialFilterRect(1.5, 1.5, 1.6, 1.6)                       # the R-tree saw the new polygon
    assert [f.GetField("message_id") for f in lyr] != ["MSG-OLD"] and lyr.GetFeatureCount() == 1


def test_readers_refuse_files_that_are_not_message_logs_and_change_nothing(tmp_path):
    other = tmp_path / "streets.gpkg"
    shutil.copy(DATA / "chapeltown_leeds_streets.gpkg", other)
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    with pytest.raises(LptInputError, match="is not a message log"):
        MessageLog.open_read(str(other))
    with pytest.raises(LptInputError, match="is not a message log"):
        MessageLog.open_write(str(other))
    (tmp_path / "text.gpkg").write_text("hello")
    with pytest.raises(LptInputError, match="is not a message log"):
        MessageLog.open_read(str(tmp_path / "text.gpkg"))
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    with pytest.raises(LptInputError, match="folder of the message log does not exist"):
        MessageLog.open_write(str(tmp_path / "nowhere" / "log.gpkg"))
    (tmp_path / "afile").write_text("x")
    with MessageLog.open_write(str(tmp_path / "log.gpkg")) as log:
        with pytest.raises(LptInputError, match="export folder is a file"):
            log.export(M.Message("W", "sms", "s", "b", "me"), ["a"], str(tmp_path / "afile"))
        assert log.messages().empty
