"""The storage interface's contract, run over both backends (a GeoPackage file and a PostGIS database on the test
server of tests/pg_server.py): types kept on the round trip, geometry in EPSG:27700, pushed-down filters, all or
nothing transactions, the loop's tables kept, metadata, schema checks on opening; and the same frame read back
identically from both."""
import os

import numpy as np
import pandas as pd
import pytest
import shapely

from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.store import workspace as W
from local_priority_targeting.core.store.base import SCHEMA_VERSION


@pytest.fixture(params=["gpkg", "postgis"])
def ws(request, tmp_path):
    if request.param == "gpkg":
        return str(tmp_path / "ws.gpkg")
    return request.getfixturevalue("pg_db")


def _frame(n=7):
    rng = np.random.default_rng(3)
    x, y = 507000 + rng.uniform(0, 3000, n), 428000 + rng.uniform(0, 3000, n)
    lines = shapely.linestrings(np.stack([np.stack([x, y], 1), np.stack([x + 40, y + 25], 1)], 1))
    return pd.DataFrame({
        "segment_id": np.arange(n, dtype=np.int64), "name": [f"Street {i}" for i in range(n)],
        "length": rng.uniform(5, 400, n), "major": np.arange(n) % 2 == 0,
        "note": [None if i % 3 == 0 else f"n{i}" for i in range(n)],
        "households": [1.0, np.nan, 3.5, 4.0, np.nan, 6.0, 7.0][:n],
        "geometry": lines})


def test_a_table_reads_back_with_its_types_and_geometry_on_both_backends(ws, tmp_path):
    df = _frame()
    with W.open_store(ws) as st:
        st.write_table("streets", df, "geometry", "LINESTRING")
        back = st.read_table("streets")
        assert st.columns("streets") == list(df.columns)
        assert st.row_count("streets") == len(df) and st.tables() == ["streets"]
    assert list(back.dtypes.astype(str)) == ["int64", "object", "float64", "bool", "object", "float64", "object"]
    pd.testing.assert_frame_equal(back.drop(columns="geometry"), df.drop(columns="geometry"))
    assert shapely.equals_exact(back.geometry.values, df.geometry.values, tolerance=0).all()
    # and the same bytes read from the other backend
    other = str(tmp_path / "other.gpkg") if not ws.endswith(".gpkg") else None
    if other:
        with W.open_store(other) as g:
            g.write_table("streets", df, "geometry", "LINESTRING")
            ref = g.read_table("streets", ["segment_id", "name", "note", "households", "major", "geometry"])
        with W.open_store(ws) as st:
            pg = st.read_table("streets", ["segment_id", "name", "note", "households", "major", "geometry"])
        pd.testing.assert_frame_equal(pg.drop(columns="geometry"), ref.drop(columns="geometry"))
        assert (shapely.to_wkb(pg.geometry.values) == shapely.to_wkb(ref.geometry.values)).all()


def test_filters_are_pushed_down_with_the_columns_type(ws):
    with W.open_store(ws) as st:
        st.write_table("streets", _frame(), "geometry", "LINESTRING")
        assert list(st.read_table("streets", ["segment_id"], where={"segment_id": [2, 5]}).segment_id) == [2, 5]
        assert list(st.read_table("streets", ["name"], where={"name": ["Street 3", "none"]}).name) == ["Street 3"]
        assert len(st.read_table("streets", ["name"], where={"name": []})) == 0
        assert st.read_table("streets", ["name"], where={"name": []}).dtypes["name"] == object
        with pytest.raises(LptInputError, match="no column"):
            st.read_table("streets", ["name"], where={"nope": [1]})
        with pytest.raises(LptInputError, match="no table"):
            st.read_table("absent")


class Killed(Exception):
    pass


def test_a_failed_transaction_leaves_the_previous_content(ws):
    with W.open_store(ws) as st:
        st.write_table("streets", _frame(3), "geometry", "LINESTRING")
        with pytest.raises(Killed):
            with st.transaction():
                st.write_table("streets", _frame(7), "geometry", "LINESTRING")
                st.set_meta("links_fingerprint", "new")
                st.write_table("areas", pd.DataFrame({"area_code": ["E1"]}))
                raise Killed("killed half way")
        assert st.row_count("streets") == 3 and not st.has_table("areas")
        assert st.get_meta("links_fingerprint") is None


