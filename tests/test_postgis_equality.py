"""The Hull demo data in a GeoPackage workspace and in a PostGIS workspace (the test server of tests/pg_server.py):
the database's own KNN / ST_Intersects answers (``Store.link_queries``) give the same links as the in-memory
trees, and lpt:linkcommunity and lpt:prioritystreets give the same outputs field by field."""
import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core.link import cache as C, stored as S
from local_priority_targeting.core.store import workspace as W
from local_priority_targeting.core.store.postgis_link import PostGISLinkQueries

from test_link_insight import hull  # noqa: F401  (module fixture: real Hull inputs and links)
from test_workspace import _fill


@pytest.fixture(scope="module")
def both(hull, pg_server, tmp_path_factory):  # noqa: F811
    inp, _ = hull
    gpkg = str(tmp_path_factory.mktemp("eq") / "hull.gpkg")
    pg = pg_server.new_database("eq_hull")
    _fill(gpkg, inp)
    _fill(pg, inp)
    return gpkg, pg


def _sorted(df, key):
    return df.sort_values(key, kind="stable").reset_index(drop=True)


def test_the_database_links_equal_the_in_memory_links_field_by_field(both):
    gpkg, pg = both
    with W.open_store(gpkg) as g:
        assert g.link_queries() is None
        ref, ref_stats = C.ensure_links(g, S.load_inputs(g, {}), 150.0)
        ref_pc, ref_loc = g.read_table("link_postcodes"), g.read_table("link_locations")
    with W.open_store(pg) as p:
        assert isinstance(p.link_queries(), PostGISLinkQueries)
        links, stats = C.ensure_links(p, S.load_inputs(p, {}), 150.0)
        pc, loc = p.read_table("link_postcodes"), p.read_table("link_locations")
    assert stats["postcodes_linked_now"] == ref_stats["postcodes_linked_now"] > 1000
    assert stats["locations_linked_now"] == ref_stats["locations_linked_now"] > 1000
    for a, b, key in ((ref_pc, pc, "postcode"), (ref_loc, loc, "loc_key")):
        a, b = _sorted(a, key), _sorted(b, key)
        assert list(a.columns) == list(b.columns)
        for col in a.columns:
            if a[col].dtype.kind == "f":
                assert np.allclose(a[col], b[col], rtol=0, atol=1e-6, equal_nan=True), col
            else:
                assert (a[col].astype(str) == b[col].astype(str)).all(), col
    for a, b, cols in ((ref.crimes, links.crimes, ["segment_id", "street_id", "area_code"]),
                       (ref.members, links.members, ["street_id", "area_code"])):
        pd.testing.assert_frame_equal(a[cols].astype(str).reset_index(drop=True),
                                      b[cols].astype(str).reset_index(drop=True))
    assert (loc.segment_id >= 0).mean() > 0.9 and (loc.area_code != "").mean() > 0.9


