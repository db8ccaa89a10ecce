"""Community profile (lpt:communityprofile, issue #24.1) and insight by group, on the real Hull data: Census 2021
tables as shipped, synthetic members from core/synth.py on real postcodes, links from the real link stage."""
import shutil
import sqlite3

import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core.analyse import community_map as CM, community_profile as CP, \
    community_units as CU, group_insight as GI
from local_priority_targeting.core.io.census import CensusReader

from _paths import DEMO
from test_link_insight import hull  # noqa: F401  (module fixture: Hull inputs linked)

ETHNIC = DEMO / "census2021" / "ts021_ethnic_group_lsoa21_hull_long.csv"
RELIGION = DEMO / "census2021" / "ts030_religion_lsoa21_hull_long.csv"
ASIAN = "Asian, Asian British or Asian Welsh"


def _census(path):
    return CensusReader([str(path)]).read().extra["long"]


def _profile(inp, links, members=None, census=ETHNIC, kind="areas", **cfg):
    units = CU.area_units(links, inp) if kind == "areas" else CU.lsoa_units(links, inp)
    topic = cfg.pop("topic", "ethnic_group")
    return CP.profile(links.members if members is None else members, _census(census), units, links.postcodes,
                      CM.load_map(), CP.ProfileConfig(topic=topic, **cfg))


def test_resident_shares_by_lsoa_equal_the_census_file(hull):
    """By LSOA, each community's resident share is the Census file's own n / total residents, read independently."""
    inp, links = hull
    tab = _profile(inp, links, kind="lsoa").set_index(["unit_code", "community"])
    raw = pd.read_csv(ETHNIC)
    raw = raw[raw.lsoa21_code.isin(tab.index.get_level_values(0))]
    assert len(raw) == len(tab) > 800
    want = (raw.n / raw.total_residents).to_numpy()
    got = tab.resident_share.reindex(pd.MultiIndex.from_arrays([raw.lsoa21_code, raw.ethnic_group])).to_numpy()
    assert np.allclose(got, want, atol=5e-5)
    assert np.array_equal(tab.residents.reindex(pd.MultiIndex.from_arrays([raw.lsoa21_code, raw.ethnic_group]))
                          .to_numpy(), raw.n.to_numpy())


def test_ward_shares_add_up_the_lsoas_of_the_ward(hull):
    """By ward: residents are the sum of the file's counts over the LSOAs most of whose postcodes are in the ward
    (that placement recomputed here from the linked postcodes), religion's 'Not answered' left out of the total."""
    inp, links = hull
    tab = _profile(inp, links, census=RELIGION, topic="religion").set_index(["unit_code", "community"])
    raw = pd.read_csv(RELIGION)
    pc = links.postcodes
    votes = pd.DataFrame({"lsoa": pc.lsoa21.astype(str), "ward": pc.area_code.astype(str)})
    votes = votes[(votes.lsoa != "") & (votes.ward != "")].value_counts().reset_index(name="n")
    best = votes.sort_values(["lsoa", "n", "ward"], ascending=[True, False, True]).drop_duplicates("lsoa")
    raw["ward"] = raw.lsoa21_code.map(best.set_index("lsoa").ward)
    raw = raw[raw.religion != "Not answered"].dropna(subset=["ward"])
    n = raw.groupby(["ward", "religion"]).n.sum()
    share = n / n.groupby(level=0).transform("sum")
    assert "Not answered" not in set(tab.index.get_level_values(1))
    assert np.allclose(tab.resident_share.reindex(share.index).to_numpy(), share.to_numpy(), atol=5e-5)


def test_blank_answers_are_coverage_never_a_change_in_share(hull):
    """Blanking the answers of a random third of the members gives every community the share it has when those
    members are not there at all: a blank is never counted as 'not in the community'. Only coverage changes."""
    inp, links = hull
    m = links.members.copy()
    rng = np.random.default_rng(3)
    pick = (m.ethnic_group != "") & (rng.random(len(m)) < 1 / 3)
    blanked = m.assign(ethnic_group=m.ethnic_group.where(~pick, ""))
    key = ["unit_code", "community"]
    a = _profile(inp, links, members=blanked, suppress_below=1).set_index(key)
    gone = _profile(inp, links, members=m[~pick], suppress_below=1).set_index(key)
    base = _profile(inp, links, members=m, suppress_below=1).set_index(key)
    same = ["answered", "members_in", "member_share", "share_lo", "share_hi", "ratio", "ratio_lo", "ratio_hi",
            "under_represented", "resident_share"]
    pd.testing.assert_frame_equal(a[same], gone[same])
    assert (a.members == base.members).all() and (a.members > gone.members).any()   # blanks are members still
    assert (a.no_answer - base.no_answer == a.members - gone.members).all()
    assert (a.coverage_pct < base.coverage_pct).any() and (a.coverage_pct <= base.coverage_pct).all()
    assert np.allclose(a.member_share, a.members_in / a.answered, atol=1e-4, equal_nan=True)
    assert not np.allclose(a.member_share, a.members_in / a.members, atol=1e-4, equal_nan=True)


