"""Evaluation of targeted activity (issue #26): planted effects on synthetic streets are found, no effect is not
(false-positive rate at most alpha), displacement in the buffer is reported, small counts say so; and
lpt:evaluateactivity runs on a set-up of the shipped Hull workspace."""
import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core.analyse.evaluate import EvalConfig, evaluate, permutation_did
from local_priority_targeting.core.analyse.evaluate_panel import Panel, build
from local_priority_targeting.core.analyse.evaluate_words import sentences
from local_priority_targeting.core.analyse.insight import load_harm_weights

from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported by the algorithms)

MONTHS = [f"2023-{m:02d}" for m in range(1, 13)]
DATE = "2023-07"


def _streets(rng, n_side=24, spacing=150.0):
    ij = np.array([(i, j) for i in range(n_side) for j in range(n_side)])
    ids = [f"s{k:03d}" for k in range(len(ij))]
    return pd.DataFrame({"mx": 500000 + ij[:, 0] * spacing, "my": 430000 + ij[:, 1] * spacing,
                         "imd_decile": rng.integers(1, 11, len(ij)), "group": "", "name": ids}, index=ids)


def _panel(rng, streets, targets, target_change=1.0, ring=(), ring_change=1.0, rate_scale=1.0):
    """Monthly Poisson crime with street-level rates; targets (and the ring) multiplied from DATE."""
    rate = rng.gamma(2.0, 1.5, len(streets)) * rate_scale
    rows = []
    for m in MONTHS:
        mult = np.ones(len(streets))
        if m >= DATE:
            mult[streets.index.isin(targets)] = target_change
            mult[streets.index.isin(list(ring))] = ring_change
        n = rng.poisson(rate * mult)
        for k in np.flatnonzero(n):
            rows.append((streets.index[k], m, "Burglary" if k % 3 else "Anti-social behaviour", int(n[k])))
    df = pd.DataFrame(rows, columns=["street_id", "month", "crime_type", "n"])
    crimes = df.loc[df.index.repeat(df.n)].drop(columns="n")
    return build(streets, crimes, load_harm_weights(), months=MONTHS)


def _targets(rng, streets, n=30):
    inner = streets[(streets.mx > streets.mx.min() + 600) & (streets.mx < streets.mx.max() - 600) &
                    (streets.my > streets.my.min() + 600) & (streets.my < streets.my.max() - 600)]
    return sorted(rng.choice(inner.index, n, replace=False))


def test_a_planted_40_percent_drop_is_found():
    rng = np.random.default_rng(1)
    streets = _streets(rng)
    targets = _targets(rng, streets)
    res = evaluate(_panel(rng, streets, targets, target_change=0.6), targets, DATE, EvalConfig(permutations=499))
    r = res.table.set_index(["group", "measure"]).loc[("targets", "crimes")]
    assert r.p_value < 0.05 and r.did < 0 and r.verdict == "fell more than on comparable streets"
    assert -55 < r.did_pct < -25                                    # about the 40% planted
    assert (res.roles == "target").sum() == 30 and (res.roles == "comparison").sum() == 90
    assert not set(res.roles[res.roles == "comparison"].index) & set(targets)
    text = sentences(res.table, res.before, res.after, 0.05)
    assert any("Crime (per street per month)" in s and "fell more" in s for s in text)


def test_no_effect_is_found_at_most_alpha_of_the_time():
    rng = np.random.default_rng(2)
    streets = _streets(rng, n_side=16)
    hits, runs = 0, 100
    for _ in range(runs):
        targets = _targets(rng, streets, 20)
        res = evaluate(_panel(rng, streets, targets), targets, DATE, EvalConfig(permutations=199, seed=int(rng.integers(1e9))))
        r = res.table.set_index(["group", "measure"]).loc[("targets", "crimes")]
        hits += r.p_value < 0.05
    assert hits / runs <= 0.05


def test_displacement_planted_in_the_buffer_is_reported():
    rng = np.random.default_rng(3)
    streets = _streets(rng)
    targets = _targets(rng, streets, 12)
    from local_priority_targeting.core.analyse.evaluate_match import surrounding
    ring = surrounding(streets, targets, 250.0)
    res = evaluate(_panel(rng, streets, targets, 0.6, ring, 1.6), targets, DATE, EvalConfig(permutations=499))
    r = res.table.set_index(["group", "measure"]).loc[("surrounding", "crimes")]
    assert r.p_value < 0.05 and r.did > 0
    assert any(s.startswith("Displacement: crime rose") for s in sentences(res.table, res.before, res.after, 0.05))


