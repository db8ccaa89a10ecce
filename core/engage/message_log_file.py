"""A message log of an earlier release: a separate GeoPackage (``messages`` with the area polygons,
``message_recipients``), read read-only so that it can be imported into the workspace once
(:func:`core.engage.message_log.import_log_file`). The file is never changed.

Version 1 logs have no ``lpt_log_meta`` table and no file state (their messages count as published); version 2
logs record ``files_state`` ('committing' for an export interrupted before its files were renamed).
"""
from __future__ import annotations

import os
import re
import sqlite3
from typing import Dict, Tuple

import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from ..store.gpkg import to_wkb

LOG_KIND = "lpt-message-log"
BUSY_SECONDS = 60.0
MESSAGE_FIELDS = ("message_id", "created", "author", "channel", "template", "area_label", "subject", "body",
                  "audience_size", "opted_out_excluded", "unknown_excluded", "folder", "recipients_file",
                  "message_file", "files_state")


def _tables(con) -> Dict[str, set]:
    out = {}
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        out[name] = {r[0] for r in con.execute("SELECT name FROM pragma_table_info(?)", (name,))}
    return out


def is_log_file(path: str) -> bool:
    """Whether ``path`` is an existing message log of an earlier release (not a workspace, not another file)."""
    if not path or not os.path.isfile(path):
        return False
    try:
        read_log_file(path)
    except LptInputError:
        return False
    return True


def _check_is_log(con, path: str) -> Dict[str, set]:
    """The tables of a message log; a clear error for any other file."""
    try:
        tables = _tables(con)
    except sqlite3.DatabaseError:
        raise LptInputError(tr("is not a message log (not a GeoPackage / SQLite file)"), path,
                            tr("choose the .gpkg file that exports were logged to."))
    if "lpt_log_meta" in tables:
        meta = dict(con.execute("SELECT key, value FROM lpt_log_meta"))
        if meta.get("kind") != LOG_KIND:
            raise LptInputError(tr("is not a message log (other kind of workspace)"), path,
                                tr("choose the message log."))
    if {"message_id", "body"} <= tables.get("messages", set()) and \
            {"message_id", "member_id", "sent_at"} <= tables.get("message_recipients", set()):
        return tables
    raise LptInputError(tr("is not a message log (no messages and message_recipients tables)"), path,
                        tr("choose the .gpkg file that exports were logged to, or a new file name."))


def _geometry_column(con, have: set) -> str:
    row = con.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = 'messages'").fetchone() \
        if "gpkg_geometry_columns" in {r[0] for r in con.execute("SELECT name FROM sqlite_master")} else None
    # the name comes from the file: used in SQL only if it is a plain identifier and a real column
    if row is None or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", str(row[0])) or row[0] not in have:
        return ""
    return row[0]


def read_log_file(path: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """(messages, recipients) of an earlier release's log, read read-only; messages carry ``area_wkt``
    (EPSG:27700) and ``files_state`` ('published' for a version 1 log)."""
    import shapely
    if not path or not os.path.isfile(path):
        raise LptInputError(tr("message log not found"), path or "LOG", tr("choose the GeoPackage the exports went to."))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_SECONDS)
    except sqlite3.Error as exc:
        raise LptInputError(tr("cannot read the message log ({why})").format(why=exc), path, "")
    try:
        have = _check_is_log(con, path)["messages"]
        geom = _geometry_column(con, have)
        cols = [f'"{c}"' if c in have else f'NULL AS "{c}"' for c in MESSAGE_FIELDS]   # names are constants
        cols.append(f'"{geom}" AS area_blob' if geom else "NULL AS area_blob")
        msgs = pd.read_sql_query(f"SELECT {', '.join(cols)} FROM messages ORDER BY created", con)
        rec = pd.read_sql_query("SELECT message_id, member_id, sent_at FROM message_recipients", con)
    except (sqlite3.Error, pd.errors.DatabaseError) as exc:
        raise LptInputError(tr("cannot read the message log ({why})").format(why=exc), path,
                            tr("if an export was interrupted, run one export into the log to recover it."))
    finally:
        con.close()
    wkb = [to_wkb(b) if b is not None else None for b in msgs.pop("area_blob")]
    msgs["area_wkt"] = [shapely.from_wkb(w).wkt if w else "" for w in wkb]
    msgs["files_state"] = msgs.files_state.fillna("published")
    return msgs, rec