def test_ties_go_to_the_lowest_segment_id_and_boundaries_to_the_lowest_area_code(pg_db):
    import shapely
    from local_priority_targeting.core.link.link import nearest_segment, point_in_area
    # two segments at exactly the same distance from the point, ids given in reverse order; a point on the
    # boundary shared by two squares
    streets = pd.DataFrame({"segment_id": np.array([9, 4, 7], np.int64), "street_id": ["a", "b", "c"],
                            "geometry": shapely.from_wkt(["LINESTRING (500000 400010, 500100 400010)",
                                                          "LINESTRING (500000 399990, 500100 399990)",
                                                          "LINESTRING (500000 400500, 500100 400500)"])})
    areas = pd.DataFrame({"area_code": ["E2", "E1"], "area_name": ["b", "a"],
                          "geometry": shapely.from_wkt(["MULTIPOLYGON (((500050 399000, 501000 399000, 501000 401000, "
                                                        "500050 401000, 500050 399000)))",
                                                        "MULTIPOLYGON (((499000 399000, 500050 399000, 500050 401000, "
                                                        "499000 401000, 499000 399000)))"])})
    x, y = np.array([500050.0, 500050.0, 500050.0, 600000.0]), np.array([400000.0, 400400.0, 400200.0, 400000.0])
    with W.open_store(pg_db) as st:
        st.write_table("streets", streets, "geometry", "LINESTRING")
        st.write_table("areas", areas, "geometry", "MULTIPOLYGON")
        seg, dist = st.link_queries().nearest_segments(x, y, 150.0)
        codes = st.link_queries().areas_of(x, y)
    s = streets.sort_values("segment_id").reset_index(drop=True)
    mi, md = nearest_segment(x, y, s.geometry.values, s.segment_id.values, 150.0)
    a = areas.sort_values("area_code").reset_index(drop=True)
    ai = point_in_area(x, y, a.geometry.values)
    assert list(seg) == [4, 7, -1, -1] == [s.segment_id[i] if i >= 0 else -1 for i in mi]
    assert np.allclose(dist, md, equal_nan=True) and dist[0] == 10.0
    assert list(codes) == ["E1", "E1", "E1", ""] == [a.area_code[i] if i >= 0 else "" for i in ai]


def _rows(layer, order):
    from qgis.core import QgsVectorLayer
    lyr = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "x", "ogr")
    names = [f.name() for f in lyr.fields() if f.name() != "fid"]
    rows = sorted(([f[n] for n in names] for f in lyr.getFeatures()), key=lambda r: str(r[names.index(order)]))
    return names, rows


