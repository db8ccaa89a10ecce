"""The SQL of a PostGIS workspace, composed with :mod:`psycopg.sql` only (identifiers quoted, values bound):
the ``lpt`` schema, column types, the versioned migration files (``sql/v*.sql``, listed in
:data:`.migrations.POSTGIS`) and the structure a workspace at a version must have."""
from __future__ import annotations

import os
from typing import Dict, Tuple

import pandas as pd
from psycopg import sql

SCHEMA = "lpt"
GEOM = "geom"
SQL_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sql")
# the column types a workspace table may have, as the catalogue spells them -> how a value list is cast
CASTS = {"text": "text", "bigint": "int8", "integer": "int4", "double precision": "float8", "boolean": "bool",
         "real": "float4", "smallint": "int2"}
GEOMETRY_TYPES = ("GEOMETRY", "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON")


def table(name: str) -> sql.Composed:
    return sql.Identifier(SCHEMA, name)


def pg_type(s: pd.Series) -> sql.SQL:
    """The column type of a frame's column, as the GeoPackage store chooses it (bool, integer, real, text)."""
    if pd.api.types.is_bool_dtype(s):
        return sql.SQL("boolean")
    if pd.api.types.is_integer_dtype(s):
        return sql.SQL("bigint")
    if pd.api.types.is_float_dtype(s):
        return sql.SQL("double precision")
    return sql.SQL("text")


def create_table(name: str, df: pd.DataFrame, cols, geometry_type: str = "") -> sql.Composed:
    """CREATE TABLE for ``df``'s columns ``cols`` (+ a geometry column of ``geometry_type`` in EPSG:27700)."""
    defs = [sql.SQL("fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY")]
    defs += [sql.SQL("{} {}").format(sql.Identifier(str(c)), pg_type(df[c])) for c in cols]
    if geometry_type:
        kind = geometry_type.upper() if geometry_type.upper() in GEOMETRY_TYPES else "GEOMETRY"
        defs.append(sql.SQL("{} geometry({}, 27700)").format(sql.Identifier(GEOM), sql.SQL(kind)))
    return sql.SQL("CREATE TABLE {} ({})").format(table(name), sql.SQL(", ").join(defs))


def spatial_index(name: str) -> sql.Composed:
    return sql.SQL("CREATE INDEX {} ON {} USING gist ({})").format(
        sql.Identifier(f"{name}_geom_gist"[:63]), table(name), sql.Identifier(GEOM))


def migration(version: int) -> str:
    """The SQL text of migration ``version`` (a file shipped with the plugin: no value of a user's in it)."""
    from .migrations import POSTGIS
    with open(os.path.join(SQL_DIR, POSTGIS[version]), encoding="utf-8") as fh:
        return fh.read()


def sql_file(name: str) -> str:
    with open(os.path.join(SQL_DIR, name), encoding="utf-8") as fh:
        return fh.read()


def expected(version: int) -> Dict[str, Tuple[str, ...]]:
    """The workspace's own tables and columns at schema ``version`` (the GeoPackage's, without its gpkg_ tables
    and QGIS's style table, which PostgreSQL keeps its own way)."""
    from .migrations import expected as gpkg_expected
    return {t: cols for t, cols in gpkg_expected(version).items()
            if not t.startswith("gpkg_") and t != "layer_styles"}
