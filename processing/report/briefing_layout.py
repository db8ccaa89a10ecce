"""The Qt side of the briefing pack: the print layout loaded from a template (.qpt), its map given the pack's
layers, an atlas over the areas whose tables and notes are filled from core/report/briefing_pack.py as each
area comes up, and the export to PDF and PNG (QgsLayoutExporter; works offscreen)."""
from __future__ import annotations

import os
import re
from typing import Callable, Dict, List

from qgis.core import (QgsCoordinateReferenceSystem, QgsExpressionContextUtils, QgsLayoutExporter, QgsLayoutFrame,
                       QgsLayoutItem, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemPage, QgsLayoutTable,
                       QgsLineSymbol, QgsFillSymbol, QgsPalLayerSettings, QgsPrintLayout, QgsProject,
                       QgsReadWriteContext, QgsSingleSymbolRenderer, QgsTableCell, QgsTextFormat,
                       QgsTextBufferSettings, QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtXml import QDomDocument

from ...core.errors import LptInputError

TABLES = ("top_streets", "hot_places", "priorities", "crime_change", "equality", "setups", "messages", "forecast")


def load_template(path: str, project: QgsProject) -> QgsPrintLayout:
    """The layout of the template; a clear error when the file is not a layout template or has no map."""
    layout = QgsPrintLayout(project)
    doc = QDomDocument()
    try:
        with open(path, "r", encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "the layout template cannot be read ({error})")
                            .format(error=exc), path, QCoreApplication.translate("LptAlgorithm", "choose a .qpt file."))
    parsed = doc.setContent(text)                 # PyQt gives (ok, message, line, column)
    ok = parsed[0] if isinstance(parsed, tuple) else parsed
    if not ok or doc.documentElement().tagName() != "Layout":
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "is not a QGIS print layout template"), path,
                            QCoreApplication.translate("LptAlgorithm", "save one from the Layout Designer (Layout → "
                                                                       "Save as Template…)."))
    layout.loadFromTemplate(doc, QgsReadWriteContext())
    if layout.itemById("map") is None:
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "the layout template has no map item with the "
                                                       "id 'map'"), path,
                            QCoreApplication.translate("LptAlgorithm", "give the map the item id 'map' in the Layout "
                                                                       "Designer (Item Properties)."))
    return layout


def styled(layer, name: str, qml: str = ""):
    """A copy of ``layer`` named ``name`` with the style its file stores (what the algorithm that wrote it
    gave it, e.g. the run's choropleth classes), else the plugin's QML."""
    from ..algorithm import STYLE_DIR
    from ...qgisio.legend_words import translate_legend
    lyr = layer.clone()
    lyr.setName(name)
    _, ok = lyr.loadDefaultStyle()
    if not ok and qml and os.path.isfile(os.path.join(STYLE_DIR, qml)):
        lyr.loadNamedStyle(os.path.join(STYLE_DIR, qml))
    translate_legend(lyr)                      # a stored style's labels too (written by an English run, say)
    return lyr


def boundary_layer(areas, name_field: str):
    """A copy of the areas drawn as outlines, labelled with their name."""
    lyr = areas.clone()
    lyr.setName("Area boundaries")
    sym = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#1a1a1a", "outline_width": "0.6"})
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    pal = QgsPalLayerSettings()
    pal.fieldName = name_field
    fmt = QgsTextFormat()
    fmt.setSize(8)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    fmt.setBuffer(buf)
    pal.setFormat(fmt)
    pal.placement = QgsPalLayerSettings.OverPoint
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    lyr.setLabelsEnabled(True)
    return lyr


def hot_street_layer(streets):
    """The hot streets (Gi*, significant after FDR) as a wide orange band under the priority streets."""
    lyr = streets.clone()
    lyr.setName("Hot street (Gi*, significant after FDR)")
    if lyr.fields().indexOf("hot") < 0:
        return None
    lyr.setSubsetString('"hot" = 1')
    lyr.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
        {"line_color": "255,127,0,170", "line_width": "2.6", "capstyle": "round"})))
    lyr.setLabelsEnabled(False)
    return lyr


def build_project(layers: List) -> QgsProject:
    """A project of its own (the user's project is not touched) holding the map's layers, top first."""
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    for lyr in reversed(layers):
        project.addMapLayer(lyr)
    root = project.layerTreeRoot()
    for i, lyr in enumerate(layers):            # legend order = map order, top first
        node = root.findLayer(lyr.id())
        clone = node.clone()
        root.insertChildNode(i, clone)
        node.parent().removeChildNode(node)
    return project