def _run(alg_id, params):
    """The algorithm run as processing.run runs it, but past QGIS's front-door check of a File parameter's
    extension: the analyses' WORKSPACE is declared in processing/analyse/link_inputs.py as a .gpkg File (the lead
    switches it to processing/workspace_param.workspace_parameter, which accepts a connection)."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    results, ok = alg.run(params, context, feedback)
    assert ok, feedback.textLog()
    return results


def test_link_community_and_priority_streets_give_the_same_outputs_on_both(both, lpt_plugin, tmp_path):
    gpkg, pg = both
    run_alg = _run
    common = dict(PERIOD_START="2024-01", PERIOD_END="2024-02", FORCE_SUMMARY="TEMPORARY_OUTPUT",
                  UNMATCHED="TEMPORARY_OUTPUT")
    out = {}
    for tag, ws in (("g", gpkg), ("p", pg)):
        a = run_alg("lpt:linkcommunity", dict(common, WORKSPACE=ws, STREET_INSIGHT=str(tmp_path / f"{tag}_si.gpkg"),
                                              AREA_INSIGHT=str(tmp_path / f"{tag}_ai.gpkg")))
        b = run_alg("lpt:prioritystreets", dict(WORKSPACE=ws, PERIOD_START="2024-02", REPLICATES=20,
                                                PRIORITY_STREETS=str(tmp_path / f"{tag}_ps.gpkg"),
                                                PRIORITY_AREAS=str(tmp_path / f"{tag}_pa.gpkg"),
                                                REPORT=str(tmp_path / f"{tag}_r.html")))
        out[tag] = (a, b)
    (ga, gb), (pa, pb) = out["g"], out["p"]
    assert ga["CRIMES"] == pa["CRIMES"] > 1000 and ga["UNMATCHED_COUNT"] == pa["UNMATCHED_COUNT"]
    assert gb["STREETS"] == pb["STREETS"] > 100
    for g, p, key, order in ((ga, pa, "AREA_INSIGHT", "area_code"), (ga, pa, "STREET_INSIGHT", "street_id"),
                             (gb, pb, "PRIORITY_STREETS", "street_id"), (gb, pb, "PRIORITY_AREAS", "area_code")):
        (na, ra), (nb, rb) = _rows(g[key], order), _rows(p[key], order)
        assert na == nb and len(ra) == len(rb) > 0, key
        diff = [(na[j], x[j], y[j]) for x, y in zip(ra, rb) for j in range(len(na)) if x[j] != y[j]]
        assert not diff, (key, diff[:5])


def test_an_officer_gets_the_same_aggregate_insight_of_their_area_as_the_analyst(both, pg_server, lpt_plugin,
                                                                                 tmp_path):
    """Row-level security narrows an officer's members, responses and postcode links to their ward; an analysis
    of that ward run as the officer gives the analyst's figures for it, field by field."""
    import psycopg
    from local_priority_targeting.core.store.postgis_setup import setup_database
    _, pg = both
    setup_database(pg)
    with W.open_store(pg) as st:
        C.ensure_stored_links(st, 150.0)
        pc = st.read_table("link_postcodes", ["postcode", "area_code"])
        members = st.read_table("members", ["postcode"])
    ward = members.merge(pc, on="postcode").area_code.value_counts().index[0]
    with psycopg.connect(pg, autocommit=True) as con:
        con.execute("DROP ROLE IF EXISTS pc_hull")
        con.execute("CREATE ROLE pc_hull LOGIN IN ROLE lpt_officer")
        con.execute("INSERT INTO lpt.lpt_assignments (login, area_code) VALUES ('pc_hull', %s)", (ward,))
    officer = pg_server.conninfo(pg.split("dbname=")[1].split()[0], user="pc_hull")
    with W.open_store(officer) as st:
        seen = st.read_table("members", ["postcode"])
        assert 0 < len(seen) < len(members) and "email" not in st.columns("members")
    common = dict(PERIOD_START="2024-01", PERIOD_END="2024-02", FORCE_SUMMARY="TEMPORARY_OUTPUT",
                  UNMATCHED="TEMPORARY_OUTPUT", AREA_CODES=ward)
    outs = [_run("lpt:linkcommunity", dict(common, WORKSPACE=ws, STREET_INSIGHT=str(tmp_path / f"{i}_si.gpkg"),
                                           AREA_INSIGHT=str(tmp_path / f"{i}_ai.gpkg")))
            for i, ws in enumerate((pg, officer))]
    for key, order in (("AREA_INSIGHT", "area_code"), ("STREET_INSIGHT", "street_id")):
        (na, ra), (nb, rb) = _rows(outs[0][key], order), _rows(outs[1][key], order)
        assert na == nb and len(ra) == len(rb) > 0, key
        diff = [(na[j], x[j], y[j]) for x, y in zip(ra, rb) for j in range(len(na)) if x[j] != y[j]]
        assert not diff, (key, diff[:5])


def test_period_comparison_and_a_messages_audience_are_the_same_on_both(both, lpt_plugin, tmp_path):
    gpkg, pg = both
    with W.open_store(gpkg) as g:
        ward = sorted(g.read_table("areas", ["area_code"]).area_code)[0]
    msg = dict(AREA_MODE=1, AREA_CODES=ward, TEMPLATE=2, BODY="Thank you for your help this month.", MIN_AUDIENCE=1)
    out = {}
    for tag, ws in (("g", gpkg), ("p", pg)):
        c = _run("lpt:compareperiods", dict(WORKSPACE=ws, P1_START="2024-01", P1_END="2024-01", P2_START="2024-02",
                                            P2_END="2024-02", AREA_CHANGE=str(tmp_path / f"{tag}_ac.gpkg"),
                                            STREET_CHANGE=str(tmp_path / f"{tag}_sc.gpkg"),
                                            FORCE_CHANGE="TEMPORARY_OUTPUT"))
        m = _run("lpt:exportmessage", dict(msg, WORKSPACE=ws, LOG=str(tmp_path / f"{tag}_log.gpkg"),
                                           OUTPUT_FOLDER=str(tmp_path / f"{tag}_msg")))
        out[tag] = (c, pd.read_csv(m["RECIPIENTS_CSV"], dtype=str))
    (gc, gr), (pc, pr) = out["g"], out["p"]
    for key, order in (("AREA_CHANGE", "area_code"), ("STREET_CHANGE", "street_id")):
        (na, ra), (nb, rb) = _rows(gc[key], order), _rows(pc[key], order)
        assert na == nb and len(ra) == len(rb) > 0, key
        diff = [(na[j], x[j], y[j]) for x, y in zip(ra, rb) for j in range(len(na)) if x[j] != y[j]]
        assert not diff, (key, diff[:5])
    assert len(gr) > 20 and gr.sort_values("member_id").reset_index(drop=True).equals(
        pr.sort_values("member_id").reset_index(drop=True))


