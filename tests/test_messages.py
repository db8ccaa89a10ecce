"""Messages: audience logic, guards, templates (escaping, no personal data), SMS, export, log, replies."""
import json
import os
from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
import pytest
import shapely

from local_priority_targeting.core.engage import messages as M
from local_priority_targeting.core.engage.message_log import MessageLog
from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.io.replies import RepliesReader, engagement

from test_link_insight import hull  # noqa: F401


@pytest.fixture(scope="module")
def linked(hull):  # noqa: F811
    inp, links = hull
    return links.members, inp


def test_include_exclude_must_match_an_independent_count(linked):
    m, inp = linked
    ward = m.area_code.astype(str).value_counts().index[0]
    in_area = m.area_code.astype(str) == ward
    sets = M.parse_audience("include group=IAG|Neighbourhood Watch; must age_band=55-64|65-74|75+; "
                            "exclude religion=Christian")
    aud = M.select_audience(m, in_area, sets)
    # independent count with plain Python
    expect = []
    for r in m.itertuples():
        g = set(str(r.groups).split("|"))
        if (str(r.area_code) == ward and g & {"IAG", "Neighbourhood Watch"} and r.age_band in ("55-64", "65-74", "75+")
                and r.religion != "Christian" and r.status == "active"):
            expect.append(r.member_id)
    assert sorted(aud.member_id) == sorted(expect) and len(expect) > 0


def test_opted_out_members_are_never_in_an_audience(linked):
    m, _ = linked
    out = m[m.status == "opted_out"]
    assert len(out) > 100
    aud = M.select_audience(m, pd.Series(True, index=m.index),
                            [M.AudienceSet("area", tuple(out.area_code.astype(str).unique()), "include")])
    assert not aud.member_id.isin(out.member_id).any()
    areas = set(out.area_code.astype(str)) - {""}          # a blank value selects nothing
    assert len(aud) == ((m.status == "active") & m.area_code.astype(str).isin(areas)).sum()


def test_polygon_and_circle_areas(linked):
    m, inp = linked
    ward = inp.areas.iloc[3]
    poly_in = M.members_in_polygon(m, ward.geometry)
    assert poly_in.sum() == (m.area_code.astype(str) == ward.area_code).sum()   # same as point in area
    centre = shapely.centroid(ward.geometry)
    circle = shapely.buffer(centre, 500, quad_segs=32)
    inside = M.members_in_polygon(m, circle)
    d = np.hypot(m.easting - centre.x, m.northing - centre.y)
    assert (inside == (d <= 499.5)).sum() >= len(m) - int(((d > 499.5) & (d < 500.5)).sum())


def test_guards(tmp_path):
    now = datetime(2024, 3, 1, tzinfo=timezone.utc)
    hist = pd.DataFrame({"member_id": ["a", "b", "c"], "sent_at": [(now - timedelta(days=d)).isoformat() for d in (2, 5, 30)]})
    g = M.check_guards(["a", "b", "c", "d"] * 1, hist, now, frequency_days=7, min_audience=3)
    assert g.recent_recipients == 2 and not g.blocked and "2 of 4 recipients" in g.messages[0]
    assert M.check_guards(["a", "b", "c", "d"], hist, now, 7, 3, block_on_frequency=True).blocked
    small = M.check_guards(["x", "y"], hist, now, 7, min_audience=10)
    assert small.blocked and "below the minimum of 10" in small.messages[0]
    with pytest.raises(LptInputError, match="blocked"):
        with MessageLog.open(log_path=str(tmp_path / "log.gpkg")) as log:
            log.export(M.Message("Ward", "sms", "s", "b", "me"), ["x", "y"], str(tmp_path / "out"), guard=lambda h: small)
    assert os.listdir(tmp_path / "out") == []
    with MessageLog.open(log_path=str(tmp_path / "log.gpkg"), create=False) as log:
        assert log.messages().empty and log.recipients().empty


