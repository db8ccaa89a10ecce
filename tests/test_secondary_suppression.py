"""Secondary suppression (core/analyse/secondary.py): in the engagement report's replies per area and month, whose
area totals (AREA_RATES) and month totals (the messages of the month, PER_MESSAGE) are published beside it, no
hidden count comes back by subtracting the shown cells from a total."""
import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core.analyse.secondary import hidden_cells, protect

from test_plugin_processing import imported  # noqa: F401


def _table(seed):
    rng = np.random.default_rng(seed)
    areas = [f"E050115{i:02d}" for i in range(12)] + [""]
    months = [f"2024-{m:02d}" for m in range(1, 7)]
    rows = [(a, m) for a in areas for m in months if rng.random() < 0.8]
    rec = rng.choice([1, 2, 3, 4, 6, 9, 15, 40, 120], len(rows))
    rep = np.minimum(rec, rng.poisson(rec * 0.15))
    df = pd.DataFrame(rows, columns=["area_code", "month"]).assign(recipients=rec, repliers=rep)
    return df.assign(reply_rate=(100.0 * df.repliers / df.recipients).round(2))


@pytest.mark.parametrize("seed", range(8))
def test_no_hidden_count_comes_back_from_a_total(seed):
    df = _table(seed)
    hidden = hidden_cells(df, ("area_code", "month"), ("recipients", "repliers"), 5)
    for c, h in hidden.items():
        v = df[c].to_numpy()
        assert h[(v > 0) & (v < 5)].all()                               # every small count hidden
        for by in ("area_code", "month"):
            for _, rows in df.groupby(by).indices.items():
                gone = v[rows][h[rows]].sum()
                assert gone == 0 or gone >= 5 or h[rows].all(), (c, by, rows)
    out = protect(df, ("area_code", "month"), ("recipients", "repliers"), 5)
    assert out.recipients.isna().sum() == hidden["recipients"].sum() and out.recipients.isna().sum() > 0
    assert out.reply_rate[out.repliers.isna() | out.recipients.isna()].isna().all()
    assert (out.recipients.dropna() == df.recipients[out.recipients.notna()]).all()    # nothing else changed


def test_one_small_cell_beside_a_total_takes_a_second_one_with_it():
    df = pd.DataFrame({"area_code": ["A", "A", "A"], "month": ["2024-01", "2024-02", "2024-03"],
                       "recipients": [3, 40, 12], "repliers": [0, 9, 6]})
    out = protect(df, ("area_code",), ("recipients", "repliers"), 5)
    assert out.recipients.isna().tolist() == [True, False, True]        # 3 and the next smallest, 12
    assert out.repliers.notna().all()


def test_an_area_under_the_threshold_cannot_be_had_from_the_force_total(imported, tmp_path):  # noqa: F811
    """SUPPRESS_BELOW set just above the smallest ward's member count: that ward alone would be hidden, and the
    force summary's total less the other wards would give it back; a second ward is hidden with it."""
    import processing
    from qgis.core import QgsVectorLayer
    base = dict(WORKSPACE=imported.workspace, PERIOD_START="2024-01", PERIOD_END="2024-02",
                STREET_INSIGHT="TEMPORARY_OUTPUT", FORCE_SUMMARY="TEMPORARY_OUTPUT", UNMATCHED="TEMPORARY_OUTPUT")
    first = processing.run("lpt:linkcommunity", dict(base, AREA_INSIGHT=str(tmp_path / "a.gpkg")))
    members = sorted(f["members"] for f in QgsVectorLayer(first["AREA_INSIGHT"]).getFeatures())
    assert members[0] < members[1]
    res = processing.run("lpt:linkcommunity", dict(base, AREA_INSIGHT=str(tmp_path / "b.gpkg"),
                                                   SUPPRESS_BELOW=members[0] + 1))
    shown = [f["members"] for f in QgsVectorLayer(res["AREA_INSIGHT"]).getFeatures()]
    hidden = [m for m in shown if m is None or (hasattr(m, "isNull") and m.isNull())]
    assert len(hidden) >= 2                                              # the small ward and one more
    assert all(m >= members[0] + 1 for m in shown if m not in hidden)    # what is shown is not small
