"""Linking, insight and period comparison on the real Hull data (synthetic members on real postcodes)."""
import numpy as np
import pandas as pd
import pytest
import shapely

from local_priority_targeting.core.analyse import insight as I, trends as T
from local_priority_targeting.core.link import link as L
from local_priority_targeting.core.io.areas import prepare_areas, read_geojson
from local_priority_targeting.core.io.census import CensusReader
from local_priority_targeting.core.io.classification import ImdReader, LsoaLookupReader, OacReader
from local_priority_targeting.core.io.crime import PoliceUkReader
from local_priority_targeting.core.io.members import MembersReader
from local_priority_targeting.core.io.postcodes import postcode_reader
from local_priority_targeting.core.io.streets import prepare_streets, streets_from_points
from local_priority_targeting.core.io.surveys import SurveysReader

from _paths import DEMO


@pytest.fixture(scope="module")
def hull():
    d = lambda *p: str(DEMO.joinpath(*p))  # noqa: E731
    look = LsoaLookupReader(d("lookups", "lsoa11_lsoa21_hull.csv")).read().accepted
    crimes = PoliceUkReader(d("crime"), lsoa11_codes=set(look.lsoa11_code), lsoa21_codes=set(look.lsoa21_code)).read().accepted
    lines = streets_from_points(crimes.street, crimes.easting.values, crimes.northing.values)
    codes, names, wkb = read_geojson(d("boundaries", "hull_wards2022.geojson"), "ward22_code", "ward22_name")
    areas, _, _ = prepare_areas(range(len(codes)), codes, names, wkb)
    lc, _, lw = read_geojson(d("boundaries", "hull_lsoa2021.geojson"), "lsoa21_code")
    hh = CensusReader(d("census2021", "ts011_household_deprivation_lsoa21_hull_long.csv")).read().extra["long"] \
        .groupby("area_code").total.first()
    inp = L.LinkInputs(
        members=MembersReader(d("synthetic", "members.csv"), today="2024-12-31").read().accepted,
        postcodes=postcode_reader(d("postcodes", "codepo_hu_hull.csv")).read().accepted,
        streets=lines, areas=areas, crimes=crimes,
        surveys=SurveysReader(d("synthetic", "surveys.csv"), today="2024-12-31").read().accepted,
        lsoa=pd.DataFrame({"lsoa21_code": lc, "geometry": shapely.from_wkb(lw)}),
        imd=ImdReader(d("deprivation", "iod2025_lsoa21_hull.csv")).read().accepted, lsoa_lookup=look,
        census=pd.DataFrame({"lsoa21_code": hh.index, "households": hh.values, "population": np.nan}),
        oac=OacReader(d("classification", "oac2021_lsoa21_hull.csv")).read().accepted)
    return inp, L.link(inp)


