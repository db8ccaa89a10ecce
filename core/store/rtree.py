"""The GeoPackage R-tree spatial index (extension ``gpkg_rtree_index``, GeoPackage 1.2 annex F.3), kept in the
same SQLite transaction as the rows it indexes.

The bounds come from shapely (vectorised), not from SQL functions: Python's sqlite3 has no ``ST_MinX``.  The
spec's triggers, which keep the index current when QGIS or GDAL edit the table later (they provide
``ST_IsEmpty`` and ``ST_MinX``...), are dropped while this module inserts and created again afterwards.
"""
from __future__ import annotations

import sqlite3
from typing import List, Sequence

import numpy as np

EXTENSION = ("gpkg_rtree_index", "http://www.geopackage.org/spec120/#extension_rtree", "write-only")
_NEW_BOX = 'NEW."fid", ST_MinX(NEW."{g}"), ST_MaxX(NEW."{g}"), ST_MinY(NEW."{g}"), ST_MaxY(NEW."{g}")'
_TRIGGERS = {   # suffix -> (event, condition, body); {t} table, {g} geometry column, {r} the index table
    "insert": ('AFTER INSERT ON "{t}"', 'NEW."{g}" NOT NULL AND NOT ST_IsEmpty(NEW."{g}")',
               'INSERT OR REPLACE INTO "{r}" VALUES (' + _NEW_BOX + ');'),
    "update1": ('AFTER UPDATE OF "{g}" ON "{t}"',
                'OLD."fid" = NEW."fid" AND (NEW."{g}" NOTNULL AND NOT ST_IsEmpty(NEW."{g}"))',
                'INSERT OR REPLACE INTO "{r}" VALUES (' + _NEW_BOX + ');'),
    "update2": ('AFTER UPDATE OF "{g}" ON "{t}"', 'OLD."fid" = NEW."fid" AND (NEW."{g}" ISNULL OR ST_IsEmpty(NEW."{g}"))',
                'DELETE FROM "{r}" WHERE id = OLD."fid";'),
    "update3": ('AFTER UPDATE ON "{t}"', 'OLD."fid" != NEW."fid" AND (NEW."{g}" NOTNULL AND NOT ST_IsEmpty(NEW."{g}"))',
                'DELETE FROM "{r}" WHERE id = OLD."fid"; INSERT OR REPLACE INTO "{r}" VALUES (' + _NEW_BOX + ');'),
    "update4": ('AFTER UPDATE ON "{t}"', 'OLD."fid" != NEW."fid" AND (NEW."{g}" ISNULL OR ST_IsEmpty(NEW."{g}"))',
                'DELETE FROM "{r}" WHERE id IN (OLD."fid", NEW."fid");'),
    "delete": ('AFTER DELETE ON "{t}"', 'OLD."{g}" NOT NULL', 'DELETE FROM "{r}" WHERE id = OLD."fid";'),
}


def index_name(table: str, geom: str) -> str:
    return f"rtree_{table}_{geom}"


def _names(table: str, geom: str) -> dict:
    for n in (table, geom):
        if '"' in n or "\x00" in n:
            raise ValueError(f"not a usable table or column name: {n!r}")
    return {"t": table, "g": geom, "r": index_name(table, geom)}


def exists(con: sqlite3.Connection, table: str, geom: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (index_name(table, geom),)).fetchone() is not None


def create(con: sqlite3.Connection, table: str, geom: str) -> None:
    """The (empty) index table and its extension row; :func:`add` fills it, :func:`triggers` ends."""
    n = _names(table, geom)
    con.execute('CREATE VIRTUAL TABLE "{r}" USING rtree(id, minx, maxx, miny, maxy)'.format(**n))
    con.execute("CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT "
                "NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, "
                "column_name, extension_name))")
    con.execute("INSERT OR REPLACE INTO gpkg_extensions VALUES (?, ?, ?, ?, ?)", (table, geom, *EXTENSION))


def add(con: sqlite3.Connection, table: str, geom: str, fids: Sequence[int], geometries: Sequence) -> None:
    """Index the rows ``fids`` (NULL and empty geometries are not indexed, as the spec's triggers do)."""
    import shapely
    g = np.asarray(geometries, dtype=object)
    box = shapely.bounds(g)                          # NaN for None and empty
    ok = np.isfinite(box).all(axis=1)
    ids = np.asarray(fids, dtype=np.int64)[ok].tolist()
    b = box[ok]
    con.executemany('INSERT INTO "{r}" VALUES (?, ?, ?, ?, ?)'.format(**_names(table, geom)),
                    zip(ids, b[:, 0].tolist(), b[:, 2].tolist(), b[:, 1].tolist(), b[:, 3].tolist()))


def drop_triggers(con: sqlite3.Connection, table: str, geom: str) -> None:
    n = _names(table, geom)
    for suffix in _TRIGGERS:
        con.execute('DROP TRIGGER IF EXISTS "{r}_{s}"'.format(s=suffix, **n))


def triggers(con: sqlite3.Connection, table: str, geom: str) -> None:
    """The spec's triggers, so that edits made later in QGIS keep the index current."""
    n = _names(table, geom)
    for suffix, (event, when, body) in _TRIGGERS.items():
        con.execute(('CREATE TRIGGER "{r}_%s" %s WHEN (%s) BEGIN %s END' % (suffix, event, when, body)).format(**n))


def drop(con: sqlite3.Connection, table: str, geom: str) -> List[str]:
    n = _names(table, geom)
    drop_triggers(con, table, geom)
    con.execute('DROP TABLE IF EXISTS "{r}"'.format(**n))
    return [n["r"]]
