"""#24 point 5: key contacts (lpt:keycontacts) on the demo chain imported by the algorithms, members re-imported with
their contact fields and planted opt-outs: written only when confirmed, opted-out and unknown-status members never
listed, the rows an independent pandas selection gives, one audit row per export with no personal data in it, no
file without an audit row (read-only workspace, audit refused by the database), cells neutralised, and contact
fields read by nothing else."""
import ast
import csv
import getpass
import json
import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from local_priority_targeting.core.engage import audit
from local_priority_targeting.core.engage import key_contacts as K
from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.link.cache import ensure_stored_links
from local_priority_targeting.core.store.workspace import open_store

from _paths import ROOT
from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported by the algorithms)

AREA = "E05011541"
CONTACTS = ("name", "email", "phone")
FORMULA_NAME, PLUS_PHONE = '=HYPERLINK("http://x.example","click")', "+44 7700 900123"


def _sql(path, sql, params=()):
    con = sqlite3.connect(path)
    con.execute(sql, params)
    con.commit()
    con.close()


def _table(path, sql):
    con = sqlite3.connect(path)
    try:
        return pd.read_sql(sql, con)
    finally:
        con.close()


@pytest.fixture(scope="module")
def planted(imported, generated, tmp_path_factory):  # noqa: F811
    """The imported workspace (linked), its members imported again WITH contact fields, after planting among the
    area's members: advisory-group members (spelt 'Independent Advisory Group') of whom some opted out, some of
    unknown status, one opted out by an older record of theirs, and formula / phone text in contact fields."""
    import processing
    t = tmp_path_factory.mktemp("contacts")
    plain = str(t / "plain.gpkg")                       # as imported: no contact fields
    shutil.copy(imported.workspace, plain)
    with open_store(plain) as st:
        ensure_stored_links(st, 150.0)
    pcs = set(_table(plain, f"select postcode from link_postcodes where area_code = '{AREA}'").postcode)
    m = pd.read_csv(generated["paths"]["members"], dtype=str, keep_default_na=False)
    here = m[m.Postcode.str.upper().str.replace(" ", "").isin({p.replace(" ", "") for p in pcs}) &
             (m.Status == "Active") & (m["Opt-out Date"] == "") & (m["Key Contact"] == "No") & (m.Groups == "")]
    assert len(here) >= 24
    iag = here.index[:24]
    m.loc[iag, "Groups"] = "Independent Advisory Group"
    out_ids = list(m.loc[iag[:8], "Member ID"])             # opted out
    m.loc[iag[:8], "Status"] = "Opted out"
    unknown_ids = list(m.loc[iag[8:12], "Member ID"])       # blank or unrecognised status: unknown
    m.loc[iag[8:10], "Status"] = ""
    m.loc[iag[10:12], "Status"] = "pending review"
    older = m.loc[[iag[12]]].assign(Status="Opted out", **{"Registration Date": "2001-01-01"})
    out_ids.append(m.loc[iag[12], "Member ID"])             # an older record says opted out: opted out
    m.loc[iag[13], "Name"] = FORMULA_NAME
    m.loc[iag[14], "Phone"] = PLUS_PHONE
    m.loc[iag[15], "Email"] = "@cmd|' /C calc'!A0"
    src = t / "members_with_contacts.csv"
    pd.concat([m, older], ignore_index=True).to_csv(src, index=False)
    ws = str(t / "ws.gpkg")
    shutil.copy(plain, ws)
    processing.run("lpt:importmembers", {"INPUT": str(src), "WORKSPACE": ws, "INCLUDE_CONTACTS": True,
                                         "OUTPUT": str(t / "members.gpkg")})
    active = [i for i in m.loc[iag[12:], "Member ID"] if i not in out_ids]
    return {"ws": ws, "plain": plain, "dir": t, "opted_out": out_ids, "unknown": unknown_ids, "active_iag": active}


def _copy(planted, name, which="ws"):
    path = str(planted["dir"] / f"{name}.gpkg")
    shutil.copy(planted[which], path)
    return path


