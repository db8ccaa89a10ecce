"""A PostGIS workspace in QGIS (the test server of tests/pg_server.py): lpt:setupdatabase and an engagement-loop
algorithm through processing.run on a connection and on a QGIS saved connection (pg:NAME); the workspace's
tables open in QGIS as PostGIS layers with their default style."""
import pandas as pd
import pytest
import shapely

from local_priority_targeting.core.store import workspace as W
from local_priority_targeting.core.store.migrations import SECURITY


def test_setupdatabase_and_a_loop_algorithm_run_on_a_connection_and_a_saved_qgis_connection(pg_db, pg_server,
                                                                                           run_alg, tmp_path):
    from qgis.core import QgsDataSourceUri, QgsProcessingException, QgsProviderRegistry
    out = run_alg("lpt:setupdatabase", {"WORKSPACE": pg_db, "SECURITY": True})
    assert (out["SCHEMA_VERSION"], out["SECURITY_VERSION"]) == ("4", str(len(SECURITY)))
    assert out["ROLES"] == "lpt_analyst,lpt_supervisor,lpt_officer"
    with pytest.raises(QgsProcessingException, match="a GeoPackage workspace needs no set-up"):
        run_alg("lpt:setupdatabase", {"WORKSPACE": str(tmp_path / "w.gpkg")})
    meta = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri()
    uri.setConnection(pg_server.root, str(pg_server.port), pg_db.split("dbname=")[1].split()[0], "lpt_super", "")
    meta.saveConnection(meta.createConnection(uri.uri(False), {"saveUsername": True}), "LPT test force")
    try:
        again = run_alg("lpt:setupdatabase", {"WORKSPACE": "pg:LPT test force"})
        assert again["SECURITY_VERSION"] == str(len(SECURITY))
        with W.open_store(pg_db) as st:
            st.append_rows("lpt_setups", pd.DataFrame({"setup_id": ["S0001"], "status": ["open"],
                                                       "area_codes": ['["E1"]']}))
        res = run_alg("lpt:archivesetup", {"WORKSPACE": "pg:LPT test force", "SETUP_ID": "s0001"})
        assert "S0001" in res["STATUS"]
        with pytest.raises(QgsProcessingException, match="no PostgreSQL connection named 'nope'"):
            run_alg("lpt:archivesetup", {"WORKSPACE": "pg:nope", "SETUP_ID": "S0001"})
    finally:
        meta.deleteConnection("LPT test force")
    with W.open_store(pg_db) as st:
        assert list(st.read_table("lpt_setups", ["status"]).status) == ["archived"]


def test_a_postgis_workspace_opens_in_qgis_styled(pg_db, pg_server, run_alg):
    from qgis.core import QgsDataSourceUri, QgsVectorLayer
    from local_priority_targeting.processing.table_styles import table_style_qml
    streets = pd.DataFrame({"segment_id": [1, 2], "street_id": ["a", "b"], "name": ["A", "B"],
                            "geometry": shapely.from_wkt(["LINESTRING (500000 400000, 500100 400000)",
                                                          "LINESTRING (500000 400100, 500100 400100)"])})
    with W.open_store(pg_db) as st:
        st.write_table("streets", streets, "geometry", "LINESTRING", table_style_qml("streets"))
    run_alg("lpt:setupdatabase", {"WORKSPACE": pg_db})               # the search path QGIS reads styles by
    uri = QgsDataSourceUri()
    uri.setConnection(pg_server.root, str(pg_server.port), pg_db.split("dbname=")[1].split()[0], "lpt_super", "")
    uri.setDataSource("lpt", "streets", "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), "streets", "postgres")
    assert layer.isValid() and layer.featureCount() == 2 and layer.crs().authid() == "EPSG:27700"
    assert layer.renderer().type() == "RuleRenderer"                     # the workspace's street style
    assert layer.hasSpatialIndex() == 2                                    # the GiST index
    unstyled = QgsVectorLayer(uri.uri(False), "streets", "postgres", QgsVectorLayer.LayerOptions(False))
    assert unstyled.renderer().type() == "singleSymbol"


def _tables(con):
    return {r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'lpt'").fetchall()}


def test_setupdatabase_by_a_role_that_may_create_roles_but_is_not_a_superuser(pg_server, run_alg):
    """The database's owner without CREATEROLE is refused before anything is written; with CREATEROLE (not a
    superuser) it is made a member of lpt_analyst, said so, and the set-up is whole (it failed half-way, leaving
    the schema's tables behind while saying nothing was written)."""
    import psycopg
    from qgis.core import QgsProcessingException, QgsProcessingFeedback
    admin = pg_server.new_database("dbaonly")
    with psycopg.connect(admin, autocommit=True) as con:
        for stmt in ("DROP ROLE IF EXISTS dba_plain", "DROP ROLE IF EXISTS dba_roles", "CREATE ROLE dba_plain LOGIN",
                     "CREATE ROLE dba_roles LOGIN CREATEROLE", "GRANT CREATE ON DATABASE dbaonly TO dba_plain"):
            con.execute(stmt)
    with pytest.raises(QgsProcessingException, match="may create roles"):
        run_alg("lpt:setupdatabase", {"WORKSPACE": pg_server.conninfo("dbaonly", user="dba_plain"), "SECURITY": True})
    with psycopg.connect(admin, autocommit=True) as con:
        assert _tables(con) == set()                                     # nothing written
        con.execute("ALTER DATABASE dbaonly OWNER TO dba_roles")

    class Log(QgsProcessingFeedback):
        lines = []

        def pushInfo(self, text):  # noqa: N802
            Log.lines.append(text)
    import processing
    out = processing.run("lpt:setupdatabase", {"WORKSPACE": pg_server.conninfo("dbaonly", user="dba_roles"),
                                               "SECURITY": True}, feedback=Log())
    assert out["SECURITY_VERSION"] == str(len(SECURITY))
    assert any("dba_roles" in line and "lpt_analyst" in line for line in Log.lines)
    with psycopg.connect(admin, autocommit=True) as con:
        assert {"lpt_meta", "lpt_audit", "lpt_assignments"} <= _tables(con)
        assert con.execute("SELECT pg_has_role('dba_roles', 'lpt_analyst', 'MEMBER')").fetchone()[0]
