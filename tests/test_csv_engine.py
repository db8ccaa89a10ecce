"""The CSV engine: encodings, delimiters, row shape, empty files, column matching."""
import pandas as pd
import pytest

from local_priority_targeting.core.io.columns import ColumnSpec, match_columns, norm_name, parse_column_map
from local_priority_targeting.core.io.csvsource import detect_encoding, open_csv
from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.io.members import MembersReader

HEADER = "Member ID,Postcode,Registration Date,Ethnic Group,Religion\n"
ROWS = ["M1,HU1 1AA,2023-04-15,White,Christian\n", "M2,hu36ha,15/04/2023,Asian,Muslim\n",
        "M3,HU5 2LS,2022-01-03,,\n"]


def write(tmp_path, text, name="members.csv", encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return str(p)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings_are_detected_and_text_survives(tmp_path, encoding):
    # a Windows-1252 export carries 'é' and '£' as single bytes; UTF-8 with BOM is what Excel writes
    text = HEADER + ROWS[0] + "M9,HU1 1AZ,2023-05-01,Other ethnic group,Café £ society\n"
    path = write(tmp_path, text, encoding=encoding)
    src = open_csv(path)
    assert src.header[0] == "Member ID"        # no BOM left on the first column name
    res = MembersReader(path).read()
    assert res.n_accepted == 2
    assert res.accepted.religion.tolist()[1] == "Café £ society"


def test_cp1252_detected_even_when_the_odd_byte_is_late(tmp_path):
    rows = "".join(f"M{i},HU1 1AA,2023-04-15,White,\n" for i in range(20000))
    path = write(tmp_path, HEADER + rows + "MX,HU1 1AA,2023-04-15,White,Caf\xe9\n", encoding="cp1252")
    assert detect_encoding(path) == "cp1252"
    res = MembersReader(path).read()
    assert res.read == 20001 and res.accepted.religion.iloc[-1] == "Café"


def test_semicolon_file_is_sniffed(tmp_path):
    path = write(tmp_path, (HEADER + "".join(ROWS)).replace(",", ";"))
    res = MembersReader(path).read()
    assert res.files[0].delimiter == ";"
    assert res.n_accepted == 3


def test_wrong_delimiter_is_fatal_and_names_the_fix(tmp_path):
    path = write(tmp_path, (HEADER + "".join(ROWS)).replace(",", ";"))
    with pytest.raises(LptInputError) as err:
        MembersReader(path, delimiter="comma").read()
    msg = str(err.value)
    assert path in msg and "semicolon" in msg and "Fix:" in msg


def test_empty_file_is_fatal(tmp_path):
    path = write(tmp_path, "")
    with pytest.raises(LptInputError, match="empty"):
        MembersReader(path).read()


def test_header_only_reads_zero_with_a_note(tmp_path):
    path = write(tmp_path, HEADER)
    res = MembersReader(path).read()
    assert (res.read, res.n_accepted, res.n_rejected) == (0, 0, 0)
    assert any("header only" in n for n in res.notes)


def test_missing_required_column_names_file_column_and_fix(tmp_path):
    path = write(tmp_path, "Member ID,Registration Date\nM1,2023-01-01\n")
    with pytest.raises(LptInputError) as err:
        MembersReader(path).read()
    msg = str(err.value)
    assert path in msg and "'postcode'" in msg and "Member ID" in msg and "COLUMN_MAP" in msg


def test_rows_with_too_many_fields_rejected_too_few_read_as_blank(tmp_path):
    text = HEADER + ROWS[0] + "M2,HU1 1AA,2023-04-15,White,Christian,EXTRA\n" + "M3,HU1 1AA\n" + ROWS[2]
    res = MembersReader(write(tmp_path, text)).read()
    assert res.read == 4 and res.n_accepted == 2 and res.n_rejected == 2
    rej = res.rejects.set_index("row")
    assert "more fields" in rej.loc[3, "reason"] and rej.loc[3, "value"] == "EXTRA"
    # missing trailing fields read as blank: the required one is rejected, naming its column
    assert rej.loc[4, "reason"] == "registration date is blank" and rej.loc[4, "column"] == "registered"


def test_quoted_multiline_free_text_keeps_spreadsheet_row_numbers(tmp_path):
    text = HEADER + 'M1,HU1 1AA,2023-04-15,White,"line one\nline two"\n' + "M2,BADPC,2023-04-15,,\n"
    res = MembersReader(write(tmp_path, text)).read()
    assert res.rejects.row.tolist() == [3]     # record 2 of the data = spreadsheet row 3


def test_column_names_match_case_space_and_punctuation_insensitively():
    assert norm_name(" MEMBER_ID ") == norm_name("Member ID") == "memberid"
    specs = [ColumnSpec("postcode", ("post code",), True)]
    assert match_columns(["POST-CODE"], specs).mapping == {"postcode": "POST-CODE"}


def test_user_mapping_overrides_and_typos_are_caught(tmp_path):
    path = write(tmp_path, "Ref,Home PC,Joined On\nM1,HU1 1AA,2023-01-01\n")
    res = MembersReader(path, column_map="member_id=Ref; postcode=Home PC; registered=Joined On").read()
    assert res.n_accepted == 1 and res.accepted.postcode.iloc[0] == "HU1 1AA"
    with pytest.raises(LptInputError, match="unknown field 'postcde'"):
        parse_column_map("postcde=Home PC", MembersReader.specs)
    with pytest.raises(LptInputError, match="no such column"):
        MembersReader(path, column_map="member_id=Nope").read()


def test_folder_of_files_and_missing_file(tmp_path):
    (tmp_path / "a").mkdir()
    write(tmp_path / "a", HEADER + ROWS[0], "m1.csv")
    write(tmp_path / "a", HEADER + ROWS[1], "m2.csv")
    res = MembersReader(str(tmp_path / "a")).read()
    assert [f.read for f in res.files] == [1, 1]
    with pytest.raises(LptInputError, match="not found"):
        MembersReader(str(tmp_path / "nope.csv")).read()


def test_duplicates_found_across_chunks_and_files(tmp_path):
    (tmp_path / "d").mkdir()
    write(tmp_path / "d", HEADER + "".join(f"M{i},HU1 1AA,2023-04-15,,\n" for i in range(7)) + "M2,HU1 1AA,2023-04-15,,\n", "a.csv")
    write(tmp_path / "d", HEADER + "M5,HU1 1AA,2023-04-15,,\nM9,HU1 1AA,2023-04-15,,\nM9,HU1 1AA,2023-04-15,,\n", "b.csv")
    res = MembersReader(str(tmp_path / "d"), chunksize=3).read()
    # repeated members: the later record of equal date wins, across chunks and files
    assert res.accepted.member_id.tolist() == ["M0", "M1", "M3", "M4", "M6", "M2", "M5", "M9"]
    assert res.rejects[["file", "row", "reason"]].values.tolist() == [
        ["a.csv", 4, "superseded by a newer record of the same member (a.csv row 9)"],
        ["a.csv", 7, "superseded by a newer record of the same member (b.csv row 2)"],
        ["b.csv", 3, "superseded by a newer record of the same member (b.csv row 4)"]]
    assert res.read == 11 == res.n_accepted + res.n_rejected
    assert [(f.accepted, f.rejected) for f in res.files] == [(6, 2), (2, 1)]


def test_engine_duplicate_keys_across_chunks_and_files(tmp_path):
    from local_priority_targeting.core.io.surveys import SurveysReader
    (tmp_path / "d").mkdir()
    head = "response_id,member_id,submitted,trust\n"
    write(tmp_path / "d", head + "".join(f"R{i},M{i},2024-01-0{i + 1},3\n" for i in range(7)) + "R2,M2,2024-01-03,3\n", "a.csv")
    write(tmp_path / "d", head + "R5,M5,2024-01-06,3\nR9,M9,2024-01-09,3\nR9,M9,2024-01-09,3\n", "b.csv")
    res = SurveysReader(str(tmp_path / "d"), chunksize=3).read()
    assert res.accepted.response_id.tolist() == [f"R{i}" for i in range(7)] + ["R9"]
    assert res.rejects[["file", "row", "reason"]].values.tolist() == [
        ["a.csv", 9, "duplicate response_id (first at a.csv row 4)"],
        ["b.csv", 2, "duplicate response_id (first at a.csv row 7)"],
        ["b.csv", 4, "duplicate response_id (first at b.csv row 3)"]]


def test_readme_input_formats_match_the_readers():
    import subprocess
    import sys
    from _paths import ROOT
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_format_docs.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_bidirectional_controls_and_other_invisible_characters_never_reach_a_value(tmp_path):
    """A right-to-left override (which makes 'M4\u202e' display as something else), isolates, an Arabic letter
    mark and a Mongolian vowel separator are removed from ids, headers and statuses like a zero-width space;
    a status wrapped in isolates still opts the member out (fail closed)."""
    text = ("Member ID,Post\u2066code\u2069,Registration Date,Status\n"
            "M\u202e4,HU1 1AA,2023-04-15,active\n"
            "M5\u061c,HU1 1AA,2023-04-15,\u2066opted out\u2069\n"
            "M6\u180e,HU1 1AA,2023-04-15,act\u200bive\n")
    res = MembersReader(write(tmp_path, text)).read()
    acc = res.accepted.set_index("member_id")
    assert sorted(acc.index) == ["M4", "M5", "M6"]
    assert acc.status.to_dict() == {"M4": "active", "M5": "opted_out", "M6": "active"}
    assert not acc.postcode.astype(str).str.contains("[\u061c\u180e\u202a-\u202e\u2066-\u2069]").any()


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_excels_sep_line_names_the_delimiter_and_is_not_the_header(tmp_path, sep):
    rows = [r.replace(",", sep) for r in [HEADER] + ROWS]
    path = write(tmp_path, f"sep={sep}\r\n" + "".join(rows))
    src = open_csv(path)
    assert (src.delimiter, src.header[:2]) == (sep, ["Member ID", "Postcode"])
    res = MembersReader(path).read()
    assert res.n_accepted == 3 and res.read == 3
    assert any("line 1 ('sep=') names the delimiter" in n for n in res.notes), res.notes


def test_a_bad_row_after_a_sep_line_names_its_line_in_the_file(tmp_path):
    path = write(tmp_path, "sep=;\n" + HEADER.replace(",", ";") + "M1;NOT A POSTCODE;2023-04-15;;\n")
    res = MembersReader(path).read()
    assert res.n_accepted == 0 and len(res.rejects) == 1
    assert int(res.rejects.iloc[0]["row"]) == 3, res.rejects.iloc[0].to_dict()


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_reading_closes_every_file(tmp_path, encoding, recwarn):
    import gc
    import warnings
    path = write(tmp_path, HEADER + ROWS[0] + "M9,HU1 1AZ,2023-05-01,Other,Café £\x00 x\n", encoding=encoding)
    with warnings.catch_warnings():
        warnings.simplefilter("always", ResourceWarning)
        MembersReader(path).read()
        gc.collect()
    assert not [w for w in recwarn.list if issubclass(w.category, ResourceWarning)]
