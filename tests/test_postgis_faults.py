"""A PostGIS workspace under faults (the test server of tests/pg_server.py): an import killed half-way leaves the
previous content; a connection lost mid-run is a clear error and leaves no partial table."""
import os
import signal
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.store import workspace as W

from _paths import PLUGINS


def _members(n):
    return pd.DataFrame({"member_id": [f"M{i}" for i in range(n)], "postcode": ["HU1 1AA"] * n,
                         "registered": ["2024-01-01"] * n, "status": ["active"] * n,
                         "score": np.arange(n, dtype=float)})


CHILD = """
import sys, time
sys.path.insert(0, sys.argv[2])
import pandas as pd
from local_priority_targeting.core.store import workspace as W
n = 20000
df = pd.DataFrame({"member_id": [f"N{i}" for i in range(n)], "postcode": ["HU9 9ZZ"] * n,
                   "registered": ["2024-01-01"] * n, "status": ["active"] * n, "score": [1.0] * n})
st = W.open_store(sys.argv[1])
with st.transaction():
    W.save_import(st, "members", df, "members", [], n, 0)
    print("written", flush=True)
    time.sleep(60)
"""


def test_an_import_killed_half_way_leaves_the_previous_content(pg_db):
    with W.open_store(pg_db) as st:
        W.save_import(st, "members", _members(3), "members", [], 3, 0)
    child = subprocess.Popen([sys.executable, "-c", CHILD, pg_db, str(PLUGINS)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "written"       # 20,000 rows in, not committed
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(30)
    with W.open_store(pg_db, create=False) as st:
        assert sorted(st.read_table("members").member_id) == ["M0", "M1", "M2"]
        assert list(W.imports(st).n_accepted) == [3]


def test_a_lost_connection_mid_run_is_a_clear_error_and_leaves_no_partial_table(pg_db):
    import psycopg
    with W.open_store(pg_db) as st:
        W.save_import(st, "members", _members(3), "members", [], 3, 0)
    st = W.open_store(pg_db)
    try:
        with pytest.raises(LptInputError, match="connection to the workspace database was lost") as err:
            with st.transaction():
                st.write_table("link_postcodes", pd.DataFrame({"postcode": ["HU1 1AA"], "segment_id": [1]}))
                st.write_table("members", _members(500))
                with psycopg.connect(pg_db, autocommit=True) as admin:     # the server drops the connection
                    admin.execute("SELECT pg_terminate_backend(%s)", (st.con.info.backend_pid,))
                st.append_rows("lpt_audit", pd.DataFrame({"audit_id": [1], "action": ["x"]}))
        assert "no table is half written" in str(err.value)
    finally:
        st.close()
    with W.open_store(pg_db, create=False) as st:
        assert not st.has_table("link_postcodes") and st.row_count("members") == 3
        assert st.row_count("lpt_audit") == 0


def test_runs_on_one_workspace_take_turns_and_a_long_wait_is_a_clear_error(pg_db):
    import threading
    from local_priority_targeting.core.engage import audit
    W.open_store(pg_db).close()
    holding, release, done = threading.Event(), threading.Event(), []

    def first():
        with W.open_store(pg_db) as st, st.transaction():
            W.save_import(st, "members", _members(5), "members", [], 5, 0)
            holding.set()
            release.wait(30)

    def second():
        with W.open_store(pg_db) as st:
            done.append(W.save_import(st, "members", _members(7).assign(member_id=lambda d: "B" + d.member_id),
                                      "members", [], 7, 0, allow_shrink=True))
    a = threading.Thread(target=first)
    a.start()
    assert holding.wait(30)
    with W.open_store(pg_db) as impatient:
        impatient.busy_seconds = 0.3
        with pytest.raises(LptInputError, match="busy with another run"):
            audit.record(impatient, "x", "visit_list", ["E1"], 1)
    b = threading.Thread(target=second)
    b.start()
    b.join(1.0)
    assert b.is_alive() and not done                       # waiting for the first import's transaction
    release.set()
    a.join(30)
    b.join(30)
    assert done and done[0]["import_id"] == 2

    def exports():
        with W.open_store(pg_db) as st:
            for _ in range(10):
                audit.record(st, "x", "visit_list", ["E1"], 1)
    threads = [threading.Thread(target=exports) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    with W.open_store(pg_db) as st:
        assert sorted(st.read_table("members").member_id) == sorted("B" + _members(7).member_id)
        assert list(W.imports(st).import_id) == [1, 2]
        assert sorted(audit.read(st).audit_id) == list(range(1, 31))          # none taken twice, none lost
