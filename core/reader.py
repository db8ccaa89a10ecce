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

import pandas as pd

from .columns import ColumnSpec, match_columns, parse_column_map
from .csvsource import FILE, ROW, CsvSource, expand_paths, open_csv
from .errors import LptCancelled
from .result import REJECT_COLUMNS, FileStats, ImportResult, empty_rejects

WHOLE_ROW = "*whole row*"
ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


def _bytes_per_row(path: str) -> float:
    """Average line length in the first 64 KiB, for progress estimates."""
    with open(path, "rb") as fh:
        head = fh.read(65536)
    return max(1.0, len(head) / max(1, head.count(b"\n")))


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
            "value": value[m].astype(str).str.slice(0, 200), "reason": reason_v}))
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
    unique_key: Optional[str] = None   # canonical column whose values must be unique, or WHOLE_ROW
    unique_requires: Optional[str] = None  # with WHOLE_ROW: only rows where this column is not blank
    header_names: Optional[Sequence[str]] = None  # for headerless formats

    def __init__(self, paths, column_map: Union[str, Dict[str, str], None] = None,
                 delimiter: str = "auto", encoding: str = "auto", chunksize: int = 100_000,
                 progress: Optional[ProgressFn] = None, is_cancelled: Optional[CancelFn] = None):
        self.paths = expand_paths(paths)
        self.column_map = column_map if isinstance(column_map, dict) else \
            parse_column_map(column_map, self.specs, self.paths[0])
        self.delimiter = delimiter
        self.encoding = encoding
        self.chunksize = chunksize
        self.progress = progress or (lambda f: None)
        self.is_cancelled = is_cancelled or (lambda: False)
        self.stats: List[FileStats] = []
        self.notes: List[str] = []
        self._seen: Dict[str, Tuple[str, int]] = {}

    # ---- hooks -------------------------------------------------------------
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
            out[spec.key] = chunk[mapping[spec.key]].str.strip() if spec.key in mapping else ""
        out[ROW] = chunk[ROW]
        out["__extra"] = chunk["__extra"]
        out[FILE] = src.name
        return out

    def _check_shape(self, chk: RowChecker, ncol: int) -> None:
        extra = chk.df["__extra"]
        chk.reject(extra.fillna("") != "", "(row)", f"row has more fields than the header ({ncol})",
                   extra.fillna(""))

    def _check_unique(self, chk: RowChecker, src: CsvSource) -> None:
        """Reject repeats of ``unique_key`` (or of the whole record when it is ``WHOLE_ROW``)."""
        key = self.unique_key
        if not key:
            return
        live = chk.live
        if key == WHOLE_ROW:
            cols = [s.key for s in self.specs]
            vals = pd.Series(pd.util.hash_pandas_object(live[cols], index=False).values, index=live.index)
            nonblank = live[self.unique_requires] != "" if self.unique_requires else \
                pd.Series(True, index=live.index)
            column, label = "(row)", "exact duplicate of an earlier row"
        else:
            vals = live[key]
            nonblank = vals != ""
            column, label = key, f"duplicate {key}"
        dup_in_chunk = vals.duplicated(keep="first") & nonblank
        seen_before = vals.isin(self._seen.keys()) & nonblank
        bad = dup_in_chunk | seen_before
        if bad.any():
            first_rows = {}
            for v, r in zip(vals[nonblank & ~bad], live.loc[nonblank & ~bad, ROW]):
                first_rows.setdefault(v, (src.name, int(r)))
            reason = vals[bad].map(lambda v: "{} (first at {} row {})".format(
                label, *(self._seen.get(v) or first_rows.get(v) or ("?", 0))))
            chk.reject(bad, column, reason, live[key] if key != WHOLE_ROW else pd.Series("", index=live.index))
        live = chk.live
        vals = vals[chk.alive[vals.index]]
        for v, r, keep in zip(vals, live[ROW], nonblank[vals.index]):
            if keep:
                self._seen.setdefault(v, (src.name, int(r)))

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
                self._check_shape(chk, len(src.header))
                self.check(chk)
                self._check_unique(chk, src)
                acc = chk.live[self.output_columns() + [FILE, ROW]]
                rej = chk.rejects()
                st.read += len(df)
                st.accepted += len(acc)
                st.rejected += len(rej)
                est = min(size, st.read * bytes_per_row)
                self.progress(100.0 * (done + est) / total)
                yield acc, rej
            if st.read == 0:
                self.notes.append(f"{os.path.basename(path)}: header only, no data rows")
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