def _assigned_login(pg_server, pg, login, role):
    """The workspace set up with roles, links stored, and ``login`` (of ``role``) assigned the first ward:
    (its conninfo, that ward, another ward)."""
    import psycopg
    from psycopg import sql
    from local_priority_targeting.core.store.postgis_setup import setup_database
    setup_database(pg)
    with W.open_store(pg) as st:
        C.ensure_stored_links(st, 150.0)
        codes = sorted(st.read_table("areas", ["area_code"]).area_code)
    with psycopg.connect(pg, autocommit=True) as con:
        con.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))
        con.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(sql.Identifier(login), sql.Identifier(role)))
        con.execute("INSERT INTO lpt.lpt_assignments (login, area_code) VALUES (%s, %s)", (login, codes[0]))
    return pg_server.conninfo(pg.split("dbname=")[1].split()[0], user=login), codes[0], codes[1]


def test_a_supervisor_creates_a_set_up_of_their_ward_only(both, pg_server, lpt_plugin, tmp_path):
    """lpt:createsetup as a supervisor: a set-up of their ward is stored with its targets; one of another ward is
    refused by the row-level policy and nothing is stored."""
    _, pg = both
    sup, mine, other = _assigned_login(pg_server, pg, "sgt_hull", "lpt_supervisor")

    def create(code):
        return _run("lpt:createsetup", {"WORKSPACE": sup, "NAME": f"Ward {code}", "TEAM": "NPT", "SOURCE": 2,
                                        "AREA_CODES": code, "CRITERIA": f"include area={code}",
                                        "TARGET_STREETS": str(tmp_path / f"{code}_s.gpkg"),
                                        "TARGET_POSTCODES": str(tmp_path / f"{code}_p.gpkg")})
    res = create(mine)
    assert res["POSTCODES"] > 0
    with pytest.raises(AssertionError, match="may not do this"):
        create(other)
    with W.open_store(pg) as st:
        setups = st.read_table("lpt_setups", ["setup_id", "area_codes", "created_by"])
        targets = st.read_table("lpt_setup_targets", ["setup_id", "area_code"])
    assert list(setups.area_codes) == [f'["{mine}"]'] and set(targets.area_code) == {mine}
    assert len(targets) == res["POSTCODES"]


