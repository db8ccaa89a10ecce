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
from dataclasses import dataclass
from typing import Iterator, List, Optional, Sequence

import pandas as pd

from ..errors import LptInputError

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
EXTRA_COLS = 8  # spare columns that catch rows with too many fields
ROW = "__row"
FILE = "__file"


def detect_encoding(path: str, block: int = 1 << 22) -> str:
    """Return 'utf-8-sig', 'utf-16' or 'cp1252' for ``path``."""
    with open(path, "rb") as fh:
        head = fh.read(4)
        if head.startswith(codecs.BOM_UTF8):
            enc = "utf-8-sig"
        elif head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
            return "utf-16"
        else:
            enc = "utf-8-sig"
        fh.seek(0)
        dec = codecs.getincrementaldecoder("utf-8")()
        try:
            while True:
                data = fh.read(block)
                if not data:
                    dec.decode(b"", final=True)
                    break
                dec.decode(data)
        except UnicodeDecodeError:
            return "cp1252"
    return enc


def _split_header(line: str, delim: str) -> List[str]:
    return next(csv.reader([line], delimiter=delim)) if line else []


def sniff_delimiter(first_line: str) -> str:
    best, best_n = ",", 1
    for d in DELIMITERS:
        n = len(_split_header(first_line, d))
        if n > best_n:
            best, best_n = d, n
    return best


@dataclass
class CsvSource:
    """One CSV file, opened with its encoding and delimiter resolved."""
    path: str
    encoding: str
    delimiter: str
    header: List[str]
    has_header: bool

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    def iter_chunks(self, chunksize: int = 100_000) -> Iterator[pd.DataFrame]:
        """Yield DataFrames of strings with the source header as columns.

        Adds ``__row`` (spreadsheet row number) and ``__extra`` (the text of
        any fields beyond the header, '' when none).  A row with *fewer* fields
        than the header reads its missing trailing fields as blank (some
        exporters omit trailing empties); required ones are then rejected as
        blank, naming the column.
        """
        ncol = len(self.header)
        try:
            yield from self._chunks(ncol, chunksize, "c")
        except pd.errors.ParserError as exc:
            # pandas 1.5's C parser refuses spare columns when the file has one data row
            if "Too many columns specified" not in str(exc):
                raise
            yield from self._chunks(ncol, chunksize, "python")

    def _chunks(self, ncol: int, chunksize: int, engine: str) -> Iterator[pd.DataFrame]:
        names = [f"c{i}" for i in range(ncol + EXTRA_COLS)]
        try:
            reader = pd.read_csv(
                self.path, sep=self.delimiter, encoding=self.encoding, header=None,
                names=names, skiprows=1 if self.has_header else 0, dtype=str,
                keep_default_na=False, na_values=[], skip_blank_lines=False,
                chunksize=chunksize, quotechar='"', engine=engine, on_bad_lines="error",
                encoding_errors="strict")
            start = 2 if self.has_header else 1
            for chunk in reader:
                chunk.index = range(start, start + len(chunk))
                start += len(chunk)
                body = chunk.iloc[:, :ncol]
                extra = chunk.iloc[:, ncol:].fillna("")
                has_extra = (extra != "").any(axis=1)
                extra_txt = pd.Series("", index=chunk.index, dtype=object)
                if has_extra.any():  # rare: join the spare fields of those rows only
                    extra_txt[has_extra] = extra[has_extra].agg(
                        lambda r: self.delimiter.join(v for v in r if v), axis=1)
                body = body.fillna("")
                body.columns = self.header
                blank = (body == "").all(axis=1) & (extra_txt == "")
                body = body[~blank].copy()
                body[ROW] = body.index
                body["__extra"] = extra_txt[~blank]
                yield body
        except pd.errors.ParserError as exc:
            if "Too many columns specified" in str(exc) and engine == "c":
                raise
            raise LptInputError(f"cannot parse CSV ({exc})", self.path,
                                "check quoting; a field with the delimiter inside must be in double quotes.")
        except UnicodeDecodeError as exc:
            raise LptInputError(f"text is not valid {self.encoding} ({exc.reason})", self.path,
                                "save the file as UTF-8, or choose its encoding.")


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
        enc = detect_encoding(path) if encoding in (None, "", "auto") else encoding
        codecs.lookup(enc)
    except LookupError:
        raise LptInputError(f"unknown encoding '{encoding}'", path, "use auto, utf-8 or cp1252.")
    except OSError as exc:
        raise LptInputError(f"cannot read the file ({exc.strerror})", path, "check it exists and you may read it.")
    try:
        with io.open(path, "r", encoding=enc, newline="") as fh:
            first = ""
            for line in fh:
                if line.strip():
                    first = line.rstrip("\r\n")
                    break
    except UnicodeDecodeError as exc:
        raise LptInputError(f"text is not valid {enc} ({exc.reason})", path,
                            "save the file as UTF-8, or choose its encoding.")
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
    row = _split_header(first, delim)
    if header_names is not None:
        is_data = headerless_test(row) if headerless_test else True
        header = list(header_names)
        has_header = not is_data
    else:
        header = [h.strip() for h in row]
        has_header = True
        if len(set(header)) != len(header):
            dup = sorted({h for h in header if header.count(h) > 1})
            raise LptInputError(f"the header repeats column name(s) {', '.join(dup)}", path,
                                "give every column a distinct name.")
    return CsvSource(path=path, encoding=enc, delimiter=delim, header=header, has_header=has_header)


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
