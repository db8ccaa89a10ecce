"""Action rules: conditions on a street's facts, parsed into a small tree and evaluated on columns.

A rules file (``rule_id,condition,action``) is shared between analysts, so a condition is data,
never code. It is parsed with Python's ``ast`` and only these constructs are accepted:

* field names of the facts table (checked after Unicode NFKC normalisation, which is what Python's
  parser applies to identifiers: a full-width ``ｏｓ`` is the name ``os`` and is refused as unknown);
* constants: numbers, quoted text, ``True`` / ``False``; tuples or lists of constants after ``in``;
* comparisons ``== != < <= > >= in not in`` (chains allowed), ``and``, ``or``, ``not``, unary minus.

Anything else (calls, attribute access, subscripts, ``@`` references, lambdas, comprehensions,
f-strings, arithmetic, ...) is refused, naming the rules file, the rule and the construct. The tree
is evaluated by :func:`evaluate` on pandas columns; nothing outside the facts table is reachable.
"""
from __future__ import annotations

import ast
import unicodedata
from typing import Dict, List

import numpy as np
import pandas as pd

from ..config import config_path, read_config_csv
from ..errors import LptInputError

MAX_CONDITION = 500          # characters: a rule is a line, not a program
MAX_NODES = 200
_CMP = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
        ast.In: "in", ast.NotIn: "not in"}
_ALLOWED = (ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.USub, ast.Compare,
            ast.Name, ast.Load, ast.Constant, ast.Tuple, ast.List, *_CMP)
_CONSTANTS = (bool, int, float, str)


def _refuse(path: str, rule: str, what: str) -> LptInputError:
    return LptInputError(f"rule {rule}: {what}", path,
                         "a condition may only compare fields with numbers, quoted text or True/False, joined by "
                         "and / or / not (see README, Recommended actions).")


def _construct(node: ast.AST) -> str:
    names = {ast.Call: "a function call", ast.Attribute: "attribute access", ast.Subscript: "a subscript",
             ast.Lambda: "a lambda", ast.ListComp: "a comprehension", ast.SetComp: "a comprehension",
             ast.DictComp: "a comprehension", ast.GeneratorExp: "a comprehension", ast.JoinedStr: "an f-string",
             ast.BinOp: "arithmetic or an @ reference", ast.NamedExpr: "an assignment", ast.IfExp: "if/else",
             ast.Starred: "a starred expression", ast.Dict: "a dictionary", ast.Set: "a set"}
    return names.get(type(node), f"'{type(node).__name__}'")


def parse_condition(text: str, known: set, path: str, rule: str) -> ast.Expression:
    """Parse and check one condition; raise :class:`LptInputError` for anything not allowed."""
    if len(text) > MAX_CONDITION:
        raise _refuse(path, rule, f"condition is {len(text)} characters long (limit {MAX_CONDITION})")
    try:
        tree = ast.parse(unicodedata.normalize("NFKC", text).strip(), mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise _refuse(path, rule, f"condition '{text[:80]}' cannot be read ({type(exc).__name__})")
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        raise _refuse(path, rule, f"condition has {len(nodes)} parts (limit {MAX_NODES})")
    for node in nodes:
        if not isinstance(node, _ALLOWED):
            raise _refuse(path, rule, f"{_construct(node)} is not allowed in a condition")
        if isinstance(node, ast.Constant) and not isinstance(node.value, _CONSTANTS):
            raise _refuse(path, rule, f"the constant {node.value!r} is not allowed")
        if isinstance(node, ast.Name) and node.id not in known and node.id not in ("True", "False"):
            raise _refuse(path, rule, f"unknown field '{node.id}' (fields: {', '.join(sorted(known))})")
        if isinstance(node, (ast.Tuple, ast.List)) and not all(isinstance(e, ast.Constant) for e in node.elts):
            raise _refuse(path, rule, "a list after 'in' may hold only constants")
        if isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators):
                if isinstance(op, (ast.In, ast.NotIn)) and not isinstance(right, (ast.Tuple, ast.List, ast.Constant)):
                    raise _refuse(path, rule, "'in' must be followed by a constant or a list of constants")
    if not any(isinstance(n, ast.Name) and n.id not in ("True", "False") for n in nodes):
        raise _refuse(path, rule, "the condition tests no field")
    return tree


