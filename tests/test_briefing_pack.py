"""#27 part 1: lpt:briefingpack renders a briefing per area from a layout template, offscreen, for two Hull wards
and an area with no crimes; the pages are read back with poppler (pdftoppm, pdftotext) as a reader would."""
import re
import shutil
import sqlite3
import subprocess
import unicodedata

import numpy as np
import pytest

from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported)

WARDS = {"E05011541": "St Andrew's & Docklands", "E05011529": "Central"}
EMPTY = "Humber foreshore"        # a polygon on the estuary: no streets, no crimes


def _tool(name):
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install poppler-utils (make deps)")
    return path


@pytest.fixture(scope="module")
def ranked(imported, tmp_path_factory):  # noqa: F811
    """Priority streets, areas, hot places and the equality check for the two wards; area insight for their
    priorities; the pack's areas: the two wards and the estuary polygon."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorFileWriter, QgsVectorLayer
    t = tmp_path_factory.mktemp("briefing")
    codes = ",".join(WARDS)
    ps = processing.run("lpt:prioritystreets", {
        "WORKSPACE": imported.workspace, "PERIOD_START": "2024-02", "PERIOD_END": "2024-02", "AREA_CODES": codes,
        "REPLICATES": 20, "PRIORITY_STREETS": str(t / "ps.gpkg"), "PRIORITY_AREAS": str(t / "pa.gpkg"),
        "HOT_PLACES": str(t / "hp.gpkg"), "EQUALITY": str(t / "eq.csv"), "FORECAST": str(t / "fc.csv"),
        "REPORT": str(t / "r.html")})
    ai = processing.run("lpt:linkcommunity", {
        "WORKSPACE": imported.workspace, "PERIOD_START": "2024-02", "PERIOD_END": "2024-02", "AREA_CODES": codes,
        "AREA_INSIGHT": str(t / "ai.gpkg"), "STREET_INSIGHT": "TEMPORARY_OUTPUT", "FORCE_SUMMARY": "TEMPORARY_OUTPUT",
        "UNMATCHED": "TEMPORARY_OUTPUT"})
    wards = QgsVectorLayer(imported["AREAS"], "wards", "ogr")
    areas = QgsVectorLayer(f"MultiPolygon?crs=EPSG:27700&field=area_code:string&field=area_name:string", "a", "memory")
    feats = []
    for f in wards.getFeatures():
        if f["area_code"] in WARDS:
            g = QgsFeature(areas.fields())
            g.setGeometry(f.geometry())
            g.setAttributes([f["area_code"], f["area_name"]])
            feats.append(g)
    g = QgsFeature(areas.fields())
    g.setGeometry(QgsGeometry.fromWkt("MultiPolygon (((512000 425500, 512600 425500, 512600 426000, "
                                      "512000 426000, 512000 425500)))"))
    g.setAttributes(["X00000001", EMPTY])
    feats.append(g)
    areas.dataProvider().addFeatures(feats)
    opts = QgsVectorFileWriter.SaveVectorOptions()
    QgsVectorFileWriter.writeAsVectorFormatV2(areas, str(t / "pack_areas.gpkg"), areas.transformContext(), opts)
    return {"PRIORITY_STREETS": ps["PRIORITY_STREETS"], "PRIORITY_AREAS": ps["PRIORITY_AREAS"],
            "HOT_PLACES": ps["HOT_PLACES"], "EQUALITY": ps["EQUALITY"], "AREA_INSIGHT": ai["AREA_INSIGHT"],
            "AREAS": str(t / "pack_areas.gpkg"), "dir": t, "forecast": ps["FORECAST"]}


def _params(ranked):
    return {k: v for k, v in ranked.items() if k not in ("dir", "forecast")}


def _top_street(path, code):
    con = sqlite3.connect(path)
    table = con.execute("select table_name from gpkg_contents where data_type = 'features'").fetchone()[0]
    row = con.execute(f'select name from "{table}" where area_code = ? and crimes > 0 order by rank limit 1',
                      (code,)).fetchone()
    con.close()
    return row[0]


def _text(pdf):
    return subprocess.run([_tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pages_not_blank(pdf, folder):
    """Every page of the PDF, converted to PNG by pdftoppm, has ink on it (not one flat colour)."""
    from qgis.PyQt.QtGui import QImage
    prefix = folder / pdf.stem
    subprocess.run([_tool("pdftoppm"), "-r", "30", "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(folder.glob(f"{pdf.stem}-*.png"))
    assert pages, pdf
    for p in pages:
        img = QImage(str(p)).convertToFormat(QImage.Format_Grayscale8)
        ptr = img.constBits()
        ptr.setsize(img.bytesPerLine() * img.height())
        a = np.frombuffer(ptr, np.uint8).reshape(img.height(), img.bytesPerLine())[:, :img.width()]
        assert (a < 200).mean() > 0.01, f"{p} is blank"
    return len(pages)


def test_a_pack_per_ward_with_map_tables_and_licences(run_alg, ranked, tmp_path):
    out = tmp_path / "pack"
    res = run_alg("lpt:briefingpack", {**_params(ranked), "FORECAST": ranked["forecast"],
                                       "NAME_FIELD": "area_name", "OUTPUT_FOLDER": str(out)})
    assert res["AREAS_DONE"] == 3 and res["PDF_FILES"] == 3 and res["PNG_FILES"] == 12
    import pandas as pd
    fc = pd.read_csv(ranked["forecast"])
    pri = fc[(fc.row_type == "accuracy") & (fc.ranking == "priority") & (fc.top_pct == 5.0)].iloc[0]
    pngs = tmp_path / "pngs"
    pngs.mkdir()
    for code, name in WARDS.items():
        stem = name.replace("'", "_").replace(" & ", "_").replace(" ", "_")
        pdf = out / f"{stem}.pdf"
        assert pdf.exists() and (out / f"{stem}.png").exists(), sorted(p.name for p in out.iterdir())
        assert _pages_not_blank(pdf, pngs) == 4
        text = " ".join(_text(pdf).split())
        assert name in text
        assert _top_street(ranked["PRIORITY_STREETS"], code) in text
        assert "Open Government Licence" in text and "police.uk" in text
        assert "Top priority streets" in text and "The public's priorities" in text and "Equality check" in text
        assert "@" not in text                # no contact
        # the run's forecast check (#26): the force's figures on every area's first page, and page 4 from FORECAST:
        # the priority's top 5% and the report's plain words
        assert "Does it work? Back-test for the force" in text and "of the crimes" in text, text[:3000]
        assert "Does the ranking work?" in text and f"{100 * pri.hit_rate:.1f}%" in text
        assert "Back-test:" in text and "Moving the period by one month" in text
    empty = " ".join(_text(out / "Humber_foreshore.pdf").split())
    assert f"No crimes were recorded in {EMPTY} in February 2024" in empty
    assert "None for this area" in empty


def test_one_multi_page_pdf_and_another_template(run_alg, ranked, tmp_path):
    from local_priority_targeting.processing.report.briefing_pack import DEFAULT_TEMPLATE
    out = tmp_path / "multi"
    params = {**_params(ranked), "FORECAST": ranked["forecast"], "FORECAST_PAGE": False, "FORMAT": 1, "PNG": False,
              "FILTER": "\"area_code\" LIKE 'E05%'", "OUTPUT_FOLDER": str(out)}
    res = run_alg("lpt:briefingpack", params)
    assert res["AREAS_DONE"] == 2 and res["PDF_FILES"] == 1 and res["PNG_FILES"] == 0
    info = subprocess.run([_tool("pdfinfo"), str(out / "briefing_pack.pdf")], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+6$", info, re.M), info          # FORECAST_PAGE false: three pages an area
    text = _text(out / "briefing_pack.pdf")
    assert "Does it work? Back-test for the force" in " ".join(text.split())   # page 1 keeps the sentence
    assert all(name in text for name in WARDS.values()) and EMPTY not in text
    # a force's own template: here the shipped one retitled; one without a map is refused, saying why
    own = tmp_path / "own.qpt"
    own.write_text(open(DEFAULT_TEMPLATE, encoding="utf-8").read().replace("Top priority streets:",
                                                                           "Streets to act on:"), encoding="utf-8")
    run_alg("lpt:briefingpack", dict(params, TEMPLATE=str(own), OUTPUT_FOLDER=str(tmp_path / "own")))
    assert "Streets to act on:" in _text(tmp_path / "own" / "briefing_pack.pdf")
    broken = tmp_path / "nomap.qpt"
    broken.write_text(own.read_text(encoding="utf-8").replace('id="map"', 'id="karte"'), encoding="utf-8")
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="no map item with the id 'map'"):
        run_alg("lpt:briefingpack", dict(params, TEMPLATE=str(broken), OUTPUT_FOLDER=str(tmp_path / "bad")))


def test_the_shipped_template_loads_in_a_print_layout(qgis_app):
    from qgis.core import QgsLayoutFrame, QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument
    from local_priority_targeting.processing.report.briefing_layout import TABLES
    from local_priority_targeting.processing.report.briefing_pack import DEFAULT_TEMPLATE
    project = QgsProject()
    layout = QgsPrintLayout(project)
    doc = QDomDocument()
    doc.setContent(open(DEFAULT_TEMPLATE, encoding="utf-8").read())
    items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    assert ok and layout.pageCollection().pageCount() == 4
    for item_id in ("map", "legend", "scale_bar", "north_arrow", "title", "period", "licences", "notes"):
        assert layout.itemById(item_id) is not None, item_id
    for key in TABLES:
        assert isinstance(layout.itemById(key), QgsLayoutFrame), key



def test_the_layout_words_come_out_in_the_users_language(qgis_app):
    """Every heading, footer, table header, the legend title and the empty-table message of the shipped layout
    is put in the user's language (here a lookup that marks each core text, installed as the plugin installs
    Qt's); the QGIS expressions in them stay; a text a force wrote in the Layout Designer is left as it is."""
    from qgis.core import (QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutTable, QgsPrintLayout, QgsProject,
                           QgsReadWriteContext)
    from qgis.PyQt.QtXml import QDomDocument
    from local_priority_targeting.core import i18n
    from local_priority_targeting.core.report import briefing_texts as T
    from local_priority_targeting.processing.report.briefing_layout import translate_texts
    from local_priority_targeting.processing.report.briefing_pack import DEFAULT_TEMPLATE
    project = QgsProject()
    layout = QgsPrintLayout(project)
    doc = QDomDocument()
    doc.setContent(open(DEFAULT_TEMPLATE, encoding="utf-8").read())
    layout.loadFromTemplate(doc, QgsReadWriteContext())
    labels = {i.id(): i for i in layout.items() if isinstance(i, QgsLayoutItemLabel)}
    assert {T.label_key(k) for k in labels} >= set(T.LABELS), sorted(labels)
    assert all(labels[k].text() == T.english(k) for k in labels if T.label_key(k) in T.LABELS)
    labels["h_setups"].setText("Our own words")                           # reworded by a force
    i18n.install(lambda context, text: "CY " + text if context == "core" else text)
    try:
        translate_texts(layout, T.translations())
    finally:
        i18n.install(None)
    for k, item in labels.items():
        if T.label_key(k) in T.LABELS and k != "h_setups":
            assert item.text().startswith("CY ") and item.text()[3:] == T.english(k), (k, item.text())
    assert labels["h_setups"].text() == "Our own words"
    assert "[% @layout_page %]" in labels["footer_1"].text() and "[% @atlas_pagename %]" in labels["title"].text()
    legend = [i for i in layout.items() if isinstance(i, QgsLayoutItemLegend)][0]
    assert legend.title() == "CY Legend"
    tables = [m for m in layout.multiFrames() if isinstance(m, QgsLayoutTable)]
    assert len(tables) == len(T.HEADERS)
    for t in tables:
        heads = [c.heading() for c in t.headers()]
        assert heads and all(h.startswith("CY ") for h in heads), heads
        assert t.emptyTableMessage() == "CY None for this area"

