"""Forecast accuracy, the crime-risk rank and stability (issue #26) on the shipped Hull months and on synthetic
streets with a planted persistent hot street."""
import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core.analyse import forecast as F, priority as P, stability as S
from local_priority_targeting.core.analyse.baselines import baselines, quartic_density
from local_priority_targeting.core.analyse.insight import Period, load_harm_weights
from local_priority_targeting.core.analyse.risk import crime_risk
from local_priority_targeting.core.link.scope import street_points
from local_priority_targeting.core.report.report import render_priority_report

from test_link_insight import hull  # noqa: F401  (module fixture: real Hull inputs and links)


def _lengths(streets):
    import shapely
    return pd.Series(shapely.length(streets.geometry.values)).groupby(streets.street_id.astype(str).values).sum()


@pytest.mark.parametrize("rank_month,next_month", [("2018-11", "2018-12"), ("2024-01", "2024-02")])
def test_pai_equals_an_independent_computation_on_the_shipped_months(hull, rank_month, next_month):  # noqa: F811
    inp, links = hull
    c = links.crimes[links.crimes.street_id.astype(str) != ""]
    index = pd.Index(sorted(inp.streets.street_id.astype(str).unique()))
    ln = _lengths(inp.streets).reindex(index).clip(lower=1.0)
    hw = load_harm_weights()
    ranks = baselines(c, Period(rank_month, rank_month), hw, index, street_points(inp.streets))
    out = F.outcome_of(c, Period(next_month, next_month), hw, index, ln)
    got = F.accuracy({"last_count": ranks["last_count"]}, out, index).set_index("top_pct")
    # independently: plain pandas counts, sort by (-count, street id), take the top k, count next month's crimes
    cnt = c[c.month == rank_month].street_id.astype(str).value_counts().reindex(index, fill_value=0)
    nxt = c[c.month == next_month].street_id.astype(str).value_counts().reindex(index, fill_value=0)
    table = pd.DataFrame({"id": index, "cnt": cnt.values, "nxt": nxt.values, "len": ln.values})
    table = table.sort_values(["cnt", "id"], ascending=[False, True])
    for frac in (0.01, 0.05, 0.10):
        k = int(np.ceil(frac * len(index)))
        flagged = table.head(k)
        hit = flagged.nxt.sum() / table.nxt.sum()
        row = got.loc[round(100 * frac, 1)]
        assert row.streets == k and row.crimes_hit == flagged.nxt.sum()
        assert row.hit_rate == pytest.approx(hit)
        assert row.pai_length == pytest.approx(hit / (flagged.len.sum() / table.len.sum()))
        assert row.pai_count == pytest.approx(hit / (k / len(index)))
    assert got.loc[5.0].pai_length > 1.5        # crime concentrates: last month's streets beat chance


def _grid(n_side=20, spacing=120.0):
    """Synthetic streets: short segments on a grid (one street each), ids s000.."""
    import shapely
    ij = np.array([(i, j) for i in range(n_side) for j in range(n_side)])
    x0, y0 = 500000 + ij[:, 0] * spacing, 430000 + ij[:, 1] * spacing
    geoms = shapely.linestrings(np.stack([np.column_stack([x0, y0]), np.column_stack([x0 + 60, y0])], axis=1))
    ids = [f"s{k:03d}" for k in range(len(ij))]
    return pd.DataFrame({"segment_id": np.arange(len(ids)), "street_id": ids, "name": ids, "geometry": geoms})


def _synthetic_crimes(streets, hot, months, rng, hot_rate=6.0, base_rate=0.3):
    rows = []
    mx = streets.geometry.apply(lambda g: g.interpolate(0.5, normalized=True).x).to_numpy()
    my = streets.geometry.apply(lambda g: g.interpolate(0.5, normalized=True).y).to_numpy()
    for m in months:
        lam = np.where(streets.street_id.isin(hot), hot_rate, base_rate)
        n = rng.poisson(lam)
        for k in np.flatnonzero(n):
            rows += [(m, "Burglary", streets.street_id.iat[k], streets.segment_id.iat[k], mx[k], my[k])] * int(n[k])
    return pd.DataFrame(rows, columns=["month", "crime_type", "street_id", "segment_id", "easting", "northing"])


