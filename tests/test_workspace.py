"""#9 The workspace store: imports with provenance, links computed once, supersede, migrations, kill -9, QGIS."""
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from local_priority_targeting.core.analyse import insight as I
from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.link import link as L
from local_priority_targeting.core.link import cache as C, stored as S
from local_priority_targeting.core.store import migrations, workspace as W
from local_priority_targeting.core.store.base import SCHEMA_VERSION
from local_priority_targeting.core.store.geopackage import GeoPackageStore

from _paths import DEMO, PLUGINS
from test_link_insight import hull  # noqa: F401  (module fixture: real Hull inputs and links)

TABLES = {"members": "members", "surveys": "surveys", "crimes": "crimes", "postcodes": "postcodes",
          "streets": "streets", "areas": "areas"}


def _fill(path, inp, crimes=None):
    """The tables stored as the import algorithms store them (each with the style processing/ chooses)."""
    from local_priority_targeting.processing.table_styles import table_style_qml
    with W.open_store(str(path)) as st:
        for table, attr in TABLES.items():
            df = crimes if (table == "crimes" and crimes is not None) else getattr(inp, attr)
            W.save_import(st, table, df, table, [], len(df), 0, style_qml=table_style_qml(table))


def test_stored_links_equal_fresh_links_and_are_computed_once(hull, tmp_path):  # noqa: F811
    inp, ref = hull
    ws = tmp_path / "ws.gpkg"
    _fill(ws, inp)
    with W.open_store(str(ws)) as st:
        back = S.load_inputs(st, inp.harm_weights or I.load_harm_weights())
        assert len(back.members) == len(inp.members) and len(back.crimes) == len(inp.crimes)
        links, s1 = C.ensure_links(st, back, 150.0)
        links2, s2 = C.ensure_links(st, back, 150.0)
    assert s1["relinked"] and s1["locations_linked_now"] == s1["locations"] > 3000
    assert not s2["relinked"] and s2["postcodes_linked_now"] == s2["locations_linked_now"] == 0
    fresh = L.link(back)
    for name in ("postcodes", "members", "crimes", "surveys", "unmatched"):
        pd.testing.assert_frame_equal(getattr(links2, name), getattr(fresh, name))
    # and the same insight as the in-memory path on the original inputs (the same six tables), value for value
    same = replace(inp, lsoa=None, imd=None, lsoa_lookup=None, census=None, oac=None, acorn=None, visits=None,
                   ethnic=None)
    for level in ("areas", "streets", "force"):
        a = getattr(I.insight(links2, back, I.Period("2024-01", "2024-02")), level).drop(columns="geometry",
                                                                                          errors="ignore")
        b = getattr(I.insight(L.link(same), same, I.Period("2024-01", "2024-02")), level).drop(columns="geometry",
                                                                                                errors="ignore")
        pd.testing.assert_frame_equal(a, b, check_dtype=False)


def test_a_new_crime_month_links_only_its_new_locations_and_new_streets_relink(hull, tmp_path):  # noqa: F811
    inp, _ = hull
    ws = tmp_path / "ws.gpkg"
    old = inp.crimes[inp.crimes.month < "2024-02"]
    _fill(ws, inp, crimes=old)
    feb = inp.crimes[inp.crimes.month == "2024-02"]
    with W.open_store(str(ws)) as st:
        C.ensure_links(st, S.load_inputs(st, {}), 150.0)
        info = W.save_import(st, "crimes", feb, "police.uk crimes", [], len(feb), 0)
        assert info["rows"] == len(inp.crimes) and not info["months_replaced"]
        back = S.load_inputs(st, {})
        links, stats = C.ensure_links(st, back, 150.0)
    key = L.loc_key
    new = set(key(feb.easting, feb.northing)) - set(key(old.easting, old.northing))
    assert not stats["relinked"] and stats["locations_linked_now"] == len(new) > 0
    assert stats["postcodes_linked_now"] == 0
    # re-importing a month replaces it (no double counting)
    with W.open_store(str(ws)) as st:
        info = W.save_import(st, "crimes", feb, "police.uk crimes", [], len(feb), 0)
        assert info["months_replaced"] == ["2024-02"] and info["rows"] == len(inp.crimes)
        # a changed street network relinks everything
        streets = inp.streets.copy()
        streets.loc[0, "geometry"] = streets.geometry.iloc[0].buffer(0.0).boundary if False else \
            __import__("shapely").affinity.translate(streets.geometry.iloc[0], 30, 0)
        W.save_import(st, "streets", streets, "streets", [], len(streets), 0)
        _, again = C.ensure_links(st, S.load_inputs(st, {}), 150.0)
        _, other_distance = C.ensure_links(st, S.load_inputs(st, {}), 100.0)
    assert again["relinked"] and again["locations_linked_now"] == again["locations"]
    assert other_distance["relinked"]


