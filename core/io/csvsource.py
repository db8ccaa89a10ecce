"""Opening CSV files as they come from their sources.

* encoding: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252
  (what Excel on a force laptop writes), detected by decoding the whole file
  incrementally (bounded memory) unless the caller names one;
* delimiter: comma, semicolon, tab or pipe, sniffed from the header line unless
  the caller names one; a named delimiter that does not fit the header is a
  fatal error naming the delimiter that does;
* rows are read in chunks of strings (``dtype=str``) so a 200 MB file is read in
  bounded memory; every record keeps its spreadsheet row number (header = 1).
"""
from __future__ import annotations

import codecs
import csv
import io
import os
import re
from dataclasses import dataclass
from typing import Iterator, List, Optional, Sequence

import pandas as pd

from ..errors import LptInputError
from .text import INVISIBLE, SUSPECT_BYTES, visible

ENCODING_NAMES = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16"}
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
EXTRA_COLS = 8  # spare columns that catch rows with too many fields
MAX_COLUMNS = 5_000
MAX_HEADER_CHARS = 1_000_000
ROW = "__row"
FILE = "__file"


_ESCAPED = re.compile("[\udc80-\udcff]")
BAD_TEXT = "\ufffd"    # in a decoded field: a byte that was not valid text, a NUL byte, or an earlier lossy decoding


@dataclass
class Sniff:
    encoding: str
    suspect: bool          # rows must be checked for undecodable bytes, NUL bytes and invisible characters


def sniff_encoding(path: str, block: int = 1 << 22) -> Sniff:
    """Decide the encoding of ``path`` from its whole content (bounded memory).

    UTF-8 (with or without BOM) or UTF-16 (BOM); Windows-1252 when bytes are not UTF-8 and the file has no
    UTF-8 multi-byte character at all (what Excel on a force laptop writes). A UTF-8 file with a few bad
    bytes stays UTF-8: the rows holding them are rejected, the file is not re-read as mojibake.
    """
    with open(path, "rb") as fh:
        head = fh.read(4)
        if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
            return Sniff("utf-16", True)
        fh.seek(3 if head.startswith(codecs.BOM_UTF8) else 0)
        dec = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
        bad = multi = 0
        suspect = False
        tail = b""
        while True:
            data = fh.read(block)
            text = dec.decode(data, final=not data)
            suspect = suspect or SUSPECT_BYTES.search(tail + data) is not None
            tail = data[-3:]
            if not text.isascii():
                n_bad = len(_ESCAPED.findall(text))
                bad += n_bad
                # any real (multi-byte) character says UTF-8; counted exactly only in blocks with bad bytes
                multi += (sum(1 for ch in text if ord(ch) > 0x7F) - n_bad) if n_bad else 1
            if not data:
                break
    if bad and not multi:
        return Sniff("cp1252", True)
    return Sniff("utf-8-sig", suspect or bad > 0)


def detect_encoding(path: str) -> str:
    """Return 'utf-8-sig', 'utf-16' or 'cp1252' for ``path``."""
    return sniff_encoding(path).encoding


def _split_header(line: str, delim: str) -> List[str]:
    return next(csv.reader([line], delimiter=delim)) if line else []


def sniff_delimiter(first_line: str) -> str:
    best, best_n = ",", 1
    for d in DELIMITERS:
        n = len(_split_header(first_line, d))
        if n > best_n:
            best, best_n = d, n
    return best


class _NulFilter(io.TextIOBase):
    """A text stream in which NUL characters become U+FFFD, so the C parser cannot truncate a field at them."""

    def __init__(self, fh):
        self._fh = fh

    def readable(self):
        return True

    def read(self, n=-1):
        return self._fh.read(n).replace("\x00", BAD_TEXT)

    def readline(self, n=-1):
        return self._fh.readline(n).replace("\x00", BAD_TEXT)


class _NeedPythonEngine(Exception):
    pass


