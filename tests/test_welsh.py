"""Welsh (issue #27): with QGIS set to Welsh, the plugin speaks Welsh - algorithm names, help, a run's log, a
reject reason, the message dock and the message templates - and ``make translations`` finds nothing left to do.

What is expected in Welsh is read from ``i18n/lpt_cy.ts`` (the translations shipped, compiled into lpt_cy.qm), never
written here: a string not translated there yet fails with 'no Welsh for ...'."""
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

import pytest

from _paths import DEMO, PKG, PLUGINS, ROOT

TEMPLATES = ROOT / "resources" / "templates"
EXE = "/usr/bin/qgis_process.bin"


@lru_cache(maxsize=1)
def shipped() -> dict:
    """(context, source) -> finished Welsh translation in i18n/lpt_cy.ts."""
    out = {}
    for ctx in ET.parse(ROOT / "i18n" / "lpt_cy.ts").getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished") and tr.text:
                out[(ctx.findtext("name"), msg.findtext("source"))] = tr.text
    return out


def welsh(context: str, source: str) -> str:
    text = shipped().get((context, source))
    assert text, f"no Welsh for [{context}] {source!r} in i18n/lpt_cy.ts (merge the translations, make translations)"
    assert text != source, f"[{context}] {source!r} is 'translated' as itself"
    return text


def alg_welsh(cls, source: str) -> str:
    """The Welsh an algorithm shows for ``source``: its own class's translation, else a base class's (as
    ``LptAlgorithm.tr`` looks them up)."""
    for c in cls.__mro__:
        if (c.__name__, source) in shipped():
            return welsh(c.__name__, source)
    return welsh("LptAlgorithm", source)


def pattern(text: str) -> str:
    """A regular expression for a translated sentence with its {placeholders} filled in."""
    return "".join(".+?" if re.fullmatch(r"\{[^{}]*\}", part) else re.escape(part)
                   for part in re.split(r"(\{[^{}]*\})", text) if part)


def core_welsh_of(english: str) -> str:
    """The Welsh pattern of a sentence core/ wrote in English: the .ts source it was made from, translated."""
    sources = [src for ctx, src in shipped() if ctx == "core" and words_of(src) >= 4
               and re.fullmatch(pattern(src), english)]
    assert sources, f"no translated core string in i18n/lpt_cy.ts gives {english!r}"
    return pattern(welsh("core", max(sources, key=words_of)))     # the one with the most words of its own


def words_of(text: str) -> int:
    """How many letters a text has outside its {placeholders}."""
    return len(re.findall(r"[^\W\d_]", re.sub(r"\{[^{}]*\}", "", text)))


def title_line(name: str, lang: str) -> str:
    from local_priority_targeting.core.engage.message_templates import template_file
    first = (TEMPLATES / template_file(name, lang)).read_text(encoding="utf-8").splitlines()[0]
    return re.match(r"\{#- title: (.+?) -#\}", first).group(1)


def fixed_paragraphs(name: str, lang: str):
    from local_priority_targeting.core.engage.message_templates import template_file
    return re.findall(r"^<p>([^{}<]+)</p>$", (TEMPLATES / template_file(name, lang)).read_text(encoding="utf-8"),
                      re.M)


# ------------------------------------------------------------------ qgis_process in a Welsh QGIS
@pytest.fixture(scope="module")
def qgis_process_cy(tmp_path_factory):
    """qgis_process.bin with a throwaway profile whose QGIS locale is Welsh (Settings > Options > General:
    override the system locale, cy) and the plugin enabled."""
    import shapely
    from qgis.PyQt.QtCore import QSettings
    if not os.path.exists(EXE):
        pytest.fail("qgis_process.bin is missing: install QGIS (make deps)")
    cfg = tmp_path_factory.mktemp("qgis_profile_cy")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(cfg),
               QGIS_PLUGINPATH=str(PLUGINS),
               PYTHONPATH=os.pathsep.join([str(Path(shapely.__file__).resolve().parents[1]),
                                           os.environ.get("PYTHONPATH", "")]))
    subprocess.run([EXE, "plugins", "enable", PKG], env=env, check=True, capture_output=True, timeout=300)
    ini = QSettings(str(cfg / "profiles" / "default" / "QGIS" / "QGIS3.ini"), QSettings.IniFormat)
    ini.setValue("locale/overrideFlag", True)
    ini.setValue("locale/userLocale", "cy")
    ini.sync()
    assert ini.status() == QSettings.NoError

    def _run(*args, timeout=600):
        return subprocess.run([EXE, *args], env=env, capture_output=True, text=True, timeout=timeout)
    return _run


