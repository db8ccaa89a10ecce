"""#23 points 2 and 3, on the real Hull data (demo/data) over several periods, levels, weights and a subset of areas.

* "Significant" means significant after the false discovery rate: every ``*_sig`` flag is ``*_q < alpha``, the
  change legends say so with the run's level, and no reason, rule field, message or legend calls a change
  significant whose q-value is alpha or more.
* Every sentence is read back against the figures it cites: the priority report's counts, each reason's
  numbers, and the message's crime change (area, counts in both periods, the periods, the change, and whether
  it is a real change).
"""
import html
import math
import re
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core.analyse import insight as I, priority as P, trends as T
from local_priority_targeting.core.analyse.insight import CRIME_FIELDS
from local_priority_targeting.core.analyse.places import mark_places
from local_priority_targeting.core.analyse.reasons import CATEGORY_LABEL
from local_priority_targeting.core.engage import messages as M
from local_priority_targeting.core.engage.change_sentence import period_words
from local_priority_targeting.core.link import link as L
from local_priority_targeting.core.report.report import render_priority_report

from _paths import ROOT
from test_link_insight import hull  # noqa: F401  (module fixture: real Hull inputs and links)
from test_priority import FEB, full  # noqa: F401
from test_priority_defensible import check_reasons
from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported by the algorithms)

JAN = I.Period("2024-01", "2024-01")
CRIME_COLS = ["crimes", *CRIME_FIELDS.values()]
# a negation says a change is NOT significant: the only way the word may appear for q >= alpha
NEGATED = re.compile(r"not a significant change|no change is claimed|none is called significant", re.I)


def claims_significance(text: str) -> bool:
    return "significant" in NEGATED.sub("", text).lower()


@pytest.fixture(scope="module")
def planted(full):  # noqa: F811
    """The Hull data with 60 violent crimes added in February 2024 on one street: a real rise, at street level
    and in its ward, next to the many small rises that are chance (p < 0.05 but q >= 0.05)."""
    inp, links, res = full
    s = res.streets
    c = links.crimes
    jan = c[(c.month == "2024-01") & (c.crime_type == "Violence and sexual offences")].street_id.value_counts()
    street = s[(s.c_violence == 1) & (s.area_code != "") & s.street_id.map(jan).between(1, 2)] \
        .sort_values("street_id").street_id.iloc[0]
    seg = inp.streets[inp.streets.street_id == street].iloc[0].geometry
    x, y = seg.interpolate(0.5, normalized=True).coords[0]
    extra = pd.DataFrame({"crime_id": [f"v{i}" for i in range(60)], "month": "2024-02",
                          "crime_type": "Violence and sexual offences", "location": "On or near planted",
                          "easting": x, "northing": y, "lsoa_code": ""})
    inp2 = replace(inp, crimes=pd.concat([inp.crimes, extra], ignore_index=True))
    return inp2, L.link(inp2), street


# ------------------------------------------------------------------ point 3: flags are FDR
COMPARISONS = {
    "jan_feb_planted": (JAN, FEB, 0.05, True),
    "two_months_2018": (I.Period("2018-10", "2018-11"), I.Period("2018-12", "2019-01"), 0.05, False),
    "unequal_alpha_0.1": (I.Period("2018-10", "2018-12"), I.Period("2024-01", "2024-02"), 0.1, False),
    "not_comparable": (I.Period("2018-09", "2018-10"), I.Period("2018-11", "2018-12"), 0.05, False),
}


@pytest.fixture(scope="module")
def comparisons(full, planted):  # noqa: F811
    inp, links, _ = full
    out = {}
    for name, (p1, p2, alpha, plant) in COMPARISONS.items():
        i, lk = (planted[0], planted[1]) if plant else (inp, links)
        out[name] = (T.compare(lk, i, p1, p2, alpha), alpha)
    return out


