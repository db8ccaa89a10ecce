"""Messages in English, Welsh, or both (Welsh first, then English), as Welsh public bodies send them (issue #27).

The Welsh templates (resources/templates/<name>.cy.html.j2) are read here only for their fixed sentences and
titles; everything else is what the algorithm and core write."""
import json
import re

import pandas as pd
import pytest
from qgis.core import QgsApplication

from _paths import ROOT
from test_plugin_processing import imported  # noqa: F401  (the demo chain imported through the algorithms)

from local_priority_targeting.core.engage import messages as M
from local_priority_targeting.core.engage import message_templates as T
from local_priority_targeting.core.engage.message_language import render_message
from local_priority_targeting.core.errors import LptInputError

TEMPLATES = ROOT / "resources" / "templates"


def fixed_paragraphs(name: str, lang: str):
    """The paragraphs of a template that hold no variable: '<p>Annwyl breswylydd,</p>' -> 'Annwyl breswylydd,'."""
    text = (TEMPLATES / T.template_file(name, lang)).read_text(encoding="utf-8")
    return [p for p in re.findall(r"^<p>([^{}<]+)</p>$", text, re.M)]


def title_line(name: str, lang: str) -> str:
    first = (TEMPLATES / T.template_file(name, lang)).read_text(encoding="utf-8").splitlines()[0]
    return re.match(r"\{#- title: (.+?) -#\}", first).group(1)


def test_every_template_has_a_welsh_twin_with_the_same_variables():
    var = re.compile(r"\b(area\.\w+|what_was_done|team|incident|reference|survey_link|advice|p\.\w+)\b")
    for name in T.MESSAGE_TEMPLATES:
        en, cy = ((TEMPLATES / T.template_file(name, lang)).read_text(encoding="utf-8") for lang in ("en", "cy"))
        assert set(var.findall(en)) == set(var.findall(cy)), name
        assert title_line(name, "cy") != title_line(name, "en")
        assert set(fixed_paragraphs(name, "cy")).isdisjoint(fixed_paragraphs(name, "en"))


def test_template_list_gives_welsh_and_bilingual_titles():
    names = [n for n, _ in T.template_list()]
    assert names == T.MESSAGE_TEMPLATES
    assert T.template_list("cy") == [(n, title_line(n, "cy")) for n in names]
    assert T.template_list("cy+en") == [(n, f"{title_line(n, 'cy')} / {title_line(n, 'en')}") for n in names]
    assert T.default_language("cy") == T.default_language("cy_GB") == "cy+en"
    assert T.default_language("en_GB") == T.default_language("") == "en"
    with pytest.raises(LptInputError, match="LANGUAGE"):
        T.template_list("en+cy")


def test_bilingual_is_the_welsh_text_then_the_english_escaped_and_free_of_personal_data():
    area = lambda: M.area_context("<b>Holderness</b> & Co", {"prio1": "drugs", "prio1_pct": 41.2, "prio_n": 37},  # noqa: E731
                                  {"crimes_1": 10, "crimes_2": 16, "period_1": "2024-01", "period_2": "2024-02"})
    extra = dict(what_was_done="Closed <script>alert(1)</script> a drugs den", team="Holderness NPT")
    for name in T.MESSAGE_TEMPLATES:
        cy = render_message(name, "cy", area, **extra)
        en = render_message(name, "en", area, **extra)
        assert en == M.render_template(name, area(), **extra)
        both = render_message(name, "cy+en", area, **extra)
        assert both[0] == f"{cy[0]} / {en[0]}"
        text, cy_text, en_text = (M.html_to_text(b) for b in (both[1], cy[1], en[1]))
        assert text == f"{cy_text}\n\n---\n\n{en_text}"
        for p in fixed_paragraphs(name, "cy"):
            assert p in cy_text and p not in en_text and text.index(p) < text.index("---")
        for p in fixed_paragraphs(name, "en"):
            assert p not in cy_text and text.index(p) > text.index("---")
        for body in (cy[1], both[1]):
            assert "<b>Holderness</b>" not in body and "<script>" not in body
            assert body.count("&lt;b&gt;Holderness&lt;/b&gt; &amp; Co") >= (2 if body is both[1] else 1)
    # a Welsh message left with its Welsh placeholder is blocked like an English one
    subject, body = render_message("appeal_for_information", "cy", area)
    assert M.unfilled_placeholders(subject, M.html_to_text(body)) == ["[disgrifiwch y digwyddiad]", "[cyfeirnod]"]


def test_export_message_in_welsh_and_bilingual(run_alg, imported, tmp_path):  # noqa: F811
    """lpt:exportmessage with LANGUAGE: the Welsh text with the area's figures filled in; bilingual is the Welsh
    text first and the English after it, each with the same figures; the recipients do not depend on language."""
    from test_plugin_processing import _layer
    ch = run_alg("lpt:compareperiods", dict(imported, P1_START="2018-10", P1_END="2018-12", P2_START="2024-01",
                                            P2_END="2024-02", AREA_CHANGE=str(tmp_path / "ac.gpkg"),
                                            STREET_CHANGE="TEMPORARY_OUTPUT", FORCE_CHANGE="TEMPORARY_OUTPUT"))
    rows = pd.DataFrame([{k: f[k] for k in ("area_code", "area_name", "crimes_1", "crimes_2")}
                         for f in _layer(ch["AREA_CHANGE"]).getFeatures()]).sort_values("crimes_2").tail(2)
    alg = QgsApplication.processingRegistry().algorithmById("lpt:exportmessage")
    assert alg.parameterDefinition("LANGUAGE").defaultValue() == 0          # QGIS runs in English here
    base = dict(MEMBERS=imported["MEMBERS"], POSTCODES=imported["POSTCODES"], AREAS=imported["AREAS"],
                CHANGE=ch["AREA_CHANGE"], AREA_MODE=1, AREA_CODES=",".join(rows.area_code), TEMPLATE=0,
                WHAT_WAS_DONE="Two warrants executed, 14 arrests", TEAM="Hull West NPT", ALLOW_RECENT=True,
                MIN_AUDIENCE=1, LOG=str(tmp_path / "log.gpkg"))
    out = {}
    for lang in (0, 1, 2):
        r = run_alg("lpt:exportmessage", dict(base, LANGUAGE=lang, OUTPUT_FOLDER=str(tmp_path / f"o{lang}")))
        out[lang] = json.load(open(r["MESSAGE_JSON"], encoding="utf-8"))
        out[lang]["recipients"] = open(r["RECIPIENTS_CSV"], encoding="utf-8").read()
    en, cy, both = out[0], out[1], out[2]
    counts = [f"{int(rows.crimes_1.sum()):,}", f"{int(rows.crimes_2.sum()):,}"]
    for msg, lang in ((en, "en"), (cy, "cy")):
        for p in fixed_paragraphs("you_said_we_did", lang):
            assert p in msg["body"]
        for value in ("Two warrants executed, 14 arrests", "Hull West NPT", *rows.area_name, *counts):
            assert value in msg["body"], (lang, value)
        assert msg["subject"].startswith(title_line("you_said_we_did", lang))
    for p in fixed_paragraphs("you_said_we_did", "en"):
        assert p not in cy["body"]
    assert both["subject"] == f"{cy['subject']} / {en['subject']}"
    assert both["body"] == f"{cy['body']}\n\n---\n\n{en['body']}"
    assert en["recipients"] == cy["recipients"] == both["recipients"] and en["recipients"].count("\n") > 1
