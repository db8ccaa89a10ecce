"""Where an algorithm's time went, in one log line: reading, linking, computing, writing."""
from __future__ import annotations

import time
from typing import List, Tuple

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# lap names, marked for pylupdate5 and translated when reported
READING = QT_TRANSLATE_NOOP("LptAlgorithm", "reading")
LINKING = QT_TRANSLATE_NOOP("LptAlgorithm", "linking")
INSIGHT = QT_TRANSLATE_NOOP("LptAlgorithm", "insight")
COMPARISON = QT_TRANSLATE_NOOP("LptAlgorithm", "comparison")
RANKING = QT_TRANSLATE_NOOP("LptAlgorithm", "ranking")
WRITING = QT_TRANSLATE_NOOP("LptAlgorithm", "writing")
REPORT_WRITING = QT_TRANSLATE_NOOP("LptAlgorithm", "report and writing")


class Stopwatch:
    def __init__(self):
        self._t = time.perf_counter()
        self.parts: List[Tuple[str, float]] = []

    def lap(self, name: str) -> None:
        """The time since the previous lap (or the start) was spent on ``name``."""
        now = time.perf_counter()
        self.parts.append((name, now - self._t))
        self._t = now

    def report(self, feedback) -> None:
        text = ", ".join(f"{QCoreApplication.translate('LptAlgorithm', n)} {s:.2f} s" for n, s in self.parts)
        feedback.pushInfo(QCoreApplication.translate("LptAlgorithm", "Time: {0}").format(text))
