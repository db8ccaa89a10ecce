"""The message dock's five group boxes, one builder each.

Each builder makes its box, puts the widgets the dock works with on the dock (``dock.members_combo`` ...) and
connects them to the dock's slots; the dock itself holds no layout code.
"""
from __future__ import annotations

import os

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QFormLayout, QGroupBox,
                                 QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
                                 QPushButton, QRadioButton, QSpinBox, QTableWidget, QVBoxLayout)

from ..core.engage import messages as M
from ..core.engage.message_templates import LANGUAGES
from ..qgisio.locale import default_index, language_labels, ui_language
from .translate import QT_TRANSLATE_NOOP, tr

AREA_MODES = [QT_TRANSLATE_NOOP("@default", "Whole force"), QT_TRANSLATE_NOOP("@default", "Chosen areas"),
              QT_TRANSLATE_NOOP("@default", "Selected features of a polygon layer"),
              QT_TRANSLATE_NOOP("@default", "Top priority streets"),
              QT_TRANSLATE_NOOP("@default", "Drawn polygon"), QT_TRANSLATE_NOOP("@default", "Drawn circle")]

# combo attribute -> (QGIS layer filter, label); the first three are required, the rest fill templates
DATA_COMBOS = (("members_combo", QgsMapLayerProxyModel.NoGeometry, QT_TRANSLATE_NOOP("@default", "Members")),
               ("postcodes_combo", QgsMapLayerProxyModel.PointLayer, QT_TRANSLATE_NOOP("@default", "Postcodes")),
               ("areas_combo", QgsMapLayerProxyModel.PolygonLayer, QT_TRANSLATE_NOOP("@default", "Areas")),
               ("insight_combo", QgsMapLayerProxyModel.PolygonLayer,
                QT_TRANSLATE_NOOP("@default", "Area insight (figures)")),
               ("change_combo", QgsMapLayerProxyModel.PolygonLayer,
                QT_TRANSLATE_NOOP("@default", "Area change (figures)")),
               ("priority_combo", QgsMapLayerProxyModel.LineLayer, QT_TRANSLATE_NOOP("@default", "Priority streets")))


def explain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555;")
    return label


def _button(text: str, slot) -> QPushButton:
    b = QPushButton(text)
    b.clicked.connect(lambda *_: slot())
    return b


def _spin(low: int, high: int, value: int) -> QSpinBox:
    s = QSpinBox()
    s.setRange(low, high)
    s.setValue(value)
    return s


def data_box(dock) -> QGroupBox:
    box = QGroupBox(tr("1. Data"))
    f = QFormLayout(box)
    f.addRow(explain(tr("The layers made by the Import algorithms: members, postcodes and areas are needed; "
                        "insight and change layers fill the message with figures.")))
    for name, filters, label in DATA_COMBOS:
        combo = QgsMapLayerComboBox()
        combo.setFilters(filters)
        combo.setAllowEmptyLayer(True)
        combo.setLayer(None)
        setattr(dock, name, combo)
        f.addRow(tr(label), combo)
    dock.workspace_button = _button(tr("Open a workspace…"), dock.open_workspace)
    dock.workspace_button.setToolTip(tr("A workspace GeoPackage: its members, postcodes and areas are read from it, "
                                        "and added to the project for the map"))
    f.addRow(dock.workspace_button)
    dock.database_button = _button(tr("Open a database workspace…"), dock.open_database_workspace)
    dock.database_button.setToolTip(tr("A PostGIS workspace: a PostgreSQL connection saved in QGIS (Browser > "
                                       "PostgreSQL), or service=NAME from pg_service.conf. You see the members, "
                                       "areas and set-ups your role and areas allow."))
    f.addRow(dock.database_button)
    dock.load_button = _button(tr("Load"), dock.load_data)
    dock.data_label = QLabel(tr("Choose the layers made by the Import algorithms, then Load."))
    dock.data_label.setWordWrap(True)
    f.addRow(dock.load_button, dock.data_label)
    return box


