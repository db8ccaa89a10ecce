"""What a briefing pack shows for one area (a ward, a team's patch or the whole force): its top streets with
reasons, actions and uncertainty, hot places, the public's priorities, crime change and the equality check, as
rows of text for the layout's tables (no Qt here; processing/report/ fills the print layout).

A row is in an area when a point on it (:func:`shapely.point_on_surface`) lies inside the area's polygon, so the
same rule serves wards, patches and the force. Aggregate figures only: the inputs are the outputs of
lpt:prioritystreets, lpt:linkcommunity and lpt:compareperiods, which carry no member, name or contact, and
counts of people below ``suppress`` are shown as "<5" (as in the insight layers)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import pandas as pd

from ..analyse.insight import CRIME_FIELDS
from ..engage.change_sentence import MONTHS
from ..i18n import QT_TR_NOOP, tr

# the layout's table headers (written into the template in English; translated where the pack is made)
TOP_STREETS = [QT_TR_NOOP("Rank"), QT_TR_NOOP("Street"), QT_TR_NOOP("Score (90% interval)"), QT_TR_NOOP("Rank range"),
               QT_TR_NOOP("Why here"), QT_TR_NOOP("Recommended actions")]
HOT_PLACES = [QT_TR_NOOP("Place"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Crimes"), QT_TR_NOOP("Main types"),
              QT_TR_NOOP("Action")]
PRIORITIES = [QT_TR_NOOP("Local priority"), QT_TR_NOOP("Share of answers"), QT_TR_NOOP("Answers")]
CRIME_CHANGE = [QT_TR_NOOP("Crime type"), QT_TR_NOOP("Previous"), QT_TR_NOOP("This period"), QT_TR_NOOP("Change"),
                QT_TR_NOOP("Significant after FDR")]
EQUALITY = [QT_TR_NOOP("Measure"), QT_TR_NOOP("Points per 10 pp (95% interval)"), QT_TR_NOOP("p")]
# police.uk's crime types (CRIME_FIELDS: category -> field) as the crime change table names them
LABELS = {v: k for k, v in CRIME_FIELDS.items()}
LABELS["crimes"] = QT_TR_NOOP("All crime")
_SHOWN = [QT_TR_NOOP("Anti-social behaviour"), QT_TR_NOOP("Bicycle theft"), QT_TR_NOOP("Burglary"),
          QT_TR_NOOP("Criminal damage and arson"), QT_TR_NOOP("Drugs"), QT_TR_NOOP("Other crime"),
          QT_TR_NOOP("Other theft"), QT_TR_NOOP("Possession of weapons"), QT_TR_NOOP("Public order"),
          QT_TR_NOOP("Robbery"), QT_TR_NOOP("Shoplifting"), QT_TR_NOOP("Theft from the person"),
          QT_TR_NOOP("Vehicle crime"), QT_TR_NOOP("Violence and sexual offences")]     # the keys of CRIME_FIELDS


@dataclass
class PackInputs:
    streets: pd.DataFrame                       # PRIORITY_STREETS with a shapely ``geometry``
    places: Optional[pd.DataFrame] = None       # HOT_PLACES (``easting``, ``northing``)
    insight: Optional[pd.DataFrame] = None      # AREA_INSIGHT with ``geometry`` (priorities)
    change: Optional[pd.DataFrame] = None       # AREA_CHANGE with ``geometry`` (crime change)
    equality: Optional[pd.DataFrame] = None     # EQUALITY (the run's, for every area)
    forecast: Optional[pd.DataFrame] = None     # FORECAST (the run's accuracy and stability, for every area)
    suppress: int = 5
    top_n: int = 10


@dataclass
class AreaPack:
    name: str
    crimes: int
    tables: Dict[str, List[List[str]]] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)


def _blank(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA


def count(n, suppress: int) -> str:
    """A count of people as shown: blank when unknown, "<k" when under the threshold (but not zero)."""
    if _blank(n):
        return ""
    n = int(round(float(n)))
    return f"<{suppress}" if 0 < n < suppress else f"{n:,}"


def inside(df: Optional[pd.DataFrame], polygon) -> pd.DataFrame:
    """The rows of ``df`` (``geometry``, or ``easting``/``northing``) with a point inside ``polygon``."""
    import shapely
    if df is None or not len(df) or polygon is None:
        return (df if df is not None else pd.DataFrame()).iloc[0:0]
    if "geometry" in df:
        g = df.geometry.values
        ok = pd.notna(g)
        pts = shapely.point_on_surface(g[ok])
        hit = pd.Series(False, index=df.index)
        hit[ok] = shapely.contains(polygon, pts)
        return df[hit.values]
    pts = shapely.points(df.easting.astype(float).values, df.northing.astype(float).values)
    return df[shapely.contains(polygon, pts)]


def _interval(row) -> str:
    if _blank(row.get("score_lo")) or _blank(row.get("score_hi")):
        return f"{row['score']:.1f}"
    return f"{row['score']:.1f} ({row['score_lo']:.1f}–{row['score_hi']:.1f})"


def _rank_range(row) -> str:
    if _blank(row.get("rank_best")) or _blank(row.get("rank_worst")):
        return ""
    best, worst = int(row["rank_best"]), int(row["rank_worst"])
    if _blank(row.get("p_top")):
        return f"{best}–{worst}"
    return tr("{best}–{worst}; top list in {share:.0f}%").format(best=best, worst=worst,
                                                                  share=100 * float(row["p_top"]))


def top_street_rows(streets: pd.DataFrame, top_n: int) -> List[List[str]]:
    """Rank (ties as "=12"), street, score with its interval, rank range, reasons and actions."""
    rows = []
    for _, r in streets.sort_values("rank").head(top_n).iterrows():
        label = r.get("rank_label") if not _blank(r.get("rank_label")) else str(int(r["rank"]))
        reasons = [x for x in str(r.get("reasons") or "").split("; ") if x]
        actions = [x for x in str(r.get("actions") or "").split(" | ") if x]
        rows.append([str(label), str(r["name"]), _interval(r), _rank_range(r), "\n".join(reasons),
                     "\n".join(actions)])
    return rows


def place_rows(places: pd.DataFrame, top_n: int) -> List[List[str]]:
    """Place (police.uk's location name, as written), kind, crimes, main types and action: the kind, the crime
    types and a shipped action in the user's language, whatever the language of the run that wrote HOT_PLACES."""
    from ..analyse.places import action_label, kind_label, types_label
    return [[str(r.place), kind_label(r.kind), f"{int(r.crimes):,}", types_label(getattr(r, "top_types", "")),
             action_label(getattr(r, "action", ""))] for r in places.sort_values("rank").head(top_n).itertuples()]


def _month_words(text: str) -> str:
    """'2024-01..2024-02' -> 'January 2024..February 2024' (each year-month in words, the rest as it is)."""
    import re
    return re.sub(r"(\d{4})-(\d{2})", lambda m: tr("{month} {year}").format(
        month=tr(MONTHS[int(m.group(2)) - 1]) if 1 <= int(m.group(2)) <= 12 else m.group(2), year=m.group(1)), text)


def period_words(streets: pd.DataFrame) -> str:
    """The ranking's period in words ('' when unknown): what a note says after 'in'."""
    if streets is None or "period" not in streets or not len(streets) or _blank(streets.period.iloc[0]):
        return ""
    return _month_words(str(streets.period.iloc[0]))


def period_label(streets: pd.DataFrame) -> str:
    """The ranking's period in words, from the priority streets' ``period`` and ``previous``."""
    period = period_words(streets)
    if not period:
        return ""
    if "previous" in streets and not _blank(streets.previous.iloc[0]) and str(streets.previous.iloc[0]):
        return tr("Period: {period} (compared with {previous})").format(
            period=period, previous=_month_words(str(streets.previous.iloc[0])))
    return tr("Period: {period}").format(period=period)
