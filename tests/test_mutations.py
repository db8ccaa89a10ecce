"""Property tests: every reader, on mutated copies of the shipped real files.

For any mutation (a hostile cell value, a stray byte, a broken line), a reader either raises one clear
``LptInputError`` naming the file or returns a result where read = accepted + rejected, every reject
names a row and a reason, accepted ids equal their source cell (up to the documented trimming of spaces
and zero-width characters), coordinates are finite and inside Great Britain's grid, and dates are plausible.
"""
import csv
import io
import math
import os
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.io.census import CensusReader
from local_priority_targeting.core.io.classification import ImdReader, LsoaLookupReader, OacReader
from local_priority_targeting.core.io.crime import PoliceUkReader
from local_priority_targeting.core.io.members import MembersReader
from local_priority_targeting.core.io.postcodes import postcode_reader
from local_priority_targeting.core.io.surveys import SurveysReader
from local_priority_targeting.core.io.visits import VisitsReader

from _paths import DEMO

TODAY = "2024-12-31"
# name -> (file, reader factory, id column, source column index of the id or None)
READERS = {
    "members": (DEMO / "synthetic" / "members.csv", lambda p: MembersReader(p, today=TODAY), "member_id", 0),
    "surveys": (DEMO / "synthetic" / "surveys.csv", lambda p: SurveysReader(p, today=TODAY), "response_id", 0),
    "visits": (DEMO / "synthetic" / "visits.csv", lambda p: VisitsReader(p, today=TODAY), "visit_id", 0),
    "police.uk": (DEMO / "crime" / "2024-01-hull-street.csv", PoliceUkReader, "crime_id", 0),
    "codepoint": (DEMO / "postcodes" / "codepo_hu_hull.csv", postcode_reader, None, None),
    "onspd": (DEMO / "postcodes" / "onspd_nov2025_hull.csv", postcode_reader, None, None),
    "oac": (DEMO / "classification" / "oac2021_oa21_hull.csv", OacReader, "area_code", 0),
    "iod2025": (DEMO / "deprivation" / "iod2025_lsoa21_hull.csv", ImdReader, "lsoa_code", 0),
    "imd2019": (DEMO / "deprivation" / "imd2019_lsoa11_hull.csv", ImdReader, "lsoa_code", None),
    "lookup": (DEMO / "lookups" / "lsoa11_lsoa21_hull.csv", LsoaLookupReader, None, None),
    "census": (DEMO / "census2021" / "ts021_ethnic_group_lsoa21_hull_long.csv", CensusReader, None, None),
}
HOSTILE = ["", " ", "nan", "NaN", "inf", "-inf", "1e308", "-1e308", "0", "-0", "3.5", "1,5", "=HYPERLINK(\"x\")",
           "+1", "@SUM(A1)", "\x00", "a\x00b", "\ufeff", "\ufeffX1", "x\u200b", "\u00a0", "1900-01-01", "0001-01-01",
           "2024-01-01T10:00:00+05:00", "2024-01-01T10:00:00Z", "31/02/2024", "9999-12-31", "\u202e", "'", '"',
           "a,b", "a\nb", "x" * 5000, "Ünïcödé", "表", "😀", "-", "?", "NULL", "None", "TRUE", "1e-308", "07700 900123"]
BYTES = [b"\x00", b"\xe9", b"\x81", b"\xff\xfe", b"\xef\xbb\xbf", b'"', b",,,,,,,,,,,,,,,,,,,,", b"\r", b"\n\n"]


def head(path, n=40) -> bytes:
    with open(path, "rb") as fh:
        return b"".join(fh.readline() for _ in range(n))


@st.composite
def mutation(draw, raw: bytes):
    lines = raw.split(b"\n")
    kind = draw(st.sampled_from(["cell", "cell", "cell", "byte", "line"]))
    i = draw(st.integers(0, len(lines) - 2))
    if kind == "cell":
        text = lines[i].decode("utf-8", "replace")
        cells = next(csv.reader([text]))
        j = draw(st.integers(0, max(0, len(cells) - 1)))
        cells[j] = draw(st.sampled_from(HOSTILE))
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow(cells)
        lines[i] = buf.getvalue().encode("utf-8")
    elif kind == "byte":
        pos = draw(st.integers(0, len(lines[i])))
        lines[i] = lines[i][:pos] + draw(st.sampled_from(BYTES)) + lines[i][pos:]
    else:
        lines[i] = draw(st.sampled_from([b"", b",", b"\xef\xbb\xbf" + lines[i], lines[i] + b"," * 30, lines[i] * 2]))
    return b"\n".join(lines)


