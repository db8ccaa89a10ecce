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

from .gpkg import quoted as _q

EXTENSION = ("gpkg_rtree_index", "http://www.geopackage.org/spec120/#extension_rtree", "write-only")
_NEW_BOX = 'NEW."fid", ST_MinX(NEW.{g}), ST_MaxX(NEW.{g}), ST_MinY(NEW.{g}), ST_MaxY(NEW.{g})'
_TRIGGERS = {   # suffix -> (event, condition, body); {t} table, {g} geometry column, {r} the index (quoted)
    "insert": ('AFTER INSERT ON {t}', 'NEW.{g} NOT NULL AND NOT ST_IsEmpty(NEW.{g})',
               'INSERT OR REPLACE INTO {r} VALUES (' + _NEW_BOX + ');'),
    "update1": ('AFTER UPDATE OF {g} ON {t}',
                'OLD."fid" = NEW."fid" AND (NEW.{g} NOTNULL AND NOT ST_IsEmpty(NEW.{g}))',
                'INSERT OR REPLACE INTO {r} VALUES (' + _NEW_BOX + ');'),
    "update2": ('AFTER UPDATE OF {g} ON {t}', 'OLD."fid" = NEW."fid" AND (NEW.{g} ISNULL OR ST_IsEmpty(NEW.{g}))',
                'DELETE FROM {r} WHERE id = OLD."fid";'),
    "update3": ('AFTER UPDATE ON {t}', 'OLD."fid" != NEW."fid" AND (NEW.{g} NOTNULL AND NOT ST_IsEmpty(NEW.{g}))',
                'DELETE FROM {r} WHERE id = OLD."fid"; INSERT OR REPLACE INTO {r} VALUES (' + _NEW_BOX + ');'),
    "update4": ('AFTER UPDATE ON {t}', 'OLD."fid" != NEW."fid" AND (NEW.{g} ISNULL OR ST_IsEmpty(NEW.{g}))',
                'DELETE FROM {r} WHERE id IN (OLD."fid", NEW."fid");'),
    "delete": ('AFTER DELETE ON {t}', 'OLD.{g} NOT NULL', 'DELETE FROM {r} WHERE id = OLD."fid";'),
}


def index_name(table: str, geom: str) -> str:
    return f"rtree_{table}_{geom}"


def _names(table: str, geom: str) -> dict:
    """Quoted identifiers (a table is named after its output file: any text but NUL)."""
    for n in (table, geom):
        if "\x00" in n:
            raise ValueError(f"not a usable table or column name: {n!r}")
    r = index_name(table, geom)
    return {"t": _q(table), "g": _q(geom), "r": _q(r), "raw": r}


def exists(con: sqlite3.Connection, table: str, geom: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (index_name(table, geom),)).fetchone() is not None


def create(con: sqlite3.Connection, table: str, geom: str) -> None:
    """The (empty) index table and its extension row; :func:`add` fills it, :func:`triggers` ends."""
    n = _names(table, geom)
    con.execute("CREATE VIRTUAL TABLE {r} USING rtree(id, minx, maxx, miny, maxy)".format(**n))
    con.execute("CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT "
                "NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, "
                "column_name, extension_name))")
    con.execute("INSERT OR REPLACE INTO gpkg_extensions VALUES (?, ?, ?, ?, ?)", (table, geom, *EXTENSION))


def add(con: sqlite3.Connection, table: str, geom: str, fids: Sequence[int], box: np.ndarray) -> None:
    """Index the rows ``fids`` one by one, from their :func:`bounds` (NULL and empty geometries are not indexed,
    as the spec's triggers do)."""
    ok = np.isfinite(box).all(axis=1)
    ids = np.asarray(fids, dtype=np.int64)[ok].tolist()
    b = box[ok]
    con.executemany("INSERT INTO {r} VALUES (?, ?, ?, ?, ?)".format(**_names(table, geom)),
                    zip(ids, b[:, 0].tolist(), b[:, 2].tolist(), b[:, 1].tolist(), b[:, 3].tolist()))


RND_TOWARDS, RND_AWAY = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0


def _float32(d: np.ndarray, up: bool) -> np.ndarray:
    """Coordinates as the R-tree stores them, in 32 bits rounded outward (as SQLite's rtreeValueDown/Up), so
    that a stored box always contains the geometry."""
    f = d.astype(np.float32)
    wrong = (f < d) if up else (f > d)
    if wrong.any():
        dd = d[wrong]
        away = (dd >= 0) if up else (dd < 0)
        f[wrong] = (dd * np.where(away, RND_AWAY, RND_TOWARDS)).astype(np.float32)
    return f