def test_a_planted_persistent_hot_street_is_forecast_better_than_chance():
    rng = np.random.default_rng(26)
    streets = _grid()
    index = pd.Index(streets.street_id.to_numpy())
    hot = list(rng.choice(index, 8, replace=False))
    months = [f"2023-{m:02d}" for m in range(1, 8)]
    crimes = _synthetic_crimes(streets, hot, months, rng)
    hw = load_harm_weights()
    mid = street_points(streets)
    risk = crime_risk(crimes, Period("2023-06", "2023-06"), hw, index, mid)
    random_rank = pd.Series(rng.random(len(index)), index=index)
    out = F.outcome_of(crimes, Period("2023-07", "2023-07"), hw, index, _lengths(streets))
    acc = F.accuracy({"risk": risk, "random": random_rank}, out, index).set_index(["ranking", "top_pct"])
    assert acc.loc[("risk", 5.0)].pai_length > 3 * max(acc.loc[("random", 5.0)].pai_length, 1.0)
    assert set(hot) <= set(risk.nlargest(20).index)              # the planted streets are all in its top 5%
    d = F.differences({"risk": risk, "random": random_rank}, out, index, [("risk", "random")]).set_index("top_pct")
    assert d.loc[5.0].diff_lo > 0                                  # beyond chance


def test_kernel_density_counts_a_point_on_the_street_itself():
    dens = quartic_density(np.array([0.0, 50.0]), np.array([0.0, 0.0]), np.array([0.0, 500.0]), np.array([0.0, 0.0]))
    one = 3.0 / (np.pi * 100.0 ** 2) * 1e6
    assert dens[0] == pytest.approx(one * (1 + (1 - 0.25) ** 2)) and dens[1] == 0


def test_back_test_when_no_later_month_and_forecast_when_there_is():
    months = ["2018-10", "2018-11", "2018-12", "2019-01", "2024-01", "2024-02"]
    w = F.choose_window(Period("2024-02", "2024-02"), months)
    assert (w.mode, w.rank.name, w.outcome.name) == ("back-test", "2024-01", "2024-02")
    w = F.choose_window(Period("2018-10", "2018-11"), months)
    assert (w.mode, w.rank.name, w.outcome.name) == ("forecast", "2018-10..2018-11", "2018-12..2019-01")
    assert F.choose_window(Period("2018-11", "2018-12"), months) is None     # neither 2019-02 nor 2018-09
    assert F.choose_window(Period("2019-01", "2019-01"), months).mode == "back-test"
    assert F.choose_window(Period("2018-10", "2018-10"), months).mode == "forecast"


@pytest.fixture(scope="module")
def runs(hull):  # noqa: F811
    inp, links = hull
    return {p: P.prioritise(links, inp, Period(p, p), P.PriorityConfig(replicates=0)) for p in ("2018-12", "2024-02")}


def test_every_priority_run_has_two_ranks_their_accuracy_and_stability(hull, runs):  # noqa: F811
    runs_links = hull[1:]
    for name, res in runs.items():
        s, ch = res.streets, res.checks
        assert sorted(s.risk_rank) == list(range(1, len(s) + 1)) and s.risk_score.between(0, 100).all()
        t = ch["forecast"]
        acc = t[t.row_type == "accuracy"]
        assert set(acc.ranking) == {"priority", "risk", "last_count", "last_harm", "kde", "all_count"}
        assert acc.hit_rate.between(0, 1).all() and (acc.pai_count > 0).all()
        assert ch["window"].mode == ("forecast" if name == "2018-12" else "back-test")
        d = t[t.row_type == "difference"]
        assert (d.diff_lo <= d.diff_hit + 1e-12).all() and (d.diff_hit <= d.diff_hi + 1e-12).all()
        # a forecast run scores the priority in exactly its own order: its top 5% are the run's first k streets
        if name == "2018-12":
            k = int(np.ceil(0.05 * len(s)))
            top = s.sort_values("rank").street_id.head(k).astype(str)
            nxt = (P.mark_places(runs_links[0].crimes, ""))
            nxt = nxt[(nxt.month == "2019-01") & ~nxt.place].street_id.astype(str)
            row = acc[(acc.ranking == "priority") & (acc.top_pct == 5.0)].iloc[0]
            assert row.crimes_hit == nxt.isin(set(top)).sum() and row.crimes_total == nxt.isin(set(s.street_id)).sum()
        w = ch["stability_weights"]
        assert len(w) == 14 and w.jaccard.between(0, 1).all()
        assert ch["stability_shift"]["shifted"] in ("2018-11", "2024-01")
        assert 0 <= ch["stability_shift"]["risk"] <= 1


def test_shift_stability_of_the_count_equals_an_independent_jaccard(hull, runs):  # noqa: F811
    inp, links = hull
    res = runs["2018-12"]
    sh = res.checks["stability_shift"]
    index = set(res.streets.street_id.astype(str))
    c = links.crimes[links.crimes.street_id.astype(str).isin(index)]
    from local_priority_targeting.core.analyse.places import mark_places
    c = mark_places(c, "")
    c = c[~c.place]

    def top20(month):
        v = c[c.month == month].street_id.astype(str).value_counts()
        v = v.reindex(sorted(index), fill_value=0)
        return set(pd.DataFrame({"id": v.index, "n": v.values}).sort_values(["n", "id"], ascending=[False, True]).id[:20])
    a, b = top20("2018-12"), top20(sh["shifted"])
    assert sh["last_count"] == pytest.approx(len(a & b) / len(a | b))


