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
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np

import pandas as pd

from ..errors import LptInputError
from .quotes import (LINE_BREAK, MAX_STRAY, MarkedLines, first_stray_from, header_quote, raw_line, scan,
                     swallowed, unclosed_from)
from .text import INVISIBLE_RE, SUSPECT_BYTES, visible
from ..i18n import QT_TR_NOOP, tr

ENCODING_NAMES = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16"}
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
EXTRA_COLS = 8  # spare columns that catch rows with too many fields
MAX_COLUMNS = 5_000
MAX_HEADER_CHARS = 1_000_000
ROW = "__row"
FILE = "__file"
QUOTE_COLUMNS = ["__quote_col", "__quote_text", "__quote"]   # a line with a stray quote: column, text, reason


_ESCAPED = re.compile("[\udc80-\udcff]")
# Excel's first line naming the delimiter: 'sep=;', also as a spreadsheet re-saves it ('"sep=;"', 'sep=;;;;')
SEP_LINE = re.compile(r'^\s*("?)sep=([^\s"]|\t)\1\2*\s*$', re.IGNORECASE)
BAD_TEXT = "\ufffd"    # in a decoded field: a byte that was not valid text, a NUL byte, or an earlier lossy decoding


@dataclass
class Sniff:
    encoding: str
    suspect: bool          # rows must be checked for undecodable bytes, NUL bytes and invisible characters
    quoted: bool = True    # the file holds a double quote: a field may run over several lines


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
        suspect = quoted = False
        tail = b""
        while True:
            data = fh.read(block)
            text = dec.decode(data, final=not data)
            suspect = suspect or SUSPECT_BYTES.search(tail + data) is not None
            quoted = quoted or b'"' in data
            tail = data[-3:]
            if not text.isascii():
                n_bad = len(_ESCAPED.findall(text))
                bad += n_bad
                # any real (multi-byte) character says UTF-8; counted exactly only in blocks with bad bytes
                multi += (sum(1 for ch in text if ord(ch) > 0x7F) - n_bad) if n_bad else 1
            if not data:
                break
    if bad and not multi:
        return Sniff("cp1252", True, quoted)
    return Sniff("utf-8-sig", suspect or bad > 0, quoted)


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
    """A text stream in which NUL characters become U+FFFD, so the C parser cannot truncate a field at them, and
    invisible characters are gone before the parser sees them: a byte-order mark before a quote (two files joined
    into one, the second's BOM at the start of a line) must not turn the quote into text of the field."""

    def __init__(self, fh):
        self._fh = fh

    def readable(self):
        return True

    @staticmethod
    def _clean(text: str) -> str:
        return INVISIBLE_RE.sub("", text.replace("\x00", BAD_TEXT))

    def read(self, n=-1):
        return self._clean(self._fh.read(n))

    def readline(self, n=-1):
        return self._clean(self._fh.readline(n))

    def close(self):
        self._fh.close()                         # the file under the filter is closed with it
        super().close()


def _has_line_break(s: pd.Series) -> bool:
    """Whether any value of a column holds a line break (one joined string searched: fast when none does)."""
    v = s.dropna()
    if not len(v):
        return False
    text = "\x1f".join(v.tolist())
    return "\n" in text or "\r" in text


class _NeedPythonEngine(Exception):
    pass


class _StrayQuote(Exception):
    def __init__(self, line: int, swallowed: int):
        super().__init__(line)
        self.line, self.swallowed = line, swallowed


@dataclass
class _Read:
    """Where reading has got to: records (parser rows after the header) already yielded, the file line of the
    next one, and the lines with a stray quote (line -> (column, raw text, reason)) read as rejected rows."""
    records: int
    line: int
    marks: Dict[int, Tuple[str, str, str]] = field(default_factory=dict)


