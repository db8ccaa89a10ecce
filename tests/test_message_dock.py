"""The message dock in QGIS (pytest-qgis, test iface, a real map canvas): area, audience, template, guards, export."""
import json
import re

import numpy as np
import pandas as pd
import pytest
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt

from test_plugin_processing import imported  # noqa: F401  (the demo chain imported through the algorithms)


@pytest.fixture()
def dock(imported, qgis_new_project, run_alg, tmp_path):  # noqa: F811
    from qgis.gui import QgsMapCanvas
    from local_priority_targeting.dialogs.message_dock import MessageDock
    qgis_canvas = QgsMapCanvas()            # top-level, so that it is shown and sized (pytest-qgis' has a hidden parent)
    layers = {k: QgsVectorLayer(imported[k], k, "ogr") for k in ("MEMBERS", "POSTCODES", "AREAS")}
    ins = run_alg("lpt:linkcommunity", dict(imported, PERIOD_START="2024-01", PERIOD_END="2024-03",
                                            STREET_INSIGHT="TEMPORARY_OUTPUT", AREA_INSIGHT=str(tmp_path / "ai.gpkg"),
                                            FORCE_SUMMARY="TEMPORARY_OUTPUT", UNMATCHED="TEMPORARY_OUTPUT"))
    layers["INSIGHT"] = QgsVectorLayer(ins["AREA_INSIGHT"], "insight", "ogr")
    chg = run_alg("lpt:compareperiods", dict(imported, P1_START="2018-10", P1_END="2018-12", P2_START="2024-01",
                                             P2_END="2024-02", AREA_CHANGE=str(tmp_path / "ac.gpkg"),
                                             STREET_CHANGE="TEMPORARY_OUTPUT", FORCE_CHANGE="TEMPORARY_OUTPUT"))
    layers["CHANGE"] = QgsVectorLayer(chg["AREA_CHANGE"], "change", "ogr")
    QgsProject.instance().addMapLayers(list(layers.values()))
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    qgis_canvas.resize(800, 600)
    qgis_canvas.show()                      # a hidden canvas never gets its size (offscreen platform)
    from qgis.PyQt.QtCore import QCoreApplication
    QCoreApplication.processEvents()
    qgis_canvas.setExtent(layers["AREAS"].extent())
    qgis_canvas.refresh()
    decoys = [QgsVectorLayer(p, n, "ogr") for p, n in ((imported["SURVEYS"], "census_like"),
                                                          (imported["CRIMES"], "crimes"))]
    QgsProject.instance().addMapLayers(decoys)
    d = MessageDock(canvas=qgis_canvas)
    # chosen by field signature, not by order: members, postcodes, areas, insight and change; no priority layer
    assert (d.members_combo.currentLayer(), d.postcodes_combo.currentLayer(), d.areas_combo.currentLayer(),
            d.insight_combo.currentLayer(), d.change_combo.currentLayer(), d.priority_combo.currentLayer()) == \
        (layers["MEMBERS"], layers["POSTCODES"], layers["AREAS"], layers["INSIGHT"], layers["CHANGE"], None)
    assert d.load_data()
    d.log_widget.setFilePath(str(tmp_path / "log.gpkg"))
    d.folder_widget.setFilePath(str(tmp_path / "out"))
    yield d, layers
    d.close()
    d.deleteLater()
    qgis_canvas.close()
    qgis_canvas.deleteLater()


def independent_members(layers):
    """Members with postcode point and area by plain QGIS feature access (no LPT code)."""
    pcs = {f["postcode"]: f.geometry().asPoint() for f in layers["POSTCODES"].getFeatures()}
    areas = [(f["area_code"], shapely.from_wkb(bytes(f.geometry().asWkb()))) for f in layers["AREAS"].getFeatures()]
    rows = []
    for f in layers["MEMBERS"].getFeatures():
        p = pcs.get(f["postcode"])
        area = ""
        if p is not None:
            pt = shapely.Point(p.x(), p.y())
            area = next((c for c, g in sorted(areas) if g.intersects(pt)), "")
        rows.append({"member_id": f["member_id"], "status": f["status"], "groups": f["groups"] or "",
                     "x": p.x() if p else np.nan, "y": p.y() if p else np.nan, "area": area})
    return pd.DataFrame(rows)


def count(d):
    return int(d.count_label.text().split()[0].replace(",", ""))