@dataclass
class CsvSource:
    """One CSV file, opened with its encoding and delimiter resolved."""
    path: str
    encoding: str
    delimiter: str
    header: List[str]
    has_header: bool
    suspect: bool = True      # check rows for bytes that are not text, NUL bytes and invisible characters

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    def iter_chunks(self, chunksize: int = 100_000) -> Iterator[pd.DataFrame]:
        """Yield DataFrames of strings with the source header as columns.

        Adds ``__row`` (spreadsheet row number), ``__extra`` (the text of any fields beyond the header, ''
        when none) and ``__bad`` (the first column holding a byte that is not valid text or a NUL byte, ''
        when none). A row with *fewer* fields than the header reads its missing trailing fields as blank
        (some exporters omit trailing empties); required ones are then rejected as blank, naming the column.
        Zero-width characters and stray byte-order marks are removed from every field (documented).
        """
        ncol = len(self.header)
        done = [2 if self.has_header else 1]          # the next row number not yet yielded
        try:
            yield from self._chunks(ncol, chunksize, "c", done)
        except _NeedPythonEngine:
            # a row with many more fields than the header (or pandas 1.5's one-row quirk): the slower parser
            # packs the surplus into the last spare column, and reading resumes where the fast one stopped
            yield from self._chunks(ncol, chunksize, "python", done)

    def _open(self):
        fh = io.open(self.path, "r", encoding=self.encoding, errors="replace", newline="")
        return _NulFilter(fh) if self.suspect else fh

    def _pack_surplus(self, ncol: int):
        width = ncol + EXTRA_COLS
        return lambda fields: fields[:width - 1] + [self.delimiter.join(fields[width - 1:])]

    def _chunks(self, ncol: int, chunksize: int, engine: str, done: List[int]) -> Iterator[pd.DataFrame]:
        names = [f"c{i}" for i in range(ncol + EXTRA_COLS)]
        resume = done[0]
        if engine == "python":
            # the csv module's default field limit (128 KiB) would make pandas drop a long field's row silently
            csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
        with self._open() as fh:
            try:
                reader = pd.read_csv(
                    fh, sep=self.delimiter, header=None, names=names, skiprows=1 if self.has_header else 0,
                    dtype=str, keep_default_na=False, na_values=[], skip_blank_lines=False, chunksize=chunksize,
                    quotechar='"', engine=engine,
                    on_bad_lines="error" if engine == "c" else self._pack_surplus(ncol))
                start = 2 if self.has_header else 1
                for chunk in reader:
                    chunk.index = range(start, start + len(chunk))
                    start += len(chunk)
                    if start <= resume:
                        continue
                    body = self._shape(chunk[chunk.index >= resume], ncol)
                    done[0] = start
                    yield body
            except pd.errors.ParserError as exc:
                if engine == "c" and ("Expected" in str(exc) or "Too many columns specified" in str(exc)):
                    raise _NeedPythonEngine()
                raise LptInputError(f"cannot parse CSV ({str(exc).strip()[:300]})", self.path,
                                    "check quoting; a field with the delimiter inside must be in double quotes.")
            except csv.Error as exc:
                raise LptInputError(f"cannot parse CSV ({exc})", self.path,
                                    "check quoting; a field with the delimiter inside must be in double quotes.")

    def _shape(self, chunk: pd.DataFrame, ncol: int) -> pd.DataFrame:
        body = chunk.iloc[:, :ncol]
        extra = chunk.iloc[:, ncol:].fillna("")
        has_extra = (extra != "").any(axis=1)
        extra_txt = pd.Series("", index=chunk.index, dtype=object)
        if has_extra.any():  # rare: join the spare fields of those rows only
            extra_txt[has_extra] = extra[has_extra].agg(lambda r: self.delimiter.join(v for v in r if v), axis=1)
        body = body.fillna("")
        body.columns = self.header
        blank = (body == "").all(axis=1) & (extra_txt == "")
        body = body[~blank].copy()
        bad = pd.Series("", index=body.index, dtype=object)
        if self.suspect and len(body):
            for col in reversed(self.header):          # the first bad column wins
                hit = body[col].str.contains(BAD_TEXT, regex=False)
                bad[hit] = col
                body[col] = body[col].str.replace(INVISIBLE, "", regex=True)
        body[ROW] = body.index
        body["__extra"] = extra_txt[~blank]
        body["__bad"] = bad
        return body


