"""The message dock: draft an area-targeted message, see the audience live, export it to the alert platform.

All decisions (audience, guards, templates, export, log) are made by ``core.messages``; this widget only
collects the analyst's choices and shows the results.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import Optional

import pandas as pd
from qgis.core import QgsWkbTypes, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProcessingContext, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (QComboBox, QFormLayout, QLabel, QListWidgetItem, QScrollArea, QTableWidgetItem,
                                 QVBoxLayout, QWidget)

from ..core.engage import messages as M
from ..core.engage.message_log import MessageLog, message_area_codes, read_log
from ..core.errors import LptInputError
from ..qgisio.layers import frame_from_source
from .dock_boxes import AREA_MODES, BOXES  # noqa: F401 - AREA_MODES re-exported for callers of this module
from .map_tools import CircleTool, PolygonTool
from .translate import tr

BNG = QgsCoordinateReferenceSystem("EPSG:27700")


class MessageDock(QgsDockWidget):
    def __init__(self, iface=None, canvas=None, parent=None):
        super().__init__(tr("Local Priority Targeting: messages"), parent)
        self.setObjectName("LptMessageDock")
        self.iface = iface
        self.canvas = canvas or (iface.mapCanvas() if iface is not None else None)
        self.members: Optional[pd.DataFrame] = None
        self.areas: Optional[pd.DataFrame] = None
        self.drawn = None                      # shapely polygon in EPSG:27700
        self.drawn_band = None                 # the drawn area on the map, until cleared
        self.audience = pd.DataFrame()
        self.last_export = None
        self.workspace_path = ""               # the workspace opened in 1. Data (its set-ups are listed)
        self._build()
        self.poly_tool = self.circle_tool = None
        if self.canvas is not None:
            self.poly_tool = PolygonTool(self.canvas)
            self.circle_tool = CircleTool(self.canvas)
            self.poly_tool.drawn.connect(lambda g: self.set_drawn(g, 4))
            self.circle_tool.drawn.connect(lambda g: self.set_drawn(g, 5))
        self.preselect()
        # a bound method, not a lambda: Qt breaks the connection when the dock is deleted (a lambda would call a
        # deleted dock at the next layers added, and PyQt aborts QGIS on the error)
        QgsProject.instance().layersAdded.connect(self._layers_added)

    def _layers_added(self, _layers):
        self.preselect()

    # ------------------------------------------------------------------ layer choice
    SIGNATURES = {   # combo -> (fields it must have, fields it must not have): the outputs of the matching import
        "members_combo": ({"member_id", "postcode", "status"}, {"street_dist"}),
        "postcodes_combo": ({"postcode", "easting", "northing"}, {"member_id"}),
        "areas_combo": ({"area_code", "area_name", "area_km2"}, {"members", "crimes", "crimes_1", "rank"}),
        "insight_combo": ({"area_code", "members", "crimes"}, {"crimes_1", "rank"}),
        "change_combo": ({"area_code", "crimes_1", "crimes_2"}, set()),
        "priority_combo": ({"street_id", "rank", "score"}, set()),
    }

    def preselect(self):
        """Choose each input by its field signature, never by guess: a combo with no matching layer stays empty
        (only combos the user has not set yet, so a choice is never overridden)."""
        for name, (need, avoid) in self.SIGNATURES.items():
            combo = getattr(self, name)
            current = combo.currentLayer()
            if current is not None and self._fits(current, need, avoid):
                continue
            match = next((combo.layer(i) for i in range(combo.count()) if combo.layer(i) is not None and
                          self._fits(combo.layer(i), need, avoid)), None)
            combo.setLayer(match)

    @staticmethod
    def _fits(layer, need, avoid) -> bool:
        names = set(layer.fields().names())
        return need <= names and not (avoid & names)

    # ------------------------------------------------------------------ layout
    def _build(self):
        """One builder per group box (:mod:`.dock_boxes`), in a scroll area that follows the dock's width."""
        body = QWidget()
        lay = QVBoxLayout(body)
        for build in BOXES:
            lay.addWidget(build(self))
        lay.addStretch(1)
        self._fit_narrow(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)    # the content follows the dock's width
        scroll.setWidget(body)
        self.setWidget(scroll)

    @staticmethod
    def _fit_narrow(body):
        """Docked beside the Processing toolbox at 1366x768 the dock is ~300 px wide: labels go above their
        fields, combos shrink to a short minimum, long texts wrap."""
        for form in body.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.WrapAllRows)
            form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for combo in body.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        for label in body.findChildren(QLabel):
            label.setWordWrap(True)

    # ------------------------------------------------------------------ data
    def open_workspace(self, path: str = "") -> bool:
        """Read a workspace's current members (a newer export has superseded the older one), postcodes and areas
        through the store, and add those tables to the project (in a group named after it) for the map."""
        if not path:
            from qgis.PyQt.QtWidgets import QFileDialog
            path = QFileDialog.getOpenFileName(self, tr("Open a workspace"), "", "GeoPackage (*.gpkg)")[0]
        if not path:
            return False
        from ..core.engage.audience_data import from_workspace
        from ..core.store import workspace
        from .dock_setups import list_setups
        try:
            with workspace.open_store(path, create=False) as store:
                members, areas = from_workspace(store)
                list_setups(self, store)
        except LptInputError as exc:
            self.data_label.setText(str(exc))
            return False
        self.workspace_path = path
        self._show_workspace_layers(path)
        return self._loaded(members, areas)

    def open_database_workspace(self, name: str = "") -> bool:
        """A PostGIS workspace (a connection saved in QGIS, ``pg:NAME``, or ``service=NAME``), picked from the saved
        connections or typed; then read as :meth:`open_workspace` reads a GeoPackage - under the user's own role."""
        from ..qgisio.connection import register, saved_names
        register()                         # pg:NAME resolved through QGIS's saved connections
        if not name:
            from qgis.PyQt.QtWidgets import QInputDialog
            items = [f"pg:{n}" for n in saved_names()] or ["service=lpt"]
            name, ok = QInputDialog.getItem(self, tr("Open a database workspace"), tr(
                "Connection (pg:NAME, a connection saved in QGIS; or service=NAME)"), items, 0, True)
            if not ok:
                return False
        return self.open_workspace(name.strip()) if name.strip() else False

    def _show_workspace_layers(self, path: str) -> None:
        """The workspace's tables on the map, chosen in the combos; they are shown, never read back."""
        from ..core.store.postgis_conn import is_postgres, label_of
        from ..qgisio.connection import workspace_layer
        project = QgsProject.instance()
        group = project.layerTreeRoot().insertGroup(0, tr("Workspace: {0}").format(
            label_of(path) if is_postgres(path) else os.path.basename(path)))
        for table, combo in (("members", self.members_combo), ("postcodes", self.postcodes_combo),
                             ("areas", self.areas_combo)):
            layer = workspace_layer(path, table)
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            combo.blockSignals(True)
            combo.setLayer(layer)
            combo.blockSignals(False)

    def _layer_frames(self):
        """Members, postcodes and areas from the layers chosen in the combos (ad-hoc layers, not a workspace)."""
        import shapely
        ctx = QgsProcessingContext()
        ctx.setProject(QgsProject.instance())
        m, p, a = (c.currentLayer() for c in (self.members_combo, self.postcodes_combo, self.areas_combo))
        if m is None or p is None or a is None:
            raise LptInputError(tr("choose the members, postcodes and areas layers"), "", "")
        members = frame_from_source(m, ctx, required=("member_id", "postcode", "status"), label=tr("Members"),
                                    allow_empty=False)
        pcs = frame_from_source(p, ctx, geometry=True, required=("postcode",), label=tr("Postcodes"),
                                allow_empty=False)
        pcs["easting"], pcs["northing"] = shapely.get_x(pcs.geometry.values), shapely.get_y(pcs.geometry.values)
        areas = frame_from_source(a, ctx, geometry=True, required=("area_code", "area_name"), label=tr("Areas"),
                                  allow_empty=False)
        return M.linked_members(members, pcs, areas), areas

    def load_data(self) -> bool:
        try:
            members, areas = self._layer_frames()
        except LptInputError as exc:
            self.data_label.setText(str(exc))
            return False
        return self._loaded(members, areas)

    def _loaded(self, members: pd.DataFrame, areas: pd.DataFrame) -> bool:
        """Keep the linked members and areas, list the areas to tick, say how many can be messaged."""
        self.members, self.areas = members, areas
        self.area_list.blockSignals(True)
        self.area_list.clear()
        for code, name in sorted(zip(areas.area_code.astype(str), areas.area_name.astype(str)), key=lambda t: t[1]):
            it = QListWidgetItem(f"{name} ({code})")
            it.setData(Qt.UserRole, code)
            it.setFlags(it.flags() | Qt.ItemIsUserCheckable)
            it.setCheckState(Qt.Unchecked)
            self.area_list.addItem(it)
        self.area_list.blockSignals(False)
        counts = M.consent_counts(members, pd.Series(True, index=members.index))
        self.data_label.setText(tr("{0:,} members ({1:,} opted out and {2:,} with an unknown status: never messaged) "
                                   "in {3} areas").format(sum(counts.values()), counts["opted_out"], counts["unknown"],
                                                          len(areas)))
        self.refresh()
        return True

    def _area_ticked(self, _item):
        if self.area_mode.currentIndex() != 1:
            self.area_mode.setCurrentIndex(1)        # refreshes
        else:
            self.refresh()

    def chosen_codes(self):
        return [self.area_list.item(i).data(Qt.UserRole) for i in range(self.area_list.count())
                if self.area_list.item(i).checkState() == Qt.Checked]

    # ------------------------------------------------------------------ area
    def _activate(self, tool):
        if tool is not None and self.canvas is not None:
            self.canvas.setMapTool(tool)

    def set_drawn(self, geometry, mode: int):
        """A polygon or circle drawn on the canvas (canvas CRS) becomes the area, and stays drawn until cleared."""
        import shapely
        self._show_drawn(geometry)
        g = type(geometry)(geometry)
        crs = self.canvas.mapSettings().destinationCrs() if self.canvas is not None else BNG
        if crs.isValid() and crs != BNG:
            g.transform(QgsCoordinateTransform(crs, BNG, QgsProject.instance()))
        self.drawn = shapely.from_wkb(bytes(g.asWkb()))
        self.area_mode.setCurrentIndex(mode)
        self.refresh()

    def _show_drawn(self, geometry) -> None:
        if self.canvas is None:
            return
        if self.drawn_band is None:
            from qgis.gui import QgsRubberBand
            from qgis.PyQt.QtGui import QColor
            self.drawn_band = QgsRubberBand(self.canvas, QgsWkbTypes.PolygonGeometry)
            self.drawn_band.setColor(QColor(29, 53, 87, 200))
            self.drawn_band.setFillColor(QColor(29, 53, 87, 40))
            self.drawn_band.setWidth(2)
        self.drawn_band.setToGeometry(geometry, None)
        self.drawn_band.show()

    def clear_drawn(self) -> None:
        self.drawn = None
        if self.drawn_band is not None:
            self.drawn_band.reset(QgsWkbTypes.PolygonGeometry)
        self.refresh()

    def _selected_polygon(self):
        """The selected features of the chosen polygon layer, in EPSG:27700, as one shapely geometry (or None)."""
        import shapely
        lyr = self.polygon_layer_combo.currentLayer()
        if lyr is None or lyr.selectedFeatureCount() == 0:
            return None
        xf = QgsCoordinateTransform(lyr.crs(), BNG, QgsProject.instance())
        geoms = []
        for feat in lyr.selectedFeatures():
            g = feat.geometry()
            g.transform(xf)
            geoms.append(shapely.from_wkb(bytes(g.asWkb())))
        return shapely.union_all(geoms)

    def _top_streets(self) -> pd.DataFrame:
        lyr = self.priority_combo.currentLayer()
        if lyr is None:
            return pd.DataFrame({"rank": [], "geometry": []})
        ps = frame_from_source(lyr, QgsProcessingContext(), geometry=True, required=("rank",))
        return ps[ps["rank"] <= self.top_n.value()]

    def in_area(self) -> pd.Series:
        m = self.members
        mode = self.area_mode.currentIndex()
        if mode == 0:
            return pd.Series(True, index=m.index)
        if mode == 1:
            return m.area_code.isin(self.chosen_codes())
        if mode == 3:
            return M.members_near_streets(m, self._top_streets().geometry.values)
        area = self._selected_polygon() if mode == 2 else self.drawn
        return pd.Series(False, index=m.index) if area is None else M.members_in_polygon(m, area)

    # ------------------------------------------------------------------ audience
    def add_set(self, mode: str = "include", field: str = "group", values: str = ""):
        r = self.sets_table.rowCount()
        self.sets_table.insertRow(r)
        mc, fc = QComboBox(), QComboBox()
        mc.addItems(list(M.MODES))
        fc.addItems(list(M.SET_FIELDS))
        mc.setCurrentText(mode)
        fc.setCurrentText(field)
        mc.currentIndexChanged.connect(self.refresh)
        fc.currentIndexChanged.connect(self.refresh)
        fc.currentIndexChanged.connect(lambda _i, row=r: self._show_values(row))
        self.sets_table.setCellWidget(r, 0, mc)
        self.sets_table.setCellWidget(r, 1, fc)
        self.sets_table.blockSignals(True)         # itemChanged is connected once, in _build
        self.sets_table.setItem(r, 2, QTableWidgetItem(values))
        self.sets_table.blockSignals(False)
        self.sets_table.setCurrentCell(r, 2)
        self._show_values(r)
        self.refresh()

    def _show_values(self, row: int) -> None:
        """List the values the members have for the row's field, with counts, ticked when already chosen."""
        self.values_list.blockSignals(True)
        self.values_list.clear()
        self._values_row = row
        if self.members is not None and 0 <= row < self.sets_table.rowCount():
            field = self.sets_table.cellWidget(row, 1).currentText()
            chosen = {v.strip().casefold() for v in (self.sets_table.item(row, 2).text() or "").split("|")}
            for value, n in M.audience_values(self.members, field).head(200).items():
                it = QListWidgetItem(f"{value} ({int(n):,})")
                it.setData(Qt.UserRole, value)
                it.setFlags(it.flags() | Qt.ItemIsUserCheckable)
                it.setCheckState(Qt.Checked if str(value).casefold() in chosen else Qt.Unchecked)
                self.values_list.addItem(it)
        self.values_list.blockSignals(False)

    def _values_picked(self, _item) -> None:
        row = getattr(self, "_values_row", -1)
        if not 0 <= row < self.sets_table.rowCount():
            return
        picked = [self.values_list.item(i).data(Qt.UserRole) for i in range(self.values_list.count())
                  if self.values_list.item(i).checkState() == Qt.Checked]
        self.sets_table.item(row, 2).setText("|".join(picked))     # itemChanged refreshes the count

    def remove_set(self):
        r = self.sets_table.currentRow() if self.sets_table.currentRow() >= 0 else self.sets_table.rowCount() - 1
        if r >= 0:
            self.sets_table.removeRow(r)
        self.refresh()

    def sets(self):
        out = []
        for r in range(self.sets_table.rowCount()):
            item = self.sets_table.item(r, 2)
            vals = tuple(v.strip() for v in (item.text() if item else "").split("|") if v.strip())
            if vals:
                out.append(M.AudienceSet(self.sets_table.cellWidget(r, 1).currentText(), vals,
                                         self.sets_table.cellWidget(r, 0).currentText()))
        return out

    def refresh(self, *_):
        if self.members is None:
            return
        try:
            self.audience = M.select_audience(self.members, self.in_area(), self.sets())
        except LptInputError as exc:           # e.g. an audience value no member has: nobody, and say why
            self.audience = self.members.iloc[0:0]
            self.count_label.setText(tr("0 recipients"))
            self.guard_label.setText(str(exc))
            return
        n = len(self.audience)
        self.count_label.setText(tr("{0:,} recipients").format(n))
        by_area = self.audience.area_code.replace("", tr("(outside the areas)")).value_counts()
        names = dict(zip(self.areas.area_code.astype(str), self.areas.area_name.astype(str)))
        groups = self.audience.groups.str.split("|").explode()
        groups = groups[groups != ""].value_counts()
        rows = [(names.get(k, k), v) for k, v in by_area.head(8).items()] + \
            [(tr("group: {0}").format(k), v) for k, v in groups.items()]
        self.preview_table.setRowCount(len(rows))
        for i, (k, v) in enumerate(rows):
            self.preview_table.setItem(i, 0, QTableWidgetItem(str(k)))
            self.preview_table.setItem(i, 1, QTableWidgetItem(f"{int(v):,}"))
        self.guard_label.setText(" ".join(self.guards().messages) or tr("Guards: clear."))

    def guards(self):
        hist = pd.DataFrame(columns=["member_id", "sent_at"])
        path = self.log_widget.filePath()
        if self.workspace_path or (path and os.path.exists(path)):     # the workspace's log (+ an earlier file)
            try:
                hist = read_log(self.workspace_path, path if path and os.path.exists(path) else "")[1]
            except LptInputError as exc:        # fails closed: no frequency guard, no sending
                self.recent_label.setText("")
                return M.GuardResult(len(self.audience), 0, self.frequency_days.value(), self.min_audience.value(),
                                     True, [tr("The message log cannot be read, so nothing can be sent: {0}").format(
                                         exc)])
        g = M.check_guards(self.audience.member_id if len(self.audience) else [], hist, datetime.now(timezone.utc),
                           self.frequency_days.value(), self.min_audience.value(), not self.block_frequency.isChecked())
        self.recent_label.setText(tr("{0:,} of {1:,} recipients had a message in the last {2} days: tick 'Send anyway' "
                                     "to send to them again.").format(g.recent_recipients, g.audience, g.frequency_days)
                                  if g.recent_recipients else tr("No recipient had a message recently."))
        return g

    # ------------------------------------------------------------------ message
    def area_label(self) -> str:
        """A place name residents recognise (ward or street names), else 'your area': never a UI label. Its words
        ('and', 'nearby areas') are core's, so a bilingual message has them in each part's language."""
        mode = self.area_mode.currentIndex()
        if mode == 1 and self.areas is not None:
            names = dict(zip(self.areas.area_code.astype(str), self.areas.area_name.astype(str)))
            return M.join_names([names.get(c, "") for c in self.chosen_codes()], 4, "nearby areas")
        if mode == 2 and self.polygon_layer_combo.currentLayer() is not None:
            lyr = self.polygon_layer_combo.currentLayer()
            field = next((f for f in ("area_name", "name", "ward_name", "NAME", "Name") if lyr.fields().indexOf(f) >= 0),
                         None)
            return M.join_names([f[field] for f in lyr.selectedFeatures()] if field else [], 4, "nearby areas")
        if mode == 3 and self.priority_combo.currentLayer() is not None:
            lyr = self.priority_combo.currentLayer()
            top = sorted((f for f in lyr.getFeatures() if f["rank"] is not None and f["rank"] <= self.top_n.value()),
                         key=lambda f: f["rank"])
            return M.join_names([f["name"] for f in top] if lyr.fields().indexOf("name") >= 0 else [], 3,
                                "nearby streets")
        return M.join_names([])

    def _figures(self, combo) -> dict:
        """The figures of the insight or change layer for the message's areas only: the ticked areas, or the areas
        overlapping the drawn area, the selected polygons or the top streets' surroundings (never the whole
        layer under a local name)."""
        from ..core.engage.area_figures import rows_for_area
        lyr = combo.currentLayer()
        if lyr is None:
            return {}
        mode = self.area_mode.currentIndex()
        df = frame_from_source(lyr, QgsProcessingContext(), geometry=mode >= 2)
        if "area_code" not in df:
            return {}
        codes = self.chosen_codes() if mode == 1 else []
        area = self._area_geometry() if mode >= 2 else None
        if mode >= 2 and area is None:
            return {}
        return M.combine_rows(rows_for_area(df, codes, area).drop(columns="geometry", errors="ignore"))

    def fill_template(self):
        from ..core.engage.message_language import render_message
        insight, change = self._figures(self.insight_combo), self._figures(self.change_combo)
        subject, body = render_message(self.template_combo.currentData(), self.language_combo.currentData(),
                                       lambda: M.area_context(self.area_label(), insight, change),
                                       what_was_done=self.what_done.text(), team=self.team.text())
        self.subject.setText(subject)
        self.body.setPlainText(M.html_to_text(body))

    def message_text(self) -> str:
        """The body as residents receive it: plain text (an email also gets an HTML part made from it)."""
        return M.as_plain_text(self.body.toPlainText())

    def _channel_changed(self, sms: bool):
        self._update_sms()

    def _update_sms(self):
        if self.sms_radio.isChecked():
            n, seg, enc = M.sms_segments(self.body.toPlainText())
            self.sms_label.setText(tr("{0} characters, {1} SMS segment(s) ({2})").format(n, seg, enc))
        else:
            self.sms_label.setText("")

    # ------------------------------------------------------------------ export
    def export(self):
        import shapely
        try:
            if self.members is None:
                raise LptInputError(tr("load the data first"), "", "")
            log_path, folder = self.log_widget.filePath(), self.folder_widget.filePath()
            if not (log_path or self.workspace_path) or not folder:
                raise LptInputError(tr("choose the message log and the export folder"), "", "")
            M.check_placeholders(self.subject.text(), self.message_text())
            msg = M.Message(self.area_label(), "sms" if self.sms_radio.isChecked() else "email", self.subject.text(),
                            self.message_text(), self.author.text() or "analyst", self.template_combo.currentData())
            area = self._area_geometry()
            ids = list(self.audience.member_id)
            excluded = M.consent_counts(self.members, self.in_area())

            def guard(history):           # checked again inside the log's write lock
                return M.check_guards(ids, history, datetime.now(timezone.utc), self.frequency_days.value(),
                                      self.min_audience.value(), not self.block_frequency.isChecked())
            codes = message_area_codes(self.audience, self.chosen_codes() if self.area_mode.currentIndex() == 1 else [])
            with MessageLog.open(self.workspace_path, log_path) as log:        # the workspace's log when one is open
                paths = log.export(msg, ids, folder, shapely.to_wkb(area) if area is not None else None,
                                   area.wkt if area is not None else "", guard, excluded, codes)
        except LptInputError as exc:
            self.guard_label.setText(str(exc))
            return None
        self.last_export = paths
        self.guard_label.setText(tr("Exported {0}: {1:,} recipients -> {2}").format(
            msg.message_id, len(self.audience), paths["message"]))
        return paths

    def _area_geometry(self):
        """The message's area in EPSG:27700 (recorded in the log, and what its figures are taken from)."""
        import shapely
        from ..core.engage.area_figures import surroundings
        mode = self.area_mode.currentIndex()
        if mode in (4, 5):
            return self.drawn
        if mode == 1:
            sel = self.areas[self.areas.area_code.astype(str).isin(self.chosen_codes())]
            return shapely.union_all(sel.geometry.values) if len(sel) else None
        if mode == 2:
            return self._selected_polygon()
        if mode == 3:
            return surroundings(self._top_streets().geometry.values)
        return shapely.union_all(self.areas.geometry.dropna().values)

    def closeEvent(self, event):  # noqa: N802 - Qt API
        if self.drawn_band is not None and self.canvas is not None:
            self.canvas.scene().removeItem(self.drawn_band)
            self.drawn_band = None
        if self.canvas is not None:
            for tool in (self.poly_tool, self.circle_tool):
                if tool is not None and self.canvas.mapTool() is tool:
                    self.canvas.unsetMapTool(tool)
        super().closeEvent(event)