def results(stdout: str) -> dict:
    """The 'Results' block of a qgis_process run: NAME: value."""
    block = stdout[stdout.rindex("Results"):]
    return dict(re.findall(r"^(\w+):\t(.*)$", block, re.M))


def test_qgis_process_lists_and_explains_the_algorithms_in_welsh(qgis_process_cy):
    from local_priority_targeting.processing.analyse.priority_streets import PriorityStreets
    from local_priority_targeting.processing.catalogue import CATALOGUE
    listed = qgis_process_cy("list")
    assert listed.returncode == 0 and "lpt:" in listed.stdout, listed.stderr[-3000:]
    for e in CATALOGUE:                                       # every algorithm's display name
        cls = getattr(importlib.import_module(f"local_priority_targeting.processing.{e.module}"), e.cls)
        assert f"lpt:{e.name}\t{alg_welsh(cls, e.display)}\n" in listed.stdout, e.name
    helped = qgis_process_cy("help", "lpt:prioritystreets")
    assert helped.returncode == 0, helped.stderr[-2000:]
    out = helped.stdout
    assert f"{alg_welsh(PriorityStreets, 'Priority streets')} (lpt:prioritystreets)" in out
    assert f"PERIOD_START: {alg_welsh(PriorityStreets, 'Period start month (YYYY-MM)')}\n" in out
    help_text = alg_welsh(PriorityStreets, PriorityStreets.HELP)
    assert help_text.split(". ")[0] in out                   # the help panel's description


def test_no_label_of_any_algorithm_is_left_in_english(qgis_process_cy):
    """Every parameter label, option and output of every algorithm in ``qgis_process help`` is a Welsh text of
    the .ts (a label made of pieces, 'Weight: {0}', matches its pattern)."""
    from local_priority_targeting.core.engage.message_templates import MESSAGE_TEMPLATES
    from local_priority_targeting.processing.catalogue import CATALOGUE
    texts = set(shipped().values()) | {title_line(n, "cy") for n in MESSAGE_TEMPLATES}     # exportmessage TEMPLATE
    patterns = [re.compile(pattern(t)) for t in texts       # with enough words of their own to tell the language
                if re.search(r"\{[^{}]*\}", t) and words_of(t) >= 4]
    line = re.compile(r"^([A-Z_0-9]+): (?!<)(.*)$|^\t\t- (\d+): (.*)$", re.M)   # labels and enum options
    left = []
    for e in CATALOGUE:
        out = qgis_process_cy("help", f"lpt:{e.name}").stdout
        for m in line.finditer(out):
            name, text = m[1] or m[3], m[2] or m[4]
            if text not in texts and not any(p.fullmatch(text) for p in patterns):
                left.append(f"lpt:{e.name} {name}: {text}")
    assert not left, "\n".join(left)


def test_a_run_logs_and_rejects_in_welsh(qgis_process_cy, run_alg, tmp_path):
    """importareas on the Hull wards with one code blanked: the log line of the counts, and the reject reason
    that core/ writes, in Welsh; the same run in English (in-process) gives the English reason it translates."""
    gj = json.loads((DEMO / "boundaries" / "hull_wards2022.geojson").read_text(encoding="utf-8"))
    gj["features"][0]["properties"]["ward22_code"] = ""
    bad = tmp_path / "wards.geojson"
    bad.write_text(json.dumps(gj), encoding="utf-8")
    english = run_alg("lpt:importareas", dict(INPUT=str(bad), OUTPUT=str(tmp_path / "en.gpkg"),
                                              REJECTS=str(tmp_path / "en_rejects.gpkg")))
    proc = qgis_process_cy("run", "lpt:importareas", "--", f"INPUT={bad}", f"OUTPUT={tmp_path / 'cy.gpkg'}",
                           f"REJECTS={tmp_path / 'cy_rejects.gpkg'}")
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    res = results(proc.stdout)
    assert int(res["REJECTED"]) == english["REJECTED"] == 1 and int(res["READ"]) == len(gj["features"])
    line = welsh("ImportAreas", "Areas: read {0:,} = accepted {1:,} + rejected {2:,}; repaired {3:,}")
    assert line.format(*(int(res[k]) for k in ("READ", "ACCEPTED", "REJECTED", "REPAIRED"))) in proc.stdout
    reasons = {}
    for lang in ("en", "cy"):
        from qgis.core import QgsVectorLayer
        lyr = QgsVectorLayer(str(tmp_path / f"{lang}_rejects.gpkg"), "r", "ogr")
        reasons[lang] = [f["reason"] for f in lyr.getFeatures()]
    assert len(reasons["en"]) == len(reasons["cy"]) == 1
    assert re.fullmatch(core_welsh_of(reasons["en"][0]), reasons["cy"][0]), reasons