def _params(ws, out, **kw):
    return dict({"WORKSPACE": ws, "AREA_CODES": AREA, K.CONFIRM: True, "OUTPUT": str(out)}, **kw)


def _audit(ws):
    return _table(ws, "select * from lpt_audit order by audit_id")


def _independent(ws, codes, groups=("iag", "key individual", "key individuals"), key_contacts=True):
    """The rows selected here with plain pandas from the stored tables."""
    members = _table(ws, "select * from members")
    pc = _table(ws, "select postcode, street_id, area_code from link_postcodes").drop_duplicates("postcode")
    streets = _table(ws, "select street_id, name as street from streets").drop_duplicates("street_id")
    m = members.merge(pc, on="postcode", how="left").merge(streets, on="street_id", how="left")
    in_group = m.groups.fillna("").map(lambda g: any(x.strip().lower() in groups for x in g.split("|")))
    flagged = (m.key_contact == 1) if key_contacts else False
    return m[m.area_code.isin(codes) & (m.status == "active") & (in_group | flagged)]


def _read_csv(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False)


# ------------------------------------------------------------------ written only when asked
@pytest.mark.parametrize("confirm", [False, None])
def test_without_confirmation_nothing_is_written_and_nothing_audited(run_alg, planted, tmp_path, confirm):
    ws = _copy(planted, f"noconfirm_{confirm}")
    out = tmp_path / "kc.csv"
    params = _params(ws, out)
    if confirm is None:
        del params[K.CONFIRM]
    else:
        params[K.CONFIRM] = confirm
    with pytest.raises(QgsProcessingException, match="personal data.*CONFIRM_PERSONAL_DATA=true"):
        run_alg("lpt:keycontacts", params)
    assert not out.exists() and os.listdir(tmp_path) == [] and len(_audit(ws)) == 0
    with open_store(ws) as st, pytest.raises(LptInputError, match="written only when explicitly asked"):
        K.export(st, K.ContactsSpec(area_codes=[AREA], confirm=False), str(out), "me")
    assert not out.exists() and len(_audit(ws)) == 0


def test_areas_are_required_all_areas_only_when_asked(run_alg, planted, tmp_path):
    ws = _copy(planted, "areas")
    for params, needle in ((dict(AREA_CODES=""), "no area given"),
                           (dict(ALL_AREAS=True), "area codes or ask for all areas, not both"),
                           (dict(AREA_CODES="E99999999"), "unknown area code\\(s\\): E99999999")):
        with pytest.raises(QgsProcessingException, match=needle):
            run_alg("lpt:keycontacts", _params(ws, tmp_path / "kc.csv", **params))
    assert os.listdir(tmp_path) == [] and len(_audit(ws)) == 0
    res = run_alg("lpt:keycontacts", _params(ws, tmp_path / "all.csv", AREA_CODES="", ALL_AREAS=True))
    codes = sorted(_table(ws, "select area_code from areas").area_code)
    want = _independent(ws, codes)
    assert sorted(_read_csv(res["OUTPUT"]).member_id) == sorted(want.member_id) and res["ROWS"] == len(want)
    assert _audit(ws).area.tolist() == [",".join(codes)]


# ------------------------------------------------------------------ who is listed
def test_the_rows_equal_an_independent_selection_and_opted_out_members_never_appear(run_alg, planted, tmp_path):
    ws = _copy(planted, "rows")
    res = run_alg("lpt:keycontacts", _params(ws, tmp_path / "kc.csv"))
    got = _read_csv(res["OUTPUT"])
    want = _independent(ws, [AREA])
    assert res["ROWS"] == len(got) == len(want) and len(got) >= 15
    assert list(got.columns) == ["member_id", *CONTACTS, "groups", "key_contact", "area_code", "area_name", "street"]
    g, w = got.set_index("member_id").sort_index(), want.set_index("member_id").sort_index()
    assert list(g.index) == list(w.index)
    for c in ("email", "groups", "area_code"):
        assert (g[c].str.lstrip("'") == w[c].fillna("")).all(), c
    assert (g.street == w.street.fillna(w.street_id)).all()
    assert (g.key_contact == w.key_contact.map({1: "yes", 0: "no"})).all()
    assert not set(got.member_id) & set(planted["opted_out"] + planted["unknown"])
    assert set(planted["active_iag"]) <= set(got.member_id)
    stored = _table(ws, "select member_id, status from members").set_index("member_id").status
    assert set(stored[planted["opted_out"]]) == {"opted_out"} and set(stored[planted["unknown"]]) == {"unknown"}
    assert (stored[got.member_id] == "active").all()


