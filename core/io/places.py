"""Which police.uk location names denote places rather than streets.

police.uk names each anonymised map point after the nearest street ("On or near Spring Bank") or, where the
point is a place, after the kind of place ("On or near Parking Area", "On or near Supermarket").  Crimes at
places call for premises and partners, not door-knocking, so the ranking keeps them apart.  The list is an
editable table, ``resources/config/place_names.csv`` (place, match = exact | ends_with, kind, action); it runs
no code: names are compared as plain text, case- and space-insensitively.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Tuple

import numpy as np
import pandas as pd

from ..config import config_path, read_config_csv
from ..errors import LptInputError
from ..i18n import tr

COLUMNS = ("place", "match", "kind", "action")
_PREFIX = r"^\s*on or near\s+"


@dataclass(frozen=True)
class PlaceNames:
    exact: Dict[str, Tuple[str, str]]        # folded name -> (kind, action)
    suffix: Tuple[Tuple[str, str, str], ...]  # (folded ending, kind, action)


def fold(names: pd.Series) -> pd.Series:
    """'On or near  PARKING area ' -> 'parking area' (the form names are compared in)."""
    s = names.fillna("").astype(str).str.replace(_PREFIX, "", regex=True, case=False)
    return s.str.replace(r"\s+", " ", regex=True).str.strip().str.lower()


@lru_cache(maxsize=8)
def load_place_names(path: str = "") -> PlaceNames:
    path = path or config_path("place_names.csv")
    df = read_config_csv(path, COLUMNS, tr("place names"))
    exact, suffix = {}, []
    for i, r in enumerate(df.itertuples(index=False), start=2):
        name = fold(pd.Series([r.place])).iat[0]
        match = r.match.strip().lower()
        if not name or match not in ("exact", "ends_with"):
            raise LptInputError(tr("line {line}: a place needs a name and match 'exact' or 'ends_with' (got "
                                   "{place!r}, {match!r})").format(line=i, place=r.place, match=r.match),
                                path, tr("fix the line or delete it."))
        kind, action = r.kind.strip() or "place", r.action.strip()
        if match == "exact":
            exact[name] = (kind, action)
        else:
            suffix.append((name, kind, action))
    return PlaceNames(exact, tuple(suffix))


def classify(locations: pd.Series, names: PlaceNames = None) -> pd.DataFrame:
    """Per location: ``place`` (bool), ``kind`` and ``action`` ('' for streets). Index kept.  Each distinct
    location text is folded and matched once (a force's crimes share a few thousand names)."""
    names = names or load_place_names()
    codes, raw = pd.factorize(locations.fillna("").astype(str))
    f = fold(pd.Series(raw, dtype=object))
    kind = np.array([names.exact.get(u, ("", ""))[0] for u in f], dtype=object)
    action = np.array([names.exact.get(u, ("", ""))[1] for u in f], dtype=object)
    for end, k, a in names.suffix:
        hit = (kind == "") & f.str.endswith(end).to_numpy(bool)
        kind[hit], action[hit] = k, a
    out = pd.DataFrame({"kind": kind[codes] if len(raw) else np.array([], dtype=object),
                        "action": action[codes] if len(raw) else np.array([], dtype=object)}, index=locations.index)
    out.insert(0, "place", out.kind.values != "")
    return out


def is_place(locations: pd.Series, names: PlaceNames = None) -> np.ndarray:
    return classify(locations, names).place.values