def test_the_loops_tables_are_kept_appended_and_updated_never_replaced(ws):
    from local_priority_targeting.core.engage import audit
    with W.open_store(ws) as st:
        for name in ("lpt_setups", "lpt_audit", "lpt_imports"):
            with pytest.raises(LptInputError, match="never deleted or replaced"):
                st.write_table(name, pd.DataFrame({"x": [1]}))
            with pytest.raises(LptInputError, match="never deleted or replaced"):
                st.delete_table(name)
        st.append_rows("lpt_setups", pd.DataFrame({"setup_id": ["S0001", "S0002"], "status": ["open", "open"],
                                                   "revisit": [1, 0]}))
        assert st.update_rows("lpt_setups", "setup_id", ["S0002"], {"status": "archived"}) == 1
        s = st.read_table("lpt_setups", ["setup_id", "status", "revisit"])
        assert list(s.status) == ["open", "archived"] and s.revisit.dtype == np.int64
        assert [audit.record(st, "tester", "key_contacts", ["E1"], 3) for _ in range(2)] == [1, 2]
        assert st.get_meta("schema_version") == str(SCHEMA_VERSION)
        st.set_meta("x", "1")
        st.set_meta("x", "2")
        assert st.get_meta("x") == "2"


def test_an_import_is_stored_with_its_provenance_and_rejects(ws, tmp_path):
    src = tmp_path / "members.csv"
    src.write_text("member_id,postcode\n", encoding="utf-8")
    df = pd.DataFrame({"member_id": ["M1", "M2"], "postcode": ["HU1 1AA", "HU2 2BB"], "registered": ["2024-01-01"] * 2,
                       "status": ["active", "opted_out"]})
    rejects = pd.DataFrame({"file": ["members.csv"], "row": [4], "column": ["postcode"], "value": ["=cmd()"],
                            "reason": ["not a postcode"]})
    with W.open_store(ws) as st:
        info = W.save_import(st, "members", df, "members", [str(src)], 3, 1, rejects)
        again = W.save_import(st, "members", df.iloc[:1], "members", [str(src)], 1, 0, allow_shrink=True)
        assert (info["import_id"], again["import_id"], again["members_gone"]) == (1, 2, 1)
        imp = W.imports(st)
        rej = st.read_table("lpt_rejects")
    assert list(imp.n_accepted) == [2, 1] and imp.import_id.dtype == np.int64
    assert rej[["row", "column", "value"]].values.tolist() == [[4, "postcode", "=cmd()"]]


def test_a_newer_or_altered_workspace_is_refused(ws):
    with W.open_store(ws) as st:
        st.set_meta("schema_version", str(SCHEMA_VERSION + 1))
    with pytest.raises(LptInputError, match="newer release"):
        W.open_store(ws, create=False)
    _sql(ws, "UPDATE {meta} SET value = '3' WHERE key = 'schema_version'",
         "ALTER TABLE {imports} RENAME COLUMN n_read TO n_lu")
    with pytest.raises(LptInputError, match="altered outside the plugin.*lpt_imports has no column n_read"):
        W.open_store(ws, create=False)


def _sql(ws, *stmts):
    if ws.endswith(".gpkg"):
        import sqlite3
        con = sqlite3.connect(ws)
        for s in stmts:
            con.execute(s.format(meta="lpt_meta", imports="lpt_imports"))
        con.commit()
        con.close()
        return
    import psycopg
    with psycopg.connect(ws, autocommit=True) as con:
        for s in stmts:
            con.execute(s.format(meta="lpt.lpt_meta", imports="lpt.lpt_imports"))