def test_groups_are_matched_as_audiences_are_and_fail_closed(run_alg, planted, tmp_path):
    ws = _copy(planted, "groups")
    res = run_alg("lpt:keycontacts", _params(ws, tmp_path / "g.csv", GROUPS="independent advisory group | NHW",
                                             KEY_CONTACTS=False))
    want = _independent(ws, [AREA], groups=("iag", "neighbourhood watch"), key_contacts=False)
    got = _read_csv(res["OUTPUT"])
    assert sorted(got.member_id) == sorted(want.member_id) and (got.groups != "").all()
    assert (got.key_contact == "yes").sum() < len(got)
    with pytest.raises(QgsProcessingException, match="no member has 'Chess Club' \\(values present: .*IAG"):
        run_alg("lpt:keycontacts", _params(ws, tmp_path / "x.csv", GROUPS="Chess Club"))
    assert not (tmp_path / "x.csv").exists() and len(_audit(ws)) == 1


def test_without_contact_fields_the_list_says_how_to_import_them(planted, tmp_path, lpt_plugin):
    import processing

    class Said(QgsProcessingFeedback):
        text = ""

        def pushWarning(self, info):  # noqa: N802
            self.text += info + "\n"

    ws = _copy(planted, "no_contacts", "plain")
    said = Said()
    res = processing.run("lpt:keycontacts", _params(ws, tmp_path / "p.csv"), feedback=said)
    got = _read_csv(res["OUTPUT"])
    assert list(got.columns) == ["member_id", "groups", "key_contact", "area_code", "area_name", "street"]
    assert len(got) == res["ROWS"] > 0
    assert "Contacts were not imported" in said.text and "INCLUDE_CONTACTS=true" in said.text
    assert json.loads(_audit(ws).detail[0])["contact_fields"] == []


# ------------------------------------------------------------------ the audit
def test_every_export_adds_one_audit_row_without_personal_data(run_alg, planted, tmp_path):
    ws = _copy(planted, "audit")
    members = _table(ws, "select member_id, name, email, phone from members")
    runs = [("a.csv", {}), ("b.csv", dict(GROUPS="IAG", KEY_CONTACTS=False)), ("c.csv", {})]
    for i, (name, extra) in enumerate(runs, start=1):
        before = len(_audit(ws))
        res = run_alg("lpt:keycontacts", _params(ws, tmp_path / name, **extra))
        rows = _audit(ws)
        assert len(rows) == before + 1 and res["AUDIT_ID"] == i
        row = rows.iloc[-1]
        assert row.audit_id == i and row.n_rows == res["ROWS"] == len(_read_csv(res["OUTPUT"]))
        assert row.who == getpass.getuser() and row.action == K.ACTION and row.area == AREA
        detail = json.loads(row.detail)
        assert detail["output"] == str(tmp_path / name) and detail["contact_fields"] == list(CONTACTS)
        assert detail["groups"] == ["IAG"] and detail["key_contacts"] == (not extra)
        text = " ".join(str(v) for v in row.values)
        listed = members[members.member_id.isin(_read_csv(res["OUTPUT"]).member_id)]
        assert len(listed) == res["ROWS"]
        for col in ("member_id", "name", "email", "phone"):
            assert not [v for v in listed[col] if v and v in text], col
    with open_store(ws) as st:
        assert list(audit.read(st).audit_id) == [1, 2, 3] and len(audit.read(st, K.ACTION)) == 3
        with pytest.raises(LptInputError, match="may not hold personal data"):
            audit.record(st, "me", "x", AREA, 1, {"member_ids": ["M1"]})
    assert len(_audit(ws)) == 3


