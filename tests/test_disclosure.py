"""Counts of people under SUPPRESS_BELOW are left empty in the shared layers (with the rates that give them back),
and the reasons do not cite them: checked against the same run with suppression off (SUPPRESS_BELOW=1)."""
import re

import pandas as pd
import pytest

from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported)

PEOPLE = ["members", "active", "opted_out", "new_members", "responses", "respondents", "trust_n", "prio_n"]


def _frame(path):
    from qgis.core import QgsVectorLayer
    lyr = QgsVectorLayer(str(path), "l", "ogr")
    assert lyr.isValid(), path
    names = [f.name() for f in lyr.fields()]
    rows = [[None if v is None or (hasattr(v, "isNull") and v.isNull()) else v for v in f.attributes()]
            for f in lyr.getFeatures()]
    return pd.DataFrame(rows, columns=names)


def _insight(ws, t, tag, below):
    import processing
    processing.run("lpt:linkcommunity", {
        "WORKSPACE": ws, "PERIOD_START": "2024-02", "PERIOD_END": "2024-02", "SUPPRESS_BELOW": below,
        "STREET_INSIGHT": str(t / f"st_{tag}.gpkg"), "AREA_INSIGHT": str(t / f"ar_{tag}.gpkg"),
        "FORCE_SUMMARY": str(t / f"fs_{tag}.csv"), "UNMATCHED": "TEMPORARY_OUTPUT"})
    return _frame(t / f"st_{tag}.gpkg").set_index("street_id"), _frame(t / f"ar_{tag}.gpkg").set_index("area_code")


@pytest.fixture(scope="module")
def both(imported, tmp_path_factory):  # noqa: F811
    t = tmp_path_factory.mktemp("disclosure")
    return _insight(imported.workspace, t, "raw", 1), _insight(imported.workspace, t, "shared", 5)


def test_small_counts_of_people_are_empty_and_the_rest_unchanged(both):
    (raw_st, raw_ar), (st, ar) = both
    for raw, shown in ((raw_st, st), (raw_ar, ar)):
        for c in PEOPLE:
            true = pd.to_numeric(raw[c])
            few = (true > 0) & (true < 5)
            assert shown[c][few].isna().all(), c
            kept = shown[c][~few].notna()
            assert (pd.to_numeric(shown[c][~few][kept]) == true[~few][kept]).all(), c
            if raw is raw_st:                                       # streets: nothing else hidden
                assert kept.all(), c
            else:                                                   # areas: what is hidden is not the total less
                gone = true[shown[c].isna()].sum()                  # the shown areas (secondary suppression)
                assert gone == 0 or gone >= 5, c
            assert not pd.to_numeric(shown[c]).between(1, 4).any(), c
    few_active = pd.to_numeric(raw_st.active).between(1, 4)
    assert few_active.sum() > 0                      # the demo has such streets: the check can fail
    assert st.reg_rate[few_active].isna().all() and raw_st.reg_rate[few_active].notna().all()
    crimes = [c for c in raw_st.columns if c == "crimes" or c.startswith("c_")]
    pd.testing.assert_frame_equal(st[crimes], raw_st[crimes])       # crimes are not counts of people


def test_priority_reasons_do_not_cite_fewer_answers_than_the_threshold(imported, tmp_path_factory):  # noqa: F811
    import processing
    t = tmp_path_factory.mktemp("disclosure_rank")
    processing.run("lpt:prioritystreets", {
        "WORKSPACE": imported.workspace, "PERIOD_START": "2024-02", "PERIOD_END": "2024-02", "REPLICATES": 20,
        "PRIORITY_STREETS": str(t / "ps.gpkg"), "PRIORITY_AREAS": "TEMPORARY_OUTPUT", "HOT_PLACES": "TEMPORARY_OUTPUT",
        "EQUALITY": "TEMPORARY_OUTPUT", "FORECAST": "TEMPORARY_OUTPUT", "REPORT": str(t / "r.html")})
    ps = _frame(t / "ps.gpkg")
    cited = [int(n) for r in ps.reasons for n in re.findall(r"(\d+) answers", r)]
    assert cited and not [n for n in cited if 0 < n < 5]
    thin = ps.reasons.str.contains("fewer than 5 answers")
    assert thin.any()                                # thin streets exist and say so without the number
    assert not pd.to_numeric(ps.tc_n).between(1, 4).any()


def test_period_change_hides_small_counts_and_the_change_that_gives_them_back(imported, tmp_path_factory):  # noqa: F811
    import processing
    t = tmp_path_factory.mktemp("disclosure_change")
    frames = {}
    for below in (1, 5):
        processing.run("lpt:compareperiods", {
            "WORKSPACE": imported.workspace, "P1_START": "2024-01", "P1_END": "2024-01", "P2_START": "2024-02",
            "P2_END": "2024-02", "SUPPRESS_BELOW": below, "STREET_CHANGE": str(t / f"sc{below}.gpkg"),
            "AREA_CHANGE": "TEMPORARY_OUTPUT", "FORCE_CHANGE": "TEMPORARY_OUTPUT"})
        frames[below] = _frame(t / f"sc{below}.gpkg").set_index("street_id")
    raw, shown = frames[1], frames[5]
    one, two = pd.to_numeric(raw.new_members_1), pd.to_numeric(raw.new_members_2)
    few = one.between(1, 4) | two.between(1, 4)
    assert few.sum() > 0
    assert shown.new_members_chg[few].isna().all() and raw.new_members_chg[few].notna().all()
    assert shown.new_members_1[one.between(1, 4)].isna().all()
    kept = ~few
    assert (pd.to_numeric(shown.new_members_chg[kept]) == pd.to_numeric(raw.new_members_chg[kept])).all()
    pd.testing.assert_series_equal(shown.crimes_chg, raw.crimes_chg)
