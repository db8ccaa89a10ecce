"""#24 point 3: a set-up's visit list for QField, opened by PyQGIS as QField would, visits recorded through the
form's defaults, and the outcomes brought back: checked row by row, idempotent, nothing stored lost."""
import re
import shutil
import sqlite3
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsProject, QgsVectorLayer,
                       QgsVectorLayerUtils)

from local_priority_targeting.core.engage import setups as S
from local_priority_targeting.core.store.schema import OUTCOMES
from local_priority_targeting.core.store.workspace import open_store

from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported by the algorithms)
from test_setups import linked_ws  # noqa: F401  (the imported workspace, linked and ranked)

UUID = re.compile(r"^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$")


@pytest.fixture()
def package(linked_ws, tmp_path):  # noqa: F811
    """A workspace with a set-up of the top 8 streets and its visit list exported through processing."""
    import processing
    ws, ranked, _ = linked_ws
    path = str(tmp_path / "ws.gpkg")
    shutil.copy(ws, path)
    with open_store(path) as st:
        setup_id, targets = S.create(st, S.SetupSpec("Top 8", "NPT", "top_streets", top_n=8), ranked)
    res = processing.run("lpt:exportvisitlist", {"WORKSPACE": path, "SETUP_ID": setup_id,
                                                 "OUTPUT_FOLDER": str(tmp_path / "phone")})
    return path, setup_id, targets, res, tmp_path


def _stored(ws):
    con = sqlite3.connect(ws)
    out = pd.read_sql("select * from lpt_visit_outcomes", con)
    con.close()
    return out


def test_the_project_opens_as_qfield_would(package):
    ws, setup_id, targets, res, tmp = package
    folder = Path(res["OUTPUT_FOLDER"])
    assert sorted(p.name for p in folder.iterdir()) == sorted([f"visits_{setup_id}.gpkg", f"visits_{setup_id}.qgs"])
    sources = [ds.text for ds in ET.parse(res["PROJECT"]).getroot().findall(".//maplayer/datasource")]
    assert sources and all(s.startswith(f"./visits_{setup_id}.gpkg|layername=") for s in sources)
    moved = tmp / "elsewhere"
    shutil.copytree(folder, moved)                    # copied to a phone: relative paths still resolve
    shutil.rmtree(folder)
    project = QgsProject()
    assert project.read(str(moved / f"visits_{setup_id}.qgs"))
    layers = {lyr.name(): lyr for lyr in project.mapLayers().values()}
    assert set(layers) == {"Areas", "Target streets", "Postcodes to knock", "Visits"}
    for lyr in layers.values():
        assert lyr.isValid() and Path(lyr.source().split("|")[0]).resolve().parent == moved.resolve()
    pcs = layers["Postcodes to knock"]
    assert pcs.featureCount() == len(targets) and {f["postcode"] for f in pcs.getFeatures()} == set(targets.postcode)
    assert not any(n in pcs.fields().names() for n in ("member_id", "email", "phone", "name"))
    visits = layers["Visits"]
    w = visits.editorWidgetSetup(visits.fields().indexOf("outcome"))
    assert w.type() == "ValueMap" and [list(d.values())[0] for d in w.config()["map"]] == list(OUTCOMES)
    assert visits.editorWidgetSetup(visits.fields().indexOf("postcode")).type() == "ValueRelation"
    assert visits.defaultValueDefinition(visits.fields().indexOf("visit_id")).expression() == "uuid()"
    assert "personal data" in visits.fields().field("note").alias()
    assert visits.featureCount() == 0 and pcs.labelsEnabled()


def _record(project_path, rows):
    """Officers' visits through the form: defaults evaluated by QGIS (UUID, set-up, nearest postcode, date)."""
    project = QgsProject.instance()
    assert project.read(project_path)
    visits = project.mapLayersByName("Visits")[0]
    pcs = {f["postcode"]: f.geometry().asPoint() for f in project.mapLayersByName("Postcodes to knock")[0]
           .getFeatures()}
    visits.startEditing()
    for postcode, outcome, note in rows:
        p = pcs[postcode]
        feat = QgsVectorLayerUtils.createFeature(visits, QgsGeometry.fromPointXY(QgsPointXY(p.x() + 5, p.y() + 5)),
                                                 {}, visits.createExpressionContext())
        feat["outcome"], feat["note"], feat["officer"] = outcome, note, "PC 1234"
        assert visits.addFeature(feat)
    assert visits.commitChanges(), visits.commitErrors()
    got = [(f["visit_id"], f["setup_id"], f["postcode"]) for f in visits.getFeatures()]
    project.clear()
    return got


