"""Postcode lookups, classifications, deprivation and Census tables on the real files."""
import pandas as pd
import pytest

from local_priority_targeting.core.io.census import CensusReader
from local_priority_targeting.core.io.classification import AcornReader, ImdReader, LsoaLookupReader, OacReader
from local_priority_targeting.core.io.postcodes import CodePointReader, OnspdReader, postcode_reader

from _paths import DEMO

PC = DEMO / "postcodes"


def test_codepoint_open_headerless_real_file():
    r = postcode_reader(str(PC / "codepo_hu_hull.csv"))
    assert isinstance(r, CodePointReader)
    res = r.read()
    assert res.read == res.n_accepted == 5799
    row = res.accepted.set_index("postcode").loc["HU1 1AA"]
    assert (row.easting, row.northing, row.ward, row.lad) == (510027, 428807, "E05001677", "E06000010")


def test_onspd_real_file_and_broken_rows(tmp_path):
    assert isinstance(postcode_reader(str(PC / "onspd_nov2025_hull.csv")), OnspdReader)
    res = postcode_reader(str(PC / "onspd_nov2025_hull.csv")).read()
    assert res.read == res.n_accepted == 8896
    p = tmp_path / "onspd.csv"
    p.write_text("pcd,oseast1m,osnrth1m,osgrdind,laua\n"
                 "HU1 1AA,510027,428807,1,E06000010\nHU1  1AB,,,9,E06000010\nHU11AD,51x,428807,1,E06000010\n"
                 "hu1 1ae,0,0,1,E06000010\nhu11aa,510027,428807,1,E06000010\n")
    res = OnspdReader(str(p)).read()
    assert res.accepted.postcode.tolist() == ["HU1 1AA"]
    assert res.rejects.reason.tolist() == ["no grid reference (osgrdind 9)", "easting is not a number",
                                           "no grid reference (0,0)", "duplicate postcode (first at onspd.csv row 2)"]


def test_codepoint_pq90_rejected(tmp_path):
    p = tmp_path / "cp.csv"
    p.write_text('"HU1 1AA",10,510027,428807,"E92000001","","","","E06000010","E05001677"\n'
                 '"HU1 9ZZ",90,0,0,"E92000001","","","","E06000010",""\n')
    res = postcode_reader(str(p)).read()
    assert res.n_accepted == 1 and "positional quality 90" in res.rejects.reason.iloc[0]


def test_imd_2019_and_iod_2025_real_and_as_mhclg_publishes(tmp_path):
    a = ImdReader(str(DEMO / "deprivation" / "imd2019_lsoa11_hull.csv")).read()
    b = ImdReader(str(DEMO / "deprivation" / "iod2025_lsoa21_hull.csv")).read()
    assert (a.n_accepted, set(a.accepted.edition), set(a.accepted.lsoa_vintage)) == (166, {"2019"}, {"2011"})
    assert (b.n_accepted, set(b.accepted.edition)) == (168, {"2025"})
    assert b.accepted.imd_decile.between(1, 10).all()
    # the official MHCLG header wording
    p = tmp_path / "File_1.csv"
    p.write_text("LSOA code (2011),LSOA name (2011),Index of Multiple Deprivation (IMD) Rank,"
                 "Index of Multiple Deprivation (IMD) Decile\nE01012756,Hull 001A,11457,4\nE01012757,Hull 001B,6904,11\n")
    res = ImdReader(str(p)).read()
    assert res.accepted.imd_rank.tolist() == [11457] and res.accepted.edition.iloc[0] == "2019"
    assert res.rejects.reason.tolist() == ["IMD decile is not 1-10"]


def test_oac_by_oa_and_lsoa():
    oa = OacReader(str(DEMO / "classification" / "oac2021_oa21_hull.csv")).read()
    assert oa.read == oa.n_accepted == 881 and set(oa.accepted.level) == {"OA"}
    assert oa.accepted.supergroup_name.ne("").all()
    ls = OacReader(str(DEMO / "classification" / "oac2021_lsoa21_hull.csv")).read()
    assert ls.n_accepted == 168 and set(ls.accepted.level) == {"LSOA"}


