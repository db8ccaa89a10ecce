"""A Welsh review of the briefing pack: every kind of place, crime type, shipped action, measure and ranking it
shows is a label in the user's language, never an English word or a raw code - also when the layers were made by
a run in English (HOT_PLACES, EQUALITY and FORECAST store their texts in the language of the run; the pack shows
them again through the translation catalogue).

What is expected in Welsh is read from ``i18n/lpt_cy.ts`` (test_welsh.welsh), so the real .ts/.qm route is what is
checked; the unit tests install a marking lookup instead and check that each word is looked up, context ``core``."""
import importlib.util
import re
import shutil
import subprocess
import unicodedata

import pandas as pd
import pytest

from _paths import DEMO, ROOT
from test_briefing_pack import _tool
from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported)

WARDS = {"E05011541": "St Andrew's & Docklands", "E05011529": "Central"}


@pytest.fixture(scope="module")
def english_run(imported, tmp_path_factory):  # noqa: F811
    """Priority streets of every ward ranked by a run in English, with the Census ethnic groups imported so that
    the equality check has figures: HOT_PLACES, EQUALITY and FORECAST hold English texts."""
    import processing
    from local_priority_targeting.core import i18n
    t = tmp_path_factory.mktemp("english_run")
    ws = str(t / "ws.gpkg")
    shutil.copy(imported.workspace, ws)
    i18n.install(None)                                              # English, whatever ran before
    processing.run("lpt:importcensus", {"WORKSPACE": ws, "OUTPUT": str(t / "eth.gpkg"),
                                        "INPUT": str(DEMO / "census2021" / "ts021_ethnic_group_lsoa21_hull_long.csv")})
    ps = processing.run("lpt:prioritystreets", {
        "WORKSPACE": ws, "PERIOD_START": "2024-02", "PERIOD_END": "2024-02", "REPLICATES": 20,
        "PRIORITY_STREETS": str(t / "ps.gpkg"), "PRIORITY_AREAS": str(t / "pa.gpkg"), "HOT_PLACES": str(t / "hp.gpkg"),
        "EQUALITY": str(t / "eq.csv"), "FORECAST": str(t / "fc.csv"), "REPORT": str(t / "r.html")})
    eq = pd.read_csv(ps["EQUALITY"])
    assert eq.sentence.str.startswith("The score").any()             # the run's texts are English
    return {k: ps[k] for k in ("PRIORITY_STREETS", "PRIORITY_AREAS", "HOT_PLACES", "EQUALITY", "FORECAST")}


