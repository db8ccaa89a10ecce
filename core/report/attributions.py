"""Data licences and attributions of a briefing pack, from an editable table (resources/config/attributions.csv:
``source,default,text``; ``{year}`` in a text becomes the year the pack is made)."""
from __future__ import annotations

from datetime import date
from typing import List, Optional, Sequence

import pandas as pd

from ..config import config_path, read_config_csv
from ..i18n import QT_TR_NOOP, tr

DEFAULT_FILE = "attributions.csv"
# the shipped table's texts (resources/config/attributions.csv): shown translated; a force's own text as written
SHIPPED = frozenset({
    QT_TR_NOOP("Crime: police.uk, contains public sector information licensed under the Open Government Licence v3.0."),
    QT_TR_NOOP("Contains OS data © Crown copyright and database right {year}."),
    QT_TR_NOOP("Source: Office for National Statistics (Census 2021, boundaries, postcodes) licensed under the Open "
               "Government Licence v3.0."),
    QT_TR_NOOP("English Indices of Deprivation: Ministry of Housing, Communities and Local Government, Open "
               "Government Licence v3.0."),
    QT_TR_NOOP("Streets © OpenStreetMap contributors, available under the Open Database Licence (ODbL)."),
})


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
    return [(tr(str(t)) if str(t) in SHIPPED else str(t)).replace("{year}", str(year)) for t in rows.text]
