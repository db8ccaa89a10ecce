"""The test PostgreSQL server (tests/pg_server.py) starts as an unprivileged user with PostGIS, on its own
socket, per xdist worker."""
import os
import pwd


def test_the_test_server_runs_postgis_as_an_unprivileged_user(pg_server, pg_db):
    import psycopg
    with psycopg.connect(pg_db, autocommit=True) as con:
        version = con.execute("SELECT postgis_lib_version()").fetchone()[0]
        pid_user = con.execute("SELECT current_setting('data_directory')").fetchone()[0]
        assert con.execute("SELECT current_setting('listen_addresses')").fetchone()[0] == ""
    assert int(version.split(".")[0]) >= 3
    assert pid_user.startswith(pg_server.root)
    owner = pwd.getpwuid(os.stat(pg_server.data).st_uid).pw_name
    assert owner != "root"
    assert os.path.exists(os.path.join(pg_server.root, f".s.PGSQL.{pg_server.port}"))
