"""Translations reach the screen: pylupdate5 extracts, a pseudo-translation is compiled with lrelease and loaded,
and menus, algorithm names, parameter labels, dock labels and log messages all change."""
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from _paths import PKG, ROOT

MARK = "\u27e6"      # ⟦


@pytest.fixture()
def pseudo(tmp_path, lpt_plugin):
    for tool in ("pylupdate5", "lrelease"):
        if not shutil.which(tool):
            pytest.fail(f"{tool} is missing: make deps installs pyqt5-dev-tools and qttools5-dev-tools")
    ts, qm = tmp_path / "lpt_xx.ts", tmp_path / "lpt_xx.qm"
    sources = [str(p) for p in [ROOT / "plugin.py", *sorted((ROOT / "processing").rglob("*.py")),
                                *sorted((ROOT / "qgisio").rglob("*.py")), *sorted((ROOT / "dialogs").glob("*.py"))]]
    subprocess.run(["pylupdate5", *sources, "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    n = 0
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        tr.text = MARK + msg.find("source").text + "\u27e7"
        tr.attrib.pop("type", None)
        n += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(["lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield n
    QCoreApplication.removeTranslator(translator)


def test_pseudo_translation_changes_every_kind_of_string(pseudo, qgis_iface, tmp_path):
    import importlib
    from conftest import RecordingIface
    from local_priority_targeting.dialogs.message_dock import MessageDock
    from qgis.PyQt.QtWidgets import QGroupBox
    assert pseudo > 200
    # menus (a plugin made now: its labels are translated when built)
    iface = RecordingIface(qgis_iface)
    plugin = importlib.import_module(PKG).classFactory(iface)
    reg = QgsApplication.processingRegistry()
    plugin.provider = reg.providerById("lpt")          # the session's provider: no second registration
    plugin.initGui()
    try:
        texts = [a.text() for _, a in iface.menu]
        from local_priority_targeting.processing.catalogue import CATALOGUE
        assert len(texts) == len(CATALOGUE) + 2 and all(t.startswith(MARK) for t in texts), texts
    finally:
        plugin.provider = None
        plugin.unload()
    # algorithm names, groups and parameter labels (a fresh instance initialises its parameters now)
    algs = reg.providerById("lpt").algorithms()
    assert all(a.displayName().startswith(MARK) and a.group().startswith(MARK) for a in algs)
    fresh = reg.algorithmById("lpt:prioritystreets").create()
    labels = [d.description() for d in fresh.parameterDefinitions()]
    assert sum(l.startswith(MARK) for l in labels) == len(labels), [l for l in labels if not l.startswith(MARK)]
    # help panels and tooltips: every algorithm's own text, and the shared parameter tooltips
    for a in (alg.create() for alg in algs):
        assert a.shortHelpString().startswith("<p>" + MARK) and a.shortDescription().startswith(MARK), a.id()
    tips = {d.name(): d.help() for d in fresh.parameterDefinitions() if d.help()}
    assert {"PERIOD_START", "TOP_N", "W_HARM"} <= set(tips)
    assert not [t for t in tips.values() if not t.startswith(MARK)]
    # dock labels
    dock = MessageDock()
    titles = [b.title() for b in dock.findChildren(QGroupBox)]
    assert titles and all(t.startswith(MARK) for t in titles), titles
    dock.close()
    # log messages of a run
    src = tmp_path / "m.csv"
    src.write_text("member_id,postcode,registered\nM1,HU1 1AA,2023-01-01\nM2,bad,2023-01-01\n")
    infos = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            infos.append(info)

        def pushWarning(self, info):  # noqa: N802
            infos.append(info)
    alg = reg.algorithmById("lpt:importmembers").create()
    ctx = QgsProcessingContext()
    res, ok = alg.run({"INPUT": str(src), "OUTPUT": "TEMPORARY_OUTPUT"}, ctx, Feedback())
    # the algorithm's own lines are translated; notes from core/ (no Qt) stay English for now (README, i18n)
    own = [i for i in infos if "member(s)" not in i]
    assert ok and len(own) >= 3 and all(i.startswith(MARK) for i in own), infos
