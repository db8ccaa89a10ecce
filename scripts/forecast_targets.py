"""Issue #26's targets measured on the shipped Hull months (developer tool; the figures in docs/forecast.md).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/forecast_targets.py

Four held-out shifts: rank on 2018-10, 2018-11, 2018-12 and score on the month after; rank on 2024-02 and
back-test (rank on 2024-01, score on 2024-02).  Synthetic members from demo/data/synthetic.  Prints the top-5%
hit rates and PAI of the crime-risk rank, the priority and the baselines, the one-month-shift Jaccard of the top
20 (the run's approximate check and, for the priority, a full re-run of the shifted period) and the cost of the
checks against the ranking itself.

    ... forecast_targets.py --members   also: two synthetic member sets of the same size (four seeds, six pairs),
                                        Jaccard of the priority top 20 (February 2024 and December 2018)
    ... forecast_targets.py --ceiling   also: what a ranking that peeks at the future reaches (each street's count
                                        over every other shipped month, later ones included), against last
                                        month's count: an upper bound for the 1.2x PAI target on these months
    ... forecast_targets.py --history   also: a what-if for the lead - the priority with its harm and hot components
                                        from the crime risk's months (recency-weighted harm, Gi* on it) instead of
                                        the period's alone: one-month-shift Jaccard and top-5% hit rate
    ... forecast_targets.py --force     also: the cost of the checks in prioritise at force scale (the data of
                                        scripts/bench.py, generated in memory; no files written)
"""
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests"))
sys.path.insert(1, HERE)
import conftest  # noqa: E402,F401  (the plugin on the path as QGIS imports it)
from test_link_insight import hull  # noqa: E402

import pandas as pd  # noqa: E402

from local_priority_targeting.core.analyse import forecast_run as FR, priority as P  # noqa: E402
from local_priority_targeting.core.analyse.insight import Period  # noqa: E402
from local_priority_targeting.core.analyse.stability import jaccard  # noqa: E402

PERIODS = ["2018-10", "2018-11", "2018-12", "2024-02"]


def top20(res):
    return set(res.streets.sort_values("rank").street_id.head(20))


def main():
    inp, links = hull.__wrapped__()
    cfg = P.PriorityConfig(replicates=0)
    rows, runs = [], {}
    for p in PERIODS + ["2019-01", "2024-01"]:
        t0 = time.perf_counter()
        runs[p] = P.prioritise(links, inp, Period(p, p), cfg)
        runs[p].summary["seconds"] = time.perf_counter() - t0
    for p in PERIODS:
        res = runs[p]
        t = res.checks["forecast"]
        acc = t[(t.row_type == "accuracy") & (t.top_pct == 5.0)].set_index("ranking")
        sh = res.checks["stability_shift"]
        full = jaccard(top20(res), top20(runs[sh["shifted"]])) if sh["shifted"] in runs else float("nan")
        rows.append({"period": p, "mode": res.checks["window"].mode, "scored": res.checks["window"].outcome.name,
                     **{f"hit_{k}": acc.hit_rate[k] for k in acc.index},
                     **{f"pai_{k}": acc.pai_length[k] for k in ("risk", "priority", "last_count", "kde", "all_count")},
                     "paic_risk_over_last": acc.pai_count["risk"] / acc.pai_count["last_count"],
                     "pail_risk_over_last": acc.pai_length["risk"] / acc.pai_length["last_count"],
                     "shift_to": sh["shifted"], "j_risk": sh["risk"], "j_priority_approx": sh["priority"],
                     "j_priority_full": full, "j_last_count": sh["last_count"],
                     "w_min": res.checks["stability_weights"].jaccard.min()})
    df = pd.DataFrame(rows).set_index("period").T
    with pd.option_context("display.width", 200, "display.precision", 3):
        print(df)
    # cost of the checks against the ranking (2024-02): the checks run again on the result
    res = runs["2024-02"]
    comp = pd.DataFrame({c: res.streets.set_index("street_id")[f"{c}_comp"] for c in P.COMPONENTS})
    crimes = P.mark_places(P.scoped(links, inp, cfg)[0].crimes, "")
    t0 = time.perf_counter()
    FR.run_checks(res.streets.copy(), comp, crimes[~crimes.place], inp.streets, Period("2024-02", "2024-02"),
                  P.load_harm_weights(), cfg.weights.as_dict(), cfg.gi_distance, cfg.top_n)
    checks = time.perf_counter() - t0
    print(f"prioritise 2024-02 (with the checks, no bootstrap): {res.summary['seconds']:.2f} s; checks alone "
          f"{checks:.2f} s")


