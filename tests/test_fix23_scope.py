"""Issue #23, point 1: every analysis works on the areas asked for, and counts what it left out.

A run for North East Lincolnshire (E06000012: 15 wards), not the demo's Hull, on the whole Humberside force's
police.uk month (7,718 crimes, streets built from all of them), with synthetic members on the real postcodes
of NE Lincolnshire and Hull.  The same questions are asked through the layer parameters (the imported areas
are NE Lincolnshire's wards only, the issue's case) and through a workspace that holds the wards of both
districts (AREA_CODES for each, and a PATCH).  Real data: tests/data/fix23_scope/SOURCE.txt.
"""
import json
import re
import shutil

import numpy as np
import pandas as pd
import pytest
import shapely
from qgis.core import QgsProcessingFeedback, QgsVectorLayer

from _paths import DATA, DEMO

NEL = DATA / "fix23_scope"
MONTH = "2024-01"
FORCE_FILE = DATA / "2024-01-humberside-street.csv"


class Log(QgsProcessingFeedback):
    """The algorithm's log, as the user reads it."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)

    @property
    def text(self):
        return "\n".join(self.lines)


def _layer(v):
    return v if isinstance(v, QgsVectorLayer) else QgsVectorLayer(v, "x", "ogr")


def _frame(v, geometry=False):
    lyr = _layer(v)
    names = [f.name() for f in lyr.fields()]
    rows = []
    for f in lyr.getFeatures():
        row = dict(zip(names, f.attributes()))
        if geometry:
            row["geometry"] = shapely.from_wkb(bytes(f.geometry().asWkb()))
        rows.append(row)
    return pd.DataFrame(rows)


def _areas_geojson(path, parts):
    """One GeoJSON of several files' polygons, each with area_code / area_name."""
    feats = []
    for src, code, name in parts:
        for f in json.load(open(src))["features"]:
            props = {"area_code": f["properties"][code], "area_name": f["properties"][name]}
            feats.append({"type": "Feature", "properties": props, "geometry": f["geometry"]})
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}
    path.write_text(json.dumps({"type": "FeatureCollection", "crs": crs, "features": feats}))
    return str(path)


def _concat_csv(path, sources):
    pd.concat([pd.read_csv(s, dtype=str) for s in sources]).to_csv(path, index=False)
    return str(path)


def _synthetic_members(t):
    """Members, surveys and visits on the real postcodes of both districts (domain API, seeded)."""
    from local_priority_targeting.core import synth
    from local_priority_targeting.core.io.areas import read_geojson
    lsoa = _lsoa_geojson(t)
    codes, _, wkb = read_geojson(lsoa, "lsoa21_code")
    c = DEMO / "census2021"
    geo = synth.load_geography(
        _postcodes(t), codes, wkb,
        _concat_csv(t / "ts021.csv", [NEL / "nel_ts021_ethnic_group_lsoa21_long.csv",
                                      c / "ts021_ethnic_group_lsoa21_hull_long.csv"]),
        _concat_csv(t / "ts030.csv", [NEL / "nel_ts030_religion_lsoa21_long.csv",
                                      c / "ts030_religion_lsoa21_hull_long.csv"]),
        _households(t),
        _concat_csv(t / "iod.csv", [NEL / "nel_iod2025_lsoa21.csv", DEMO / "deprivation" / "iod2025_lsoa21_hull.csv"]),
        [str(FORCE_FILE)])
    out = synth.generate(geo, synth.SynthConfig(members=5000, seed=23))
    return synth.write(out, str(t / "synthetic"))


def _postcodes(t):
    return _concat_csv(t / "postcodes.csv", [NEL / "nel_onspd_nov2025.csv", DEMO / "postcodes" / "onspd_nov2025_hull.csv"])


def _households(t):
    return _concat_csv(t / "ts011.csv", [NEL / "nel_ts011_household_deprivation_lsoa21_long.csv",
                                         DEMO / "census2021" / "ts011_household_deprivation_lsoa21_hull_long.csv"])


def _lsoa_geojson(t):
    feats = json.load(open(NEL / "nel_lsoa2021.geojson"))["features"] + \
        json.load(open(DEMO / "boundaries" / "hull_lsoa2021.geojson"))["features"]
    p = t / "lsoa2021.geojson"
    p.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    return str(p)


