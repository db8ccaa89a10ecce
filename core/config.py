"""Editable configuration tables shipped in ``resources/config`` (CSV, no code)."""
from __future__ import annotations

import csv
import io
import os
from functools import lru_cache
from typing import Dict, List, Sequence, Tuple

import pandas as pd

from .errors import LptInputError
from .i18n import tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIG_DIR = os.path.join(PLUGIN_DIR, "resources", "config")


def config_path(name: str) -> str:
    return os.path.join(CONFIG_DIR, name)


MAX_CONFIG_BYTES = 5_000_000


def read_config_csv(path: str, required: Sequence[str], label: str) -> pd.DataFrame:
    """A small editable CSV table (rules, weights, categories, metadata) as strings, checked at the door.

    Missing, empty, binary, non-UTF-8, oversized or unparsable files and missing columns are one clear
    :class:`LptInputError` naming the file and the fix; never a traceback.
    """
    fix = tr("use a UTF-8 CSV with the columns {columns} (see resources/config/).").format(columns=", ".join(required))
    if not path or not os.path.isfile(path):
        raise LptInputError(tr("the {label} file does not exist").format(label=label), path or tr("(no file)"), fix)
    size = os.path.getsize(path)
    if size == 0 or size > MAX_CONFIG_BYTES:
        msg = tr("the {label} file is empty ({size:,} bytes)") if size == 0 else \
            tr("the {label} file is too large ({size:,} bytes)")
        raise LptInputError(msg.format(label=label, size=size), path, fix)
    with open(path, "rb") as fh:
        raw = fh.read()
    if b"\x00" in raw:
        raise LptInputError(tr("the {label} file is binary, not text").format(label=label), path, fix)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise LptInputError(tr("the {label} file is not UTF-8 text (line {line}, byte {byte})").format(
            label=label, line=line, byte=exc.start), path, tr("save it as UTF-8 (in Excel: CSV UTF-8)."))
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skipinitialspace=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, csv.Error) as exc:
        raise LptInputError(tr("the {label} file cannot be read as CSV ({error})").format(
            label=label, error=str(exc).strip()[:200]), path, fix)
    df.columns = [str(c).strip() for c in df.columns]
    missing = [c for c in required if c not in df.columns]
    if missing:
        raise LptInputError(tr("the {label} file has no column {missing} (columns: {columns})").format(
            label=label, missing=", ".join(missing), columns=", ".join(df.columns)), path, fix)
    return df


@lru_cache(maxsize=8)
def priority_categories(path: str = "") -> Tuple[Dict[str, str], List[str]]:
    """Return (alias/category lower-case -> category, ordered category list)."""
    df = read_config_csv(path or config_path("priority_categories.csv"), ("category", "aliases"),
                         tr("priority categories"))
    lookup: Dict[str, str] = {}
    cats: List[str] = []
    for _, r in df.iterrows():
        cat = r["category"].strip()
        cats.append(cat)
        lookup[cat.lower()] = cat
        for a in r["aliases"].split(";"):
            if a.strip():
                lookup[a.strip().lower()] = cat
    return lookup, cats


@lru_cache(maxsize=8)
def priority_crime_types(path: str = "") -> Dict[str, Tuple[str, ...]]:
    """Local-priority category -> the police.uk crime types it matches (column police_uk_crime_types)."""
    df = read_config_csv(path or config_path("priority_categories.csv"), ("category", "police_uk_crime_types"),
                         tr("priority categories"))
    return {r["category"].strip(): tuple(t.strip() for t in r["police_uk_crime_types"].split(";") if t.strip())
            for _, r in df.iterrows()}
