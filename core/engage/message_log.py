"""The message log: the source of truth of what was exported to the alert platform, kept in the workspace.

Three append-only tables of the store (schema version 4, :data:`core.store.schema.MESSAGE_TABLES`): one row per
message (``lpt_messages``: its text, the area codes it reaches as a JSON list, who and when), one per recipient
(``lpt_message_recipients``: member id and time, for the frequency guard and reply rates) and one per status
change (``lpt_message_status``). Nothing is ever updated or deleted: a status change is a new row. On PostGIS,
row-level security shows a supervisor or officer the messages that reach their areas and refuses a message that
reaches any area not theirs (``sql/security_v3.sql``). Only the :class:`~core.store.base.Store` interface is used.

An export is atomic - **a message is in the log if and only if its files exist**:

1. the store's write transaction is taken (another export waits); the guards are checked on the history inside it;
2. the recipients CSV and message JSON are written under temporary names (``.MSG-….part``) and synced;
3. the message, its recipients and the status ``committing`` are appended and committed;
4. the temporary files are renamed to their final names, then the status ``published`` is appended.

Killed before 3: no record, only temporary files, removed by the next export into that folder. Killed after 3:
the record stands and the next export finishes step 4 (roll forward; ``files_missing`` if the files are gone).
A message log of an earlier release (a separate GeoPackage) is imported into the workspace once
(:meth:`MessageLog.import_file`) and left in place.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import datetime, timezone
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from ..io.safe_csv import write_csv
from ..store.base import Store
from ..store.schema import MESSAGE_TABLES
from .message_log_file import is_log_file, read_log_file

MESSAGES, RECIPIENTS, STATUS = "lpt_messages", "lpt_message_recipients", "lpt_message_status"
DONE = ("published", "files_missing")
NO_AREA = ("", "nan", "none", "<na>")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _fsync_write(path: str, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _put_in_place(part: str, final: str) -> None:
    """Rename a committed export's temporary file to its final name. Another export's roll-forward may have done
    it between our commit and this rename (it sees the message 'committing'): the file being there is success."""
    try:
        os.replace(part, final)
    except FileNotFoundError:
        if not os.path.exists(final):
            raise


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


def message_area_codes(audience: pd.DataFrame, codes: Sequence[str] = ()) -> List[str]:
    """The areas a message reaches: those asked for and those of every recipient ('' for a recipient in no area,
    which no officer or supervisor owns - such a message is the analysts' alone)."""
    have = audience.area_code.astype(str) if "area_code" in audience else pd.Series([""] * len(audience), dtype=str)
    out = {"" if c.strip().lower() in NO_AREA else c.strip() for c in [*map(str, codes), *have]}
    return sorted(out)


class MessageLog:
    """The message log of one workspace. :meth:`open` resolves where it is; ``MessageLog(store)`` wraps a store."""

    def __init__(self, store: Store, owns: bool = False):
        self.store, self.owns = store, owns
        self.path = store.path

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, workspace: str = "", log_path: str = "", create: bool = True) -> "MessageLog":
        """The log of ``workspace``; an earlier release's log at ``log_path`` is imported into it (once). Without a
        workspace, ``log_path`` is a workspace GeoPackage that holds the log (made when new and ``create``)."""
        from ..store.workspace import open_store
        if workspace:
            log = cls(open_store(workspace, create=False), owns=True)
            try:
                if log_path and os.path.isfile(log_path) and os.path.abspath(log_path) != os.path.abspath(workspace):
                    log.import_from(log_path)
            except BaseException:
                log.close()
                raise
            return log
        _check_log_path(log_path)
        if is_log_file(log_path):
            raise LptInputError(tr("is a message log of an earlier release (a separate file)"), log_path,
                                tr("give the WORKSPACE the messages are kept in: this log is imported into it once "
                                   "and left in place."))
        return cls(_open_store(log_path, create), owns=True)

    def close(self) -> None:
        if self.owns and self.store is not None:
            self.store.close()
        self.store = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @staticmethod
    def check_target(workspace: str, log_path: str, folder: str) -> None:
        """At the door, before any work: the log can be opened or created; the export folder can be made."""
        if workspace:
            if log_path and os.path.exists(log_path) and not is_log_file(log_path):
                _open_store(log_path, False).close()
        else:
            _check_log_path(log_path)
            if os.path.exists(log_path):
                MessageLog.open(log_path=log_path, create=False).close()
        _check_folder(folder, create=False)

    # ------------------------------------------------------------------ reading
    def messages(self) -> pd.DataFrame:
        """One row per message: message_id, created, author, channel, template, area_label, subject, body,
        audience_size, area_codes (list), status (the newest), area_wkb (EPSG:27700), oldest first."""
        import shapely
        m = self.store.read_table(MESSAGES).rename(columns={"created_at": "created", "created_by": "author"})
        m["area_codes"] = [_codes(t) for t in m.area_codes]
        m["status"] = m.message_id.map(self.status()).fillna("")
        m["area_wkb"] = [shapely.to_wkb(shapely.from_wkt(w)) if isinstance(w, str) and w else None
                         for w in m.area_wkt]
        return m.sort_values("created", kind="stable").reset_index(drop=True)

    def recipients(self) -> pd.DataFrame:
        return self.store.read_table(RECIPIENTS, ["message_id", "member_id", "sent_at"])

    def status(self) -> pd.Series:
        """The newest status of each message (message_id -> status)."""
        s = self.store.read_table(STATUS, ["message_id", "status", "at"])
        order = s.status.map({"imported": 0, "committing": 1}).fillna(2)
        s = s.assign(order=order).sort_values(["at", "order"], kind="stable")
        return s.drop_duplicates("message_id", keep="last").set_index("message_id").status

    # ------------------------------------------------------------------ upkeep
    def roll_forward(self) -> int:
        """Finish the renames of exports that were committed but interrupted before their files were renamed."""
        st = self.status()
        todo = st[st == "committing"].index
        if not len(todo):
            return 0
        m = self.store.read_table(MESSAGES, ["message_id", "folder", "recipients_file", "message_file"],
                                  where={"message_id": list(todo)})
        rows = []
        for r in m.itertuples():
            state = "published"
            for name in (r.recipients_file, r.message_file):
                final = os.path.join(r.folder or "", name or "")
                part = os.path.join(r.folder or "", f".{name}.part")
                if not os.path.exists(final) and os.path.exists(part):
                    _put_in_place(part, final)
                if not os.path.exists(final):
                    state = "files_missing"
            rows.append({"message_id": r.message_id, "status": state, "at": _now(), "detail": "roll forward"})
        self._add_status(rows)
        return len(rows)

    def _add_status(self, rows: List[Dict]) -> None:
        """Append status rows not already there, checked inside the write lock: another export's roll-forward may
        have marked the same message meanwhile (a status is recorded once per message)."""
        if not rows:
            return
        with self.store.transaction():
            ids = sorted({r["message_id"] for r in rows})
            have = self.store.read_table(STATUS, ["message_id", "status"], where={"message_id": ids})
            seen = set(zip(have.message_id, have.status))
            new = [r for r in rows if (r["message_id"], r["status"]) not in seen]
            if new:
                self.store.append_rows(STATUS, pd.DataFrame(new))

    def _clean_orphans(self, folder: str) -> None:
        """Temporary files of exports that never committed (killed before step 3)."""
        parts = {n: n[1:].split("_", 1)[0].split(".", 1)[0] for n in os.listdir(folder)
                 if n.startswith(".MSG-") and n.endswith(".part")}
        if not parts:
            return
        known = set(self.store.read_table(MESSAGES, ["message_id"], where={"message_id": sorted(set(parts.values()))})
                    .message_id)
        for name, mid in parts.items():
            if mid not in known:
                os.remove(os.path.join(folder, name))

    # ------------------------------------------------------------------ export
    def export(self, msg, recipient_ids: Sequence[str], folder: str, area_wkb: Optional[bytes] = None,
               area_wkt: str = "", guard: Optional[Callable[[pd.DataFrame], object]] = None,
               excluded: Optional[Dict[str, int]] = None, area_codes: Sequence[str] = ()) -> Dict[str, str]:
        """Export ``msg`` to ``folder`` and log it, atomically (see the module docstring); return the file paths.

        ``guard(history) -> GuardResult`` is evaluated inside the write transaction; a blocked result exports
        nothing. ``area_codes``: the areas the message reaches (:func:`message_area_codes`).
        """
        folder = _check_folder(folder)
        self.roll_forward()
        ids = [str(i) for i in recipient_ids]
        names = (f"{msg.message_id}_recipients.csv", f"{msg.message_id}.json")
        parts = {n: os.path.join(folder, f".{n}.part") for n in names}
        try:
            with self.store.transaction():
                guards = guard(self.recipients()) if guard is not None else None
                if guards is not None and guards.blocked:
                    raise LptInputError(tr("the message is blocked by its guards: {why}").format(
                        why=" ".join(guards.messages)), "GUARDS",
                        tr("change the audience, or the guard settings if that is right."))
                self._clean_orphans(folder)
                self._write_parts(msg, ids, parts, names, area_wkt)
                self._append(msg, ids, folder, names, area_wkt or _wkt(area_wkb), excluded or {}, area_codes)
        except BaseException:
            for p in parts.values():
                if os.path.exists(p):
                    os.remove(p)
            raise
        for name, part in parts.items():
            _put_in_place(part, os.path.join(folder, name))
        _fsync_dir(folder)
        self._add_status([{"message_id": msg.message_id, "status": "published", "at": _now(), "detail": ""}])
        return {"recipients": os.path.join(folder, names[0]), "message": os.path.join(folder, names[1])}

    @staticmethod
    def _write_parts(msg, ids, parts, names, area_wkt) -> None:
        write_csv(pd.DataFrame({"member_id": ids}), parts[names[0]], sync=True)
        payload = {**asdict(msg), "audience_size": len(ids), "recipients_file": names[0],
                   "area_wkt_epsg27700": area_wkt, "format": "lpt-message/2"}
        if msg.channel == "email":
            from .messages import text_to_html
            payload["body_html"] = text_to_html(msg.body)
        _fsync_write(parts[names[1]], json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8"))

    def _append(self, msg, ids, folder, names, area_wkt, excluded, area_codes) -> None:
        row = {"message_id": msg.message_id, "created_at": msg.created, "created_by": msg.author,
               "channel": msg.channel, "template": msg.template, "area_label": msg.area_label,
               "subject": msg.subject, "body": msg.body, "area_codes": json.dumps(sorted(set(area_codes))),
               "audience_size": len(ids), "opted_out_excluded": int(excluded.get("opted_out", 0)),
               "unknown_excluded": int(excluded.get("unknown", 0)), "folder": folder,
               "recipients_file": names[0], "message_file": names[1], "area_wkt": area_wkt or ""}
        self.store.append_rows(MESSAGES, pd.DataFrame([row]))
        if ids:
            self.store.append_rows(RECIPIENTS, pd.DataFrame({"message_id": msg.message_id, "member_id": ids,
                                                             "sent_at": msg.created}))
        self.store.append_rows(STATUS, pd.DataFrame([{"message_id": msg.message_id, "status": "committing",
                                                      "at": msg.created, "detail": ""}]))

    # ------------------------------------------------------------------ importing an earlier log
    def import_from(self, path: str) -> int:
        """Import the messages of another log - an earlier release's separate log file, or a workspace that holds
        a log - that this one does not have yet (so a second import adds nothing); the other file is only read.
        Returns how many messages were added."""
        if is_log_file(path):
            msgs, rec = read_log_file(path)
            status = pd.DataFrame({"message_id": msgs.message_id, "status": msgs.files_state})
            msgs = msgs.rename(columns={"created": "created_at", "author": "created_by"})
            msgs["area_codes"] = json.dumps([])
        else:
            with MessageLog(_open_store(path, False), owns=True) as other:
                msgs, rec = other.store.read_table(MESSAGES), other.recipients()
                status = other.store.read_table(STATUS, ["message_id", "status"])
        return self._import(msgs, rec, status, path)

    def _import(self, msgs: pd.DataFrame, rec: pd.DataFrame, status: pd.DataFrame, path: str) -> int:
        have = set(self.store.read_table(MESSAGES, ["message_id"]).message_id)
        new = msgs[~msgs.message_id.isin(have)].copy()
        if new.empty:
            return 0
        if "[]" in set(new.area_codes):
            new = self._codes_from_areas(new)
        cols = [c for c, _ in MESSAGE_TABLES[MESSAGES]]
        new = new.reindex(columns=cols)
        st = status[status.message_id.isin(new.message_id)].assign(at=_now())
        st = pd.concat([st.assign(detail=""), pd.DataFrame({"message_id": new.message_id, "status": "imported",
                                                            "at": _now(), "detail": os.path.basename(path)})])
        with self.store.transaction():
            self.store.append_rows(MESSAGES, new)
            self.store.append_rows(RECIPIENTS, rec[rec.message_id.isin(new.message_id)])
            self.store.append_rows(STATUS, st.drop_duplicates(["message_id", "status"]))
        return len(new)

    def _codes_from_areas(self, msgs: pd.DataFrame) -> pd.DataFrame:
        """An earlier log kept no area codes: the workspace's areas its polygon overlaps (none without areas)."""
        import shapely
        if not self.store.has_table("areas"):
            return msgs
        areas = self.store.read_table("areas", ["area_code", "geometry"])
        areas = areas[areas.geometry.notna()]
        tree = shapely.STRtree(areas.geometry.values)
        out = []
        for wkt, codes in zip(msgs.area_wkt, msgs.area_codes):
            g = shapely.from_wkt(wkt) if isinstance(wkt, str) and wkt and codes == "[]" else None
            hit = tree.query(g, predicate="intersects") if g is not None else []
            out.append(json.dumps(sorted(areas.area_code.astype(str).iloc[hit])) if len(hit) else codes)
        return msgs.assign(area_codes=out)


def read_log(workspace: str = "", log_path: str = "") -> Tuple[pd.DataFrame, pd.DataFrame]:
    """(messages, recipients) for reports and previews, read only: the workspace's log, with any message of an
    earlier release's log at ``log_path`` it has not imported yet; or the log at ``log_path`` alone (a workspace,
    or an earlier release's log file)."""
    msgs, rec = [], []
    if workspace:
        with MessageLog(_open_store(workspace, False, label=False), owns=True) as log:
            msgs.append(log.messages())
            rec.append(log.recipients())
    if log_path and (not workspace or os.path.isfile(log_path)):
        if is_log_file(log_path):
            m, r = read_log_file(log_path)
            import shapely
            m["area_wkb"] = [shapely.to_wkb(shapely.from_wkt(w)) if w else None for w in m.area_wkt]
            m["status"], m["area_codes"] = m.files_state, [[] for _ in range(len(m))]
            msgs.append(m)
            rec.append(r)
        else:
            if not os.path.isfile(log_path):
                raise LptInputError(tr("message log not found"), log_path,
                                    tr("choose the workspace or GeoPackage the exports went to."))
            with MessageLog(_open_store(log_path, False), owns=True) as log:
                msgs.append(log.messages())
                rec.append(log.recipients())
    if not msgs:
        raise LptInputError(tr("no message log given"), "LOG", tr("give the workspace (or the message log)."))
    m = pd.concat(msgs, ignore_index=True).drop_duplicates("message_id").sort_values("created", kind="stable")
    r = pd.concat(rec, ignore_index=True).drop_duplicates(["message_id", "member_id"])
    return m.reset_index(drop=True), r.reset_index(drop=True)


def _codes(text) -> List[str]:
    try:
        codes = json.loads(text) if isinstance(text, str) else []
    except ValueError:
        return []
    return [str(c) for c in codes] if isinstance(codes, list) else []


def _wkt(wkb: Optional[bytes]) -> str:
    import shapely
    return shapely.from_wkb(wkb).wkt if wkb else ""


def _open_store(path: str, create: bool, label: bool = True) -> Store:
    """The workspace at ``path``; a file that is neither a workspace nor a message log is named as such."""
    from ..store.workspace import open_store
    try:
        return open_store(path, create=create)
    except LptInputError as exc:
        if label and "not a Local Priority Targeting workspace" in str(exc):
            raise LptInputError(tr("is not a message log (neither a workspace nor a message log of an earlier "
                                   "release)"), path, tr("choose the workspace or GeoPackage the exports went to."))
        raise


def _check_log_path(path: str) -> None:
    if not path:
        raise LptInputError(tr("no message log given"), "LOG", tr("choose a workspace or a new .gpkg file."))
    if os.path.isdir(path):
        raise LptInputError(tr("is a folder, not a message log file"), path, tr("choose a .gpkg file name."))
    if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
        raise LptInputError(tr("the folder of the message log does not exist"), path,
                            tr("choose an existing folder."))


def _check_folder(folder: str, create: bool = True) -> str:
    """The export folder: not a file, in an existing location; made when ``create``."""
    if not folder:
        raise LptInputError(tr("no export folder given"), "OUTPUT_FOLDER", tr("choose a folder."))
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise LptInputError(tr("the export folder is a file"), folder,
                            tr("choose a folder, or a new folder name."))
    parent = os.path.dirname(os.path.abspath(folder))
    if not os.path.isdir(parent):
        raise LptInputError(tr("the folder that should hold the export folder does not exist"), folder,
                            tr("choose an existing location."))
    if create:
        os.makedirs(folder, exist_ok=True)
    return os.path.abspath(folder)