def _page(pdf, page: int) -> str:
    """One page's text in reading order, lines joined (a table cell wraps over lines), ligatures undone."""
    raw = subprocess.run([_tool("pdftotext"), "-raw", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", " ".join(raw.split()))


def _places(path) -> pd.DataFrame:
    from qgis.core import QgsVectorLayer
    lyr = QgsVectorLayer(path, "hp", "ogr")
    names = ["place", "kind", "top_types", "action", "area_code", "rank", "easting", "northing"]
    return pd.DataFrame([[f[n] for n in names] for f in lyr.getFeatures()], columns=names)


def _polygons(path) -> dict:
    import shapely
    from qgis.core import QgsVectorLayer
    lyr = QgsVectorLayer(path, "pa", "ogr")
    return {f["area_code"]: shapely.from_wkb(bytes(f.geometry().asWkb())) for f in lyr.getFeatures()
            if f["area_code"] in WARDS}


def _word(text: str) -> str:
    return r"(?<![\w'-])" + re.escape(text) + r"(?![\w'-])"


def test_a_welsh_pack_of_an_english_run_names_kinds_types_actions_measures_and_rankings_in_welsh(
        welsh_qgis, run_alg, english_run, tmp_path):
    from test_welsh import pattern, welsh
    from local_priority_targeting.core.analyse.forecast_run import RANK_LABELS
    from local_priority_targeting.core.analyse.reasons import CATEGORY_LABEL
    from local_priority_targeting.core.report.briefing_figures import MEASURES
    assert welsh_qgis, "lpt_cy.qm was not loaded"
    out = tmp_path / "cy"
    codes = ", ".join(f"'{c}'" for c in WARDS)
    res = run_alg("lpt:briefingpack", {**english_run, "PNG": False, "FILTER": f'"area_code" IN ({codes})',
                                       "OUTPUT_FOLDER": str(out)})
    assert res["AREAS_DONE"] == 2
    from local_priority_targeting.core.report.briefing import inside
    places = _places(english_run["HOT_PLACES"])
    wards = _polygons(english_run["PRIORITY_AREAS"])
    eq = pd.read_csv(english_run["EQUALITY"]).set_index("measure")
    english_types = [CATEGORY_LABEL[k] for k in CATEGORY_LABEL]
    seen_kinds = set()
    for code, name in WARDS.items():
        pdf = out / (name.replace("'", "_").replace(" & ", "_").replace(" ", "_") + ".pdf")
        figures, forecast = _page(pdf, 3), _page(pdf, 4)
        # hot places: kinds, main crime types and the shipped actions in Welsh; none of them in English
        shown = inside(places, wards[code]).sort_values("rank").head(3)     # as the pack places them
        assert len(shown), f"no hot place in {name}: the test needs one"
        drawn = [r for r in shown.itertuples() if r.place in figures]  # a row the table's frame cannot hold is cut
        assert len(drawn) >= min(2, len(shown)), figures
        for r in drawn:
            assert welsh("core", r.kind) in figures, (r.kind, figures[:1500])
            assert welsh("core", r.action) in figures, (r.action, figures[:1500])
            seen_kinds.add(r.kind)
        for r in places.itertuples():
            assert not re.search(_word(r.kind), figures), f"English kind {r.kind!r} in the Welsh pack"
            assert " ".join(r.action.split()[:4]) not in figures, f"English action {r.action!r} in the Welsh pack"
        assert not re.search(r"\d+ (%s)(?![\w-])" % "|".join(map(re.escape, english_types)), figures), figures
        assert re.search(r"\d+ (%s)" % "|".join(re.escape(welsh("core", t)) for t in english_types), figures)
        # the equality check: each measure by its Welsh name, the score's sentence in Welsh, no code or English
        for m in eq.index:
            assert welsh("core", MEASURES[m]) in figures
            assert not re.search(_word(m), figures), f"raw code {m!r} in the Welsh pack"
        templates = ("The score shows no clear association with the ethnic mix after crime controls ({est:+.2f} "
                     "points per 10 percentage points, 95% interval {lo:+.2f} to {hi:+.2f}).",
                     "The score is {size:.2f} points higher per 10 percentage points more residents from ethnic "
                     "minority groups, after allowing for each street's own crime, its harm and crime within 400 m "
                     "(95% interval {lo:+.2f} to {hi:+.2f}).",
                     "The score is {size:.2f} points lower per 10 percentage points more residents from ethnic "
                     "minority groups, after allowing for each street's own crime, its harm and crime within 400 m "
                     "(95% interval {lo:+.2f} to {hi:+.2f}).")
        assert any(re.search(pattern(welsh("core", t)), figures) for t in templates), figures
        assert eq.sentence["score"][:40] not in figures
        # the forecast page: each ranking by its Welsh label, not the English one the run stored
        for label in RANK_LABELS.values():
            assert welsh("core", label) in forecast and not re.search(_word(label), forecast), label
    assert seen_kinds


def _marked(context, text):
    return "CY " + text if context == "core" else text


def test_each_word_of_the_pack_is_looked_up_in_the_catalogue():
    """Kinds, crime types, shipped actions, the equality sentence and the rankings go through tr() (context core);
    a kind of a force's own or a text already in another language is shown as written, a blank kind as ''."""
    from local_priority_targeting.core import i18n
    from local_priority_targeting.core.analyse.forecast_run import RANK_LABELS
    from local_priority_targeting.core.report.briefing import place_rows
    from local_priority_targeting.core.report.briefing_figures import equality_rows
    from local_priority_targeting.core.report.briefing_forecast import forecast_rows
    action = ("Car park security review with the operator and the council (lighting, CCTV, Park Mark); patrols at "
              "peak times")
    places = pd.DataFrame({"place": ["Parking Area", "Mill Yard", "Supermarket"], "kind": ["car park", None, "retail"],
                           "crimes": [9, 4, 3], "rank": [1, 2, 3], "action": [action, "", None],
                           "top_types": ["6 violence, 2 theft from the person, 1 other", "3 trais, 1 dwyn", ""]})
    eq = pd.DataFrame({"measure": ["score", "vulnerability"], "estimate": [0.725, 0.357], "ci_low": [-0.062, -0.08],
                       "ci_high": [1.511, 0.793], "p_value": [0.071, 0.1091],
                       "sentence": ["The score shows no clear association (as the run wrote it).", ""]})
    fc = pd.DataFrame({"row_type": "accuracy", "ranking": list(RANK_LABELS), "top_pct": 5.0, "streets": 20,
                       "label": [f"stored {k}" for k in RANK_LABELS], "length_share": 0.05, "hit_rate": 0.2,
                       "harm_hit_rate": 0.2, "pai_length": 4.0, "pai_count": 4.0, "mode": "backtest",
                       "rank_period": "2024-01", "outcome_period": "2024-02", "compared_with": None,
                       "diff_hit": None, "diff_lo": None, "diff_hi": None})
    i18n.install(_marked)
    try:
        rows = place_rows(places, 10)
        measures, sentence = equality_rows(eq)
        ranked = forecast_rows(fc)[0]
    finally:
        i18n.install(None)
    assert [r[1] for r in rows] == ["CY car park", "", "CY retail"]
    assert [r[0] for r in rows] == ["Parking Area", "Mill Yard", "Supermarket"]      # police.uk's names, as written
    assert rows[0][3] == "CY 6 CY violence, CY 2 CY theft from the person, CY 1 CY other"
    assert rows[1][3] == "3 trais, 1 dwyn" and rows[2][3] == ""                       # another language: as written
    assert rows[0][4] == "CY " + action and rows[1][4] == rows[2][4] == ""
    assert [r[0] for r in measures] == ["CY Priority score", "CY Deprivation"]
    assert sentence.startswith("CY The score shows no clear association with the ethnic mix") and "+0.72" in sentence
    assert sorted(r[0] for r in ranked) == sorted("CY " + v for v in RANK_LABELS.values())
    assert equality_rows(eq.assign(p_value=float("nan")))[1] == eq.sentence[0]          # no figures: the stored one


def _translations_script():
    spec = importlib.util.spec_from_file_location("lpt_translations", ROOT / "scripts" / "translations.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_label_the_pack_shows_is_gathered_for_translation_and_has_welsh():
    """scripts/translations.py (what --export and make translations read) gathers every shipped kind and action
    of place_names.csv (config columns) and every label the pack shows for a code (QT_TR_NOOP in core/), context
    core; lpt_cy.ts has Welsh for each."""
    from test_welsh import shipped, welsh
    from local_priority_targeting.core.analyse.forecast_run import RANK_LABELS
    from local_priority_targeting.core.analyse.places import OTHER
    from local_priority_targeting.core.analyse.reasons import CATEGORY_LABEL
    from local_priority_targeting.core.report.briefing_figures import MEASURES
    T = _translations_script()
    found = {**T.config_messages(), **T.core_messages([])}
    config = pd.read_csv(ROOT / "resources" / "config" / "place_names.csv", dtype=str, keep_default_na=False)
    labels = [*config.kind, *config.action, *MEASURES.values(), *RANK_LABELS.values(), *CATEGORY_LABEL.values(),
              OTHER, "{n} {crime}"]
    missing = [x for x in labels if x.strip() and ("core", x.strip()) not in found]
    assert not missing, f"not gathered for translation: {missing}"
    for x in labels:
        if x.strip() and x != "{n} {crime}":                   # the one whose Welsh is the same placeholders
            welsh("core", x.strip())
    assert ("core", "{n} {crime}") in shipped()