def stray_lines(rejects) -> set:
    """The file lines a reader rejected for a quote that does not close (core.io.quotes): the oracle reads the
    file without them, each an empty record, as the reader goes on with the next line."""
    hits = rejects[rejects.reason.astype(str).str.contains("quote opened in column")]
    found = set()
    for row, reason in zip(hits.row, hits.reason.astype(str)):
        m = re.search(r"\(line (\d+) of the file\)", reason)
        found.add(int(m.group(1)) if m else int(row))
    return found


def source_cells(data: bytes, encoding: str, stray=()):
    text = data.decode("utf-8-sig" if encoding.startswith("utf-8") else encoding, "replace")
    if stray:
        lines = text.splitlines(keepends=True)
        for n in stray:
            assert csv_quote_left_open(lines[n - 1]), lines[n - 1]
            lines[n - 1] = "\n"
        text = "".join(lines)
    return {k + 1: r for k, r in enumerate(csv.reader(io.StringIO(text, newline="")))}


def csv_quote_left_open(line: str) -> bool:
    """Python's csv module, reading the line alone, ends it inside a quoted field (the line break is field text)."""
    rows = list(csv.reader([line.rstrip("\r\n") + "\n"]))
    return bool(rows) and any(c.endswith("\n") for c in rows[-1])


def trimmed(v: str) -> str:
    """An id as the readers compare and store it: invisible characters gone, NFKC, runs of spaces one space."""
    import unicodedata
    v = re.sub("[\u00ad\u034f\u061c\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]", "", v)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", v)).strip()


def check_result(name, res, data, path):
    assert res.read == res.n_accepted + res.n_rejected == len(res.accepted) + len(res.rejects)
    assert (res.rejects.row >= 1).all() and (res.rejects.reason.astype(str) != "").all()
    assert (res.rejects.file.astype(str) != "").all()
    acc = res.accepted
    _, _, id_col, src_idx = READERS[name]
    cells = source_cells(data, res.files[0].encoding, stray_lines(res.rejects))
    header_intact = data.split(b"\n")[0] == head(READERS[name][0], 1).rstrip(b"\n")
    if id_col and src_idx is not None and len(acc) and header_intact:
        for rid, row in zip(acc[id_col].astype(str), acc["__row"]):
            assert rid == trimmed(cells[int(row)][src_idx]), (rid, row)
    for x, y in (("easting", "northing"),):
        if x in acc and len(acc):
            e = pd.to_numeric(acc[x], errors="coerce")
            n = pd.to_numeric(acc[y], errors="coerce")
            assert np.isfinite(e).all() and np.isfinite(n).all()
            assert e.between(0, 700_000).all() and n.between(0, 1_300_000).all()
            assert not ((e == 0) & (n == 0)).any()
    for c in ("registered", "submitted", "date"):
        if c in acc and len(acc):
            d = pd.to_datetime(acc[c], errors="coerce")
            assert d.notna().all() and (d >= "2000-01-01").all() and (d <= "2025-01-02").all(), c
    if "month" in acc and len(acc):
        assert acc.month.astype(str).str.match(r"^\d{4}-\d{2}$").all()
        assert (acc.month.astype(str) >= "2010-12").all()


@pytest.mark.parametrize("name", sorted(READERS))
def test_mutated_real_files_never_break_a_reader(name, tmp_path_factory):
    path, factory, _, _ = READERS[name]
    raw = head(path)
    folder = tmp_path_factory.mktemp(name.replace(".", "_"))

    @settings(max_examples=int(os.environ.get("LPT_MUTATIONS", "40")), deadline=None,
              suppress_health_check=list(HealthCheck), derandomize="LPT_MUTATIONS" not in os.environ)
    @given(data=mutation(raw))
    def run(data):
        p = folder / path.name
        p.write_bytes(data)
        try:
            res = factory(str(p)).read()
        except LptInputError as exc:
            assert str(p) in str(exc) or p.name in str(exc)
            return
        check_result(name, res, data, p)

    run()


def test_the_unmutated_heads_read_cleanly():
    for name, (path, factory, _, _) in READERS.items():
        raw = head(path)
        res = factory(io.BytesIO(raw) and str(path)).read()
        assert res.n_accepted > 0, name
