"""Which workspace names are PostgreSQL connections, and how they are said in messages.

A PostGIS workspace is named by ``service=NAME`` (a service in ``pg_service.conf``), a ``postgresql://`` URI, or a
libpq keyword string (``host=... dbname=...``).  A QGIS saved connection (``pg:NAME``) is resolved into one of
these by the processing layer (:mod:`qgisio.connection`), never here.  Credentials come from the
service file, ``~/.pgpass`` or QGIS's authentication database: a name that carries a password is refused, so a
password is never in a parameter, a log line, a report or a project file.  No psycopg import here: this module
is light (the dispatch in :func:`.workspace.open_store` asks it first).
"""
from __future__ import annotations

import re
from typing import Callable, Dict, Optional

from ..errors import LptInputError
from ..i18n import tr

QGIS_PREFIX = "pg:"
# set by the QGIS side (qgisio/connection.py): a saved connection's name -> its libpq parameters, with
# the password only when QGIS's authentication configuration (or the saved connection) holds one
_resolver: Optional[Callable[[str], Dict[str, str]]] = None


def set_resolver(fn: Optional[Callable[[str], Dict[str, str]]]) -> None:
    global _resolver
    _resolver = fn

URI = re.compile(r"^postgres(ql)?://", re.IGNORECASE)
# libpq's connection keywords (PostgreSQL 15): a name that starts with any of them is a connection, whatever order
# its keys come in, so "sslmode=require password=..." is refused as a connection, never taken for a file name
LIBPQ_KEYS = ("service", "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "channel_binding",
              "connect_timeout", "client_encoding", "options", "application_name", "fallback_application_name",
              "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
              "replication", "gssencmode", "sslmode", "requiressl", "sslcompression", "sslcert", "sslkey",
              "sslpassword", "sslrootcert", "sslcrl", "sslcrldir", "sslsni", "requirepeer",
              "ssl_min_protocol_version", "ssl_max_protocol_version", "krbsrvname", "gsslib",
              "target_session_attrs")
KEYWORD = re.compile(r"^\s*(" + "|".join(LIBPQ_KEYS) + r")\s*=", re.IGNORECASE)
# a password keyword anywhere: never a file name to create, echo or log
PASSWORD = re.compile(r"(^|\s)(ssl)?password\s*=", re.IGNORECASE)
SAFE_KEYS = ("service", "host", "port", "dbname", "user", "sslmode", "options", "application_name")


def is_postgres(name: str) -> bool:
    """Whether a workspace name is a PostgreSQL connection rather than a GeoPackage path."""
    name = (name or "").strip()
    return bool(URI.match(name) or KEYWORD.match(name) or PASSWORD.search(name)
                or name.lower().startswith(QGIS_PREFIX))


def _saved(name: str) -> Dict[str, str]:
    """The parameters of a QGIS saved connection (``pg:NAME``), from QGIS's settings and authentication database."""
    conn = name.strip()[len(QGIS_PREFIX):].strip()
    if _resolver is None:
        raise LptInputError(tr("a QGIS saved connection is known only inside QGIS"), label_of(name),
                            tr("run it from QGIS or qgis_process, or name the connection as service=NAME "
                               "(pg_service.conf)."))
    return dict(_resolver(conn))


def parse(name: str) -> Dict[str, str]:
    """The connection's libpq parameters (psycopg's own parser); refused when it carries a password."""
    from psycopg.conninfo import conninfo_to_dict
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(name.strip()).items()}
    except Exception as exc:                    # noqa: BLE001 - libpq's parse error, said without the text
        raise LptInputError(tr("the workspace connection cannot be read ({kind})").format(kind=type(exc).__name__),
                            label_of(name), tr("write it as service=NAME or postgresql://host/dbname.")) from None
    if {"password", "sslpassword"} & set(params):
        raise LptInputError(tr("the workspace connection carries a password: passwords are never typed into a "
                               "parameter"), label_of(name),
                            tr("save the password in pg_service.conf / ~/.pgpass or in QGIS's authentication "
                               "configuration and name the connection only (service=NAME, or the QGIS connection's "
                               "name)."))
    return params


def label_of(name: str) -> str:
    """How the workspace is named in messages: its service, or host/dbname/user, never a password."""
    name = (name or "").strip()
    if name.lower().startswith(QGIS_PREFIX):
        return tr("QGIS connection {name}").format(name=name[len(QGIS_PREFIX):].strip())
    try:
        from psycopg.conninfo import conninfo_to_dict
        params = conninfo_to_dict(name)
    except Exception:                           # noqa: BLE001 - unreadable: a fixed word, never the text
        return tr("PostgreSQL workspace")
    if params.get("service"):
        return f"service={params['service']}"
    host = str(params.get("host", "local"))
    return f"postgresql://{params.get('user', '') and str(params['user']) + '@'}{host}/{params.get('dbname', '')}"


def conninfo(name: str, application: str = "lpt") -> str:
    """The libpq connection string to connect with (the name's own keys, checked; never logged)."""
    from psycopg.conninfo import make_conninfo
    params = _saved(name) if name.strip().lower().startswith(QGIS_PREFIX) else parse(name)
    params.setdefault("application_name", application)
    params.setdefault("connect_timeout", "15")
    return make_conninfo(**params)
