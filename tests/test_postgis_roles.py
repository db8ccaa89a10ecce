"""Roles and row-level security of a PostGIS workspace (lpt:setupdatabase), logging in as each role on the test
server (tests/pg_server.py): the analyst sees everything, a supervisor the rows and set-ups of their areas, an
officer their assigned areas only, with no member contact fields except their areas' key contacts (audited); the
audit is append-only for everyone; SQL injection through area codes, names and parameters changes nothing."""
import json
import os

import numpy as np
import pandas as pd
import pytest
import shapely

from local_priority_targeting.core.engage import setups
from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.store import workspace as W
from local_priority_targeting.core.store.migrations import SECURITY
from local_priority_targeting.core.store.postgis_setup import setup_database
from pg_server import add_logins

AREAS = ("E1", "E2", "E3")
EVIL = ["E1'); DROP TABLE lpt.members; --", "E1' OR '1'='1", 'E1" OR 1=1 --', "E1;DELETE FROM lpt.lpt_audit"]


def _tables():
    """Three areas, a postcode in each (linked), two members per postcode (one a key contact, with contacts),
    a survey response per member, a visit per postcode."""
    pcs = [f"HU{i} 1AA" for i in range(1, 4)]
    members = pd.DataFrame({"member_id": [f"M{i}{k}" for i in range(1, 4) for k in "ab"] + ["M1c", "M1d", "M1d"],
                            "postcode": [p for p in pcs for _ in "ab"] + ["HU1 1AA"] * 3,
                            "registered": ["2024-01-01"] * 9, "status": ["active"] * 6 + ["opted_out", "active",
                                                                                          "unknown"],
                            "key_contact": [True, False] * 3 + [True, True, True],
                            "name": [f"Name {i}" for i in range(9)], "email": [f"m{i}@example.org" for i in range(9)],
                            "phone": [f"0770090000{i}" for i in range(9)]})
    squares = [shapely.box(500000 + 1000 * i, 400000, 501000 + 1000 * i, 401000) for i in range(3)]
    return {
        "areas": (pd.DataFrame({"area_code": list(AREAS), "area_name": ["A", "B", "C"],
                                "geometry": shapely.multipolygons([[s] for s in squares])}), "MULTIPOLYGON"),
        "members": (members, None),
        "surveys": (pd.DataFrame({"response_id": [f"R{m}" for m in members.member_id],
                                  "member_id": members.member_id, "submitted": ["2024-02-01"] * len(members)}), None),
        "visits": (pd.DataFrame({"visit_id": ["V1", "V2", "V3"], "date": ["2024-02-02"] * 3, "postcode": pcs}), None),
        "link_postcodes": (pd.DataFrame({"postcode": pcs, "segment_id": np.arange(3, dtype=np.int64),
                                         "street_id": ["s1", "s2", "s3"], "area_code": list(AREAS)}), None),
    }


@pytest.fixture(scope="module")
def db(pg_server):
    admin = pg_server.new_database("roles")
    with W.open_store(admin) as st:
        for name, (df, geom) in _tables().items():
            st.write_table(name, df, "geometry" if geom else None, geom or "GEOMETRY")
        st.append_rows("lpt_setups", pd.DataFrame({"setup_id": ["S0001", "S0002", "S0003"],
                                                   "area_codes": [json.dumps(["E1"]), json.dumps(["E2", "E3"]),
                                                                  "not json"], "status": ["open"] * 3}))
    info = setup_database(admin)
    assert info["security_version"] == str(len(SECURITY)) == "4" and info["roles"] == ["lpt_analyst", "lpt_supervisor", "lpt_officer"]
    setup_database(admin)                                             # idempotent
    add_logins(admin, {"ana": "lpt_analyst", "sue": "lpt_supervisor", "oli": "lpt_officer"},
               [("sue", "E1"), ("sue", "E2"), ("oli", "E1")])
    return {who: pg_server.conninfo("roles", user=who) for who in ("ana", "sue", "oli")} | {"admin": admin}


