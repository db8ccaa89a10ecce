"""Action rules are data: an injection corpus is refused before anything runs; allowed rules evaluate right."""
import os

import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core.analyse.rules import apply_rules, evaluate, load_rules, parse_condition
from local_priority_targeting.core.errors import LptInputError

FACTS = pd.DataFrame({"c_drugs": [0, 3, 5, np.nan], "hot": [True, False, True, False],
                      "concern_top": ["drugs", "", "burglary", "drugs"], "rank": [1, 2, 3, 60],
                      "trend_comp": [0.0, 0.2, 0.0, 0.0]})
KNOWN = set(FACTS.columns) | {"n_actions"}


def corpus(canary):
    c = str(canary)
    return [
        f"__import__('os').system('touch {c}')",
        f"c_drugs > 0 and __import__('os').system('touch {c}')",
        f"@pd.io.common.os.system('touch {c}')",
        f"c_drugs > 0 and @os.system('touch {c}')",
        "'a\\' or @pd.read_csv(\\'x\\') or \\'' == 'a'",                  # escaped quote hiding an @ reference
        f"ｏｓ.system('touch {c}')",                                      # full-width letters
        f"c_drugs > 0 or ｅｖａｌ('open(\"{c}\",\"w\")')",
        "c_drugs.__class__.__mro__",
        "hot.values",
        "concern_top.str.startswith('d')",
        "(lambda: 1)()",
        "[x for x in (1, 2)] == [1, 2]",
        "{x for x in (1,)}",
        "f'{c_drugs}' == '1'",
        "concern_top[0] == 'd'",
        "c_drugs + 1 > 2",
        "c_drugs ** 99999999 > 1",
        "(x := 5) > 1",
        "c_drugs if hot else 0",
        "not " * 400 + "hot",
        "(" * 300 + "hot" + ")" * 300,
        "hot and " + " and ".join(["c_drugs > 1"] * 80),
        "globals()",
        "__builtins__",
        "pd",
        "np",
        "os",
        "b'x' == b'x'",
        "c_drugs in c_drugs",
        "'drugs' in concern_top",
        "...",
        "c_drugs > 1; import os",
        "c_drugs > 1\nimport os",
        "",
    ]


@pytest.mark.parametrize("i", range(len(corpus("x"))))
def test_injection_corpus_is_refused_naming_file_and_rule(tmp_path, i):
    canary = tmp_path / "pwned"
    payload = corpus(canary)[i]
    rules = tmp_path / "rules.csv"
    pd.DataFrame({"rule_id": ["EVIL"], "condition": [payload], "action": ["x"]}).to_csv(rules, index=False)
    with pytest.raises(LptInputError) as err:
        apply_rules(FACTS, load_rules(str(rules), FACTS), str(rules))
    assert "rule EVIL" in str(err.value) and str(rules) in str(err.value)
    assert not canary.exists()
    assert sorted(os.listdir(tmp_path)) == ["rules.csv"]


def test_allowed_rules_evaluate_like_their_reading():
    def ev(text):
        return evaluate(parse_condition(text, KNOWN, "r.csv", "R"), FACTS).tolist()
    assert ev("concern_top == 'drugs' and c_drugs >= 1") == [False, False, False, False]
    assert ev("c_drugs >= 3") == [False, True, True, False]              # missing is never true
    assert ev("hot or trend_comp > 0") == [True, True, True, False]
    assert ev("not hot") == [False, True, False, True]
    assert ev("concern_top in ('drugs', 'burglary')") == [True, False, True, True]
    assert ev("concern_top not in ['drugs']") == [False, True, True, False]
    assert ev("1 <= rank <= 3") == [True, True, True, False]
    assert ev("rank > -1 and c_drugs != 3") == [True, False, True, True]
    assert ev("hot == True") == [True, False, True, False]


def test_rules_shipped_load_and_every_name_is_a_field():
    from local_priority_targeting.core.config import config_path
    table = pd.read_csv(config_path("action_rules.csv"), dtype=str)
    names = set()
    import ast
    for c in table.condition:
        names |= {n.id for n in ast.walk(ast.parse(c, mode="eval")) if isinstance(n, ast.Name)}
    facts = pd.DataFrame(columns=sorted(names - {"n_actions", "True", "False"}))
    assert len(load_rules("", facts)) == len(table)


@pytest.mark.parametrize("content,what", [
    (None, "does not exist"), (b"", "empty"), (b"\x00\x01\x02binary", "binary"),
    (b"rule_id,condition,action\nR1,hot,caf\xe9\n", "not UTF-8"),
    (b"id,cond\nR1,hot\n", "no column rule_id"),
])
def test_broken_rules_files_are_one_clear_error(tmp_path, content, what):
    p = tmp_path / "rules.csv"
    if content is not None:
        p.write_bytes(content)
    with pytest.raises(LptInputError, match=what) as err:
        load_rules(str(p), FACTS)
    assert str(p) in str(err.value)
