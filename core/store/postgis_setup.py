"""lpt:setupdatabase's work: a PostGIS workspace created or upgraded by the versioned migrations, then its roles,
grants and row-level security (``sql/security_v*.sql``), all in one transaction (a failure leaves the database as
it was).  Run by the database administrator (a role that may create roles); idempotent."""
from __future__ import annotations

from typing import Dict

from psycopg import sql

from ..errors import LptInputError
from ..i18n import tr
from . import postgis_sql as Q
from .postgis import PostGISStore

ROLES = ("lpt_analyst", "lpt_supervisor", "lpt_officer")


def setup_database(name: str, security: bool = True) -> Dict:
    """Create or upgrade the workspace behind the connection ``name``; with ``security``, its roles and policies.
    The schema and the security are one transaction: a failure leaves the database as it was.  Returns what was
    done: schema version, security version, the tables protected, the roles."""
    store = PostGISStore.connect(name)
    try:
        if security and not _may_create_roles(store):
            raise LptInputError(tr("the workspace's roles and row-level security are set up by a role that may create "
                                   "roles"), store.path, tr("run lpt:setupdatabase as the database administrator "
                                                            "(CREATEROLE), or without SECURITY to create the tables "
                                                            "only."))
        info = {"security_version": "", "roles": [], "tables_protected": 0, "joined": ""}
        with store.transaction():
            store._check(True)
            if security:
                info["joined"] = _secure(store)
        info["schema_version"] = store.get_meta("schema_version")
        if security:
            info["styles_found_by_qgis"] = _qgis_finds_styles(store)
            info["security_version"] = store.get_meta("security_version")
            info["roles"] = list(ROLES)
            info["tables_protected"] = len(store.tables())
        return info
    finally:
        store.close()


def _secure(store: PostGISStore) -> str:
    """Roles, grants and policies (inside the caller's transaction).  A role that may create roles but is not a
    superuser must belong to lpt_analyst to hand it the schema: it is made a member (its login is returned)."""
    from .migrations import SECURITY
    joined = _join_analysts(store)
    for i, file in enumerate(SECURITY, start=1):
        store.con.execute(Q.sql_file(file))
        store._set_meta("security_version", str(i))
    return joined


def _join_analysts(store: PostGISStore) -> str:
    con = store.con
    if con.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]:
        return ""
    if not con.execute("SELECT 1 FROM pg_roles WHERE rolname = 'lpt_analyst'").fetchone():
        con.execute("CREATE ROLE lpt_analyst NOLOGIN")
    if con.execute("SELECT pg_has_role(current_user, 'lpt_analyst', 'MEMBER')").fetchone()[0]:
        return ""
    con.execute("GRANT lpt_analyst TO CURRENT_USER")
    return con.execute("SELECT current_user::text").fetchone()[0]


def _qgis_finds_styles(store: PostGISStore) -> bool:
    """QGIS looks for a layer's default style in an unqualified ``layer_styles``: the database's search path ends
    with the schema lpt, so QGIS finds the workspace's styles (a public.layer_styles, if any, comes first)."""
    from psycopg import errors
    try:
        with store.transaction():
            store.con.execute(sql.SQL("ALTER DATABASE {} SET search_path = \"$user\", public, {}").format(
                sql.Identifier(store.con.info.dbname), sql.Identifier(Q.SCHEMA)))
        return True
    except LptInputError as exc:
        if isinstance(exc.__cause__, errors.InsufficientPrivilege):
            return False
        raise


def _may_create_roles(store: PostGISStore) -> bool:
    row = store.con.execute(sql.SQL("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
                            ).fetchone()
    return bool(row and row[0])