@pytest.fixture(scope="module")
def inputs(lpt_plugin, tmp_path_factory):
    """The imports as an analyst makes them: layer files, and a workspace with the wards of both districts."""
    import processing
    t = tmp_path_factory.mktemp("scope")
    ws = str(t / "workspace.gpkg")
    crime_dir = t / "crime"
    crime_dir.mkdir()
    shutil.copy(FORCE_FILE, crime_dir / FORCE_FILE.name)
    syn = _synthetic_members(t)
    both = _areas_geojson(t / "wards.geojson", [(NEL / "nel_wards2013.geojson", "WD13CD", "WD13NM"),
                                                 (DEMO / "boundaries" / "hull_wards2022.geojson", "ward22_code",
                                                  "ward22_name")])
    only_nel = _areas_geojson(t / "nel_wards.geojson", [(NEL / "nel_wards2013.geojson", "WD13CD", "WD13NM")])
    run = lambda alg, **p: processing.run(alg, dict(p, WORKSPACE=ws))["OUTPUT"]  # noqa: E731
    layers = dict(
        MEMBERS=run("lpt:importmembers", INPUT=syn["members"], OUTPUT=str(t / "m.gpkg")),
        SURVEYS=run("lpt:importsurveys", INPUT=syn["surveys"], OUTPUT=str(t / "s.gpkg")),
        CRIMES=run("lpt:importpolicecrime", FOLDER=str(crime_dir), OUTPUT=str(t / "c.gpkg")),
        POSTCODES=run("lpt:importpostcodes", INPUT=_postcodes(t), OUTPUT=str(t / "p.gpkg")),
        HOUSEHOLDS=run("lpt:importcensus", INPUT=_households(t), OUTPUT=str(t / "hh.gpkg")),
        LSOA21=run("lpt:importareas", INPUT=_lsoa_geojson(t), AS=1, OUTPUT=str(t / "lsoa.gpkg")),
        AREAS=run("lpt:importareas", INPUT=both, OUTPUT=str(t / "wards.gpkg")),
    )
    layers["STREETS"] = run("lpt:streetsfromcrime", INPUT=layers["CRIMES"], OUTPUT=str(t / "st.gpkg"))
    nel_areas = processing.run("lpt:importareas", dict(INPUT=only_nel, OUTPUT=str(t / "nel_wards.gpkg")))["OUTPUT"]
    wards = _frame(layers["AREAS"], geometry=True)
    codes = lambda path, key: sorted(f["properties"][key] for f in json.load(open(path))["features"])  # noqa: E731
    nel_codes = codes(NEL / "nel_wards2013.geojson", "WD13CD")
    hull_codes = codes(DEMO / "boundaries" / "hull_wards2022.geojson", "ward22_code")
    assert set(wards.area_code) == set(nel_codes) | set(hull_codes) and len(nel_codes) == 15
    return dict(t=t, ws=ws, layers=layers, nel_areas=nel_areas, wards=wards, nel=nel_codes, hull=hull_codes,
                crimes=_frame(layers["CRIMES"], geometry=True), streets=_frame(layers["STREETS"], geometry=True))


def _priority(inputs, name, log=None, **params):
    import processing
    t = inputs["t"]
    out = dict(PERIOD_START=MONTH, PERIOD_END=MONTH, REPLICATES=0, PRIORITY_STREETS=str(t / f"{name}_ps.gpkg"),
               PRIORITY_AREAS=str(t / f"{name}_pa.gpkg"), HOT_PLACES=str(t / f"{name}_hp.gpkg"),
               EQUALITY="TEMPORARY_OUTPUT", REPORT=str(t / f"{name}.html"))
    return processing.run("lpt:prioritystreets", dict(out, **params), feedback=log)


def _summary(inputs, log=None, **params):
    import processing
    return processing.run("lpt:linkcommunity", dict(
        PERIOD_START=MONTH, PERIOD_END=MONTH, STREET_INSIGHT="TEMPORARY_OUTPUT", AREA_INSIGHT="TEMPORARY_OUTPUT",
        FORCE_SUMMARY="TEMPORARY_OUTPUT", UNMATCHED="TEMPORARY_OUTPUT", **params), feedback=log)


def _in_polygons(x, y, polygons):
    """How many points lie in (or on the edge of) any of the polygons: counted here with shapely alone."""
    union = shapely.union_all(polygons)
    return shapely.intersects_xy(union, np.asarray(x, float), np.asarray(y, float))