@pytest.mark.parametrize("run", list(COMPARISONS))
def test_every_sig_flag_is_its_q_value_below_alpha(comparisons, run):
    cmp, alpha = comparisons[run]
    for df in (cmp.streets, cmp.areas, cmp.force):
        assert (df.alpha == alpha).all()
        for col in [c for c in df.columns if c.endswith("_sig")]:
            base = col[:-4]
            expect = df[f"{base}_q"].fillna(1.0) < alpha
            if base in CRIME_COLS:
                expect &= df.comparable
            assert (df[col] == expect).all(), (run, col)
        moved = df.crime_trend != "no change"
        assert (moved == df.crimes_sig).all()
        assert (df.crimes_chg[df.crime_trend == "rise"] > 0).all() and (df.crimes_chg[df.crime_trend == "fall"] < 0).all()
    if run == "jan_feb_planted":      # the test can fail: streets with p < alpha that the FDR does not call significant
        st = cmp.streets
        assert ((st.crimes_p < alpha) & ~st.crimes_sig).sum() >= 5 and st.crimes_sig.sum() >= 1
    if run == "not_comparable":
        assert not cmp.streets.crimes_sig.any() and not cmp.areas.crimes_sig.any()


def _rule_hits(qml: str, df: pd.DataFrame, alpha: float):
    """The legend labels of the stored style (after the run's alpha is stated) and, per label, the rows it draws:
    QGIS evaluates each rule's filter on a memory layer holding the change rows."""
    from qgis.core import (QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeature, QgsField,
                           QgsVectorLayer)
    from qgis.PyQt.QtCore import QVariant
    from local_priority_targeting.processing.styling import state_alpha
    geom = "MultiLineString" if qml.startswith("street") else "MultiPolygon"
    lyr = QgsVectorLayer(f"{geom}?crs=EPSG:27700", "chg", "memory")
    lyr.dataProvider().addAttributes([QgsField("crime_trend", QVariant.String), QgsField("crimes_pct", QVariant.Double),
                                      QgsField("alpha", QVariant.Double)])
    lyr.updateFields()
    feats = []
    for r in df.itertuples():
        f = QgsFeature(lyr.fields())
        f.setAttributes([r.crime_trend, None if pd.isna(r.crimes_pct) else float(r.crimes_pct), alpha])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    msg, ok = lyr.loadNamedStyle(str(ROOT / "resources" / "styles" / qml))
    assert ok, msg
    raw = [r.label() for r in lyr.renderer().rootRule().children()]
    assert state_alpha(lyr)
    hits = {}
    for rule in lyr.renderer().rootRule().children():
        ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(lyr))
        expr = QgsExpression(rule.filterExpression())
        rows = []
        for i, f in enumerate(lyr.getFeatures()):
            ctx.setFeature(f)
            if expr.evaluate(ctx):
                rows.append(i)
        hits[rule.label()] = rows
    return raw, hits


@pytest.mark.parametrize("run", ["jan_feb_planted", "unequal_alpha_0.1", "not_comparable"])
@pytest.mark.parametrize("qml,level", [("street_change.qml", "streets"), ("area_change.qml", "areas")])
def test_change_legends_say_significant_only_for_q_below_alpha(qgis_app, comparisons, run, qml, level):
    cmp, alpha = comparisons[run]
    df = getattr(cmp, level).reset_index(drop=True)
    raw, hits = _rule_hits(qml, df, alpha)
    assert all("q < α" in lab for lab in raw if claims_significance(lab))
    drawn = sorted(i for rows in hits.values() for i in rows)
    assert drawn == list(range(len(df)))                    # every row drawn once (a rise from none too)
    for label, rows in hits.items():
        if claims_significance(label):
            assert f"q < {alpha:g}" in label and "FDR" in label
            assert (df.crimes_q.iloc[rows] < alpha).all() and df.crimes_sig.iloc[rows].all(), label
        else:
            assert not df.crimes_sig.iloc[rows].any(), label