def test_small_counts_of_people_are_suppressed():
    import pandas as pd
    from local_priority_targeting.core.report.briefing import count
    from local_priority_targeting.core.report.briefing_figures import priority_rows
    assert [count(n, 5) for n in (0, 1, 4, 5, 1234, None)] == ["0", "<5", "<5", "5", "1,234", ""]
    few = pd.DataFrame({"prio_n": [3], "prio1": ["drugs"], "prio1_pct": [100.0], "prio2": [None],
                        "prio2_pct": [None], "prio3": [None], "prio3_pct": [None]})
    rows, notes = priority_rows(few, 5)
    assert rows == [] and "Fewer than 5 survey answers" in notes[0]
    rows, _ = priority_rows(few.assign(prio_n=[40]), 5)
    assert rows == [["drugs", "100%", "40"]]


def test_the_shipped_licence_lines_are_translated_and_a_forces_own_kept(tmp_path):
    import pandas as pd
    from local_priority_targeting.core import i18n
    from local_priority_targeting.core.report.attributions import SHIPPED, attribution_lines, read_attributions
    table = read_attributions()
    assert set(table.text) <= SHIPPED, set(table.text) - SHIPPED        # every shipped line can be translated
    own = pd.concat([table, pd.DataFrame([{"source": "Force", "default": "1", "text": "Our data {year}."}])])
    i18n.install(lambda context, text: "CY " + text if context == "core" else text)
    try:
        lines = attribution_lines(own, year=2026)
    finally:
        i18n.install(None)
    assert lines[-1] == "Our data 2026."
    assert len(lines) == int((table["default"].astype(str) == "1").sum()) + 1
    assert all(x.startswith("CY ") and "{year}" not in x for x in lines[:-1])
    assert "CY Contains OS data © Crown copyright and database right 2026." in lines