def test_small_counts_say_not_enough_data():
    rng = np.random.default_rng(4)
    streets = _streets(rng, n_side=12)
    targets = _targets(rng, streets, 2)
    res = evaluate(_panel(rng, streets, targets, rate_scale=0.02), targets, DATE)
    t = res.table
    assert (t[t.group == "targets"].verdict == "not enough data to say").all()
    assert t.p_value.isna().all()


def test_permutation_p_value_is_exact_for_a_tiny_case():
    rng = np.random.default_rng(5)
    did, p = permutation_did(np.array([5.0, 6.0, 7.0]), np.array([0.0, 1.0, 0.0, 1.0, 0.5]), 4999, rng)
    # the 3 largest of 8 are the treated: 1 of the C(8,3) = 56 labellings is as extreme (the 3 smallest give -3.8)
    assert did == pytest.approx(6.0 - 0.5) and p == pytest.approx(1 / 56, abs=0.006)


@pytest.fixture(scope="module")
def ranked_ws(imported, tmp_path_factory):  # noqa: F811
    """The demo chain's workspace ranked for December 2018 (with the forecast table) and a set-up of its top 10."""
    import shutil
    import processing
    t = tmp_path_factory.mktemp("evaluate")
    ws = str(t / "ws.gpkg")
    shutil.copy(imported.workspace, ws)
    pri = processing.run("lpt:prioritystreets", {"WORKSPACE": ws, "PERIOD_START": "2018-12", "PERIOD_END": "2018-12",
                                                  "REPLICATES": 0, "PRIORITY_STREETS": str(t / "ps.gpkg"),
                                                  "PRIORITY_AREAS": "TEMPORARY_OUTPUT", "FORECAST": str(t / "fc.csv"),
                                                  "REPORT": str(t / "r.html")})
    setup = processing.run("lpt:createsetup", {
        "WORKSPACE": ws, "NAME": "Top ten, December", "TEAM": "NPT", "START_DATE": "2018-12-01",
        "END_DATE": "2018-12-31", "SOURCE": 0, "PRIORITY_STREETS": str(t / "ps.gpkg"), "TOP_N": 10,
        "TARGET_STREETS": "TEMPORARY_OUTPUT", "TARGET_POSTCODES": "TEMPORARY_OUTPUT"})
    return ws, pri, setup, t


def test_prioritystreets_writes_the_forecast_table_and_risk_rank(ranked_ws):
    from qgis.core import QgsVectorLayer
    ws, pri, _, t = ranked_ws
    fc = pd.read_csv(pri["FORECAST"])
    acc = fc[fc.row_type == "accuracy"]
    assert set(acc.ranking) == {"priority", "risk", "last_count", "last_harm", "kde", "all_count"}
    scored = fc[fc.row_type != "stability"]
    assert (scored["mode"] == "forecast").all() and (scored.outcome_period == "2019-01").all()
    stab = fc[fc.row_type == "stability"]                     # 14 weight changes, 3 rankings shifted a month
    assert len(stab) == 17 and stab.jaccard.between(0, 1).all() and set(stab.shifted_to.dropna()) == {"2018-11"}
    ps = QgsVectorLayer(pri["PRIORITY_STREETS"])
    ranks = sorted(f["risk_rank"] for f in ps.getFeatures())
    assert ranks == list(range(1, ps.featureCount() + 1))
    html = (t / "r.html").read_text()
    assert "Does it work?" in html and "Forecast check" in html


