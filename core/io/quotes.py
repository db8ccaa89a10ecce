"""Quotes that do not close: a record never swallows the lines after it.

A field in double quotes may hold the delimiter and line breaks.  A stray quote - one that opens a field and is
not closed on its line - makes a CSV parser read the following lines, records and all, into that one field: the
records vanish (the file has 5, 4 are read) or, when no quote closes it, the rest of the file is lost.  So every
record is counted against the file's lines (a record's row is the line where it starts, header = 1):

* a quoted field that holds a line break and, inside it, a record's worth of delimiters (the header's number less
  one, some of them after the line break) has swallowed the lines it spans;
* a quote still open at the end of the file has swallowed every line after it.

The line where such a quote opens is read as a rejected row of its own (file, row, the column where the quote
opens, reason) and reading goes on with the next line, so the lines it had swallowed are read as the records they
are.  A line break inside a quoted field that swallows no record (a comment written over two lines) is kept.
"""
from __future__ import annotations

import io
import itertools
import re
from typing import Dict, Optional, Sequence, Tuple

MARK = "\uffff"          # what a rejected line is read as (a noncharacter: never in a decoded text file)
MAX_STRAY = 200          # more stray quotes than this: the file is refused (the quoting is broken throughout)
LINE_BREAK = re.compile(r"\r\n|\r|\n")

START, PLAIN, QUOTED, QUOTE_IN_QUOTED = range(4)


def scan(line: str, delim: str, state: int = START, field: int = 0) -> Tuple[int, int, int]:
    """Quote state after ``line`` read as Python's csv module reads it (``strict=False``): (state, field index
    reached, field where the last quote still open at the end opened, or -1)."""
    opened = field if state == QUOTED else -1
    for ch in line.rstrip("\r\n"):
        if state == QUOTED:
            state = QUOTE_IN_QUOTED if ch == '"' else QUOTED
        elif ch == delim:
            state, field = START, field + 1
        elif state == START and ch == '"':
            state, opened = QUOTED, field
        elif state == QUOTE_IN_QUOTED:
            state = QUOTED if ch == '"' else PLAIN
        else:
            state = PLAIN
    return state, field, (opened if state == QUOTED else -1)


def header_quote(line: str, delim: str) -> int:
    """1-based column of the header where a quote opens and is not closed on the line; 0 when none."""
    state, _, opened = scan(line, delim)
    return opened + 1 if state == QUOTED else 0


def raw_line(path: str, encoding: str, number: int) -> str:
    """Line ``number`` (1-based) of the file as written, without its line ending."""
    with io.open(path, "r", encoding=encoding, errors="replace", newline="") as fh:
        line = next(itertools.islice(fh, number - 1, None), "")
    return line.rstrip("\r\n")


def unclosed_from(path: str, encoding: str, delim: str, first: int, marks: Dict[int, str]) -> Optional[int]:
    """The line (from ``first`` on) where a quote opens that is still open at the end of the file, or None."""
    state, field, open_line = START, 0, None
    with io.open(path, "r", encoding=encoding, errors="replace", newline="") as fh:
        for number, line in enumerate(fh, start=1):
            if number < first:
                continue
            if number in marks:
                state, field = START, 0
                continue
            before = state
            if '"' in line or state == QUOTED:
                state, field, opened = scan(line, delim, state, field)
                if state == QUOTED and before != QUOTED:
                    open_line = number
            if state != QUOTED:
                state, field = START, 0
    return open_line if state == QUOTED else None


def first_stray_from(path: str, encoding: str, delim: str, first: int, marks: Dict[int, str],
                     ncol: int) -> Optional[int]:
    """The first line (from ``first`` on) that leaves a quote open while the next line holds a whole record's
    fields (at least the header's delimiters), or None: what made a parser stop on a quote closed mid-field."""
    state, field, open_line = START, 0, None
    with io.open(path, "r", encoding=encoding, errors="replace", newline="") as fh:
        for number, line in enumerate(fh, start=1):
            if number < first or number in marks:
                state, field = START, 0
                continue
            if open_line is not None and number == open_line + 1 and line.count(delim) >= max(1, ncol - 1):
                return open_line
            before = state
            if '"' in line or state == QUOTED:
                state, field, _ = scan(line, delim, state, field)
            open_line = number if state == QUOTED and before != QUOTED else (open_line if state == QUOTED else None)
            if state != QUOTED:
                state, field = START, 0
    return None


def swallowed(fields: Sequence[str], delim: str, ncol: int) -> bool:
    """A record read over several lines that has more fields than the header, or a field holding a line break
    and, inside it, a record's worth of delimiters (the header's number less one), some after the line break:
    the quote swallowed the rest of its line and the lines after it.  A field of free text written over two lines
    (``"a\nb"``, even in the first column) holds no such structure and is kept."""
    if len(fields) > ncol:
        return True
    for f in fields:
        parts = LINE_BREAK.split(f)
        if len(parts) > 1 and f.count(delim) >= max(1, ncol - 1) and any(delim in p for p in parts[1:]):
            return True
    return False


class MarkedLines(io.TextIOBase):
    """A text stream in which the lines numbered in ``marks`` read as :data:`MARK` (one field), so that the
    parser starts afresh on the line after each."""

    def __init__(self, fh, marks: Dict[int, str], before: int = 0):
        self._fh = fh
        self._marks = marks
        self._line = before          # lines of the file before the stream's first

    def readable(self):
        return True

    def readline(self, n=-1):
        line = self._fh.readline()
        if line:
            self._line += 1
            if self._line in self._marks:
                body = line.rstrip("\r\n")
                line = MARK + (line[len(body):] or "\n")
        return line

    def read(self, n=-1):
        out, size = [], 0
        while n is None or n < 0 or size < n:
            line = self.readline()
            if not line:
                break
            out.append(line)
            size += len(line)
        return "".join(out)

    def close(self):
        self._fh.close()
        super().close()