def test_outcomes_round_trip_and_a_second_import_changes_nothing(package):
    import processing
    ws, setup_id, targets, res, tmp = package
    xy = targets[["easting", "northing"]].to_numpy(float)
    gap = ((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1) ** 0.5
    gap[range(len(xy)), range(len(xy))] = 1e9
    chosen = list(targets.postcode[gap.min(axis=1) > 30][:6])          # the nearest postcode is unambiguous
    rows = [(pc, OUTCOMES[i % len(OUTCOMES)], "Leaflet left, call back Tuesday") for i, pc in enumerate(chosen)]
    got = _record(res["PROJECT"], rows)
    assert all(UUID.match(str(v)) for v, _, _ in got) and len({v for v, _, _ in got}) == 6
    assert [s for _, s, _ in got] == [setup_id] * 6 and [p for _, _, p in got] == chosen   # nearest postcode
    params = {"WORKSPACE": ws, "INPUT": res["GEOPACKAGE"], "REJECTS": str(tmp / "rej.csv")}
    first = processing.run("lpt:importvisitoutcomes", params)
    assert (first["READ"], first["ACCEPTED"], first["REJECTED"], first["ADDED"]) == (6, 6, 0, 6)
    stored = _stored(ws)
    assert sorted(stored.outcome) == sorted(o for _, o, _ in rows) and set(stored.setup_id) == {setup_id}
    assert sorted(stored.postcode) == sorted(chosen) and (stored.visit_date == pd.Timestamp.utcnow()
                                                          .strftime("%Y-%m-%d")).all()
    again = processing.run("lpt:importvisitoutcomes", params)
    assert (again["READ"], again["ACCEPTED"], again["ADDED"]) == (6, 6, 0)
    assert _stored(ws).equals(stored)
    with open_store(ws) as st:
        listing = S.listing(st).set_index("setup_id")
        from local_priority_targeting.core.link.stored import load_inputs
        seen = load_inputs(st, {}).visits.set_index("visit_id")      # what the ranking's "no recent visit" reads
    assert listing.visits[setup_id] == 6
    assert set(stored.visit_id) <= set(seen.index) and seen.loc[stored.visit_id[0], "postcode"] == stored.postcode[0]
    con = sqlite3.connect(ws)
    logged = con.execute("select count(*) from sqlite_master where name = 'visits'").fetchone()[0] and \
        con.execute("select count(*) from visits").fetchone()[0]
    assert len(seen) == 6 + logged


def _add(gpkg, **values):
    """A visit written straight into the returned GeoPackage (what a tampered or broken phone file holds)."""
    from osgeo import ogr
    ds = ogr.Open(gpkg, 1)
    lyr = ds.GetLayerByName("visits")
    f = ogr.Feature(lyr.GetLayerDefn())
    x, y = values.pop("xy")
    for k, v in values.items():
        if v != "":
            f.SetField(k, v)
    f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
    lyr.CreateFeature(f)
    fid = f.GetFID()
    ds = None
    return fid


def test_untrusted_phone_files_are_rejected_row_by_row(package):
    import processing
    ws, setup_id, targets, res, tmp = package
    t = targets.set_index("postcode")
    a, b = t.index[0], t.index[1]
    at = lambda pc, dx=0.0: (t.easting[pc] + dx, t.northing[pc])  # noqa: E731
    vid = str(uuid.uuid4())
    base = dict(setup_id=setup_id, officer="PC 1", visit_date="2024-03-02")
    gpkg = res["GEOPACKAGE"]
    good = [_add(gpkg, visit_id=vid, postcode=a, outcome="not_in", edited_at="2024-03-02T10:00:00Z", note="",
                 xy=at(a), **base),
            _add(gpkg, visit_id=vid, postcode=a, outcome="registered", edited_at="2024-03-02T18:00:00Z",
                 note="=HYPERLINK(\"http://x\")", xy=at(a), **base),
            _add(gpkg, visit_id=str(uuid.uuid4()), postcode=b.lower().replace(" ", ""), outcome="declined",
                 edited_at="2024-03-02T11:00:00Z", note="ring Mrs X on 07700 900123", xy=at(b), **base)]
    bad = {_add(gpkg, visit_id="not-a-uuid", postcode=a, outcome="not_in", edited_at="", note="", xy=at(a),
                **base): "not a UUID",
           _add(gpkg, visit_id=str(uuid.uuid4()), postcode=a, outcome="maybe", edited_at="", note="", xy=at(a),
                **base): "not one of the outcomes",
           _add(gpkg, visit_id=str(uuid.uuid4()), postcode="HU1 9ZZ", outcome="not_in", edited_at="", note="",
                xy=at(a), **base): "not a postcode on set-up",
           _add(gpkg, visit_id=str(uuid.uuid4()), postcode=a, outcome="not_in", edited_at="", note="", xy=at(a),
                setup_id=setup_id, officer="PC 1", visit_date="2031-01-01"): "a date in the future",
           _add(gpkg, visit_id=str(uuid.uuid4()), postcode=a, outcome="not_in", edited_at="", note="",
                xy=at(a, 2500), **base): "m from its postcode",
           _add(gpkg, visit_id=str(uuid.uuid4()), postcode=a, outcome="not_in", edited_at="", note="", xy=at(a),
                setup_id="S0999", officer="PC 1", visit_date="2024-03-02"): "a visit of set-up 'S0999'"}
    out = processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": gpkg,
                                                      "REJECTS": str(tmp / "rej.csv")})
    rej = pd.read_csv(tmp / "rej.csv", dtype=str).fillna("")
    assert out["READ"] == len(good) + len(bad) == out["ACCEPTED"] + out["REJECTED"]
    assert out["ACCEPTED"] == 3 and len(rej[rej.layer == "visits"]) == len(bad)
    for fid, why in bad.items():
        hit = rej[rej.row.astype(int) == fid]
        assert len(hit) == 1 and why in hit.reason.iloc[0], (fid, why, hit.reason.tolist())
    stored = _stored(ws)
    assert len(stored) == 3
    newest = stored[stored.visit_id == vid].sort_values("edited_at").outcome.iloc[-1]
    assert newest == "registered"                               # the newest edit wins, the older is kept
    flagged = stored.set_index("postcode").note_flag
    assert "phone number or email removed" in stored.note_flag.tolist()
    assert "07700" not in " ".join(stored.note) and "[removed]" in " ".join(stored.note)
    assert any(n.startswith("'=") for n in stored.note) and "formula neutralised" in " ".join(flagged)
    assert stored[stored.postcode == b].shape[0] == 1                # 'hu11aa' read as its postcode