def test_oac_inconsistent_codes_rejected(tmp_path):
    p = tmp_path / "oac.csv"
    p.write_text("Geography_Code,Supergroup,Group,Subgroup\nE00064333,6,6b,6b3\nE00064334,6,7b,7b1\n"
                 "E00064335,6,6b,6c1\nX,6,6b,6b1\n")
    res = OacReader(str(p)).read()
    assert res.rejects.column.tolist() == ["group", "subgroup", "area_code"]


def test_acorn_by_postcode(tmp_path):
    p = tmp_path / "acorn.csv"
    p.write_text("Postcode,Acorn Category,Acorn Group,Acorn Type\nhu5 2ls,5,o,48\nHU5 2LT,9,O,48\nHU5 2LU,6,Q,61\n")
    res = AcornReader(str(p)).read()
    assert res.accepted[["postcode", "acorn_category", "acorn_group"]].values.tolist() == [
        ["HU5 2LS", "5", "O"], ["HU5 2LU", "6", "Q"]]
    assert res.rejects.reason.tolist() == ["Acorn category is not 1-7"]


def test_lsoa_lookup_real():
    res = LsoaLookupReader(str(DEMO / "lookups" / "lsoa11_lsoa21_hull.csv")).read()
    assert res.n_accepted == res.read and set(res.accepted.change) <= {"U", "S", "M", "X"}
    assert res.accepted.lsoa11_code.nunique() == 166 and res.accepted.lsoa21_code.nunique() == 168


def test_census_long_real_tables_sum_to_totals():
    res = CensusReader(str(DEMO / "census2021" / "ts021_ethnic_group_lsoa21_hull_long.csv")).read()
    long = res.extra["long"]
    assert res.extra["layout"] == "long" and long.area_code.nunique() == 168
    s = long.groupby("area_code").agg(n=("count", "sum"), t=("total", "first"))
    assert ((s.n - s.t).abs() <= 1).all()
    assert set(long.geography) == {"LSOA"} and long.topic.iloc[0] == "ethnic_group"


def test_census_wide_with_metadata_and_without():
    meta = str(DEMO / "census2021" / "oa21_tables_column_metadata.csv")
    res = CensusReader(str(DEMO / "census2021" / "ts030_oa21_hull.csv"), metadata_path=meta).read()
    long = res.extra["long"]
    assert res.extra["layout"] == "wide" and long.area_code.nunique() == 881
    assert "Muslim" in set(long.category) and "Total" not in " ".join(long.category)
    raw = pd.read_csv(DEMO / "census2021" / "ts030_oa21_hull.csv").set_index("OA")
    one = long[long.area_code == raw.index[0]]
    assert one.total.iloc[0] == raw.iloc[0]["ts0300001"]
    assert abs(one["count"].sum() - raw.iloc[0]["ts0300001"]) <= 1


def test_census_nomis_style_wide_and_bad_counts(tmp_path):
    p = tmp_path / "census2021-ts021-lsoa.csv"
    p.write_text('date,geography,geography code,"Ethnic group: Total: All usual residents; measures: Value",'
                 '"Ethnic group: White; measures: Value","Ethnic group: Asian, Asian British or Asian Welsh; measures: Value"\n'
                 "2021,Hull 001A,E01012756,100,90,10\n2021,Hull 001B,E01012757,100,x,10\n"
                 "2021,Hull 001C,E01012758,100,95,10\n")
    res = CensusReader(str(p)).read()
    long = res.extra["long"]
    assert sorted(long.category.unique()) == ["Asian, Asian British or Asian Welsh", "White"]
    assert res.extra["long"].topic.iloc[0] == "Ethnic group"
    assert res.rejects.reason.tolist() == ["count is not a number", "categories add up to more than the total"]
    assert long.loc[long.category == "White", "share"].iloc[0] == pytest.approx(0.9)