def _area_choosers(dock) -> QHBoxLayout:
    row = QHBoxLayout()
    dock.polygon_layer_combo = QgsMapLayerComboBox()
    dock.polygon_layer_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
    dock.polygon_layer_combo.layerChanged.connect(dock.refresh)
    dock.top_n = _spin(1, 500, 10)
    dock.top_n.setPrefix(tr("top "))
    dock.top_n.valueChanged.connect(dock.refresh)
    row.addWidget(dock.polygon_layer_combo, 2)
    row.addWidget(dock.top_n, 1)
    return row


def area_box(dock) -> QGroupBox:
    box = QGroupBox(tr("2. Area"))
    v = QVBoxLayout(box)
    v.addWidget(explain(tr("Who lives where: the whole force, ticked areas, a polygon layer, the top priority "
                           "streets, or a polygon or circle you draw on the map.")))
    dock.area_mode = QComboBox()
    dock.area_mode.addItems([tr(a) for a in AREA_MODES])
    dock.area_mode.currentIndexChanged.connect(dock.refresh)
    v.addWidget(dock.area_mode)
    dock.area_list = QListWidget()
    dock.area_list.setSelectionMode(QAbstractItemView.NoSelection)
    dock.area_list.setMaximumHeight(110)
    dock.area_list.itemChanged.connect(dock._area_ticked)
    v.addWidget(dock.area_list)
    v.addLayout(_area_choosers(dock))
    row = QHBoxLayout()
    dock.draw_polygon_button = _button(tr("Draw polygon"), lambda: dock._activate(dock.poly_tool))
    dock.draw_circle_button = _button(tr("Draw circle"), lambda: dock._activate(dock.circle_tool))
    row.addWidget(dock.draw_polygon_button)
    row.addWidget(dock.draw_circle_button)
    v.addLayout(row)
    dock.clear_drawn_button = _button(tr("Clear the drawn area"), dock.clear_drawn)
    v.addWidget(dock.clear_drawn_button)
    return box


def _sets_table(dock) -> QTableWidget:
    t = QTableWidget(0, 3)
    t.setHorizontalHeaderLabels([tr("Set"), tr("Field"), tr("Values (| between)")])
    t.horizontalHeader().setStretchLastSection(True)
    t.setMaximumHeight(110)
    t.itemChanged.connect(dock.refresh)
    t.currentCellChanged.connect(lambda row, *_: dock._show_values(row))
    return t


def _preview_table() -> QTableWidget:
    t = QTableWidget(0, 2)
    t.setHorizontalHeaderLabels([tr("Area or group"), tr("Recipients")])
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
    t.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
    t.verticalHeader().setVisible(False)
    t.setMaximumHeight(130)
    return t


def audience_box(dock) -> QGroupBox:
    box = QGroupBox(tr("3. Audience"))
    v = QVBoxLayout(box)
    v.addWidget(explain(tr("Refine by groups and answers: include sets are joined, must sets must all match, "
                           "exclude sets remove. Opted-out members and unknown statuses are never included.")))
    dock.sets_table = _sets_table(dock)
    v.addWidget(dock.sets_table)
    dock.values_list = QListWidget()           # the values present for the chosen set's field, with counts
    dock.values_list.setMaximumHeight(110)
    dock.values_list.itemChanged.connect(dock._values_picked)
    v.addWidget(QLabel(tr("Values present (tick to pick):")))
    v.addWidget(dock.values_list)
    row = QHBoxLayout()
    row.addWidget(_button(tr("Add set"), dock.add_set))
    row.addWidget(_button(tr("Remove set"), dock.remove_set))
    v.addLayout(row)
    dock.count_label = QLabel("-")
    dock.count_label.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1d3557;")
    v.addWidget(dock.count_label)
    dock.preview_table = _preview_table()
    v.addWidget(dock.preview_table)
    return box