def test_the_analyst_sees_and_replaces_everything(db):
    with W.open_store(db["ana"]) as st:
        assert len(st.read_table("members")) == 9 and "email" in st.columns("members")
        assert len(st.read_table("lpt_setups")) == 3
        st.write_table("visits", _tables()["visits"][0])           # replaced, and protected again
    with W.open_store(db["oli"]) as st:
        assert list(st.read_table("visits").postcode) == ["HU1 1AA"]


def test_a_supervisor_sees_the_rows_and_set_ups_of_their_areas_without_contact_fields(db):
    with W.open_store(db["sue"]) as st:
        m = st.read_table("members")
        assert sorted(m.postcode.unique()) == ["HU1 1AA", "HU2 1AA"]
        assert not {"name", "email", "phone"} & set(m.columns) and "key_contact" in m.columns
        assert sorted(set(st.read_table("surveys").member_id)) == ["M1a", "M1b", "M1c", "M1d", "M2a", "M2b"]
        assert sorted(st.read_table("lpt_setups").setup_id) == ["S0001", "S0002"]   # bad JSON: nobody's
        assert len(st.read_table("areas")) == 3                       # not personal: every area
        st.append_rows("lpt_setups", pd.DataFrame({"setup_id": ["S0004"], "area_codes": [json.dumps(["E2"])],
                                                   "status": ["open"]}))
    with W.open_store(db["oli"]) as st:                  # sees S0001 only; the next id counts every set-up
        assert setups.next_id(st) == "S0005" and st.next_number("lpt_setups", "setup_id", "S") == 5
        with pytest.raises(LptInputError):
            st.next_number("members", "member_id", "M")             # no oracle on other tables
    with W.open_store(db["sue"]) as st:
        with pytest.raises(LptInputError, match="may not"):            # E3 is not theirs
            st.append_rows("lpt_setups", pd.DataFrame({"setup_id": ["S0005"], "area_codes": [json.dumps(["E3"])]}))
        assert st.update_rows("lpt_setups", "setup_id", ["S0001", "S0002"], {"status": "archived"}) == 1
        with pytest.raises(LptInputError, match="may not"):
            st.write_table("members", pd.DataFrame({"member_id": ["x"]}))
        with pytest.raises(LptInputError, match="may not read"):
            st.read_table("lpt_rejects")


def test_an_officer_sees_their_areas_only_and_key_contacts_only_through_the_audited_function(db):
    import psycopg
    with W.open_store(db["oli"]) as st:
        assert sorted(set(st.read_table("members").member_id)) == ["M1a", "M1b", "M1c", "M1d"]
        assert not {"name", "email", "phone"} & set(st.columns("members"))
        assert len(st.read_table("link_postcodes")) == 3                # geography, not personal: whole
        assert list(st.read_table("lpt_setups").setup_id) == ["S0001"]
        with pytest.raises(LptInputError, match="may not"):
            st.append_rows("lpt_setups", pd.DataFrame({"setup_id": ["S0009"], "area_codes": [json.dumps(["E1"])]}))
    with psycopg.connect(db["oli"], autocommit=True) as con:
        rows = con.execute("SELECT member_id, name, email FROM lpt.key_contacts(%s)", ("E1",)).fetchall()
        assert rows == [("M1a", "Name 0", "m0@example.org")]          # M1c opted out, M1d unknown once: never
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT * FROM lpt.key_contacts(%s)", ("E2",))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT email FROM lpt.members")
        audit = con.execute("SELECT who, action, area, n_rows FROM lpt.lpt_audit WHERE action = 'key_contacts_read'"
                            ).fetchall()
    assert ("oli", "key_contacts_read", "E1", 1) in audit


