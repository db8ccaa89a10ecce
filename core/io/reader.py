"""The generic chunked CSV import engine every tabular reader builds on.

A reader subclass declares ``kind``, ``specs`` (see :mod:`core.columns`) and
``output_columns``, and implements :meth:`TableReader.check` which validates one
chunk through a :class:`RowChecker`.  The engine handles files, folders,
encodings, delimiters, chunking, row-shape errors, duplicate ids across chunks
and files, progress, cancel and counts.
"""
from __future__ import annotations

import os
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .columns import ColumnSpec, match_columns, parse_column_map
from .csvsource import DELIMITERS, ENCODING_NAMES, FILE, QUOTE_COLUMNS, ROW, CsvSource, distinct_files, expand_paths, open_csv
from ..errors import LptCancelled
from ..i18n import tr
from .text import key_text, stripped
from .result import REJECT_COLUMNS, FileStats, ImportResult, empty_rejects

WHOLE_ROW = "*whole row*"
ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


def _bytes_per_row(path: str) -> float:
    """Average line length in the first 64 KiB, for progress estimates."""
    with open(path, "rb") as fh:
        head = fh.read(65536)
    return max(1.0, len(head) / max(1, head.count(b"\n")))


class SeenIndex:
    """Keys seen so far, as sorted 64-bit hashes with where each was first seen.

    About 14 bytes a record (a dict of strings would take ~200), so duplicate
    checks stay within bounded memory on files of millions of rows.
    """

    def __init__(self):
        self.keys = np.empty(0, dtype="uint64")
        self.files = np.empty(0, dtype="int16")
        self.rows = np.empty(0, dtype="int64")

    def check_and_add(self, hashes: np.ndarray, use: np.ndarray, file_no: int, rows: np.ndarray):
        """Return (is-duplicate mask, first file, first row) and remember the new keys."""
        n = len(hashes)
        bad = np.zeros(n, dtype=bool)
        ffile = np.zeros(n, dtype="int64")
        frow = np.zeros(n, dtype="int64")
        # repeats of keys from earlier chunks
        pos = np.searchsorted(self.keys, hashes)
        pos_c = np.minimum(pos, max(len(self.keys) - 1, 0))
        earlier = use & (len(self.keys) > 0) & (self.keys[pos_c] == hashes) if len(self.keys) else np.zeros(n, bool)
        bad |= earlier
        ffile[earlier] = self.files[pos_c[earlier]]
        frow[earlier] = self.rows[pos_c[earlier]]
        # repeats within this chunk (the first occurrence wins)
        cand = np.flatnonzero(use & ~earlier)
        if len(cand):
            order = cand[np.argsort(hashes[cand], kind="stable")]
            h = hashes[order]
            dup = np.r_[False, h[1:] == h[:-1]]
            first_idx = order[np.maximum.accumulate(np.where(~dup, np.arange(len(order)), 0))]
            bad[order[dup]] = True
            ffile[order[dup]] = file_no
            frow[order[dup]] = rows[first_idx[dup]]
            new = order[~dup]
            keys = np.concatenate([self.keys, hashes[new]])
            srt = np.argsort(keys, kind="stable")
            self.keys = keys[srt]
            self.files = np.concatenate([self.files, np.full(len(new), file_no, dtype="int16")])[srt]
            self.rows = np.concatenate([self.rows, rows[new]])[srt]
        return bad, ffile, frow


class RowChecker:
    """Collects row rejections for one chunk; each record is rejected at most once."""

    def __init__(self, df: pd.DataFrame, file: str):
        self.df = df
        self.file = file
        self.alive = pd.Series(True, index=df.index)
        self._rejects: List[pd.DataFrame] = []

    def reject(self, mask: pd.Series, column: str, reason: Union[str, pd.Series],
               value: Optional[pd.Series] = None) -> int:
        m = mask.reindex(self.df.index, fill_value=False).astype(bool) & self.alive
        n = int(m.sum())
        if not n:
            return 0
        if value is None:
            value = self.df[column] if column in self.df.columns else pd.Series("", index=self.df.index)
        reason_v = reason[m] if isinstance(reason, pd.Series) else reason
        self._rejects.append(pd.DataFrame({
            "file": self.file, "row": self.df.loc[m, ROW].astype("int64"), "column": column,
            "value": value[m].astype(str).str.slice(0, 200),
            "reason": reason_v}))
        self.alive &= ~m
        return n

    @property
    def live(self) -> pd.DataFrame:
        return self.df[self.alive]

    def rejects(self) -> pd.DataFrame:
        if not self._rejects:
            return empty_rejects()
        return pd.concat(self._rejects, ignore_index=True)[REJECT_COLUMNS] \
            .sort_values("row", kind="stable").reset_index(drop=True)


