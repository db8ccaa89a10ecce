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
from ..i18n import QT_TR_NOOP, tr

MAX_CONDITION = 500          # characters: a rule is a line, not a program
MAX_NODES = 200
_CMP = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
        ast.In: "in", ast.NotIn: "not in"}
_ALLOWED = (ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.USub, ast.Compare,
            ast.Name, ast.Load, ast.Constant, ast.Tuple, ast.List, *_CMP)
_CONSTANTS = (bool, int, float, str)


def _refuse(path: str, rule: str, what: str) -> LptInputError:
    return LptInputError(tr("rule {rule}: {problem}").format(rule=rule, problem=what), path,
                         tr("a condition may only compare fields with numbers, quoted text or True/False, joined by "
                            "and / or / not (see README, Recommended actions)."))


CONSTRUCTS = {ast.Call: QT_TR_NOOP("a function call"), ast.Attribute: QT_TR_NOOP("attribute access"),
              ast.Subscript: QT_TR_NOOP("a subscript"), ast.Lambda: QT_TR_NOOP("a lambda"),
              ast.ListComp: QT_TR_NOOP("a comprehension"), ast.SetComp: QT_TR_NOOP("a comprehension"),
              ast.DictComp: QT_TR_NOOP("a comprehension"), ast.GeneratorExp: QT_TR_NOOP("a comprehension"),
              ast.JoinedStr: QT_TR_NOOP("an f-string"), ast.BinOp: QT_TR_NOOP("arithmetic or an @ reference"),
              ast.NamedExpr: QT_TR_NOOP("an assignment"), ast.IfExp: QT_TR_NOOP("if/else"),
              ast.Starred: QT_TR_NOOP("a starred expression"), ast.Dict: QT_TR_NOOP("a dictionary"),
              ast.Set: QT_TR_NOOP("a set")}


def _construct(node: ast.AST) -> str:
    name = CONSTRUCTS.get(type(node))
    return tr(name) if name else f"'{type(node).__name__}'"


def parse_condition(text: str, known: set, path: str, rule: str) -> ast.Expression:
    """Parse and check one condition; raise :class:`LptInputError` for anything not allowed."""
    if len(text) > MAX_CONDITION:
        raise _refuse(path, rule, tr("condition is {n} characters long (limit {limit})").format(
            n=len(text), limit=MAX_CONDITION))
    try:
        tree = ast.parse(unicodedata.normalize("NFKC", text).strip(), mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise _refuse(path, rule, tr("condition '{condition}' cannot be read ({error})").format(
            condition=text[:80], error=type(exc).__name__))
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        raise _refuse(path, rule, tr("condition has {n} parts (limit {limit})").format(n=len(nodes), limit=MAX_NODES))
    for node in nodes:
        if not isinstance(node, _ALLOWED):
            raise _refuse(path, rule, tr("{construct} is not allowed in a condition").format(construct=_construct(node)))
        if isinstance(node, ast.Constant) and not isinstance(node.value, _CONSTANTS):
            raise _refuse(path, rule, tr("the constant {value} is not allowed").format(value=repr(node.value)))
        if isinstance(node, ast.Name) and node.id not in known and node.id not in ("True", "False"):
            raise _refuse(path, rule, tr("unknown field '{field}' (fields: {fields})").format(
                field=node.id, fields=", ".join(sorted(known))))
        if isinstance(node, (ast.Tuple, ast.List)) and not all(isinstance(e, ast.Constant) for e in node.elts):
            raise _refuse(path, rule, tr("a list after 'in' may hold only constants"))
        if isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators):
                if isinstance(op, (ast.In, ast.NotIn)) and not isinstance(right, (ast.Tuple, ast.List, ast.Constant)):
                    raise _refuse(path, rule, tr("'in' must be followed by a constant or a list of constants"))
    if not any(isinstance(n, ast.Name) and n.id not in ("True", "False") for n in nodes):
        raise _refuse(path, rule, tr("the condition tests no field"))
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
        rid = str(row.rule_id).strip() or tr("(row {row})").format(row=row.Index + 2)
        tree = parse_condition(str(row.condition), known, p, rid)
        rules.append({"rule_id": rid, "condition": row.condition, "action": row.action, "tree": tree})
    return rules


def apply_rules(facts: pd.DataFrame, rules: List[Dict], path: str) -> pd.Series:
    """'R1-drugs: text | R3-burglary: text' per street, in rule-table order.  The action is a sentence people read
    (``action_rules.csv``, column ``action``): the table keeps it as written and it is looked up in the user's
    language here, where it is put in front of them; the rule id is data."""
    facts = facts.copy()
    facts["n_actions"] = 0
    actions = pd.Series([[] for _ in range(len(facts))], index=facts.index, dtype=object)
    for r in rules:
        try:
            hit = evaluate(r["tree"], facts)
        except (TypeError, ValueError) as exc:      # e.g. text compared with a number
            raise LptInputError(tr("rule {rule}: cannot evaluate '{condition}' ({error})").format(
                rule=r["rule_id"], condition=r["condition"], error=exc),
                path or "action_rules.csv", tr("compare numeric fields with numbers and text with text."))
        text = tr("{rule}: {action}").format(rule=r["rule_id"], action=_shown(r["action"]))
        for i in np.flatnonzero(hit.values):
            actions.iat[i].append(text)
        facts.loc[hit.values, "n_actions"] += 1
    return actions.map(lambda a: " | ".join(a))


def _shown(action) -> str:
    """The rule's action in the user's language (an empty cell stays as read)."""
    return tr(action) if isinstance(action, str) and action else action