def ceiling(inp, links, res):
    from local_priority_targeting.core.analyse import forecast as F
    ids = pd.Index(sorted(res.streets.street_id.astype(str)))
    c = P.mark_places(P.scoped(links, inp, P.PriorityConfig())[0].crimes, "")
    c = c[~c.place & c.street_id.astype(str).isin(set(ids))]
    cnt = {m: c[c.month == m].street_id.astype(str).value_counts().reindex(ids, fill_value=0).astype(float)
           for m in sorted(c.month.unique())}
    ln = res.streets.set_index(res.streets.street_id.astype(str)).length_m.reindex(ids).clip(lower=1).to_numpy()
    for m, p in {"2018-11": "2018-10", "2018-12": "2018-11", "2019-01": "2018-12", "2024-02": "2024-01"}.items():
        y, got = cnt[m].to_numpy(), []
        for score in (cnt[p], sum(v for k, v in cnt.items() if k != m)):
            f = F.flagged(score, 0.05)
            got.append((y[f].sum() / y.sum(), y[f].sum() / y.sum() / (ln[f].sum() / ln.sum())))
        (h0, p0), (h1, p1) = got
        print(f"ceiling, scored {m}: last count {h0:.3f} (PAI {p0:.2f}); every other month's count {h1:.3f} "
              f"(PAI {p1:.2f}): {h1 / h0:.2f}x the hit rate, {p1 / p0:.2f}x the PAI by length")


def _recency_parts(ca, parts, end: str, ids):
    """harm and hot as the priority computes them, from every month up to ``end`` with the crime risk's weights."""
    import numpy as np
    from local_priority_targeting.core.analyse.crime_arrays import month_no
    from local_priority_targeting.core.analyse.forecast_run import RISK
    from local_priority_targeting.core.analyse.hotspots import gi_star
    from local_priority_targeting.core.analyse.ranks import pct_rank
    e = month_no(end)
    r = np.maximum(0.5 ** ((e - ca.month) / RISK.half_life), RISK.floor) * ((ca.month >= 0) & (ca.month <= e))
    street = pd.Series(ca.per_street(r > 0, r * ca.harm), index=ids)
    pos = parts.seg_ids.get_indexer(ca.seg)
    x = np.bincount(pos[pos >= 0], weights=(r * ca.harm)[pos >= 0], minlength=len(parts.seg_ids))
    z = pd.Series(gi_star(x, parts.w)[0]).groupby(parts.seg_street).max().reindex(ids).fillna(0.0)
    return pct_rank(street), z.clip(0, 4) / 4.0, street