def test_an_audit_the_database_refuses_leaves_no_file(run_alg, planted, tmp_path):
    ws = _copy(planted, "refused")
    _sql(ws, "CREATE TRIGGER no_audit BEFORE INSERT ON lpt_audit BEGIN SELECT RAISE(ABORT, 'audit refused'); END")
    out = tmp_path / "kc.csv"
    with pytest.raises(QgsProcessingException, match="not written: the export could not be recorded.*audit refused"):
        run_alg("lpt:keycontacts", _params(ws, out))
    assert os.listdir(tmp_path) == [] and len(_audit(ws)) == 0
    out.write_text("an older export\n")                  # a file already there is left as it was
    with open_store(ws) as st, pytest.raises(LptInputError):
        K.export(st, K.ContactsSpec(area_codes=[AREA], confirm=True), str(out), "me")
    assert os.listdir(tmp_path) == ["kc.csv"] and out.read_text() == "an older export\n"


def _chattr(flag, path):
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


def test_a_read_only_workspace_writes_no_file(run_alg, planted, tmp_path):
    """Tests run as root, whom chmod does not stop: the workspace is made immutable (chattr +i)."""
    ws = _copy(planted, "readonly")
    before = Path(ws).read_bytes()
    if not _chattr("+i", ws):
        os.chmod(ws, 0o444)
        if os.access(ws, os.W_OK):
            pytest.skip("cannot make the workspace read-only here (root without chattr)")
    out = tmp_path / "kc.csv"
    try:
        with pytest.raises(QgsProcessingException, match="cannot be written"):
            run_alg("lpt:keycontacts", _params(ws, out))
    finally:
        _chattr("-i", ws)
        os.chmod(ws, 0o644)
    assert os.listdir(tmp_path) == [] and Path(ws).read_bytes() == before


# ------------------------------------------------------------------ the file
def test_cells_that_would_run_as_a_formula_are_neutralised(run_alg, planted, tmp_path):
    ws = _copy(planted, "csv")
    res = run_alg("lpt:keycontacts", _params(ws, tmp_path / "kc.csv"))
    with open(res["OUTPUT"], encoding="utf-8", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert "'" + FORMULA_NAME in cells and "'" + PLUS_PHONE in cells and "'@cmd|' /C calc'!A0" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]


# ------------------------------------------------------------------ contact fields read by nothing else
READERS = [ROOT / "core" / "analyse", ROOT / "core" / "report", ROOT / "processing" / "analyse",
           ROOT / "processing" / "report"]
ALLOWED = {ROOT / "core" / "io" / "members.py", ROOT / "core" / "synth.py",
           ROOT / "core" / "engage" / "key_contacts.py", ROOT / "processing" / "engage" / "key_contacts.py"}