def test_live_count_matches_an_independent_count(dock):
    d, layers = dock
    ref = independent_members(layers)
    codes = ["E05011541", "E05011529"]
    for i in range(d.area_list.count()):
        if d.area_list.item(i).data(Qt.UserRole) in codes:
            d.area_list.item(i).setCheckState(Qt.Checked)
    assert d.area_mode.currentIndex() == 1
    base = ref[ref.area.isin(codes) & (ref.status != "opted_out")]
    assert count(d) == len(base) > 100
    d.add_set("include", "group", "IAG|Neighbourhood Watch")
    groups = base.groups.str.split("|").map(lambda g: bool({"IAG", "Neighbourhood Watch"} & set(g)))
    assert count(d) == int(groups.sum()) > 0
    d.add_set("exclude", "group", "")
    picks = {d.values_list.item(i).data(Qt.UserRole): d.values_list.item(i) for i in range(d.values_list.count())}
    assert "IAG" in picks and picks["IAG"].text().startswith("IAG (")       # the values present, with counts
    picks["IAG"].setCheckState(Qt.Checked)
    assert d.sets_table.item(d.sets_table.rowCount() - 1, 2).text() == "IAG"
    no_iag = groups & ~base.groups.str.split("|").map(lambda g: "IAG" in g)
    assert count(d) == int(no_iag.sum())
    assert not d.audience.member_id.isin(ref.member_id[ref.status == "opted_out"]).any()
    assert d.preview_table.rowCount() >= 2


def test_template_export_and_guards(dock, tmp_path):
    d, layers = dock
    d.area_mode.setCurrentIndex(0)                        # whole force
    d.what_done.setText("Closed a drugs den on <Hessle Road>")
    d.team.setText("Hull NPT")
    d.fill_template()
    assert "drugs den" in d.body.toPlainText() and "<Hessle Road>" in d.body.toPlainText()
    assert "<Hessle Road>" in d.message_text() and "Hull NPT" in d.body.toPlainText()
    assert "your area" in d.subject.text() and "Whole force" not in d.body.toPlainText()
    assert d.subject.text().startswith("You said, we did")
    # from the change layer (2018 Q4 -> 2024 Jan-Feb): the areas, both counts and periods, FDR significance (#23)
    assert re.search(r"Recorded crime in \d+ areas \(.+\) was [\d,]+ in January to February 2024, down \d+% a month "
                     r"\([\d.]+ to [\d.]+ a month\) from [\d,]+ in October to December 2018; ", d.body.toPlainText())
    paths = d.export()
    assert paths is not None, d.guard_label.text()
    ids = pd.read_csv(paths["recipients"], dtype=str).member_id
    assert sorted(ids) == sorted(d.audience.member_id) and len(ids) == count(d)
    meta = json.load(open(paths["message"]))
    assert meta["audience_size"] == len(ids) and meta["channel"] == "email"
    assert "<p" not in meta["body"] and "<!DOCTYPE" not in meta["body"] and "qrichtext" not in meta["body"]
    assert "<Hessle Road>" in meta["body"] and "&lt;Hessle Road&gt;" in meta["body_html"]
    # the same people again: the frequency guard blocks until acknowledged, with the counts on the tick box
    d.refresh()
    assert "already had a message" in d.guard_label.text()
    assert d.export() is None and "blocked" in d.guard_label.text()
    assert f"{len(ids):,} of {len(ids):,} recipients had a message" in d.recent_label.text()
    d.block_frequency.setChecked(True)
    assert d.export() is not None
    # placeholders left in the text block, and are listed
    d.body.setPlainText("We are investigating [describe the incident]. Quote [reference].")
    assert d.export() is None and "[describe the incident], [reference]" in d.guard_label.text()
    d.what_done.setText("Closed a drugs den")
    d.fill_template()
    d.min_audience.setValue(10 ** 5)
    assert d.export() is None and "below the minimum" in d.guard_label.text()


def _click(canvas, tool, x, y, button=Qt.LeftButton, kind=QEvent.MouseButtonRelease):
    ev = QgsMapMouseEvent(canvas, kind, QPoint(x, y), button, button, Qt.NoModifier)
    {QEvent.MouseButtonRelease: tool.canvasReleaseEvent, QEvent.MouseButtonPress: tool.canvasPressEvent,
     QEvent.MouseMove: tool.canvasMoveEvent}[kind](ev)


