"""Member export reader on generated (synthetic, realistic) exports and on broken copies."""
import pandas as pd
import pytest

from local_priority_targeting.core.io.members import DEMOGRAPHIC_FIELDS, MembersReader


def test_generated_export_reconciles_and_rejects_only_the_planted_faults(generated):
    res = MembersReader(generated["paths"]["members"], today="2024-12-31").read()
    raw = generated["frames"]["members"]
    assert res.read == len(raw) == res.n_accepted + res.n_rejected
    planted = (raw["Member ID"] == "") | raw.Postcode.str.endswith(" ZZ") | (raw["Registration Date"] == "31/02/2020")
    assert res.n_rejected == int(planted.sum()) > 0
    assert set(res.rejects.reason.str.split(" \\(").str[0]) <= {
        "member id is blank", "not a valid UK postcode", "not a date"}
    # every reject row points at a real spreadsheet row holding that value
    for r in res.rejects.head(20).itertuples():
        assert raw.iloc[r.row - 2][{"member_id": "Member ID", "postcode": "Postcode",
                                    "registered": "Registration Date"}[r.column]] == r.value


def test_contacts_dropped_unless_asked(generated):
    p = generated["paths"]["members"]
    assert not {"name", "email", "phone"} & set(MembersReader(p, today="2024-12-31").read().accepted.columns)
    with_c = MembersReader(p, include_contacts=True, today="2024-12-31").read().accepted
    assert with_c.email.str.endswith("@example.org").all()


def test_coverage_reports_blanks_per_field(generated):
    res = MembersReader(generated["paths"]["members"], today="2024-12-31").read()
    cov = res.extra["coverage"].set_index("field")
    acc = res.accepted
    for f in DEMOGRAPHIC_FIELDS:
        assert cov.loc[f, "answered"] == (acc[f] != "").sum()
        assert cov.loc[f, "answered"] + cov.loc[f, "blank"] == len(acc)
    # the generator leaves ~45% of ethnic group blank
    assert 45 < cov.loc["ethnic_group", "coverage_pct"] < 65


def test_statuses_opt_outs_groups_and_flags(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text(
        "Member ID,Postcode,Registration Date,Status,Opt-out Date,Groups,Key Contact,Age Band\n"
        "A,HU1 1AA,2023-01-01,Active,,iag; NHW,yes,Prefer not to say\n"
        "B,HU1 1AA,2023-01-01,Opted out,2024-02-01,,no,35-44\n"
        "C,HU1 1AA,2023-01-01,,2024-02-01,,,\n"              # blank status + date = opted out
        "D,HU1 1AA,2023-01-01,Active,2024-02-01,,,\n"        # contradiction: the opt-out wins
        "E,HU1 1AA,2023-05-01,Opted out,2023-01-01,,,\n"     # opt-out before registration
        "F,HU1 1AA,2023-01-01,Pending,,,,\n"                 # unknown: kept, never messaged
        "G,HU1 1AA,2023-01-01,Active,,,maybe,\n"
        "H,HU1 1AA,2030-01-01,Active,,,,\n"
        "A,HU1 1AA,2023-01-01,Active,,iag,,\n")
    res = MembersReader(str(p), today="2024-12-31").read()
    acc = res.accepted.set_index("member_id")
    assert acc.loc["A", "groups"] == "IAG" and res.accepted.__row[res.accepted.member_id == "A"].item() == 10
    assert acc.loc["B", "status"] == acc.loc["C", "status"] == acc.loc["D", "status"] == "opted_out"
    assert acc.loc["F", "status"] == "unknown" and res.extra["unknown_status"] == 1
    rej = res.rejects.set_index("row").reason
    assert "before the registration" in rej[6]
    assert "yes/no" in rej[8]
    assert "future" in rej[9]
    assert rej[2] == "superseded by a newer record of the same member (m.csv row 10)"
    assert res.read == 9 == res.n_accepted + res.n_rejected


def test_opt_outs_fail_closed_in_every_form(tmp_path):
    """Platform spellings, flag columns, repeated ids (trailing space, BOM, zero-width), opt-out anywhere wins."""
    p = tmp_path / "m.csv"
    p.write_text(
        "Member ID,Postcode,Registration Date,Status,Unsubscribed,Email Opt Out,Last Updated\n"
        "A,HU1 1AA,2023-01-01,Active,No,FALSE,2023-01-01\n"
        "B,HU1 1AA,2023-01-01,Active,Yes,,\n"
        "C,HU1 1AA,2023-01-01,Active,,TRUE,\n"
        "D,HU1 1AA,2023-01-01,ACTIVE ,,,\n"
        "E,HU1 1AA,2023-01-01,Opted-Out,,,\n"
        "F,HU1 1AA,2023-01-01,UNSUBSCRIBED,,,\n"
        "G,HU1 1AA,2023-01-01,Active,2024-03-01,,\n"          # a date in a flag column = opted out
        "H,HU1 1AA,2023-01-01,Active,perhaps,,\n"             # unclear flag = unknown, not messaged
        "A ,HU1 1AA,2023-01-01,Opted out,,,2023-06-01\n"      # same member (trailing space), newer: opted out
        "﻿D,HU1 1AA,2023-01-01,Active,,,2024-01-01\n"    # same member behind a BOM, newer and active
        "D​,HU1 1ZZ,2022-01-01,Opted out,,,2020-01-01\n"  # older record, but an opt-out anywhere wins
        "K,HU1 1AA,2023-01-01,Active,,,\n"
        "K,bad,2023-01-01,Opted out,,,\n",                    # rejected row still carries the opt-out
        encoding="utf-8")
    res = MembersReader(str(p), today="2024-12-31").read()
    st = res.accepted.set_index("member_id").status
    assert sorted(st.index) == list("ABCDEFGHK")
    assert (st.drop("H") == "opted_out").all() and st["H"] == "unknown"
    assert res.read == 13 == res.n_accepted + res.n_rejected
    reasons = res.rejects.reason.tolist()
    assert sum("superseded" in r for r in reasons) == 3 and sum("postcode" in r for r in reasons) == 1


@pytest.mark.parametrize("pc,expected", [("hu11aa", "HU1 1AA"), (" HU1  1AA ", "HU1 1AA"), ("hu10 6aa", "HU10 6AA"),
                                         ("EC1A1BB", "EC1A 1BB"), ("W1A 0AX", "W1A 0AX")])
def test_postcodes_are_normalised(tmp_path, pc, expected):
    p = tmp_path / "m.csv"
    p.write_text(f"member_id,postcode,registered\n1,{pc},2023-01-01\n")
    assert MembersReader(str(p)).read().accepted.postcode.iloc[0] == expected


@pytest.mark.parametrize("pc", ["HU1", "HU1 1A", "12345", "HU1 1CI", "QQ1 1AA1"])
def test_bad_postcodes_rejected(tmp_path, pc):
    p = tmp_path / "m.csv"
    p.write_text(f"member_id,postcode,registered\n1,{pc},2023-01-01\n")
    res = MembersReader(str(p)).read()
    assert res.n_rejected == 1 and res.rejects.reason.iloc[0] == "not a valid UK postcode"


def test_dates_are_day_first_never_us(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text("member_id,postcode,registered\n1,HU1 1AA,03/04/2023\n2,HU1 1AA,13/14/2023\n3,HU1 1AA,2023-04-03T10:00:00\n")
    res = MembersReader(str(p)).read()
    assert res.accepted.registered.tolist() == ["2023-04-03", "2023-04-03"]
    assert res.rejects.row.tolist() == [3]