def test_a_database_without_a_workspace_or_with_a_foreign_schema_is_refused(pg_db):
    import psycopg
    with pytest.raises(LptInputError, match="no workspace"):
        W.open_store(pg_db, create=False)
    with psycopg.connect(pg_db, autocommit=True) as con:
        con.execute("CREATE SCHEMA lpt")
        con.execute("CREATE TABLE lpt.orders (id int)")
    with pytest.raises(LptInputError, match="not a Local Priority Targeting workspace"):
        W.open_store(pg_db)


def test_a_password_in_the_workspace_name_is_refused_and_never_repeated(pg_db):
    secret = "Sup3rSecret"
    with pytest.raises(LptInputError) as err:
        W.open_store(pg_db + f" password={secret}")
    assert "password" in str(err.value) and secret not in str(err.value)
    with pytest.raises(LptInputError) as err:
        W.open_store(f"postgresql://analyst:{secret}@db.example/lpt")
    assert secret not in str(err.value)


PG_TYPES = {"text": "text", "integer": "bigint", "real": "double precision"}


def test_the_postgis_migrations_declare_the_loop_tables_as_the_schema_does(pg_db):
    import psycopg
    from local_priority_targeting.core.store.schema import LOOP_TABLES, MESSAGE_TABLES, UNIQUE
    W.open_store(pg_db).close()
    with psycopg.connect(pg_db, autocommit=True) as con:
        for table, cols in {**LOOP_TABLES, **MESSAGE_TABLES}.items():
            have = con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = "
                               "'lpt' AND table_name = %s AND column_name <> 'fid' ORDER BY ordinal_position",
                               (table,)).fetchall()
            assert have == [(c, PG_TYPES[t]) for c, t in cols], table
            unique = con.execute(
                "SELECT array_agg(a.attname::text ORDER BY k.i) FROM pg_constraint c CROSS JOIN LATERAL "
                "unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND "
                "a.attnum = k.n WHERE c.conrelid = ('lpt.' || %s)::regclass AND c.contype = 'u' GROUP BY c.oid",
                (table,)).fetchall()
            assert [tuple(u[0]) for u in unique] == [UNIQUE[table]], table


def test_an_older_postgis_workspace_is_migrated_one_version_at_a_time(pg_db):
    import psycopg
    from local_priority_targeting.core.store.postgis_sql import migration
    with psycopg.connect(pg_db, autocommit=True) as con:
        con.execute(migration(1))
        con.execute("INSERT INTO lpt.lpt_meta VALUES ('kind', 'lpt-workspace'), ('schema_version', '1')")
        con.execute("INSERT INTO lpt.lpt_imports (kind, table_name) VALUES ('members', 'members')")
    with W.open_store(pg_db, create=False) as st:
        assert st.get_meta("schema_version") == str(SCHEMA_VERSION)
        assert "notes" in st.columns("lpt_imports") and st.has_table("lpt_setups") and st.has_table("lpt_rejects")
        assert list(W.imports(st).import_id) == [1]


def test_nulls_empty_text_and_empty_tables_read_back_the_same_from_both(pg_db, tmp_path):
    df = pd.DataFrame({"code": ["", None, "0012", "a,b \"q\"\n2"], "blank": [None] * 4, "flag": [True, False] * 2,
                       "x": [1.1, np.nan, 1e-300, 123456789.123456789], "n": np.arange(4, dtype=np.int64)})
    setups = pd.DataFrame({"setup_id": ["S1", "S2"], "revisit": [1, None], "name": ["", None]})
    got = []
    for ws in (str(tmp_path / "w.gpkg"), pg_db):
        with W.open_store(ws) as st:
            st.write_table("things", df)
            st.write_table("nothing", df.iloc[:0])
            st.append_rows("lpt_setups", setups)
            got.append((st.read_table("things"), st.read_table("nothing"),
                        st.read_table("lpt_setups", ["setup_id", "revisit", "name"]),
                        st.read_table("things", where={"n": [1, 2]})))
    for a, b in zip(*got):
        pd.testing.assert_frame_equal(a, b)
    assert got[1][0].code.tolist() == ["", None, "0012", "a,b \"q\"\n2"] and got[1][0].x[3] == df.x[3]


