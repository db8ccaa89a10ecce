"""The briefing pack layout's own words: its headings, footers, table headers, legend title and empty-table message.

scripts/make_briefing_template.py writes them into resources/layouts/briefing_pack.qpt in English; when a pack is
made, each item (found by its id) that still holds the shipped English text gets the user's language
(:func:`translations`), and an item a force reworded in the Layout Designer keeps its words.  The texts name QGIS
expressions (the area, the period, the page) by placeholders, so a translation can move them.
"""
from __future__ import annotations

from typing import Dict, List

from ..i18n import QT_TR_NOOP, tr
from .briefing import CRIME_CHANGE, EQUALITY, HOT_PLACES, PRIORITIES, TOP_STREETS
from .briefing_activity import MESSAGES, SETUPS
from .briefing_forecast import FORECAST

# what a placeholder stands for in the layout (QGIS expressions, evaluated as each area and page is drawn)
EXPRESSIONS = {"area": "[% @atlas_pagename %]", "period": "[% @lpt_period %]", "title": "[% @lpt_title %]",
               "page": "[% @layout_page %]", "pages": "[% @layout_numpages %]",
               "date": "[% format_date(now(), 'd MMMM yyyy', coalesce(@lpt_language, 'en')) %]"}
# label item id -> its text; footer_1, footer_2 ... share the text of "footer"
LABELS = {
    "title": QT_TR_NOOP("{title}: {area}"),
    "heading_streets": QT_TR_NOOP("Top priority streets: {area}, {period}"),
    "heading_figures": QT_TR_NOOP("Local figures: {area}"),
    "h_priorities": QT_TR_NOOP("The public's priorities"),
    "h_crime_change": QT_TR_NOOP("Crime change"),
    "h_hot_places": QT_TR_NOOP("Hot places (crimes at named places)"),
    "h_equality": QT_TR_NOOP("Equality check (all streets ranked in the run)"),
    "h_setups": QT_TR_NOOP("Door-knocking set-ups here"),
    "h_messages": QT_TR_NOOP("Messages sent to this area"),
    "heading_forecast": QT_TR_NOOP("Does the ranking work? Forecast accuracy and stability (all streets ranked in "
                                   "the run)"),
    "footer": QT_TR_NOOP("Aggregate figures only: no member, name or contact; counts of people under the threshold "
                         "shown as <5. Page {page} of {pages}, {area}. Made {date} with Local Priority Targeting."),
}
# table frame id -> its column headers
HEADERS = {"top_streets": TOP_STREETS, "hot_places": HOT_PLACES, "priorities": PRIORITIES,
           "crime_change": CRIME_CHANGE, "equality": EQUALITY, "setups": SETUPS, "messages": MESSAGES,
           "forecast": FORECAST}
LEGEND_TITLE = QT_TR_NOOP("Legend")
EMPTY_TABLE = QT_TR_NOOP("None for this area")


def label_key(item_id: str) -> str:
    """The LABELS key of a label item id (footer_2 -> footer)."""
    return "footer" if item_id.startswith("footer_") else item_id


def english(item_id: str) -> str:
    """The shipped text of a label item, as the template holds it."""
    return LABELS[label_key(item_id)].format(**EXPRESSIONS)


def translated(item_id: str) -> str:
    """The text of a label item in the user's language."""
    return tr(LABELS[label_key(item_id)]).format(**EXPRESSIONS)


def headers(table_id: str) -> List[str]:
    """A table's column headers in the user's language."""
    return [tr(h) for h in HEADERS[table_id]]


def translations() -> Dict[str, str]:
    """Every shipped English text of the layout (labels, headers, legend title, empty-table message) -> the user's
    language: what the algorithm swaps where an item still holds the shipped text."""
    out = {english(k): translated(k) for k in LABELS}
    for table_id, heads in HEADERS.items():
        out.update(zip(heads, headers(table_id)))
    out[LEGEND_TITLE] = tr(LEGEND_TITLE)
    out[EMPTY_TABLE] = tr(EMPTY_TABLE)
    return out