def _channel_row(dock) -> QHBoxLayout:
    row = QHBoxLayout()
    dock.email_radio, dock.sms_radio = QRadioButton(tr("Email")), QRadioButton(tr("SMS"))
    dock.email_radio.setChecked(True)
    grp = QButtonGroup(dock)
    grp.addButton(dock.email_radio)
    grp.addButton(dock.sms_radio)
    dock.sms_radio.toggled.connect(dock._channel_changed)
    dock.sms_label = QLabel("")
    row.addWidget(dock.email_radio)
    row.addWidget(dock.sms_radio)
    row.addWidget(dock.sms_label, 1)
    return row


def message_box(dock) -> QGroupBox:
    box = QGroupBox(tr("4. Message"))
    f = QFormLayout(box)
    f.addRow(explain(tr("Pick a template, say what was done, then edit the final text. Figures are aggregates "
                        "of the area only.")))
    dock.template_combo = QComboBox()
    for name, title in M.template_list(ui_language()):
        dock.template_combo.addItem(title, name)
    dock.language_combo = QComboBox()          # English, Welsh, or both (Welsh first); bilingual in a Welsh QGIS
    for code, label in zip(LANGUAGES, language_labels()):
        dock.language_combo.addItem(label, code)
    dock.language_combo.setCurrentIndex(default_index())
    dock.what_done, dock.team, dock.subject = QLineEdit(), QLineEdit(), QLineEdit()
    dock.body = QPlainTextEdit()          # what residents receive is plain text: no editor markup
    dock.body.setMinimumHeight(120)
    dock.body.textChanged.connect(dock._update_sms)
    from .dock_setups import setup_row
    f.addRow(tr("From a set-up"), setup_row(dock))
    for label, w in ((tr("Template"), dock.template_combo), (tr("Language"), dock.language_combo),
                     (tr("What was done"), dock.what_done),
                     (tr("Signed by"), dock.team), ("", _button(tr("Fill from template"), dock.fill_template)),
                     (tr("Channel"), _channel_row(dock)), (tr("Subject"), dock.subject),
                     (tr("Final text"), dock.body)):
        f.addRow(label, w)
    return box


def _file_widget(mode, file_filter: str = "") -> QgsFileWidget:
    w = QgsFileWidget()
    w.setStorageMode(mode)
    if file_filter:
        w.setFilter(file_filter)
    return w


def export_box(dock) -> QGroupBox:
    box = QGroupBox(tr("5. Guards and export"))
    f = QFormLayout(box)
    f.addRow(explain(tr("Too small an audience always blocks; recent recipients are counted from the message "
                        "log. Export writes the files for the alert platform and records them in the log.")))
    dock.min_audience, dock.frequency_days = _spin(1, 100000, 10), _spin(0, 365, 7)
    dock.block_frequency = QCheckBox(tr("Send anyway"))
    dock.block_frequency.setObjectName("acknowledge_recent")     # unticked: a frequency warning blocks
    dock.recent_label = QLabel(tr("No recipient had a message recently."))
    dock.recent_label.setWordWrap(True)
    dock.log_widget = _file_widget(QgsFileWidget.SaveFile, "GeoPackage (*.gpkg)")
    dock.folder_widget = _file_widget(QgsFileWidget.GetDirectory)
    dock.author = QLineEdit(os.environ.get("USER", ""))
    dock.export_button = _button(tr("Export to the alert platform"), dock.export)
    dock.guard_label = QLabel("")
    dock.guard_label.setWordWrap(True)
    for label, w in ((tr("Minimum audience"), dock.min_audience), (tr("Frequency guard (days)"), dock.frequency_days),
                     ("", dock.recent_label), ("", dock.block_frequency), (tr("Message log"), dock.log_widget),
                     (tr("Export folder"), dock.folder_widget), (tr("Author"), dock.author),
                     ("", dock.export_button), ("", dock.guard_label)):
        f.addRow(label, w)
    for w in (dock.min_audience, dock.frequency_days):
        w.valueChanged.connect(dock.refresh)
    return box


BOXES = (data_box, area_box, audience_box, message_box, export_box)