def _best_fit_lsoas(inputs, codes):
    """The LSOAs whose representative point lies in one of the wards (the README's best-fit rule), by shapely."""
    lsoa = _frame(inputs["layers"]["LSOA21"], geometry=True)
    rp = shapely.point_on_surface(lsoa.geometry.values)
    ok = _in_polygons(shapely.get_x(rp), shapely.get_y(rp), _ward_polygons(inputs, codes))
    return list(lsoa.area_code[ok])


def _census_households(path, codes=None):
    hh = pd.read_csv(path).groupby("lsoa21_code").total_households.first()
    return float(hh.sum() if codes is None else hh.reindex(codes).sum())


def _crimes_in(inputs, polygons):
    c = inputs["crimes"]
    c = c[c.month == MONTH]
    return _in_polygons(shapely.get_x(c.geometry.values), shapely.get_y(c.geometry.values), polygons)


def _ward_polygons(inputs, codes):
    return inputs["wards"].set_index("area_code").geometry.reindex(codes).values


def _left_out_sentence(r, members):
    return (f"{r['CRIMES_LEFT_OUT']:,} crimes, {r['STREETS_LEFT_OUT']:,} streets, {r['HOT_PLACES_LEFT_OUT']:,} hot "
            f"places and {members:,} members outside the areas analysed were left out")


def test_a_district_run_on_the_force_file_ranks_only_the_district(inputs):
    """The issue's case: the imported areas are NE Lincolnshire's 15 wards, the crimes and streets the force's."""
    log = Log()
    r = _priority(inputs, "nel_layers", log, **dict(inputs["layers"], AREAS=inputs["nel_areas"]))
    nel = set(inputs["nel"])
    st = _frame(r["PRIORITY_STREETS"])
    # only the district's streets are ranked, each with its ward; the others are counted as left out
    assert len(st) == r["STREETS"] and set(st.area_code) <= nel and (st.area_code != "").all()
    assert r["STREETS"] + r["STREETS_LEFT_OUT"] == inputs["streets"].street_id.nunique()
    assert 300 < r["STREETS"] < r["STREETS_LEFT_OUT"]
    # percentiles among the district's streets: its most harmed street is at the top of the harm component
    assert st.harm_comp.max() == 1.0 and st.score.max() > 0
    # crimes left out = the month's crimes outside the 15 wards, counted here with shapely alone
    inside = _crimes_in(inputs, _ward_polygons(inputs, inputs["nel"]))
    assert r["CRIMES_LEFT_OUT"] == int((~inside).sum()) > 4000
    # hot places: all in the district, none with a blank street or area
    hp = _frame(r["HOT_PLACES"], geometry=True)
    assert len(hp) == r["N_HOT_PLACES"] > 10 and r["HOT_PLACES_LEFT_OUT"] > len(hp)
    assert set(hp.area_code) <= nel and (hp.area_name != "").all() and (hp.street != "").all()
    assert _in_polygons(shapely.get_x(hp.geometry.values), shapely.get_y(hp.geometry.values),
                        _ward_polygons(inputs, inputs["nel"])).all()
    # a place with no street within the linking distance (150 m) names the district's nearest street, and how far
    streets = shapely.union_all(_frame(r["PRIORITY_STREETS"], geometry=True).geometry.values)
    far = hp[hp.street_m > 150]
    assert len(far) > 0
    assert np.allclose(far.street_m, np.round(shapely.distance(far.geometry.values, streets)), atol=1)
    # the report and the log say what the figures are for and what was left out
    html = open(r["REPORT"], encoding="utf-8").read()
    assert "Force figures" not in html and "Figures for the areas analysed" in html
    m = re.search(r"([\d,]+) hot places and ([\d,]+) members outside the areas analysed were left out", html)
    assert m and int(m.group(1).replace(",", "")) == r["HOT_PLACES_LEFT_OUT"]
    sentence = _left_out_sentence(r, int(m.group(2).replace(",", "")))
    assert sentence in html and sentence in log.text
    crimes_cell = re.search(r"Figures for the areas analysed</h2>.*?<td class=\"num\">([\d,]+)</td>", html, re.S)
    assert int(crimes_cell.group(1).replace(",", "")) == int(inside.sum())