def test_a_foreign_or_broken_file_is_refused_and_nothing_stored_changes(package):
    import processing
    ws, setup_id, targets, res, tmp = package
    before = _stored(ws)
    shutil.copy(ws, tmp / "not_a_package.gpkg")
    with pytest.raises(QgsProcessingException, match="not a visit list made by the plugin"):
        processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": str(tmp / "not_a_package.gpkg")})
    broken = tmp / "broken.gpkg"
    shutil.copy(res["GEOPACKAGE"], broken)
    con = sqlite3.connect(broken)
    con.execute("ALTER TABLE visits DROP COLUMN outcome")
    con.commit()
    con.close()
    with pytest.raises(QgsProcessingException, match="lacks the column"):
        processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": str(broken)})
    other = tmp / "other.gpkg"
    shutil.copy(res["GEOPACKAGE"], other)
    con = sqlite3.connect(other)
    con.execute("UPDATE lpt_package SET value = 'S0777' WHERE key = 'setup_id'")
    con.commit()
    con.close()
    with pytest.raises(QgsProcessingException, match="no set-up 'S0777'"):
        processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": str(other)})
    assert _stored(ws).equals(before)


def test_an_archived_setup_is_not_sent_out_and_a_recorded_package_is_not_overwritten(package):
    import processing
    ws, setup_id, targets, res, tmp = package
    _add(res["GEOPACKAGE"], visit_id=str(uuid.uuid4()), setup_id=setup_id, postcode=targets.postcode.iloc[0],
         outcome="not_in", visit_date="2024-03-02", officer="PC 1", note="", edited_at="",
         xy=(targets.easting.iloc[0], targets.northing.iloc[0]))
    with pytest.raises(QgsProcessingException, match="1 visits recorded"):
        processing.run("lpt:exportvisitlist", {"WORKSPACE": ws, "SETUP_ID": setup_id,
                                               "OUTPUT_FOLDER": res["OUTPUT_FOLDER"]})
    processing.run("lpt:archivesetup", {"WORKSPACE": ws, "SETUP_ID": setup_id})
    with pytest.raises(QgsProcessingException, match="is archived"):
        processing.run("lpt:exportvisitlist", {"WORKSPACE": ws, "SETUP_ID": setup_id,
                                               "OUTPUT_FOLDER": str(tmp / "again")})