# ------------------------------------------------------------------ in QGIS itself, set to Welsh
def test_the_dock_and_its_message_in_welsh_first(welsh_qgis):
    from qgis.PyQt.QtWidgets import QGroupBox, QLabel, QPushButton
    from local_priority_targeting.dialogs.message_dock import MessageDock
    from local_priority_targeting.qgisio.locale import qgis_locale
    assert qgis_locale() == "cy" and welsh_qgis and os.path.samefile(welsh_qgis, ROOT / "i18n" / "lpt_cy.qm")
    dock = MessageDock()
    try:
        titles = [b.title() for b in dock.findChildren(QGroupBox)]
        assert welsh("@default", "4. Message") in titles and "4. Message" not in titles
        buttons = [b.text() for b in dock.findChildren(QPushButton)]
        assert welsh("@default", "Fill from template") in buttons
        labels = [lab.text() for lab in dock.findChildren(QLabel)]
        assert welsh("@default", "Language") in labels
        # a Welsh QGIS: bilingual messages by default, template titles in Welsh
        assert dock.language_combo.currentData() == "cy+en"
        assert dock.language_combo.currentText() == welsh("core", "Bilingual: Welsh first, then English")
        assert dock.template_combo.itemText(0) == title_line("you_said_we_did", "cy")
        dock.template_combo.setCurrentIndex(0)
        dock.what_done.setText("Dau warant / Two warrants")
        dock.fill_template()
        subject, body = dock.subject.text(), dock.body.toPlainText()
    finally:
        dock.close()
    your_area = welsh("core", "your area")
    assert subject == (f"{title_line('you_said_we_did', 'cy')}: {your_area} / "
                       f"{title_line('you_said_we_did', 'en')}: your area")
    welsh_part, english_part = body.split("\n\n---\n\n")
    for p in fixed_paragraphs("you_said_we_did", "cy"):
        assert p in welsh_part and p not in english_part
    for p in fixed_paragraphs("you_said_we_did", "en"):
        assert p in english_part and p not in welsh_part
    assert welsh("core", "Your neighbourhood policing team") in welsh_part.splitlines()[-1]
    assert english_part.splitlines()[-1] == "Your neighbourhood policing team"
    assert "Dau warant / Two warrants" in welsh_part and "Dau warant / Two warrants" in english_part


def test_a_bilingual_message_has_its_figures_sentence_in_welsh_then_in_english(welsh_qgis):
    """The crime-change sentence core writes for a message: Welsh in the Welsh part, English in the English part
    (the Welsh being the .ts translation of the very sentence the English part has)."""
    from local_priority_targeting.core.engage import messages as M
    from local_priority_targeting.core.engage.message_language import render_message
    change = {"area_names": ["Newington", "Drypool"], "crimes_1": 100, "crimes_2": 93,
              "period_1": "2023-11..2023-12", "period_2": "2024-01..2024-02"}
    subject, body = render_message("crime_prevention_advice", "cy+en",
                                   lambda: M.area_context(M.join_names(["Newington", "Drypool"]), None, change))
    welsh_part, english_part = M.html_to_text(body).split("\n\n---\n\n")
    sentence = next(line for line in english_part.splitlines() if "93" in line and "100" in line)
    assert sentence.startswith("Recorded crime in Newington and Drypool was 93")
    assert re.search(core_welsh_of(sentence), welsh_part), welsh_part
    assert sentence not in welsh_part
    assert subject.startswith(title_line("crime_prevention_advice", "cy")) and \
        f" / {title_line('crime_prevention_advice', 'en')}" in subject


def test_make_translations_finds_nothing_untranslated(tmp_path):
    """``scripts/translations.py --check`` (what ``make translations`` runs) on a copy of the plugin: no string
    untranslated, obsolete, unreadable or with placeholders/tags that differ from its source."""
    copy = tmp_path / PKG
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for d in ("core", "processing", "qgisio", "dialogs", "resources", "i18n", "scripts"):
        shutil.copytree(ROOT / d, copy / d, ignore=ignore)
    shutil.copy2(ROOT / "plugin.py", copy / "plugin.py")
    proc = subprocess.run([sys.executable, str(copy / "scripts" / "translations.py"), "--lang", "cy", "--check",
                           "--root", str(copy)], capture_output=True, text=True, timeout=600, cwd=copy)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
