"""Workspace schema: created at the current version, or migrated one version at a time.

Each entry of ``MIGRATIONS`` takes a connection inside the open transaction from version ``n - 1`` to ``n``.
A workspace made by an earlier release opens in this one, migrated; the next release adds ``MIGRATIONS[5]``.
"""
from __future__ import annotations

import sqlite3
from typing import Dict, Tuple

from .base import KIND

LAYER_STYLES = ("CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog "
                "TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), f_geometry_column TEXT(256), "
                "styleName TEXT(30), styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, "
                "owner TEXT(30), ui TEXT(30), update_time DATETIME)")


def _v1(con: sqlite3.Connection) -> None:
    """Release 0.3: metadata, import provenance (one row per import, sources as JSON)."""
    con.execute("CREATE TABLE IF NOT EXISTS lpt_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    con.execute("CREATE TABLE IF NOT EXISTS lpt_imports (import_id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT, "
                "table_name TEXT, sources TEXT, imported_at TEXT, n_read INTEGER, n_accepted INTEGER, "
                "n_rejected INTEGER)")
    con.execute(LAYER_STYLES)
    register_styles(con)


def register_styles(con: sqlite3.Connection) -> None:
    """QGIS finds default styles only in a layer_styles table GDAL lists (registered in gpkg_contents)."""
    con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) SELECT 'layer_styles', "
                "'attributes', 'layer_styles', 0 WHERE NOT EXISTS (SELECT 1 FROM gpkg_contents WHERE table_name = "
                "'layer_styles')")


def _v2(con: sqlite3.Connection) -> None:
    """Rejected rows kept in the workspace with their reason, and the log lines of each import."""
    con.execute("CREATE TABLE IF NOT EXISTS lpt_rejects (import_id INTEGER, file TEXT, row INTEGER, "
                "\"column\" TEXT, value TEXT, reason TEXT)")
    con.execute("CREATE INDEX IF NOT EXISTS lpt_rejects_import ON lpt_rejects (import_id)")
    cols = {r[1] for r in con.execute("PRAGMA table_info(lpt_imports)")}
    if "notes" not in cols:
        con.execute("ALTER TABLE lpt_imports ADD COLUMN notes TEXT")
    register_styles(con)


SQLITE_TYPES = {"text": "TEXT", "integer": "INTEGER", "real": "REAL"}


def _v3(con: sqlite3.Connection) -> None:
    """The engagement loop: set-ups, their target lists, visit outcomes and the audit of personal-data exports
    (declared once for every backend in :mod:`.schema`)."""
    from .schema import LOOP_TABLES, UNIQUE
    for table, cols in LOOP_TABLES.items():
        defs = ", ".join(f'"{c}" {SQLITE_TYPES[t]}' for c, t in cols)
        unique = ", ".join(f'"{c}"' for c in UNIQUE[table])
        con.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({defs}, UNIQUE ({unique}))')


def _v4(con: sqlite3.Connection) -> None:
    """The message log in the workspace (it was a separate GeoPackage): messages, their recipients and their status
    changes, append-only - triggers refuse an UPDATE or DELETE (a status change is a new row)."""
    from .schema import MESSAGE_TABLES, UNIQUE
    for table, cols in MESSAGE_TABLES.items():
        defs = ", ".join(f'"{c}" {SQLITE_TYPES[t]}' for c, t in cols)
        unique = ", ".join(f'"{c}"' for c in UNIQUE[table])
        con.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({defs}, UNIQUE ({unique}))')
        for op in ("UPDATE", "DELETE"):
            con.execute(f'CREATE TRIGGER IF NOT EXISTS "{table}_no_{op.lower()}" BEFORE {op} ON "{table}" BEGIN '
                        f"SELECT RAISE(ABORT, 'the table {table} is append-only: rows are never changed or deleted'); "
                        "END")
    con.execute('CREATE INDEX IF NOT EXISTS lpt_message_recipients_member ON lpt_message_recipients (member_id)')


MIGRATIONS = {1: _v1, 2: _v2, 3: _v3, 4: _v4}
# the same versions for a PostGIS workspace: SQL files in core/store/sql/ (schema ``lpt``), applied in order by
# core/store/postgis.py; SECURITY: roles and row-level security, applied by lpt:setupdatabase after them
POSTGIS = {1: "v1.sql", 2: "v2.sql", 3: "v3.sql", 4: "v4.sql"}
SECURITY = ("security_v1.sql", "security_v2.sql", "security_v3.sql", "security_v4.sql")


def expected(version: int) -> Dict[str, Tuple[str, ...]]:
    """The tables and columns a workspace at schema ``version`` holds besides its data (checked on open)."""
    tables = {"gpkg_contents": ("table_name", "data_type", "identifier", "srs_id"),
              "gpkg_geometry_columns": ("table_name", "column_name", "geometry_type_name", "srs_id"),
              "gpkg_spatial_ref_sys": ("srs_name", "srs_id", "organization", "definition"),
              "lpt_meta": ("key", "value"),
              "lpt_imports": ("import_id", "kind", "table_name", "sources", "imported_at", "n_read", "n_accepted",
                              "n_rejected"),
              "layer_styles": ("f_table_name", "f_geometry_column", "styleName", "styleQML", "useAsDefault")}
    if version >= 2:
        tables["lpt_imports"] += ("notes",)
        tables["lpt_rejects"] = ("import_id", "file", "row", "column", "value", "reason")
    if version >= 3:
        from .schema import LOOP_TABLES
        tables.update({t: tuple(c for c, _ in cols) for t, cols in LOOP_TABLES.items()})
    if version >= 4:
        from .schema import MESSAGE_TABLES
        tables.update({t: tuple(c for c, _ in cols) for t, cols in MESSAGE_TABLES.items()})
    return tables


def create_schema(con: sqlite3.Connection, version: int = 0) -> None:
    from .base import SCHEMA_VERSION
    for v in range(1, (version or SCHEMA_VERSION) + 1):
        MIGRATIONS[v](con)
    con.executemany("INSERT OR REPLACE INTO lpt_meta VALUES (?, ?)",
                    [("kind", KIND), ("schema_version", str(version or SCHEMA_VERSION))])
