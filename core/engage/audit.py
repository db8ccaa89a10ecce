"""The workspace's audit of personal-data exports (table ``lpt_audit``), through the Store interface only.

Every export that writes personal data (key contacts today; visit lists and recipient lists may follow) adds one
row: when, who (as far as the machine knows), what, which areas, how many rows, and a JSON ``detail`` that says
what was asked and where it went.  The audit itself never holds personal data: :func:`record` refuses a detail
that carries member-level fields.  Rows are only ever appended (``lpt_audit`` is one of the kept tables).
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Dict, Optional, Sequence, Union

import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from ..store.base import Store

TABLE = "lpt_audit"
COLUMNS = ("audit_id", "at", "who", "action", "area", "n_rows", "detail")
# keys a detail may never carry: the audit says what was exported, never who is in it
PERSONAL_KEYS = frozenset({"member_id", "member_ids", "name", "names", "email", "emails", "phone", "phones",
                           "rows", "members"})


def next_id(store: Store) -> int:
    """The next audit id (1 for an empty audit); read inside the writing transaction so that two exports
    cannot take the same one."""
    have = store.read_table(TABLE, ["audit_id"])
    ids = pd.to_numeric(have.audit_id, errors="coerce").dropna()
    return int(ids.max()) + 1 if len(ids) else 1


def _area_text(area: Union[str, Sequence[str]]) -> str:
    return area if isinstance(area, str) else ",".join(str(a) for a in area)


def record(store: Store, who: str, action: str, area: Union[str, Sequence[str]], n_rows: int,
           detail: Optional[Dict] = None) -> int:
    """Append one audit row (its own transaction, or part of the caller's) and return its audit_id.

    A failure raises (the store rolls the transaction back): the caller must not release the export then.
    """
    detail = dict(detail or {})
    bad = sorted(PERSONAL_KEYS.intersection(detail))
    if bad:
        raise LptInputError(tr("an audit detail may not hold personal data ({keys})").format(keys=", ".join(bad)),
                            TABLE, tr("record what was asked and where it went, never who is in the export."))
    if not store.has_table(TABLE):
        raise LptInputError(tr("the workspace has no audit table (lpt_audit)"), store.path,
                            tr("open the workspace with this version of the plugin (it is migrated on opening)."))
    with store.transaction():
        audit_id = next_id(store)
        row = {"audit_id": audit_id, "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
               "who": who or "unknown", "action": action, "area": _area_text(area), "n_rows": int(n_rows),
               "detail": json.dumps(detail, sort_keys=True, ensure_ascii=False)}
        store.append_rows(TABLE, pd.DataFrame([row], columns=list(COLUMNS)))
    return audit_id


def read(store: Store, action: Optional[str] = None) -> pd.DataFrame:
    """The audit rows (oldest first), optionally of one action; ``detail`` stays JSON text."""
    if not store.has_table(TABLE):
        return pd.DataFrame(columns=list(COLUMNS))
    rows = store.read_table(TABLE, list(COLUMNS))
    if action is not None:
        rows = rows[rows.action.astype(str) == action]
    rows = rows.assign(audit_id=pd.to_numeric(rows.audit_id, errors="coerce"))
    return rows.sort_values("audit_id", kind="stable").reset_index(drop=True)
