"""Survey responses: Likert numbers and wording, priorities, waves."""
import numpy as np
import pandas as pd

from local_priority_targeting.core.io.surveys import SurveysReader


def test_generated_waves_reconcile(generated):
    res = SurveysReader(generated["paths"]["surveys"], today="2024-12-31").read()
    raw = generated["frames"]["surveys"]
    assert res.read == len(raw) == res.n_accepted and res.n_rejected == 0
    acc = res.accepted
    assert sorted(acc.wave.unique()) == [f"{y}-Q{q}" for y in (2023, 2024) for q in (1, 2, 3, 4)]
    # trust came as wording, confidence as numbers: both end up 1..5 or missing ("Don't know")
    assert set(acc.trust.dropna().unique()) <= {1, 2, 3, 4, 5}
    dk = raw["Trust in police"] == "Don't know"
    assert acc.trust.isna().sum() == dk.sum() > 0
    assert acc.confidence.isna().sum() == (raw["Confidence in local police"] == "").sum()


def test_likert_wording_priorities_and_wave(tmp_path):
    p = tmp_path / "s.csv"
    p.write_text(
        "Response ID,Member ID,Submitted,Wave,Trust,Confidence,Local priorities,Concern\n"
        "1,M1,2024-02-10,,Strongly agree,1,ASB; drugs | Drug dealing,Noise\n"
        "2,M1,10/05/2024,2024 q2,Tend to disagree,Don't know,,\n"
        "3,M2,2024-02-10,,7,3,,\n"
        "4,M2,2024-02-10,,agree,3,aliens,\n"
        "5,M2,2024-02-10,2024-Q9,agree,3,,\n"
        "6,M3,2024-02-30,,agree,3,,\n")
    res = SurveysReader(str(p), today="2024-12-31").read()
    acc = res.accepted.set_index("response_id")
    assert acc.loc["1", "trust"] == 5 and acc.loc["1", "confidence"] == 1
    assert acc.loc["1", "priorities"] == "anti-social behaviour|drugs"
    assert acc.loc["1", "wave"] == "2024-Q1" and acc.loc["2", "wave"] == "2024-Q2"
    assert acc.loc["2", "trust"] == 2 and np.isnan(acc.loc["2", "confidence"])
    rej = res.rejects.set_index("row")
    assert rej.loc[4, "column"] == "trust"
    assert rej.loc[5, "reason"].startswith("unknown local priority: aliens")
    assert rej.loc[6, "column"] == "wave"
    assert rej.loc[7, "column"] == "submitted"
    assert res.read == 6 == res.n_accepted + res.n_rejected


def test_file_without_any_answer_column_is_fatal(tmp_path):
    import pytest
    from local_priority_targeting.core.errors import LptInputError
    p = tmp_path / "s.csv"
    p.write_text("response_id,member_id,submitted\n1,M1,2024-01-01\n")
    with pytest.raises(LptInputError, match="no trust, confidence or local priorities"):
        SurveysReader(str(p)).read()


def test_a_wave_that_contradicts_the_submitted_date_is_rejected_naming_both(tmp_path):
    p = tmp_path / "s.csv"
    p.write_text(
        "Response ID,Member ID,Submitted,Wave,Trust,Confidence\n"
        "1,M1,2024-02-10,2024-Q1,4,4\n"         # within its quarter
        "2,M2,2024-05-03,2024 Q1,4,4\n"         # the quarter after: a late answer, kept
        "3,M3,2024-08-20,2024-Q1,4,4\n"         # two quarters later: contradicts
        "4,M4,2023-12-30,2024-Q1,4,4\n"         # before the wave began
        "5,M5,2025-02-01,2024-Q4,4,4\n"         # across the year end: the quarter after, kept
        "6,M6,2024-08-20,,4,4\n", encoding="utf-8")    # no wave: derived from the date
    res = SurveysReader(str(p), today="2025-06-30").read()
    assert res.read == res.n_accepted + res.n_rejected == 6
    assert sorted(res.accepted.response_id) == ["1", "2", "5", "6"]
    assert res.accepted.set_index("response_id").wave.to_dict() == {"1": "2024-Q1", "2": "2024-Q1",
                                                                     "5": "2024-Q4", "6": "2024-Q3"}
    rej = res.rejects.set_index(res.rejects["row"].astype(int))
    assert set(rej.column) == {"wave"} and sorted(rej.index) == [4, 5]
    assert "2024-Q1" in rej.reason[4] and "2024-08-20" in rej.reason[4] and "2023-12-30" in rej.reason[5]