def test_a_newer_member_export_supersedes_the_older_member_by_member(hull, tmp_path):  # noqa: F811
    inp, _ = hull
    ws = tmp_path / "ws.gpkg"
    _fill(ws, inp)
    newer = inp.members.copy()
    active = newer.index[newer.status == "active"]
    newer.loc[active[:5], "status"] = "opted_out"                 # five opt out
    newer = newer.drop(index=active[5:8])                          # three are no longer in the export
    with W.open_store(str(ws)) as st:
        info = W.save_import(st, "members", newer, "members", [], len(newer), 0)
        back = S.load_inputs(st, {})
        imports = W.imports(st)
    assert info["members_gone"] == 3 and info["newly_opted_out"] == 5
    ids = set(back.members.member_id)
    assert not ids & set(inp.members.member_id[active[5:8]])
    assert (back.members.set_index("member_id").status.loc[inp.members.member_id[active[:5]]] == "opted_out").all()
    from local_priority_targeting.core.io.consent import messageable
    ok, counts = messageable(back.members)
    assert not ok[back.members.member_id.isin(inp.members.member_id[active[:5]])].any()
    assert list(imports.table_name).count("members") == 2


def test_provenance_and_rejects_are_kept(tmp_path):
    from local_priority_targeting.core.io.members import MembersReader
    src = DEMO / "synthetic" / "members.csv"
    res = MembersReader(str(src), today="2024-12-31").read()
    with W.open_store(str(tmp_path / "ws.gpkg")) as st:
        W.save_import(st, "members", res.accepted, res.kind, [str(src)], res.read, res.n_rejected, res.rejects,
                      res.notes)
        row = W.imports(st).iloc[-1]
        rejects = st.read_table("lpt_rejects")
    import hashlib
    import json
    sources = json.loads(row.sources)
    assert sources[0]["sha256"] == hashlib.sha256(src.read_bytes()).hexdigest() and sources[0]["bytes"] > 0
    assert row.n_read == row.n_accepted + row.n_rejected == res.read
    assert len(rejects) == res.n_rejected > 0 and rejects.reason.str.len().min() > 0


def test_an_older_schema_is_migrated_and_a_newer_one_refused(tmp_path):
    path = tmp_path / "old.gpkg"
    from osgeo import ogr
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    con = sqlite3.connect(path, isolation_level=None)
    migrations.create_schema(con, version=1)                      # a workspace as release 0.3 made it
    con.execute("INSERT INTO lpt_imports (kind, table_name, sources, imported_at, n_read, n_accepted, n_rejected) "
                "VALUES ('members', 'members', '[]', '2026-01-01', 10, 9, 1)")
    con.close()
    with GeoPackageStore.open(str(path)) as st:
        assert st.get_meta("schema_version") == str(SCHEMA_VERSION)
        assert "notes" in st.read_table("lpt_imports").columns and st.read_table("lpt_imports").n_read.iat[0] == 10
        assert len(st.read_table("lpt_rejects")) == 0
        st.set_meta("schema_version", str(SCHEMA_VERSION + 1))
    with pytest.raises(LptInputError, match="newer release"):
        GeoPackageStore.open(str(path))
    other = tmp_path / "not_a_workspace.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(other))
    with pytest.raises(LptInputError, match="not a Local Priority Targeting workspace"):
        GeoPackageStore.open(str(other))
    with pytest.raises(LptInputError, match="not a valid workspace table"):
        with GeoPackageStore.open(str(tmp_path / "new.gpkg")) as st:
            st.read_table("x; DROP TABLE lpt_meta")


KILL = r"""
import sys
sys.path.insert(0, sys.argv[2])
import numpy as np, pandas as pd
from local_priority_targeting.core.store import workspace as W
n = 1_500_000
df = pd.DataFrame({"crime_id": [f"K{i}" for i in range(n)], "month": "2024-03", "crime_type": "Burglary",
                   "location": "On or near Somewhere", "easting": np.full(n, 509000.0), "northing": np.full(n, 429000.0),
                   "lsoa_code": ""})
with W.open_store(sys.argv[1]) as st:
    print("writing", flush=True)
    W.save_import(st, "crimes", df, "crimes", [], n, 0)
"""


