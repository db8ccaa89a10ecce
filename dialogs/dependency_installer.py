"""Install the missing Python packages into the user's QGIS profile, without a terminal.

Two ways: from a folder of wheel files (offline: forces' analyst PCs often have no internet; the wheels
are unpacked directly, no pip needed), or from the Python Package Index with pip (``--target`` the
profile's ``python/dependencies`` folder, ``--no-deps``, pins that leave QGIS's numpy alone). Progress is
shown line by line; QGIS must be restarted afterwards.
"""
from __future__ import annotations

from typing import List, Optional

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QProcess
from qgis.PyQt.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QProgressBar, QRadioButton,
                                 QVBoxLayout)

from ..core import deps
from .translate import tr



class DependencyInstaller(QDialog):
    def __init__(self, problems: List[deps.Problem], target: str, parent=None):
        super().__init__(parent)
        self.problems, self.target = problems, target
        self.process: Optional[QProcess] = None
        self.succeeded = False
        self.setWindowTitle(tr("Local Priority Targeting: install Python packages"))
        lay = QVBoxLayout(self)
        lines = "".join(f"<li>{p.describe()}</li>" for p in problems)
        intro = QLabel(tr("These packages are missing or too old:") + f"<ul>{lines}</ul>" +
                       tr("They will be installed into your QGIS profile only ({0}); QGIS's own packages are not "
                          "changed.").format(target))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.from_folder = QRadioButton(tr("From a folder of wheel files (.whl), e.g. on a USB stick (no internet)"))
        self.from_index = QRadioButton(tr("Download from the Python Package Index (needs internet and pip)"))
        self.from_folder.setChecked(True)
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.GetDirectory)
        for w in (self.from_folder, self.folder, self.from_index):
            lay.addWidget(w)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        lay.addWidget(self.progress)
        lay.addWidget(self.log)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.install_button = self.buttons.addButton(tr("Install"), QDialogButtonBox.AcceptRole)
        self.install_button.clicked.connect(self.install)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(640, 480)

    def say(self, text: str) -> None:
        self.log.appendPlainText(text)
        QCoreApplication.processEvents()

    def install(self) -> None:
        self.install_button.setEnabled(False)
        self.progress.setRange(0, 0)               # busy
        if self.from_folder.isChecked():
            self._install_from_folder(self.folder.filePath())
        else:
            self._install_with_pip()

    def _install_from_folder(self, folder: str) -> None:
        wheels, lacking = deps.choose_wheels(folder, self.problems)
        if lacking:
            self._finish(False, tr("The folder {0} has no wheel for: {1}. Download them on a PC with internet "
                                   "(see README, Installation, offline) and try again.").format(folder or "(none)",
                                                                                          ", ".join(lacking)))
            return
        try:
            deps.install_wheels(wheels, self.target, self.say)
        except (OSError, ValueError) as exc:
            self._finish(False, tr("Could not unpack the wheels: {0}").format(exc))
            return
        self._finish(True, "")

    def _install_with_pip(self) -> None:
        cmd = deps.pip_command(self.problems, self.target)
        if cmd is None:
            self._finish(False, tr("pip is not available to the Python that QGIS runs. Use a folder of wheel files "
                                   "instead (see README, Installation)."))
            return
        self.say(" ".join(cmd))
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.MergedChannels)
        self.process.readyReadStandardOutput.connect(
            lambda: self.say(bytes(self.process.readAllStandardOutput()).decode("utf-8", "replace").rstrip()))
        self.process.finished.connect(lambda code, _status: self._finish(code == 0, "" if code == 0 else
                                      tr("pip failed (exit code {0}): see the lines above.").format(code)))
        self.process.start(cmd[0], cmd[1:])

    def _finish(self, ok: bool, error: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.succeeded = ok
        if ok:
            self.say(tr("Installed into {0}. Restart QGIS to use Local Priority Targeting.").format(self.target))
        else:
            self.say(error)
            self.install_button.setEnabled(True)