def open_csv(path: str, delimiter: str = "auto", encoding: str = "auto",
             header_names: Optional[Sequence[str]] = None,
             headerless_test=None) -> CsvSource:
    """Open ``path`` and resolve encoding, delimiter and header.

    ``header_names``: for headerless formats (Code-Point Open) the documented
    column order.  ``headerless_test(first_row_values) -> bool`` decides whether
    the first row is data (True) or a header (False).
    """
    if not path or not os.path.exists(path):
        raise LptInputError("file not found", path or "(no file given)", "choose an existing file.")
    if os.path.isdir(path):
        raise LptInputError("is a folder, not a file", path, "choose a CSV file.")
    if os.path.getsize(path) == 0:
        raise LptInputError("the file is empty (0 bytes)", path, "export the data again.")
    try:
        if encoding in (None, "", "auto"):
            sniff = sniff_encoding(path)
            enc, suspect = sniff.encoding, sniff.suspect
        else:
            enc, suspect = encoding, True
        codecs.lookup(enc)
    except LookupError:
        raise LptInputError(f"unknown encoding '{encoding}'", path, "use auto, utf-8 or cp1252.")
    except OSError as exc:
        raise LptInputError(f"cannot read the file ({exc.strerror})", path, "check it exists and you may read it.")
    first = _first_line(path, enc)
    if BAD_TEXT in first or "\x00" in first:
        raise LptInputError(f"the header line is not valid {enc} text", path,
                            "save the file as UTF-8 (in Excel: CSV UTF-8), or choose its encoding.")
    if not first.strip():
        raise LptInputError("the file has no header and no data", path, "export the data again.")
    if delimiter in (None, "", "auto"):
        delim = sniff_delimiter(first)
    else:
        delim = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}.get(delimiter, delimiter)
        fields = _split_header(first, delim)
        if len(fields) <= 1:
            other = sniff_delimiter(first)
            if other != delim:
                raise LptInputError(
                    f"wrong delimiter: the first line does not split on {DELIMITERS.get(delim, repr(delim))} "
                    f"but it does on {DELIMITERS[other]}", path,
                    f"set the delimiter to '{DELIMITERS[other]}' or 'auto'.")
    try:
        row = _split_header(first, delim)
    except csv.Error as exc:
        raise LptInputError(f"cannot read the header line ({exc})", path, "check the first line of the file.")
    if len(row) > MAX_COLUMNS:
        raise LptInputError(f"the header has {len(row):,} columns (at most {MAX_COLUMNS:,} are read)", path,
                            "check the delimiter, or keep only the columns needed.")
    if header_names is not None:
        is_data = headerless_test(row) if headerless_test else True
        header = list(header_names)
        has_header = not is_data
    else:
        header = [visible(h).strip() for h in row]
        has_header = True
        named = [i for i, h in enumerate(header) if h]
        unnamed = [i + 1 for i, h in enumerate(header) if not h and named and i < named[-1]]
        if unnamed:
            raise LptInputError(f"column {unnamed[0]} of the header has no name", path,
                                "give every column a name (blank names are allowed only at the end of the line).")
        header = [h or f"(blank {i + 1})" for i, h in enumerate(header)]
        if len(set(header)) != len(header):
            dup = sorted({h for h in header if header.count(h) > 1})
            raise LptInputError(f"the header repeats column name(s) {', '.join(dup)}", path,
                                "give every column a distinct name.")
    return CsvSource(path=path, encoding=enc, delimiter=delim, header=header, has_header=has_header, suspect=suspect)


def _first_line(path: str, enc: str) -> str:
    """The first non-blank line, read with a length limit (a file of one huge line is refused, not loaded)."""
    with io.open(path, "r", encoding=enc, errors="replace", newline="") as fh:
        for _ in range(10_000):
            line = fh.readline(MAX_HEADER_CHARS + 1)
            if len(line) > MAX_HEADER_CHARS:
                raise LptInputError(f"the first line is longer than {MAX_HEADER_CHARS:,} characters", path,
                                    "check that this is a CSV file with a header line.")
            if not line or line.strip():
                return line.rstrip("\r\n")
    return ""


def expand_paths(paths) -> List[str]:
    """Accept one path, several paths, or folders (their *.csv files, sorted)."""
    if isinstance(paths, str):
        paths = [p for p in paths.split(";") if p.strip()] if ";" in paths else [paths]
    out: List[str] = []
    for p in paths:
        p = str(p).strip()
        if os.path.isdir(p):
            found = sorted(os.path.join(p, f) for f in os.listdir(p) if f.lower().endswith(".csv"))
            if not found:
                raise LptInputError("the folder holds no .csv files", p, "choose the folder of monthly CSVs.")
            out.extend(found)
        else:
            out.append(p)
    if not out:
        raise LptInputError("no input file given", "(none)", "choose at least one CSV file or folder.")
    return out
