"""Naming a PostGIS workspace safely: a name that carries a password (in any of libpq's spellings, whatever key
comes first) is refused as a connection - never echoed, logged or taken for a GeoPackage file to create - and a
QGIS saved connection (``pg:NAME``) logs in with the user and password of QGIS's authentication configuration
(a login that needs a password on the test server of tests/pg_server.py), keeps the connection's SSL mode, and
says clearly when that configuration cannot be read."""
import os

import pytest

from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.store import workspace as W

SECRET = "S3cret-pw-never-logged"
CARRYING = [f"password={SECRET} host=/nowhere dbname=lpt", f"sslmode=disable password={SECRET} dbname=lpt",
            f"connect_timeout=3 dbname=lpt password={SECRET}", f"application_name=x password='{SECRET}'",
            f"postgresql://analyst:{SECRET}@db.force.local/lpt", f"postgresql://db.force.local/lpt?password={SECRET}",
            f"dbname=lpt sslpassword={SECRET}", f"options=-cfoo=1 password='{SECRET}"]


@pytest.fixture()
def psycopg_here():
    try:
        import psycopg  # noqa: F401
    except ImportError:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("psycopg 3 is missing under CI (make test installs python3-psycopg)")
        pytest.skip("psycopg 3 is not installed (python3-psycopg)")


@pytest.mark.parametrize("name", CARRYING)
def test_a_workspace_name_carrying_a_password_is_refused_without_echoing_it_or_making_a_file(
        name, psycopg_here, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LptInputError) as err:
        W.open_store(name)
    text = str(err.value)
    assert SECRET not in text
    assert "carries a password" in text or "cannot be read" in text
    assert list(tmp_path.iterdir()) == []                             # no GeoPackage named after it


def test_through_processing_a_password_in_the_workspace_is_refused_and_never_logged(psycopg_here, run_alg,
                                                                                 tmp_path, monkeypatch):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback
    monkeypatch.chdir(tmp_path)
    for alg, extra in (("lpt:setupdatabase", {}), ("lpt:archivesetup", {"SETUP_ID": "S0001"})):
        feedback = QgsProcessingFeedback()
        with pytest.raises(QgsProcessingException) as err:
            processing.run(alg, {"WORKSPACE": CARRYING[1], **extra}, feedback=feedback)
        assert "carries a password" in str(err.value) and SECRET not in str(err.value)
        assert SECRET not in feedback.textLog()
    assert list(tmp_path.iterdir()) == []


def _save_connection(meta, name, server, dbname, authcfg="", sslmode=None):
    from qgis.core import QgsDataSourceUri
    uri = QgsDataSourceUri()
    uri.setConnection(server.root, str(server.port), dbname, "", "",
                      QgsDataSourceUri.SslPrefer if sslmode is None else sslmode, authcfg)
    meta.saveConnection(meta.createConnection(uri.uri(False), {"saveUsername": False, "savePassword": False}), name)


def _basic_auth(user, password):
    from qgis.core import QgsApplication, QgsAuthMethodConfig
    am = QgsApplication.authManager()
    if not am.masterPasswordIsSet():
        assert am.setMasterPassword("lpt-test-master", True)
    cfg = QgsAuthMethodConfig("Basic")
    cfg.setName(f"LPT {user}")
    cfg.setConfig("username", user)
    cfg.setConfig("password", password)
    assert am.storeAuthenticationConfig(cfg)[0]
    return cfg.id()


