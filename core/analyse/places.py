"""Hot places: crimes police.uk records at a named place (car park, supermarket, nightclub...), ranked apart
from streets, each with the action for its kind of premises and partners (``resources/config/place_names.csv``).

A place is one police.uk map point whose location name is in the place list.  Its crimes are kept out of the
residential street score by default (``PriorityConfig.places_apart``), because door-knocking residents is not
the answer to a car park.
"""
from __future__ import annotations

from typing import Dict

import numpy as np
import pandas as pd

from ..io.places import classify, load_place_names
from .insight import CRIME_FIELDS, Period
from .reasons import CATEGORY_LABEL

LABEL = {t: CATEGORY_LABEL[f] for t, f in CRIME_FIELDS.items()}
COLUMNS = ["rank", "place", "kind", "crimes", "harm", "crimes_previous", "top_types", "street", "area_code",
           "area_name", "area_share", "action", "easting", "northing", "period"]


def mark_places(crimes: pd.DataFrame, places_path: str = "") -> pd.DataFrame:
    """``crimes`` with ``place`` (bool), ``place_kind`` and ``place_action`` from the location name."""
    loc = crimes["location"] if "location" in crimes else pd.Series("", index=crimes.index)
    cls = classify(loc, load_place_names(places_path))
    return crimes.assign(place=cls.place.values, place_kind=cls.kind.values, place_action=cls.action.values)


def _in(crimes: pd.DataFrame, p: Period) -> pd.DataFrame:
    return crimes[(crimes.month >= p.start) & (crimes.month <= p.end)]


def hot_places(crimes: pd.DataFrame, period: Period, previous: Period, harm_weights: Dict[str, float],
               street_names: pd.Series, area_names: pd.Series) -> pd.DataFrame:
    """One row per place with crime in ``period``, ranked by harm then crimes (``crimes`` from :func:`mark_places`)."""
    now = _in(crimes, period)
    at = now[now.place]
    if at.empty:
        return pd.DataFrame(columns=COLUMNS + ["geometry"])
    key = ["easting", "northing"]
    at = at.assign(place_name=at.location.astype(str).str.replace(r"(?i)^\s*on or near\s+", "", regex=True).str.strip(),
                   w=at.crime_type.astype(str).map(harm_weights).fillna(0.0).values)
    g = at.groupby(key, sort=True)
    out = pd.DataFrame({"place": g.place_name.first(), "kind": g.place_kind.first(), "crimes": g.size(),
                        "harm": g.w.sum().round(2), "action": g.place_action.first(),
                        "street_id": g.street_id.agg(lambda s: str(s.iloc[0])),
                        "area_code": g.area_code.agg(lambda s: str(s.iloc[0]))})
    by_type = at.groupby(key + ["crime_type"], observed=True, sort=True).size().rename("n").reset_index()
    by_type = by_type.sort_values(key + ["n", "crime_type"], ascending=[True, True, False, True])
    by_type["txt"] = by_type.n.astype(str) + " " + by_type.crime_type.astype(str).map(LABEL).fillna("other")
    out["top_types"] = by_type.groupby(key, sort=True).txt.agg(lambda s: ", ".join(s.head(3)))
    prev = _in(crimes, previous)
    prev = prev[prev.place].groupby(key).size()
    out["crimes_previous"] = prev.reindex(out.index).fillna(0).astype(np.int64)
    area_total = now.groupby(now.area_code.astype(str)).size()
    out["area_share"] = (100.0 * out.crimes / out.area_code.map(area_total)).round(1)
    out["street"] = out.street_id.map(street_names).fillna("")
    out["area_name"] = out.area_code.map(area_names).fillna("")
    out = out.reset_index().sort_values(["harm", "crimes", "easting", "northing"], ascending=[False, False, True, True])
    out["rank"] = np.arange(1, len(out) + 1)
    out["period"] = period.name
    import shapely
    out["geometry"] = shapely.points(out.easting.values, out.northing.values)
    return out[COLUMNS + ["geometry"]].reset_index(drop=True)