def test_blanking_one_ward_changes_only_that_ward(hull):
    """Blanking every answer in one ward changes nothing in the other wards; that ward has no share, no flag."""
    inp, links = hull
    base = _profile(inp, links, suppress_below=1).set_index(["unit_code", "community"])
    m = links.members.copy()
    ward = base.index.get_level_values(0)[0]
    in_ward = (m.area_code.astype(str) == ward) & (m.ethnic_group != "")
    m.loc[in_ward, "ethnic_group"] = ""
    after = _profile(inp, links, members=m, suppress_below=1).set_index(["unit_code", "community"])
    other = after.index.get_level_values(0) != ward
    pd.testing.assert_frame_equal(after[other], base[other])
    assert (after.loc[ward].answered == 0).all() and (after.loc[ward].coverage_pct == 0).all()
    assert after.loc[ward].member_share.isna().all() and not after.loc[ward].under_represented.any()


def test_a_planted_under_represented_community_is_flagged(hull):
    """Remove nine in ten members who answered Asian in the ward with most Asian residents: it is flagged there
    (it was not before), White in that ward is not, and no other ward changes."""
    inp, links = hull
    base = _profile(inp, links)
    asian = base[base.community == ASIAN].sort_values("residents", ascending=False)
    ward = asian.unit_code.iloc[0]
    assert not base[(base.unit_code == ward)].under_represented.any()
    m = links.members
    who = np.flatnonzero(((m.area_code.astype(str) == ward) & (m.ethnic_group == ASIAN)).to_numpy())
    assert len(who) >= 20
    drop = m.index[who[np.arange(len(who)) % 10 != 0]]
    after = _profile(inp, links, members=m.drop(drop)).set_index(["unit_code", "community"])
    assert after.loc[(ward, ASIAN), "under_represented"]
    assert after.loc[(ward, ASIAN), "band"] == CP.BANDS["under"]
    assert not after.loc[(ward, "White"), "under_represented"]
    assert after.loc[(ward, "White"), "ratio_lo"] >= 0.8 and after.loc[(ward, "White"), "band"] != CP.BANDS["under"]
    others = base.set_index(["unit_code", "community"]).drop(index=ward, level=0)
    assert not after.drop(index=ward, level=0).under_represented.any() and not others.under_represented.any()


def test_the_flag_needs_enough_residents(hull):
    """The same planted shortfall with MIN_RESIDENTS above the community's residents: not flagged, band says
    too few residents."""
    inp, links = hull
    base = _profile(inp, links)
    top = base[base.community == ASIAN].sort_values("residents", ascending=False).iloc[0]
    m = links.members
    gone = m.index[(m.area_code.astype(str) == top.unit_code) & (m.ethnic_group == ASIAN)]
    row = _profile(inp, links, members=m.drop(gone), min_residents=int(top.residents) + 1) \
        .set_index(["unit_code", "community"]).loc[(top.unit_code, ASIAN)]
    assert not row.under_represented and row.band == CP.BANDS["few"]


def test_wilson_interval_matches_the_formula():
    lo, hi = CP.wilson(np.array([0, 3, 50]), np.array([10, 40, 100]))
    # independent: Wilson (1927) as in Agresti & Coull (1998), z = 1.96
    for k, n, l, h in zip((0, 3, 50), (10, 40, 100), lo, hi):
        z, p = 1.959964, k / n
        c, w = p + z * z / (2 * n), z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        assert l == pytest.approx((c - w) / (1 + z * z / n), abs=1e-6)
        assert h == pytest.approx((c + w) / (1 + z * z / n), abs=1e-6)
    assert np.isnan(CP.wilson(1, 0)[0])