def test_drawn_polygon_and_circle(dock):
    d, layers = dock
    ref = independent_members(layers)
    ref = ref[ref.status != "opted_out"]
    canvas = d.canvas
    d._activate(d.poly_tool)
    assert canvas.mapTool() is d.poly_tool
    for x, y in ((300, 250), (500, 250), (500, 420), (300, 420)):
        _click(canvas, d.poly_tool, x, y)
    _click(canvas, d.poly_tool, 400, 300, Qt.RightButton)
    assert d.area_mode.currentIndex() == 4 and d.drawn is not None and d.drawn.area > 1e5
    assert d.drawn_band.isVisible() and d.drawn_band.numberOfVertices() >= 4     # still on the map after the click
    inside = shapely.contains_xy(d.drawn, ref.x.values, ref.y.values)
    assert count(d) == int(inside.sum()) > 0
    d._activate(d.circle_tool)
    _click(canvas, d.circle_tool, 400, 300, kind=QEvent.MouseButtonPress)
    _click(canvas, d.circle_tool, 460, 300, kind=QEvent.MouseMove)
    _click(canvas, d.circle_tool, 460, 300)
    assert d.area_mode.currentIndex() == 5
    centre = canvas.getCoordinateTransform().toMapCoordinates(400, 300)
    edge = canvas.getCoordinateTransform().toMapCoordinates(460, 300)
    r = centre.distance(edge)
    dist = np.hypot(ref.x - centre.x(), ref.y - centre.y())
    assert abs(d.drawn.area - np.pi * r * r) / (np.pi * r * r) < 0.01
    sure_in, sure_out = dist < 0.995 * r, dist > r
    inside = pd.Series(shapely.contains_xy(d.drawn, ref.x.values, ref.y.values), index=ref.index)
    assert inside[sure_in].all() and not inside[sure_out].any()
    assert count(d) == int(inside.sum())


def test_sms_length_and_segments(dock):
    d, _ = dock
    d.sms_radio.setChecked(True)
    d.body.setPlainText("a" * 170)
    assert "170 characters, 2 SMS segment(s) (GSM-7)" in d.sms_label.text()
    d.body.setPlainText("Spotkanie w środę")
    assert "UCS-2" in d.sms_label.text()


def test_the_dock_opens_a_workspace_and_counts_as_the_layers_do(dock, imported, tmp_path):
    """'Open a workspace…': its members, postcodes and areas are added to the project, chosen, loaded; the
    audience equals the one from the import layers."""
    d, layers = dock
    codes = ["E05011541"]

    def tick():
        for i in range(d.area_list.count()):
            d.area_list.item(i).setCheckState(Qt.Checked if d.area_list.item(i).data(Qt.UserRole) in codes
                                              else Qt.Unchecked)
        return count(d)
    from_layers = tick()
    before = len(QgsProject.instance().mapLayers())
    assert d.open_workspace(imported.workspace)
    assert d.members_combo.currentLayer().source().endswith("layername=members")
    assert len(QgsProject.instance().mapLayers()) == before + 3
    assert tick() == from_layers > 50
    assert not d.open_workspace(str(tmp_path / "none.gpkg")) and "does not exist" in d.data_label.text()


def test_a_workspace_is_read_through_the_store_as_the_layers_are_read(dock, imported, tmp_path):
    """The dock reads a workspace through core/store (no QGIS layer read back): every member of the workspace,
    each in the same area as an independent point-in-polygon on the import layers; a workspace without areas
    is one clear error naming it, and the dock keeps what it had."""
    from local_priority_targeting.core.engage.audience_data import from_workspace
    from local_priority_targeting.core.store import workspace as W
    d, layers = dock
    ref = independent_members(layers).set_index("member_id")
    with W.open_store(imported.workspace, create=False) as store:
        members, areas = from_workspace(store)
    assert len(members) == len(ref) > 1000 and len(areas) == layers["AREAS"].featureCount()
    got = members.set_index("member_id").area_code.reindex(ref.index)
    assert (got.fillna("") == ref.area).all()
    bare = str(tmp_path / "bare.gpkg")
    with W.open_store(imported.workspace, create=False) as store:
        stored = store.read_table("members")
    with W.open_store(bare) as store:
        store.write_table("members", stored)
    before = len(d.members)
    assert not d.open_workspace(bare)
    assert "no postcodes, areas" in d.data_label.text() and "bare.gpkg" in d.data_label.text()
    assert len(d.members) == before