def _set(gpkg, fid, **values):
    """Cells written as text straight into the file (GDAL's SQLite dialect keeps its R-tree triggers working)."""
    from osgeo import ogr
    ds = ogr.Open(gpkg, 1)
    for k, v in values.items():
        ds.ExecuteSQL(f"UPDATE visits SET {k} = '{v}' WHERE fid = {int(fid)}")
    ds = None


def test_damaged_files_are_said_so_and_rejects_keep_the_phones_values(package):
    import processing
    ws, setup_id, targets, res, tmp = package
    before = _stored(ws)
    text = tmp / "notes.gpkg"
    text.write_text("visit_id,outcome\n1,registered\n", encoding="utf-8")
    cut = tmp / "cut.gpkg"
    cut.write_bytes(open(res["GEOPACKAGE"], "rb").read()[:3000])
    (tmp / "empty.gpkg").write_bytes(b"")
    for bad in (text, cut, tmp / "empty.gpkg"):
        with pytest.raises(QgsProcessingException) as e:
            processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": str(bad)})
        assert str(bad) in str(e.value) and "Unexpected error" not in str(e.value), str(e.value)
    assert _stored(ws).equals(before)
    con = sqlite3.connect(ws)                  # the set-up runs through March 2024
    con.execute("UPDATE lpt_setups SET start_date = '2024-03-01', end_date = '2024-03-31' WHERE setup_id = ?",
                (setup_id,))
    con.commit()
    con.close()
    t = targets.set_index("postcode")
    a = t.index[0]
    gpkg = res["GEOPACKAGE"]
    row = dict(setup_id=setup_id, postcode=a, outcome="not_in", officer="PC 1", note="", xy=(t.easting[a],
                                                                                             t.northing[a]))
    fids = {k: _add(gpkg, visit_id=str(uuid.uuid4()), visit_date="2024-03-02", edited_at="2024-03-02T10:00:00Z",
                    **row) for k in ("day", "edited", "dmy", "early", "late", "ok")}
    _set(gpkg, fids["day"], visit_date="31/31/2024")
    _set(gpkg, fids["edited"], edited_at="yesterday")
    _set(gpkg, fids["dmy"], visit_date="05/03/2024")                  # day first: not guessed
    _set(gpkg, fids["early"], visit_date="2024-02-20")
    _set(gpkg, fids["late"], visit_date="2024-04-02")
    blank = _add(gpkg, visit_id="", visit_date="2024-03-02", edited_at="", **row)
    out = processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": gpkg, "REJECTS": str(tmp / "r.csv")})
    rej = pd.read_csv(tmp / "r.csv", dtype=str, keep_default_na=False).set_index("row")
    assert out["READ"] == 7 == out["ACCEPTED"] + out["REJECTED"] and out["ACCEPTED"] == 1
    got = {k: tuple(rej.loc[str(f), ["column", "value"]]) for k, f in {**fids, "blank": blank}.items() if k != "ok"}
    assert got == {"day": ("visit_date", "31/31/2024"), "edited": ("edited_at", "yesterday"),
                   "dmy": ("visit_date", "05/03/2024"), "early": ("visit_date", "2024-02-20"),
                   "late": ("visit_date", "2024-04-02"), "blank": ("visit_id", "")}
    assert "2024-03-01" in rej.loc[str(fids["early"]), "reason"] and "2024-03-31" in rej.loc[str(fids["late"]),
                                                                                             "reason"]