def test_the_audit_is_append_only_for_everyone(db):
    import psycopg
    from local_priority_targeting.core.engage import audit
    for who in ("oli", "ana"):
        with W.open_store(db[who]) as st:
            audit.record(st, "laptop-user", "visit_list", ["E1"], 4)
            assert audit.read(st, "visit_list").who.iloc[-1] == f"{who} as laptop-user"     # the login, always
    for who in ("oli", "sue", "ana", "admin"):
        with psycopg.connect(db[who], autocommit=True) as con:
            n = con.execute("SELECT count(*) FROM lpt.lpt_audit").fetchone()[0]
            for stmt in ("UPDATE lpt.lpt_audit SET who = 'x'", "DELETE FROM lpt.lpt_audit",
                         "TRUNCATE lpt.lpt_audit"):
                with pytest.raises(psycopg.Error):
                    con.execute(stmt)
            assert con.execute("SELECT count(*) FROM lpt.lpt_audit").fetchone()[0] == n >= 2


def test_an_audit_row_cannot_be_forged_by_a_supervisor_or_officer(db):
    """The server numbers and dates every row; a role appends only rows of its own areas and plugin actions, never
    the key-contacts door's own row; the rows that were refused are not there."""
    import psycopg
    from local_priority_targeting.core.engage import audit
    ins = "INSERT INTO lpt.lpt_audit (audit_id, at, who, action, area, n_rows, detail) VALUES (%s, %s, %s, %s, %s, %s, %s)"
    with psycopg.connect(db["oli"], autocommit=True) as con:
        before = con.execute("SELECT count(*), max(audit_id) FROM lpt.lpt_audit").fetchone()
        con.execute(ins, (999999, "1999-01-01T00:00:00+00:00", "ana", "visit_list", "E1", 3, '{"to": "x"}'))
        row = con.execute("SELECT audit_id, at, who FROM lpt.lpt_audit ORDER BY audit_id DESC LIMIT 1").fetchone()
        assert row[0] == (before[1] or 0) + 1 and not row[1].startswith("1999") and row[2] == "oli as ana"
        for bad in (("visit_list", "E2", 3, None), ("visit_list", "E1,E2", 3, None), ("visit_list", "", 3, None),
                    ("key_contacts_read", "E1", 3, None), ("visit_list", "E1", -1, None),
                    ("Visit list; DROP", "E1", 3, None), ("visit_list", "E1", 3, "[1, 2]"),
                    ("visit_list", "E1", 3, "not json")):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(ins, (1, "2024-01-01", "oli", *bad))
        assert con.execute("SELECT count(*) FROM lpt.lpt_audit").fetchone()[0] == before[0] + 1
    with W.open_store(db["sue"]) as st:                                  # the plugin's own way still works
        n = audit.record(st, "pc-sue", "export_key_contacts", ["E1", "E2"], 2, {"to": "file"})
        assert audit.read(st).audit_id.max() == n


def test_sql_injection_through_area_codes_names_and_parameters_changes_nothing(db):
    import psycopg

    def snapshot():
        with psycopg.connect(db["admin"], autocommit=True) as con:
            return [con.execute(f"SELECT count(*) FROM lpt.{t}").fetchone()[0]
                    for t in ("members", "surveys", "link_postcodes", "lpt_setups", "lpt_assignments")]
    before = snapshot()
    with W.open_store(db["oli"]) as st:
        for evil in EVIL:
            assert len(st.read_table("members", where={"postcode": [evil]})) == 0
            assert len(st.read_table("link_postcodes", where={"area_code": [evil]})) == 0
            with pytest.raises(LptInputError):
                st.read_table(evil)
            with pytest.raises(LptInputError):
                st.read_table("members", [evil], where={evil: ["x"]})
    with psycopg.connect(db["oli"], autocommit=True) as con:
        for evil in EVIL:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("SELECT * FROM lpt.key_contacts(%s)", (evil,))
    with W.open_store(db["ana"]) as st:
        for evil in EVIL:
            with pytest.raises(LptInputError, match="not a valid workspace table or column name"):
                st.write_table(evil, pd.DataFrame({"x": [1]}))
            with pytest.raises(LptInputError, match="not a valid workspace table or column name"):
                st.write_table("extra", pd.DataFrame({evil: [1]}))
            assert st.update_rows("lpt_setups", "setup_id", [evil], {"status": evil}) == 0
            st.set_meta(evil, evil)
            assert st.get_meta(evil) == evil
        with psycopg.connect(db["admin"], autocommit=True) as con:     # an analyst assigns an evil code
            con.execute("INSERT INTO lpt.lpt_assignments VALUES (%s, %s)", ("oli", EVIL[0]))
    with W.open_store(db["oli"]) as st:
        assert sorted(set(st.read_table("members").member_id)) == ["M1a", "M1b", "M1c", "M1d"]
    with psycopg.connect(db["admin"], autocommit=True) as con:
        con.execute("DELETE FROM lpt.lpt_assignments WHERE area_code = %s", (EVIL[0],))
    assert snapshot() == before
    for evil in (f"service=lpt' dbname='x", "host=/nowhere dbname=x'; DROP TABLE lpt.members; --"):
        with pytest.raises(LptInputError):
            W.open_store(evil, create=False)
    assert snapshot() == before


