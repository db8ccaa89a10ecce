"""Secondary suppression of a table of counts of people whose group totals are published elsewhere (the engagement
report: replies per area and month beside each area's total and each message's total).  A small count left empty
by :func:`.disclosure.suppress_people` could be given back by subtraction - the total less the shown cells of its
group - so in every group whose hidden cells add up to less than ``below`` (one hidden cell always does) the
smallest shown cell is hidden too, group after group, until no group gives a small count back.

The engagement report's three tables are checked as one (:func:`protect_engagement`): a hidden small count must
not follow from any combination of their sums, not only from one group's total less its shown cells."""
from __future__ import annotations

from typing import Dict, List, Sequence, Set, Tuple

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
    return _empty(cells, hidden_cells(cells, groups, cols, below))


def protect_against_total(rows: pd.DataFrame, below: int) -> pd.DataFrame:
    """``rows`` (the areas of an insight, whose totals the force summary publishes) with the counts of people that
    the total less the shown rows would give back hidden too: every row is one group."""
    from .disclosure import PEOPLE
    cols = [c for c in PEOPLE if c in rows.columns]
    if not cols or not len(rows):
        return rows
    key = "__all_rows__"
    return protect(rows.assign(**{key: 0}), (key,), cols, below).drop(columns=[key])


# ---------------------------------------------------------------------------------------------------------------
# The engagement report as a whole: its three tables are linked by sums a reader can form, so a hidden count is
# safe only when those sums cannot give it back, whichever way they are combined.
#
# For one count (recipients or repliers) the published cells are the edges of a graph whose nodes are its sums:
# each area (its months add up to its AREA_RATES total), each month (its areas add up to the month's messages in
# PER_MESSAGE), the areas' totals (they add up to the messages' total) and the messages.  Every cell is in exactly
# two sums, so the values the hidden cells can take are the shown ones plus any circulation round a cycle of
# hidden cells: a hidden cell is given back exactly when no cycle of hidden (or never published) cells passes
# through it - when it is a bridge of the graph of hidden cells.  Each bridge that hides a small count is closed
# into a cycle by hiding the cheapest path of shown cells between its ends (cost: the count, a total's count
# weighing TOTAL_WEIGHT times a detail cell's, a 0 only when nothing else joins them: a hidden 0 would bound its
# cycle).  Replies (PER_MESSAGE only) add up to the run's MATCHED count: one graph of two nodes, one edge a message.

TOTAL_WEIGHT = 3.0          # a message's or an area's count costs this many times its value to hide
_ZERO = 1e9                 # hiding a 0 costs more than any path of counts
_NEVER = float("inf")       # a published total that is never hidden (MATCHED)


class _Graph:
    """Edges ``(u, v)`` between sum nodes, each with its value, its state (shown, hidden, or never published)
    and its cost to hide."""
    SHOWN, HIDDEN, UNPUBLISHED = 0, 1, 2

    def __init__(self):
        self.nodes: Dict[object, int] = {}
        self.u, self.v, self.value, self.state, self.cost, self.where = [], [], [], [], [], []

    def node(self, key) -> int:
        return self.nodes.setdefault(key, len(self.nodes))

    def add(self, a, b, value: float, state: int, weight: float = 1.0, where=None) -> None:
        self.u.append(self.node(a))
        self.v.append(self.node(b))
        value = float(value) if value == value else 0.0
        self.value.append(value)
        self.state.append(state)
        self.cost.append(_NEVER if weight == _NEVER else (value * weight if value > 0 else _ZERO))
        self.where.append(where)

    def unknown(self) -> List[int]:
        return [e for e, s in enumerate(self.state) if s != self.SHOWN]

    def bridges(self, edges: List[int]) -> Set[int]:
        """The bridges of the multigraph of ``edges`` (parallel edges are a cycle): iterative Tarjan."""
        adj: Dict[int, List[Tuple[int, int]]] = {}
        for e in edges:
            adj.setdefault(self.u[e], []).append((self.v[e], e))
            adj.setdefault(self.v[e], []).append((self.u[e], e))
        order, low, out, clock = {}, {}, set(), 0
        for root in adj:
            if root in order:
                continue
            order[root] = low[root] = clock
            clock += 1
            stack = [(root, -1, iter(adj[root]))]
            while stack:
                node, via, it = stack[-1]
                step = next(it, None)
                if step is None:
                    stack.pop()
                    if stack:
                        parent = stack[-1][0]
                        low[parent] = min(low[parent], low[node])
                        if low[node] > order[parent]:
                            out.add(via)
                    continue
                nxt, e = step
                if e == via:
                    continue
                if nxt in order:
                    low[node] = min(low[node], order[nxt])
                else:
                    order[nxt] = low[nxt] = clock
                    clock += 1
                    stack.append((nxt, e, iter(adj[nxt])))
        return out

    def cheapest_path(self, skip: int) -> List[int]:
        """The shown edges of the cheapest path between the ends of edge ``skip`` avoiding it (unknown edges are
        free); [] when none joins them."""
        import heapq
        adj: Dict[int, List[Tuple[int, int]]] = {}
        for e in range(len(self.u)):
            if e != skip and (self.state[e] != self.SHOWN or self.cost[e] != _NEVER):
                adj.setdefault(self.u[e], []).append((self.v[e], e))
                adj.setdefault(self.v[e], []).append((self.u[e], e))
        start, goal = self.u[skip], self.v[skip]
        best, back, heap = {start: 0.0}, {}, [(0.0, start)]
        while heap:
            d, node = heapq.heappop(heap)
            if node == goal:
                break
            if d > best.get(node, _NEVER):
                continue
            for nxt, e in adj.get(node, ()):
                nd = d + (0.0 if self.state[e] != self.SHOWN else self.cost[e])
                if nd < best.get(nxt, _NEVER):
                    best[nxt], back[nxt] = nd, (node, e)
                    heapq.heappush(heap, (nd, nxt))
        if goal not in back:
            return []
        path, node = [], goal
        while node != start:
            node, e = back[node]
            path.append(e)
        return [e for e in path if self.state[e] == self.SHOWN]

    def protect(self, below: int) -> List[int]:
        """Hide shown edges until no hidden small count (1 to ``below`` - 1) is a bridge of the unknown edges;
        the small counts no hiding can protect (a total that is never hidden holds them alone: one message's
        replies and MATCHED), smallest first."""
        alone: List[int] = []
        while True:
            bridges = self.bridges(self.unknown())
            exposed = sorted((self.value[e], e) for e in bridges
                             if self.state[e] == self.HIDDEN and 0 < self.value[e] < below and e not in alone)
            if not exposed:
                return alone
            path = self.cheapest_path(exposed[0][1])
            if not path:
                alone.append(exposed[0][1])
            for e in path:
                self.state[e] = self.HIDDEN