def test_a_pack_in_welsh_headings_legend_date_and_empty_tables(welsh_qgis, run_alg, ranked, tmp_path):
    """With QGIS in Welsh the pack's own words, the map legend (the shipped styles' labels and the choropleth
    unit), the date and the message of an empty table are Welsh - all read back from the PDF."""
    from test_welsh import pattern, welsh
    from local_priority_targeting.core.report.briefing_texts import EMPTY_TABLE
    assert welsh_qgis, "lpt_cy.qm was not loaded"
    out = tmp_path / "cy"
    res = run_alg("lpt:briefingpack", {**_params(ranked), "NAME_FIELD": "area_name", "FORMAT": 1, "PNG": False,
                                       "FILTER": "\"area_code\" = 'E05011529'", "OUTPUT_FOLDER": str(out)})
    assert res["AREAS_DONE"] == 1 and res["PDF_FILES"] == 1
    text = unicodedata.normalize("NFKC", " ".join(_text(next(out.glob("*.pdf"))).split()))   # fi, fl ligatures
    assert re.search(pattern(welsh("core", "Top priority streets: {area}, {period}")), text)
    assert welsh("core", "The public's priorities") in text and "The public's priorities" not in text
    assert welsh("styles", "Top 10 streets (rank 1-10)") in text and "Top 10 streets" not in text
    assert welsh("styles", "harm points") in text and "harm points" not in text
    assert welsh("core", EMPTY_TABLE) in text                      # no message was sent to the ward
    from qgis.PyQt.QtCore import QDate, QLocale
    assert QLocale("cy").toString(QDate.currentDate(), "d MMMM yyyy") in text


def test_swapped_or_foreign_layers_are_refused_before_any_page(ranked, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    ps, pa, hp = ranked["PRIORITY_STREETS"], ranked["PRIORITY_AREAS"], ranked["HOT_PLACES"]
    for params, words in ((dict(PRIORITY_STREETS=ps, PRIORITY_AREAS=hp, HOT_PLACES=pa), "is a point layer"),
                          (dict(PRIORITY_STREETS=ps, PRIORITY_AREAS=ranked["AREA_INSIGHT"], HOT_PLACES=hp),
                           r"PRIORITY_AREAS\) lacks the field\(s\) rank, streets, top_street")):
        out = tmp_path / "pack"
        with pytest.raises(QgsProcessingException, match=words):
            processing.run("lpt:briefingpack", dict(params, OUTPUT_FOLDER=str(out)))
        assert not out.exists() or not any(out.iterdir())