def test_area_codes_on_a_workspace_give_the_same_as_importing_only_those_areas(inputs):
    """The workspace holds the wards of NE Lincolnshire and Hull: AREA_CODES picks NE Lincolnshire's."""
    a = _priority(inputs, "nel_layers2", **dict(inputs["layers"], AREAS=inputs["nel_areas"]))
    b = _priority(inputs, "nel_ws", WORKSPACE=inputs["ws"], AREA_CODES=",".join(inputs["nel"]))
    for k in ("STREETS", "HOT_STREETS", "N_HOT_PLACES", "CRIMES_LEFT_OUT", "STREETS_LEFT_OUT", "HOT_PLACES_LEFT_OUT"):
        assert a[k] == b[k], k
    sa = _frame(a["PRIORITY_STREETS"]).set_index("street_id").sort_index()
    sb = _frame(b["PRIORITY_STREETS"]).set_index("street_id").sort_index()
    assert list(sa.index) == list(sb.index)
    assert np.allclose(sa.score, sb.score) and (sa["rank"] == sb["rank"]).all()
    spelled = "\u200b" + "; ".join(c.lower() for c in inputs["nel"]) + " ,\n"     # ';', spaces, an invisible one
    s1 = _frame(_summary(inputs, WORKSPACE=inputs["ws"], AREA_CODES=",".join(inputs["nel"]))["AREA_INSIGHT"])
    s2 = _frame(_summary(inputs, WORKSPACE=inputs["ws"], AREA_CODES=spelled)["AREA_INSIGHT"])
    assert sorted(s1.area_code) == sorted(s2.area_code) == sorted(inputs["nel"])
    with pytest.raises(Exception, match="AREA_CODES is ' ,, ': it names no area code"):    # not 'every area'
        _summary(inputs, WORKSPACE=inputs["ws"], AREA_CODES=" ,, ")


@pytest.mark.parametrize("district", ["nel", "hull"])
def test_each_district_has_its_own_totals_and_households(inputs, district):
    """Crimes, members and the households denominator of one district only, from the same workspace."""
    codes = inputs[district]
    log = Log()
    s = _summary(inputs, log, WORKSPACE=inputs["ws"], AREA_CODES=",".join(codes))
    f = _frame(s["FORCE_SUMMARY"]).iloc[0]
    ai = _frame(s["AREA_INSIGHT"])
    assert sorted(ai.area_code) == codes
    inside = _crimes_in(inputs, _ward_polygons(inputs, codes))
    assert f.crimes == ai.crimes.sum() == int(inside.sum()) and f.crimes_left_out == int((~inside).sum())
    assert s["CRIMES"] == len(inside) and s["CRIMES_OUTSIDE"] == f.crimes_left_out
    # the denominator: the Census households of the district's LSOAs (each LSOA in its best-fitting ward)
    census = NEL / "nel_ts011_household_deprivation_lsoa21_long.csv" if district == "nel" else \
        DEMO / "census2021" / "ts011_household_deprivation_lsoa21_hull_long.csv"
    fitted = _best_fit_lsoas(inputs, codes)
    assert f.households == pytest.approx(ai.households.sum()) == pytest.approx(_census_households(census, fitted))
    assert f.households == pytest.approx(_census_households(census), rel=0.01)   # (coarse polygons: an LSOA may fit none)
    assert f.reg_rate == pytest.approx(100.0 * f.active / f.households)
    assert f.active == ai.active.sum() and f.members_left_out == s["MEMBERS_OUTSIDE"] > 0
    assert f"{f.crimes_left_out:,} crimes" in log.text and "outside the areas analysed were left out" in log.text
    # priority streets for the same district: its streets only, its registration rate in the report
    r = _priority(inputs, f"ws_{district}", WORKSPACE=inputs["ws"], AREA_CODES=",".join(codes))
    st = _frame(r["PRIORITY_STREETS"])
    assert set(st.area_code) <= set(codes) and r["CRIMES_LEFT_OUT"] == f.crimes_left_out
    html = open(r["REPORT"], encoding="utf-8").read()
    assert f">{f.reg_rate:.0f}%</td>" in html