def test_report_says_whether_the_ranks_work_in_plain_words(runs):
    res = runs["2024-02"]
    html = render_priority_report(res, "T")
    assert "Does it work? Forecast accuracy and stability" in html and "Back-test" in html
    assert "PAI" in html and "Jaccard" in html and "95% interval" in html
    for line in res.checks["stability_sentences"]:
        assert line.replace("'", "&#39;") in html


def test_jaccard_and_top():
    s = pd.Series([3.0, 3.0, 1.0, 5.0], index=["b", "a", "c", "d"])
    assert S.top(s, 2) == ["d", "a"] and S.jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)


def test_grouped_bootstrap_is_the_per_crime_poisson_bootstrap():
    """The differences' intervals weight groups of interchangeable crimes by one Poisson(n) draw; drawn here
    independently with a Poisson(1) weight per crime, the intervals agree within the simulation's noise."""
    rng = np.random.default_rng(7)
    index = pd.Index([f"s{k:03d}" for k in range(200)])
    lam = rng.gamma(0.6, 2.0, len(index))
    pos = np.repeat(np.arange(len(index)), rng.poisson(lam))
    types = ["Burglary", "Robbery", "Shoplifting"]
    harm_of = load_harm_weights()
    kind = rng.choice(types, len(pos))
    out = F.Outcome(pos, np.array([harm_of[t] for t in kind]), np.full(len(index), 100.0))
    ranks = {"a": pd.Series(lam + rng.normal(0, 0.5, len(index)), index=index),
             "b": pd.Series(rng.random(len(index)), index=index)}
    reps = 4000
    got = F.differences(ranks, out, index, [("a", "b")], fractions=(0.1,), replicates=reps).iloc[0]
    fa, fb = (F.flagged(ranks[k], 0.1)[pos].astype(float) for k in ("a", "b"))
    w = np.random.default_rng(99).poisson(1.0, (reps, len(pos))).astype(float)
    d = (w @ fa - w @ fb) / w.sum(axis=1)
    hw = out.harm
    dh = (w @ (fa * hw) - w @ (fb * hw)) / (w @ hw)
    assert got.diff_hit == pytest.approx((fa - fb).mean())
    assert got.diff_harm == pytest.approx(((fa - fb) * hw).sum() / hw.sum())
    for lo, hi, ref in (("diff_lo", "diff_hi", d), ("diff_harm_lo", "diff_harm_hi", dh)):
        width = np.percentile(ref, 97.5) - np.percentile(ref, 2.5)
        assert got[lo] == pytest.approx(np.percentile(ref, 2.5), abs=0.1 * width)
        assert got[hi] == pytest.approx(np.percentile(ref, 97.5), abs=0.1 * width)


def test_crime_risk_rank_equals_an_independent_computation_on_the_shipped_months(hull, runs):  # noqa: F811
    """risk = sum over months of max(0.5^(age/3), 0.1) x crimes + 0.1 x the quartic (150 m) sum over the other
    streets: computed here with plain pandas and a full distance matrix; the run's risk_rank follows it."""
    from scipy.spatial.distance import cdist
    inp, links = hull
    s = runs["2018-12"].streets
    ids = pd.Index(sorted(s.street_id.astype(str)))
    c = P.mark_places(links.crimes, "")
    c = c[~c.place & c.street_id.astype(str).isin(set(ids)) & (c.month <= "2018-12")]
    age = (2018 * 12 + 11) - c.month.str[:4].astype(int) * 12 - (c.month.str[5:7].astype(int) - 1)
    x = pd.Series(np.maximum(0.5 ** (age / 3.0), 0.1).to_numpy(), index=c.street_id.astype(str).to_numpy())
    x = x.groupby(level=0).sum().reindex(ids, fill_value=0.0).to_numpy()
    mid = street_points(inp.streets).reindex(ids)
    d = cdist(mid[["mx", "my"]].to_numpy(), mid[["mx", "my"]].to_numpy())
    k = np.where(d < 150.0, (1 - (d / 150.0) ** 2) ** 2, 0.0)
    np.fill_diagonal(k, 0.0)
    risk = pd.Series(x + 0.1 * (k @ x), index=ids)
    in_order = risk.reindex(s.sort_values("risk_rank").street_id.astype(str)).to_numpy()
    assert (np.diff(in_order) <= 1e-9).all()                         # the rank never puts a lower risk first
    assert s.set_index(s.street_id.astype(str)).risk_score.reindex(ids).to_numpy() == pytest.approx(
        (100 * risk.rank(pct=True).where(risk > 0, 0.0)).round(2).to_numpy(), abs=0.011)


