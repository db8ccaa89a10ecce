"""Editable configuration tables shipped in ``resources/config`` (CSV, no code)."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Dict, List, Tuple

import pandas as pd

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIG_DIR = os.path.join(PLUGIN_DIR, "resources", "config")


def config_path(name: str) -> str:
    return os.path.join(CONFIG_DIR, name)


@lru_cache(maxsize=8)
def priority_categories(path: str = "") -> Tuple[Dict[str, str], List[str]]:
    """Return (alias/category lower-case -> category, ordered category list)."""
    df = pd.read_csv(path or config_path("priority_categories.csv"), dtype=str, keep_default_na=False)
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
    df = pd.read_csv(path or config_path("priority_categories.csv"), dtype=str, keep_default_na=False)
    return {r["category"].strip(): tuple(t.strip() for t in r["police_uk_crime_types"].split(";") if t.strip())
            for _, r in df.iterrows()}
