"""The message log: the source of truth of what was exported to the alert platform.

A GeoPackage (QGIS opens it; the ``messages`` table has the area polygons) written only through
SQLite transactions, so that **a message is in the log if and only if its files exist**:

1. ``BEGIN IMMEDIATE`` takes the log's write lock (a second export waits up to ``BUSY_SECONDS``,
   then fails before writing anything); the guards are checked against the history inside the lock;
2. the recipients CSV and message JSON are written under temporary names (``.MSG-….part``) and synced;
3. the message and its recipients are inserted with ``files_state = 'committing'`` and committed;
4. the temporary files are renamed to their final names, then ``files_state = 'published'``.

Killed before 3: no record, only temporary files, which are removed by the next export into that folder.
Killed after 3: the record stands and the next writer that opens the log finishes step 4 (roll forward).
A new log is built under a temporary name and linked into place, so it appears whole or not at all.
Readers (:meth:`MessageLog.open_read`) open the file read-only and refuse a file that is not a message log.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import uuid
from dataclasses import asdict
from typing import Callable, Dict, Optional, Sequence

import pandas as pd

from ..errors import LptInputError
from ..io.safe_csv import write_csv
from ..store.gpkg import blob, link_into_place, to_wkb

LOG_KIND = "lpt-message-log"
SCHEMA_VERSION = 2
BUSY_SECONDS = 60.0
MESSAGE_FIELDS = ("message_id", "created", "author", "channel", "template", "area_label", "subject", "body")
NEW_FIELDS = {"audience_size": "INTEGER", "opted_out_excluded": "INTEGER", "unknown_excluded": "INTEGER",
              "folder": "TEXT", "recipients_file": "TEXT", "message_file": "TEXT", "files_state": "TEXT"}


def _fsync_write(path: str, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return                        # not possible on every platform; the rename itself is atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def gpkg_blob(wkb: Optional[bytes], srs_id: int = 27700) -> Optional[bytes]:
    """GeoPackage geometry blob (no envelope, little endian) around the area as a MultiPolygon."""
    import shapely
    if not wkb:
        return None
    g = shapely.from_wkb(wkb)
    polys = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    if not polys:
        return None
    multi = shapely.MultiPolygon([q for p in polys for q in shapely.get_parts(p)])
    return blob(shapely.to_wkb(multi, byte_order=1), srs_id)


def _blob_geom(blob):
    import shapely
    wkb = to_wkb(blob)
    return shapely.from_wkb(wkb) if wkb else None


def _register_gpkg_functions(con: sqlite3.Connection) -> None:
    """The ST_ functions GDAL's R-tree triggers call (logs made by version 1 have them)."""
    import shapely

    def geometry(b):
        g = _blob_geom(b) if b is not None else None
        return None if g is None or g.is_empty else g

    def bounds(i):
        return lambda b: None if geometry(b) is None else float(shapely.bounds(geometry(b))[i])
    con.create_function("ST_IsEmpty", 1, lambda b: 1 if geometry(b) is None else 0, deterministic=True)
    for i, name in enumerate(("ST_MinX", "ST_MinY", "ST_MaxX", "ST_MaxY")):
        con.create_function(name, 1, bounds(i), deterministic=True)
    con.create_function("GPKG_IsAssignable", 2, lambda a, b: 1, deterministic=True)


def _create_file(path: str) -> None:
    """Build a new empty log under a temporary name, then link it into place (never half a log)."""
    from osgeo import gdal, ogr, osr
    folder = os.path.dirname(os.path.abspath(path))
    tmp = os.path.join(folder, f".{os.path.basename(path)}.{uuid.uuid4().hex}.part.gpkg")
    gdal.UseExceptions()
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(27700)
        lyr = ds.CreateLayer("messages", srs, ogr.wkbMultiPolygon, ["SPATIAL_INDEX=NO", "FID=fid"])
        for name in MESSAGE_FIELDS:
            lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        for name, typ in NEW_FIELDS.items():
            lyr.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if typ == "INTEGER" else ogr.OFTString))
        rec = ds.CreateLayer("message_recipients", None, ogr.wkbNone, ["FID=fid"])
        for name in ("message_id", "member_id", "sent_at"):
            rec.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        ds = None
        con = sqlite3.connect(tmp)
        with con:
            con.execute("CREATE TABLE lpt_log_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            con.executemany("INSERT INTO lpt_log_meta VALUES (?, ?)", [("kind", LOG_KIND),
                                                                      ("schema_version", str(SCHEMA_VERSION))])
            con.execute("CREATE INDEX message_recipients_member ON message_recipients (member_id)")
        con.close()
        link_into_place(tmp, path)                   # another process's new log wins
    except (RuntimeError, sqlite3.Error, OSError) as exc:
        raise LptInputError(f"cannot create the message log ({exc})", path, "choose a writable .gpkg file.")
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def _tables(con) -> Dict[str, set]:
    out = {}
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        out[name] = {r[0] for r in con.execute("SELECT name FROM pragma_table_info(?)", (name,))}
    return out