@dataclass
class CsvSource:
    """One CSV file, opened with its encoding and delimiter resolved."""
    path: str
    encoding: str
    delimiter: str
    header: List[str]
    has_header: bool
    suspect: bool = True      # check rows for bytes that are not text, NUL bytes and invisible characters
    quoted: bool = True       # the file holds a double quote: check records read over several lines
    skip: int = -1            # lines up to and including the header (-1: 1 with a header, else 0)
    sep_line: int = 0         # the line of Excel's 'sep=' line naming the delimiter (0: none)

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    def iter_chunks(self, chunksize: int = 100_000) -> Iterator[pd.DataFrame]:
        """Yield DataFrames of strings with the source header as columns.

        Adds ``__row`` (the spreadsheet row: header = 1, a record whose quoted field holds a line break is one
        row), ``__extra`` (the text of any fields beyond the header, '' when none), ``__bad`` (the
        first column holding a byte that is not valid text or a NUL byte, '' when none) and :data:`QUOTE_COLUMNS` (for
        a line with a stray quote, see :mod:`.quotes`: its column, text and reason; '' otherwise). A row with *fewer* fields
        than the header reads its missing trailing fields as blank (some exporters omit trailing empties);
        required ones are then rejected as blank, naming the column. Zero-width characters and stray
        byte-order marks are removed from the text before it is parsed (documented).
        """
        ncol = len(self.header)
        skip = self.skip if self.skip >= 0 else (1 if self.has_header else 0)
        st = _Read(0, skip + 1)
        engine = "c"
        while True:
            try:
                yield from self._chunks(ncol, chunksize, engine, st, skip)
                return
            except _NeedPythonEngine:
                # a row with many more fields than the header (or pandas 1.5's one-row quirk): the slower parser
                # packs the surplus into the last spare column, and reading resumes where the fast one stopped
                engine = "python"
            except _StrayQuote as sq:
                self._mark(st, sq)

    def _mark(self, st: _Read, sq: _StrayQuote) -> None:
        if len(st.marks) >= MAX_STRAY or sq.line in st.marks:
            what = (tr("more than {n} lines open a quote that they do not close (the last at line {line})")
                    if sq.line not in st.marks else tr("the quoting cannot be read past line {line}"))
            raise LptInputError(what.format(n=MAX_STRAY, line=sq.line), self.path,
                                tr("check quoting; a field with the delimiter inside must be in double quotes."))
        text = raw_line(self.path, self.encoding, sq.line)
        state, _, opened = scan(text, self.delimiter)
        col = self.header[opened] if 0 <= opened < len(self.header) else "(row)"
        what = (tr("the {n:,} line(s) after it, which hold records of their own").format(n=sq.swallowed)
                if sq.swallowed > 0 else
                tr("every line after it to the end of the file") if sq.swallowed == 0 else
                tr("the lines after it, which hold records of their own"))
        reason = tr("a quote opened in column {column} is not closed on this line: it would swallow {what}. This row "
                    "is not read; the lines after it are read as records (fix the quote)").format(column=col, what=what)
        st.marks[sq.line] = (col, text, reason)

    def _open(self, marks, start: int):
        """The text from line ``start`` on (a pass that resumes does not parse again what it yielded)."""
        fh = io.open(self.path, "r", encoding=self.encoding, errors="replace", newline="")
        for _ in range(start - 1):
            if not fh.readline():
                break
        fh = _NulFilter(fh) if self.suspect else fh
        return MarkedLines(fh, marks, start - 1) if marks else fh

    def _pack_surplus(self, ncol: int):
        width = ncol + EXTRA_COLS
        return lambda fields: fields[:width - 1] + [self.delimiter.join(fields[width - 1:])]

    def _chunks(self, ncol: int, chunksize: int, engine: str, st: _Read, skip: int) -> Iterator[pd.DataFrame]:
        names = [f"c{i}" for i in range(ncol + EXTRA_COLS)]
        if engine == "python":
            # the csv module's default field limit (128 KiB) would make pandas drop a long field's row silently
            csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
        with self._open(st.marks, st.line if st.records else 1) as fh:
            try:
                reader = pd.read_csv(
                    fh, sep=self.delimiter, header=None, names=names, skiprows=0 if st.records else skip,
                    dtype=str, keep_default_na=False, na_values=[], skip_blank_lines=False, chunksize=chunksize,
                    quotechar='"', engine=engine,
                    on_bad_lines="error" if engine == "c" else self._pack_surplus(ncol))
                done = st.records                         # records parsed so far
                for chunk in reader:
                    start, done = done, done + len(chunk)
                    if done <= st.records:
                        continue
                    if start < st.records:
                        chunk = chunk.iloc[st.records - start:]
                    body = self._shape(chunk, ncol, st, skip + 1 + done - len(chunk), engine)
                    st.records = done
                    yield body
            except (pd.errors.ParserError, csv.Error) as exc:
                text = str(exc)
                if engine == "c" and ("Expected" in text or "Too many columns specified" in text):
                    raise _NeedPythonEngine()
                at_end = "EOF inside string" in text or "end of data" in text or "EOF when reading" in text
                line = unclosed_from(self.path, self.encoding, self.delimiter, st.line, st.marks) if at_end else \
                    first_stray_from(self.path, self.encoding, self.delimiter, st.line, st.marks, ncol)
                if line is not None:
                    raise _StrayQuote(line, 0 if at_end else -1)
                raise LptInputError(tr("cannot parse CSV ({error})").format(error=text.strip()[:300]), self.path,
                                    tr("check quoting; a field with the delimiter inside must be in double quotes."))

    def _lines(self, chunk: pd.DataFrame, ncol: int, st: _Read) -> np.ndarray:
        """The file line where each record starts; raises :class:`_StrayQuote` for a record that swallowed lines."""
        n = len(chunk)
        breaks = np.zeros(n, dtype=np.int64)
        if self.quoted and n:
            multi = np.zeros(n, dtype=bool)
            for col in chunk.columns:
                s = chunk[col]
                if s.dtype != object or not _has_line_break(s):
                    continue
                multi |= (s.str.contains("\n", regex=False) | s.str.contains("\r", regex=False)) \
                    .fillna(False).to_numpy(bool)
            for i in np.flatnonzero(multi):
                fields = ["" if v is None or v != v else str(v) for v in chunk.iloc[i].tolist()]
                breaks[i] = sum(len(LINE_BREAK.findall(f)) for f in fields)
                # fields past the header's: only those with text (a missing field reads as '')
                if swallowed(fields[:ncol] + [f for f in fields[ncol:] if f], self.delimiter, ncol):
                    start = st.line + i + int(breaks[:i].sum())
                    raise _StrayQuote(start, int(breaks[i]))
        rows = st.line + np.arange(n, dtype=np.int64) + np.concatenate([[0], np.cumsum(breaks)[:-1]]) \
            if n else np.zeros(0, dtype=np.int64)
        if n:
            st.line = int(rows[-1] + breaks[-1] + 1)
        return rows

    @staticmethod
    def _blank(body: pd.DataFrame) -> np.ndarray:
        """Rows whose every field is empty: only rows with an empty first field are compared field by field."""
        blank = body.iloc[:, 0].to_numpy(dtype=object) == "" if body.shape[1] else np.ones(len(body), bool)
        if blank.any() and body.shape[1] > 1:
            blank[blank] = (body.iloc[blank.nonzero()[0], 1:].to_numpy(dtype=object) == "").all(axis=1)
        return blank

    def _shape(self, chunk: pd.DataFrame, ncol: int, st: _Read, first_row: int, engine: str = "c") -> pd.DataFrame:
        lines = self._lines(chunk, ncol, st)
        chunk.index = np.arange(first_row, first_row + len(chunk), dtype=np.int64)   # spreadsheet rows
        body = chunk.iloc[:, :ncol]
        spare = chunk.iloc[:, ncol:].to_numpy(dtype=object)
        filled = spare != ""
        if engine != "c":   # the C reader gives '' for a missing field (dtype str, no NA values); Python's None
            filled &= ~pd.isna(spare)
        has_extra = pd.Series(filled.any(axis=1), index=chunk.index)
        extra_txt = pd.Series("", index=chunk.index, dtype=object)
        if has_extra.any():  # rare: join the spare fields of those rows only
            extra = chunk.iloc[:, ncol:][has_extra].fillna("")
            extra_txt[has_extra] = extra.agg(lambda r: self.delimiter.join(v for v in r if v), axis=1)
        if engine != "c":
            body = body.fillna("")
        body.columns = self.header
        quote = {c: np.full(len(chunk), "", dtype=object) for c in QUOTE_COLUMNS}
        marked = (set(st.marks) & set(lines.tolist())) if st.marks else ()
        if marked:
            body = body.copy()                         # blanked below: its own rows, not a view of the chunk's
        for line in marked:
            i = int(np.flatnonzero(lines == line)[0])
            row = int(chunk.index[i])
            col, text, reason = st.marks[line]
            if row != line:
                reason = tr("{reason} (line {line} of the file)").format(reason=reason, line=line)
            for c, v in zip(QUOTE_COLUMNS, (col, text, reason)):
                quote[c][i] = v
            body.iloc[i, :] = ""
            extra_txt.iloc[i] = ""
        blank = self._blank(body) & ~has_extra.to_numpy() & (quote[QUOTE_COLUMNS[0]] == "")
        body = body[~blank].copy()
        bad = pd.Series("", index=body.index, dtype=object)
        if self.suspect and len(body):
            for col in reversed(self.header):          # the first bad column wins
                hit = body[col].str.contains(BAD_TEXT, regex=False)
                bad[hit] = col                         # (invisible characters went in the stream: _NulFilter)
        body[ROW] = body.index
        body["__extra"] = extra_txt[~blank]
        body["__bad"] = bad
        for c in QUOTE_COLUMNS:
            body[c] = quote[c][~blank]
        return body


