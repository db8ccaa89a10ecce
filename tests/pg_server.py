"""A throwaway PostgreSQL 15 + PostGIS 3 server for the tests: initdb in a temporary folder, started on a unix
socket inside that folder only (no TCP), stopped and removed afterwards.

PostgreSQL refuses to run as root: as root the server runs as the unprivileged system user ``lpt-pg`` (created
when missing) and its folder is handed to that user; otherwise it runs as the current user.  Each pytest-xdist
worker gets its own folder and port (``PYTEST_XDIST_WORKER``), so workers never share a server.  Connections use
``trust`` on the socket of a folder only that user (and root) can reach.
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from typing import Optional

USER = "lpt-pg"
SUPERUSER = "lpt_super"


def bin_dir() -> Optional[str]:
    """PostgreSQL's server programs (Debian: /usr/lib/postgresql/<major>/bin), the newest first; None if absent."""
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(os.path.join(d, "initdb"), os.X_OK) and os.access(os.path.join(d, "pg_ctl"), os.X_OK):
            return d
    found = shutil.which("initdb")
    return os.path.dirname(found) if found else None


def postgis_present(bindir: str) -> bool:
    major = os.path.basename(os.path.dirname(bindir))
    return bool(glob.glob(f"/usr/share/postgresql/{major}/extension/postgis.control"))


def missing() -> str:
    """Why a server cannot be started here ('' when it can)."""
    d = bin_dir()
    if d is None:
        return "PostgreSQL server programs (initdb, pg_ctl) are not installed"
    if not postgis_present(d):
        return "PostGIS is not installed (postgresql-15-postgis-3)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg 3 is not installed (python3-psycopg)"
    return ""


def _worker_port() -> int:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    digits = "".join(ch for ch in worker if ch.isdigit()) or "0"
    return 55432 + int(digits) % 1000


def _ensure_user() -> None:
    import pwd
    try:
        pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER],
                       check=True, capture_output=True)


class PgServer:
    """One running server; :attr:`conninfo` reaches it as its superuser (``dbname`` to add)."""

    def __init__(self, ssl: bool = False):
        self.ssl = ssl              # also listen on 127.0.0.1 with TLS (a self-signed certificate for localhost)
        self.bindir = bin_dir()
        self.root = tempfile.mkdtemp(prefix=f"lpt-pg-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-")
        self.data = os.path.join(self.root, "data")
        self.port = _worker_port() + (500 if ssl else 0)
        self.as_root = os.geteuid() == 0
        self.started = False

    def _run(self, *args: str, **kw) -> subprocess.CompletedProcess:
        extra = {"user": USER} if self.as_root else {}
        return subprocess.run([os.path.join(self.bindir, args[0]), *args[1:]], check=True, capture_output=True,
                              text=True, cwd=self.root, **extra, **kw)

    def start(self) -> "PgServer":
        if self.as_root:
            _ensure_user()
            shutil.chown(self.root, USER, USER)
        os.chmod(self.root, 0o700)
        self._run("initdb", "-D", self.data, "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-sync",
                  "--locale=C.UTF-8")
        opts = (f"-k {self.root} -p {self.port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                "-c full_page_writes=off -c max_connections=40 -c shared_buffers=32MB")
        if self.ssl:
            opts = opts.replace("listen_addresses=''", "listen_addresses=127.0.0.1") + self._certificate()
        self._run("pg_ctl", "-D", self.data, "-l", os.path.join(self.root, "server.log"), "-o", opts, "-w",
                  "-t", "60", "start")
        self.started = True
        self._template()
        return self

    def _certificate(self) -> str:
        """A self-signed certificate for localhost (the server's and the clients' root), owned by the server's
        user; the server options that turn TLS on with it."""
        self.cert, key = os.path.join(self.root, "server.crt"), os.path.join(self.root, "server.key")
        subprocess.run(["openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", self.cert],
                       check=True, capture_output=True)
        os.chmod(key, 0o600)
        os.chmod(self.cert, 0o644)
        if self.as_root:
            for f in (key, self.cert):
                shutil.chown(f, USER, USER)
        return f" -c ssl=on -c ssl_cert_file={self.cert} -c ssl_key_file={key}"

    def conninfo(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"host={self.root} port={self.port} dbname={dbname} user={user}"

    def _template(self) -> None:
        """A template database with PostGIS, so each test's database is a quick copy."""
        import psycopg
        with psycopg.connect(self.conninfo(), autocommit=True) as con:
            con.execute("CREATE DATABASE lpt_template")
        with psycopg.connect(self.conninfo("lpt_template"), autocommit=True) as con:
            con.execute("CREATE EXTENSION postgis")

    def new_database(self, name: str) -> str:
        """A fresh database ``name`` with PostGIS; returns its conninfo."""
        import psycopg
        from psycopg import sql
        with psycopg.connect(self.conninfo(), autocommit=True) as con:
            con.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            con.execute(sql.SQL("CREATE DATABASE {} TEMPLATE lpt_template").format(sql.Identifier(name)))
        return self.conninfo(name)

    def require_password(self, login: str) -> None:
        """Make ``login`` authenticate by password (scram) on the socket, every other login still by trust."""
        import psycopg
        hba = os.path.join(self.data, "pg_hba.conf")
        with open(hba, encoding="utf-8") as fh:
            rules = fh.read()
        line = f"local all {login} scram-sha-256\n"
        if line not in rules:
            with open(hba, "w", encoding="utf-8") as fh:           # first match wins: before the trust lines
                fh.write(line + rules)
        with psycopg.connect(self.conninfo(), autocommit=True) as con:
            con.execute("SELECT pg_reload_conf()")
        for _ in range(50):                                            # the reload is asynchronous
            try:
                psycopg.connect(self.conninfo(user=login), connect_timeout=5).close()
            except psycopg.OperationalError:
                return
            time.sleep(0.1)
        raise RuntimeError(f"the test server still lets {login} in without a password")

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            self.started = False
            for _ in range(3):
                shutil.rmtree(self.root, ignore_errors=True)
                if not os.path.exists(self.root):
                    break
                time.sleep(0.2)

    def log(self) -> str:
        try:
            with open(os.path.join(self.root, "server.log"), encoding="utf-8", errors="replace") as fh:
                return fh.read()[-4000:]
        except OSError:
            return ""


def add_logins(admin: str, roles: dict, areas=()) -> None:
    """Logins made afresh in the database behind ``admin`` (login -> lpt role) and their area assignments
    ((login, area_code) pairs in lpt.lpt_assignments); identifiers quoted, values bound."""
    import psycopg
    from psycopg import sql
    with psycopg.connect(admin, autocommit=True) as con:
        for login, role in roles.items():
            con.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))
            con.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(sql.Identifier(login), sql.Identifier(role)))
        for login, area in areas:
            con.execute("INSERT INTO lpt.lpt_assignments (login, area_code) VALUES (%s, %s)", (login, area))
