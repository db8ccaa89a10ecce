"""The scope of an analysis: the areas asked for, and only they.

A scope is the imported areas (all of them), some of them by code (``AREA_CODES``) or a team's patch (a
polygon, optionally within the codes).  A record is in the scope when its point lies in one of the scope's
areas (and in the patch): a crime by its police.uk map point, a member, response or visit by the postcode
centroid.  A street is in the scope when the midpoint of its longest segment is (the rule that gives each
street its area).  Everything else is left out of every figure - streets ranked, hot places, percentiles,
Gi*, totals, households, the figures for the areas analysed - and counted, so the log and the report can
say what was left out.  A record in the scope whose nearest street lies outside it has no street here.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import List, Optional

import numpy as np
import pandas as pd

from ..errors import LptInputError
from .link import LinkInputs, Links, point_in_area
from ..i18n import tr


@dataclass
class Scope:
    name: str                              # what the figures are for, in words
    area_codes: List[str]                  # the areas of the scope
    patch: Optional[object] = None         # a shapely polygon (EPSG:27700) or None
    crimes_out: pd.DataFrame = field(default_factory=pd.DataFrame)   # crimes left out: month, location, x, y
    streets_out: int = 0
    members_left: pd.DataFrame = field(default_factory=lambda: pd.DataFrame({"registered": [], "located": []}))
    responses_out: int = 0

    @property
    def members_out(self) -> int:
        return len(self.members_left)

    def members_outside(self, end=None, located: bool = True) -> int:
        """Members left out who had registered by ``end`` (a date; None = all): those whose postcode lies outside
        the scope (``located``), or those whose postcode is not in the lookup (not ``located``)."""
        m = self.members_left[self.members_left.located.astype(bool) == located]
        if end is None or not len(m):
            return len(m)
        return int((pd.to_datetime(m.registered, errors="coerce") <= end).sum())

    def crimes_outside(self, start: str, end: str) -> pd.DataFrame:
        """The crimes left out whose month is in start..end (YYYY-MM)."""
        c = self.crimes_out
        return c[(c.month >= start) & (c.month <= end)] if len(c) else c


def _names(areas: pd.DataFrame, codes: List[str]) -> str:
    names = areas.set_index("area_code").area_name.reindex(codes).fillna("").astype(str)
    shown = [n or c for c, n in zip(codes, names)]
    if len(shown) <= 3:
        return ", ".join(shown)
    return tr("{n} areas ({first} and {more} more)").format(n=len(shown), first=", ".join(shown[:3]),
                                                            more=len(shown) - 3)


def define(inp: LinkInputs, codes: Optional[List[str]] = None, patch=None) -> Scope:
    """The scope of ``codes`` (None = every area given) and ``patch``; unknown codes are an error."""
    have = inp.areas.area_code.astype(str)
    if codes:
        spelt = {c.strip().upper(): c for c in have}            # e05001713 is E05001713
        codes = [spelt.get(c.strip().upper(), c.strip()) for c in codes]
        unknown = sorted(set(codes) - set(have))
        if unknown:
            raise LptInputError(tr("unknown area code(s): {codes}").format(codes=", ".join(unknown)), "AREA_CODES",
                                tr("use codes from the areas layer (e.g. {codes}).").format(
                                    codes=", ".join(sorted(have)[:3])))
        chosen = [c for c in dict.fromkeys(codes)]
        name = _names(inp.areas, chosen)
    else:
        chosen = sorted(have)
        name = tr("all {n} areas given").format(n=len(chosen)) if len(chosen) != 1 else _names(inp.areas, chosen)
    if patch is not None:
        import shapely
        geoms = inp.areas.set_index(have.values).geometry.reindex(chosen).values
        touched = [c for c, g in zip(chosen, geoms) if shapely.intersects(g, patch)]
        if not touched:
            raise LptInputError(tr("the patch does not overlap any of the areas"), "PATCH",
                                tr("draw the patch inside the areas, or give other areas."))
        chosen, name = touched, tr("the patch (in {areas})").format(areas=_names(inp.areas, touched))
    return Scope(name, chosen, patch)


def _inside(x, y, areas: pd.DataFrame, patch) -> np.ndarray:
    """True where the point lies in one of ``areas`` and in the patch."""
    import shapely
    x, y = np.asarray(x, float), np.asarray(y, float)
    ok = point_in_area(x, y, areas.geometry.values) >= 0
    if patch is not None:
        ok &= shapely.contains_xy(patch, x, y)
    return ok


def street_points(streets: pd.DataFrame) -> pd.DataFrame:
    """Per street id: the midpoint (mx, my) of its longest segment."""
    import shapely
    g = streets.geometry.values
    codes, ids = pd.factorize(streets.street_id.astype(str).values, sort=True)     # codes in street id order
    if not len(codes):
        return pd.DataFrame({"mx": [], "my": []}, index=pd.Index([], name="street_id", dtype=object))
    # by street, then longest first (no length last), then lowest segment id: the first row of each street
    order = np.lexsort((streets.segment_id.to_numpy(), -shapely.length(g), codes))
    first = order[np.r_[True, codes[order][1:] != codes[order][:-1]]]
    mid = shapely.line_interpolate_point(g[first], 0.5, normalized=True)      # the longest segments only
    return pd.DataFrame({"mx": shapely.get_x(mid), "my": shapely.get_y(mid)},
                        index=pd.Index(ids[codes[first]], name="street_id"))


def _isin(col: pd.Series, values) -> np.ndarray:
    """``col`` (text or categorical: tested once per category, 450,000 crimes share a few thousand) in ``values``."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        hit = np.asarray(col.cat.categories.astype(str).isin(values))
        codes = col.cat.codes.values
        return np.where(codes >= 0, hit[np.maximum(codes, 0)], False)
    return col.astype(str).isin(values).values