def test_sql_injection_through_algorithm_parameters_changes_nothing(both, lpt_plugin, tmp_path):
    """Area codes, a set-up id and a set-up's name and team through the algorithms on the PostGIS workspace: an
    unknown code or id is a clear error, a name is kept as typed, and no other table changes."""
    import psycopg
    from test_postgis_roles import EVIL
    _, pg = both

    def counts():
        with psycopg.connect(pg, autocommit=True) as con:
            tables = [r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'lpt' "
                                                "ORDER BY 1").fetchall()]
            return {t: con.execute(psycopg.sql.SQL("SELECT count(*) FROM lpt.{}").format(psycopg.sql.Identifier(t))
                                   ).fetchone()[0] for t in tables}
    with W.open_store(pg) as st:
        C.ensure_stored_links(st, 150.0)
        ward = sorted(st.read_table("areas", ["area_code"]).area_code)[0]
    before = counts()
    for evil in EVIL[:2]:
        with pytest.raises(AssertionError, match="(?i)unknown area|not .*area"):
            _run("lpt:linkcommunity", dict(WORKSPACE=pg, PERIOD_START="2024-01", PERIOD_END="2024-02",
                                           AREA_CODES=evil, FORCE_SUMMARY="TEMPORARY_OUTPUT",
                                           UNMATCHED="TEMPORARY_OUTPUT", STREET_INSIGHT=str(tmp_path / "si.gpkg"),
                                           AREA_INSIGHT=str(tmp_path / "ai.gpkg")))
        with pytest.raises(AssertionError, match="(?i)set-up"):
            _run("lpt:archivesetup", {"WORKSPACE": pg, "SETUP_ID": evil})
    for evil in EVIL[2:]:
        with pytest.raises(AssertionError, match="(?i)set-up"):
            _run("lpt:archivesetup", {"WORKSPACE": pg, "SETUP_ID": evil})
    assert counts() == before
    res = _run("lpt:createsetup", {"WORKSPACE": pg, "NAME": EVIL[0], "TEAM": EVIL[1], "SOURCE": 2,
                                   "AREA_CODES": ward, "CRITERIA": f"include area={ward}",
                                   "TARGET_STREETS": str(tmp_path / "s.gpkg"),
                                   "TARGET_POSTCODES": str(tmp_path / "p.gpkg")})
    after = counts()
    with W.open_store(pg) as st:
        setup = st.read_table("lpt_setups", where={"name": [EVIL[0]]})
    assert list(setup.team) == [EVIL[1]]                                # kept as typed, as a value
    grew = {t for t in after if after[t] != before.get(t)}
    assert grew <= {"lpt_setups", "lpt_setup_targets", "lpt_audit"} and after["lpt_setup_targets"] == \
        before["lpt_setup_targets"] + res["POSTCODES"]


def test_an_officer_messages_their_own_ward_only_and_the_log_keeps_it(both, pg_server, lpt_plugin, tmp_path):
    """lpt:exportmessage as an officer: a message to their ward is logged in the workspace (who: their login);
    one that names another ward is refused by the message log's policy and leaves no file for the platform."""
    import os
    from local_priority_targeting.core.engage.message_log import read_log
    _, pg = both
    pc, mine, other = _assigned_login(pg_server, pg, "pc_msg", "lpt_officer")
    msg = dict(WORKSPACE=pc, AREA_MODE=1, TEMPLATE=2, BODY="Thank you for your help this month.", MIN_AUDIENCE=1,
               AUTHOR="PC Msg", ALLOW_RECENT=True)
    ok = _run("lpt:exportmessage", dict(msg, AREA_CODES=mine, OUTPUT_FOLDER=str(tmp_path / "mine")))
    assert ok["AUDIENCE_SIZE"] > 0
    with pytest.raises(AssertionError, match="may not do this"):
        _run("lpt:exportmessage", dict(msg, AREA_CODES=f"{mine},{other}", OUTPUT_FOLDER=str(tmp_path / "both")))
    assert not [f for f in os.listdir(tmp_path / "both") if "MSG-" in f]
    msgs, rec = read_log(pg)                                           # as the analyst: every message
    row = msgs.set_index("message_id").loc[ok["MESSAGE_ID"]]
    assert row.area_codes == [mine] and row.author == "pc_msg as PC Msg" and row.status == "published"
    assert (rec.message_id == ok["MESSAGE_ID"]).sum() == ok["AUDIENCE_SIZE"]
    assert not (msgs.area_codes.map(lambda c: other in c)).any()