def open_csv(path: str, delimiter: str = "auto", encoding: str = "auto",
             header_names: Optional[Sequence[str]] = None,
             headerless_test=None) -> CsvSource:
    """Open ``path`` and resolve encoding, delimiter and header.

    ``header_names``: for headerless formats (Code-Point Open) the documented
    column order.  ``headerless_test(first_row_values) -> bool`` decides whether
    the first row is data (True) or a header (False).
    """
    check_readable_file(path, tr("a CSV file"))
    check_text_file(path)
    try:
        if encoding in (None, "", "auto"):
            sniff = sniff_encoding(path)
            enc, suspect, quoted = sniff.encoding, sniff.suspect, sniff.quoted
        else:
            enc, suspect, quoted = encoding, True, True
        codecs.lookup(enc)
    except LookupError:
        raise LptInputError(tr("unknown encoding '{encoding}'").format(encoding=encoding), path,
                            tr("use auto, utf-8 or cp1252."))
    except OSError as exc:
        raise LptInputError(tr("cannot read the file ({error})").format(error=exc.strerror), path,
                            tr("check it exists and you may read it."))
    first, first_no = _first_line(path, enc)
    declared = SEP_LINE.match(first)
    sep_line = first_no if declared else 0
    if declared:                             # 'sep=;': the delimiter, then the header on the next line
        first, first_no = _first_line(path, enc, after=first_no)
    if BAD_TEXT in first or "\x00" in first:
        raise LptInputError(tr("the header line is not valid {encoding} text").format(encoding=enc), path,
                            tr("save the file as UTF-8 (in Excel: CSV UTF-8), or choose its encoding."))
    if not first.strip():
        raise LptInputError(tr("the file has no header and no data"), path, tr("export the data again."))
    delim = _delimiter(path, first, delimiter, declared.group(2) if declared else "")
    opened = header_quote(first, delim)
    if opened:
        raise LptInputError(tr("a quote opened in column {column} of the header line is not closed on that "
                               "line").format(column=opened),
                            path, tr("fix the quote in the header (a quoted name needs a closing quote)."))
    try:
        row = _split_header(first, delim)
    except csv.Error as exc:
        raise LptInputError(tr("cannot read the header line ({error})").format(error=exc), path,
                            tr("check the first line of the file."))
    if len(row) > MAX_COLUMNS:
        raise LptInputError(tr("the header has {n:,} columns (at most {most:,} are read)").format(
            n=len(row), most=MAX_COLUMNS), path, tr("check the delimiter, or keep only the columns needed."))
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
            raise LptInputError(tr("column {n} of the header has no name").format(n=unnamed[0]), path,
                                tr("give every column a name (blank names are allowed only at the end of the line)."))
        header = [h or f"(blank {i + 1})" for i, h in enumerate(header)]
        if len(set(header)) != len(header):
            dup = sorted({h for h in header if header.count(h) > 1})
            raise LptInputError(tr("the header repeats column name(s) {names}").format(names=", ".join(dup)), path,
                                tr("give every column a distinct name."))
    return CsvSource(path=path, encoding=enc, delimiter=delim, header=header, has_header=has_header, suspect=suspect,
                     quoted=quoted, skip=first_no if has_header else first_no - 1, sep_line=sep_line)