class TableReader:
    """Base class of the CSV readers. Subclasses set the class attributes and ``check``."""

    kind = "records"
    specs: Sequence[ColumnSpec] = ()
    unique_key = None   # canonical column (or tuple of columns) whose values must be unique, or WHOLE_ROW
    unique_requires: Optional[str] = None  # with WHOLE_ROW: only rows where this column is not blank
    header_names: Optional[Sequence[str]] = None  # for headerless formats
    internal_columns: Sequence[str] = ()  # derived in ``check`` and kept for the reader's own later steps
    key_columns: Sequence[str] = ()    # ids and codes, compared and stored as :func:`.text.key_text` gives them
    key_has_own_form = False           # the unique key is normalised by ``check`` itself (postcodes)

    def __init__(self, paths, column_map: Union[str, Dict[str, str], None] = None,
                 delimiter: str = "auto", encoding: str = "auto", chunksize: int = 100_000,
                 progress: Optional[ProgressFn] = None, is_cancelled: Optional[CancelFn] = None):
        self.paths, repeats = distinct_files(expand_paths(paths))
        self.column_map = column_map if isinstance(column_map, dict) else \
            parse_column_map(column_map, self.specs, self.paths[0])
        self.delimiter = delimiter
        self.encoding = encoding
        self.chunksize = chunksize
        self.progress = progress or (lambda f: None)
        self.is_cancelled = is_cancelled or (lambda: False)
        self.stats: List[FileStats] = []
        self.notes: List[str] = [tr("{path} is the same file as {first}: read once").format(path=p, first=q)
                                 for p, q in repeats]
        self._seen = SeenIndex()

    # ---- hooks -------------------------------------------------------------
    @property
    def duplicate_label(self) -> str:
        """The reason given for a WHOLE_ROW repeat."""
        return tr("exact duplicate of an earlier row")

    def headerless_test(self, first_row: List[str]) -> bool:  # pragma: no cover - overridden
        return True

    def open(self, path: str) -> CsvSource:
        return open_csv(path, self.delimiter, self.encoding, self.header_names,
                        self.headerless_test if self.header_names else None)

    def check(self, chk: RowChecker) -> None:
        """Validate ``chk.df`` (canonical column names); reject bad rows; add derived columns."""

    def output_columns(self) -> List[str]:
        return [s.key for s in self.specs]

    def finish(self, result: ImportResult) -> None:
        """Called once after all chunks, to add notes or extra results."""

    # ---- engine ------------------------------------------------------------
    def _canonical(self, src: CsvSource, chunk: pd.DataFrame, mapping: Dict[str, str]) -> pd.DataFrame:
        out = pd.DataFrame(index=chunk.index)
        for spec in self.specs:
            out[spec.key] = stripped(chunk[mapping[spec.key]]) if spec.key in mapping else ""
        for k in self._id_columns() & set(mapping):
            out[k] = key_text(out[k])
        out[ROW] = chunk[ROW]
        out["__extra"] = chunk["__extra"]
        out["__bad"] = chunk["__bad"]
        for c in QUOTE_COLUMNS:
            out[c] = chunk[c]
        out[FILE] = src.name
        return out

    def _id_columns(self) -> set:
        keys = set(self.key_columns)
        if isinstance(self.unique_key, str) and self.unique_key != WHOLE_ROW and not self.key_has_own_form:
            keys.add(self.unique_key)
        return keys

    def _check_ids(self, chk: RowChecker) -> None:
        """An id holding a double quote is what a stray quote leaves behind: rejected, never a new id."""
        for k in sorted(self._id_columns() & set(chk.df.columns)):
            chk.reject(chk.df[k].str.contains('"', regex=False), k,
                       tr("{column} holds a double quote: a stray quote in the file (fix the quote)").format(column=k))

    def _check_shape(self, chk: RowChecker, ncol: int, src: CsvSource) -> None:
        col, text, reason = (chk.df[c] for c in QUOTE_COLUMNS)
        for name in col[col != ""].unique():         # lines with a stray quote (see core.io.quotes)
            chk.reject(col == name, name, reason, text)
        bad = chk.df["__bad"]
        if (bad != "").any():
            where = bad[bad != ""]
            text = tr("column {column}: a byte that is not valid {encoding} text, a NUL byte or "
                      "U+FFFD (the row is not read; fix it, or save the file as UTF-8)")
            enc = ENCODING_NAMES.get(src.encoding, src.encoding)
            chk.reject(bad != "", "(row)", where.map(lambda c: text.format(column=c, encoding=enc)), where)
        extra = chk.df["__extra"]
        chk.reject(extra.fillna("") != "", "(row)", tr("row has more fields than the header ({n})").format(n=ncol),
                   extra.fillna(""))

    def _check_unique(self, chk: RowChecker, src: CsvSource) -> None:
        """Reject repeats of ``unique_key`` (or of the whole record when it is ``WHOLE_ROW``)."""
        key = self.unique_key
        if not key:
            return
        live = chk.live
        if key == WHOLE_ROW:
            cols = [s.key for s in self.specs]
            hashes = pd.util.hash_pandas_object(live[cols], index=False).values
            nonblank = (live[self.unique_requires] != "").values if self.unique_requires else \
                np.ones(len(live), dtype=bool)
            column, label, shown = "(row)", self.duplicate_label, pd.Series("", index=live.index)
        elif isinstance(key, (tuple, list)):             # a key of several columns, e.g. area and category
            cols = list(key)
            hashes = pd.util.hash_pandas_object(live[cols], index=False).values
            nonblank = (live[cols].astype(str) != "").all(axis=1).values
            shown = live[cols].astype(str).agg(" / ".join, axis=1) if len(live) else pd.Series("", index=live.index)
            column, label = cols[-1], tr("duplicate {columns}").format(columns=tr(" and ").join(cols))
        else:
            hashes = pd.util.hash_pandas_object(live[key], index=False).values
            nonblank = (live[key] != "").values
            column, label, shown = key, tr("duplicate {column}").format(column=key), live[key]
        rows = live[ROW].values.astype("int64")
        file_no = len(self.stats) - 1
        bad, first_file, first_row = self._seen.check_and_add(hashes, nonblank, file_no, rows)
        if bad.any():
            names = [os.path.basename(st.path) for st in self.stats]
            first = tr("{label} (first at {file} row {row})")
            reason = pd.Series([first.format(label=label, file=names[f], row=r) for f, r in
                                zip(first_file[bad], first_row[bad])], index=live.index[bad])
            chk.reject(pd.Series(bad, index=live.index), column, reason, shown)

    def iter_chunks(self) -> Iterator[Tuple[pd.DataFrame, pd.DataFrame]]:
        """Yield (accepted, rejects) per chunk; fills ``self.stats``."""
        sizes = [max(os.path.getsize(p), 1) if os.path.exists(p) else 1 for p in self.paths]
        total = float(sum(sizes))
        done = 0.0
        for path, size in zip(self.paths, sizes):
            src = self.open(path)
            match = match_columns(src.header, self.specs, self.column_map, path)
            st = FileStats(path=path, encoding=src.encoding, delimiter=src.delimiter)
            self.stats.append(st)
            bytes_per_row = _bytes_per_row(path)
            for chunk in src.iter_chunks(self.chunksize):
                if self.is_cancelled():
                    raise LptCancelled()
                df = self._canonical(src, chunk, match.mapping)
                chk = RowChecker(df, src.name)
                self._check_shape(chk, len(src.header), src)
                self._check_ids(chk)
                self.check(chk)
                self._check_unique(chk, src)
                acc = chk.live[self.output_columns() + list(self.internal_columns) + [FILE, ROW]]
                rej = chk.rejects()
                st.read += len(df)
                st.accepted += len(acc)
                st.rejected += len(rej)
                est = min(size, st.read * bytes_per_row)
                self.progress(100.0 * (done + est) / total)
                yield acc, rej
            if st.read == 0:
                self.notes.append(tr("{file}: header only, no data rows").format(file=os.path.basename(path)))
            if getattr(src, "sep_line", 0):
                self.notes.append(tr("{file}: line {line} ('sep=') names the delimiter ({delimiter}); the header is "
                                     "the line after it").format(file=os.path.basename(path), line=src.sep_line,
                                                                 delimiter=DELIMITERS.get(src.delimiter,
                                                                                          repr(src.delimiter))))
            done += size
            self.progress(100.0 * done / total)

    def read(self) -> ImportResult:
        """Read everything into one :class:`ImportResult` (use ``iter_chunks`` for huge files)."""
        accs, rejs = [], []
        for acc, rej in self.iter_chunks():
            accs.append(acc)
            if len(rej):
                rejs.append(rej)
        accepted = pd.concat(accs, ignore_index=True) if accs else \
            pd.DataFrame(columns=self.output_columns() + [FILE, ROW])
        rejects = pd.concat(rejs, ignore_index=True) if rejs else empty_rejects()
        result = ImportResult(self.kind, accepted, rejects, self.stats, self.notes)
        self.finish(result)
        return result
