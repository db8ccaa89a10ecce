"""One briefing pack page set per area: everything its layout's tables and notes show, computed in one place."""
from __future__ import annotations

from typing import Optional

import pandas as pd

from ..i18n import tr

from .briefing import AreaPack, PackInputs, inside, place_rows, top_street_rows
from .briefing_activity import Activity, message_rows, setup_rows
from .briefing_forecast import forecast_note, forecast_rows
from .briefing_figures import change_rows, equality_rows, priority_rows


def _crimes(streets: pd.DataFrame, places: pd.DataFrame) -> int:
    total = pd.to_numeric(streets.get("crimes", pd.Series(dtype=float)), errors="coerce").fillna(0).sum()
    if len(places):
        total += pd.to_numeric(places.crimes, errors="coerce").fillna(0).sum()
    return int(total)


def build_area(name: str, polygon, inp: PackInputs, act: Optional[Activity] = None, period: str = "") -> AreaPack:
    """The pack of the area ``name`` (its polygon in the layers' CRS). An area with no streets ranked or no
    crimes in the period gets a note saying so, and empty tables, never an error."""
    act = act or Activity()
    streets = inside(inp.streets, polygon)
    places = inside(inp.places, polygon) if inp.places is not None else pd.DataFrame()
    pack = AreaPack(name=name, crimes=_crimes(streets, places))
    if not len(streets):
        pack.notes.append((tr("No streets of {area} were ranked in {period}: the area is outside the areas analysed "
                              "or has no streets.") if period else
                           tr("No streets of {area} were ranked: the area is outside the areas analysed or has no "
                              "streets.")).format(area=name, period=period))
    if pack.crimes == 0:
        pack.notes.append((tr("No crimes were recorded in {area} in {period}.") if period else
                           tr("No crimes were recorded in {area}.")).format(area=name, period=period))
    pack.tables["top_streets"] = top_street_rows(streets, inp.top_n) if pack.crimes else []
    pack.tables["hot_places"] = place_rows(places, 3) if len(places) else []
    pack.tables["priorities"], notes = priority_rows(inside(inp.insight, polygon), inp.suppress)
    pack.notes += notes
    pack.tables["crime_change"], notes = change_rows(inside(inp.change, polygon))
    pack.notes += notes
    note = forecast_note(inp.forecast)
    if note:
        pack.notes.append(note)
    pack.tables["equality"], _ = equality_rows(inp.equality)
    pack.tables["forecast"], _ = forecast_rows(inp.forecast)
    pack.tables["setups"] = setup_rows(act, polygon, inp.suppress)
    pack.tables["messages"] = message_rows(act, polygon, inp.suppress)
    return pack