def test_a_saved_qgis_connection_logs_in_with_its_authentication_configuration(pg_server, pg_db, run_alg):
    import processing
    import psycopg
    from psycopg import sql
    from qgis.core import QgsApplication, QgsDataSourceUri, QgsProcessingException, QgsProcessingFeedback
    from qgis.core import QgsProviderRegistry
    from local_priority_targeting.core.engage import audit
    from local_priority_targeting.qgisio.connection import saved_connection
    dbname = pg_db.split("dbname=")[1].split()[0]
    run_alg("lpt:setupdatabase", {"WORKSPACE": pg_db, "SECURITY": True})
    with psycopg.connect(pg_db, autocommit=True) as con:
        con.execute("DROP ROLE IF EXISTS pw_analyst")
        con.execute("CREATE ROLE pw_analyst LOGIN IN ROLE lpt_analyst")
        con.execute(sql.SQL("ALTER ROLE pw_analyst PASSWORD {}").format(sql.Literal(SECRET)))
    pg_server.require_password("pw_analyst")
    meta = QgsProviderRegistry.instance().providerMetadata("postgres")
    good, wrong = _basic_auth("pw_analyst", SECRET), _basic_auth("pw_analyst", "not-the-password")
    names = {"LPT auth ok": good, "LPT auth wrong": wrong, "LPT auth gone": "nosuch9"}
    try:
        for name, cfg in names.items():
            _save_connection(meta, name, pg_server, dbname, cfg)
        with W.open_store("pg:LPT auth ok") as st:                    # the configuration's login, its password
            audit.record(st, "laptop-user", "visit_list", ["E1"], 1)
            assert audit.read(st, "visit_list").who.iloc[-1] == "pw_analyst as laptop-user"
        feedback = QgsProcessingFeedback()
        out = processing.run("lpt:setupdatabase", {"WORKSPACE": "pg:LPT auth ok", "SECURITY": False},
                             feedback=feedback)
        assert out["SCHEMA_VERSION"] == "4"
        assert SECRET not in feedback.textLog() and "LPT auth ok" in feedback.textLog()
        with pytest.raises(QgsProcessingException, match="password authentication failed") as err:
            processing.run("lpt:archivesetup", {"WORKSPACE": "pg:LPT auth wrong", "SETUP_ID": "S0001"})
        assert "not-the-password" not in str(err.value)
        with pytest.raises(QgsProcessingException, match="authentication configuration of this connection cannot"):
            processing.run("lpt:archivesetup", {"WORKSPACE": "pg:LPT auth gone", "SETUP_ID": "S0001"})
        with pytest.raises(psycopg.OperationalError):                 # and no way in without the password
            psycopg.connect(pg_server.conninfo(dbname, user="pw_analyst")).close()
        _save_connection(meta, "LPT ssl", pg_server, dbname, good, QgsDataSourceUri.SslRequire)
        assert saved_connection("LPT ssl")["sslmode"] == "require"    # never weakened to prefer
        _save_connection(meta, "LPT ssl", pg_server, dbname, good, QgsDataSourceUri.SslVerifyFull)
        assert saved_connection("LPT ssl")["sslmode"] == "verify-full"
    finally:
        for name in (*names, "LPT ssl"):
            meta.deleteConnection(name)
        for cfg in (good, wrong):
            QgsApplication.authManager().removeAuthenticationConfig(cfg)
    with W.open_store(pg_db) as st:                                    # nothing else was changed
        assert len(st.read_table("lpt_setups")) == 0


def test_an_import_into_a_connection_names_it_by_its_label_only(pg_db, run_alg):
    """An import algorithm storing into a PostGIS workspace says which one as host/database/user, never as the
    connection string it was given."""
    import processing
    from qgis.core import QgsProcessingFeedback
    from _paths import DEMO
    from local_priority_targeting.core.store.postgis_conn import label_of
    feedback = QgsProcessingFeedback()
    name = f"{pg_db} application_name=lpt-import-test"
    processing.run("lpt:importareas", {"WORKSPACE": name, "INPUT": str(DEMO / "boundaries" / "hull_wards2022.geojson"),
                                       "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    said = [line for line in feedback.textLog().splitlines() if line.startswith("Workspace ")]
    assert len(said) == 1 and said[0].startswith(f"Workspace {label_of(name)}: table areas now has")
    assert "application_name" not in said[0]
    with W.open_store(pg_db) as st:
        assert st.row_count("areas") > 10