def test_templates_escape_markup_and_never_carry_personal_data(linked, tmp_path):
    m, _ = linked
    m = m.copy()
    m["name"] = "<img src=x onerror=alert(1)> Evil"
    m["email"] = "evil<script>@example.org"
    area = M.area_context("<b>Holderness</b> & Co", {"prio1": "drugs", "prio1_pct": 41.2, "prio2": "<i>asb</i>",
                                                     "prio2_pct": 20.0, "responses": 37, "c_burglary": 4},
                          {"crimes_1": 10, "crimes_2": 16, "crimes_pct": 60.0, "crimes_sig": True})
    for name, title in M.template_list():
        subject, body = M.render_template(name, area, what_was_done="Closed <script>alert(1)</script> a drugs den",
                                          team="Holderness NPT")
        assert "<b>Holderness</b>" not in body and "&lt;b&gt;Holderness&lt;/b&gt; &amp; Co" in body
        assert "<script>" not in body and "<i>asb</i>" not in body
        assert "Evil" not in body and "@example.org" not in body and "onerror" not in body
        assert subject.startswith(("You said", "Appeal", "Tell us", "Crime prevention")) and "Holderness" in subject
    subject, body = M.render_template("you_said_we_did", area, what_was_done="More patrols")
    text = M.html_to_text(body)
    assert "drugs (41%)" in text and "up 60%" in text and "<p>" not in text and "&amp;" not in text
    aud = M.select_audience(m, pd.Series(True, index=m.index), [])
    with MessageLog.open(log_path=str(tmp_path / "log.gpkg")) as log:
        paths = log.export(M.Message("<b>Holderness</b>", "email", subject, body, "analyst"), aud.member_id,
                           str(tmp_path))
    dump = open(paths["message"]).read() + open(paths["recipients"]).read()
    assert "Evil" not in dump and "evil" not in dump and "07700 900" not in dump


def test_unknown_template_and_bad_audience():
    with pytest.raises(LptInputError, match="unknown template"):
        M.render_template("nope", M.area_context("X"))
    with pytest.raises(LptInputError, match="cannot read audience set"):
        M.parse_audience("everyone please")
    with pytest.raises(LptInputError, match="not one of"):
        M.parse_audience("include shoe_size=9")


@pytest.mark.parametrize("text,expected", [("a" * 160, (160, 1, "GSM-7")), ("a" * 161, (161, 2, "GSM-7")),
                                           ("a" * 306, (306, 2, "GSM-7")), ("a" * 307, (307, 3, "GSM-7")),
                                           ("€" * 80, (160, 1, "GSM-7")), ("ł" * 70, (70, 1, "UCS-2")),
                                           ("ł" * 71, (71, 2, "UCS-2"))])
def test_sms_segments(text, expected):
    assert M.sms_segments(text) == expected


