"""Plugin class: Processing provider (also headless) and the GUI entries."""
from __future__ import annotations

import os
from typing import List, Optional

from qgis.core import QgsApplication, Qgis
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QPushButton

from .core import deps
from .processing.catalogue import CATALOGUE

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
MENU = "&Local Priority Targeting"

class LocalPriorityTargetingPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions: List[QAction] = []
        self.dock_action: Optional[QAction] = None
        self.dock = None
        self.translator: Optional[str] = None          # the .qm loaded, if any
        self.deps_action: Optional[QAction] = None
        self._install_translator()
        self.deps_dir = deps.dependencies_dir(QgsApplication.qgisSettingsDirPath())
        deps.ensure_on_path(self.deps_dir)           # before anything imports shapely
        self.problems = deps.missing()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("LocalPriorityTargetingPlugin", text)   # pylupdate5: the class name

    def _install_translator(self):
        from .processing.translation import install_translation
        self.translator = install_translation()

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
        for entry in CATALOGUE:
            action = QAction(icon, QCoreApplication.translate("LptAlgorithm", entry.display) + "…",
                             self.iface.mainWindow())
            action.setObjectName(f"lpt:{entry.name}")
            action.triggered.connect(lambda _=False, a=f"lpt:{entry.name}": self.open_algorithm(a))
            self.iface.addPluginToMenu(self.tr(MENU), action)
            self.actions.append(action)
        self.deps_action = QAction(self.tr("Install dependencies…"), self.iface.mainWindow())
        self.deps_action.setObjectName("lpt_install_dependencies")
        self.deps_action.triggered.connect(self.show_installer)
        self.iface.addPluginToMenu(self.tr(MENU), self.deps_action)
        if self.problems:
            self._tell_missing()

    # ---------------------------------------------------------------- dependencies
    def _tell_missing(self):
        """One message in QGIS's message bar, with a button that opens the installer. Never a traceback."""
        bar = self.iface.messageBar()
        item = bar.createMessage(self.tr("Local Priority Targeting"), deps.summary(self.problems))
        button = QPushButton(self.tr("Install dependencies…"))
        button.setObjectName("lpt_install_button")
        button.clicked.connect(self.show_installer)
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.Warning)

    def show_installer(self):
        from .dialogs.dependency_installer import DependencyInstaller
        dlg = DependencyInstaller(self.problems or deps.missing() or [], self.deps_dir, self.iface.mainWindow())
        dlg.setObjectName("lpt_dependency_installer")
        self.installer = dlg
        dlg.show()
        return dlg

    def toggle_dock(self, checked: bool = True):
        from qgis.PyQt.QtCore import Qt
        if self.problems:
            self.dock_action.setChecked(False)
            self._tell_missing()
            return
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
        for action in self.actions + ([self.deps_action] if self.deps_action is not None else []):
            if self.iface is not None:
                self.iface.removePluginMenu(self.tr(MENU), action)
            action.deleteLater()
        self.actions = []
        self.deps_action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            from .processing.translation import remove_translation
            remove_translation()
            self.translator = None
