"""The message log (in the workspace store since schema 4) is the source of truth: kill -9 at many moments, two
exports at once, append-only, an earlier release's separate log imported once with every row, wrong files."""
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
    with MessageLog.open(log_path=log_path) as log:
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
    with MessageLog.open(log_path=str(log_path)) as log:        # opening checks SQLite's integrity
        log.roll_forward()
        msgs = log.messages()
        rec = log.recipients()
        states = log.status().to_dict()
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


def _v1_log(path, n_messages=3, n_recipients=4, rtree=True):
    """A log as version 0.1 made it (OGR defaults: R-tree spatial index and its triggers): ``n_messages`` messages
    over Hull-sized squares, each with ``n_recipients`` recipients."""
    from osgeo import ogr, osr
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(27700)
    lyr = ds.CreateLayer("messages", srs, ogr.wkbMultiPolygon, [] if rtree else ["SPATIAL_INDEX=NO"])
    for name in ("message_id", "created", "author", "channel", "template", "area_label", "subject", "body"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("audience_size", ogr.OFTInteger))
    rec = ds.CreateLayer("message_recipients", None, ogr.wkbNone)
    for name in ("message_id", "member_id", "sent_at"):
        rec.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for k in range(n_messages):
        f = ogr.Feature(lyr.GetLayerDefn())
        mid, at = f"MSG-OLD{k}", f"2024-01-0{k + 1}T09:00:00+00:00"
        for name, value in (("message_id", mid), ("created", at), ("author", "PC Old"), ("channel", "sms"),
                            ("area_label", f"Ward {k}"), ("subject", f"Subject {k}"), ("body", f"Body {k}")):
            f.SetField(name, value)
        f.SetField("audience_size", n_recipients)
        x = 500000 + 1000 * k
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"MULTIPOLYGON ((({x + 100} 400100, {x + 900} 400100, "
                                                f"{x + 900} 400900, {x + 100} 400100)))"))
        lyr.CreateFeature(f)
        for i in range(n_recipients):
            r = ogr.Feature(rec.GetLayerDefn())
            for name, value in (("message_id", mid), ("member_id", f"M{k}{i}"), ("sent_at", at)):
                r.SetField(name, value)
            rec.CreateFeature(r)
    ds = None


def _areas():
    import shapely
    import pandas as pd
    return pd.DataFrame({"area_code": ["E1", "E2", "E3"], "area_name": ["A", "B", "C"],
                         "geometry": [shapely.box(500000 + 1000 * i, 400000, 501000 + 1000 * i, 401000)
                                      for i in range(3)]})


def test_an_earlier_releases_log_is_imported_into_the_workspace_once_with_every_row(tmp_path):
    import shapely
    from local_priority_targeting.core.store import workspace as W
    old = tmp_path / "old_log.gpkg"
    _v1_log(old)
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    ws = str(tmp_path / "ws.gpkg")
    with W.open_store(ws) as st:
        st.write_table("areas", _areas(), "geometry", "POLYGON")
    with MessageLog.open(ws, str(old)) as log:
        msgs, rec = log.messages(), log.recipients()
        assert msgs.message_id.tolist() == ["MSG-OLD0", "MSG-OLD1", "MSG-OLD2"]
        assert msgs.subject.tolist() == ["Subject 0", "Subject 1", "Subject 2"] and set(msgs.author) == {"PC Old"}
        assert msgs.created.tolist() == [f"2024-01-0{k}T09:00:00+00:00" for k in (1, 2, 3)]
        assert msgs.area_codes.tolist() == [["E1"], ["E2"], ["E3"]]      # from the workspace's areas it overlaps
        assert set(msgs.status) == {"published"} and msgs.audience_size.tolist() == [4, 4, 4]
        assert shapely.equals(shapely.from_wkb(msgs.area_wkb[1]), shapely.from_wkt(
            "POLYGON ((501100 400100, 501900 400100, 501900 400900, 501100 400100))"))
        assert sorted(zip(rec.message_id, rec.member_id)) == [(f"MSG-OLD{k}", f"M{k}{i}") for k in range(3)
                                                             for i in range(4)]
        # a new export into the workspace sees the imported history (frequency guard)
        seen = {}
        log.export(M.Message("Ward", "sms", "s", "b", "me"), ["M00", "M99"], str(tmp_path / "out"),
                   guard=lambda h: seen.update(h=h), area_codes=["E1"])
        assert set(seen["h"].member_id) >= {"M00", "M21"}
    with MessageLog.open(ws, str(old)) as log:                          # again: nothing added twice
        assert len(log.messages()) == 4 and len(log.recipients()) == 14
        assert log.import_from(str(old)) == 0
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before       # the old file is left as it was