def test_evaluate_a_setup_through_processing_and_the_same_streets_by_list(ranked_ws, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer
    ws, _, setup, _ = ranked_ws
    common = {"WORKSPACE": ws, "MONTHS_BEFORE": 2, "MONTHS_AFTER": 2, "PERMUTATIONS": 199}
    a = processing.run("lpt:evaluateactivity", dict(common, SETUP_ID=setup["SETUP_ID"], RESULTS=str(tmp_path / "a.csv"),
                                                    EVAL_STREETS=str(tmp_path / "a.gpkg"), REPORT=str(tmp_path / "a.html")))
    lines = QgsVectorLayer(a["EVAL_STREETS"])
    roles = [f["role"] for f in lines.getFeatures()]
    targets = {f["street_id"] for f in lines.getFeatures() if f["role"] == "target"}
    assert a["TARGETS"] == len(targets) == 10 and roles.count("comparison") >= 3 * 10 - 3
    assert lines.renderer().type() == "categorizedSymbol"
    t = pd.read_csv(a["RESULTS"])
    assert len(t) == 9 and set(t.measure) >= {"crimes", "harm", "asb", "registrations", "responses", "confidence"}
    assert (t.months_before == "2018-10, 2018-11").all() and (t.months_after == "2018-12, 2019-01").all()
    assert t.verdict.isin(["not enough data to say", "no change beyond what comparable streets show",
                           "fell more than on comparable streets", "rose more than on comparable streets"]).all()
    html = (tmp_path / "a.html").read_text()
    assert "Did it work?" in html and ("Displacement" in html or "displacement" in html)
    assert "member_id" not in html and "@" not in html.split("<body>")[1]         # aggregate figures only
    b = processing.run("lpt:evaluateactivity", dict(common, TARGET_STREETS=";".join(sorted(targets)),
                                                    INTERVENTION_DATE="2018-12-01", RESULTS=str(tmp_path / "b.csv"),
                                                    EVAL_STREETS="TEMPORARY_OUTPUT", REPORT=str(tmp_path / "b.html")))
    pd.testing.assert_frame_equal(t, pd.read_csv(b["RESULTS"]))
    with pytest.raises(QgsProcessingException, match="not both"):
        processing.run("lpt:evaluateactivity", dict(common, SETUP_ID="S0001", TARGET_STREETS="x",
                                                    RESULTS="TEMPORARY_OUTPUT", EVAL_STREETS="TEMPORARY_OUTPUT",
                                                    REPORT=str(tmp_path / "c.html")))


def test_months_without_crime_data_are_named_and_a_window_without_any_is_refused(ranked_ws, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback
    ws, _, setup, _ = ranked_ws

    class Log(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, w):  # noqa: N802
            Log.warnings.append(w)
    common = {"WORKSPACE": ws, "SETUP_ID": setup["SETUP_ID"], "MONTHS_BEFORE": 2, "PERMUTATIONS": 99,
              "EVAL_STREETS": "TEMPORARY_OUTPUT"}
    # the demo holds 2018-10 to 2019-01 and 2024-01, 2024-02: four months after December 2018 lack two
    processing.run("lpt:evaluateactivity", dict(common, MONTHS_AFTER=4, RESULTS=str(tmp_path / "a.csv"),
                                                REPORT=str(tmp_path / "a.html")), feedback=Log())
    said = [w for w in Log.warnings if "2019-02, 2019-03" in w]
    assert said and "2019-02, 2019-03" in (tmp_path / "a.html").read_text()
    with pytest.raises(QgsProcessingException, match=r"MONTHS_AFTER.*no crime data.*2024-03"):
        processing.run("lpt:evaluateactivity", dict(common, INTERVENTION_DATE="2024-03-01", MONTHS_AFTER=1,
                                                    RESULTS="TEMPORARY_OUTPUT", REPORT=str(tmp_path / "b.html")))


def test_figures_of_people_behind_too_few_of_them_are_not_shown(ranked_ws, tmp_path):
    import processing
    ws, _, setup, _ = ranked_ws
    common = {"WORKSPACE": ws, "SETUP_ID": setup["SETUP_ID"], "MONTHS_BEFORE": 2, "MONTHS_AFTER": 2,
              "PERMUTATIONS": 99, "EVAL_STREETS": "TEMPORARY_OUTPUT"}
    out = {}
    for below in (1, 1000):
        processing.run("lpt:evaluateactivity", dict(common, SUPPRESS_BELOW=below, RESULTS=str(tmp_path / f"{below}.csv"),
                                                    REPORT=str(tmp_path / f"{below}.html")))
        out[below] = pd.read_csv(tmp_path / f"{below}.csv").set_index(["group", "measure"])
    people = [("targets", m) for m in ("registrations", "responses", "confidence")]
    shown, hidden = out[1].loc[people], out[1000].loc[people]
    has = shown.events > 0
    assert has.any() and hidden[has][["events", "before", "after"]].isna().all().all()
    pd.testing.assert_frame_equal(out[1000].loc[[("targets", "crimes")]], out[1].loc[[("targets", "crimes")]],
                                  check_dtype=False)
    assert "too few people to show" in (tmp_path / "1000.html").read_text()