def test_a_database_without_postgis_is_refused_before_anything_is_created(pg_server):
    import psycopg
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS plain WITH (FORCE)")
        con.execute("CREATE DATABASE plain")
    plain = pg_server.conninfo("plain")
    with pytest.raises(LptInputError, match="no PostGIS extension.*CREATE EXTENSION postgis"):
        W.open_store(plain)
    with psycopg.connect(plain, autocommit=True) as con:
        assert con.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'lpt'").fetchone()[0] == 0


def test_the_message_log_round_trips_and_is_append_only_on_both_backends(ws, tmp_path):
    """What an export logs reads back the same from either backend; no row of it can be changed or removed."""
    from local_priority_targeting.core.engage import messages as M
    from local_priority_targeting.core.engage.message_log import MessageLog
    area = shapely.box(507000, 428000, 508000, 429000)
    msg = M.Message("Hessle Road", "email", "You said, we did", "Two warrants.\n\nThank you.", "PC Test",
                    "you_said_we_did", created="2024-03-01T10:00:00+00:00")
    W.open_store(ws).close()
    with MessageLog.open(ws, "") as log:
        paths = log.export(msg, ["M1", "M2", "M3"], str(tmp_path / "out"), shapely.to_wkb(area), area.wkt,
                           excluded={"opted_out": 2, "unknown": 1}, area_codes=["E05011541", "E05011542"])
    with MessageLog.open(ws, "") as log:
        m, rec = log.messages(), log.recipients()
        assert m.message_id.tolist() == [msg.message_id] and m.status.tolist() == ["published"]
        row = m.iloc[0]
        assert (row.subject, row.body, row.channel, row.template, row.area_label, row.created) == (
            msg.subject, msg.body, "email", "you_said_we_did", "Hessle Road", "2024-03-01T10:00:00+00:00")
        assert row.author.endswith("PC Test") and row.area_codes == ["E05011541", "E05011542"]
        assert (row.audience_size, row.opted_out_excluded, row.unknown_excluded) == (3, 2, 1)
        assert shapely.equals(shapely.from_wkb(row.area_wkb), area)
        assert sorted(rec.member_id) == ["M1", "M2", "M3"] and set(rec.sent_at) == {msg.created}
        assert os.path.basename(paths["message"]) == row.message_file
        for table in ("lpt_messages", "lpt_message_recipients", "lpt_message_status"):
            with pytest.raises(LptInputError, match="append-only"):
                log.store.update_rows(table, "message_id", [msg.message_id], {"message_id": "MSG-X"})
            with pytest.raises(LptInputError):
                log.store.delete_table(table)
        assert len(log.recipients()) == 3 and len(log.messages()) == 1


def test_single_polygons_go_into_a_multipolygon_table_on_both_backends(ws):
    """Ward boundary files mix Polygons and MultiPolygons (the bench's Voronoi wards are all Polygons): both
    backends take them into the areas table, the same shapes read back; PostGIS, whose column type is enforced,
    holds them as one-part MultiPolygons."""
    cells = [shapely.box(507000 + 100 * i, 428000, 507100 + 100 * i, 428100) for i in range(3)]
    cells[2] = shapely.multipolygons([cells[2], shapely.box(508000, 429000, 508050, 429050)])
    df = pd.DataFrame({"area_code": ["E05000001", "E05000002", "E05000003"], "area_name": ["A", "B", "C"],
                       "geometry": cells})
    with W.open_store(ws) as st:
        st.write_table("areas", df, "geometry", "MULTIPOLYGON")
        back = st.read_table("areas").sort_values("area_code")
    assert shapely.equals(back.geometry.values, np.array(cells, dtype=object)).all()
    if not ws.endswith(".gpkg"):
        assert set(shapely.get_type_id(back.geometry.values)) == {6}


