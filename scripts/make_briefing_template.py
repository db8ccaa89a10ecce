"""Regenerate resources/layouts/briefing_pack.qpt, the briefing pack's print layout (developer tool).

    QT_QPA_PLATFORM=offscreen python3 scripts/make_briefing_template.py

A force restyles the .qpt in QGIS's Layout Designer instead (Project → Import from template...). The algorithm
finds the items by id (map, legend, the table frames top_streets, hot_places, priorities, crime_change,
equality, setups, messages, forecast) and fills the layout variables @lpt_title, @lpt_period, @lpt_notes,
@lpt_licences, @lpt_equality, @lpt_forecast; everything else (text, fonts, positions, pages, extra items) is the
template's.  The page holding the forecast table is left out of the PDF when no FORECAST is given.  The layout's
own words (headings, footers, table headers, legend title, empty-table message) are written here in English from
core/report/briefing_texts.py; the algorithm puts them in the user's language wherever an item still holds them.
"""
import os
import sys

from qgis.core import (QgsApplication, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemManualTable,
                       QgsLayoutItemMap, QgsLayoutItemPage, QgsLayoutItemPicture, QgsLayoutItemScaleBar,
                       QgsLayoutFrame, QgsLayoutMeasurement, QgsLayoutPoint, QgsLayoutSize, QgsLayoutTable,
                       QgsLayoutTableColumn, QgsPrintLayout, QgsProject, QgsReadWriteContext, QgsTextFormat,
                       QgsUnitTypes, QgsCoordinateReferenceSystem, QgsScaleBarSettings, QgsRectangle, QgsLegendStyle)
from qgis.PyQt.QtGui import QColor, QFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "build", "plugins"))   # the plugin under its package name (make demo links it)
OUT = os.path.join(ROOT, "resources", "layouts", "briefing_pack.qpt")


def texts():
    from local_priority_targeting.core.report import briefing_texts
    return briefing_texts


def fmt(size, bold=False, colour="#202020"):
    f = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    f.setFont(font)
    f.setSize(size)
    f.setSizeUnit(QgsUnitTypes.RenderPoints)
    f.setColor(QColor(colour))
    return f


def label(layout, item_id, text, x, y, w, h, size=9, bold=False):
    lab = QgsLayoutItemLabel(layout)
    lab.setId(item_id)
    lab.setText(text)
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    lab.setFont(font)
    lab.attemptMove(QgsLayoutPoint(x, y))
    lab.attemptResize(QgsLayoutSize(w, h))
    layout.addLayoutItem(lab)
    return lab


def table(layout, item_id, headers, widths, x, y, w, h, page):
    t = QgsLayoutItemManualTable.create(layout)
    t.setHeaders([QgsLayoutTableColumn(c) for c in headers])
    t.setColumnWidths(widths)
    t.setIncludeTableHeader(True)
    t.setHeaderTextFormat(fmt(7, bold=True))
    t.setContentTextFormat(fmt(6.5))
    t.setWrapBehavior(QgsLayoutTable.WrapText)
    t.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    t.setEmptyTableMessage(texts().EMPTY_TABLE)
    t.setCellMargin(0.8)
    t.setGridStrokeWidth(0.15)
    t.setGridColor(QColor("#9e9e9e"))
    t.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
    layout.addMultiFrame(t)
    frame = QgsLayoutFrame(layout, t)
    frame.setId(item_id)
    frame.attemptMove(QgsLayoutPoint(x, y), page=page)
    frame.attemptResize(QgsLayoutSize(w, h))
    t.addFrame(frame)
    return t


