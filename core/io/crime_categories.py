"""A force's own offence categories ('Burglary - Residential', 'Violence with injury', Home Office classes) as the
14 police.uk crime types, which the insight, harm weights and styles count by.  The words are data
(``resources/config/crime_categories.csv``): the first row whose words start words of the category gives its type
('weapon' finds 'Possession of offensive weapons'; 'cycle' does not find 'motorcycle'; 'theft from the person' is
listed before 'theft').  A category no row matches counts as 'Other crime' and is named in the import's notes, with
how many crimes it holds, so that an analyst sees what was not recognised."""
from __future__ import annotations

import re
from typing import Dict, List, Tuple

import pandas as pd

from ..config import config_path
from ..i18n import tr
from .vocab import POLICE_UK_CATEGORIES

UNKNOWN = "Other crime"
EXACT = {c.lower(): c for c in POLICE_UK_CATEGORIES}      # a police.uk type, in any case, is itself


def _words(text: str) -> str:
    """Lower case, punctuation as spaces, one space between words, a space either side (for whole-word search)."""
    return " " + " ".join(re.sub(r"[^0-9a-z]+", " ", str(text).lower()).split()) + " "


def load_rules(path: str = "") -> List[Tuple[str, str]]:
    """(words, crime type) in the file's order."""
    rules = pd.read_csv(path or config_path("crime_categories.csv"), dtype=str, keep_default_na=False)
    return [(_words(w).rstrip(), t) for w, t in zip(rules["words"], rules["crime_type"])]   # word starts


def crime_type_of(category: str, rules: List[Tuple[str, str]]) -> str:
    """The police.uk type of one category ('' when no rule matches); a police.uk type is itself."""
    text = str(category).strip()
    if text.lower() in EXACT:
        return EXACT[text.lower()]
    words = _words(text)
    return next((t for w, t in rules if w in words), "")


def map_categories(categories: pd.Series, rules: List[Tuple[str, str]] = None) -> Tuple[pd.Series, Dict[str, int]]:
    """The police.uk type of each category (each distinct text looked up once), and the categories that matched
    no rule with their counts (those count as 'Other crime')."""
    rules = rules if rules is not None else load_rules()
    codes, distinct = pd.factorize(categories.astype(str).str.strip())
    types = [crime_type_of(c, rules) for c in distinct]
    counts = pd.Series(codes).value_counts()
    unknown = {c: int(counts.get(i, 0)) for i, (c, t) in enumerate(zip(distinct, types)) if not t and c}
    mapped = pd.Series([t or UNKNOWN for t in types], dtype=object).take(codes).to_numpy()
    return pd.Series(mapped, index=categories.index), unknown


def unknown_note(unknown: Dict[str, int], limit: int = 10) -> str:
    """'N crimes in M offence categories ... counted as Other crime: A (12), B (3) ...' ('' when none)."""
    if not unknown:
        return ""
    top = sorted(unknown.items(), key=lambda kv: (-kv[1], kv[0]))
    named = ", ".join("{c} ({n:,})".format(c=c, n=n) for c, n in top[:limit])
    more = tr(" and {n} more").format(n=len(top) - limit) if len(top) > limit else ""
    return tr("{crimes:,} crimes in {k} offence categories that are not a police.uk crime type and match no rule "
              "of crime_categories.csv count as 'Other crime': {named}{more}").format(
        crimes=sum(unknown.values()), k=len(unknown), named=named, more=more)
