"""Members' answers placed in Census 2021 categories (``resources/config/community_categories.csv``).

The table has the columns ``topic,level,answer,category``: a member's answer (compared case-folded, spaces and
dashes collapsed) is placed in ``category`` of a Census table at ``level`` (``broad`` groups such as TS021's five,
``detailed`` ones such as its nineteen). ``*`` stands for any other answer given to that topic at that level
(e.g. every main language but English is 'Main language is not English'). Level ``none`` lists answers that are
no answer ('Prefer not to say': coverage, like a blank) and Census categories left out of the residents' side
(TS030 'Not answered'). An answer that is exactly a Census category is placed in it without a row. An answer
placed nowhere is *unplaced*: counted apart, never as 'not in the community'.
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, Tuple

import pandas as pd

from ..config import config_path, read_config_csv
from ..errors import LptInputError
from ..i18n import tr

COLUMNS = ("topic", "level", "answer", "category")
LEVELS = ("broad", "detailed", "none")
NO_ANSWER, UNPLACED = "", None
_SPACES = re.compile(r"[\s\-\u2010-\u2015_]+")


def norm(text) -> str:
    """'  White - British ' -> 'white british' (how answers and categories are compared)."""
    return _SPACES.sub(" ", str(text or "")).strip().casefold()


def load_map(path: str = "") -> pd.DataFrame:
    """The mapping table, checked at the door: a level outside broad/detailed/none is an error naming the row."""
    p = path or config_path("community_categories.csv")
    df = read_config_csv(p, COLUMNS, "community categories")
    for i, row in df.iterrows():
        if row.level.strip() not in LEVELS:
            raise LptInputError(tr("row {row}: level '{level}' is not one of {levels}").format(
                row=i + 2, level=row.level, levels=", ".join(LEVELS)), p,
                tr("write broad, detailed or none in the level column."))
    return df.assign(topic=df.topic.str.strip(), level=df.level.str.strip(), key=df.answer.map(norm))


def excluded_categories(mapping: pd.DataFrame, topic: str) -> set:
    """Census categories left out of the residents' side (level none, e.g. 'Not answered'), compared normalised."""
    rows = mapping[(mapping.topic == topic) & (mapping.level == "none") & (mapping.category.str.strip() != "")]
    return set(rows.category.map(norm))


def category_levels(mapping: pd.DataFrame, topic: str, categories: Iterable[str]) -> Dict[str, str]:
    """Level of each Census category: the level the table places answers in it at ('broad' when it names none)."""
    rows = mapping[(mapping.topic == topic) & (mapping.level != "none")]
    level_of = dict(zip(rows.category.map(norm), rows.level))
    return {c: level_of.get(norm(c), "broad") for c in categories}


def place_answers(answers: pd.Series, mapping: pd.DataFrame, topic: str, categories: Iterable[str],
                  level: str) -> pd.Series:
    """Each answer's Census category at ``level`` among ``categories``: the category's own name as published;
    '' for no answer (blank or a level-none answer); None (unplaced) for an answer the table cannot place."""
    cats = list(categories)
    by_norm = {norm(c): c for c in cats}
    rows = mapping[(mapping.topic == topic) & (mapping.level == level)]
    table = {k: by_norm[norm(c)] for k, c in zip(rows.key, rows.category) if norm(c) in by_norm and k != "*"}
    star = rows[rows.key == "*"]
    other = by_norm.get(norm(star.category.iloc[0])) if len(star) else None
    nones = set(mapping[(mapping.topic == topic) & (mapping.level == "none")].key)
    distinct = pd.Series(answers.fillna("").astype(str).unique())

    def one(a: str):
        k = norm(a)
        if k == "" or k in nones:
            return NO_ANSWER
        return by_norm.get(k) or table.get(k) or other
    placed = dict(zip(distinct, distinct.map(one)))
    return answers.fillna("").astype(str).map(placed)


def counts_of(placed: pd.Series) -> Tuple[int, int, int]:
    """(answered and placed, no answer, unplaced) among ``placed``."""
    blank = int((placed == NO_ANSWER).sum())
    unplaced = int(placed.isna().sum())
    return len(placed) - blank - unplaced, blank, unplaced