def test_awkward_text_and_numbers_read_back_exactly_from_both(pg_db, tmp_path):
    """A new table goes into PostGIS as CSV blocks (core/store/postgis_write.py): text that looks like CSV or COPY
    syntax, and reals in their shortest form, read back as they were written, as from a GeoPackage."""
    text = ["\\.", "\\N", "back\\slash", "  padded ", "line\r\nbreak", "Ffordd Ŵyn — “quoted”", '"', ",", "NULL", "",
            "return\ronly", "feed\nonly", "record\x1eseparator"]
    df = pd.DataFrame({"t": text, "x": [0.1 + 0.2, -0.0, 1e308, 5e-324, 2.0 ** 53 + 1, 1 / 3, np.nan, 7.0, -1.5, 0.0,
                                        np.inf, -np.inf, 3.5],
                       "n": np.array([2 ** 62, -(2 ** 62), 0, 1, -1, 3, 4, 5, 6, 7, 8, 9, 10], dtype=np.int64),
                       "b": [i % 2 == 0 for i in range(13)]})
    got = []
    for ws in (str(tmp_path / "w.gpkg"), pg_db):
        with W.open_store(ws) as st:
            st.write_table("things", df)
            got.append(st.read_table("things"))
    pd.testing.assert_frame_equal(got[0], got[1])
    assert got[1].t.tolist() == text and (got[1].x.to_numpy()[:6] == df.x.to_numpy()[:6]).all()
    with W.open_store(pg_db) as st:       # without the separator: read a column at a time, the same frame
        st.write_table("plain", df[df.t != text[-1]])
        pd.testing.assert_frame_equal(st.read_table("plain"), got[1][got[1].t != text[-1]].reset_index(drop=True))


def test_points_with_gaps_read_back_exactly_and_frozen_from_the_database(pg_db):
    """Points (with missing ones) are written from their coordinates, not by shapely's writer: the same bytes,
    the same points back, NULL kept; the table's rows are frozen by the load (COPY FREEZE)."""
    from local_priority_targeting.core.store.postgis import _ewkb, _point_ewkb
    rng = np.random.default_rng(5)
    x, y = 400000 + rng.uniform(-1e5, 1e5, 50), 300000 + rng.uniform(-1e5, 1e5, 50)
    geoms = shapely.points(x, y).astype(object)
    geoms[[3, 17]] = None
    assert _ewkb(geoms) == list(shapely.to_wkb(shapely.set_srid(geoms, 27700), hex=True, include_srid=True,
                                               byte_order=1))
    line = shapely.linestrings([[0, 0], [1, 1]])
    assert _point_ewkb(np.array([geoms[0], line], dtype=object)) is None            # not points only
    assert _point_ewkb(np.array([shapely.points(1, 2, 3)], dtype=object)) is None   # 3D: shapely writes it
    df = pd.DataFrame({"crime_id": [f"c{i}" for i in range(50)], "easting": x, "geometry": geoms})
    with W.open_store(pg_db) as st:
        st.write_table("crimes", df, "geometry", "POINT")
        back = st.read_table("crimes")
        st.con.execute("CREATE EXTENSION IF NOT EXISTS pg_visibility")
        frozen = st.con.execute("SELECT bool_and(all_frozen) FROM pg_visibility_map('lpt.crimes')").fetchone()[0]
    assert back.geometry.isna().tolist() == df.geometry.isna().tolist()
    have = df.geometry.notna().values
    assert shapely.equals_exact(back.geometry.values[have], df.geometry.values[have], tolerance=0).all()
    assert frozen is True


def test_a_table_is_written_under_any_isolation_level_a_dba_sets(pg_db):
    """COPY FREEZE refuses a transaction with earlier snapshot activity; under repeatable read or serializable (which
    keep the transaction's snapshot) a database whose DBA made either the default still takes every table, the
    same rows."""
    import psycopg
    from psycopg import sql
    df = _frame()
    for level in ("repeatable read", "serializable"):
        with psycopg.connect(pg_db, autocommit=True) as con:
            con.execute(sql.SQL("ALTER DATABASE {} SET default_transaction_isolation = {}").format(
                sql.Identifier(con.info.dbname), sql.Literal(level)))
        with W.open_store(pg_db) as st:
            assert st.con.execute("SHOW transaction_isolation").fetchone()[0] == level
            st.write_table("streets", df, "geometry", "LINESTRING")
            back = st.read_table("streets")
        pd.testing.assert_frame_equal(back.drop(columns="geometry"), df.drop(columns="geometry"))
