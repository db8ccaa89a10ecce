"""Secondary suppression of a table of counts of people whose group totals are published elsewhere (the engagement
report: replies per area and month beside each area's total and each message's total).  A small count left empty
by :func:`.disclosure.suppress_people` could be given back by subtraction - the total less the shown cells of its
group - so in every group whose hidden cells add up to less than ``below`` (one hidden cell always does) the
smallest shown cell is hidden too, group after group, until no group gives a small count back."""
from __future__ import annotations

from typing import Dict, Sequence

import numpy as np
import pandas as pd

from .disclosure import DEPENDS, _empty_where, small


def hidden_cells(cells: pd.DataFrame, groups: Sequence[str], cols: Sequence[str], below: int,
                 rounds: int = 10) -> Dict[str, np.ndarray]:
    """Per count column, which rows are left empty: the small counts and the complements that protect them."""
    hidden = {c: small(cells[c], below) for c in cols if c in cells}
    for _ in range(rounds):
        changed = False
        for by in (g for g in groups if g in cells):
            index = cells.groupby(by, sort=False).indices
            for c, h in hidden.items():
                values = pd.to_numeric(cells[c], errors="coerce").fillna(0).to_numpy(float)
                for rows in index.values():
                    changed |= _protect(rows, values, h, below)
        if not changed:
            break
    return hidden


def _protect(rows: np.ndarray, values: np.ndarray, hidden: np.ndarray, below: int) -> bool:
    """Hide more cells of one group while its hidden cells add up to a small count; True when one was hidden."""
    changed = False
    while hidden[rows].any() and 0 < values[rows][hidden[rows]].sum() < below and not hidden[rows].all():
        shown = rows[~hidden[rows]]
        nonzero = shown[values[shown] > 0]
        pool = nonzero if len(nonzero) else shown
        hidden[pool[np.argmin(values[pool])]] = True
        changed = True
    return changed


def protect(cells: pd.DataFrame, groups: Sequence[str], cols: Sequence[str], below: int) -> pd.DataFrame:
    """``cells`` with its small counts and their complements empty (and the rates computed from them)."""
    if below <= 1 or not len(cells):
        return cells
    hidden = hidden_cells(cells, groups, cols, below)
    out = cells.copy(deep=False)
    for c, h in hidden.items():
        if h.any():
            out[c] = _empty_where(cells[c], h)
    for rate, bases in DEPENDS.items():
        masks = [hidden[b] for b in bases if b in hidden]
        if rate in out and masks and np.logical_or.reduce(masks).any():
            out[rate] = _empty_where(cells[rate], np.logical_or.reduce(masks))
    return out


def protect_against_total(rows: pd.DataFrame, below: int) -> pd.DataFrame:
    """``rows`` (the areas of an insight, whose totals the force summary publishes) with the counts of people that
    the total less the shown rows would give back hidden too: every row is one group."""
    from .disclosure import PEOPLE
    cols = [c for c in PEOPLE if c in rows.columns]
    if not cols or not len(rows):
        return rows
    key = "__all_rows__"
    return protect(rows.assign(**{key: 0}), (key,), cols, below).drop(columns=[key])