def _check_is_log(con, path: str) -> int:
    """Schema version of a message log; a clear error for any other file."""
    try:
        tables = _tables(con)
    except sqlite3.DatabaseError:
        raise LptInputError("is not a message log (not a GeoPackage / SQLite file)", path,
                            "choose the .gpkg file that exports were logged to.")
    if "lpt_log_meta" in tables:
        meta = dict(con.execute("SELECT key, value FROM lpt_log_meta"))
        if meta.get("kind") != LOG_KIND:
            raise LptInputError("is not a message log (other kind of workspace)", path, "choose the message log.")
        return int(meta.get("schema_version", "0"))
    if {"message_id", "body"} <= tables.get("messages", set()) and \
            {"message_id", "member_id", "sent_at"} <= tables.get("message_recipients", set()):
        return 1
    raise LptInputError("is not a message log (no messages and message_recipients tables)", path,
                        "choose the .gpkg file that exports were logged to, or a new file name.")


class MessageLog:
    """Open with :meth:`open_write` (exports) or :meth:`open_read` (reports, the dock's guard preview)."""

    def __init__(self, con: sqlite3.Connection, path: str, writable: bool):
        self.con, self.path, self.writable = con, path, writable

    # ------------------------------------------------------------------ opening
    @classmethod
    def open_write(cls, path: str) -> "MessageLog":
        _check_log_path(path)
        if not os.path.exists(path):
            _create_file(path)
        try:
            con = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
            version = _check_is_log(con, path)
        except sqlite3.Error as exc:
            raise LptInputError(f"cannot open the message log ({exc})", path, "choose a writable .gpkg file.")
        _register_gpkg_functions(con)
        log = cls(con, path, True)
        if version < SCHEMA_VERSION:
            log._migrate()
        log._roll_forward()
        return log

    @classmethod
    def open_read(cls, path: str) -> "MessageLog":
        if not path or not os.path.isfile(path):
            raise LptInputError("message log not found", path or "LOG", "choose the GeoPackage the exports went to.")
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_SECONDS)
            _check_is_log(con, path)
        except sqlite3.OperationalError as exc:
            raise LptInputError(f"cannot read the message log ({exc})", path,
                                "if an export was interrupted, run one export into the log to recover it.")
        return cls(con, path, False)

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @staticmethod
    def check_target(path: str, folder: str) -> None:
        """At the door, before any work: the log can be created or is a message log; the export folder can be."""
        _check_log_path(path)
        if os.path.exists(path):
            MessageLog.open_read(path).close()
        _check_folder(folder, create=False)

    # ------------------------------------------------------------------ upkeep
    def _migrate(self) -> None:
        """Version 1 (no meta table, no file state) -> 2. One transaction: all of it or none."""
        self.con.execute("BEGIN IMMEDIATE")
        try:
            have = _tables(self.con)["messages"]
            for name, typ in NEW_FIELDS.items():
                if name not in have:
                    self.con.execute(f'ALTER TABLE messages ADD COLUMN "{name}" {typ}')   # names are constants
            self.con.execute("UPDATE messages SET files_state = 'published' WHERE files_state IS NULL")
            self.con.execute("CREATE TABLE IF NOT EXISTS lpt_log_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            self.con.execute("INSERT OR REPLACE INTO lpt_log_meta VALUES ('kind', ?), ('schema_version', ?)",
                             (LOG_KIND, str(SCHEMA_VERSION)))
            self.con.execute("CREATE INDEX IF NOT EXISTS message_recipients_member ON message_recipients (member_id)")
            self.con.execute("COMMIT")
        except sqlite3.Error:
            self.con.execute("ROLLBACK")
            raise

    def _roll_forward(self) -> None:
        """Finish the renames of exports that were committed but interrupted before their files were renamed."""
        rows = self.con.execute("SELECT message_id, folder, recipients_file, message_file FROM messages "
                                "WHERE files_state = 'committing'").fetchall()
        for mid, folder, rec_name, msg_name in rows:
            state = "published"
            for name in (rec_name, msg_name):
                final = os.path.join(folder or "", name or "")
                part = os.path.join(folder or "", f".{name}.part")
                if not os.path.exists(final) and os.path.exists(part):
                    os.replace(part, final)
                if not os.path.exists(final):
                    state = "files_missing"
            self.con.execute("UPDATE messages SET files_state = ? WHERE message_id = ?", (state, mid))

    def _clean_orphans(self, folder: str) -> None:
        """Temporary files of exports that never committed (killed before step 3)."""
        for name in os.listdir(folder):
            if name.startswith(".MSG-") and name.endswith(".part"):
                mid = name[1:].split("_", 1)[0].split(".", 1)[0]
                if not self.con.execute("SELECT 1 FROM messages WHERE message_id = ?", (mid,)).fetchone():
                    os.remove(os.path.join(folder, name))

    # ------------------------------------------------------------------ export
    def export(self, msg, recipient_ids: Sequence[str], folder: str, area_wkb: Optional[bytes] = None,
               area_wkt: str = "", guard: Optional[Callable[[pd.DataFrame], object]] = None,
               excluded: Optional[Dict[str, int]] = None) -> Dict[str, str]:
        """Export ``msg`` to ``folder`` and log it, atomically (see the module docstring); return the file paths.

        ``guard(history) -> GuardResult`` is evaluated inside the write lock; a blocked result exports nothing.
        """
        if not self.writable:
            raise LptInputError("the message log was opened read-only", self.path, "")
        folder = _check_folder(folder)
        ids = [str(i) for i in recipient_ids]
        rec_name, msg_name = f"{msg.message_id}_recipients.csv", f"{msg.message_id}.json"
        parts = {n: os.path.join(folder, f".{n}.part") for n in (rec_name, msg_name)}
        try:
            self.con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise LptInputError(f"the message log is busy ({exc}); nothing was exported", self.path,
                                "another export is writing to it: try again in a minute.")
        try:
            guards = guard(self.recipients()) if guard is not None else None
            if guards is not None and guards.blocked:
                raise LptInputError("the message is blocked by its guards: " + " ".join(guards.messages), "GUARDS",
                                    "change the audience, or the guard settings if that is right.")
            self._clean_orphans(folder)
            write_csv(pd.DataFrame({"member_id": ids}), parts[rec_name], sync=True)
            payload = {**asdict(msg), "audience_size": len(ids), "recipients_file": rec_name,
                       "area_wkt_epsg27700": area_wkt, "format": "lpt-message/2"}
            if msg.channel == "email":
                from .messages import text_to_html
                payload["body_html"] = text_to_html(msg.body)
            _fsync_write(parts[msg_name], json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8"))
            self._insert(msg, ids, folder, rec_name, msg_name, area_wkb, excluded or {})
            self.con.execute("COMMIT")
        except BaseException:
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")
            for p in parts.values():
                if os.path.exists(p):
                    os.remove(p)
            raise
        for name, part in parts.items():
            os.replace(part, os.path.join(folder, name))
        _fsync_dir(folder)
        self.con.execute("UPDATE messages SET files_state = 'published' WHERE message_id = ?", (msg.message_id,))
        return {"recipients": os.path.join(folder, rec_name), "message": os.path.join(folder, msg_name)}

    def _insert(self, msg, ids, folder, rec_name, msg_name, area_wkb, excluded) -> None:
        cols = [*MESSAGE_FIELDS, *NEW_FIELDS, "geom"]
        vals = [getattr(msg, k) for k in MESSAGE_FIELDS] + [
            len(ids), int(excluded.get("opted_out", 0)), int(excluded.get("unknown", 0)), folder, rec_name, msg_name,
            "committing", gpkg_blob(area_wkb)]
        geom_col = self._geometry_column()
        cols[-1] = geom_col
        sql = 'INSERT INTO messages ({}) VALUES ({})'.format(", ".join(f'"{c}"' for c in cols),   # constant names
                                                             ", ".join("?" * len(cols)))
        self.con.execute(sql, vals)
        self.con.executemany("INSERT INTO message_recipients (message_id, member_id, sent_at) VALUES (?, ?, ?)",
                             [(msg.message_id, i, msg.created) for i in ids])

    def _geometry_column(self) -> str:
        row = self.con.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = 'messages'").fetchone()
        # the name comes from the file: it is used in SQL only if it is a plain identifier and a real column
        if row is None or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", str(row[0])) or \
                row[0] not in _tables(self.con)["messages"]:
            raise LptInputError("the message log has no usable geometry column", self.path,
                                "choose a log written by Local Priority Targeting.")
        return row[0]

    # ------------------------------------------------------------------ reading
    def messages(self) -> pd.DataFrame:
        geom = self._geometry_column()
        df = pd.read_sql_query(f'SELECT message_id, created, author, channel, template, area_label, subject, '
                               f'audience_size, "{geom}" AS area_blob FROM messages ORDER BY created', self.con)
        import shapely
        df["area_wkb"] = [shapely.to_wkb(g) if g is not None else None for g in map(_blob_geom, df.pop("area_blob"))]
        return df

    def recipients(self) -> pd.DataFrame:
        return pd.read_sql_query("SELECT message_id, member_id, sent_at FROM message_recipients", self.con)


def _check_log_path(path: str) -> None:
    if not path:
        raise LptInputError("no message log given", "LOG", "choose a .gpkg file.")
    if os.path.isdir(path):
        raise LptInputError("is a folder, not a message log file", path, "choose a .gpkg file name.")
    if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
        raise LptInputError("the folder of the message log does not exist", path, "choose an existing folder.")


def _check_folder(folder: str, create: bool = True) -> str:
    """The export folder: not a file, in an existing location; made when ``create``."""
    if not folder:
        raise LptInputError("no export folder given", "OUTPUT_FOLDER", "choose a folder.")
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise LptInputError("the export folder is a file", folder, "choose a folder, or a new folder name.")
    parent = os.path.dirname(os.path.abspath(folder))
    if not os.path.isdir(parent):
        raise LptInputError("the folder that should hold the export folder does not exist", folder,
                            "choose an existing location.")
    if create:
        os.makedirs(folder, exist_ok=True)
    return os.path.abspath(folder)