def test_a_drawn_area_takes_the_figures_of_the_areas_it_overlaps(dock):
    """A message for a small drawn circle gives the change figures of the wards that circle overlaps, named, never
    the whole layer's (#23: a figure names its area and base)."""
    d, layers = dock
    change = {f["area_code"]: (f["area_name"], f["crimes_1"], f["crimes_2"], shapely.from_wkb(bytes(f.geometry().asWkb())))
              for f in layers["CHANGE"].getFeatures()}
    code, (name, c1, c2, geom) = sorted(change.items())[3]
    inner = geom.representative_point().buffer(60)
    assert geom.contains(inner)
    d.set_drawn(QgsGeometry.fromWkt(inner.wkt), 5)
    d.fill_template()
    text = d.body.toPlainText()
    assert f"Recorded crime in {name} was {c2:,} in January to February 2024" in text, text
    assert f"from {c1:,} in October to December 2018" in text
    overlapping = [n for _, (n, *_rest, g) in change.items() if g.intersects(inner) and not g.touches(inner)]
    assert overlapping == [name]


def test_you_said_we_did_from_a_setup(dock, imported, tmp_path):
    """#24 point 6: a set-up of the workspace fills the area (its areas ticked), what was done (its aggregate
    outcomes) and the you-said-we-did text; the audience is the usual one, with the usual guards."""
    import shutil
    import uuid
    from local_priority_targeting.core.engage import setups as S
    from local_priority_targeting.core.engage.visit_outcomes import outcome_rows
    from local_priority_targeting.core.store.workspace import open_store
    d, _ = dock
    ws = str(tmp_path / "ws.gpkg")
    shutil.copy(imported.workspace, ws)
    with open_store(ws) as st:
        code = st.read_table("areas", ["area_code"]).area_code.iloc[3]
        sid, targets = S.create(st, S.SetupSpec("Evening visits", "North NPT", "criteria",
                                                criteria=f"include area={code}", revisit=True))
        visits = pd.DataFrame({"visit_id": [str(uuid.uuid4()) for _ in range(7)], "setup_id": sid,
                               "postcode": targets.postcode.iloc[:7].values, "street_id": "x",
                               "outcome": ["registered", "registered", "not_in", "declined", "surveyed", "not_in",
                                           "no_access"], "visit_date": "2024-03-05", "officer": "PC 1", "note": "",
                               "note_flag": "", "edited_at": "2024-03-05T18:00:00Z"})
        st.append_rows("lpt_visit_outcomes", outcome_rows(visits, "phone.gpkg", "2024-03-06T09:00:00Z"))
    assert d.open_workspace(ws) and d.setup_combo.count() == 1 and d.setup_combo.currentData() == sid
    assert d.setup_button.isEnabled()
    from local_priority_targeting.dialogs.dock_setups import use_setup
    assert use_setup(d)
    assert d.area_mode.currentIndex() == 1 and d.chosen_codes() == [code]
    text = d.what_done.text()
    assert "knocked on 7 doors" in text and "answered at 4 of them" in text and "2 residents joined" in text
    assert d.team.text() == "North NPT" and d.template_combo.currentData() == "you_said_we_did"
    assert "knocked on 7 doors" in d.body.toPlainText() and count(d) > 0
    assert not use_setup(d, "S0999") and "no set-up 'S0999'" in d.data_label.text()
    # with a workspace open the message is logged in the workspace's own log (what the chosen log file held is
    # imported into it once), with the areas it reaches: the set-up's area
    import os
    from local_priority_targeting.core.engage.message_log import read_log
    d.min_audience.setValue(1)
    d.block_frequency.setChecked(True)
    paths = d.export()
    assert paths is not None, d.guard_label.text()
    mid = os.path.basename(paths["message"])[:-len(".json")]
    msgs, rec = read_log(ws)
    assert msgs.set_index("message_id").area_codes[mid] == [code]
    assert sorted(rec[rec.message_id == mid].member_id) == sorted(d.audience.member_id)