def test_small_counts_are_suppressed(hull):
    """Counts 1..4 and every share behind them are NULL (the flag stays); where a unit has one such count, the next
    smallest is suppressed too, so that no count follows from the answered total."""
    inp, links = hull
    tab = _profile(inp, links, suppress_below=5)
    raw = _profile(inp, links, suppress_below=1)
    k = raw.members_in
    small = (k > 0) & (k < 5)
    assert small.any()
    assert tab.members_in[small].isna().all() and tab.ratio[small].isna().all() and tab.share_hi[small].isna().all()
    assert tab.suppressed[small].all()
    for (unit, level), g in tab.groupby(["unit_code", "level"]):
        assert g.suppressed.sum() != 1 or g.members_in.notna().sum() == 0 or (g.answered < 5).all(), unit
    shown = ~tab.suppressed
    assert (tab.members_in[shown].eq(0) | tab.members_in[shown].ge(5)).all()
    assert (tab.under_represented == raw.under_represented).all()


def test_opted_out_members_are_left_out(hull):
    inp, links = hull
    m = links.members.copy()
    base = _profile(inp, links, members=m, suppress_below=1)
    m.loc[m.index[: len(m) // 2], "opted_out"] = "2024-01-01"
    after = _profile(inp, links, members=m, suppress_below=1)
    assert after.members.sum() < base.members.sum()
    kept = CP.current_members(m)
    assert after.groupby("unit_code").members.first().sum() == (kept.area_code.astype(str) != "").sum()


def test_answers_placed_by_the_mapping_table():
    mp = CM.load_map()
    cats = ["White", ASIAN, "Other ethnic group"]
    got = CM.place_answers(pd.Series(["white british", "Pakistani", "  ", "Prefer not to say", "Martian", "Arab"]),
                           mp, "ethnic_group", cats, "broad")
    assert got.tolist()[:4] == ["White", ASIAN, "", ""] and got.iloc[4] is None and got.iloc[5] == cats[2]
    lang = CM.place_answers(pd.Series(["English", "Polish", ""]), mp, "main_language",
                            ["Main language is English (English or Welsh in Wales)",
                             "Main language is not English (English or Welsh in Wales)"], "broad")
    assert lang.str[:20].tolist() == ["Main language is Eng", "Main language is not", ""]


def test_insight_by_group_is_suppressed_below_the_threshold(hull):
    """Trust / confidence by group equal a direct groupby of the responses of the group's members; groups of
    fewer respondents than the threshold show no figure."""
    inp, links = hull
    units = CU.area_units(links, inp)
    gi = GI.group_insight(links.members, links.surveys, units, suppress_below=5)
    assert set(gi.dimension) == {"age_band", "gender", "ethnic_group"}
    m = CP.current_members(links.members)
    s = links.surveys.merge(m[["member_id", "gender"]].assign(w=m.postcode.map(units.of_postcode)), on="member_id")
    s = s[s.w != ""]
    want = s.groupby(["w", "gender"]).agg(trust=("trust", "mean"), n=("member_id", "nunique"))
    row = gi[(gi.dimension == "gender") & (gi.group == "Female")].set_index("unit_code")
    big = want.xs("Female", level=1)
    big = big[big.n >= 5]
    assert len(big) > 10
    assert np.allclose(row.trust_mean.reindex(big.index).astype(float), big.trust.round(2), atol=1e-9)
    small = gi[gi.suppressed]
    assert len(small) and small.trust_mean.isna().all() and small.prio1.isna().all() and small.respondents.isna().all()
    assert not gi[~gi.suppressed].respondents.lt(5).any()
    assert {"member_id", "postcode", "name", "email"}.isdisjoint(gi.columns)


# ---------------------------------------------------------------- the algorithm, through processing.run
from test_plugin_processing import imported  # noqa: E402,F401  (module fixture: the demo chain in a workspace)


def _rows(path):
    con = sqlite3.connect(path)
    name = con.execute("select table_name from gpkg_contents").fetchone()[0]
    out = pd.read_sql(f'select * from "{name}"', con)
    con.close()
    return out


@pytest.fixture(scope="module")
def profiled(imported, tmp_path_factory):  # noqa: F811
    """lpt:communityprofile on a copy of the imported workspace, the ethnic group table imported into it."""
    import processing
    t = tmp_path_factory.mktemp("community")
    ws = str(t / "ws.gpkg")
    shutil.copy(imported.workspace, ws)
    processing.run("lpt:importareas", {"WORKSPACE": ws, "INPUT": str(DEMO / "boundaries" / "hull_lsoa2021.geojson"),
                                       "AS": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    processing.run("lpt:importcensus", {"WORKSPACE": ws, "INPUT": str(ETHNIC), "OUTPUT": "TEMPORARY_OUTPUT"})
    res = processing.run("lpt:communityprofile", {"WORKSPACE": ws, "COMMUNITY": ASIAN,
                                                  "COMMUNITY_MAP": str(t / "areas.gpkg"), "TABLE": str(t / "table.csv"),
                                                  "GROUP_INSIGHT": str(t / "groups.csv")})
    return ws, res, t


def test_the_algorithm_runs_on_the_workspace(profiled):
    ws, res, t = profiled
    areas = _rows(res["COMMUNITY_MAP"])
    table = pd.read_csv(res["TABLE"])
    con = sqlite3.connect(ws)
    wards = pd.read_sql("select area_code from areas", con).area_code
    census = pd.read_sql("select area_code, category, count from census_ethnic", con)
    con.close()
    assert set(areas.community) == {ASIAN} and set(areas.unit_code) <= set(wards) and len(areas) > 15
    assert set(table.community) == set(census.category) and res["AREAS_PROFILED"] == table.unit_code.nunique()
    # every resident of the Census table is in exactly one ward's row (no postcode-less LSOA in Hull)
    assert table.residents.sum() == pytest.approx(census["count"].sum())
    assert res["UNDER_REPRESENTED"] == int(table.under_represented.sum())
    assert {"member_id", "postcode", "name", "email", "phone"}.isdisjoint(set(table.columns) | set(areas.columns))
    shown = table[~table.suppressed]
    assert (shown.members_in.eq(0) | shown.members_in.ge(5)).all()
    groups = pd.read_csv(res["GROUP_INSIGHT"])
    assert groups.empty or (groups[~groups.suppressed].respondents >= 5).all()


def test_the_map_is_styled_by_band_with_a_legend(profiled):
    from qgis.core import QgsVectorLayer
    _, res, _ = profiled
    lyr = QgsVectorLayer(res["COMMUNITY_MAP"], "p", "ogr")
    lyr.loadNamedStyle(str(DEMO.parent.parent / "resources" / "styles" / "community_profile.qml"))
    r = lyr.renderer()
    assert r.type() == "categorizedSymbol" and r.classAttribute() == "band"
    assert {c.value() for c in r.categories()} == set(CP.BANDS.values())
    assert set(_rows(res["COMMUNITY_MAP"]).band) <= set(CP.BANDS.values())


def test_the_algorithm_refuses_an_unknown_community_and_a_missing_census(profiled, imported):  # noqa: F811
    import processing
    from qgis.core import QgsProcessingException
    ws, _, t = profiled
    with pytest.raises(QgsProcessingException, match="not a category"):
        processing.run("lpt:communityprofile", {"WORKSPACE": ws, "COMMUNITY": "Martians", "COMMUNITY_MAP": str(t / "x.gpkg"),
                                                "TABLE": str(t / "x.csv"), "GROUP_INSIGHT": str(t / "y.csv")})
    with pytest.raises(QgsProcessingException, match="no Census table"):
        processing.run("lpt:communityprofile", {"WORKSPACE": ws, "TOPIC": 1, "COMMUNITY_MAP": str(t / "x2.gpkg"),
                                                "TABLE": str(t / "x2.csv"), "GROUP_INSIGHT": str(t / "y2.csv")})


def test_the_priority_seldom_heard_flag_is_the_community_profile(hull):
    """The priority list's seldom_heard fact (rule R4) now says: the street's ward has a community the profile flags
    under-represented. Planted in one ward, only that ward's streets carry it; with no Census table, none does."""
    import dataclasses
    from local_priority_targeting.core.analyse import priority as P
    inp, links = hull
    base = _profile(inp, links)
    ward = base[base.community == ASIAN].sort_values("residents", ascending=False).unit_code.iloc[0]
    m = links.members
    gone = m.index[(m.area_code.astype(str) == ward) & (m.ethnic_group == ASIAN)]
    planted = dataclasses.replace(links, members=m.drop(gone))
    streets = pd.DataFrame({"area_code": sorted(set(base.unit_code)) + [""]})
    flag = P._seldom_heard(planted, dataclasses.replace(inp, ethnic=_census(ETHNIC)), streets)
    assert flag.tolist() == (streets.area_code == ward).tolist()
    assert not P._seldom_heard(planted, dataclasses.replace(inp, ethnic=None), streets).any()
    rules = pd.read_csv(DEMO.parent.parent / "resources" / "config" / "action_rules.csv")
    assert "Community profile" in rules.set_index("rule_id").action["R4-seldom-heard"]
