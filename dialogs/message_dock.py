"""The message dock: draft an area-targeted message, see the audience live, export it to the alert platform.

All decisions (audience, guards, templates, export, log) are made by ``core.messages``; this widget only
collects the analyst's choices and shows the results.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import Optional

import pandas as pd
from qgis.core import (QgsWkbTypes, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsMapLayerProxyModel,
                       QgsProcessingContext, QgsProject)
from qgis.gui import QgsDockWidget, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QFormLayout, QGroupBox,
                                 QHeaderView,
                                 QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                                 QPlainTextEdit, QRadioButton, QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem,
                                 QVBoxLayout, QWidget)

from ..core.engage import messages as M
from .translate import QT_TRANSLATE_NOOP, tr
from ..core.engage.message_log import MessageLog
from ..core.errors import LptInputError
from ..processing.layers import frame_from_source
from .map_tools import CircleTool, PolygonTool


AREA_MODES = [QT_TRANSLATE_NOOP("@default", "Whole force"), QT_TRANSLATE_NOOP("@default", "Chosen areas"),
              QT_TRANSLATE_NOOP("@default", "Selected features of a polygon layer"),
              QT_TRANSLATE_NOOP("@default", "Top priority streets"),
              QT_TRANSLATE_NOOP("@default", "Drawn polygon"), QT_TRANSLATE_NOOP("@default", "Drawn circle")]
BNG = QgsCoordinateReferenceSystem("EPSG:27700")


def _explain(text: str) -> "QLabel":
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555;")
    return label



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
        self._build()
        self.poly_tool = self.circle_tool = None
        if self.canvas is not None:
            self.poly_tool = PolygonTool(self.canvas)
            self.circle_tool = CircleTool(self.canvas)
            self.poly_tool.drawn.connect(lambda g: self.set_drawn(g, 4))
            self.circle_tool.drawn.connect(lambda g: self.set_drawn(g, 5))
        self.preselect()
        QgsProject.instance().layersAdded.connect(lambda _layers: self.preselect())

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
        body = QWidget()
        lay = QVBoxLayout(body)
        # data
        box = QGroupBox(tr("1. Data"))
        f = QFormLayout(box)
        f.addRow(_explain(tr("The layers made by the Import algorithms: members, postcodes and areas are needed; "
                             "insight and change layers fill the message with figures.")))
        self.members_combo = QgsMapLayerComboBox()
        self.members_combo.setFilters(QgsMapLayerProxyModel.NoGeometry)
        self.postcodes_combo = QgsMapLayerComboBox()
        self.postcodes_combo.setFilters(QgsMapLayerProxyModel.PointLayer)
        self.areas_combo = QgsMapLayerComboBox()
        self.areas_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        for c in (self.members_combo, self.postcodes_combo, self.areas_combo):
            c.setAllowEmptyLayer(True)
        self.insight_combo = QgsMapLayerComboBox()
        self.insight_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.insight_combo.setAllowEmptyLayer(True)
        self.change_combo = QgsMapLayerComboBox()
        self.change_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.change_combo.setAllowEmptyLayer(True)
        self.change_combo.setLayer(None)
        self.priority_combo = QgsMapLayerComboBox()
        self.priority_combo.setFilters(QgsMapLayerProxyModel.LineLayer)
        self.priority_combo.setAllowEmptyLayer(True)
        for label, w in ((tr("Members"), self.members_combo), (tr("Postcodes"), self.postcodes_combo),
                         (tr("Areas"), self.areas_combo), (tr("Area insight (figures)"), self.insight_combo),
                         (tr("Area change (figures)"), self.change_combo),
                         (tr("Priority streets"), self.priority_combo)):
            f.addRow(label, w)
        self.workspace_button = QPushButton(tr("Open a workspace…"))
        self.workspace_button.setToolTip(tr("A workspace GeoPackage: its members, postcodes and areas are added to "
                                            "the project and chosen here"))
        self.workspace_button.clicked.connect(lambda: self.open_workspace())
        f.addRow(self.workspace_button)
        self.load_button = QPushButton(tr("Load"))
        self.load_button.clicked.connect(self.load_data)
        self.data_label = QLabel(tr("Choose the layers made by the Import algorithms, then Load."))
        self.data_label.setWordWrap(True)
        f.addRow(self.load_button, self.data_label)
        lay.addWidget(box)
        # area
        box = QGroupBox(tr("2. Area"))
        v = QVBoxLayout(box)
        v.addWidget(_explain(tr("Who lives where: the whole force, ticked areas, a polygon layer, the top priority "
                                "streets, or a polygon or circle you draw on the map.")))
        self.area_mode = QComboBox()
        self.area_mode.addItems([tr(a) for a in AREA_MODES])
        self.area_mode.currentIndexChanged.connect(self.refresh)
        v.addWidget(self.area_mode)
        self.area_list = QListWidget()
        self.area_list.setSelectionMode(QAbstractItemView.NoSelection)
        self.area_list.setMaximumHeight(110)
        self.area_list.itemChanged.connect(self._area_ticked)
        v.addWidget(self.area_list)
        row = QHBoxLayout()
        self.polygon_layer_combo = QgsMapLayerComboBox()
        self.polygon_layer_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.polygon_layer_combo.layerChanged.connect(self.refresh)
        self.top_n = QSpinBox()
        self.top_n.setRange(1, 500)
        self.top_n.setValue(10)
        self.top_n.setPrefix(tr("top "))
        self.top_n.valueChanged.connect(self.refresh)
        row.addWidget(self.polygon_layer_combo, 2)
        row.addWidget(self.top_n, 1)
        v.addLayout(row)
        row = QHBoxLayout()
        self.draw_polygon_button = QPushButton(tr("Draw polygon"))
        self.draw_circle_button = QPushButton(tr("Draw circle"))
        self.draw_polygon_button.clicked.connect(lambda: self._activate(self.poly_tool))
        self.draw_circle_button.clicked.connect(lambda: self._activate(self.circle_tool))
        self.clear_drawn_button = QPushButton(tr("Clear the drawn area"))
        self.clear_drawn_button.clicked.connect(self.clear_drawn)
        row.addWidget(self.draw_polygon_button)
        row.addWidget(self.draw_circle_button)
        v.addLayout(row)
        v.addWidget(self.clear_drawn_button)
        lay.addWidget(box)
        # audience
        box = QGroupBox(tr("3. Audience"))
        v = QVBoxLayout(box)
        v.addWidget(_explain(tr("Refine by groups and answers: include sets are joined, must sets must all match, "
                                "exclude sets remove. Opted-out members and unknown statuses are never included.")))
        self.sets_table = QTableWidget(0, 3)
        self.sets_table.setHorizontalHeaderLabels([tr("Set"), tr("Field"), tr("Values (| between)")])
        self.sets_table.horizontalHeader().setStretchLastSection(True)
        self.sets_table.setMaximumHeight(110)
        self.sets_table.itemChanged.connect(self.refresh)
        self.sets_table.currentCellChanged.connect(lambda row, *_: self._show_values(row))
        v.addWidget(self.sets_table)
        self.values_list = QListWidget()           # the values present for the chosen set's field, with counts
        self.values_list.setMaximumHeight(110)
        self.values_list.itemChanged.connect(self._values_picked)
        v.addWidget(QLabel(tr("Values present (tick to pick):")))
        v.addWidget(self.values_list)
        row = QHBoxLayout()
        add, rem = QPushButton(tr("Add set")), QPushButton(tr("Remove set"))
        add.clicked.connect(lambda: self.add_set())
        rem.clicked.connect(self.remove_set)
        row.addWidget(add)
        row.addWidget(rem)
        v.addLayout(row)
        self.count_label = QLabel("-")
        self.count_label.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1d3557;")
        v.addWidget(self.count_label)
        self.preview_table = QTableWidget(0, 2)
        self.preview_table.setHorizontalHeaderLabels([tr("Area or group"), tr("Recipients")])
        self.preview_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.preview_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setMaximumHeight(130)
        v.addWidget(self.preview_table)
        lay.addWidget(box)
        # message
        box = QGroupBox(tr("4. Message"))
        f = QFormLayout(box)
        f.addRow(_explain(tr("Pick a template, say what was done, then edit the final text. Figures are aggregates "
                             "of the area only.")))
        self.template_combo = QComboBox()
        for name, title in M.template_list():
            self.template_combo.addItem(tr(title), name)
        self.what_done = QLineEdit()
        self.team = QLineEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()          # what residents receive is plain text: no editor markup
        self.body.setMinimumHeight(120)
        self.body.textChanged.connect(self._update_sms)
        fill = QPushButton(tr("Fill from template"))
        fill.clicked.connect(self.fill_template)
        row = QHBoxLayout()
        self.email_radio, self.sms_radio = QRadioButton(tr("Email")), QRadioButton(tr("SMS"))
        self.email_radio.setChecked(True)
        grp = QButtonGroup(self)
        grp.addButton(self.email_radio)
        grp.addButton(self.sms_radio)
        self.sms_radio.toggled.connect(self._channel_changed)
        self.sms_label = QLabel("")
        row.addWidget(self.email_radio)
        row.addWidget(self.sms_radio)
        row.addWidget(self.sms_label, 1)
        for label, w in ((tr("Template"), self.template_combo), (tr("What was done"), self.what_done),
                         (tr("Signed by"), self.team), ("", fill), (tr("Channel"), row), (tr("Subject"), self.subject),
                         (tr("Final text"), self.body)):
            f.addRow(label, w) if not isinstance(w, QHBoxLayout) else f.addRow(label, w)
        lay.addWidget(box)
        # guards and export
        box = QGroupBox(tr("5. Guards and export"))
        f = QFormLayout(box)
        f.addRow(_explain(tr("Too small an audience always blocks; recent recipients are counted from the message "
                             "log. Export writes the files for the alert platform and records them in the log.")))
        self.min_audience = QSpinBox()
        self.min_audience.setRange(1, 100000)
        self.min_audience.setValue(10)
        self.frequency_days = QSpinBox()
        self.frequency_days.setRange(0, 365)
        self.frequency_days.setValue(7)
        self.block_frequency = QCheckBox(tr("Send anyway"))
        self.block_frequency.setObjectName("acknowledge_recent")     # unticked: a frequency warning blocks
        self.recent_label = QLabel(tr("No recipient had a message recently."))
        self.recent_label.setWordWrap(True)
        self.log_widget = QgsFileWidget()
        self.log_widget.setStorageMode(QgsFileWidget.SaveFile)
        self.log_widget.setFilter("GeoPackage (*.gpkg)")
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.GetDirectory)
        self.author = QLineEdit(os.environ.get("USER", ""))
        self.export_button = QPushButton(tr("Export to the alert platform"))
        self.export_button.clicked.connect(self.export)
        self.guard_label = QLabel("")
        self.guard_label.setWordWrap(True)
        for label, w in ((tr("Minimum audience"), self.min_audience), (tr("Frequency guard (days)"), self.frequency_days),
                         ("", self.recent_label), ("", self.block_frequency), (tr("Message log"), self.log_widget),
                         (tr("Export folder"), self.folder_widget), (tr("Author"), self.author), ("", self.export_button),
                         ("", self.guard_label)):
            f.addRow(label, w)
        lay.addWidget(box)
        lay.addStretch(1)
        self._fit_narrow(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)    # the content follows the dock's width
        scroll.setWidget(body)
        self.setWidget(scroll)
        for w in (self.min_audience, self.frequency_days):
            w.valueChanged.connect(self.refresh)

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
        """Add a workspace's members, postcodes and areas to the project (in a group named after it), choose them
        and load: the workspace's current members (a newer export has superseded the older one)."""
        from qgis.core import QgsVectorLayer
        from qgis.PyQt.QtWidgets import QFileDialog
        if not path:
            path = QFileDialog.getOpenFileName(self, tr("Open a workspace"), "", "GeoPackage (*.gpkg)")[0]
        if not path:
            return False
        from ..core.store import workspace
        try:
            with workspace.open_store(path, create=False) as store:
                tables = set(store.tables())
            missing = [t for t in ("members", "postcodes", "areas") if t not in tables]
            if missing:
                raise LptInputError(tr("the workspace has no {0} yet").format(", ".join(missing)), path,
                                    tr("import them into it first."))
        except LptInputError as exc:
            self.data_label.setText(str(exc))
            return False
        project = QgsProject.instance()
        group = project.layerTreeRoot().insertGroup(0, tr("Workspace: {0}").format(os.path.basename(path)))
        for table, combo in (("members", self.members_combo), ("postcodes", self.postcodes_combo),
                             ("areas", self.areas_combo)):
            layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            combo.setLayer(layer)
        return self.load_data()

    def load_data(self):
        try:
            ctx = QgsProcessingContext()
            ctx.setProject(QgsProject.instance())
            m = self.members_combo.currentLayer()
            p = self.postcodes_combo.currentLayer()
            a = self.areas_combo.currentLayer()
            if m is None or p is None or a is None:
                raise LptInputError(tr("choose the members, postcodes and areas layers"), "", "")
            members = frame_from_source(m, ctx, required=("member_id", "postcode", "status"), label=tr("Members"),
                                        allow_empty=False)
            import shapely
            pcs = frame_from_source(p, ctx, geometry=True, required=("postcode",), label=tr("Postcodes"),
                                    allow_empty=False)
            pcs["easting"], pcs["northing"] = shapely.get_x(pcs.geometry.values), shapely.get_y(pcs.geometry.values)
            self.areas = frame_from_source(a, ctx, geometry=True, required=("area_code", "area_name"), label=tr("Areas"),
                                           allow_empty=False)
            self.members = M.linked_members(members, pcs, self.areas)
        except LptInputError as exc:
            self.data_label.setText(str(exc))
            return False
        self.area_list.blockSignals(True)
        self.area_list.clear()
        for code, name in sorted(zip(self.areas.area_code.astype(str), self.areas.area_name.astype(str)), key=lambda t: t[1]):
            it = QListWidgetItem(f"{name} ({code})")
            it.setData(Qt.UserRole, code)
            it.setFlags(it.flags() | Qt.ItemIsUserCheckable)
            it.setCheckState(Qt.Unchecked)
            self.area_list.addItem(it)
        self.area_list.blockSignals(False)
        counts = M.consent_counts(self.members, pd.Series(True, index=self.members.index))
        self.data_label.setText(tr("{0:,} members ({1:,} opted out and {2:,} with an unknown status: never messaged) "
                                   "in {3} areas").format(sum(counts.values()), counts["opted_out"], counts["unknown"],
                                                          len(self.areas)))
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

    def in_area(self) -> pd.Series:
        import shapely
        m = self.members
        mode = self.area_mode.currentIndex()
        if mode == 0:
            return pd.Series(True, index=m.index)
        if mode == 1:
            return m.area_code.isin(self.chosen_codes())
        if mode == 2:
            lyr = self.polygon_layer_combo.currentLayer()
            if lyr is None or lyr.selectedFeatureCount() == 0:
                return pd.Series(False, index=m.index)
            geoms = []
            xf = QgsCoordinateTransform(lyr.crs(), BNG, QgsProject.instance())
            for feat in lyr.selectedFeatures():
                g = feat.geometry()
                g.transform(xf)
                geoms.append(shapely.from_wkb(bytes(g.asWkb())))
            return M.members_in_polygon(m, shapely.union_all(geoms))
        if mode == 3:
            lyr = self.priority_combo.currentLayer()
            if lyr is None:
                return pd.Series(False, index=m.index)
            ctx = QgsProcessingContext()
            ps = frame_from_source(lyr, ctx, geometry=True, required=("rank",))
            top = ps[ps["rank"] <= self.top_n.value()]
            return M.members_near_streets(m, top.geometry.values)
        if self.drawn is None:
            return pd.Series(False, index=m.index)
        return M.members_in_polygon(m, self.drawn)

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
        if path and os.path.exists(path):
            with MessageLog.open_read(path) as log:
                hist = log.recipients()
        g = M.check_guards(self.audience.member_id if len(self.audience) else [], hist, datetime.now(timezone.utc),
                           self.frequency_days.value(), self.min_audience.value(), not self.block_frequency.isChecked())
        self.recent_label.setText(tr("{0:,} of {1:,} recipients had a message in the last {2} days: tick 'Send anyway' "
                                     "to send to them again.").format(g.recent_recipients, g.audience, g.frequency_days)
                                  if g.recent_recipients else tr("No recipient had a message recently."))
        return g

    # ------------------------------------------------------------------ message
    def area_label(self) -> str:
        """A place name residents recognise (ward or street names), else 'your area': never a UI label."""
        mode = self.area_mode.currentIndex()
        if mode == 1 and self.areas is not None:
            names = dict(zip(self.areas.area_code.astype(str), self.areas.area_name.astype(str)))
            return M.join_names([names.get(c, "") for c in self.chosen_codes()], 4, tr("nearby areas"))
        if mode == 2 and self.polygon_layer_combo.currentLayer() is not None:
            lyr = self.polygon_layer_combo.currentLayer()
            field = next((f for f in ("area_name", "name", "ward_name", "NAME", "Name") if lyr.fields().indexOf(f) >= 0),
                         None)
            return M.join_names([f[field] for f in lyr.selectedFeatures()] if field else [], 4, tr("nearby areas"))
        if mode == 3 and self.priority_combo.currentLayer() is not None:
            lyr = self.priority_combo.currentLayer()
            top = sorted((f for f in lyr.getFeatures() if f["rank"] is not None and f["rank"] <= self.top_n.value()),
                         key=lambda f: f["rank"])
            return M.join_names([f["name"] for f in top] if lyr.fields().indexOf("name") >= 0 else [], 3,
                                tr("nearby streets"))
        return tr("your area")

    def _figures(self, combo) -> dict:
        lyr = combo.currentLayer()
        if lyr is None:
            return {}
        df = frame_from_source(lyr, QgsProcessingContext())
        codes = self.chosen_codes() if self.area_mode.currentIndex() == 1 else []
        if "area_code" not in df:
            return {}
        return M.combine_rows(df[df.area_code.astype(str).isin(codes)] if codes else df)

    def fill_template(self):
        area = M.area_context(self.area_label(), self._figures(self.insight_combo), self._figures(self.change_combo))
        subject, body = M.render_template(self.template_combo.currentData(), area,
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
            if not log_path or not folder:
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
            with MessageLog.open_write(log_path) as log:
                paths = log.export(msg, ids, folder, shapely.to_wkb(area) if area is not None else None,
                                   area.wkt if area is not None else "", guard, excluded)
        except LptInputError as exc:
            self.guard_label.setText(str(exc))
            return None
        self.last_export = paths
        self.guard_label.setText(tr("Exported {0}: {1:,} recipients -> {2}").format(
            msg.message_id, len(self.audience), paths["message"]))
        return paths

    def _area_geometry(self):
        import shapely
        mode = self.area_mode.currentIndex()
        if mode in (4, 5):
            return self.drawn
        if mode == 1:
            sel = self.areas[self.areas.area_code.astype(str).isin(self.chosen_codes())]
            return shapely.union_all(sel.geometry.values) if len(sel) else None
        if mode == 0:
            return shapely.union_all(self.areas.geometry.dropna().values)
        return None

    def closeEvent(self, event):  # noqa: N802 - Qt API
        if self.drawn_band is not None and self.canvas is not None:
            self.canvas.scene().removeItem(self.drawn_band)
            self.drawn_band = None
        if self.canvas is not None:
            for tool in (self.poly_tool, self.circle_tool):
                if tool is not None and self.canvas.mapTool() is tool:
                    self.canvas.unsetMapTool(tool)
        super().closeEvent(event)