# ------------------------------------------------------------------ priority: reasons, rule fields, report
RUNS = {
    "feb_planted": (FEB, P.PriorityConfig(replicates=50)),
    "weights_trend_alpha_0.1": (FEB, P.PriorityConfig(alpha=0.1, replicates=0,
                                                      weights=P.PriorityWeights(trend=3, concern=0.2, engagement=2))),
    "one_ward_planted": (FEB, None),
    "two_months_2018": (I.Period("2018-12", "2019-01"), P.PriorityConfig(replicates=30)),
}


@pytest.fixture(scope="module")
def priority_runs(full, planted):  # noqa: F811
    inp, links, _ = full
    inp2, links2, street = planted
    out = {}
    for name, (period, cfg) in RUNS.items():
        if cfg is None:        # the planted street's ward and the ward ranked first before
            base = P.prioritise(links2, inp2, period, P.PriorityConfig(replicates=0)).streets.set_index("street_id")
            cfg = P.PriorityConfig(replicates=0, areas=sorted({base.loc[street, "area_code"],
                                                               base.area_code[base.area_code != ""].iloc[0]}))
        i, lk = (inp2, links2) if name.endswith("planted") or name.startswith("weights") else (inp, links)
        out[name] = (i, lk, period, cfg, P.prioritise(lk, i, period, cfg))
    return out, street


def _street_change(inp, links, period, cfg):
    """The street comparison the ranking used (crimes at named places kept apart), independently of the ranking."""
    crimes = mark_places(links.crimes, cfg.places_path)
    slinks = replace(links, crimes=crimes[~crimes.place] if cfg.places_apart else crimes)
    return T.compare(slinks, inp, P.previous_period(period), period, cfg.alpha).streets.set_index("street_id")


@pytest.mark.parametrize("run", list(RUNS))
def test_reasons_and_rule_fields_call_a_rise_significant_only_after_fdr(priority_runs, run):
    runs, street = priority_runs
    inp, links, period, cfg, res = runs[run]
    s = res.streets.set_index("street_id")
    assert check_reasons(res.streets.head(300), alpha=cfg.alpha) > 0       # every number of every reason read back
    chg = _street_change(inp, links, period, cfg).reindex(s.index)
    for sid, r in s.iterrows():
        for text in [x for x in r.reasons.split("; ") if x]:
            if claims_significance(text):
                q = re.search(r"q (?:= ([\d.]+)|< 0\.001)", text)
                assert q and (q[1] is None or float(q[1]) < cfg.alpha), text
    rising = s.trend_comp > 0
    assert (s.rise_q[rising] < cfg.alpha).all()
    for f in CRIME_FIELDS.values():           # what the rule field rise_<f> was: a rise significant after FDR
        fired = s.rise_field == f
        assert (chg.loc[fired[fired].index, f"{f}_q"] < cfg.alpha).all()
    r6 = s.actions.str.contains("R6-violence:", regex=False)
    assert (chg.c_violence_q[r6] < cfg.alpha).all() and (chg.c_violence_pct[r6] > 0).all()
    # chance rises (p < alpha, q >= alpha) are never the cited rise, never a rule's rise_<field>, never R6
    n_chance = 0
    for f in CRIME_FIELDS.values():
        chance = (chg[f"{f}_p"] < cfg.alpha) & (chg[f"{f}_q"] >= cfg.alpha) & (chg[f"{f}_pct"] > 0)
        n_chance += int(chance.sum())
        assert not (s.rise_field[chance] == f).any()
        assert not s.reasons[chance].str.contains(f"{CATEGORY_LABEL[f].capitalize()} up ", regex=False).any()
        if f == "c_violence":
            assert not r6[chance].any()
    if run == "feb_planted":
        assert n_chance >= 1, "no chance rise: the test could not fail"
        assert r6[street] and s.loc[street, "rise_field"] == "c_violence" and s.loc[street, "trend_comp"] > 0
    if run == "weights_trend_alpha_0.1":      # with trend weighted up, the planted rise is among its reasons
        assert re.search(r"Violence up \d+% on the previous period \(\d+ to \d+\), significant after FDR \(q",
                         s.loc[street, "reasons"])


