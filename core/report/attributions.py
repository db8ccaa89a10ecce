"""Data licences and attributions of a briefing pack, from an editable table (resources/config/attributions.csv:
``source,default,text``; ``{year}`` in a text becomes the year the pack is made)."""
from __future__ import annotations

from datetime import date
from typing import List, Optional, Sequence

import pandas as pd

from ..config import config_path, read_config_csv

DEFAULT_FILE = "attributions.csv"


def read_attributions(path: str = "") -> pd.DataFrame:
    """The table (source, default 0/1, text), checked at the door."""
    return read_config_csv(path or config_path(DEFAULT_FILE), ["source", "default", "text"], "attributions")


def attribution_lines(table: pd.DataFrame, sources: Optional[Sequence[str]] = None,
                      year: Optional[int] = None) -> List[str]:
    """The lines of the sources used: those named (case-insensitive), else the table's defaults."""
    year = year or date.today().year
    if sources is None:
        rows = table[table["default"].astype(str).str.strip() == "1"]
    else:
        wanted = {s.strip().lower() for s in sources}
        rows = table[table.source.str.strip().str.lower().isin(wanted)]
    return [str(t).replace("{year}", str(year)) for t in rows.text]