def _rows(df: pd.DataFrame, ok: Optional[np.ndarray] = None, cols=None) -> pd.DataFrame:
    """The rows where ``ok`` (None: every row) of the columns ``cols`` (default all): the frame itself when that is
    all of it (240,000 responses are not copied); else taken a column at a time - the column arrays themselves when
    every row is kept - so that no block of the frame's text columns is first consolidated (copied) whole."""
    every = ok is None or bool(np.all(ok))
    if cols is None and every:
        return df
    cols = df.columns if cols is None else pd.Index(cols)
    if not df.columns.is_unique:
        return df[cols] if ok is None else df.loc[ok, cols]
    # no columns= beside the dict: pandas would then pass each column through an object array (decoding the ids
    # kept undecoded, core/io/lazy_text); the dict's order is the columns' order
    if ok is None:
        return pd.DataFrame({c: df[c].values for c in cols}, index=df.index, copy=False)
    ok = np.asarray(ok, dtype=bool)
    return pd.DataFrame({c: df[c].values[ok] for c in cols}, index=df.index[ok], copy=False)


def _off_street(col: pd.Series, keep: pd.Index, seen: list) -> np.ndarray:
    """Rows whose street is not '' and not in ``keep``.  A categorical column is tested once per category, and
    ``seen`` keeps that test for the next column over the same categories (members, responses, crimes and
    postcodes all use the network's street ids)."""
    if not isinstance(col.dtype, pd.CategoricalDtype):
        return ~_isin(col, keep) & ~_isin(col, [""])
    cats = col.cat.categories
    hit = next((h for c, h in seen if c is cats or (c.dtype == cats.dtype and c.equals(cats))), None)
    if hit is None:
        text = cats.astype(str)
        hit = ~np.asarray(text.isin(keep)) & np.asarray(text != "")
        seen.append((cats, hit))
    codes = col.cat.codes.values
    return np.where(codes >= 0, hit[np.maximum(codes, 0)], True)


def _no_street(df: pd.DataFrame, keep: pd.Index, seen: Optional[list] = None) -> pd.DataFrame:
    """Rows linked to a street outside the scope: no street here (street '', segment -1, distance NaN).
    ``seen``: see :func:`_off_street`."""
    if "street_id" not in df or not len(df):
        return df
    col = df.street_id
    off = _off_street(col, keep, [] if seen is None else seen)
    if not off.any():
        return df
    df = df.copy(deep=False)          # whole columns are replaced below, none written into: no copy of the rest
    if isinstance(col.dtype, pd.CategoricalDtype):    # on the codes: 450,000 crimes, a few thousand streets
        cats = col.cat.categories if "" in col.cat.categories else col.cat.categories.append(pd.Index([""]))
        codes = np.where(off, cats.get_loc(""), col.cat.codes.values)
        df["street_id"] = pd.Categorical.from_codes(codes, categories=cats)
    else:
        df["street_id"] = col.where(~off, "")
    if "segment_id" in df:
        df["segment_id"] = np.where(off, -1, df.segment_id.values).astype(np.int64)
    if "street_dist" in df:
        df["street_dist"] = np.where(off, np.nan, df.street_dist.values)
    return df


def household_estimates(links: Links) -> pd.Series:
    """Households per linked postcode: its LSOA's Census 2021 households shared equally among the LSOA's
    postcodes (NaN without Census households)."""
    pc = links.postcodes
    info = links.lsoa_info
    if "households" not in info or pc.empty:
        return pd.Series(np.nan, index=pc.index)
    n_pc = pc.groupby("lsoa21").size()
    return pc.lsoa21.map(info.households) / pc.lsoa21.map(n_pc)


def _postcodes_in(pc: pd.DataFrame, codes: set, patch) -> pd.Series:
    ok = _isin(pc.area_code, codes)
    if patch is not None:
        import shapely
        ok &= shapely.contains_xy(patch, pc.easting.to_numpy(float), pc.northing.to_numpy(float))
    return ok