def test_census_table_with_sub_categories_reads_every_row():
    """TS029 proficiency in English: 'Main language is not English' is the sum of its four sub-categories; the
    real OA file is read whole (a parent is a subtotal, not counted twice against the total)."""
    meta = str(DEMO / "census2021" / "oa21_tables_column_metadata.csv")
    path = DEMO / "census2021" / "ts029_oa21_hull.csv"
    res = CensusReader(str(path), metadata_path=meta).read()
    raw = pd.read_csv(path)
    assert len(res.rejects) == 0 and len(res.accepted) == len(raw) == 881
    long = res.extra["long"]
    parent = long[long.category.str.startswith("Main language is not English")]
    kids = long[long.category.str.contains("speak English")]           # its four sub-categories
    assert parent.area_code.nunique() == 881 and kids.category.nunique() == 4
    assert (parent.set_index("area_code")["count"] == kids.groupby("area_code")["count"].sum()).all()
    assert (long.groupby("area_code").total.first() == raw.set_index("OA").ts0290001).all()
    bad = raw.copy()
    bad.loc[0, "ts0290004"] = bad.loc[0, "ts0290001"] + 50               # leaves now exceed the total: still caught
    p2 = DEMO.parent.parent / "build" / "ts029_bad.csv"
    p2.parent.mkdir(exist_ok=True)
    bad.to_csv(p2, index=False)
    rej = CensusReader(str(p2), metadata_path=meta).read().rejects
    assert rej.reason.tolist() == ["categories add up to more than the total"]


def test_iod_scores_ranks_and_domain_deciles_are_checked_numbers(tmp_path):
    from local_priority_targeting.core.io.classification import ImdReader
    p = tmp_path / "iod.csv"
    p.write_text("lsoa21_code,IMD_decile,IMD_rank,IMD_score,Income_decile,Crime_decile\n"
                 "E01012756,5,14794,19.9,4,7\n"          # good
                 "E01012757,5,14794,NaN,4,7\n"            # score not a number
                 "E01012758,5,14794,inf,4,7\n"            # score infinite
                 "E01012759,5,14794,12.5,4.5,7\n"         # domain decile a fraction
                 "E01012760,5,14794,12.5,4,eleven\n"      # domain decile text
                 "E01012761,5,14794,12.5,4,11\n"          # domain decile out of range
                 "E01012762,5,99999999,12.5,4,7\n"        # rank beyond the number of LSOAs
                 "E01012763,5,,,,\n", encoding="utf-8")   # optional values blank: kept
    res = ImdReader(str(p), edition="2025").read()
    assert res.read == res.n_accepted + len(res.rejects) == 8
    assert sorted(res.accepted.lsoa_code) == ["E01012756", "E01012763"]
    why = dict(zip(res.rejects["row"].astype(int), res.rejects.column))
    assert why == {3: "imd_score", 4: "imd_score", 5: "income_decile", 6: "crime_decile", 7: "crime_decile",
                   8: "imd_rank"}
    assert set(res.rejects.value) >= {"NaN", "inf", "4.5", "eleven", "11", "99999999"}
    good = res.accepted.set_index("lsoa_code")
    assert good.imd_score["E01012756"] == 19.9 and pd.isna(good.imd_score["E01012763"])
    assert good.income_decile["E01012756"] == 4 and pd.api.types.is_integer_dtype(good.income_decile)


def test_census_counts_are_whole_categories_named_and_rejects_keep_the_files_text(tmp_path):
    p = tmp_path / "ethnic.csv"
    p.write_text("lsoa21_code,total_residents,ethnic_group,n\n"
                 "E01012756,1454,White,1380\n"
                 "E01012756,1454,Black,2000\n"          # above the total: the value as written, not 2000.0
                 "E01012757,1000,,5\n"                  # blank category
                 "E01012758,1000,White,5.5\n"           # a fraction of a person
                 "E01012759,1000,White,1e308\n", encoding="utf-8")
    res = CensusReader(str(p)).read()
    assert res.read == res.n_accepted + len(res.rejects) == 5 and res.n_accepted == 1
    got = {int(r): (c, v) for r, c, v in zip(res.rejects["row"], res.rejects.column, res.rejects.value)}
    assert got == {3: ("count", "2000"), 4: ("category", ""), 5: ("count", "5.5"), 6: ("count", "1e308")}
    assert "not a whole number" in res.rejects.reason[res.rejects["row"].astype(int) == 5].iloc[0]