def test_a_role_that_may_not_make_temporary_tables_gets_the_same_areas(pg_db):
    """The area query puts the points in a temporary table; a database whose DBA revoked TEMP, or a read-only
    transaction, answers the same by the lateral query."""
    import shapely
    from psycopg import sql
    areas = pd.DataFrame({"area_code": ["E2", "E1"], "area_name": ["b", "a"],
                          "geometry": shapely.from_wkt(["MULTIPOLYGON (((500050 399000, 501000 399000, 501000 401000, "
                                                        "500050 401000, 500050 399000)))",
                                                        "MULTIPOLYGON (((499000 399000, 500050 399000, 500050 401000, "
                                                        "499000 401000, 499000 399000)))"])})
    streets = pd.DataFrame({"segment_id": np.array([1], np.int64), "street_id": ["a"],
                            "geometry": shapely.from_wkt(["LINESTRING (500000 400010, 500100 400010)"])})
    x, y = np.array([500050.0, 499500.0, 500500.0, 600000.0]), np.array([400000.0, 400400.0, 400200.0, 400000.0])
    with W.open_store(pg_db) as st:
        st.write_table("streets", streets, "geometry", "LINESTRING")
        st.write_table("areas", areas, "geometry", "MULTIPOLYGON")
        with_temp = st.link_queries().areas_of(x, y)
        db = st.con.execute("SELECT current_database()").fetchone()[0]
        st.con.execute(sql.SQL("REVOKE TEMP ON DATABASE {} FROM PUBLIC").format(sql.Identifier(db)))
        st.con.execute("DO $$ BEGIN CREATE ROLE lpt_test_no_temp NOLOGIN; "
                       "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        st.con.execute("GRANT USAGE ON SCHEMA lpt TO lpt_test_no_temp")
        st.con.execute("GRANT SELECT ON ALL TABLES IN SCHEMA lpt TO lpt_test_no_temp")
        st.con.execute("SET ROLE lpt_test_no_temp")
        try:
            with pytest.raises(Exception, match="permission denied"):
                with st.con.transaction():
                    st.con.execute("CREATE TEMP TABLE t AS SELECT 1")
            without_temp = st.link_queries().areas_of(x, y)
        finally:
            st.con.execute("RESET ROLE")
        st.con.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")    # as on a standby
        try:
            read_only = st.link_queries().areas_of(x, y)
        finally:
            st.con.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")
    assert list(with_temp) == list(without_temp) == list(read_only) == ["E1", "E1", "E2", ""]


def test_a_street_audience_reaches_the_same_members_on_both(both, lpt_plugin, tmp_path):
    """'include street=NAME' on a PostGIS workspace reaches the members a GeoPackage workspace reaches (links
    computed by each backend's own queries)."""
    gpkg, pg = both
    with W.open_store(gpkg) as g:
        C.ensure_stored_links(g, 150.0)
        lp = g.read_table("link_postcodes", ["postcode", "street_id"]).drop_duplicates("postcode")
        names = g.read_table("streets", ["street_id", "name"]).drop_duplicates("street_id")
        members = g.read_table("members", ["member_id", "postcode"])
    per_street = members.postcode.map(lp.set_index("postcode").street_id).map(names.set_index("street_id").name)
    busy = per_street.value_counts()
    name = busy[busy.between(5, 80)].index[0]
    got = {}
    for tag, ws in (("g", gpkg), ("p", pg)):
        m = _run("lpt:exportmessage", dict(WORKSPACE=ws, AREA_MODE=0, TEMPLATE=0, TEAM="NPT", WHAT_WAS_DONE="Patrols",
                                           AUDIENCE=f"include street={name}", MIN_AUDIENCE=1, ALLOW_RECENT=True,
                                           LOG=str(tmp_path / f"{tag}_log.gpkg"),
                                           OUTPUT_FOLDER=str(tmp_path / f"{tag}_msg")))
        got[tag] = set(pd.read_csv(m["RECIPIENTS_CSV"], dtype=str).member_id)
    assert got["g"] == got["p"] and len(got["g"]) > 0
    assert got["g"] <= set(members.member_id[per_street == name])
