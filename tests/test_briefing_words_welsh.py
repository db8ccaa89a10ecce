"""The Welsh briefing pack names the kinds of hot places and the equality check's measures in Welsh, through the
shipped translation (they were English words and raw codes such as 'vulnerability' in a Welsh pack)."""
import pandas as pd

from local_priority_targeting.core.report.briefing import place_rows
from local_priority_targeting.core.report.briefing_figures import MEASURES, equality_rows


def _tables():
    places = pd.DataFrame({"place": ["Parking Area", "Supermarket"], "kind": ["car park", "retail"], "crimes": [9, 7],
                           "top_types": ["", ""], "action": ["", ""], "rank": [1, 2]})
    eq = pd.DataFrame({"measure": list(MEASURES), "estimate": 0.1, "ci_low": -0.2, "ci_high": 0.3, "p_value": 0.5})
    return place_rows(places, 10), equality_rows(eq)[0]


def test_place_kinds_and_measures_in_welsh_and_english(welsh_qgis):
    places, measures = _tables()
    assert [r[1] for r in places] == ["maes parcio", "manwerthu"]
    labels = [r[0] for r in measures]
    assert "Amddifadedd" in labels and "Sgôr blaenoriaeth" in labels
    assert not set(labels) & set(MEASURES)                                # no raw code shown


def test_in_english_the_measures_are_words_not_codes(lpt_plugin):
    places, measures = _tables()
    assert [r[1] for r in places] == ["car park", "retail"]
    assert [r[0] for r in measures][:3] == ["Priority score", "Harm-weighted crime", "Hot street (Gi*)"]
