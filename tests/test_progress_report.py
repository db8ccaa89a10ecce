"""#24 point 4: the supervisors' progress report reconciles, to the row, with the visits and members tables
(computed here independently with SQL and pandas), after simulated phone outcomes came back through
lpt:importvisitoutcomes; it shows counts only."""
import shutil
import sqlite3

import pandas as pd
import pytest

from local_priority_targeting.core.engage import setups as S
from local_priority_targeting.core.io.visit_package import append_visits
from local_priority_targeting.core.synth_outcomes import simulate
from local_priority_targeting.core.store.workspace import open_store

from test_plugin_processing import imported  # noqa: F401
from test_setups import linked_ws  # noqa: F401


@pytest.fixture(scope="module")
def visited(linked_ws, tmp_path_factory):  # noqa: F811
    """Two set-ups (top streets; a community's areas), their lists exported, visits simulated and imported."""
    import processing
    ws0, ranked, _ = linked_ws
    t = tmp_path_factory.mktemp("progress")
    ws = str(t / "ws.gpkg")
    shutil.copy(ws0, ws)
    with open_store(ws) as st:
        a, ta = S.create(st, S.SetupSpec("Top 12", "NPT East", "top_streets", top_n=12, start_date="2024-03-04"),
                         ranked)
        area = ranked.area_code.iloc[0]
        b, tb = S.create(st, S.SetupSpec("Polish community", "NPT West", "community", area_codes=[area],
                                         community="Polish", start_date="2024-03-11"), ranked)
    for sid, targets, start, seed in ((a, ta, "2024-03-04", 1), (b, tb, "2024-03-11", 2)):
        res = processing.run("lpt:exportvisitlist", {"WORKSPACE": ws, "SETUP_ID": sid,
                                                     "OUTPUT_FOLDER": str(t / sid)})
        append_visits(res["GEOPACKAGE"], simulate(targets, sid, start, seed=seed))
        out = processing.run("lpt:importvisitoutcomes", {"WORKSPACE": ws, "INPUT": res["GEOPACKAGE"]})
        assert out["REJECTED"] == 0 and out["ADDED"] == out["READ"] > 0
    return ws, (a, b), t


def test_figures_reconcile_with_the_tables(visited):
    import processing
    ws, (a, b), t = visited
    res = processing.run("lpt:progressreport", {"WORKSPACE": ws, "REPORT": str(t / "p.html"),
                                                "SETUPS": str(t / "setups.csv"), "WEEKS": str(t / "weeks.csv")})
    setups = pd.read_csv(t / "setups.csv", dtype={"setup_id": str}).set_index("setup_id")
    weeks = pd.read_csv(t / "weeks.csv", dtype={"setup_id": str})
    con = sqlite3.connect(ws)
    v = pd.read_sql("select o.* from lpt_visit_outcomes o join (select visit_id, max(edited_at) e from "
                    "lpt_visit_outcomes group by visit_id) m on o.visit_id = m.visit_id and o.edited_at = m.e", con)
    tg = pd.read_sql("select setup_id, sum(households_to_visit) h, count(*) n from lpt_setup_targets group by "
                     "setup_id", con).set_index("setup_id")
    for sid in (a, b):
        mine = v[v.setup_id == sid]
        row = setups.loc[sid]
        assert row.visits == len(mine) == weeks[weeks.setup_id == sid].visits.sum()
        assert row.registered == (mine.outcome == "registered").sum() == weeks[weeks.setup_id == sid].registered.sum()
        contacts = mine.outcome.isin(["declined", "registered", "surveyed", "already_registered"]).sum()
        assert row.contacts == contacts and abs(row.contact_rate - contacts / len(mine)) < 1e-3
        assert row.postcodes == tg.n[sid] and abs(row.households_targeted - tg.h[sid]) < 0.1
        week = pd.to_datetime(mine.visit_date)
        monday = (week - pd.to_timedelta(week.dt.weekday, unit="D")).dt.strftime("%Y-%m-%d")
        assert weeks[weeks.setup_id == sid].set_index("week").visits.to_dict() == monday.value_counts().to_dict()
    assert res["VISITS"] == len(v) and res["REGISTERED"] == (v.outcome == "registered").sum()
    members = pd.read_sql("select member_id, postcode from members", con)
    html = (t / "p.html").read_text(encoding="utf-8")
    assert "<svg" in html and html.count("<rect") >= len(weeks) and "Polish" in html
    assert not any(m in html for m in members.member_id.head(2000))
    con.close()


