"""A 'street=' audience names a street by its name or id and reaches exactly the members whose postcode the
workspace links to that street (it matched no one before: members were linked without streets)."""
import shutil
import sqlite3

import pandas as pd
import pytest

from test_setups import linked_ws  # noqa: F401  (the imported workspace, linked and ranked)
from test_plugin_processing import imported  # noqa: F401


def _send(ws, out, audience):
    import processing
    res = processing.run("lpt:exportmessage", {"WORKSPACE": ws, "AREA_MODE": 0, "TEMPLATE": 0, "TEAM": "NPT",
                                               "WHAT_WAS_DONE": "Patrols", "AUDIENCE": audience,
                                               "OUTPUT_FOLDER": str(out), "ALLOW_RECENT": True, "MIN_AUDIENCE": 1})
    return set(pd.read_csv(res["RECIPIENTS_CSV"], dtype=str).member_id)


def test_a_street_by_name_or_id_reaches_the_members_linked_to_it(linked_ws, tmp_path):  # noqa: F811
    from qgis.core import QgsProcessingException
    ws0, _, _ = linked_ws
    ws = str(tmp_path / "ws.gpkg")
    shutil.copy(ws0, ws)
    con = sqlite3.connect(ws)
    lp = pd.read_sql("select postcode, street_id from link_postcodes", con).drop_duplicates("postcode")
    names = pd.read_sql("select street_id, name from streets", con).drop_duplicates("street_id")
    m = pd.read_sql("select member_id, postcode, status, opted_out from members", con)
    con.close()
    m["street_id"] = m.postcode.map(lp.set_index("postcode").street_id)
    m = m.merge(names, on="street_id", how="left")
    busy = m[(m.status.str.lower() == "active") & (m.opted_out.fillna("") == "")].groupby("name").size()
    name = busy[busy.between(5, 60)].index[0]                   # a named street with a handful of members
    by_name = _send(ws, tmp_path / "a", f"include street={name.upper()}")
    ids = m[m.name == name].street_id.unique()
    by_id = _send(ws, tmp_path / "b", "include street=" + "|".join(ids))
    assert by_name == by_id and len(by_name) > 0
    assert set(m[m.member_id.isin(by_name)].name) == {name}     # every recipient lives on that street
    assert by_name <= set(m[m.name == name].member_id)
    with pytest.raises(QgsProcessingException, match="no member has 'Nosuch Street'"):
        _send(ws, tmp_path / "c", "include street=Nosuch Street")
