"""#24 point 2: targeted door-knocking set-ups kept in the workspace (schema 3), on the demo chain imported by the
algorithms: target lists equal an independent selection, REVISIT changes exactly the registered households,
archiving keeps every row, the loop's tables are never deleted, an older workspace migrates intact."""
import shutil
import sqlite3

import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core.engage import setups as S
from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.io import consent
from local_priority_targeting.core.store import migrations
from local_priority_targeting.core.store.base import SCHEMA_VERSION
from local_priority_targeting.core.store.geopackage import GeoPackageStore
from local_priority_targeting.core.store.workspace import open_store

from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported by the algorithms)


@pytest.fixture(scope="module")
def linked_ws(imported, tmp_path_factory):  # noqa: F811
    """The imported workspace, linked and ranked (Priority streets on the workspace), copied for these tests."""
    import processing
    t = tmp_path_factory.mktemp("setups")
    ws = str(t / "ws.gpkg")
    shutil.copy(imported.workspace, ws)
    res = processing.run("lpt:prioritystreets", {"WORKSPACE": ws, "PERIOD_START": "2024-02", "PERIOD_END": "2024-02",
                                                  "REPLICATES": 0, "PRIORITY_STREETS": str(t / "ps.gpkg"),
                                                  "PRIORITY_AREAS": "TEMPORARY_OUTPUT",
                                                  "REPORT": str(t / "r.html")})
    return ws, _ranked(res["PRIORITY_STREETS"]), t


def _ranked(path):
    con = sqlite3.connect(path)
    table = con.execute("select table_name from gpkg_contents where data_type = 'features'").fetchone()[0]
    return pd.read_sql(f'select street_id, rank, area_code from "{table}"', con)


def _counts(path):
    con = sqlite3.connect(path)
    names = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
    out = {n: con.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names}
    con.close()
    return out


def _independent(ws, streets, revisit):
    """The target postcodes computed here from the stored tables with plain pandas."""
    con = sqlite3.connect(ws)
    pc = pd.read_sql("select postcode, street_id, lsoa21 from link_postcodes", con).drop_duplicates("postcode")
    hh = pd.read_sql("select area_code, total from census_households", con).groupby("area_code").total.first()
    members = pd.read_sql("select * from members", con)
    est = pc.lsoa21.map(hh) / pc.groupby("lsoa21").postcode.transform("count")
    pc = pc.assign(est=est.values)
    ok, _ = consent.messageable(members)
    reg = members[ok].drop_duplicates("member_id").groupby("postcode").size()
    t = pc[pc.street_id.isin(streets)].copy()
    t["reg"] = t.postcode.map(reg).fillna(0)
    t["to_visit"] = t.est if revisit else (t.est - t.reg).clip(lower=0)
    return t if revisit else t[~(t.to_visit <= 0)]


@pytest.mark.parametrize("revisit", [False, True])
def test_top_streets_give_the_postcodes_an_independent_selection_gives(linked_ws, revisit):
    ws, ranked, t = linked_ws
    path = str(t / f"top_{revisit}.gpkg")
    shutil.copy(ws, path)
    with open_store(path) as st:
        sid, got = S.create(st, S.SetupSpec("Top 15", "NPT", "top_streets", top_n=15, revisit=revisit), ranked)
    top = ranked.sort_values("rank").head(15).street_id.astype(str)
    want = _independent(path, set(top), revisit)
    assert sorted(got.postcode) == sorted(want.postcode) and len(got) > 20
    g = got.set_index("postcode")
    w = want.set_index("postcode").reindex(g.index)
    assert np.allclose(g.households_est, w.est.round(1), equal_nan=True)
    assert (g.members_registered == w.reg).all() and g.members_registered.sum() > 0
    assert (got.priority == 1).all() and set(got.street_id) <= set(top)


def test_revisit_changes_exactly_the_registered_households(linked_ws):
    ws, ranked, t = linked_ws
    path = str(t / "revisit.gpkg")
    shutil.copy(ws, path)
    with open_store(path) as st:
        _, off = S.create(st, S.SetupSpec("a", "T", "top_streets", top_n=30), ranked)
        _, on = S.create(st, S.SetupSpec("b", "T", "top_streets", top_n=30, revisit=True), ranked)
    both = on.set_index("postcode").join(off.set_index("postcode").households_to_visit.rename("off"))
    diff = both.households_to_visit - both.off.fillna(0)
    assert np.allclose(diff, np.minimum(both.members_registered, both.households_est))
    assert set(on.postcode) - set(off.postcode) == set(both[both.off.isna()].index)