def test_an_interrupted_export_of_an_earlier_log_is_finished_after_import(tmp_path):
    """A version 2 log whose last export was killed after its commit ('committing', files under .part names)."""
    old, out = tmp_path / "v2.gpkg", tmp_path / "out"
    _v1_log(old, 1, 2, rtree=False)                    # version 2 logs were made without a spatial index
    out.mkdir()
    con = sqlite3.connect(old)
    with con:
        for col in ("folder", "recipients_file", "message_file", "files_state"):
            con.execute(f"ALTER TABLE messages ADD COLUMN {col} TEXT")
        con.execute("UPDATE messages SET folder = ?, recipients_file = 'MSG-OLD0_recipients.csv', message_file = "
                    "'MSG-OLD0.json', files_state = 'committing'", (str(out),))
        con.execute("CREATE TABLE lpt_log_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        con.execute("INSERT INTO lpt_log_meta VALUES ('kind', 'lpt-message-log'), ('schema_version', '2')")
    con.close()
    for name in ("MSG-OLD0_recipients.csv", "MSG-OLD0.json"):
        (out / f".{name}.part").write_text("x")
    with MessageLog.open(log_path=str(tmp_path / "new.gpkg")) as log:
        assert log.import_from(str(old)) == 1
        assert log.status().to_dict() == {"MSG-OLD0": "committing"}
        assert log.roll_forward() == 1
        assert log.status().to_dict() == {"MSG-OLD0": "published"}
        assert log.messages().area_codes.tolist() == [[]]              # no areas in this workspace: nobody's
    assert sorted(os.listdir(out)) == ["MSG-OLD0.json", "MSG-OLD0_recipients.csv"]


def test_the_message_log_is_append_only_in_a_geopackage_workspace(tmp_path):
    ws = str(tmp_path / "ws.gpkg")
    with MessageLog.open(log_path=ws) as log:
        log.export(M.Message("Ward", "sms", "s", "b", "me"), ["a", "b"], str(tmp_path / "out"), area_codes=["E1"])
        st = log.store
        for table in ("lpt_messages", "lpt_message_recipients", "lpt_message_status"):
            with pytest.raises(LptInputError, match="append-only"):
                st.update_rows(table, "message_id", list(log.messages().message_id), {"message_id": "X"})
            with pytest.raises(LptInputError):
                st.delete_table(table)
            with pytest.raises(LptInputError):
                st.write_table(table, st.read_table(table).iloc[:0])
        with pytest.raises(LptInputError, match="append-only"):
            with st.transaction():
                st.con.execute("DELETE FROM lpt_message_recipients")
        assert len(log.recipients()) == 2 and log.status().tolist() == ["published"]


def test_without_a_workspace_an_earlier_log_is_not_written_to_and_the_fix_is_named(tmp_path):
    old = tmp_path / "old_log.gpkg"
    _v1_log(old)
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    with pytest.raises(LptInputError, match="earlier release.*WORKSPACE"):
        MessageLog.open(log_path=str(old))
    from local_priority_targeting.core.engage.message_log import read_log
    msgs, rec = read_log(log_path=str(old))                              # reports still read it, read-only
    assert len(msgs) == 3 and len(rec) == 12
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before


def test_readers_refuse_files_that_are_not_message_logs_and_change_nothing(tmp_path):
    from local_priority_targeting.core.engage.message_log import read_log
    other = tmp_path / "streets.gpkg"
    shutil.copy(DATA / "chapeltown_leeds_streets.gpkg", other)
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    with pytest.raises(LptInputError, match="is not a message log"):
        read_log(log_path=str(other))
    with pytest.raises(LptInputError, match="is not a message log"):
        MessageLog.open(log_path=str(other))
    (tmp_path / "text.gpkg").write_text("hello")
    with pytest.raises(LptInputError):
        read_log(log_path=str(tmp_path / "text.gpkg"))
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    with pytest.raises(LptInputError, match="folder of the message log does not exist"):
        MessageLog.open(log_path=str(tmp_path / "nowhere" / "log.gpkg"))
    (tmp_path / "afile").write_text("x")
    with MessageLog.open(log_path=str(tmp_path / "log.gpkg")) as log:
        with pytest.raises(LptInputError, match="export folder is a file"):
            log.export(M.Message("W", "sms", "s", "b", "me"), ["a"], str(tmp_path / "afile"))
        assert log.messages().empty


def test_reports_read_the_workspaces_log_and_an_earlier_file_not_yet_imported(tmp_path):
    """The briefing pack's message activity and the engagement report's reply rates, from the workspace's log
    (plus an earlier release's file given beside it, read only): the same messages, each once."""
    import pandas as pd
    import shapely
    from local_priority_targeting.core.engage.message_log import read_log
    from local_priority_targeting.core.io.replies import engagement
    from local_priority_targeting.core.report.briefing_activity import Activity, message_rows
    ws, old = str(tmp_path / "ws.gpkg"), tmp_path / "old_log.gpkg"
    _v1_log(old, 2, 3)
    area = shapely.box(500000, 400000, 501000, 401000)
    with MessageLog.open(log_path=ws) as log:
        msg = M.Message("Ward A", "sms", "Thanks", "Thank you.", "me", created="2024-02-01T10:00:00+00:00")
        log.export(msg, [f"N{i}" for i in range(12)], str(tmp_path / "out"), shapely.to_wkb(area), area.wkt,
                   area_codes=["E1"])
    msgs, rec = read_log(ws, str(old))
    assert msgs.message_id.tolist() == ["MSG-OLD0", "MSG-OLD1", msg.message_id] and len(rec) == 2 * 3 + 12
    rows = message_rows(Activity(messages=msgs), shapely.box(500200, 400200, 500400, 400400), suppress=10)
    assert [r[:4] for r in rows] == [["2024-01-01", "sms", "Ward 0", "Subject 0"],
                                     ["2024-02-01", "sms", "Ward A", "Thanks"]]
    assert rows[1][4] == "12"                                        # three recipients: suppressed, not '3'
    assert rows[0][4] != "3"
    replies = pd.DataFrame({"member_id": ["N1", "N2", "M00"], "message_id": [msg.message_id] * 2 + ["MSG-OLD0"],
                            "time": ["2024-02-02 10:00"] * 3})
    eng = engagement(msgs, rec, replies, pd.Series({"N1": "E1", "N2": "E1", "M00": "E1"}))
    per = eng["per_message"].set_index("message_id")
    assert (per.repliers[msg.message_id], per.recipients[msg.message_id], per.repliers["MSG-OLD0"]) == (2, 12, 1)


def test_another_exports_roll_forward_between_commit_and_rename_is_no_failure(tmp_path, monkeypatch):
    """Two exports into one folder: B's roll-forward can rename A's files after A committed and before A renames
    them (A is 'committing' then) - A's export still succeeds, both files are in place and A is published."""
    import shapely
    from local_priority_targeting.core.engage import message_log as ML
    log_path, folder = str(tmp_path / "log.gpkg"), str(tmp_path / "out")
    real, raced = ML._put_in_place, []

    def other_rolls_forward_first(part, final):
        if not raced:
            raced.append(None)                              # once: the other's own renames go straight through
            monkeypatch.setattr(ML, "_put_in_place", real)
            with MessageLog.open(log_path=log_path) as other:
                raced[0] = other.roll_forward()
        real(part, final)
    monkeypatch.setattr(ML, "_put_in_place", other_rolls_forward_first)
    area = shapely.box(500000, 420000, 501000, 421000)
    with MessageLog.open(log_path=log_path) as log:
        paths = log.export(M.Message("Ward", "sms", "s", "b", "A"), ["a1", "a2"], folder, shapely.to_wkb(area),
                           area.wkt)
    assert raced == [1]                                     # the other export did finish A's renames
    assert os.path.exists(paths["recipients"]) and os.path.exists(paths["message"])
    assert assert_consistent(log_path, folder) == 1
