"""How stable is the priority ranking?  `make stability` (writes build/stability.md; README quotes it).

On the shipped Hull data, top-20 overlap (Jaccard) of ``lpt:prioritystreets``' core between:
* two synthetic member sets of the same size (other seeds), same crime period;
* the period moved by one month (each pair of neighbouring shipped months);
* each weight changed by +-10%;
Member sets differ in members and their survey answers; the door-knock log (visits) is the shipped one for all,
since visits are a record of what officers did, not a sample.
"""
import itertools
import os
import sys
import tempfile
import time
from dataclasses import replace

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hull import DEMO, ROOT, _import, load_hull  # noqa: E402

TOP = 20
SEEDS = (101, 202, 303, 404)
PERIODS = [("2018-11", "2018-12"), ("2018-12", "2019-01"), ("2024-01", "2024-02")]
TWO_MONTHS = [(("2018-10", "2018-11"), ("2018-11", "2018-12")), (("2018-11", "2018-12"), ("2018-12", "2019-01"))]


def jaccard(a, b) -> float:
    a, b = set(a), set(b)
    return len(a & b) / len(a | b)


def top(res, n=TOP):
    return res.streets.sort_values("rank").head(n).street_id.tolist()


def member_sets(folder):
    synth = _import("core.synth")
    areas = _import("core.io.areas")
    codes, _, wkb = areas.read_geojson(os.path.join(DEMO, "boundaries", "hull_lsoa2021.geojson"), "lsoa21_code")
    d = lambda *p: os.path.join(DEMO, *p)  # noqa: E731
    geo = synth.load_geography(d("postcodes", "codepo_hu_hull.csv"), codes, wkb,
                               d("census2021", "ts021_ethnic_group_lsoa21_hull_long.csv"),
                               d("census2021", "ts030_religion_lsoa21_hull_long.csv"),
                               d("census2021", "ts011_household_deprivation_lsoa21_hull_long.csv"),
                               d("deprivation", "iod2025_lsoa21_hull.csv"), d("crime"), "E06000010")
    out = []
    for seed in SEEDS:
        paths = synth.write(synth.generate(geo, synth.SynthConfig(seed=seed)), os.path.join(folder, str(seed)))
        out.append(paths)
    return out


def main():
    P, I, L = _import("core.analyse.priority"), _import("core.analyse.insight"), _import("core.link.link")
    t0 = time.time()
    lines = [f"# Ranking stability on the shipped Hull data (top {TOP}, Jaccard)", ""]
    feb = I.Period("2024-02", "2024-02")
    with tempfile.TemporaryDirectory() as tmp:
        tops = []
        for paths in member_sets(tmp):
            inp = load_hull(paths["members"], paths["surveys"])   # door-knock visits: the shipped log
            tops.append(top(P.prioritise(L.link(inp), inp, feb)))
    pairs = [jaccard(a, b) for a, b in itertools.combinations(tops, 2)]
    lines.append(f"- Two synthetic member sets of the same size (12,000; seeds {', '.join(map(str, SEEDS))}; "
                 f"{len(pairs)} pairs), February 2024: median {np.median(pairs):.2f} (min {min(pairs):.2f}, "
                 f"max {max(pairs):.2f}).")
    inp = load_hull()
    links = L.link(inp)
    base = P.prioritise(links, inp, feb)
    shift, crime_only = [], []
    for a, b in PERIODS:
        ra = P.prioritise(links, inp, I.Period(a, a))
        rb = P.prioritise(links, inp, I.Period(b, b))
        shift.append(jaccard(top(ra), top(rb)))
        crime_only.append(jaccard(ra.streets.nlargest(TOP, "harm").street_id, rb.streets.nlargest(TOP, "harm").street_id))
    lines.append(f"- Period moved by one month ({', '.join(f'{a} to {b}' for a, b in PERIODS)}): "
                 f"{', '.join(f'{j:.2f}' for j in shift)}; ranking by harm-weighted crime alone: "
                 f"{', '.join(f'{j:.2f}' for j in crime_only)}.")
    two = [jaccard(top(P.prioritise(links, inp, I.Period(*a))), top(P.prioritise(links, inp, I.Period(*b))))
           for a, b in TWO_MONTHS]
    lines.append(f"- Two-month period moved by one month ({', '.join(f'{a[0]}..{a[1]} to {b[0]}..{b[1]}' for a, b in TWO_MONTHS)}): "
                 f"{', '.join(f'{j:.2f}' for j in two)}.")
    wj = []
    for c in P.COMPONENTS:
        for f in (0.9, 1.1):
            w = replace(P.PriorityWeights(), **{c: getattr(P.PriorityWeights(), c) * f})
            wj.append(jaccard(top(base), top(P.prioritise(links, inp, feb, P.PriorityConfig(weights=w)))))
    lines.append(f"- Each of the 7 weights changed by -10% and +10% (14 runs), February 2024: median "
                 f"{np.median(wj):.2f} (min {min(wj):.2f}).")
    s = base.summary
    lines.append(f"- Bootstrap ({s['replicates']} resamples of members and their answers), February 2024: "
                 f"{s['secure_top']} of the top {TOP} are in the top {TOP} in at least 90% of resamples; "
                 f"{s['within_reach']} streets outside it could enter (their rank range reaches {TOP}).")
    lines.append("")
    lines.append(f"(measured by `make stability` in {time.time() - t0:.0f} s)")
    text = "\n".join(lines)
    os.makedirs(os.path.join(ROOT, "build"), exist_ok=True)
    with open(os.path.join(ROOT, "build", "stability.md"), "w") as fh:
        fh.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