def test_a_workspace_survives_kill_9_during_an_import(hull, tmp_path):  # noqa: F811
    inp, _ = hull
    ws = tmp_path / "ws.gpkg"
    _fill(ws, inp)
    before = os.path.getsize(ws)
    proc = subprocess.Popen([sys.executable, "-c", KILL, str(ws), str(PLUGINS)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    time.sleep(2.0)
    assert proc.poll() is None, "the import finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(ws)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    with W.open_store(str(ws)) as st:
        back = S.load_inputs(st, {})
        assert len(back.crimes) == len(inp.crimes) and set(back.crimes.month) == set(inp.crimes.month)
        assert len(W.imports(st)) == len(TABLES)
    assert before > 0


def test_the_workspace_opens_in_qgis_styled(hull, tmp_path, qgis_app):  # noqa: F811
    from qgis.core import QgsVectorLayer
    inp, _ = hull
    ws = tmp_path / "ws.gpkg"
    _fill(ws, inp)
    layers = {}
    for name, renderer in (("crimes", "categorizedSymbol"), ("streets", "RuleRenderer"), ("areas", None)):
        lyr = QgsVectorLayer(f"{ws}|layername={name}", name, "ogr")
        assert lyr.isValid() and lyr.crs().authid() == "EPSG:27700" and lyr.featureCount() == len(
            {"crimes": inp.crimes, "streets": inp.streets, "areas": inp.areas}[name])
        if renderer:
            assert lyr.renderer().type() == renderer, name
        layers[name] = lyr
        assert lyr.hasSpatialIndex() == 2, name          # QgsFeatureSource.SpatialIndexPresent
    members = QgsVectorLayer(f"{ws}|layername=members", "m", "ogr")
    assert members.isValid() and members.featureCount() == len(inp.members)
    del layers, members


def _filter_fids(path, layer, box):
    from osgeo import gdal, ogr
    gdal.UseExceptions()
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName(layer)
    assert lyr.TestCapability(ogr.OLCFastSpatialFilter), layer       # GDAL uses the R-tree
    lyr.SetSpatialFilterRect(*box)
    return sorted(f.GetFID() for f in lyr)


def test_spatial_indexes_answer_as_a_full_scan_and_follow_later_edits(hull, tmp_path):  # noqa: F811
    import shapely
    from osgeo import ogr
    from local_priority_targeting.core.store.geopackage import write_layer_file
    inp, _ = hull
    ws = tmp_path / "ws.gpkg"
    _fill(ws, inp)
    out = tmp_path / "streets_out.gpkg"
    streets = inp.streets.reset_index(drop=True)
    streets.loc[5, "geometry"] = None                              # a NULL geometry is not indexed
    write_layer_file(str(out), "streets_out", streets, "LINESTRING")
    x0, y0, x1, y1 = shapely.total_bounds(inp.streets.geometry.values)
    box = (x0 + (x1 - x0) * 0.3, y0 + (y1 - y0) * 0.3, x0 + (x1 - x0) * 0.6, y0 + (y1 - y0) * 0.6)
    for path, layer, geoms in ((ws, "streets", inp.streets.geometry.values), (out, "streets_out",
                                                                               streets.geometry.values)):
        ok = np.array([g is not None for g in geoms])
        env = np.zeros(len(geoms), bool)
        env[ok] = shapely.intersects(shapely.envelope(np.asarray(geoms)[ok]), shapely.box(*box))
        got = _filter_fids(path, layer, box)
        assert len(got) > 50 and got == sorted((np.flatnonzero(env) + 1).tolist()), layer
    # rows appended by the store, then a feature added by GDAL (the spec's triggers): both indexed
    with W.open_store(str(ws)) as st:
        st.append_rows("streets", inp.streets.head(3).assign(segment_id=[-1, -2, -3]))
    ds = ogr.Open(str(ws), 1)
    lyr = ds.GetLayerByName("streets")
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt(f"LINESTRING ({box[0] + 1} {box[1] + 1}, {box[0] + 2} {box[1] + 2})"))
    lyr.CreateFeature(f)
    new_fid = f.GetFID()
    ds = None
    con = sqlite3.connect(str(ws))
    n_rows, n_index = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("streets", "rtree_streets_geom"))
    assert n_rows == n_index == len(inp.streets) + 4
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT rtreecheck('rtree_streets_geom')").fetchone()[0] == "ok"   # SQLite's own check
    con.close()
    assert new_fid in _filter_fids(ws, "streets", box)
    con = sqlite3.connect(str(out))
    assert con.execute("SELECT rtreecheck('rtree_streets_out_geom')").fetchone()[0] == "ok"
    con.close()
