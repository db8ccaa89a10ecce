"""core/analyse speaks through core.i18n.tr: with a translation installed its reasons, actions, notes and verdict
words change, the figures stay, and nothing that code compares (verdicts, rule ids, coverage) depends on the text.

The lookup installed here marks every text it is asked for (⟦text⟧), so stripping the marks must give back exactly
the English output, and every sentence shown must carry a mark."""
import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core import i18n
from local_priority_targeting.core.analyse import coverage as CV
from local_priority_targeting.core.analyse import evaluate_words as EW
from local_priority_targeting.core.analyse import forecast_words as FW
from local_priority_targeting.core.analyse import reasons as R
from local_priority_targeting.core.analyse.evaluate import FELL, NOT_ENOUGH
from local_priority_targeting.core.analyse.forecast import Window
from local_priority_targeting.core.analyse.insight import CRIME_FIELDS, Period
from local_priority_targeting.core.analyse.rules import apply_rules, load_rules
from local_priority_targeting.core.config import config_path, read_config_csv
from local_priority_targeting.core.errors import LptInputError

OPEN, CLOSE = "\u27e6", "\u27e7"


@pytest.fixture()
def marked():
    asked = []

    def lookup(context, text):
        asked.append((context, text))
        return OPEN + text + CLOSE
    i18n.install(lookup)
    yield asked
    i18n.install(None)


def plain(text: str) -> str:
    return text.replace(OPEN, "").replace(CLOSE, "")


