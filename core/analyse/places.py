"""Hot places: crimes police.uk records at a named place (car park, supermarket, nightclub...), ranked apart
from streets, each with the action for its kind of premises and partners (``resources/config/place_names.csv``).

A place is one police.uk map point whose location name is in the place list.  Its crimes are kept out of the
residential street score by default (``PriorityConfig.places_apart``), because door-knocking residents is not
the answer to a car park.
"""
from __future__ import annotations

import re
from typing import Dict, Optional

import numpy as np
import pandas as pd

from ..i18n import QT_TR_NOOP, tr
from ..io.places import classify, load_place_names
from .insight import CRIME_FIELDS, Period
from .reasons import CATEGORY_LABEL, fill

LABEL = {t: CATEGORY_LABEL[f] for t, f in CRIME_FIELDS.items()}
OTHER = QT_TR_NOOP("other")
COLUMNS = ["rank", "place", "kind", "crimes", "harm", "crimes_previous", "top_types", "street", "street_m", "area_code",
           "area_name", "area_share", "action", "easting", "northing", "period"]


def mark_places(crimes: pd.DataFrame, places_path: str = "") -> pd.DataFrame:
    """``crimes`` with ``place`` (bool), ``place_kind`` and ``place_action`` from the location name."""
    loc = crimes["location"] if "location" in crimes else pd.Series("", index=crimes.index)
    cls = classify(loc, load_place_names(places_path))
    out = crimes.copy(deep=False)        # the crimes' columns shared, not copied: three columns added
    out["place"], out["place_kind"], out["place_action"] = cls.place.values, cls.kind.values, cls.action.values
    return out


def _in(crimes: pd.DataFrame, p: Period) -> pd.DataFrame:
    return crimes[(crimes.month >= p.start) & (crimes.month <= p.end)]


def nearest_streets(x: np.ndarray, y: np.ndarray, streets: pd.DataFrame):
    """(street id, distance in m) of the nearest segment of ``streets`` to each point, at any distance; ties go
    to the lowest segment id ('' and NaN when there is no street)."""
    import shapely
    if not len(streets) or not len(x):
        return np.full(len(x), "", dtype=object), np.full(len(x), np.nan)
    seg = streets.sort_values("segment_id")
    tree = shapely.STRtree(seg.geometry.values)
    (pi, si), d = tree.query_nearest(shapely.points(x, y), return_distance=True, all_matches=True)
    order = np.lexsort((si, pi))
    pi, si, d = pi[order], si[order], d[order]
    first = np.r_[True, pi[1:] != pi[:-1]]
    ids, dist = np.full(len(x), "", dtype=object), np.full(len(x), np.nan)
    ids[pi[first]] = seg.street_id.astype(str).values[si[first]]
    dist[pi[first]] = d[first]
    return ids, dist