def history(inp, links, runs):
    from local_priority_targeting.core.analyse import forecast as F, stability as S
    from local_priority_targeting.core.analyse.crime_arrays import crime_arrays
    from local_priority_targeting.core.analyse.crime_parts import CrimeParts
    from local_priority_targeting.core.analyse.ranks import combine
    cfg, hw = P.PriorityConfig(replicates=0), P.load_harm_weights()
    crimes = P.mark_places(P.scoped(links, inp, cfg)[0].crimes, "")
    ids = pd.Index(sorted(runs["2024-02"].streets.street_id.astype(str)))
    ca = crime_arrays(crimes[~crimes.place], ids, hw)
    parts = CrimeParts(inp.streets, cfg.gi_distance, ids)

    def scores(m):
        s = runs[m].streets.set_index(runs[m].streets.street_id.astype(str)).reindex(ids)
        comp = pd.DataFrame({c: s[f"{c}_comp"].astype(float) for c in P.COMPONENTS}, index=ids)
        comp["harm"], comp["hot"], value = _recency_parts(ca, parts, m, ids)
        return combine(comp, cfg.weights.as_dict(), P.COMPONENTS)[0], value
    pairs = [("2018-10", "2018-11"), ("2018-11", "2018-10"), ("2018-12", "2018-11"), ("2024-02", "2024-01")]
    nxt = {"2018-10": "2018-11", "2018-11": "2018-12", "2018-12": "2019-01"}
    for a, b in pairs:
        (sa, va), (sb, vb) = scores(a), scores(b)
        hit = ""
        if a in nxt:
            y, f = ca.per_street(ca.within(Period(nxt[a], nxt[a]))), F.flagged(sa, 0.05)
            hit = f"; top-5% hit rate on {nxt[a]} {y[f].sum() / y.sum():.3f}"
        print(f"priority with harm and hot from the risk's months, {a} vs {b}: top-20 Jaccard "
              f"{S.jaccard(S.top(sa, 20, va), S.top(sb, 20, vb)):.2f}{hit}")


def members():
    import itertools
    import tempfile
    from stability import member_sets  # noqa: E402  (scripts/)
    from hull import load_hull  # noqa: E402
    from local_priority_targeting.core.link import link as L
    with tempfile.TemporaryDirectory() as tmp:
        sets = member_sets(tmp)
        for p in ("2024-02", "2018-12"):
            tops = []
            for paths in sets:
                inp = load_hull(paths["members"], paths["surveys"])
                tops.append(top20(P.prioritise(L.link(inp), inp, Period(p, p), P.PriorityConfig(replicates=0))))
            js = sorted(jaccard(a, b) for a, b in itertools.combinations(tops, 2))
            print(f"member sets, priority top 20, {p}: Jaccard {', '.join(f'{j:.2f}' for j in js)}; "
                  f"median {pd.Series(js).median():.2f}")


def force():
    import pickle
    import tempfile
    import bench  # noqa: E402  (scripts/)
    from local_priority_targeting.core.analyse import insight as I
    from local_priority_targeting.core.link import link as L
    bench.write_inputs = lambda *a, **k: None          # the data in memory only
    with tempfile.TemporaryDirectory() as tmp:
        bench.generate(tmp)
        with open(os.path.join(tmp, "data.pkl"), "rb") as fh:
            d = pickle.load(fh)
    inp = L.LinkInputs(**{k: d[k] for k in ("members", "postcodes", "streets", "areas", "crimes", "surveys")})
    links, spent, run_checks = L.link(inp), {}, FR.run_checks

    def timed(*a, **k):
        t0 = time.perf_counter()
        r = run_checks(*a, **k)
        spent["checks"] = time.perf_counter() - t0
        return r
    FR.run_checks = timed
    for cfg in (P.PriorityConfig(replicates=0), P.PriorityConfig()):
        t0 = time.perf_counter()
        P.prioritise(links, inp, I.Period("2024-04", "2024-06"), cfg)
        total = time.perf_counter() - t0
        print(f"force scale, prioritise with {cfg.replicates} bootstrap replicates: {total:.1f} s, of which the "
              f"checks {spent['checks']:.1f} s (+{100 * spent['checks'] / (total - spent['checks']):.0f}%)")
    FR.run_checks = run_checks


if __name__ == "__main__":
    main()
    if "--ceiling" in sys.argv:
        inp, links = hull.__wrapped__()
        ceiling(inp, links, P.prioritise(links, inp, Period("2024-02", "2024-02"), P.PriorityConfig(replicates=0)))
    if "--history" in sys.argv:
        inp, links = hull.__wrapped__()
        history(inp, links, {m: P.prioritise(links, inp, Period(m, m), P.PriorityConfig(replicates=0))
                             for m in ("2018-10", "2018-11", "2018-12", "2024-01", "2024-02")})
    if "--members" in sys.argv:
        members()
    if "--force" in sys.argv:
        force()
