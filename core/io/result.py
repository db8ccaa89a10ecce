"""Import results: accepted records, rejects table and counts.

Invariant, for every import: ``read == accepted + rejected``.  A record that
fails any check appears exactly once in the rejects table with the file, its
spreadsheet row number (header = row 1), the column, the offending value and a
plain-words reason.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

import pandas as pd

from ..i18n import tr

REJECT_COLUMNS = ["file", "row", "column", "value", "reason"]


def empty_rejects() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c == "row" else "object") for c in REJECT_COLUMNS})


@dataclass
class FileStats:
    path: str
    encoding: str = ""
    delimiter: str = ""
    read: int = 0
    accepted: int = 0
    rejected: int = 0


@dataclass
class ImportResult:
    kind: str
    accepted: pd.DataFrame
    rejects: pd.DataFrame
    files: List[FileStats] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    extra: Dict[str, Any] = field(default_factory=dict)

    @property
    def read(self) -> int:
        return sum(f.read for f in self.files)

    @property
    def n_accepted(self) -> int:
        return sum(f.accepted for f in self.files)

    @property
    def n_rejected(self) -> int:
        return sum(f.rejected for f in self.files)

    def summary(self) -> str:
        return tr("{kind}: read {read:,}, accepted {accepted:,}, rejected {rejected:,}").format(
            kind=self.kind, read=self.read, accepted=self.n_accepted, rejected=self.n_rejected)

    def reasons(self, top: Optional[int] = 10) -> pd.Series:
        """Rejected counts by reason, most frequent first."""
        if self.rejects.empty:
            return pd.Series(dtype="int64")
        s = self.rejects.groupby("reason").size().sort_values(ascending=False)
        return s.head(top) if top else s