def hot_places(crimes: pd.DataFrame, period: Period, previous: Period, harm_weights: Dict[str, float],
               street_names: pd.Series, area_names: pd.Series, streets: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """One row per place with crime in ``period``, ranked by harm then crimes (``crimes`` from :func:`mark_places`).
    ``street``: the street its crimes are linked to or, when none is within the linking distance, the nearest
    street of ``streets`` (the scope's) at any distance; ``street_m`` is how far that street is."""
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
                        "area_code": g.area_code.agg(lambda s: str(s.iloc[0])),
                        "street_dist": g.street_dist.first() if "street_dist" in at else np.nan})
    by_type = at.groupby(key + ["crime_type"], observed=True, sort=True).size().rename("n").reset_index()
    by_type = by_type.sort_values(key + ["n", "crime_type"], ascending=[True, True, False, True])
    labels = {t: tr(label) for t, label in LABEL.items()}
    by_type["txt"] = fill(tr("{n} {crime}"), by_type.index, n=by_type.n.astype(str),
                          crime=by_type.crime_type.astype(str).map(labels).fillna(tr(OTHER)))
    out["top_types"] = by_type.groupby(key, sort=True).txt.agg(lambda s: ", ".join(s.head(3)))
    prev = _in(crimes, previous)
    prev = prev[prev.place].groupby(key).size()
    out["crimes_previous"] = prev.reindex(out.index).fillna(0).astype(np.int64)
    area_total = now.groupby(now.area_code.astype(str)).size()
    out["area_share"] = (100.0 * out.crimes / out.area_code.map(area_total)).round(1)
    out["street_m"] = _street_distance(out, streets)
    out["street"] = out.street_id.map(street_names).fillna("")
    out["action"] = _shown_action(out.action)
    out["area_name"] = out.area_code.map(area_names).fillna("")
    out = out.reset_index().sort_values(["harm", "crimes", "easting", "northing"], ascending=[False, False, True, True])
    out["rank"] = np.arange(1, len(out) + 1)
    out["period"] = period.name
    import shapely
    out["geometry"] = shapely.points(out.easting.values, out.northing.values)
    return out[COLUMNS + ["geometry"]].reset_index(drop=True)


def _shown_action(action: pd.Series) -> pd.Series:
    """The place's action (``place_names.csv``, column ``action``: a sentence people read) in the user's
    language; the table keeps it as written, so it is looked up here, where it is shown."""
    texts = {a: tr(a) for a in action.dropna().unique() if isinstance(a, str) and a}
    return action.map(lambda a: texts.get(a, a))


def _text(value) -> str:
    """A stored cell as text: '' for NULL, NaN or None."""
    return value.strip() if isinstance(value, str) else ""


def kind_label(kind) -> str:
    """A place's ``kind`` as a reader names it, in the user's language.  HOT_PLACES keeps the kind as
    ``place_names.csv`` writes it (a value, the same in every language); the shipped kinds are in the translation
    catalogue (``scripts/translations.py`` gathers that column), so it is looked up where it is shown.  A kind of a
    force's own list without a translation is shown as written; none is ''."""
    kind = _text(kind)
    return tr(kind) if kind else ""


def action_label(action) -> str:
    """A place's stored ``action`` in the user's language: the shipped sentences of ``place_names.csv`` are in
    the catalogue, so an action written by a run in English reads in Welsh in a Welsh pack (and back); a force's
    own sentence, or one already translated, is shown as written."""
    action = _text(action)
    return tr(action) if action else ""


_TYPE = re.compile(r"(\d[\d,]*) (.+)")


def types_label(text) -> str:
    """A stored ``top_types`` ("9 violence, 6 theft", made by :func:`hot_places` in the language of its run) in
    the user's language: when every part is a count and one of the crime labels in English, it is written again
    through the catalogue ("{n} {crime}"); anything else (a run in another language) is shown as written."""
    text = _text(text)
    english = {label: label for label in LABEL.values()}
    english[OTHER] = OTHER
    parts = [_TYPE.fullmatch(p) for p in text.split(", ")] if text else []
    if not parts or not all(m and m.group(2) in english for m in parts):
        return text
    return ", ".join(tr("{n} {crime}").format(n=m.group(1), crime=tr(english[m.group(2)])) for m in parts)


def _street_distance(out: pd.DataFrame, streets: Optional[pd.DataFrame]) -> np.ndarray:
    """Metres from each place to its street (``out.street_dist``: the linked crimes' distance); a place without
    a linked street takes the nearest street of ``streets`` (``out.street_id`` is filled in)."""
    dist = out.street_dist.to_numpy(float)
    blank = out.street_id.values == ""
    if streets is not None and len(streets) and blank.any():
        x, y = out.index.get_level_values(0).values, out.index.get_level_values(1).values
        ids, d = nearest_streets(x[blank], y[blank], streets)
        out.loc[blank, "street_id"] = ids
        dist[blank] = d
    return np.round(dist, 0)
