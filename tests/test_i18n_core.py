"""Messages written by core/ (no Qt) reach the user translated: the strings scripts/translations.py extracts from
core/ are pseudo-translated (each wrapped in ⟦ ⟧), compiled with lrelease and installed as the plugin installs a
translation (a QTranslator, and QCoreApplication.translate as core's lookup).  Then a real reader's reject reasons
and notes on a real member export, an input error, and link and store messages all come out translated, with the
values filled in after the lookup.  Every piece of English is checked, nested pieces included: a sentence left
unmarked (or built with an f-string) is not wrapped and the test fails."""
import importlib.util
import os
import re
import shutil
import subprocess

import pandas as pd
import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from _paths import ROOT

OPEN, CLOSE = "\u27e6", "\u27e7"        # ⟦ ⟧
MINE = tuple(os.path.join("core", d) + os.sep for d in ("io", "link", "store"))


def P(text: str) -> str:  # noqa: N802 - the pseudo-translation of an English source text
    return OPEN + text + CLOSE


def english(text: str) -> str:
    return re.sub(f"[{OPEN}{CLOSE}]", "", text)


def _extractor():
    spec = importlib.util.spec_from_file_location("lpt_translations", ROOT / "scripts" / "translations.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture()
def core_pseudo(tmp_path, qgis_app):
    """The core/ strings as scripts/translations.py extracts them, pseudo-translated and installed; removed after."""
    from local_priority_targeting.core import i18n
    if not shutil.which("lrelease"):
        pytest.fail("lrelease is missing: make deps installs qttools5-dev-tools")
    tr_script = _extractor()
    faults = []
    messages = tr_script.core_messages(faults)
    ts, qm = tmp_path / "lpt_xx.ts", tmp_path / "lpt_xx.qm"
    tr_script.write_ts(str(ts), "xx", messages, {key: P(key[1]) for key in messages})
    subprocess.run(["lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    before = i18n._lookup
    QCoreApplication.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    try:
        yield messages, faults
    finally:
        i18n.install(before)
        QCoreApplication.removeTranslator(translator)


def _members(generated):
    from local_priority_targeting.core.io.members import MembersReader
    res = MembersReader(generated["paths"]["members"], today="2024-12-31").read()
    return res.rejects.sort_values(["file", "row"]).reset_index(drop=True), list(res.notes), res.summary()


def _input_error(fn):
    from local_priority_targeting.core.errors import LptInputError
    with pytest.raises(LptInputError) as err:
        fn()
    return str(err.value)


def test_core_extraction_has_no_fault_and_covers_io_link_store(core_pseudo):
    messages, faults = core_pseudo
    assert not [f for f in faults if f.startswith(MINE)], faults
    where = [loc for loc in messages.values()]
    for d in MINE:
        assert sum(loc.startswith(d) for loc in where) >= 15, d


def test_reject_reasons_and_notes_of_a_real_member_export_are_translated(generated, core_pseudo, tmp_path):
    from local_priority_targeting.core import i18n
    # a repeated member (a newer record of the same id) and a registration date in the future, beside the
    # export's own planted faults (blank ids, postcodes not in the UK format, impossible dates); a status the
    # consent table does not know makes a note
    raw = pd.read_csv(generated["paths"]["members"], dtype=str, keep_default_na=False)
    good = raw[(raw["Member ID"] != "") & raw.Postcode.str.match(r"^HU\d+ \d[A-Z]{2}$")
               & raw["Registration Date"].str.match(r"^20[01]\d-") & (raw["Opt-out Date"] == "")]
    later = good.iloc[[0]].assign(**{"Registration Date": "2024-06-01"})
    future = good.iloc[[1]].assign(**{"Member ID": "M-FUTURE", "Registration Date": "2031-01-01"})
    unknown = good.iloc[[2]].assign(**{"Member ID": "M-UNKNOWN", "Status": "pending"})     # kept, never messaged
    src = tmp_path / "members.csv"
    pd.concat([raw, later, future, unknown]).to_csv(src, index=False)
    paths = {"paths": {"members": str(src)}}
    lookup = i18n._lookup
    i18n.install(None)
    try:
        plain, plain_notes, plain_summary = _members(paths)
    finally:
        i18n.install(lookup)
    rejects, notes, summary = _members(paths)
    assert len(rejects) == len(plain) > 10
    assert (rejects.value == plain.value).all() and (rejects.row == plain.row).all()
    # every reason is translated whole, and reads as the English once the marks are taken away
    assert rejects.reason.str.startswith(OPEN).all() and rejects.reason.str.endswith(CLOSE).all()
    assert (rejects.reason.map(english) == plain.reason).all()
    reasons = set(rejects.reason)
    assert P("not a valid UK postcode") in reasons and P("member id is blank") in reasons
    assert P("not a date ({hint})").format(hint=P("use YYYY-MM-DD or DD/MM/YYYY")) in reasons
    assert P("{label} is in the future").format(label=P("registration date")) in reasons
    # a reason with values filled in after the lookup: the file and row of the newer record
    first = rejects[(rejects.column == "member_id") & (rejects.value == later["Member ID"].iloc[0])]
    assert list(first.reason) == [P("superseded by a newer record of the same member ({file} row {row})").format(
        file="members.csv", row=len(raw) + 2)]
    assert list(first.row) == [int(good.index[0]) + 2]
    bad_pc = rejects[rejects.column == "postcode"]
    assert len(bad_pc) and bad_pc.value.str.endswith(" ZZ").all()
    # the reader's notes and summary too
    assert notes and [english(n) for n in notes] == plain_notes and all(n.startswith(OPEN) for n in notes)
    assert P("{n:,} member(s) have a blank or unrecognised status: they are kept but never messaged (add active "
             "synonyms to resources/config/consent.csv if that is wrong)").format(n=1) in notes
    assert summary.startswith(OPEN) and english(summary) == plain_summary


def test_an_input_error_is_translated_with_file_column_and_fix(generated, core_pseudo, tmp_path):
    from local_priority_targeting.core.io.members import MembersReader
    raw = pd.read_csv(generated["paths"]["members"], dtype=str, keep_default_na=False).drop(columns="Postcode")
    src = tmp_path / "no_postcode.csv"
    raw.head(50).to_csv(src, index=False)
    text = _input_error(lambda: MembersReader(str(src)).read())
    from local_priority_targeting.core.io.members import SPECS
    spec = next(s for s in SPECS if s.key == "postcode")
    what = P("required column '{key}' not found (accepted names: {names}; columns present: {columns})").format(
        key="postcode", names=", ".join([spec.key, *spec.aliases]), columns=", ".join(raw.columns))
    fix = P("rename the column or map it, e.g. COLUMN_MAP '{key}=<your column name>'.").format(key="postcode")
    assert text == P("{message} Fix: {fix}").format(message=P("{path}: {message}").format(path=src, message=what) + ".",
                                                    fix=fix)
    # a fatal error of the CSV itself: the header repeats a name
    dup = tmp_path / "dup.csv"
    dup.write_text("Member ID,Postcode,Postcode,Registration Date\nM1,HU1 1AA,HU1 1AA,2024-01-02\n")
    assert _input_error(lambda: MembersReader(str(dup)).read()) == P("{message} Fix: {fix}").format(
        message=P("{path}: {message}").format(
            path=dup, message=P("the header repeats column name(s) {names}").format(names="Postcode")) + ".",
        fix=P("give every column a distinct name."))


def test_link_and_store_messages_are_translated(core_pseudo, tmp_path):
    from local_priority_targeting.core.link.scope import left_out_sentence
    from local_priority_targeting.core.store.import_rules import check_shrink
    from local_priority_targeting.core.store.workspace import open_store
    # link: the sentence on what lay outside the areas analysed, its counts in whole phrases
    text = left_out_sentence("Orchard Park", {"crimes": 4710, "streets": 1, "hot places": 0}, unlocated=2)
    listed = P("{first} and {last}").format(first=", ".join([P("{n:,} crimes").format(n=4710),
                                                             P("{n:,} street").format(n=1)]),
                                            last=P("{n:,} hot places").format(n=0))
    assert text == P("Areas analysed: {name}. {listed} outside the areas analysed were left out.{more}").format(
        name="Orchard Park", listed=listed,
        more=P(" {n:,} members whose postcode is not in the postcode lookup were left out too.").format(n=2))
    # store: a real workspace GeoPackage asked for a table it does not hold, and an import that would shrink one
    ws = tmp_path / "ws.gpkg"
    store = open_store(str(ws))
    try:
        assert _input_error(lambda: store.read_table("visits")) == P("{message} Fix: {fix}").format(
            message=P("{path}: {message}").format(
                path=store.path, message=P("the workspace has no table {table}").format(table="visits")) + ".",
            fix=P("import it into the workspace first."))
        store.write_table("postcodes", pd.DataFrame({"postcode": [f"HU1 {i}AA" for i in range(1, 10)]}))
        text = _input_error(lambda: check_shrink(store, "postcodes", pd.DataFrame({"postcode": ["HU1 1AA"]}),
                                                 None, False))
    finally:
        store.close()
    what = P("the import accepted {n:,} rows; the workspace's {table} table holds {held:,}{last}, and storing it "
             "would replace them").format(n=1, table="postcodes", held=9, last="")
    fix = P("check the file and its rejected rows (REJECTS); if the smaller {table} table is right, run the import "
            "again with {flag}=true (the share allowed without it is {share:.0%} of the rows it replaces).").format(
        table="postcodes", flag="ALLOW_SHRINK", share=0.5)
    assert text == P("{message} Fix: {fix}").format(message=P("{path}: {message}").format(path=ws, message=P(
        "{what}; the import was not stored: nothing was written to the workspace").format(what=what)) + ".", fix=fix)
    assert english(text).endswith("(the share allowed without it is 50% of the rows it replaces).")
    txt = tmp_path / "ws.txt"
    assert _input_error(lambda: open_store(str(txt))) == P("{message} Fix: {fix}").format(
        message=P("{path}: {message}").format(path=txt, message=P("a workspace is a GeoPackage file (.gpkg)")) + ".",
        fix=P("name it e.g. hull_workspace.gpkg."))
