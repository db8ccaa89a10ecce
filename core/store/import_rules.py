"""What an import may change in a workspace, checked inside its transaction before anything is written.

* **Shrink rule.** An import that accepts nothing, or fewer than ``SHRINK_SHARE`` of the rows it would replace
  (the whole table; for crimes the months it brings, for OAC its levels), changes nothing unless the user says
  so (``ALLOW_SHRINK``): a member export whose every row was rejected must not empty the membership.
* **Force and source rule.** A workspace holds the crimes of one force from one source: police.uk months
  (whose "Falls within" / "Reported by" name the force) or a force's own extract, never both.  The force and
  the source are recorded on the first crime import (``lpt_meta``: ``crime_force``, ``crime_source``) and an
  import of another force or source is refused, so that months of two forces are never compared as one.
"""
from __future__ import annotations

from typing import Dict, Iterable, Optional

import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from .base import Store

SHRINK_SHARE = 0.5
ALLOW_SHRINK = "ALLOW_SHRINK"
POLICE_UK, FORCE_EXTRACT = "police.uk", "force crime extract"
FORCE_COLUMNS = ("falls_within", "reported_by")


def _last_import(store: Store, table: str) -> str:
    """'import 3 of 2026-01-05, 2,991 accepted' for the table's last import ('' when none is recorded)."""
    if not store.has_table("lpt_imports"):
        return ""
    rows = store.read_table("lpt_imports", ["import_id", "table_name", "imported_at", "n_accepted"],
                            where={"table_name": [table]})
    if not len(rows):
        return ""
    last = rows.iloc[-1]
    return tr(" (its last import, {id} of {date}, accepted {n:,})").format(
        id=int(last.import_id), date=str(last.imported_at)[:10], n=int(last.n_accepted))


def _refuse(store: Store, table: str, what: str) -> LptInputError:
    return LptInputError(tr("{what}; the import was not stored: nothing was written to the workspace").format(
                         what=what), store.path,
                         tr("check the file and its rejected rows (REJECTS); if the smaller {table} table is right, "
                            "run the import again with {flag}=true (the share allowed without it is "
                            "{share:.0%} of the rows it replaces).").format(table=table, flag=ALLOW_SHRINK,
                                                                           share=SHRINK_SHARE))


def check_shrink(store: Store, table: str, df: pd.DataFrame, key: Optional[str], allow: bool) -> None:
    """Refuse an import that would leave far fewer rows than it replaces (see the module's shrink rule)."""
    if allow:
        return
    held = store.has_table(table)
    if key and held and key in store.columns(table):
        old = store.read_table(table, [key])[key].astype(str).value_counts()
        new = df[key].astype(str).value_counts() if key in df else pd.Series(dtype=int)
        small = [(k, int(new[k]), int(old[k])) for k in new.index if k in old.index and new[k] < SHRINK_SHARE * old[k]]
        if len(df) and not small:
            return
        each = tr("{key} {value}: {now:,} now, {held:,} in the workspace")
        detail = "; ".join(each.format(key=key, value=k, now=n, held=o) for k, n, o in small)
        what = tr("the import accepted {n:,} rows for the {table} table, far fewer than the rows it would replace "
                  "({detail})") if small else tr("the import accepted {n:,} rows for the {table} table")
        raise _refuse(store, table, what.format(n=len(df), table=table, detail=detail))
    before = store.row_count(table) if held else 0
    if len(df) == 0 or len(df) < SHRINK_SHARE * before:
        raise _refuse(store, table, tr("the import accepted {n:,} rows; the workspace's {table} table holds "
                                       "{held:,}{last}, and storing it would replace them").format(
            n=len(df), table=table, held=before, last=_last_import(store, table)) if held else
            tr("the import accepted no rows for the {table} table").format(table=table))


def crime_source(columns: Iterable[str]) -> str:
    """police.uk months (crime_type, Falls within) or a force's own extract (offence category, x/y)."""
    cols = set(columns)
    return FORCE_EXTRACT if "category" in cols else POLICE_UK      # a force's crime_type is mapped from category


def forces(df: pd.DataFrame) -> pd.Series:
    """Rows per force named by the crimes (Falls within, else Reported by; blanks left out)."""
    for col in FORCE_COLUMNS:
        if col in df:
            names = df[col].fillna("").astype(str).str.strip()
            names = names[names != ""]
            if len(names):
                return names.value_counts()
    return pd.Series(dtype=int)


def _held_crimes(store: Store) -> Dict[str, str]:
    """The workspace's crime force and source: as recorded, or (a workspace older than the record) as held."""
    force, source = store.get_meta("crime_force") or "", store.get_meta("crime_source") or ""
    if store.has_table("crimes") and not (force and source):
        cols = store.columns("crimes")
        source = source or crime_source(cols)
        held = [c for c in FORCE_COLUMNS if c in cols]
        if not force and held:
            f = forces(store.read_table("crimes", held))
            force = " and ".join(f.index) if len(f) else ""
    return {"crime_force": force, "crime_source": source}


def check_crimes(store: Store, df: pd.DataFrame) -> Dict[str, str]:
    """Refuse crimes of another force or source than the workspace holds; returns the metadata to record."""
    held = _held_crimes(store)
    source = crime_source(df.columns)
    if held["crime_source"] and held["crime_source"] != source:
        raise LptInputError(tr("these crimes are a {source} file, and the workspace holds {held} "
                               "crimes: the two count and place crimes differently and are never mixed; nothing was "
                               "written to the workspace").format(source=source, held=held["crime_source"]),
                            store.path, tr("import the {source} crimes into a workspace of their own (another "
                                           "WORKSPACE file name).").format(source=source))
    named = forces(df)
    if len(named) > 1:
        counts = ", ".join(f"{name} {n:,}" for name, n in named.items())
        raise LptInputError(tr("the crimes name {n} forces ({counts} rows, from 'Falls within'): a workspace "
                               "holds one force's crimes; nothing was written to the workspace").format(
                                   n=len(named), counts=counts), store.path,
                            tr("import each force's files into its own workspace."))
    force = named.index[0] if len(named) else ""
    if force and held["crime_force"] and force.casefold() != held["crime_force"].casefold():
        raise LptInputError(tr("these crimes are {force}'s, and the workspace holds {held}'s: "
                               "months of two forces are never stored or compared as one; nothing was written to the "
                               "workspace").format(force=force, held=held["crime_force"]), store.path,
                            tr("import {force}'s crimes into a workspace of their own "
                               "(another WORKSPACE file name).").format(force=force))
    return {"crime_source": source, "crime_force": held["crime_force"] or force}


def check_one_force(store: Store, crimes: pd.DataFrame) -> None:
    """A workspace that already mixes forces (made before the rule) is not analysed as one force."""
    named = forces(crimes)
    if len(named) > 1:
        raise LptInputError(tr("the workspace's crimes name {n} forces ({forces}): an "
                               "analysis of it would compare them as one").format(n=len(named),
                                                                                  forces=", ".join(named.index)),
                            store.path, tr("import each force's crimes into its own workspace and analyse each."))