def _delimiter(path: str, first: str, delimiter: str, declared: str) -> str:
    """The delimiter: the one asked for, else the one the file's 'sep=' line declares, else sniffed from the header
    line ``first``. One that does not split the header where another does is a fatal error naming the fix."""
    if delimiter in (None, "", "auto") and not declared:
        return sniff_delimiter(first)
    asked = delimiter not in (None, "", "auto")
    delim = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}.get(delimiter, delimiter) if asked else declared
    other = sniff_delimiter(first)
    if len(_split_header(first, delim)) > 1 or other == delim:
        return delim
    given, found = DELIMITERS.get(delim, repr(delim)), DELIMITERS[other]
    if not asked:
        raise LptInputError(tr("the first line 'sep={sep}' declares the {given} delimiter, but the header line does not "
                               "split on it; it does on {other}").format(sep=declared, given=given, other=found), path,
                            tr("correct the 'sep=' line to 'sep={sep}', or delete it.").format(sep=other))
    raise LptInputError(
        tr("wrong delimiter: the first line does not split on {given} but it does on {other}").format(
            given=given, other=found), path,
        tr("set the delimiter to '{other}' or 'auto'.").format(other=found))


def check_readable_file(path: str, what: str) -> None:
    """A fatal error naming ``path`` unless it is a file this process may read (not a folder, not missing)."""
    if not path or not str(path).strip():
        raise LptInputError(tr("no input file given"), tr("(no file given)"), tr("choose {what}.").format(what=what))
    if os.path.isdir(path):
        raise LptInputError(tr("is a folder, not a file ({what} was expected)").format(what=what), path,
                            tr("choose {what} inside it.").format(what=what))
    if not os.path.exists(path):
        raise LptInputError(tr("file not found"), path,
                            tr("choose an existing file ({what}); check the path.").format(what=what))
    if not os.path.isfile(path):
        raise LptInputError(tr("is not a regular file ({what} was expected)").format(what=what), path,
                            tr("choose {what}.").format(what=what))
    if not os.access(path, os.R_OK):
        raise LptInputError(tr("permission denied: this account may not read the file"), path,
                            tr("give yourself read permission, or copy the file somewhere you may read it."))
    if os.path.getsize(path) == 0:
        raise LptInputError(tr("the file is empty (0 bytes)"), path, tr("export the data again."))