def test_export_log_and_replies(linked, tmp_path):
    m, _ = linked
    aud = M.select_audience(m, m.area_code.astype(str) == m.area_code.astype(str).value_counts().index[0], [])
    msg = M.Message("Ward A", "sms", "Survey", "Please take part", "analyst", "survey_invitation",
                    created="2024-03-01T10:00:00+00:00")
    area = shapely.box(500000, 420000, 501000, 421000)
    with MessageLog.open(log_path=str(tmp_path / "log.gpkg")) as log:
        paths = log.export(msg, aud.member_id, str(tmp_path / "out"), shapely.to_wkb(area), area.wkt)
    back = pd.read_csv(paths["recipients"], dtype=str)
    assert back.member_id.tolist() == aud.member_id.tolist()
    meta = json.load(open(paths["message"]))
    assert {"area_label", "channel", "subject", "body", "author", "created", "audience_size"} <= set(meta)
    assert meta["audience_size"] == len(aud) and meta["channel"] == "sms"
    log = MessageLog.open(log_path=str(tmp_path / "log.gpkg"), create=False)            # reopened: nothing lost
    assert log.messages().message_id.tolist() == [msg.message_id]
    assert shapely.equals(shapely.from_wkb(log.messages().area_wkb.iloc[0]), shapely.MultiPolygon([area]))
    rec, msgs = log.recipients(), log.messages()
    log.close()
    assert len(rec) == len(aud) and (rec.sent_at == msg.created).all()
    g = M.check_guards(aud.member_id, rec, datetime(2024, 3, 4, tzinfo=timezone.utc), frequency_days=7, min_audience=1)
    assert g.recent_recipients == len(aud)
    # replies: 10% reply, one twice, plus one reply to a message we never sent
    rid = aud.member_id.iloc[: max(1, len(aud) // 10)].tolist()
    rows = [(r, msg.message_id, "2024-03-02 18:41", "Thanks") for r in rid] + \
        [(rid[0], msg.message_id, "2024-03-03 09:00", "Again"), ("M999", "MSG-OTHER", "2024-03-03 09:00", "?")]
    p = tmp_path / "replies.csv"
    pd.DataFrame(rows, columns=["Member ID", "Message ID", "Reply time", "Reply text"]).to_csv(p, index=False)
    rep = RepliesReader(str(p)).read()
    assert rep.n_accepted == len(rows)
    eng = engagement(msgs, rec, rep.accepted, m.set_index("member_id").area_code.astype(str))
    pm = eng["per_message"].set_index("message_id").loc[msg.message_id]
    assert (pm.recipients, pm.repliers, pm.replies) == (len(aud), len(rid), len(rid) + 1)
    assert pm.reply_rate == pytest.approx(round(100 * len(rid) / len(aud), 2))
    assert eng["unmatched"].message_id.tolist() == ["MSG-OTHER"]
    pa = eng["per_area"]
    assert pa.recipients.sum() == len(aud) and (pa.month == "2024-03").all()


def _raw(rows, cols=("member_id", "status", "groups", "area_code", "street_id")):
    df = pd.DataFrame(rows, columns=list(cols))
    for c in ("age_band", "gender", "ethnic_group", "religion", "main_language", "disability"):
        df[c] = ""
    return df


def test_raw_exports_and_edited_layers_fail_closed():
    """Whatever table reaches an audience: only explicitly active members, each once."""
    m = _raw([("A", "Active", "IAG", "E1", ""), ("B", "Opted out", "", "E1", ""), ("C", "unsubscribed", "", "E1", ""),
              ("D", "OPTED_OUT", "", "E1", ""), ("E", "", "", "E1", ""), ("F", "Pending", "", "E1", ""),
              ("G", None, "", "E1", ""), ("H", "active", "", "E1", ""), ("H ", "opted out", "", "E1", ""),
              ("I", " ACTIVE\u200b", "", "E1", ""), ("I", "Active", "", "E1", ""), ("J", "Activ", "", "E1", "")])
    aud = M.select_audience(m, pd.Series(True, index=m.index))
    assert sorted(aud.member_id.str.strip()) == ["A", "I"]
    counts = M.consent_counts(m, pd.Series(True, index=m.index))
    assert counts == {"active": 2, "opted_out": 4, "unknown": 4}
    flagged = m.assign(**{"Email Opt Out": ["TRUE"] + [""] * 11, "Unsubscribed": [""] * 10 + ["2024-01-01", ""]})
    assert M.select_audience(flagged, pd.Series(True, index=m.index)).empty
    assert M.select_audience(m.drop(columns="status"), pd.Series(True, index=m.index)).empty


def test_audience_values_match_case_and_space_insensitively_and_unknown_values_error():
    m = _raw([(f"M{i}", "active", g, "E1", "") for i, g in enumerate(["IAG", "IAG|Neighbourhood Watch",
                                                                        "Neighbourhood Watch", "", "Faith Group"] * 3)])
    every = pd.Series(True, index=m.index)
    n_iag = len(M.select_audience(m, every, M.parse_audience("exclude group=IAG")))
    for spelling in ("iag", " Iag ", "IAG"):
        assert len(M.select_audience(m, every, M.parse_audience(f"exclude group={spelling}"))) == n_iag == 9
    for spelling in ("NHW", "Neighborhood Watch", "neighbourhood  watch"):
        assert len(M.select_audience(m, every, M.parse_audience(f"include group={spelling}"))) == 6
    with pytest.raises(LptInputError, match="no member has 'Home Wacth'.*IAG"):
        M.select_audience(m, every, M.parse_audience("include group=Home Wacth"))
    assert M.audience_values(m, "group").to_dict() == {"IAG": 6, "Neighbourhood Watch": 6, "Faith Group": 3}


QT_RICH = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN" "http://www.w3.org/TR/REC-html40/strict.dtd">\n'
           '<html><head><meta name="qrichtext" content="1" /><style type="text/css">p, li { white-space: pre-wrap; }'
           '</style></head><body style=" font-family:\'Sans Serif\'; font-size:9pt;"><p style=" margin-top:0px; '
           '-qt-block-indent:0;">Hello &amp; thanks</p></body></html>')


@pytest.mark.parametrize("channel", ["email", "sms"])
def test_every_template_exports_plain_text_and_an_html_part_made_from_it(tmp_path, channel):
    area = M.area_context("Hessle Road and Anlaby Road", {"prio1": "drugs", "prio1_pct": 41.0, "responses": 30})
    for name, _ in M.template_list():
        subject, body = M.render_template(name, area, what_was_done="Two warrants", team="NPT", incident="a theft",
                                          reference="24/1234", survey_link="https://example.org/s")
        with MessageLog.open(log_path=str(tmp_path / "log.gpkg")) as log:
            paths = log.export(M.Message("Hessle Road", channel, subject, body, "me", name), ["a", "b"],
                               str(tmp_path / f"{name}_{channel}"))
        meta = json.load(open(paths["message"]))
        assert "<" not in meta["body"] and "qrichtext" not in meta["body"] and "&amp;" not in meta["body"]
        assert ("body_html" in meta) == (channel == "email")
        if channel == "email":
            assert meta["body_html"].count("<p>") >= 2 and "<script" not in meta["body_html"]
    assert M.as_plain_text(QT_RICH) == "Hello & thanks"
    assert M.unfilled_placeholders("See [reference] and {{ link }}", "ok [x] [describe it]") == \
        ["[reference]", "{{ link }}", "[describe it]"]
    assert M.join_names(["Hessle Road", "Anlaby Road", "Hessle Road", "", "Boulevard", "Beverley Road"]) == \
        "Hessle Road, Anlaby Road and Boulevard and nearby streets"