def test_criteria_are_fail_closed_and_select_like_audiences(linked_ws):
    ws, ranked, t = linked_ws
    path = str(t / "criteria.gpkg")
    shutil.copy(ws, path)
    with open_store(path) as st:
        areas = st.read_table("areas", ["area_code"]).area_code.tolist()
        _, got = S.create(st, S.SetupSpec("c", "T", "criteria", criteria=f"include area={areas[0]}|{areas[1]}",
                                          revisit=True))
        pc = st.read_table("link_postcodes")
        with pytest.raises(LptInputError, match="no member has 'E99999999'"):
            S.create(st, S.SetupSpec("d", "T", "criteria", criteria="include area=E99999999"))
        with pytest.raises(LptInputError, match="criteria can be on area, street"):
            S.create(st, S.SetupSpec("e", "T", "criteria", criteria="include group=IAG"))
    want = pc[pc.area_code.isin(areas[:2]) & (pc.street_id != "")].drop_duplicates("postcode")
    assert sorted(got.postcode) == sorted(want.postcode)
    ind = _independent(path, set(want.street_id), True).set_index("postcode").est.round(1)   # whole-LSOA shares
    assert np.allclose(got.set_index("postcode").households_est, ind.reindex(got.postcode).values, equal_nan=True)


def test_archiving_keeps_every_row_and_several_setups_stay_open(linked_ws):
    ws, ranked, t = linked_ws
    path = str(t / "archive.gpkg")
    shutil.copy(ws, path)
    with open_store(path) as st:
        a, _ = S.create(st, S.SetupSpec("one", "T1", "top_streets", top_n=5), ranked)
        b, _ = S.create(st, S.SetupSpec("two", "T2", "community", area_codes=[ranked.area_code.iloc[0]],
                                        community="Polish"), ranked)
        assert sorted(S.listing(st).query("status == 'open'").setup_id) == [a, b]
    before = _counts(path)
    with open_store(path) as st:
        assert "archived" in S.archive(st, a) and "already archived" in S.archive(st, a)
        with pytest.raises(LptInputError, match="no set-up 'S9999'"):
            S.archive(st, "S9999")
        for name in ("lpt_setups", "lpt_setup_targets", "lpt_visit_outcomes", "lpt_audit"):
            with pytest.raises(LptInputError, match="never deleted or replaced"):
                st.delete_table(name)
            with pytest.raises(LptInputError, match="never deleted or replaced"):
                st.write_table(name, pd.DataFrame({"x": [1]}))
        status = S.listing(st).set_index("setup_id").status
    assert _counts(path) == before and status[a] == "archived" and status[b] == "open"


def test_a_v2_workspace_migrates_with_every_row_kept(imported, tmp_path):  # noqa: F811
    path = tmp_path / "v2.gpkg"
    shutil.copy(imported.workspace, path)
    con = sqlite3.connect(path, isolation_level=None)
    for t in ("lpt_setups", "lpt_setup_targets", "lpt_visit_outcomes", "lpt_audit", "lpt_messages",
              "lpt_message_recipients", "lpt_message_status"):
        con.execute(f"DROP TABLE IF EXISTS {t}")
    con.execute("UPDATE lpt_meta SET value = '2' WHERE key = 'schema_version'")     # as the previous release left it
    con.close()
    before = _counts(path)
    with GeoPackageStore.open(str(path)) as st:
        assert st.get_meta("schema_version") == str(SCHEMA_VERSION) == "4"
        assert st.has_table("lpt_setups") and st.row_count("lpt_setups") == 0
    after = _counts(path)
    assert {k: v for k, v in after.items() if k in before} == before
    assert set(after) - set(before) == set(migrations.expected(SCHEMA_VERSION)) - set(migrations.expected(2))


def test_create_and_archive_through_processing(linked_ws, tmp_path):
    """As an analyst runs them: a set-up from the top 10 streets, styled layers out, then archived."""
    import processing
    from qgis.core import QgsVectorLayer
    ws, ranked, t = linked_ws
    path = str(tmp_path / "ws.gpkg")
    shutil.copy(ws, path)
    res = processing.run("lpt:createsetup", {
        "WORKSPACE": path, "NAME": "Top ten, March", "TEAM": "NPT Central", "START_DATE": "2024-03-01",
        "END_DATE": "2024-03-31", "SOURCE": 0, "PRIORITY_STREETS": str(t / "ps.gpkg"), "TOP_N": 10,
        "TARGET_STREETS": str(tmp_path / "streets.gpkg"), "TARGET_POSTCODES": str(tmp_path / "postcodes.gpkg")})
    pcs, lines = QgsVectorLayer(res["TARGET_POSTCODES"]), QgsVectorLayer(res["TARGET_STREETS"])
    assert pcs.isValid() and lines.isValid() and pcs.featureCount() == res["POSTCODES"] > 0
    assert {f["street_id"] for f in lines.getFeatures()} == {f["street_id"] for f in pcs.getFeatures()}
    assert len({f["street_id"] for f in lines.getFeatures()}) == 10
    assert "member" not in " ".join(pcs.fields().names()).replace("members_registered", "")   # no personal data
    with open_store(path) as st:
        row = st.read_table("lpt_setups").iloc[-1]
    assert (row.setup_id, row["name"], row.team, row.status) == (res["SETUP_ID"], "Top ten, March", "NPT Central",
                                                                  "open")
    out = processing.run("lpt:archivesetup", {"WORKSPACE": path, "SETUP_ID": res["SETUP_ID"].lower()})
    assert "archived" in out["STATUS"]
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match=r"ends \(2024-03-01\) before it starts"):
        processing.run("lpt:createsetup", {"WORKSPACE": path, "NAME": "x", "TEAM": "y", "START_DATE": "2024-03-02",
                                           "END_DATE": "2024-03-01", "SOURCE": 0, "TARGET_STREETS": "TEMPORARY_OUTPUT",
                                           "TARGET_POSTCODES": "TEMPORARY_OUTPUT"})