def _text(html_page: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", html_page)))


@pytest.mark.parametrize("run", list(RUNS))
def test_every_figure_of_the_priority_report_reads_back_from_the_layer(priority_runs, run):
    runs, _ = priority_runs
    inp, links, period, cfg, res = runs[run]
    s = res.streets
    top_n = 20
    page = render_priority_report(res, "Hull", top_n=top_n)
    text = _text(page)
    m = re.search(r"([\d,]+) streets ranked; ([\d,]+) hot streets", text)
    assert int(m[1].replace(",", "")) == len(s) and int(m[2].replace(",", "")) == int(s.hot.sum())
    m = re.search(r"The top 20% of streets hold (\d+)% of harm-weighted crime", text)
    h = np.sort(s.harm.values)[::-1]
    assert int(m[1]) == round(100 * h[:max(1, math.ceil(0.2 * len(h)))].sum() / h.sum())
    m = re.search(r"(\d+) of the top (\d+) streets \(and ([\d,]+) of all ([\d,]+) ranked\) are shorter than the "
                  r"minimum unit length of (\d+) m", text)
    top = s[s["rank"] <= int(m[2])] if m else s[s["rank"] <= top_n]
    if m is None:
        assert not (s.length_m < 50).any()
    else:
        limit = float(m[5])
        assert int(m[1]) == int((top.length_m < limit).sum()), "top streets shorter than the limit, by length_m"
        assert int(m[3].replace(",", "")) == int((s.length_m < limit).sum())
        assert int(m[4].replace(",", "")) == len(s) and int(m[2]) == top_n
    if cfg.replicates:
        m = re.search(r"How sure: (\d+) of the top (\d+) streets are in the top \d+ in at least 90% of (\d+) resamples"
                      r".*?; ([\d,]+) streets outside it are within reach", text)
        assert int(m[1]) == int((top.p_top >= 0.9).sum()) and int(m[3]) == cfg.replicates
        assert int(m[4].replace(",", "")) == int(((s["rank"] > top_n) & (s.rank_best <= top_n)).sum())
    # each top street's reasons in the report are the layer's, word for word
    for r in top.itertuples():
        for why in [x for x in r.reasons.split("; ") if x]:
            assert html.escape(why, quote=False) in page or why in text
    # "significant" only with a q-value below alpha (and in the Method's statement of that rule)
    for q in re.findall(r"significant after FDR \(q (?:= ([\d.]+)|< 0\.001)\)", text):
        assert q == "" or float(q) < cfg.alpha
    rest = re.sub(r"significant after FDR \(q (?:= [\d.]+|< 0\.001)\)", "", text)
    # R6's action is given only for a violence rise significant after FDR (checked in the test above)
    r6 = pd.read_csv(ROOT / "resources" / "config" / "action_rules.csv").set_index("rule_id").action["R6-violence"]
    rest = rest.replace(f"R6-violence: {r6}", "")
    rest = rest.replace(f"rises on the previous period significant after FDR (exact conditional binomial test, "
                        f"Benjamini-Hochberg q below {cfg.alpha})", "")
    assert "significan" not in rest.lower()


# ------------------------------------------------------------------ messages: the crime change sentence
SENTENCE = re.compile(
    r"^Recorded crime in (?P<area>.+?) was (?P<x2>[\d,]+) in (?P<p2>[A-Z][a-z]+(?: \d{4})?(?: to [A-Z][a-z]+)? \d{4}), "
    r"(?P<change>up from|the same as|(?P<dir>up|down) (?P<pct>\d+)%(?: a month \((?P<r1>[\d.]+) to (?P<r2>[\d.]+) a "
    r"month\))? from) (?P<x1>[\d,]+) in (?P<p1>[A-Z][a-z]+(?: \d{4})?(?: to [A-Z][a-z]+)? \d{4}); (?P<verdict>.+)\.$")


def _months(p: I.Period) -> int:
    return p.months


def check_change_sentence(text: str, rows: pd.DataFrame, cmp: T.Comparison, alpha: float) -> str:
    """Read a crime change sentence back against the change rows it is made from; returns its verdict."""
    m = SENTENCE.match(text)
    assert m, text
    names = list(rows.area_name)
    area = m["area"]
    assert all(n in area for n in names[:3]) and (len(names) <= 4 or f"{len(names)} areas" in area), (area, names)
    x1, x2 = int(rows.crimes_1.sum()), int(rows.crimes_2.sum())
    assert (int(m["x1"].replace(",", "")), int(m["x2"].replace(",", ""))) == (x1, x2)
    assert m["p1"] == period_words(cmp.p1.name) and m["p2"] == period_words(cmp.p2.name)
    t1, t2 = _months(cmp.p1), _months(cmp.p2)
    r1, r2 = x1 / t1, x2 / t2
    if m["pct"]:
        assert int(m["pct"]) == round(abs(100 * (r2 - r1) / r1)) and (m["dir"] == "up") == (r2 > r1)
        assert (m["r1"] is not None) == (t1 != t2)
    else:
        assert (m["change"] == "the same as") == (r1 == r2) and (m["change"] == "up from") == (r1 == 0 < r2)
    sig = rows.crimes_sig & (rows.crimes_q < alpha)
    v = m["verdict"]
    if len(rows) == 1:
        q = float(rows.crimes_q.iloc[0])
        if sig.iloc[0]:
            qs = "q < 0.001" if q < 0.001 else f"q = {q:.3f}"
            assert v == f"this is a real change, not chance (significant after adjusting for the number of areas " \
                        f"compared, {qs})"
        else:
            assert v == "this is within normal variation (not a significant change)" and q >= alpha or \
                not rows.comparable.iloc[0]
    elif sig.any():
        assert v.startswith(f"the change is significant (after adjusting for the number of areas compared) in "
                            f"{int(sig.sum())} of the {len(rows)} areas: ")
        assert v.split(": ", 1)[1].split(", ") == list(rows.area_name[sig])
    else:
        assert v == f"in each of the {len(rows)} areas this is within normal variation (not a significant change)"
    return v


@pytest.mark.parametrize("run", ["jan_feb_planted", "two_months_2018", "unequal_alpha_0.1"])
def test_the_crime_change_sentence_names_base_area_periods_and_significance(comparisons, run):
    cmp, alpha = comparisons[run]
    ar = cmp.areas.reset_index(drop=True)
    verdicts = []
    for i in range(len(ar)):
        row = ar.iloc[[i]]
        ctx = M.area_context("your area", None, row.iloc[0].to_dict())
        verdicts.append(check_change_sentence(ctx["crime_change"], row, cmp, alpha))
        for tpl in ("you_said_we_did", "crime_prevention_advice"):
            body = M.html_to_text(M.render_template(tpl, ctx, what_was_done="Patrols")[1])
            assert ctx["crime_change"] in body
            for sentence in re.split(r"(?<=\.)\s", body):
                assert not claims_significance(sentence) or "q" in sentence
    if run == "jan_feb_planted":      # a real change and chance both occur, so each verdict is exercised
        assert any(v.startswith("this is a real change") for v in verdicts)
        assert any(v.startswith("this is within normal variation") for v in verdicts)
    for k in (3, 6, len(ar)):         # several areas together: the sum, and how many of them changed significantly
        rows = ar.sort_values("crimes_q").head(k) if k == 3 else ar.head(k)
        ctx = M.area_context("your area", None, M.combine_rows(rows))
        check_change_sentence(ctx["crime_change"], rows, cmp, alpha)


def test_periods_not_comparable_claim_no_change(comparisons):
    cmp, alpha = comparisons["not_comparable"]
    row = cmp.areas.iloc[0]
    text = M.area_context("x", None, row.to_dict())["crime_change"]
    assert text.startswith(f"Recorded crime in {row.area_name} was {int(row.crimes_2):,} in "
                           f"{period_words(cmp.p2.name)} and {int(row.crimes_1):,} in {period_words(cmp.p1.name)}")
    assert "not comparable" in text and "no change is claimed" in text and "%" not in text
    assert not claims_significance(text)


def test_priorities_sentence_names_its_area_and_base(full):  # noqa: F811
    inp, links, _ = full
    ar = I.insight(links, inp, I.Period("2024-01", "2024-03")).areas
    rows = ar[ar.prio1.notna() & (ar.prio_n > 0)]
    assert len(rows) >= 3
    for k in (1, 3):
        sub = rows.head(k)
        ctx = M.area_context("your area", M.combine_rows(sub))
        body = M.html_to_text(M.render_template("you_said_we_did", ctx, what_was_done="Patrols")[1])
        m = re.search(r"people in (.+?) told us their top local priorities were (.+?) \(shares of (\d+) answers\)\.",
                      body.replace("\n", " "))
        assert m and all(n in m[1] for n in sub.area_name) and int(m[3]) == int(sub.prio_n.sum())
        shares = dict(re.findall(r"(\w[\w -]*?) \((\d+)%\)", m[2]))
        if k == 1:
            r = sub.iloc[0]
            assert shares == {r[f"prio{i}"]: str(int(round(r[f"prio{i}_pct"]))) for i in (1, 2, 3)
                              if isinstance(r[f"prio{i}"], str) and r[f"prio{i}_pct"] == r[f"prio{i}_pct"]}
        else:              # the combined shares: answers naming each priority over all the areas' answers
            for cat, pct in shares.items():
                votes = sum(r[f"prio{i}_pct"] * r.prio_n / 100.0 for _, r in sub.iterrows() for i in (1, 2, 3)
                            if r[f"prio{i}"] == cat)
                assert int(pct) == round(100 * votes / sub.prio_n.sum())


# ------------------------------------------------------------------ the algorithms, end to end
def test_export_message_names_the_areas_its_change_figures_are_from(run_alg, imported, tmp_path):  # noqa: F811
    """compareperiods (alpha 0.1) writes the change layer, styled with a legend stating its level; exportmessage
    fills its crime change sentence from the rows of the areas asked for, or overlapping the polygon drawn."""
    import json
    import shapely
    from test_plugin_processing import _layer
    r = run_alg("lpt:compareperiods", dict(imported, P1_START="2018-10", P1_END="2018-11", P2_START="2018-12",
                                           P2_END="2019-01", ALPHA=0.1, AREA_CHANGE=str(tmp_path / "ac.gpkg"),
                                           STREET_CHANGE=str(tmp_path / "sc.gpkg"), FORCE_CHANGE="TEMPORARY_OUTPUT"))
    ac = _layer(r["AREA_CHANGE"])
    labels = [rule.label() for rule in ac.renderer().rootRule().children()]
    assert all(("q < 0.1" in lab or "q < α" in lab) and "FDR" in lab for lab in labels if claims_significance(lab))
    rows = pd.DataFrame([{k: f[k] for k in ("area_code", "area_name", "crimes_1", "crimes_2", "crimes_q", "crimes_sig",
                                            "comparable", "alpha")} for f in ac.getFeatures()])
    assert (rows.crimes_sig == (rows.crimes_q < 0.1) & rows.comparable).all() and (rows.alpha == 0.1).all()
    cmp = T.Comparison(I.Period("2018-10", "2018-11"), I.Period("2018-12", "2019-01"), None, rows, None)
    base = dict(MEMBERS=imported["MEMBERS"], POSTCODES=imported["POSTCODES"], AREAS=imported["AREAS"],
                CHANGE=r["AREA_CHANGE"], TEMPLATE=0, WHAT_WAS_DONE="Patrols", ALLOW_RECENT=True,
                LOG=str(tmp_path / "log.gpkg"))
    codes = list(rows.area_code[:2])
    m = run_alg("lpt:exportmessage", dict(base, AREA_MODE=1, AREA_CODES=",".join(codes),
                                          OUTPUT_FOLDER=str(tmp_path / "o1")))
    body = json.load(open(m["MESSAGE_JSON"]))["body"]
    sentence = next(x for x in body.split("\n") if x.startswith("Recorded crime"))
    check_change_sentence(sentence, rows[rows.area_code.isin(codes)], cmp, 0.1)
    # a polygon inside one ward: that ward's figures, named, not the force's under the polygon's name
    areas = _layer(imported["AREAS"])
    ward = next(areas.getFeatures())
    inner = shapely.from_wkt(ward.geometry().asWkt()).buffer(-200)
    poly = tmp_path / "patch.geojson"
    poly.write_text(json.dumps({"type": "FeatureCollection", "crs": {"type": "name", "properties": {
        "name": "urn:ogc:def:crs:EPSG::27700"}}, "features": [{"type": "Feature", "properties": {"name": "Patch"},
                                                              "geometry": shapely.geometry.mapping(inner)}]}))
    m = run_alg("lpt:exportmessage", dict(base, AREA_MODE=2, AREA_LAYER=str(poly), OUTPUT_FOLDER=str(tmp_path / "o2")))
    body = json.load(open(m["MESSAGE_JSON"]))["body"]
    sentence = next(x for x in body.split("\n") if x.startswith("Recorded crime"))
    check_change_sentence(sentence, rows[rows.area_code == ward["area_code"]], cmp, 0.1)


def test_a_significant_rise_from_none_counts_as_a_rise(full):  # noqa: F811
    """A street with no burglary in January and 30 in February (q < 0.05; its percentage is undefined) gets the
    trend component at its cap and a reason saying 'up from none', read back against the counts."""
    inp, links, res = full
    c = links.crimes
    had = set(c[(c.month.isin(["2024-01", "2024-02"])) & (c.crime_type == "Burglary")].street_id)
    s = res.streets
    street = s[(s.area_code != "") & ~s.street_id.isin(had)].sort_values("street_id").street_id.iloc[0]
    seg = inp.streets[inp.streets.street_id == street].iloc[0].geometry
    x, y = seg.interpolate(0.5, normalized=True).coords[0]
    extra = pd.DataFrame({"crime_id": [f"b{i}" for i in range(30)], "month": "2024-02", "crime_type": "Burglary",
                          "location": "On or near planted", "easting": x, "northing": y, "lsoa_code": ""})
    inp2 = replace(inp, crimes=pd.concat([inp.crimes, extra], ignore_index=True))
    out = P.prioritise(L.link(inp2), inp2, FEB, P.PriorityConfig(replicates=0)).streets.set_index("street_id")
    r = out.loc[street]
    assert (r.rise_1, r.rise_2, r.rise_field) == (0, 30, "c_burglary") and r.rise_q < 0.05
    assert np.isnan(r.rise_pct) and r.trend_comp == 1.0
    from local_priority_targeting.core.analyse.reasons import texts
    sentence = texts(out.loc[[street]], {"tc": 3.0, "reg": 0.1}, 12).trend.iloc[0]   # the reason, when it is among the top
    assert sentence.startswith("Burglary up from none on the previous period (0 to 30), significant after FDR")
    assert r.trend_pts > 0
    assert check_reasons(out.reset_index().sort_values("rank").head(300), alpha=0.05) > 0
