"""Plugin class: Processing provider (also headless) and the GUI entries."""
from __future__ import annotations

import os
from typing import List, Optional

from qgis.core import QgsApplication, Qgis
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
MENU = "&Local Priority Targeting"

# (algorithm id, menu label) shown in the plugin menu; every algorithm is also in the Processing toolbox
MENU_ALGORITHMS = [
    ("lpt:importmembers", "Import alert-platform members…"),
    ("lpt:importsurveys", "Import survey responses…"),
    ("lpt:importpolicecrime", "Import police.uk crime…"),
    ("lpt:importforcecrime", "Import force crime extract…"),
    ("lpt:importpostcodes", "Import postcode lookup…"),
    ("lpt:importclassification", "Import classification or deprivation…"),
    ("lpt:importcensus", "Import Census 2021 table…"),
    ("lpt:importstreets", "Import streets…"),
    ("lpt:importareas", "Import areas…"),
    ("lpt:importvisits", "Import door-knock visits…"),
    ("lpt:linkcommunity", "Link community data…"),
    ("lpt:compareperiods", "Compare periods…"),
    ("lpt:prioritystreets", "Priority streets…"),
    ("lpt:exportmessage", "Export area-targeted message (batch)…"),
    ("lpt:engagementreport", "Engagement report (replies)…"),
    ("lpt:generatedemodata", "Generate training / demo data…"),
]


class LocalPriorityTargetingPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions: List[QAction] = []
        self.dock_action: Optional[QAction] = None
        self.dock = None
        self.translator: Optional[QTranslator] = None
        self._install_translator()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("LocalPriorityTargeting", text)

    def _install_translator(self):
        locale = (QSettings().value("locale/userLocale", QLocale().name()) or "en")[0:2]
        qm = os.path.join(PLUGIN_DIR, "i18n", f"lpt_{locale}.qm")
        if os.path.exists(qm):
            self.translator = QTranslator()
            if self.translator.load(qm):
                QCoreApplication.installTranslator(self.translator)

    # ---------------------------------------------------------------- processing
    def initProcessing(self):  # noqa: N802 - QGIS API name
        if self.provider is not None:
            return
        from .processing.provider import LptProvider
        self.provider = LptProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # ---------------------------------------------------------------- gui
    def initGui(self):  # noqa: N802 - QGIS API name
        self.initProcessing()
        if self.iface is None:
            return
        icon = QIcon(os.path.join(PLUGIN_DIR, "resources", "icons", "lpt.svg"))
        self.dock_action = QAction(icon, self.tr("Message dock: area-targeted messages"), self.iface.mainWindow())
        self.dock_action.setObjectName("lpt_message_dock")
        self.dock_action.setCheckable(True)
        self.dock_action.triggered.connect(self.toggle_dock)
        self.iface.addToolBarIcon(self.dock_action)
        self.iface.addPluginToMenu(self.tr(MENU), self.dock_action)
        for alg_id, label in MENU_ALGORITHMS:
            action = QAction(icon, self.tr(label), self.iface.mainWindow())
            action.setObjectName(alg_id)
            action.triggered.connect(lambda _=False, a=alg_id: self.open_algorithm(a))
            self.iface.addPluginToMenu(self.tr(MENU), action)
            self.actions.append(action)

    def toggle_dock(self, checked: bool = True):
        from qgis.PyQt.QtCore import Qt
        if self.dock is None:
            from .dialogs.message_dock import MessageDock
            self.dock = MessageDock(self.iface)
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(lambda v: self.dock_action.setChecked(v))
        self.dock.setVisible(checked)

    def open_algorithm(self, alg_id: str):
        from qgis import processing
        try:
            processing.execAlgorithmDialog(alg_id, {})
        except Exception as exc:  # noqa: BLE001 - report in the message bar, never a traceback dialog
            self.iface.messageBar().pushMessage(self.tr("Local Priority Targeting"), str(exc), level=Qgis.Critical)

    def unload(self):
        if self.dock is not None:
            if self.iface is not None:
                self.iface.removeDockWidget(self.dock)
            self.dock.close()
            self.dock.deleteLater()
            self.dock = None
        if self.dock_action is not None:
            if self.iface is not None:
                self.iface.removeToolBarIcon(self.dock_action)
                self.iface.removePluginMenu(self.tr(MENU), self.dock_action)
            self.dock_action.deleteLater()
            self.dock_action = None
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginMenu(self.tr(MENU), action)
            action.deleteLater()
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