def test_a_patch_on_a_workspace(inputs):
    """PATCH: a team's patch inside one ward; what lies outside it is left out and counted."""
    from qgis.core import QgsFeature, QgsGeometry
    busiest = _frame(_summary(inputs, WORKSPACE=inputs["ws"], AREA_CODES=",".join(inputs["nel"]))["AREA_INSIGHT"]) \
        .sort_values("crimes").area_code.iloc[-1]
    patch = _ward_polygons(inputs, [busiest])[0].buffer(-100)
    lyr = QgsVectorLayer("Polygon?crs=EPSG:27700", "patch", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt(shapely.to_wkt(patch)))
    lyr.dataProvider().addFeatures([f])
    r = _priority(inputs, "patch", WORKSPACE=inputs["ws"], PATCH=lyr)
    st = _frame(r["PRIORITY_STREETS"], geometry=True)
    assert 0 < len(st) == r["STREETS"] and shapely.intersects(st.geometry.values, patch).all()
    assert set(st.area_code) == {busiest}
    inside = _crimes_in(inputs, [patch])
    assert r["CRIMES_LEFT_OUT"] == int((~inside).sum())
    hp = _frame(r["HOT_PLACES"], geometry=True)
    assert shapely.contains_xy(patch, shapely.get_x(hp.geometry.values), shapely.get_y(hp.geometry.values)).all()
    s = _summary(inputs, WORKSPACE=inputs["ws"], PATCH=lyr)
    assert _frame(s["FORCE_SUMMARY"]).iloc[0].crimes == int(inside.sum())
    with pytest.raises(Exception, match="AREA_CODES.*unknown area code|unknown area code.*E05999999"):
        _priority(inputs, "bad", WORKSPACE=inputs["ws"], AREA_CODES="E05999999")
    points = QgsVectorLayer("Point?crs=EPSG:27700", "points", "memory")       # a point layer given as PATCH
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt(shapely.to_wkt(patch.centroid)))
    points.dataProvider().addFeatures([f])
    for run in (lambda: _priority(inputs, "points", WORKSPACE=inputs["ws"], PATCH=points),
                lambda: _summary(inputs, WORKSPACE=inputs["ws"], PATCH=points)):
        with pytest.raises(Exception, match=r"\(PATCH\) is a point layer: it takes a polygon layer; nothing was read"):
            run()
    assert not (inputs["t"] / "points_ps.gpkg").exists()


def test_compare_periods_is_scoped_too(inputs):
    """The month before comes from the demo's Hull extract, imported into a copy of the workspace; periods that
    share a month are refused (each month in both was compared with itself)."""
    import processing
    ws = str(inputs["t"] / "two_months.gpkg")
    shutil.copy(inputs["ws"], ws)
    processing.run("lpt:importpolicecrime", dict(INPUT=str(DEMO / "crime" / "2024-02-hull-street.csv"),
                                                 WORKSPACE=ws, OUTPUT="TEMPORARY_OUTPUT"))
    outs = dict(STREET_CHANGE="TEMPORARY_OUTPUT", AREA_CHANGE="TEMPORARY_OUTPUT", FORCE_CHANGE="TEMPORARY_OUTPUT")
    for p1, p2 in ((MONTH, MONTH), ("2024-01", "2024-02"), ("2024-02", "2024-01")):
        with pytest.raises(Exception, match="the two periods overlap .*compared with themselves"):
            processing.run("lpt:compareperiods", dict(WORKSPACE=ws, P1_START=MONTH, P1_END="2024-02",
                                                      P2_START=p1, P2_END=p2 if p2 >= p1 else p1, **outs))
    r = processing.run("lpt:compareperiods", dict(
        WORKSPACE=ws, AREA_CODES=",".join(inputs["hull"]), P1_START="2024-02", P2_START=MONTH, **outs))
    f = _frame(r["FORCE_CHANGE"]).iloc[0]
    assert f.crimes_2 == int(_crimes_in(inputs, _ward_polygons(inputs, inputs["hull"])).sum())
    assert sorted(_frame(r["AREA_CHANGE"]).area_code) == inputs["hull"]


from test_link_insight import hull  # noqa: E402,F401  (module fixture: the demo's Hull inputs and links)


def test_hull_demo_hot_places_have_a_street_and_an_area(hull):  # noqa: F811
    """The demo's hot place #17 (a supermarket at 504322, 426350) had a blank street and area: it lies outside
    Hull's wards (so it is left out and counted), and places more than 150 m from any street name the nearest."""
    from local_priority_targeting.core.analyse import insight as I, priority as P
    inp, links = hull
    res = P.prioritise(links, inp, I.Period("2024-02", "2024-02"), P.PriorityConfig(replicates=0))
    pl = res.places
    assert (pl.street != "").all() and (pl.area_name != "").all() and pl.area_code.isin(inp.areas.area_code).all()
    assert not ((pl.easting == 504322) & (pl.northing == 426350)).any()
    assert res.summary["left_out"]["hot places"] >= 1 and res.summary["left_out"]["crimes"] > 0
    assert res.summary["force"]["crimes"] == res.summary["crimes"] == \
        int(((links.crimes.month == "2024-02") & (links.crimes.area_code != "")).sum())
    far = pl[pl.street_m > 150]
    assert len(far) >= 3 and far.street_m.notna().all()
    assert any("outside the areas analysed were left out" in n for n in res.summary["notes"])
    from local_priority_targeting.core.report.report import render_priority_report
    html = render_priority_report(res, "Hull", top_n=len(pl))
    for _, p in far.iterrows():        # the report says how far the named street is, as the layer does
        assert f"{p.street} <span class=\"small\">({round(p.street_m)} m)</span>" in html.replace("&#39;", "'")