def _linked_in(df: pd.DataFrame, codes: set, pc_keys: pd.Index, patch) -> np.ndarray:
    """Members or responses in the scope: by their postcode's area (the link), and with a patch by the postcode."""
    if patch is None:
        return _isin(df.area_code, codes)
    return df.postcode.isin(pc_keys).values if "postcode" in df else np.zeros(len(df), bool)


def apply(inp: LinkInputs, links: Links, scope: Scope):
    """(inputs, links) holding only what lies in ``scope``; ``scope`` counts what was left out."""
    import shapely
    codes = set(scope.area_codes)
    areas = _rows(inp.areas, inp.areas.area_code.astype(str).isin(codes).values)
    pts = street_points(inp.streets) if len(inp.streets) else pd.DataFrame(columns=["mx", "my"])
    keep = pts.index[_inside(pts.mx.values, pts.my.values, areas, scope.patch)] if len(pts) else pts.index
    streets = _rows(inp.streets, inp.streets.street_id.astype(str).isin(keep).values)
    pc = links.postcodes.assign(households=household_estimates(links))     # shared before any is left out
    pc_ok = pd.Series(_postcodes_in(pc, codes, scope.patch), index=pc.index)
    pc_keys = pc.index[pc_ok.values] if "postcode" not in pc else pd.Index(pc.postcode[pc_ok.values])
    c = links.crimes
    c_ok = _isin(c.area_code, codes)
    if scope.patch is not None:
        c_ok &= shapely.contains_xy(scope.patch, c.easting.to_numpy(float), c.northing.to_numpy(float))
    out_cols = [k for k in ("month", "crime_type", "location", "easting", "northing") if k in c]
    left = _rows(c, ~c_ok, out_cols).reset_index(drop=True)
    m_ok, s_ok = (_linked_in(df, codes, pc_keys, scope.patch) for df in (links.members, links.surveys))
    visits = links.visits
    if visits is not None:
        visits = _no_street(visits[visits.postcode.isin(pc_keys).values], keep)
    info = links.lsoa_info
    if scope.patch is not None and "area_code" in info:       # a patch cuts areas: households from its postcodes
        info = info.drop(columns="area_code")
    prev = links.scope
    scope.crimes_out = pd.concat([prev.crimes_out, left], ignore_index=True) if prev is not None else left
    scope.streets_out = len(pts) - len(keep) + (prev.streets_out if prev is not None else 0)
    mem = links.members[~m_ok]
    left_m = pd.DataFrame({"registered": mem.registered.values if "registered" in mem else "",
                           "located": mem.easting.notna().values if "easting" in mem else True})
    scope.members_left = pd.concat([prev.members_left, left_m], ignore_index=True) if prev is not None else left_m
    scope.responses_out = int((~s_ok).sum()) + (prev.responses_out if prev is not None else 0)
    seen: list = []
    new_links = replace(links, postcodes=_no_street(_rows(pc, pc_ok.values), keep, seen),
                        members=_no_street(_rows(links.members, m_ok), keep, seen),
                        crimes=_no_street(_rows(c, c_ok), keep, seen),
                        surveys=_no_street(_rows(links.surveys, s_ok), keep, seen), visits=visits, lsoa_info=info,
                        scope=scope)
    return replace(inp, areas=areas, streets=streets), new_links


def left_out_sentence(name: str, counts: dict, unlocated: int = 0) -> str:
    """'Areas analysed: <name>. 4,710 crimes, 4,084 streets and 95 hot places outside the areas analysed were
    left out.' (``counts``: label -> number, in order; ``unlocated``: members whose postcode is not in the
    lookup, so neither in nor out)."""
    parts = [_counted(label, int(n)) for label, n in counts.items()]
    more = ""
    if unlocated:
        more = tr(" {n:,} member whose postcode is not in the postcode lookup was left out too.") if unlocated == 1 \
            else tr(" {n:,} members whose postcode is not in the postcode lookup were left out too.")
        more = more.format(n=unlocated)
    if not any(int(n) for n in counts.values()):
        return tr("Areas analysed: {name}. Nothing lay outside them.{more}").format(name=name, more=more)
    listed = parts[0] if len(parts) == 1 else \
        tr("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])
    return tr("Areas analysed: {name}. {listed} outside the areas analysed were left out.{more}").format(
        name=name, listed=listed, more=more)


def _counted(label: str, n: int) -> str:
    """'4,710 crimes', '1 street': the labels of :func:`left_out_sentence` (its ``counts`` keys are data)."""
    one, many = {"crimes": (tr("{n:,} crime"), tr("{n:,} crimes")),
                 "streets": (tr("{n:,} street"), tr("{n:,} streets")),
                 "hot places": (tr("{n:,} hot place"), tr("{n:,} hot places")),
                 "members": (tr("{n:,} member"), tr("{n:,} members")),
                 "responses": (tr("{n:,} response"), tr("{n:,} responses"))}.get(label, (None, None))
    if one is None:
        return f"{n:,} {label if n != 1 else label.rstrip('s')}"
    return (one if n == 1 else many).format(n=n)