# the first bytes of files that are often given where CSV text is read, and what they are
NOT_TEXT = ((b"PK\x03\x04", QT_TR_NOOP("a zip archive or an Excel workbook (.xlsx)")),
            (b"\xd0\xcf\x11\xe0", QT_TR_NOOP("an Excel 97-2003 workbook (.xls)")),
            (b"SQLite format 3\x00", QT_TR_NOOP("a SQLite database or GeoPackage")),
            (b"%PDF", QT_TR_NOOP("a PDF document")), (b"\x1f\x8b", QT_TR_NOOP("a gzip archive")))


def check_text_file(path: str) -> None:
    """A file whose first bytes say it is a workbook, an archive, a database or a PDF is said to be one (it was
    read as CSV text and refused for a missing column named from its binary header)."""
    with open(path, "rb") as fh:
        head = fh.read(16)
    for magic, what in NOT_TEXT:
        if head.startswith(magic):
            raise LptInputError(tr("the file is {what}, not CSV text; nothing was read").format(what=tr(what)), path,
                                tr("open it in its program and save or export it as CSV (UTF-8); police.uk's zip "
                                   "is unzipped first."))


def _first_line(path: str, enc: str, after: int = 0) -> Tuple[str, int]:
    """The first non-blank line after line ``after`` and its number, read with a length limit (a file of one huge
    line is refused)."""
    with io.open(path, "r", encoding=enc, errors="replace", newline="") as fh:
        for _ in range(after):
            fh.readline(MAX_HEADER_CHARS + 1)
        for number in range(after + 1, after + 10_001):
            line = fh.readline(MAX_HEADER_CHARS + 1)
            if len(line) > MAX_HEADER_CHARS:
                raise LptInputError(tr("the first line is longer than {n:,} characters").format(n=MAX_HEADER_CHARS),
                                    path, tr("check that this is a CSV file with a header line."))
            if not line or line.strip():
                return line.rstrip("\r\n"), number
    return "", 1


def distinct_files(paths: Sequence[str]) -> Tuple[List[str], List[Tuple[str, str]]]:
    """The files once each, in order, and the ones left out as (path, the earlier path it repeats): a path given
    twice (or again through its folder) or a file whose bytes equal an earlier one's (a copy, a second download).
    Read twice, its records would count twice: anti-social behaviour has no id to find them by."""
    import filecmp
    kept: List[str] = []
    dropped: List[Tuple[str, str]] = []
    by_real: Dict[str, str] = {}
    by_size: Dict[int, List[str]] = {}
    for p in paths:
        real = os.path.realpath(p)
        if real in by_real:
            dropped.append((p, by_real[real]))
            continue
        by_real[real] = p
        size = os.path.getsize(p) if os.path.isfile(p) else -1
        same = next((q for q in by_size.get(size, ()) if filecmp.cmp(p, q, shallow=False)), None) \
            if size >= 0 else None
        if same is not None:
            dropped.append((p, same))
            continue
        by_size.setdefault(size, []).append(p)
        kept.append(p)
    return kept, dropped


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
                raise LptInputError(tr("the folder holds no .csv files"), p, tr("choose the folder of monthly CSVs."))
            out.extend(found)
        else:
            out.append(p)
    if not out:
        raise LptInputError(tr("no input file given"), tr("(none)"), tr("choose at least one CSV file or folder."))
    return out