def _streets(n: int = 60, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    out = pd.DataFrame({f: rng.integers(0, 6, n) for f in CRIME_FIELDS.values()})
    out["crimes"] = out.sum(axis=1)
    out = out.assign(harm_comp=rng.random(n), gi_z=rng.normal(1, 2, n), gi_q=rng.choice([0.0004, 0.02, 0.4], n),
                     rise_field=rng.choice(["c_burglary", "c_drugs", None], n), rise_1=rng.choice([0, 2, 5], n),
                     rise_2=rng.choice([4, 9], n), rise_pct=rng.choice([np.nan, 80.0, 150.0], n),
                     rise_q=rng.choice([0.0002, 0.03], n), concern_top=rng.choice(["drugs", "burglary", ""], n),
                     concern_share=rng.random(n), concern_n=rng.integers(5, 40, n),
                     concern_own=rng.choice([True, False], n), tc_est=rng.choice([2.4, 3.1, np.nan], n),
                     tc_n=rng.integers(0, 30, n), tc_own=rng.choice([True, False], n),
                     imd_decile=rng.choice([1.0, 4.0, np.nan], n), oac_supergroup=rng.choice(["4", None], n),
                     reg_est=rng.choice([0.08, 0.2, np.nan], n), no_recent_visits=rng.choice([True, False], n))
    return out


def test_reasons_are_translated_whole_and_keep_their_figures(marked):
    out = _streets()
    english_force = {"tc": 3.42, "reg": 0.12}
    i18n.install(None)
    english = R.texts(out, english_force, 12)
    i18n.install(lambda c, t: OPEN + t + CLOSE)
    shown = R.texts(out, english_force, 12)
    for comp in english:        # (a translated label keeps its own case: the first letter of a mark is the mark)
        assert (shown[comp].map(plain).str.lower() == english[comp].str.lower()).all(), comp
        assert shown[comp].str.startswith(OPEN).all(), comp     # each reason is one translated sentence
    # the crime labels and the survey's priority category are shown translated, inside the sentence
    trend = shown.trend[out.rise_field.notna().values]
    assert trend.str.contains(OPEN + "burglary" + CLOSE, regex=False).any() or \
        trend.str.contains(OPEN + "drug crime" + CLOSE, regex=False).any()
    concern = shown.concern[(out.concern_top == "drugs").values]
    assert concern.str.contains(OPEN + "drugs" + CLOSE, regex=False).all()


def test_actions_from_the_shipped_rules_are_looked_up_where_shown(marked):
    """A quiet street ranked 80th (no rule) and a busy one meeting every shipped rule but the last (R9: none other)."""
    facts = pd.DataFrame({f: [0, 4] for f in CRIME_FIELDS.values()})
    facts = facts.assign(**{f"lq_{f}": [0.0, 2.0] for f in CRIME_FIELDS.values()},
                         **{f"rise_{f}": [False, True] for f in CRIME_FIELDS.values()},
                         concern_top=["", "drugs"], hot=[False, True], trend_comp=[0.0, 0.5], rank=[80, 1],
                         confidence_comp=[0.1, 0.9], engagement_comp=[0.1, 0.9], seldom_heard=[False, True],
                         no_recent_visits=[False, True])
    rules = load_rules("", facts)
    actions = apply_rules(facts, rules, "")
    table = read_config_csv(config_path("action_rules.csv"), ("rule_id", "condition", "action"), "action rules")
    assert actions.iat[0] == ""
    got = actions.iat[1].split(" | ")
    assert len(got) == len(table) - 1 and len(got) >= 8
    for text, (rid, action) in zip(got, zip(table.rule_id, table.action)):
        assert plain(text) == f"{rid}: {action}"
        assert OPEN + action + CLOSE in text and ("core", rid) not in marked    # the action translated, the id data
    assert ("core", table.action.iat[0]) in marked


def test_rule_errors_are_translated(marked, tmp_path):
    facts = pd.DataFrame({"c_drugs": [1, 2]})
    bad = pd.DataFrame({"rule_id": ["R9"], "condition": ["__import__('os')"], "action": ["x"]})
    path = tmp_path / "rules.csv"
    bad.to_csv(path, index=False)
    with pytest.raises(LptInputError) as e:
        load_rules(str(path), facts)
    msg = str(e.value)
    assert OPEN + "a function call" + CLOSE in msg and "R9" in msg and "Fix: " + OPEN in msg


def test_verdicts_stay_data_and_are_translated_only_when_shown(marked):
    row = dict(group="targets", measure="crimes", before=1.5, after=0.9, comp_before=1.4, comp_after=1.3, streets=8,
               comparison_streets=24, events=9.0, did=np.nan, did_pct=np.nan, p_value=np.nan, verdict=NOT_ENOUGH)
    t = pd.DataFrame([row, dict(row, group="surrounding", verdict=FELL, did=-0.4, did_pct=-20.0, p_value=0.01)])
    words = EW.sentences(t, ["2024-01", "2024-02"], ["2024-03"], 0.05)
    line = words[1]
    assert line.startswith(OPEN) and "(9 events)" in line      # the not-enough branch, chosen on the code
    assert plain(EW.displacement(t, 0.05)).startswith("Diffusion of benefits: crime fell")
    assert NOT_ENOUGH == "not enough data to say"             # the table's value is not the translated text
    assert FW.verdict(0.01, 0.2) == OPEN + "better, beyond chance" + CLOSE


def test_forecast_sentences_translate_labels_and_keep_numbers(marked):
    names = list(FW.LABELS)
    acc = pd.DataFrame({"row_type": "accuracy", "ranking": names, "top_pct": 5.0, "streets": 10,
                        "length_share": 0.04, "hit_rate": np.linspace(0.1, 0.3, len(names)), "harm_hit_rate": 0.2,
                        "pai_length": 4.0, "pai_count": 3.0})
    diff = pd.DataFrame({"row_type": "difference", "ranking": "priority", "compared_with": ["risk"], "top_pct": 5.0,
                         "diff_hit": -0.02, "diff_lo": -0.05, "diff_hi": 0.01})
    w = Window(Period("2024-01", "2024-03"), Period("2024-04", "2024-06"), "forecast")
    words = FW.sentences(pd.concat([acc, diff], ignore_index=True), w)
    assert all(s.startswith(OPEN) for s in words)
    assert any(OPEN + "the crime-risk ranking" + CLOSE in s for s in words)
    assert "2024-04..2024-06" in words[0] and any("4.0" in s for s in words)


def test_comparability_note_is_whole_sentences_under_translation(marked):
    months = ["2024-01", "2024-02", "2024-04", "2024-05", "2024-06"]
    prev, this = CV.coverage(months, Period("2024-01", "2024-03")), CV.coverage(months, Period("2024-04", "2024-06"))
    note = CV.comparability_note(prev, this)
    i18n.install(None)
    english = CV.comparability_note(prev, this)
    assert english == "not comparable: previous period has data for 2 of 3 month(s) (missing 2024-03)"
    assert plain(note) == english
    assert OPEN + "previous period has data for {n} of {total} month(s) (missing {gaps})" + CLOSE not in note
    assert ("core", "previous period has data for {n} of {total} month(s) (missing {gaps})") in marked
    assert CV.comparability_note(this, this) == ""          # comparable: no note, whatever the language
