"""What PostgreSQL says about a workspace, said to the user: the workspace named (never a password), what is wrong
in plain words and the fix.  Every PostGIS store operation goes through :func:`guarded`, so a lost connection, a
refused login, a missing privilege or a row-level policy reaches the algorithm as an
:class:`~..errors.LptInputError` after the transaction it interrupted was rolled back by the server."""
from __future__ import annotations

import functools

from ..errors import LptInputError
from ..i18n import tr

UNCHANGED = "nothing was written to the workspace"


def lost(label: str) -> LptInputError:
    return LptInputError(tr("the connection to the workspace database was lost; the server rolled back what this "
                            "run was writing, so nothing was written to the workspace and no table is half written"),
                         label, tr("check the network and that the server is running, then run again."))


def locked(label: str, seconds: float) -> LptInputError:
    return LptInputError(tr("the workspace is busy with another run (waited {seconds:g} s for it to finish); "
                            "nothing was written to the workspace").format(seconds=seconds), label,
                         tr("run again when the other import or analysis on this workspace has finished."))


def store_error(exc: BaseException, label: str, busy_seconds: float = 60.0) -> LptInputError:
    """The user's error for an error psycopg raised on the workspace ``label``."""
    import psycopg
    from psycopg import errors as E
    if isinstance(exc, LptInputError):
        return exc
    state = getattr(getattr(exc, "diag", None), "sqlstate", None) or ""
    first = (str(exc).strip().splitlines() or [""])[0]
    if isinstance(exc, E.LockNotAvailable) or state == "55P03":
        return locked(label, busy_seconds)
    if isinstance(exc, (E.InsufficientPrivilege,)) or state == "42501":
        return LptInputError(tr("your database role may not do this in the workspace ({error}); nothing was written "
                                "to the workspace").format(error=first), label,
                             tr("ask the analyst who runs the workspace for the role or area assignment you need."))
    if isinstance(exc, E.InvalidPassword) or state in ("28P01", "28000"):
        return LptInputError(tr("the database refused the login"), label, tr("check the user and the saved credentials "
                             "(pg_service.conf / ~/.pgpass, or QGIS's authentication configuration)."))
    if isinstance(exc, E.RaiseException) and "append-only" in first:
        return LptInputError(tr("{error}; nothing was written to the workspace").format(error=first), label,
                             tr("rows of the audit and the message log are only ever added."))
    if isinstance(exc, (E.UndefinedTable, E.UndefinedColumn)):
        return LptInputError(tr("the workspace's structure was altered outside the plugin: {error}; nothing was "
                                "written to the workspace").format(error=first),
                             label, tr("restore the schema from a backup, or run lpt:setupdatabase."))
    if isinstance(exc, psycopg.OperationalError) or state.startswith("08") or state == "57P01":
        return lost(label)
    return LptInputError(tr("the workspace database refused the operation ({kind}: {error}); nothing was written to "
                            "the workspace").format(kind=type(exc).__name__, error=first), label,
                         tr("check the workspace with lpt:setupdatabase; if it keeps failing, ask the database "
                            "administrator."))


def guarded(method):
    """A store method whose psycopg errors become the user's error naming the workspace."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        import psycopg
        try:
            return method(self, *args, **kwargs)
        except psycopg.Error as exc:
            raise store_error(exc, self.path, getattr(self, "busy_seconds", 60.0)) from exc
    return wrapper