def evaluate(tree: ast.AST, facts: pd.DataFrame) -> pd.Series:
    """Vectorised value of a checked condition on ``facts``: a boolean Series (missing values are False)."""
    v = _eval(tree.body if isinstance(tree, ast.Expression) else tree, facts)
    if not isinstance(v, pd.Series):
        v = pd.Series(v, index=facts.index)
    return v.fillna(False).astype(bool)


def _eval(node: ast.AST, facts: pd.DataFrame):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return facts[node.id]
    if isinstance(node, (ast.Tuple, ast.List)):
        return [e.value for e in node.elts]
    if isinstance(node, ast.UnaryOp):
        v = _eval(node.operand, facts)
        if isinstance(node.op, ast.USub):
            return -v
        return ~_truth(v, facts)
    if isinstance(node, ast.BoolOp):
        parts = [_truth(_eval(v, facts), facts) for v in node.values]
        out = parts[0]
        for p in parts[1:]:
            out = (out & p) if isinstance(node.op, ast.And) else (out | p)
        return out
    if isinstance(node, ast.Compare):
        left, out = _eval(node.left, facts), pd.Series(True, index=facts.index)
        for op, comp in zip(node.ops, node.comparators):
            right = _eval(comp, facts)
            out &= _compare(left, _CMP[type(op)], right, facts)
            left = right
        return out
    raise TypeError(type(node).__name__)     # unreachable: parse_condition refused it


def _truth(v, facts: pd.DataFrame) -> pd.Series:
    if isinstance(v, pd.Series):
        if v.dtype == object:
            return v.map(lambda x: bool(x) if x is not None and x == x else False).astype(bool)
        return v.fillna(0).astype(bool)
    return pd.Series(bool(v), index=facts.index)


def _compare(left, op: str, right, facts: pd.DataFrame) -> pd.Series:
    if op in ("in", "not in"):
        vals = right if isinstance(right, list) else [right]
        hit = left.isin(vals) if isinstance(left, pd.Series) else pd.Series(left in vals, index=facts.index)
        return hit if op == "in" else ~hit
    with np.errstate(invalid="ignore"):
        res = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
               "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}[op](left, right)
    if not isinstance(res, pd.Series):
        res = pd.Series(bool(res), index=facts.index)
    return res.fillna(False).astype(bool)


def load_rules(path: str, facts: pd.DataFrame) -> List[Dict]:
    """Read and check the rules file: [{rule_id, condition, action, tree}] in file order."""
    p = path or config_path("action_rules.csv")
    table = read_config_csv(p, ("rule_id", "condition", "action"), "action rules")
    known = set(facts.columns) | {"n_actions"}
    rules = []
    for row in table.itertuples():
        rid = str(row.rule_id).strip() or f"(row {row.Index + 2})"
        tree = parse_condition(str(row.condition), known, p, rid)
        rules.append({"rule_id": rid, "condition": row.condition, "action": row.action, "tree": tree})
    return rules


def apply_rules(facts: pd.DataFrame, rules: List[Dict], path: str) -> pd.Series:
    """'R1-drugs: text | R3-burglary: text' per street, in rule-table order."""
    facts = facts.copy()
    facts["n_actions"] = 0
    actions = pd.Series([[] for _ in range(len(facts))], index=facts.index, dtype=object)
    for r in rules:
        try:
            hit = evaluate(r["tree"], facts)
        except (TypeError, ValueError) as exc:      # e.g. text compared with a number
            raise LptInputError(f"rule {r['rule_id']}: cannot evaluate '{r['condition']}' ({exc})",
                                path or "action_rules.csv", "compare numeric fields with numbers and text with text.")
        for i in np.flatnonzero(hit.values):
            actions.iat[i].append(f"{r['rule_id']}: {r['action']}")
        facts.loc[hit.values, "n_actions"] += 1
    return actions.map(lambda a: " | ".join(a))