def _contact_refs(path):
    """Where a Python file names a contact column: m['email'], m.phone, read_table(..., ['name', 'email'])."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ("email", "phone"):
            hits.append((node.lineno, node.attr))
        if isinstance(node, ast.Constant) and node.value in ("email", "phone"):
            hits.append((node.lineno, node.value))
        if isinstance(node, (ast.Name, ast.Attribute)) and getattr(node, "id", getattr(node, "attr", "")) == \
                "CONTACT_FIELDS":
            hits.append((node.lineno, "CONTACT_FIELDS"))
    return hits


def test_no_report_analysis_or_template_reads_contact_fields():
    files = [p for d in READERS for p in d.rglob("*.py")] + [ROOT / "core" / "engage" / f for f in
                                                            ("area_figures.py", "setup_feedback.py", "setups.py",
                                                             "setup_targets.py", "change_sentence.py")]
    assert len(files) > 15
    found = {str(p.relative_to(ROOT)): h for p in files if p not in ALLOWED for h in [_contact_refs(p)] if h}
    assert found == {}
    users = [p for p in (ROOT / "core").rglob("*.py") if "CONTACT_FIELDS" in p.read_text(encoding="utf-8")]
    assert set(users) <= ALLOWED
    templates = list((ROOT / "resources" / "templates").glob("*.j2"))
    assert len(templates) >= 5
    expr = re.compile(r"{[{%](.*?)[%}]}", re.S)
    for t in templates:
        inside = " ".join(expr.findall(t.read_text(encoding="utf-8")))
        inside = re.sub(r'"[^"]*"|\'[^\']*\'', "", inside)          # words in the text, not names of values
        assert not re.search(r"\b(email|phone|member_id|members?)\b", inside), t.name


def test_outputs_of_other_algorithms_hold_no_contact_values(run_alg, planted, tmp_path):
    """Insight and a message export from the workspace that holds contact fields: no name, email or phone in any
    output (the message's recipients are member ids by design, for the alert platform)."""
    ws = _copy(planted, "others")
    members = _table(ws, "select name, email, phone from members where status = 'active'")
    outs = run_alg("lpt:linkcommunity", dict(WORKSPACE=ws, PERIOD_START="2024-01", PERIOD_END="2024-02",
                                             STREET_INSIGHT=str(tmp_path / "si.gpkg"),
                                             AREA_INSIGHT=str(tmp_path / "ai.gpkg"),
                                             FORCE_SUMMARY=str(tmp_path / "fs.gpkg"),
                                             UNMATCHED=str(tmp_path / "u.gpkg")))
    run_alg("lpt:exportmessage", dict(WORKSPACE=ws, AREA_MODE=1, AREA_CODES=AREA, TEMPLATE=2, MIN_AUDIENCE=1,
                                      BODY="Thank you for your help this month.", LOG=str(tmp_path / "log.gpkg"),
                                      OUTPUT_FOLDER=str(tmp_path / "message")))
    assert all(os.path.exists(str(outs[k]).split("|")[0]) for k in ("STREET_INSIGHT", "AREA_INSIGHT"))
    cells = set()
    for f in tmp_path.rglob("*"):
        if f.suffix == ".gpkg":
            con = sqlite3.connect(f)
            for (t,) in con.execute("select table_name from gpkg_contents"):
                for row in con.execute(f'select * from "{t}"'):
                    cells.update(str(v) for v in row if isinstance(v, str))
            con.close()
        elif f.is_file():
            cells.update(re.split(r"[,\n\"{}:]", f.read_text(encoding="utf-8", errors="replace")))
    assert len(cells) > 100
    text = "\n".join(cells)
    assert not [e for e in members.email if e and e in text]
    assert not [p for p in members.phone if p and p in text]
    assert not set(members.name) & {c.strip() for c in cells}


def test_the_key_contact_flags_read_back_are_the_stored_ones(planted):
    """GDAL 3.6's Arrow-to-NumPy booleans were wrong (124 key contacts read back as 31 others): boolean fields are
    read without it, and every member's flag is the one SQLite holds."""
    raw = _table(planted["ws"], "select member_id, key_contact from members").set_index("member_id").key_contact
    with open_store(planted["ws"]) as st:
        got = st.read_table("members", ["member_id", "key_contact"]).set_index("member_id").key_contact
    assert raw.sum() > 50 and got.dtype == bool
    assert (got.reindex(raw.index) == raw.astype(bool)).all()


def test_rows_without_email_or_phone_are_counted_and_said(planted, tmp_path, lpt_plugin):
    import processing
    from qgis.core import QgsProcessingFeedback
    ws = _copy(planted, "unreachable")
    ids = list(_independent(ws, [AREA]).member_id[:3])
    for i in ids:
        _sql(ws, "update members set email = NULL, phone = '' where member_id = ?", (i,))

    class Log(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):  # noqa: N802
            Log.warnings.append(text)
    res = processing.run("lpt:keycontacts", _params(ws, tmp_path / "kc.csv"), feedback=Log())
    got = _read_csv(res["OUTPUT"])
    none = got[(got.email.str.strip() == "") & (got.phone.str.strip() == "")]
    assert set(ids) <= set(none.member_id)
    assert any(f"{len(none):,} of the rows have no email or phone" in w for w in Log.warnings), Log.warnings