def test_survey_responses_and_community_shares_are_computed_independently(visited):
    from local_priority_targeting.core.report import progress as P
    ws, (a, b), t = visited
    con = sqlite3.connect(ws)
    members = pd.read_sql("select * from members", con)
    surveys = pd.read_sql("select response_id, member_id, submitted from surveys", con)
    targets = pd.read_sql("select setup_id, postcode from lpt_setup_targets", con)
    con.close()
    with open_store(ws) as st:
        prog = P.build(st).setups.set_index("setup_id")
    from local_priority_targeting.core.io import consent
    active = members[consent.messageable(members)[0]]          # consent rules are tested on their own
    for sid, start in ((a, "2024-03-04"), (b, "2024-03-11")):
        pcs = set(targets[targets.setup_id == sid].postcode)
        ids = set(active[active.postcode.isin(pcs)].member_id)
        sub = pd.to_datetime(surveys.submitted, errors="coerce")
        want = surveys[surveys.member_id.isin(ids) & (sub >= start)].response_id.nunique()
        assert prog.survey_responses[sid] == want
    m = active[active.postcode.isin(set(targets[targets.setup_id == b].postcode))]
    joined = pd.to_datetime(m.registered, errors="coerce")
    before = m[joined < "2024-03-11"]
    cols = ["ethnic_group", "religion", "main_language"]
    answered = before[cols].fillna("").apply(lambda c: c.str.strip() != "").any(axis=1)
    polish = before[cols].fillna("").apply(lambda c: c.str.strip().str.lower() == "polish").any(axis=1)
    n, k = int(answered.sum()), int((polish & answered).sum())
    assert prog.community_before_answered[b] == n
    if n >= 5:
        assert abs(prog.community_before_share[b] - k / n) < 1e-3
        assert prog.community_before_lo[b] <= k / n <= prog.community_before_hi[b]
    assert pd.isna(prog.get("community_before_share", pd.Series(dtype=float)).get(a))   # no community: no share


def test_the_report_speaks_the_users_language_and_escapes_values(visited):
    """With a translation installed (a lookup that marks each core text, installed as the plugin installs Qt's),
    the report's own words, the outcome labels, the sentences with figures and the month come out translated; the
    values in them (a title typed by the user, the set-up's figures) stay, escaped."""
    from local_priority_targeting.core import i18n
    from local_priority_targeting.core.report import progress as P
    from local_priority_targeting.core.report.progress_html import render
    ws, (a, b), t = visited
    with open_store(ws) as st:
        prog = P.build(st, [a, b])
    english = render(prog, "East & <West>")
    i18n.install(lambda context, text: "CY " + text if context == "core" else text)
    try:
        html = render(prog, "East & <West>")
    finally:
        i18n.install(None)
    assert "<h1>CY Door-knocking progress: East &amp; &lt;West&gt;</h1>" in html
    assert "<h1>Door-knocking progress: East &amp; &lt;West&gt;</h1>" in english and "CY " not in english
    assert "CY Per week" in html and "CY Registered" in html and "CY No access" in html
    setups = prog.setups.set_index("setup_id")
    assert f"CY {setups.postcodes[a]:,} postcodes" in html and f"CY {setups.surveyed[b]} surveyed at the door" in html
    assert "CY Target community <b>Polish</b>: share among members" in html
    import re
    titles = re.findall(r"<title>\d{4}-\d{2}-\d{2}: \d+ ([^<]*)</title>", html)    # the chart's bars: labels, not codes
    assert titles and set(titles) <= {"CY Registered", "CY Surveyed", "CY Already registered", "CY Declined",
                                      "CY Not in", "CY No access"}, set(titles)
    assert "<b>CY " not in html and "&lt;b&gt;" not in html           # markup of the template, not of the text


def test_a_team_no_set_up_has_is_refused_naming_the_teams(visited, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    ws, _, _ = visited
    with pytest.raises(QgsProcessingException) as e:
        processing.run("lpt:progressreport", {"WORKSPACE": ws, "TEAM": "NPT Eats", "REPORT": str(tmp_path / "r.html"),
                                              "SETUPS": "TEMPORARY_OUTPUT", "WEEKS": "TEMPORARY_OUTPUT"})
    msg = str(e.value)
    assert "NPT Eats" in msg and msg.index("NPT East") < msg.index("NPT West") and "TEAM" in msg
    assert not (tmp_path / "r.html").exists()
    ok = processing.run("lpt:progressreport", {"WORKSPACE": ws, "TEAM": " npt  east ", "REPORT": str(tmp_path / "a.html"),
                                               "SETUPS": "TEMPORARY_OUTPUT", "WEEKS": "TEMPORARY_OUTPUT"})
    assert ok["VISITS"] > 0                                            # case and spacing do not matter