def test_the_checks_do_not_depend_on_the_order_of_the_streets(hull, runs):  # noqa: F811
    """run_checks aligns every column by street id: the streets in another order give the same table."""
    from local_priority_targeting.core.analyse import forecast_run as FR
    inp, links = hull
    res = runs["2024-02"]
    comp = pd.DataFrame({c: res.streets.set_index("street_id")[f"{c}_comp"] for c in P.COMPONENTS})
    cfg = P.PriorityConfig(replicates=0)
    crimes = P.mark_places(P.scoped(links, inp, cfg)[0].crimes, "")
    crimes = crimes[~crimes.place]
    args = (comp, crimes, inp.streets, Period("2024-02", "2024-02"), P.load_harm_weights(), cfg.weights.as_dict(),
            cfg.gi_distance, cfg.top_n)
    a = res.streets.copy()
    b = res.streets.sample(frac=1.0, random_state=3)
    ca, cb = FR.run_checks(a, *args), FR.run_checks(b, *args)
    pd.testing.assert_frame_equal(ca["forecast"], cb["forecast"])
    assert ca["stability_shift"] == cb["stability_shift"]
    pd.testing.assert_frame_equal(ca["stability_weights"], cb["stability_weights"])
    cols = ["street_id", "risk_rank", "risk_score"]
    pd.testing.assert_frame_equal(a[cols].sort_values("street_id").reset_index(drop=True),
                                  b[cols].sort_values("street_id").reset_index(drop=True))
    assert (a.risk_rank.to_numpy() == res.streets.risk_rank.to_numpy()).all()


@pytest.mark.parametrize("month", ["2018-12", "2024-02"])
def test_the_forecast_output_read_back_from_csv_says_what_the_report_says(runs, tmp_path, month):
    """The FORECAST output (accuracy, differences and stability rows) written as CSV and read back as text, as the
    briefing pack reads it, gives the report's sentences and the top-5% rows of the table."""
    from local_priority_targeting.core.analyse.forecast_run import output_table, stability_from
    from local_priority_targeting.core.report.briefing_forecast import forecast_rows
    ch = runs[month].checks
    table = output_table(ch, 20)
    assert set(table.row_type) == {"accuracy", "difference", "stability"}
    table.to_csv(tmp_path / "f.csv", index=False)
    text = pd.read_csv(tmp_path / "f.csv", dtype=str, keep_default_na=False)
    weights, shift, n = stability_from(text)
    pd.testing.assert_frame_equal(weights, ch["stability_weights"].reset_index(drop=True), check_dtype=False)
    assert shift.pop("shifted") == ch["stability_shift"]["shifted"] and n == 20
    assert shift == pytest.approx({k: v for k, v in ch["stability_shift"].items() if k != "shifted"})
    rows, words = forecast_rows(text)
    assert words == "\n".join(ch["forecast_sentences"] + ch["stability_sentences"])
    acc = ch["forecast"].query("row_type == 'accuracy' and top_pct == 5.0").set_index("label")
    assert len(rows) == 6 and {r[0] for r in rows} == set(acc.index)
    for r in rows:
        assert r[3] == f"{100 * acc.hit_rate[r[0]]:.1f}%" and r[5] == f"{acc.pai_length[r[0]]:.2f}"


@pytest.mark.parametrize("n_levels, n_keys", [(7, 12), (5000, 6), (9, 45)])
def test_crime_groups_from_street_pairs_equal_the_groups_of_every_crime(n_levels, n_keys):
    """The bootstrap's groups of interchangeable crimes found once per (street, harm) pair are those found crime
    by crime: the same flag rows and harms in the same order, the same counts (both ways of keying them)."""
    from local_priority_targeting.core.analyse import forecast as F
    rng = np.random.default_rng(11)
    n_streets, n_crimes = 3000, 60000
    keys = [(f"r{k % 4}", 0.01 * (1 + k // 4)) for k in range(n_keys)]
    by_rank = {}
    for name, f in keys:
        by_rank.setdefault(name, {})[f] = rng.random(n_streets) < f * 5
    harm_levels = rng.random(n_levels) * 10
    out = F.Outcome(rng.integers(0, n_streets, n_crimes), harm_levels[rng.integers(0, n_levels, n_crimes)],
                    np.ones(n_streets))
    every = np.column_stack([by_rank[name][f][out.pos] for name, f in keys]).astype(float)
    want = F._groups(every, out.harm)
    got = F._crime_groups(by_rank, keys, out)
    for a, b in zip(got, want):
        np.testing.assert_array_equal(a, b)
    assert got[2].sum() == n_crimes