def test_a_deleted_dock_leaves_nothing_connected_to_the_project(qgis_iface):
    """Layers added after the dock is gone (plugin unloaded, dock closed and collected) reach no deleted dock: a
    connection left behind would raise inside Qt's signal, which PyQt answers by aborting QGIS."""
    import subprocess
    import sys
    from _paths import PLUGINS
    script = (f"import sys; sys.path.insert(0, {str(PLUGINS)!r})\n"
              "from qgis.core import QgsApplication, QgsProject, QgsVectorLayer\n"
              "from qgis.PyQt import sip\n"
              "app = QgsApplication([], True); app.initQgis()\n"
              "from local_priority_targeting.dialogs.message_dock import MessageDock\n"
              "d = MessageDock(); sip.delete(d)\n"
              "QgsProject.instance().addMapLayer(QgsVectorLayer('Point?crs=EPSG:27700', 'after', 'memory'))\n"
              "print('alive', len(QgsProject.instance().mapLayers()))\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env=dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0 and "alive 1" in proc.stdout, proc.stderr[-2000:]


def _to_postgis(gpkg: str, conninfo: str) -> None:
    """Every data and link table of a GeoPackage workspace copied into a PostGIS workspace through the store."""
    from local_priority_targeting.core.store import workspace as W
    with W.open_store(gpkg, create=False) as src, W.open_store(conninfo) as dst:
        for t in src.tables():
            if t in W.TABLES or t.startswith("link_"):
                kind = W.TABLES.get(t)
                dst.write_table(t, src.read_table(t), "geometry" if kind else None, kind or "GEOMETRY")
        for key in ("links_fingerprint", "crime_force", "crime_source"):
            if src.get_meta(key) is not None:
                dst.set_meta(key, src.get_meta(key))


def test_the_dock_opens_a_database_workspace_under_the_users_role(dock, imported, pg_db, pg_server, run_alg,
                                                                  tmp_path):
    """'Open a database workspace…': the same workspace in PostGIS gives the analyst the GeoPackage's audience, its
    tables on the map as PostGIS layers; through a connection saved in QGIS (pg:NAME) too; an officer assigned one
    ward sees that ward's members only - the same count there - and no member elsewhere; a saved connection
    deleted while open blocks sending (the message log cannot be read) instead of crashing the dock."""
    d, layers = dock
    _database_checks(d, layers, imported, pg_db, pg_server, "E05011541", run_alg, tmp_path)


def _database_checks(d, layers, imported, pg_db, pg_server, ward, run_alg, tmp_path):
    import psycopg
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry
    from local_priority_targeting.core.store.postgis_setup import setup_database

    def tick(codes):
        for i in range(d.area_list.count()):
            d.area_list.item(i).setCheckState(Qt.Checked if d.area_list.item(i).data(Qt.UserRole) in codes
                                              else Qt.Unchecked)
        return count(d)
    assert d.open_workspace(imported.workspace)
    every = [d.area_list.item(i).data(Qt.UserRole) for i in range(d.area_list.count())]
    in_ward, everywhere, members = tick([ward]), tick(every), len(d.members)
    _to_postgis(imported.workspace, pg_db)
    setup_database(pg_db)
    run_alg("lpt:linkcommunity", {"WORKSPACE": pg_db, "STREET_INSIGHT": "TEMPORARY_OUTPUT",     # the links: an
                                  "AREA_INSIGHT": str(tmp_path / "pg_ai.gpkg"),              # officer's rows
                                  "FORCE_SUMMARY": "TEMPORARY_OUTPUT", "UNMATCHED": "TEMPORARY_OUTPUT"})
    assert d.open_database_workspace(pg_db)
    assert d.members_combo.currentLayer().providerType() == "postgres" and d.areas_combo.currentLayer().isValid()
    assert d.areas_combo.currentLayer().featureCount() == layers["AREAS"].featureCount()
    assert (tick([ward]), tick(every), len(d.members)) == (in_ward, everywhere, members) and in_ward > 50
    meta = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri()
    uri.setConnection(pg_server.root, str(pg_server.port), pg_db.split("dbname=")[1].split()[0], "lpt_super", "")
    meta.saveConnection(meta.createConnection(uri.uri(False), {"saveUsername": True}), "LPT dock test")
    try:
        assert d.open_database_workspace("pg:LPT dock test") and tick([ward]) == in_ward
        assert d.postcodes_combo.currentLayer().isValid()
    finally:
        meta.deleteConnection("LPT dock test")
    g = d.guards()                    # the connection gone: the log cannot be read, so nothing can be sent
    assert g.blocked and "cannot be read" in g.messages[0] and "LPT dock test" in g.messages[0]
    with psycopg.connect(pg_db, autocommit=True) as con:
        con.execute("DROP ROLE IF EXISTS dock_pc")
        con.execute("CREATE ROLE dock_pc LOGIN IN ROLE lpt_officer")
        con.execute("INSERT INTO lpt.lpt_assignments (login, area_code) VALUES ('dock_pc', %s)", (ward,))
    try:
        assert d.open_database_workspace(pg_server.conninfo(pg_db.split("dbname=")[1].split()[0], user="dock_pc")), \
            d.data_label.text()
        assert tick([ward]) == in_ward and tick(every) == in_ward and len(d.members) < members
    finally:
        d.close()
        with psycopg.connect(pg_db, autocommit=True) as con:
            con.execute("REASSIGN OWNED BY dock_pc TO lpt_super")
            con.execute("DROP OWNED BY dock_pc")
            con.execute("DROP ROLE dock_pc")