def translate_texts(layout, texts: Dict[str, str]) -> None:
    """The layout's own words in the user's language: every label, table header, legend title and empty-table
    message that still holds a shipped English text (``texts``: English -> translated, from
    core/report/briefing_texts.py); a text a force wrote in the Layout Designer is left as it is. Dates
    (``@lpt_language``) follow the same language."""
    from ...qgisio.locale import qgis_locale
    QgsExpressionContextUtils.setLayoutVariable(layout, "lpt_language", qgis_locale())
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel) and item.text() in texts:
            item.setText(texts[item.text()])
        elif isinstance(item, QgsLayoutItemLegend) and item.title() in texts:
            item.setTitle(texts[item.title()])
    for table in layout.multiFrames():
        if not isinstance(table, QgsLayoutTable) or not hasattr(table, "setHeaders"):
            continue
        columns = table.headers()
        if any(c.heading() in texts for c in columns):
            for c in columns:
                c.setHeading(texts.get(c.heading(), c.heading()))
            table.setHeaders(columns)
        if table.emptyTableMessage() in texts:
            table.setEmptyTableMessage(texts[table.emptyTableMessage()])


def fill_tables(layout, tables: Dict[str, List[List[str]]]) -> None:
    for key in TABLES:
        frame = layout.itemById(key)
        if isinstance(frame, QgsLayoutFrame) and hasattr(frame.multiFrame(), "setTableContents"):
            table = frame.multiFrame()
            rows = tables.get(key, [])
            if not rows:      # a manual table without rows has no columns: its message would be drawn 0 mm wide
                width = max(1, len(table.headers()))
                rows = [[table.emptyTableMessage()] + [""] * (width - 1)]
            table.setTableContents([[QgsTableCell(v) for v in row] for row in rows])


def drop_page_of(layout, item_id: str) -> None:
    """Remove the page holding the item ``item_id`` (and everything on it) when it is a page of its own beyond the
    first; a template without the item is left as it is."""
    item = layout.itemById(item_id)
    if item is None or item.page() <= 0:
        return
    pages = layout.pageCollection()
    page = item.page()
    for other in [i for i in layout.items() if isinstance(i, QgsLayoutItem) and not isinstance(i, QgsLayoutItemPage)
                  and i.page() == page]:
        layout.removeLayoutItem(other)
    for mf in [m for m in layout.multiFrames() if m.frameCount() == 0]:
        layout.removeMultiFrame(mf)
    pages.deletePage(page)


def set_variables(layout, values: Dict[str, str]) -> None:
    for k, v in values.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, k, v)


def safe_name(text: str) -> str:
    return re.sub(r"[^\w\-]+", "_", str(text)).strip("_")[:80] or "area"


def pdf_settings() -> QgsLayoutExporter.PdfExportSettings:
    from qgis.core import QgsRenderContext
    s = QgsLayoutExporter.PdfExportSettings()
    s.dpi = 150
    s.rasterizeWholeImage = False
    s.forceVectorOutput = False
    s.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    return s


def png_settings() -> QgsLayoutExporter.ImageExportSettings:
    s = QgsLayoutExporter.ImageExportSettings()
    s.dpi = 110
    return s


def export_atlas(layout, folder: str, one_pdf: bool, png: bool, on_area: Callable[[int, int], bool],
                 feedback=None) -> Dict[str, List[str]]:
    """Every atlas area to PDF (one file per area, or one multi-page file) and PNG (one per page).
    ``on_area(i, n)`` is told each area as it comes up and returns False to stop (cancel)."""
    atlas = layout.atlas()
    out: Dict[str, List[str]] = {"pdf": [], "png": []}
    if not atlas.beginRender():
        return out
    n = atlas.count()
    try:
        for i in range(n):
            if not on_area(i, n) or not atlas.seekTo(i):
                break
            base = os.path.join(folder, safe_name(atlas.currentFilename() or atlas.nameForPage(i)))
            exporter = QgsLayoutExporter(layout)
            if not one_pdf:
                _check(exporter.exportToPdf(base + ".pdf", pdf_settings()), base + ".pdf")
                out["pdf"].append(base + ".pdf")
            if png:
                _check(exporter.exportToImage(base + ".png", png_settings()), base + ".png")
                out["png"] += _pages(base, layout.pageCollection().pageCount())
    finally:
        atlas.endRender()
    if one_pdf and (feedback is None or not feedback.isCanceled()):
        path = os.path.join(folder, "briefing_pack.pdf")
        result, error = QgsLayoutExporter.exportToPdf(atlas, path, pdf_settings())
        _check(result, path, error)
        out["pdf"].append(path)
    return out


def _pages(base: str, pages: int) -> List[str]:
    if pages == 1:
        return [base + ".png"]
    return [f"{base}_{k}.png" if k > 1 else f"{base}.png" for k in range(1, pages + 1)]


def _check(result, path: str, error: str = "") -> None:
    if result != QgsLayoutExporter.Success:
        text = QCoreApplication.translate("LptAlgorithm", "the layout could not be exported (QGIS error {code}: "
                                                          "{error})") if error else \
            QCoreApplication.translate("LptAlgorithm", "the layout could not be exported (QGIS error {code})")
        raise LptInputError(text.format(code=int(result), error=error), path,
                            QCoreApplication.translate("LptAlgorithm", "check that the folder is writable and the "
                                                                       "disk not full."))