def _counts(df: pd.DataFrame, col: str) -> np.ndarray:
    return pd.to_numeric(df[col], errors="coerce").fillna(0).to_numpy(float)


def _people_graph(per_message, per_area, areas, col, first, below) -> Tuple[_Graph, Dict[str, np.ndarray]]:
    """The graph of one count of people over the three tables (see above), with the small counts hidden and the
    PER_AREA cells ``first`` hides; which rows of each table are hidden, filled in by :meth:`_Graph.protect`."""
    g = _Graph()
    hidden = {"per_area": first.copy(), "per_message": small(per_message[col], below),
              "areas": small(areas[col], below)}
    for i, (a, m, v) in enumerate(zip(per_area.area_code.astype(str), per_area.month, _counts(per_area, col))):
        if isinstance(m, str) and m:
            g.add(("area", a), ("month", m), v, int(hidden["per_area"][i]), 1.0, ("per_area", i))
    with_total = set()
    for j, (a, v) in enumerate(zip(areas.area_code.astype(str), _counts(areas, col))):
        g.add(("area", a), "all areas", v, int(hidden["areas"][j]), TOTAL_WEIGHT, ("areas", j))
        with_total.add(a)
    for a in sorted(set(per_area.area_code.astype(str)) - with_total):      # no area, or one not in AREAS
        g.add(("area", a), "all areas", 0, _Graph.UNPUBLISHED)
    created = per_message.created if "created" in per_message else pd.Series("", index=per_message.index)
    month = created.astype(str).str[:7].where(created.astype(str).str.match(r"\d{4}-\d{2}"), "")
    for k, (m, v) in enumerate(zip(month, _counts(per_message, col))):
        if m:                                     # a message without a date is in no month of PER_AREA
            g.add("messages", ("month", m), v, int(hidden["per_message"][k]), TOTAL_WEIGHT, ("per_message", k))
    g.add("messages", "all areas", 0, _Graph.UNPUBLISHED)                  # the grand total is not published
    return g, hidden


def _apply(g: _Graph, hidden: Dict[str, np.ndarray]) -> None:
    for e, where in enumerate(g.where):
        if where is not None and g.state[e] == _Graph.HIDDEN:
            hidden[where[0]][where[1]] = True


def _empty(df: pd.DataFrame, masks: Dict[str, np.ndarray]) -> pd.DataFrame:
    """``df`` with the counts of ``masks`` (column -> rows) empty, and the rates computed from them."""
    out = df.copy(deep=False)
    for c, h in masks.items():
        if h.any():
            out[c] = _empty_where(df[c], h)
    for rate, bases in DEPENDS.items():
        m = [masks[b] for b in bases if b in masks]
        if rate in out and m and np.logical_or.reduce(m).any():
            out[rate] = _empty_where(df[rate], np.logical_or.reduce(m))
    return out


def protect_engagement(per_message: pd.DataFrame, per_area: pd.DataFrame, areas: pd.DataFrame, below: int,
                       matched: bool = True) -> Tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(PER_MESSAGE, PER_AREA, AREA_RATES) of the engagement report with every small count of people hidden and
    the counts that would give one back hidden too: recipients and repliers over the three tables, replies over
    the messages against their total (``matched``: the run's MATCHED count is published).  First each area and
    each month of PER_AREA is protected as :func:`protect` does; then the tables are checked as one (see above)."""
    pm, pa, ar = (t.reset_index(drop=True) for t in (per_message, per_area, areas))
    if below <= 1:
        return pm, pa, ar
    cols = [c for c in ("recipients", "repliers") if c in pm and c in pa and c in ar]
    first = hidden_cells(pa, ("area_code", "month"), cols, below)
    masks: Dict[str, Dict[str, np.ndarray]] = {"per_message": {}, "per_area": {}, "areas": {}}
    for c in cols:
        g, hidden = _people_graph(pm, pa, ar, c, first[c], below)
        g.protect(below)
        _apply(g, hidden)
        for table, h in hidden.items():
            masks[table][c] = h
    if "replies" in pm:
        g = _Graph()
        h = small(pm.replies, below)
        for k, v in enumerate(_counts(pm, "replies")):
            g.add("replies", "messages", v, int(h[k]), 1.0, ("replies", k))
        g.add("replies", "messages", 0, _Graph.SHOWN if matched else _Graph.UNPUBLISHED, _NEVER)
        g.protect(below)
        hidden = {"replies": h}
        _apply(g, hidden)
        masks["per_message"]["replies"] = hidden["replies"]
    return _empty(pm, masks["per_message"]), _empty(pa, masks["per_area"]), _empty(ar, masks["areas"])