def test_criteria_on_deprivation_classification_and_confidence(linked_ws):
    """Set-up criteria on the LSOA's IMD decile, the OAC supergroup and the area's confidence band equal an
    independent selection from the stored tables; a value the workspace does not have is refused."""
    ws, ranked, t = linked_ws
    path = str(t / "place_criteria.gpkg")
    shutil.copy(ws, path)
    con = sqlite3.connect(path)
    pc = pd.read_sql("select postcode, lsoa21, area_code, street_id from link_postcodes", con)
    pc = pc[pc.street_id != ""].drop_duplicates("postcode")
    imd = pd.read_sql("select lsoa_code, imd_decile, edition from imd", con).sort_values("edition") \
        .drop_duplicates("lsoa_code", keep="last").set_index("lsoa_code").imd_decile
    has_oac = con.execute("select count(*) from sqlite_master where name = 'oac'").fetchone()[0]
    s = pd.read_sql("select s.member_id, s.confidence, m.postcode from surveys s join members m using (member_id)",
                    con)
    con.close()
    s["area"] = s.postcode.map(pc.set_index("postcode").area_code)
    s["c"] = pd.to_numeric(s.confidence, errors="coerce")
    per = s.dropna(subset=["area", "c"]).groupby("area").agg(mean=("c", "mean"), people=("member_id", "nunique"))
    per = per[per.people >= 5].sort_values("mean", kind="stable")
    low = set(per.index[: len(per) // 3])                   # the lowest third of areas by mean confidence
    with open_store(path) as st:
        _, got = S.create(st, S.SetupSpec("deprived", "T", "criteria", revisit=True,
                                          criteria="include imd_decile=1|2; must confidence=low"))
        with pytest.raises(LptInputError, match="no member has '11'"):
            S.create(st, S.SetupSpec("x", "T", "criteria", criteria="include imd_decile=11"))
        if has_oac:
            oac = st.read_table("oac", ["supergroup_name"]).supergroup_name.iloc[0]
            _, by_oac = S.create(st, S.SetupSpec("o", "T", "criteria", revisit=True,
                                                 criteria=f"include classification={oac}"))
            assert len(by_oac) > 0
    want = pc[pc.lsoa21.map(imd).isin([1, 2]) & pc.area_code.isin(low)]
    assert len(want) > 10 and sorted(got.postcode) == sorted(want.postcode)


def test_criteria_and_date_errors_name_their_own_parameter_and_a_fix(linked_ws):
    ws, _, t = linked_ws
    path = str(t / "param_errors.gpkg")
    shutil.copy(ws, path)
    with open_store(path) as st:
        for criteria in ("include imd_decile=0|11", "include area=E99999999", "include area"):
            with pytest.raises(LptInputError) as e:
                S.create(st, S.SetupSpec("x", "T", "criteria", criteria=criteria))
            assert e.value.path == "CRITERIA" and str(e.value).startswith("CRITERIA:"), str(e.value)
            assert "AUDIENCE" not in str(e.value) and " Fix: " in str(e.value)
    with pytest.raises(LptInputError) as e:
        S.SetupSpec("x", "T", "top_streets", start_date="2024-03-31", end_date="2024-03-01").check()
    assert e.value.path == "END_DATE" and "2024-03-01" in str(e.value) and " Fix: " in str(e.value)


@pytest.mark.parametrize("start,end", [("20240301", ""), ("2024-03-01", "20240201"), ("2024-03-01", "2024-W14-7")])
def test_set_up_dates_are_written_year_month_day(start, end):
    with pytest.raises(LptInputError, match="is not a date"):
        S.SetupSpec("x", "T", "top_streets", start_date=start, end_date=end).check()