def test_every_statement_of_the_postgis_store_is_composed_never_formatted():
    """Statements are psycopg.sql compositions or constant text with bound values: no f-string, % or .format
    of a plain string reaches execute / executemany / copy."""
    import ast
    from _paths import ROOT
    wrong = []
    for path in sorted((ROOT / "core" / "store").glob("postgis*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("execute", "executemany", "copy") and node.args):
                continue
            first = node.args[0]
            plain_format = (isinstance(first, ast.Call) and isinstance(first.func, ast.Attribute)
                            and first.func.attr == "format" and isinstance(first.func.value, ast.Constant))
            if isinstance(first, (ast.JoinedStr, ast.BinOp)) or plain_format:
                wrong.append(f"{path.name}:{node.lineno}")
    assert not wrong, wrong
    assert len(list((ROOT / "core" / "store").glob("postgis*.py"))) >= 6


def test_a_table_no_policy_names_is_the_analysts_alone_and_replacing_one_keeps_its_grants(db):
    with W.open_store(db["ana"]) as st:
        st.write_table("contact_notes", pd.DataFrame({"member_id": ["M1a"], "note": ["rang twice, Name 0"]}))
        st.write_table("areas", _tables()["areas"][0], "geometry", "MULTIPOLYGON")     # replaced: granted again
        assert len(st.read_table("contact_notes")) == 1
    for who in ("sue", "oli"):
        with W.open_store(db[who]) as st:
            with pytest.raises(LptInputError, match="may not read"):
                st.read_table("contact_notes")                      # unknown to the policies: fails closed
            assert len(st.read_table("areas")) == 3
    info = setup_database(db["admin"])                                 # set up again: still closed
    assert info["security_version"] == str(len(SECURITY)) == "4"
    with W.open_store(db["oli"]) as st:
        with pytest.raises(LptInputError, match="may not read"):
            st.read_table("contact_notes")


def test_visit_outcomes_are_read_and_recorded_for_the_postcodes_of_the_users_areas_only(db):
    def outcome(vid, setup, pc):
        return {"visit_id": vid, "setup_id": setup, "postcode": pc, "outcome": "not_in", "visit_date": "2024-03-01",
                "officer": "PC 1", "note": "", "edited_at": "2024-03-01T10:00:00+00:00"}
    targets = pd.DataFrame({"setup_id": ["S0020", "S0020"], "postcode": ["HU2 1AA", "HU3 1AA"],
                            "area_code": ["E2", "E3"], "street_id": ["s2", "s3"]})
    with W.open_store(db["ana"]) as st:                             # a set-up of E2 and E3 with a target in each
        st.append_rows("lpt_setups", pd.DataFrame({"setup_id": ["S0020"], "area_codes": [json.dumps(["E2", "E3"])],
                                                   "status": ["open"]}))
        st.append_rows("lpt_setup_targets", targets)
        st.append_rows("lpt_visit_outcomes", pd.DataFrame([outcome("v-e2", "S0020", "HU2 1AA"),
                                                           outcome("v-e3", "S0020", "HU3 1AA")]))
    with W.open_store(db["sue"]) as st:                             # sue works E1 and E2
        seen = st.read_table("lpt_visit_outcomes", where={"setup_id": ["S0020"]})
        assert list(seen.visit_id) == ["v-e2"]                        # the E3 officer's note is not hers
        st.append_rows("lpt_visit_outcomes", pd.DataFrame([outcome("v-e2b", "S0020", "HU2 1AA")]))
        with pytest.raises(LptInputError, match="may not"):
            st.append_rows("lpt_visit_outcomes", pd.DataFrame([outcome("v-e3b", "S0020", "HU3 1AA")]))
        with pytest.raises(LptInputError, match="may not"):          # not a postcode of the set-up's list
            st.append_rows("lpt_visit_outcomes", pd.DataFrame([outcome("v-x", "S0020", "HU1 1AA")]))
        with pytest.raises(LptInputError, match="may not"):          # E3 is not hers: the set-up is not hers
            st.append_rows("lpt_setup_targets", targets.iloc[:1].assign(postcode="HU2 9ZZ"))
    with W.open_store(db["oli"]) as st:                             # oli works E1: none of this set-up
        assert len(st.read_table("lpt_visit_outcomes", where={"setup_id": ["S0020"]})) == 0
    with W.open_store(db["ana"]) as st:
        assert sorted(st.read_table("lpt_visit_outcomes", where={"setup_id": ["S0020"]}).visit_id) == \
            ["v-e2", "v-e2b", "v-e3"]
        assert len(st.read_table("lpt_setup_targets", where={"setup_id": ["S0020"]})) == 2


def test_an_officers_key_contacts_export_carries_the_contact_fields_of_their_areas_key_contacts_audited(db,
                                                                                                       tmp_path):
    from local_priority_targeting.core.engage import audit, key_contacts as K
    spec = K.ContactsSpec(area_codes=["E1"], confirm=True)
    with W.open_store(db["ana"]) as st:                     # the analyst reads the contact fields in members
        assert st.contact_fields("E1") is None
        ana = K.export(st, spec, str(tmp_path / "ana.csv"), "analyst")
    with W.open_store(db["oli"]) as st:
        reads = len(audit.read(st, "key_contacts_read"))
        oli = K.export(st, spec, str(tmp_path / "oli.csv"), "pc-oli")
        assert len(audit.read(st, "key_contacts_read")) == reads + 1         # the door's own audit row
        assert audit.read(st, K.ACTION).who.iloc[-1] == "oli as pc-oli"
        with pytest.raises(LptInputError, match="may not"):                   # not their area: nothing written
            K.export(st, K.ContactsSpec(area_codes=["E2"], confirm=True), str(tmp_path / "e2.csv"), "pc-oli")
    assert not (tmp_path / "e2.csv").exists()
    assert oli["contact_fields"] == ana["contact_fields"] == ["name", "email", "phone"]
    a, o = (pd.read_csv(tmp_path / f, dtype=str, keep_default_na=False) for f in ("ana.csv", "oli.csv"))
    pd.testing.assert_frame_equal(a, o)                     # the same rows and contact fields as the analyst's
    assert list(o.member_id) == ["M1a"] and o.email.iloc[0] == "m0@example.org"


def _audience(ids_areas):
    return pd.DataFrame({"member_id": [m for m, _ in ids_areas], "area_code": [a for _, a in ids_areas]})


def _send(url, tmp_path, tag, ids_areas, codes=()):
    """One message through the message log of the workspace at ``url`` (as that login): its id."""
    from local_priority_targeting.core.engage import messages as M
    from local_priority_targeting.core.engage.message_log import MessageLog, message_area_codes
    aud = _audience(ids_areas)
    msg = M.Message(f"Ward {tag}", "sms", f"Subject {tag}", "Thank you.", f"PC {tag}")
    with MessageLog.open(url, "") as log:
        log.export(msg, list(aud.member_id), str(tmp_path / tag), guard=None,
                   area_codes=message_area_codes(aud, codes))
    return msg.message_id


def test_the_message_log_shows_and_takes_messages_of_the_users_areas_only(db, tmp_path):
    from local_priority_targeting.core.engage.message_log import MessageLog, read_log
    ana = _send(db["ana"], tmp_path, "ana", [("M2a", "E2"), ("M3a", "E3")])
    sue = _send(db["sue"], tmp_path, "sue", [("M1a", "E1"), ("M2b", "E2")])
    oli = _send(db["oli"], tmp_path, "oli", [("M1a", "E1"), ("M1b", "E1")], ["E1"])
    # an officer can never message outside their areas: a recipient of E2, an area asked for that is not theirs,
    # or a recipient in no area - the whole export is refused and no file is left for the platform
    for tag, ids_areas, codes in (("x1", [("M1a", "E1"), ("M2a", "E2")], ()), ("x2", [("M1a", "E1")], ["E3"]),
                                  ("x3", [("M1a", "E1"), ("M9z", "")], ())):
        with pytest.raises(LptInputError, match="may not"):
            _send(db["oli"], tmp_path, tag, ids_areas, codes)
        assert not [f for f in os.listdir(tmp_path / tag) if f.startswith(("MSG-", ".MSG-"))]
    with pytest.raises(LptInputError, match="may not"):               # E3 is not the supervisor's either
        _send(db["sue"], tmp_path, "x4", [("M3a", "E3")])
    with MessageLog.open(db["oli"], "") as log:                        # sees the messages reaching E1, no other
        m = log.messages().set_index("message_id")
        assert set(m.index) >= {sue, oli} and ana not in m.index
        assert m.author[oli] == "oli as PC oli" and m.status[oli] == "published"
        assert sorted(log.recipients().member_id) == ["M1a", "M1a", "M1b"]      # E2's M2b of sue's message: not his
    msgs, rec = read_log(db["sue"])
    assert {ana, sue, oli} <= set(msgs.message_id)                    # ana's reaches E2, which is hers
    assert "M3a" not in set(rec.member_id) and {"M2a", "M2b", "M1b"} <= set(rec.member_id)
    with MessageLog.open(db["ana"], "") as log:
        assert {ana, sue, oli} <= set(log.messages().message_id) and "M3a" in set(log.recipients().member_id)
        assert not {"x1", "x2", "x3", "x4"} & {s.split()[-1] for s in log.messages().subject}


def test_the_message_log_is_append_only_for_every_role(db, tmp_path):
    import psycopg
    _send(db["oli"], tmp_path, "keep", [("M1a", "E1")])
    for who in ("oli", "sue", "ana", "admin"):
        with psycopg.connect(db[who], autocommit=True) as con:
            for table in ("lpt_messages", "lpt_message_recipients", "lpt_message_status"):
                n = con.execute(f"SELECT count(*) FROM lpt.{table}").fetchone()[0]
                assert n >= 1, (who, table)
                for stmt in (f"UPDATE lpt.{table} SET message_id = 'x'", f"DELETE FROM lpt.{table}",
                             f"TRUNCATE lpt.{table}"):
                    with pytest.raises(psycopg.Error):
                        con.execute(stmt)
                assert con.execute(f"SELECT count(*) FROM lpt.{table}").fetchone()[0] == n
        if who != "admin":
            with W.open_store(db[who]) as st:
                with pytest.raises(LptInputError, match="append-only|may not"):
                    st.update_rows("lpt_message_status", "status", ["published"], {"status": "withdrawn"})
                with pytest.raises(LptInputError):
                    st.delete_table("lpt_messages")


def test_archiving_a_set_up_the_role_may_read_but_not_change_is_refused_not_claimed(db):
    # sue (areas E1, E2) reads S0002 (E2, E3) but may not change it: archive must say so, and it stays open
    with W.open_store(db["sue"]) as st:
        with pytest.raises(LptInputError, match="S0002.*was not archived"):
            setups.archive(st, "S0002")
    with W.open_store(db["ana"]) as st:
        rows = st.read_table("lpt_setups").set_index("setup_id")
        assert rows.status["S0002"] == "open"
