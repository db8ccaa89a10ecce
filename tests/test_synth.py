"""The training / demo data generator: reproducible, realistic, on the real geography."""
import numpy as np
import pandas as pd
import pytest
from scipy import stats

from local_priority_targeting.core import synth
from local_priority_targeting.core.io.members import MembersReader
from local_priority_targeting.core.io.surveys import SurveysReader


def test_same_seed_same_files_other_seed_differs(generated, tmp_path):
    geo = generated["geo"]
    a = synth.generate(geo, synth.SynthConfig(members=2000, seed=1))
    b = synth.generate(geo, synth.SynthConfig(members=2000, seed=1))
    c = synth.generate(geo, synth.SynthConfig(members=2000, seed=2))
    for k in a:
        pd.testing.assert_frame_equal(a[k], b[k])
    assert not a["members"].equals(c["members"])


def test_members_live_on_real_postcodes(generated):
    m = generated["frames"]["members"]
    real = set(generated["geo"].postcodes.postcode)
    ok = m.Postcode.isin(real)
    assert ok.mean() > 0.995                       # all but the planted typo postcodes
    assert (~ok).sum() == m.Postcode.str.endswith(" ZZ").sum()


def test_ethnic_mix_follows_census_by_lsoa(generated):
    geo, m = generated["geo"], generated["frames"]["members"]
    pc_lsoa = geo.postcodes.set_index("postcode").lsoa
    d = m.assign(lsoa=m.Postcode.map(pc_lsoa))
    d = d[(d["Ethnic Group"] != "") & d.lsoa.notna()]
    white = d.assign(w=d["Ethnic Group"].str.startswith("White")).groupby("lsoa").w.agg(["mean", "size"])
    white = white[white["size"] >= 15]
    census_white = geo.ethnic[[c for c in geo.ethnic.columns if c.startswith("White")]].sum(axis=1)
    r = stats.pearsonr(white["mean"], census_white.reindex(white.index))[0]
    assert r > 0.5


def test_blank_demographics_realistic(generated):
    m = generated["frames"]["members"]
    for col, share in (("Ethnic Group", 0.45), ("Religion", 0.55), ("Age Band", 0.30)):
        assert abs((m[col] == "").mean() - share) < 0.03


def test_confidence_falls_with_deprivation(generated):
    geo = generated["geo"]
    s = SurveysReader(generated["paths"]["surveys"], today="2024-12-31").read().accepted
    m = MembersReader(generated["paths"]["members"], today="2024-12-31").read().accepted
    lsoa = m.set_index("member_id").postcode.map(geo.postcodes.set_index("postcode").lsoa)
    s = s.assign(decile=s.member_id.map(lsoa).map(geo.imd_decile)).dropna(subset=["confidence", "decile"])
    rho = stats.spearmanr(s.decile, s.confidence)[0]
    assert rho > 0.1                            # less deprived (higher decile) -> more confident
    low, high = s[s.decile <= 2].confidence.mean(), s[s.decile >= 8].confidence.mean()
    assert high - low > 0.3


def test_registration_groups_opt_outs_and_visits(generated):
    f = generated["frames"]
    m, v = f["members"], f["visits"]
    assert 0.05 < (m.Status == "Opted out").mean() < 0.09
    assert (m["Opt-out Date"] != "").sum() == (m.Status == "Opted out").sum()
    g = m.Groups.str.split("; ").explode()
    assert {"IAG", "Neighbourhood Watch", "Community Association"} <= set(g)
    assert 0.002 < (g == "IAG").sum() / len(m) < 0.02
    assert (m["Key Contact"] == "Yes").sum() > 0
    # Humberside: about 28% of houses visited register
    conv = (v.Outcome == "registered").mean()
    assert conv == pytest.approx(59000 / 212824, abs=0.01)
    clean = synth.generate(generated["geo"], synth.SynthConfig(members=3000, seed=11, dirty_share=0))
    reg = clean["visits"][clean["visits"].Outcome == "registered"]
    assert reg["Member ID"].isin(clean["members"]["Member ID"]).all()
    by_id = clean["members"].set_index("Member ID")
    assert (by_id.loc[reg["Member ID"], "Source"] == "door-knock").all()
    assert (by_id.loc[reg["Member ID"], "Postcode"].values == reg.Postcode.values).all()
    assert m.Email.str.endswith("@example.org").all() and m.Phone.str.startswith("07700 900").all()


def test_scales_to_force_size_quickly(generated):
    import time
    t = time.perf_counter()
    out = synth.generate(generated["geo"], synth.SynthConfig(members=150_000, seed=3, first_wave="2024-Q1",
                                                              last_wave="2024-Q2"))
    assert len(out["members"]) == 150_000 and len(out["surveys"]) > 50_000
    assert time.perf_counter() - t < 120