def _pack(box: np.ndarray, fanout: int):
    """Sort-Tile-Recursive packing of one level: the entries in node order and where each node starts."""
    n = len(box)
    per_slice = fanout * int(np.ceil(np.sqrt(np.ceil(n / fanout))))
    cx, cy = box[:, 0] + box[:, 1], box[:, 2] + box[:, 3]
    order = np.argsort(cx, kind="stable")
    slices = [order[lo:lo + per_slice] for lo in range(0, n, per_slice)]
    perm = np.concatenate([sl[np.argsort(cy[sl], kind="stable")] for sl in slices])
    starts = np.concatenate([np.arange(lo, min(lo + per_slice, n), fanout) for lo in range(0, n, per_slice)])
    return perm, starts


def _node(entries: np.ndarray, box: np.ndarray, size: int, depth: int = 0) -> bytes:
    cells = np.zeros(len(entries), dtype=[("id", ">i8"), ("c", ">f4", (4,))])
    cells["id"], cells["c"] = entries, box
    head = np.array([depth, len(entries)], dtype=">u2").tobytes()
    return (head + cells.tobytes()).ljust(size, b"\x00")


def bounds(geometries: Sequence) -> np.ndarray:
    """(minx, miny, maxx, maxy) per geometry; NaN for NULL and empty ones."""
    import shapely
    return shapely.bounds(np.asarray(geometries, dtype=object))


def load(con: sqlite3.Connection, table: str, geom: str, fids: Sequence[int], b: np.ndarray) -> None:
    """Fill an empty index in one pass (bulk loading, as GDAL does) from :func:`bounds` ``b`` of the rows
    ``fids``: the nodes are packed (STR) and written to the R-tree's own tables, instead of one insert per row.
    NULL and empty geometries are not indexed."""
    r = _names(table, geom)["raw"]
    size = con.execute(f"SELECT length(data) FROM {_q(r + '_node')} WHERE nodeno = 1").fetchone()[0]
    fanout = (size - 4) // 24
    ok = np.isfinite(b).all(axis=1)
    ids = np.asarray(fids, dtype=np.int64)[ok]
    box = np.column_stack([_float32(b[ok, 0], False), _float32(b[ok, 2], True), _float32(b[ok, 1], False),
                           _float32(b[ok, 3], True)])
    nodes, rowid, parent, depth, next_no = [], None, [], 0, 2
    while True:
        root = len(ids) <= fanout
        perm, starts = (np.arange(len(ids)), np.array([0])) if root else _pack(box, fanout)
        ids, box = ids[perm], box[perm]
        numbers = np.array([1]) if root else np.arange(next_no, next_no + len(starts))
        next_no += 0 if root else len(starts)
        ends = np.r_[starts[1:], len(ids)]
        nodes += [(int(no), _node(ids[lo:hi], box[lo:hi], size, depth if root else 0))
                  for no, lo, hi in zip(numbers, starts, ends)]
        owner = np.repeat(numbers, ends - starts)           # the node each entry went into
        if depth == 0:
            rowid = (ids, owner)
        else:
            parent.append((ids, owner))
        if root:
            break
        box = np.column_stack([np.minimum.reduceat(box[:, 0], starts), np.maximum.reduceat(box[:, 1], starts),
                               np.minimum.reduceat(box[:, 2], starts), np.maximum.reduceat(box[:, 3], starts)])
        ids, depth = numbers, depth + 1
    con.execute(f"DELETE FROM {_q(r + '_node')}")
    con.executemany(f"INSERT INTO {_q(r + '_node')} (nodeno, data) VALUES (?, ?)", nodes)
    con.executemany(f"INSERT INTO {_q(r + '_rowid')} (rowid, nodeno) VALUES (?, ?)",
                    zip(rowid[0].tolist(), rowid[1].tolist()))
    for child, node in parent:
        con.executemany(f"INSERT INTO {_q(r + '_parent')} (nodeno, parentnode) VALUES (?, ?)",
                        zip(child.tolist(), node.tolist()))


def is_empty(con: sqlite3.Connection, table: str, geom: str) -> bool:
    r = _names(table, geom)["raw"]
    return con.execute(f"SELECT count(*) FROM {_q(r + '_rowid')}").fetchone()[0] == 0


def drop_triggers(con: sqlite3.Connection, table: str, geom: str) -> None:
    n = _names(table, geom)
    for suffix in _TRIGGERS:
        con.execute(f"DROP TRIGGER IF EXISTS {_q(n['raw'] + '_' + suffix)}")


def triggers(con: sqlite3.Connection, table: str, geom: str) -> None:
    """The spec's triggers, so that edits made later in QGIS keep the index current."""
    n = _names(table, geom)
    for suffix, (event, when, body) in _TRIGGERS.items():
        rest = f"{event} WHEN ({when}) BEGIN {body} END".format(**n)      # names filled in once, quoted
        con.execute(f"CREATE TRIGGER {_q(n['raw'] + '_' + suffix)} {rest}")


def drop(con: sqlite3.Connection, table: str, geom: str) -> List[str]:
    n = _names(table, geom)
    drop_triggers(con, table, geom)
    con.execute("DROP TABLE IF EXISTS {r}".format(**n))
    return [n["raw"]]
