"""What SQLite, the file system and GDAL say about a workspace, said to the user: the workspace named, what is
wrong in plain words and the fix; never "Unexpected error".  Every store operation goes through :func:`guarded`,
so an error of the file (locked, read-only, damaged, full disk, a name too long) reaches the algorithm as an
:class:`~..errors.LptInputError`, after the transaction it interrupted was rolled back.
"""
from __future__ import annotations

import errno
import functools
import sqlite3

from ..errors import LptInputError
from ..i18n import tr

UNCHANGED = "nothing was written to the workspace"
RECOVER = ("restore the workspace from a backup, or copy what can still be read into a new file with "
           "`sqlite3 damaged.gpkg .recover | sqlite3 recovered.gpkg` and check it before using it")
JOURNAL = len("-journal")          # SQLite puts <name>-journal next to the file while it writes


def damaged(path: str, detail: str) -> LptInputError:
    return LptInputError(tr("the workspace is damaged ({detail}); nothing was written to the workspace").format(
        detail=detail), path, tr("restore the workspace from a backup, or copy what can still be read into a new file "
                                 "with `sqlite3 damaged.gpkg .recover | sqlite3 recovered.gpkg` and check it before "
                                 "using it."))


def altered(path: str, detail: str) -> LptInputError:
    return LptInputError(tr("the workspace's structure was altered outside the plugin: {detail}; nothing was written "
                            "to the workspace").format(detail=detail), path,
                         tr("restore the workspace from a backup (or undo the change with the tool that made it); "
                            "a new workspace is made by importing into a new file name."))


def locked(path: str, seconds: float) -> LptInputError:
    return LptInputError(tr("the workspace is locked by another program (waited {seconds:g} s for it to be "
                            "released); nothing was written to the workspace").format(seconds=seconds), path,
                         tr("close the program that holds it (a QGIS layer of it being edited, a database browser, "
                            "another import or analysis on it) and run again."))


def read_only(path: str) -> LptInputError:
    return LptInputError(tr("the workspace cannot be written: the file, its folder or its disk is read-only; "
                            "nothing was written to the workspace"), path,
                         tr("make the file and its folder writable, or copy the workspace to a "
                            "writable folder and give the copy as WORKSPACE."))


def name_too_long(path: str, limit: int) -> LptInputError:
    return LptInputError(tr("the workspace's file name is too long to work with: SQLite writes a journal file "
                            "named after it with {journal} more characters, and this folder allows file names of at "
                            "most {limit} bytes; nothing was written to the workspace").format(
                                journal=JOURNAL, limit=limit), path,
                         tr("rename the workspace (or name a new one) with a file name of at most {most} "
                            "bytes.").format(most=limit - JOURNAL))


def disk_full(path: str) -> LptInputError:
    return LptInputError(tr("the disk holding the workspace is full; the write was rolled back and nothing was "
                            "written to the workspace"), path,
                         tr("free space on that disk (or copy the workspace to another disk) and run again."))


def disk_error(path: str, detail: str) -> LptInputError:
    return LptInputError(tr("the workspace's disk could not be written or read ({detail}: the disk may be full or "
                            "failing, removed, or a file size limit reached); the write was rolled back and nothing "
                            "was written to the workspace").format(detail=detail),
                         path, tr("free space on that disk or reconnect it (or copy the workspace to another disk) "
                                  "and run again."))


def store_error(exc: BaseException, path: str, busy_seconds: float = 0.0) -> LptInputError:
    """The user's error for an error SQLite, the OS or GDAL raised on the workspace ``path``."""
    if isinstance(exc, LptInputError):
        return exc
    text = str(exc)
    low = text.lower()
    code = getattr(exc, "errno", None)
    if "locked" in low or "busy" in low:
        return locked(path, busy_seconds)
    if "readonly" in low or "read-only" in low or code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return read_only(path)
    if "disk is full" in low or "disk full" in low or code == errno.ENOSPC:
        return disk_full(path)
    if code == errno.ENAMETOOLONG or "name too long" in low:
        return name_too_long(path, name_max(path))
    if "disk i/o" in low or code in (errno.EIO, errno.EFBIG):
        return disk_error(path, text)
    if "malformed" in low or "not a database" in low or "corrupt" in low:
        return damaged(path, tr("SQLite: {error}").format(error=text))
    if "no such table" in low or "no such column" in low or "has no column" in low:
        return altered(path, text)
    if "append-only" in low:
        return LptInputError(f"{text}; {UNCHANGED}", path, "rows of the audit and the message log are only ever added.")
    if "unable to open" in low:
        return LptInputError(tr("the workspace cannot be opened for writing (SQLite: {error}); nothing was written to "
                                "the workspace").format(error=text), path,
                             tr("check that the folder exists and is writable and that the file name is not too "
                                "long."))
    return LptInputError(tr("the workspace could not be read or written ({kind}: {error}); nothing was written to the "
                            "workspace").format(kind=type(exc).__name__, error=text), path,
                         tr("check the file (is it on a disk that is still connected?); if it keeps failing, restore "
                            "the workspace from a backup, or copy what can still be read into a new file with "
                            "`sqlite3 damaged.gpkg .recover | sqlite3 recovered.gpkg` and check it before using it."))


def name_max(path: str) -> int:
    """The longest file name (bytes) the folder of ``path`` allows."""
    import os
    try:
        return int(os.pathconf(os.path.dirname(os.path.abspath(path)) or ".", "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return 255


def guarded(method):
    """A store method whose SQLite, OS and GDAL errors become the user's error naming the workspace."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.Error, OSError, RuntimeError) as exc:
            raise store_error(exc, self.path, getattr(self, "busy_seconds", 0.0)) from exc
    return wrapper