def test_scope_refuses_what_it_cannot_analyse(hull):  # noqa: F811
    """Unknown codes and a patch over none of the areas are clear errors naming the parameter; a code list
    names its areas; counts of one read in the singular."""
    from local_priority_targeting.core.errors import LptInputError
    from local_priority_targeting.core.link import scope as S
    inp, links = hull
    with pytest.raises(LptInputError, match="unknown area code.*E05999999") as e:
        S.define(inp, ["E05011525", "E05999999"])
    assert "AREA_CODES" in str(e.value)
    with pytest.raises(LptInputError, match="the patch does not overlap any of the areas") as e:
        S.define(inp, None, shapely.box(400000, 300000, 401000, 301000))   # in the Midlands
    assert "PATCH" in str(e.value)
    one = S.define(inp, [" e05011525"])
    assert one.name == "Avenue" and one.area_codes == ["E05011525"]
    narrowed, scoped = S.apply(inp, links, one)
    assert set(scoped.crimes.area_code.astype(str)) == {"E05011525"}
    assert len(scoped.crimes) + len(one.crimes_out) == len(links.crimes)
    assert one.members_out + len(scoped.members) == len(links.members)
    assert S.left_out_sentence("Avenue", {"crimes": 1, "streets": 0, "hot places": 1}) == \
        "Areas analysed: Avenue. 1 crime, 0 streets and 1 hot place outside the areas analysed were left out."


def test_members_without_a_known_postcode_are_not_called_outside(hull):  # noqa: F811
    """A member whose postcode is not in the lookup is neither in nor outside the areas: left out and said so."""
    from dataclasses import replace
    from local_priority_targeting.core.link import scope as S
    inp, links = hull
    m = links.members.copy()
    m.loc[m.index[:3], "easting"] = np.nan                       # as the link leaves a postcode not in the lookup
    m.loc[m.index[:3], "area_code"] = ""
    sc = S.define(inp)
    _, scoped = S.apply(inp, replace(links, members=m), sc)
    lost = sc.members_outside(None, located=False)
    assert lost == 3 and sc.members_outside(None) + lost + len(scoped.members) == len(m)
    text = S.left_out_sentence(sc.name, {"members": sc.members_outside(None)}, lost)
    assert text.endswith("3 members whose postcode is not in the postcode lookup were left out too.")


def test_streets_outside_the_scope_found_once_per_category_as_row_by_row():
    """_off_street on categorical columns sharing the network's street ids (tested once per category, the test
    kept for the next column) marks exactly the rows the text test marks: '' and kept streets are not off, a
    missing street (NaN) is."""
    from local_priority_targeting.core.link.scope import _isin, _off_street
    cats = pd.Index(["", "S1", "S2", "S3", "S4"])
    keep = pd.Index(["S1", "S3"])
    seen = []
    rng = np.random.default_rng(3)
    for n in (50, 400):
        codes = rng.integers(-1, len(cats), n)
        col = pd.Series(pd.Categorical.from_codes(codes, categories=cats))
        text = pd.Series(np.where(codes >= 0, np.asarray(cats, dtype=object)[np.maximum(codes, 0)], None),
                         dtype=object)
        expect = ~_isin(text, keep) & ~_isin(text, [""])
        assert (_off_street(col, keep, seen) == expect).all()
        assert (_off_street(text, keep, seen) == expect).all()
    assert len(seen) == 1                     # the categories tested once for both columns


def test_categories_equal_in_value_but_not_in_text_are_tested_apart():
    """Street ids 1, 2 (integers) and 1.0, 2.0 (floats) compare equal but read '1' and '1.0': the test of one is
    not reused for the other."""
    from local_priority_targeting.core.link.scope import _isin, _off_street
    keep, seen = pd.Index(["1"]), []
    for cats in (pd.Index([1, 2]), pd.Index([1.0, 2.0])):
        col = pd.Series(pd.Categorical.from_codes([0, 1], categories=cats))
        expect = ~_isin(col.astype(object), keep) & ~_isin(col.astype(object), [""])
        assert list(_off_street(col, keep, seen)) == list(expect)
