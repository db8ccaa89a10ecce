"""A set-up's priority streets come from this workspace: a layer ranked on another workspace (or before the streets
were imported again) is refused, naming how many of its streets are unknown, and nothing is stored."""
import pandas as pd
import pytest

from local_priority_targeting.core.engage import setups as S
from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.store.workspace import open_store

from test_setups import linked_ws  # noqa: F401
from test_plugin_processing import imported  # noqa: F401


@pytest.mark.parametrize("source", ["top_streets", "community"])
@pytest.mark.parametrize("foreign_share", [1.0, 0.2])
def test_a_priority_streets_layer_of_another_workspace_is_refused(linked_ws, source, foreign_share):  # noqa: F811
    ws, ranked, _ = linked_ws
    n = int(len(ranked) * foreign_share)
    other = ranked.assign(street_id=[f"osm:{9000000 + i}" if i < n else sid
                                     for i, sid in enumerate(ranked.street_id.astype(str))])
    with open_store(ws) as st:
        before = len(st.read_table("lpt_setups"))
        area = str(ranked.area_code.iloc[0])
        spec = S.SetupSpec("Foreign", "T", source, top_n=10, area_codes=[area] if source == "community" else [])
        with pytest.raises(LptInputError) as e:
            S.create(st, spec, other)
        assert e.value.path == "PRIORITY_STREETS" and f"{n:,} of the {len(ranked):,}" in e.value.message
        assert "osm:9000000" in e.value.message
        assert len(st.read_table("lpt_setups")) == before
        sid, targets = S.create(st, spec, ranked)                    # the workspace's own layer still works
        assert len(targets) and isinstance(pd.Series(targets.postcode).iloc[0], str)


def test_a_set_up_without_household_estimates_says_so_not_about_zero(linked_ws, tmp_path):  # noqa: F811
    import shutil
    import processing
    from qgis.core import QgsProcessingFeedback
    ws0, _, t = linked_ws
    ws = str(tmp_path / "ws.gpkg")
    shutil.copy(ws0, ws)
    with open_store(ws) as st:
        st.delete_table("census_households")

    class Log(QgsProcessingFeedback):
        lines = []

        def pushInfo(self, text):  # noqa: N802
            Log.lines.append(text)
    processing.run("lpt:createsetup", {
        "WORKSPACE": ws, "NAME": "Top ten", "TEAM": "NPT", "START_DATE": "2024-03-01", "SOURCE": 0,
        "PRIORITY_STREETS": str(t / "ps.gpkg"), "TOP_N": 10, "REVISIT": True, "TARGET_STREETS": "TEMPORARY_OUTPUT",
        "TARGET_POSTCODES": "TEMPORARY_OUTPUT"}, feedback=Log())
    said = [line for line in Log.lines if line.startswith("Set-up ")]
    assert said and "about 0" not in said[0] and "not estimated" in said[0] and "lpt:importcensus" in said[0]
