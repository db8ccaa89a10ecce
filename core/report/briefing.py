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

TOP_STREETS = ["Rank", "Street", "Score (90% interval)", "Rank range", "Why here", "Recommended actions"]
HOT_PLACES = ["Place", "Kind", "Crimes", "Main types", "Action"]
PRIORITIES = ["Local priority", "Share of answers", "Answers"]
CRIME_CHANGE = ["Crime type", "Previous", "This period", "Change", "Significant after FDR"]
EQUALITY = ["Measure", "Points per 10 pp (95% interval)", "p"]
LABELS = {v: k for k, v in CRIME_FIELDS.items()}
LABELS["crimes"] = "All crime"


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
    text = f"{int(row['rank_best'])}–{int(row['rank_worst'])}"
    return text if _blank(row.get("p_top")) else f"{text}; top list in {100 * float(row['p_top']):.0f}%"


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
    return [[str(r.place), str(r.kind), f"{int(r.crimes):,}", str(r.top_types or ""), str(r.action or "")]
            for r in places.sort_values("rank").head(top_n).itertuples()]


def period_label(streets: pd.DataFrame) -> str:
    """The ranking's period in words, from the priority streets' ``period`` and ``previous``."""
    import re

    def words(text: str) -> str:
        from calendar import month_name
        return re.sub(r"(\d{4})-(\d{2})", lambda m: f"{month_name[int(m.group(2))]} {m.group(1)}", text)
    if streets is None or "period" not in streets or not len(streets) or _blank(streets.period.iloc[0]):
        return ""
    text = "Period: " + words(str(streets.period.iloc[0]))
    if "previous" in streets and not _blank(streets.previous.iloc[0]) and str(streets.previous.iloc[0]):
        text += f" (compared with {words(str(streets.previous.iloc[0]))})"
    return text