def first_page(layout):
    label(layout, "title", texts().english("title"), 10, 6, 230, 11, 17, True)
    label(layout, "period", "[% @lpt_period %]", 10, 17, 230, 7, 10)
    m = QgsLayoutItemMap(layout)
    m.setId("map")
    m.attemptMove(QgsLayoutPoint(10, 25))
    m.attemptResize(QgsLayoutSize(195, 152))
    m.setFrameEnabled(True)
    m.setExtent(QgsRectangle(505000, 425000, 505000 + 195 * 25, 425000 + 152 * 25))   # central Hull, the map's ratio
    m.setCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    m.setAtlasDriven(True)
    m.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    m.setAtlasMargin(0.08)
    layout.addLayoutItem(m)
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath("arrows/NorthArrow_02.svg")
    arrow.setLinkedMap(m)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    arrow.attemptMove(QgsLayoutPoint(191, 28))
    arrow.attemptResize(QgsLayoutSize(11, 13))
    layout.addLayoutItem(arrow)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scale_bar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(m)
    bar.setUnits(QgsUnitTypes.DistanceMeters)
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setUnitsPerSegment(250)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(25)
    bar.setMaximumBarWidth(50)
    bar.setUnitLabel("m")
    bar.setBackgroundEnabled(True)
    bar.setTextFormat(fmt(7))
    bar.attemptMove(QgsLayoutPoint(12, 165))
    layout.addLayoutItem(bar)
    leg = QgsLayoutItemLegend(layout)
    leg.setId("legend")
    leg.setTitle(texts().LEGEND_TITLE)
    leg.setLinkedMap(m)
    leg.setLegendFilterByMapEnabled(True)
    leg.setResizeToContents(False)
    leg.setWrapString("|")
    for part, size, bold in ((QgsLegendStyle.Title, 11, True), (QgsLegendStyle.Subgroup, 8, True),
                             (QgsLegendStyle.SymbolLabel, 7, False)):
        font = QFont("DejaVu Sans", size)
        font.setBold(bold)
        leg.rstyle(part).setFont(font)
    leg.setSymbolHeight(3.5)
    leg.attemptMove(QgsLayoutPoint(209, 25))
    leg.attemptResize(QgsLayoutSize(78, 152))
    layout.addLayoutItem(leg)
    label(layout, "notes", "[% @lpt_notes %]", 10, 179, 277, 10, 8)
    label(layout, "licences", "[% @lpt_licences %]", 10, 190, 277, 12, 6)


def footer(layout, page, y0):
    label(layout, f"footer_{page}", texts().english(f"footer_{page}"), 10, y0 + 203, 277, 5, 6)


def later_pages(layout, y2, y3):
    T = texts()
    label(layout, "heading_streets", T.english("heading_streets"), 10, y2 + 6, 277, 9, 13, True)
    table(layout, "top_streets", T.HEADERS["top_streets"], [10, 34, 25, 27, 92, 72], 10, 16, 277, 184, 1)
    label(layout, "heading_figures", T.english("heading_figures"), 10, y3 + 6, 277, 9, 13, True)
    for item_id, x, y in (("h_priorities", 10, 16), ("h_crime_change", 10, 62), ("h_hot_places", 152, 16),
                          ("h_equality", 152, 62), ("h_setups", 10, 142), ("h_messages", 10, 172)):
        label(layout, item_id, T.english(item_id), x, y3 + y, 135, 5, 9, True)
    table(layout, "priorities", T.HEADERS["priorities"], [70, 30, 25], 10, 22, 135, 38, 2)
    table(layout, "crime_change", T.HEADERS["crime_change"], [46, 16, 18, 22, 25], 10, 68, 135, 72, 2)
    table(layout, "hot_places", T.HEADERS["hot_places"], [27, 17, 11, 35, 37], 152, 22, 135, 38, 2)
    table(layout, "equality", T.HEADERS["equality"], [55, 50, 20], 152, 68, 135, 48, 2)
    label(layout, "equality_sentence", "[% @lpt_equality %]", 152, y3 + 118, 135, 22, 7)
    table(layout, "setups", T.HEADERS["setups"], [60, 35, 16, 45, 25, 25, 25, 25], 10, 148, 277, 22, 2)
    table(layout, "messages", T.HEADERS["messages"], [22, 22, 60, 133, 20], 10, 178, 277, 22, 2)


def forecast_page(layout, y4):
    label(layout, "heading_forecast", texts().english("heading_forecast"), 10, y4 + 6, 277, 9, 13, True)
    table(layout, "forecast", texts().HEADERS["forecast"], [77, 30, 30, 30, 30, 30, 30], 10, 18, 277, 48, 3)
    label(layout, "forecast_sentence", "[% @lpt_forecast %]", 10, y4 + 70, 277, 126, 9)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName("Briefing pack")
    pages = layout.pageCollection()
    pages.page(0).setPageSize("A4", QgsLayoutItemPage.Landscape)
    for _ in range(3):
        p = QgsLayoutItemPage(layout)
        p.setPageSize("A4", QgsLayoutItemPage.Landscape)
        pages.addPage(p)
    first_page(layout)
    ys = [pages.page(i).pos().y() for i in range(4)]
    later_pages(layout, ys[1], ys[2])
    forecast_page(layout, ys[3])
    for i, y in enumerate(ys):
        footer(layout, i + 1, y)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    ok = layout.saveAsTemplate(OUT, QgsReadWriteContext())
    print(OUT if ok else "failed")
    del layout
    app.exitQgis()


if __name__ == "__main__":
    main()