def test_area_crime_counts_equal_qgis_countpointsinpolygon(hull, qgis_processing):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    inp, links = hull
    res = I.insight(links, inp, I.Period("2024-01", "2024-01"))
    c = links.crimes[links.crimes.month == "2024-01"]
    pts = QgsVectorLayer("Point?crs=EPSG:27700", "crimes", "memory")
    feats = []
    for x, y in zip(c.easting, c.northing):
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feats.append(f)
    pts.dataProvider().addFeatures(feats)
    polys = QgsVectorLayer("MultiPolygon?crs=EPSG:27700&field=area_code:string", "wards", "memory")
    feats = []
    for code, g in zip(inp.areas.area_code, inp.areas.geometry):
        f = QgsFeature()
        f.setAttributes([code])
        qg = QgsGeometry()
        qg.fromWkb(shapely.to_wkb(g))
        f.setGeometry(qg)
        feats.append(f)
    polys.dataProvider().addFeatures(feats)
    native = processing.run("native:countpointsinpolygon", {"POLYGONS": polys, "POINTS": pts, "FIELD": "n",
                                                            "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    qgis_counts = {f["area_code"]: f["n"] for f in native.getFeatures()}
    ours = res.areas.set_index("area_code").crimes.to_dict()
    assert ours == qgis_counts
    # 3,008 rows in the month's file, 2 of them exact repeats of another (rejected at import as duplicates)
    assert sum(ours.values()) + res.reconciliation["crimes_outside_areas"] == len(c) == 3006


@pytest.mark.parametrize("month", ["2018-11", "2024-02"])
def test_ward_crime_counts_equal_countpointsinpolygon_on_the_raw_police_uk_file(hull, qgis_processing, month,
                                                                                tmp_path):
    """What an analyst checks: our ward totals against QGIS's own count on the file as downloaded."""
    import processing
    from qgis.core import QgsVectorLayer
    inp, links = hull
    # the file as downloaded, less the rows that repeat an earlier row exactly (the import rejects them)
    raw_rows = pd.read_csv(DEMO / "crime" / f"{month}-hull-street.csv", dtype=str, keep_default_na=False)
    path = tmp_path / f"{month}-unique.csv"
    raw_rows[~(raw_rows["Crime ID"].ne("") & raw_rows.duplicated())].to_csv(path, index=False)
    uri = f"file://{path}?type=csv&xField=Longitude&yField=Latitude&crs=EPSG:4326&detectTypes=no&geomType=point"
    raw = QgsVectorLayer(uri, "raw", "delimitedtext")
    wards = QgsVectorLayer(str(DEMO / "boundaries" / "hull_wards2022.geojson"), "wards", "ogr")
    assert raw.isValid() and wards.isValid() and raw.featureCount() == len(pd.read_csv(path, dtype=str)) <= len(raw_rows)
    native = processing.run("native:countpointsinpolygon", {"POLYGONS": wards, "POINTS": raw, "FIELD": "n",
                                                            "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    qgis_counts = {f["ward22_code"]: f["n"] for f in native.getFeatures()}
    ours = I.insight(links, inp, I.Period(month, month)).areas.set_index("area_code").crimes.to_dict()
    assert ours == qgis_counts


def test_street_assignment_equals_brute_force_nearest(hull):
    inp, links = hull
    rng = np.random.default_rng(0)
    c = links.crimes.drop_duplicates(["easting", "northing"])
    sample = c.iloc[rng.choice(len(c), 400, replace=False)]
    seg = inp.streets
    d = shapely.distance(shapely.points(sample.easting, sample.northing)[:, None], seg.geometry.values[None, :])
    best = d.min(axis=1)
    expect = []
    for row, b in zip(d, best):
        if b > 150:
            expect.append("")
        else:
            ties = np.flatnonzero(np.isclose(row, b, atol=1e-9))
            expect.append(seg.street_id.values[ties[np.argmin(seg.segment_id.values[ties])]])
    assert sample.street_id.tolist() == expect


def test_points_in_detailed_areas_equal_a_point_by_point_test():
    """Areas with detailed boundaries (2,000-vertex rings, a hole, a shared edge): the containing area of each
    point equals shapely's own intersects test, point by point, including points on a boundary."""
    from local_priority_targeting.core.link.link import point_in_area
    ring = shapely.buffer(shapely.points(1000.0, 1000.0), 800.0, quad_segs=500)
    holed = shapely.difference(ring, shapely.buffer(shapely.points(1000.0, 1000.0), 200.0, quad_segs=200))
    left, right = shapely.box(2000.0, 0.0, 3000.0, 1000.0), shapely.box(3000.0, 0.0, 4000.0, 1000.0)
    areas = np.array([holed, left, right], dtype=object)
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 4200, 30000), rng.uniform(-100, 2000, 30000)
    x[:3], y[:3] = [1000.0, 3000.0, 2000.0], [1000.0, 500.0, 500.0]   # in the hole, on the shared edge, on a side
    got = point_in_area(x, y, areas)
    hits = shapely.intersects(areas[None, :], shapely.points(x, y)[:, None])
    expect = np.where(hits.any(axis=1), hits.argmax(axis=1), -1)
    assert (got == expect).all()
    assert got[0] == -1 and got[1] == 1 and got[2] == 1 and (got == 0).sum() > 1000


RACE = """
import sys, numpy as np, shapely
sys.path.insert(0, sys.argv[1])
from local_priority_targeting.core.link.link import nearest_segment, point_in_area
rng = np.random.default_rng(1)
x, y = rng.random(60000) * 30000, rng.random(60000) * 30000
for i in range(300):
    seeds = shapely.multipoints(np.column_stack([rng.random(100) * 30000, rng.random(100) * 30000]))
    areas = shapely.get_parts(shapely.voronoi_polygons(seeds, extend_to=shapely.box(0, 0, 30000, 30000)))
    point_in_area(x, y, areas)
for i in range(20):
    sx, sy = rng.random(5000) * 30000, rng.random(5000) * 30000
    segs = shapely.linestrings(np.stack([np.column_stack([sx, sy]), np.column_stack([sx + 90, sy + 40])], 1))
    nearest_segment(x[:9000], y[:9000], segs, np.arange(5000), 150.0)
print("ok")
"""


def test_point_queries_on_fresh_geometries_do_not_crash_the_process():
    """Linking queries GEOS from several threads: run on new areas and streets again and again (in a child
    process, so a crash fails this test).  Prepared areas queried from two threads corrupted the heap: the run
    was killed by SIGABRT about once in five force-scale runs."""
    import subprocess
    import sys
    from _paths import PLUGINS
    p = subprocess.run([sys.executable, "-c", RACE, str(PLUGINS)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0 and p.stdout.strip() == "ok", (p.returncode, p.stderr[-500:])


def test_members_link_through_postcodes_with_reasons(hull):
    inp, links = hull
    m = links.members
    un = links.unmatched
    no_pc = un[(un.record_type == "member") & (un.level == "postcode")]
    assert set(no_pc.record_id) == set(m.member_id[m.easting.isna()])
    far = un[(un.record_type == "member") & (un.level == "street")]
    assert (m.set_index("member_id").loc[far.record_id, "street_id"] == "").all()
    assert far.reason.str.contains("no street within 150 m").all()
    # a member's street is the nearest to its postcode centroid
    linked = m[m.street_id != ""]
    assert (links.postcodes.loc[linked.postcode, "street_id"].values == linked.street_id.values).all()


def test_both_lsoa_vintages_link_and_imd2019_maps_through_the_lookup(hull):
    inp, links = hull
    old = I.insight(links, inp, I.Period("2018-10", "2019-01"))
    new = I.insight(links, inp, I.Period("2024-01", "2024-02"))
    assert old.reconciliation["crimes"] == 14462 and new.reconciliation["crimes"] == 5982   # 4 exact repeats rejected
    assert old.areas.crimes.sum() > 14000 and new.areas.crimes.sum() > 5800
    imd19 = ImdReader(str(DEMO / "deprivation" / "imd2019_lsoa11_hull.csv")).read().accepted
    from dataclasses import replace
    inp19 = replace(inp, imd=imd19)
    info = L.lsoa_table(inp19, inp.areas.geometry.values, inp.areas.area_code.values)
    assert info.imd_decile.notna().sum() == 168           # every 2021 LSOA gets a 2019 decile
    both = info.imd_decile.to_frame("d19").join(links.lsoa_info.imd_decile.rename("d25"))
    assert both.corr(method="spearman").iloc[0, 1] > 0.8
    with pytest.raises(Exception, match="lookup is needed"):
        L.lsoa_table(replace(inp19, lsoa_lookup=None), inp.areas.geometry.values, inp.areas.area_code.values)


@pytest.mark.parametrize("period", [("2024-01", "2024-01"), ("2024-01", "2024-02"), ("2018-10", "2019-01")])
def test_everything_reconciles(hull, period):
    inp, links = hull
    res = I.insight(links, inp, I.Period(*period))
    r = res.reconciliation
    assert res.areas.crimes.sum() + r["crimes_outside_areas"] == r["crimes"]
    assert res.streets.crimes.sum() + r["crimes_no_street"] == r["crimes"]
    assert res.areas.members.sum() + r["members_outside"] == r["members"] == res.force.members.iloc[0]
    assert res.areas.responses.sum() + r["responses_outside"] == r["responses"]
    assert res.areas.active.sum() + res.areas.opted_out.sum() == res.areas.members.sum()
    crime_types = [c for c in res.areas.columns if c.startswith("c_")]
    assert (res.areas[crime_types].sum(axis=1) == res.areas.crimes).all()
    # every crime outside the wards is listed as unmatched with its reason
    un = links.unmatched[(links.unmatched.record_type == "crime") & (links.unmatched.level == "area")]
    assert len(un) == int((links.crimes.area_code == "").sum())


def test_survey_figures_suppressed_below_threshold_and_no_personal_fields(hull):
    inp, links = hull
    res = I.insight(links, inp, I.Period("2024-01", "2024-03"), suppress_below=5)
    st = res.streets
    assert st.loc[st.trust_n < 5, "trust_mean"].isna().all()
    assert st.loc[st.trust_n >= 5, "trust_mean"].notna().all()
    assert st.loc[st.prio_n < 5, "prio1"].isna().all()
    for df in (res.streets, res.areas, res.force):   # (a street's "name" is the street's)
        assert not {"member_id", "email", "phone", "postcode", "concern", "groups", "key_contact"} & set(df.columns)
    assert res.areas.trust_mean.between(1, 5).all()


def test_bh_qvalues_known_values():
    q = T.bh_qvalues(np.array([0.01, 0.04, 0.03, 0.005, np.nan]))
    assert np.allclose(q[:4], [0.02, 0.04, 0.04, 0.02]) and np.isnan(q[4])


def test_count_test_does_not_flag_poisson_noise():
    rng = np.random.default_rng(42)
    alpha = 0.05
    for lam in (2, 10, 50, 400):
        x1, x2 = rng.poisson(lam, 20000), rng.poisson(lam, 20000)
        fpr = (T.binomial_change_p(x1, x2) < alpha).mean()
        assert fpr <= alpha + 0.006, (lam, fpr)           # exact test: never above alpha (bar sampling error)
        if lam >= 50:
            assert fpr > alpha - 0.015, (lam, fpr)         # and not uselessly conservative once counts are fair
    # unequal period lengths: 3 months vs 1 month at the same monthly rate
    x1, x2 = rng.poisson(60, 20000), rng.poisson(20, 20000)
    assert (T.binomial_change_p(x1, x2, 3, 1) < alpha).mean() <= alpha + 0.006


def test_planted_change_is_flagged_with_the_right_street(hull):
    from dataclasses import replace
    inp, links = hull
    street = links.crimes[links.crimes.month == "2024-02"].street_id.value_counts().index[5]
    x, y = links.crimes[links.crimes.street_id == street][["easting", "northing"]].iloc[0]
    extra = pd.DataFrame({"crime_id": [f"planted{i}" for i in range(40)], "month": "2024-02",
                          "crime_type": "Burglary", "location": "On or near planted", "easting": x, "northing": y,
                          "lsoa_code": ""})
    inp2 = replace(inp, crimes=pd.concat([inp.crimes, extra], ignore_index=True))
    links2 = L.link(inp2)
    cmp = T.compare(links2, inp2, I.Period("2024-01", "2024-01"), I.Period("2024-02", "2024-02"))
    row = cmp.streets.set_index("street_id").loc[street]
    assert row.c_burglary_sig and row.crimes_sig and row.crime_trend == "rise"
    assert row.c_burglary_2 - row.c_burglary_1 >= 40 - 5
    # without the planted crimes the same street is not flagged for burglary
    base = T.compare(links, inp, I.Period("2024-01", "2024-01"), I.Period("2024-02", "2024-02"))
    assert not base.streets.set_index("street_id").loc[street, "c_burglary_sig"]
    # street-level noise: few streets flagged overall at alpha 0.05
    assert base.streets.crimes_sig.mean() < 0.1


def test_confidence_drop_is_flagged_by_welch(hull):
    from dataclasses import replace
    inp, links = hull
    s = inp.surveys.copy()
    ward = links.members[links.members.area_code != ""].area_code.value_counts().index[0]
    ids = set(links.members.member_id[links.members.area_code == ward])
    late = (s.submitted >= "2024-07-01") & (s.submitted <= "2024-09-30") & s.member_id.isin(ids)
    s.loc[late, "confidence"] = (s.loc[late, "confidence"] - 1.5).clip(lower=1)
    inp2 = replace(inp, surveys=s)
    links2 = L.link(inp2)
    cmp = T.compare(links2, inp2, I.Period("2024-04", "2024-06"), I.Period("2024-07", "2024-09"))
    a = cmp.areas.set_index("area_code")
    assert a.loc[ward, "confidence_sig"] and a.loc[ward, "confidence_chg"] < -0.8
    assert a.drop(index=ward).confidence_sig.mean() < 0.2


def test_grouped_weighted_median_matches_the_scalar_one():
    rng = np.random.default_rng(5)
    k = pd.Series(rng.integers(0, 30, 500))
    v = pd.Series(rng.integers(1, 11, 500).astype(float))
    w = pd.Series(rng.random(500) * 100)
    fast = I.grouped_weighted_median(k, v, w)
    for key in range(30):
        sel = k == key
        assert fast[key] == I.weighted_median(v[sel], w[sel])


def test_top_priorities_equal_pandas_split_and_explode_of_every_answer():
    """The unit x priority counts behind prio1-3 (each distinct answer text split once) equal splitting every
    response's answer and exploding it, on answers that share priorities, repeat one and name one only."""
    rng = np.random.default_rng(3)
    pool = ["Speeding", "ASB", "Drugs", "Burglary", "Litter", "Parking"]
    texts = np.array(["|".join(rng.choice(pool, rng.integers(1, 4))) for _ in range(40)] + ["ASB|ASB", "Drugs"],
                     dtype=object)
    units = rng.integers(0, 300, 5000)
    answers = rng.integers(0, len(texts), 5000)
    pairs, counts = np.unique(units.astype(np.int64) * len(texts) + answers, return_counts=True)
    got = I._named_priorities(pairs // len(texts), pairs % len(texts), counts, texts, "street_id")
    one = pd.DataFrame({"street_id": units, "cat": pd.Series(texts[answers]).str.split("|")}).explode("cat")
    want = one.groupby(["street_id", "cat"]).size().rename("n").reset_index()
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    assert got.n.sum() == sum(len(texts[a].split("|")) for a in answers)


def test_a_cancel_during_the_link_stops_it_with_the_crime_queries_in_flight(hull):
    """The crimes' nearest-street queries start on a worker before the postcodes are linked: a cancel asked for
    then stops the link (LptCancelled) once that worker is done, leaving no thread behind; not cancelled, the same
    inputs link as before."""
    import threading
    from local_priority_targeting.core.errors import LptCancelled
    inp, links = hull
    asked = []

    def is_cancelled():
        asked.append(threading.active_count())
        return True
    before = threading.active_count()
    with pytest.raises(LptCancelled):
        L.link(inp, is_cancelled=is_cancelled)
    assert asked and asked[0] > before          # asked while the crimes' worker was running
    assert threading.active_count() == before
    again = L.link(inp)
    pd.testing.assert_frame_equal(again.crimes, links.crimes)
    pd.testing.assert_frame_equal(again.members, links.members)
