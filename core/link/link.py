"""Linking community data to streets and areas (period-independent part).

Each *distinct location* is linked once: members share postcode centroids, and
police.uk crimes share anonymised map points (20k Hull crimes sit on ~3,800
points).  Nearest street segment: shapely 2 ``STRtree.query_nearest`` within a
maximum distance, ties broken by the lowest segment id.  Area: point in
polygon (``STRtree.query``, predicate ``intersects``), a point on a shared
boundary going to the area that comes first in code order, so every record is
in exactly one area or listed as outside.

Everything that does not link is kept in ``Links.unmatched`` with the level
(postcode / street / area / member) and a plain-words reason.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from typing import Callable, Dict, Optional

import numpy as np
import pandas as pd

from ..errors import LptCancelled, LptInputError
from ..spatial import require_shapely2
from ..i18n import tr
from ..io.text import all_text

UNMATCHED_COLUMNS = ["record_type", "record_id", "level", "reason", "easting", "northing"]
PERSONAL_RECORDS = ("member", "response", "visit")


def unmatched_for_output(un: pd.DataFrame, include_ids: bool = False) -> pd.DataFrame:
    """Unmatched records as written out, with ``records`` (how many each row stands for).  Members, responses
    and visits are personal data: unless the user asks for their ids, they are counted by type, reason and place
    (a postcode's centroid), never listed one per person.  Crime ids are published by police.uk: one row each."""
    out = un.astype({"record_id": str}).assign(records=1)
    personal = out.record_type.isin(PERSONAL_RECORDS).to_numpy()
    if include_ids or not personal.any():
        return out
    keys = ["record_type", "level", "reason", "easting", "northing"]
    people = out[personal].groupby(keys, dropna=False, sort=False).size().rename("records").reset_index()
    people.insert(1, "record_id", "")
    return pd.concat([people[out.columns], out[~personal]], ignore_index=True)


@dataclass
class LinkInputs:
    """Accepted records from the readers (see README, Architecture)."""
    members: pd.DataFrame            # member_id, postcode, registered, status, opted_out, demographics, groups
    postcodes: pd.DataFrame          # postcode, easting, northing [, lsoa21, lsoa11, oa21]
    streets: pd.DataFrame            # segment_id, street_id, name, geometry (EPSG:27700)
    areas: pd.DataFrame              # area_code, area_name, geometry
    crimes: pd.DataFrame             # crime_id, month, crime_type, location, easting, northing, lsoa_code
    surveys: pd.DataFrame            # response_id, member_id, submitted, wave, trust, confidence, priorities
    lsoa: Optional[pd.DataFrame] = None        # lsoa21_code, geometry (postcode -> LSOA when the lookup lacks it)
    imd: Optional[pd.DataFrame] = None         # lsoa_code, imd_decile, lsoa_vintage ('2011'|'2021')
    lsoa_lookup: Optional[pd.DataFrame] = None  # lsoa11_code, lsoa21_code
    census: Optional[pd.DataFrame] = None      # lsoa21_code, households, population
    oac: Optional[pd.DataFrame] = None         # area_code (OA or LSOA 2021), supergroup, supergroup_name, level
    acorn: Optional[pd.DataFrame] = None       # postcode, acorn_category
    harm_weights: Optional[Dict[str, float]] = None
    visits: Optional[pd.DataFrame] = None      # visit_id, date, postcode, outcome (door-knock log)
    ethnic: Optional[pd.DataFrame] = None      # Census long table by LSOA 2021: area_code, category, count, total


@dataclass
class Links:
    postcodes: pd.DataFrame     # per postcode: easting, northing, segment_id, street_id, street_dist, area_code, lsoa21
    members: pd.DataFrame       # member rows + postcode link columns
    crimes: pd.DataFrame        # crime rows + segment_id, street_id, area_code
    surveys: pd.DataFrame       # responses + member link columns
    unmatched: pd.DataFrame
    lsoa_info: pd.DataFrame     # per LSOA 2021: imd_decile, households, population, area_code (best fit)
    stats: Dict[str, int] = field(default_factory=dict)
    visits: Optional[pd.DataFrame] = None   # visits + postcode link columns
    scope: Optional[object] = None          # the scope.Scope these links were narrowed to (None: not yet)


# small tree nodes: nearest-segment queries visit fewer candidates (60,000 points on 50,000 segments: 0.84 s with
# shapely's default of 10, 0.49 s with 4); the answer does not depend on the tree (ties go to the lowest id)
NODE_CAPACITY = 4


def nearest_segment(x: np.ndarray, y: np.ndarray, seg_geoms: np.ndarray, seg_ids: np.ndarray,
                    max_distance: float, tree=None, grid=None):
    """Nearest segment per point within ``max_distance`` (index into seg arrays or -1, distance or NaN).

    Equidistant segments are resolved to the lowest segment id, so results do not depend on tree order.  With a
    ``grid`` (:func:`.grid.build` for this distance), points with few edges under their cell are answered by it and
    the rest by the tree: the same segments and distances either way (GEOS's formula, tested).
    """
    x, y = np.asarray(x, float), np.asarray(y, float)
    if grid is None or not len(x):
        return _tree_nearest(x, y, seg_geoms, seg_ids, max_distance, tree)
    from .grid import FEW, nearest
    few = grid.span(x, y)[1] <= FEW
    idx, dist = np.full(len(x), -1, dtype=np.int64), np.full(len(x), np.nan)
    idx[few], dist[few] = nearest(x[few], y[few], seg_ids, max_distance, grid)
    if not few.all():
        idx[~few], dist[~few] = _tree_nearest(x[~few], y[~few], seg_geoms, seg_ids, max_distance, tree)
    return idx, dist


def _tree_nearest(x, y, seg_geoms, seg_ids, max_distance: float, tree=None):
    shapely = require_shapely2()
    n = len(x)
    idx = np.full(n, -1, dtype=np.int64)
    dist = np.full(n, np.nan)
    if n == 0 or len(seg_geoms) == 0:
        return idx, dist
    tree = tree or shapely.STRtree(seg_geoms, node_capacity=NODE_CAPACITY)
    pts = shapely.points(x, y)

    def q(lo, hi):
        (a, b), dd = tree.query_nearest(pts[lo:hi], max_distance=max_distance, return_distance=True,
                                        all_matches=True)
        return a + lo, b, dd
    pi, si, d = _on_cores(q, n)
    if len(pi):
        order = np.lexsort((seg_ids[si], pi))       # by point, then segment id
        pi, si, d = pi[order], si[order], d[order]
        first = np.r_[True, pi[1:] != pi[:-1]]
        idx[pi[first]] = si[first]
        dist[pi[first]] = d[first]
    return idx, dist


def _on_cores(query, n: int, chunk_min: int = 2000):
    """``query(lo, hi)`` over rows 0..n-1, split across the cores when there is enough work (GEOS releases the
    GIL), its arrays concatenated in row order."""
    workers = min(os.cpu_count() or 1, 4)
    if workers < 2 or n < 2 * chunk_min:
        return query(0, n)
    from concurrent.futures import ThreadPoolExecutor
    bounds = np.linspace(0, n, workers + 1).astype(int)
    with ThreadPoolExecutor(workers) as ex:
        parts = list(ex.map(query, bounds[:-1], bounds[1:]))
    return tuple(np.concatenate([p[i] for p in parts]) for i in range(len(parts[0])))


def point_in_area(x: np.ndarray, y: np.ndarray, area_geoms: np.ndarray, tree=None) -> np.ndarray:
    """Index of the (first) area containing each point, or -1."""
    shapely = require_shapely2()
    out = np.full(len(x), -1, dtype=np.int64)
    if len(x) == 0 or len(area_geoms) == 0:
        return out
    tree = tree or shapely.STRtree(area_geoms)
    pts = shapely.points(x, y)
    x, y = np.asarray(x, float), np.asarray(y, float)
    # prepared areas, tested point by point: a tree query with a predicate does not use the preparation, and is
    # 30x slower on detailed boundaries (wards of 2,000 vertices).  On one thread: GEOS builds a prepared
    # polygon's point locator on first use, and two threads doing so at once corrupt the heap.
    shapely.prepare(area_geoms)
    pi, ai = tree.query(pts)                                            # boxes only
    inside = shapely.intersects_xy(area_geoms[ai], x[pi], y[pi])        # the boundary counts, as before
    pi, ai = pi[inside], ai[inside]
    if len(pi):
        order = np.lexsort((ai, pi))
        pi, ai = pi[order], ai[order]
        first = np.r_[True, pi[1:] != pi[:-1]]
        out[pi[first]] = ai[first]
    return out


def _take(values, idx: np.ndarray, fill):
    """values[idx] where idx >= 0, else ``fill`` (safe when ``values`` is empty)."""
    values = np.asarray(values)
    out = np.full(len(idx), fill, dtype=values.dtype if values.dtype != object and not isinstance(fill, str) else object)
    ok = idx >= 0
    if ok.any():
        out[ok] = values[idx[ok]]
    return out


def _locations(x, y):
    """Distinct (x, y) pairs (to the centimetre) and the inverse index, by hashing packed integers."""
    ix = np.round(np.asarray(x, float) * 100).astype(np.int64)
    iy = np.round(np.asarray(y, float) * 100).astype(np.int64)
    packed = (ix - ix.min()) * (int(iy.max() - iy.min()) + 1) + (iy - iy.min()) if len(ix) else ix
    inv, first = pd.factorize(packed, sort=False)
    idx = np.zeros(len(first), dtype=np.int64)
    idx[inv] = np.arange(len(inv))     # any representative of each location
    return np.column_stack([np.asarray(x, float)[idx], np.asarray(y, float)[idx]]), inv


def lsoa_table(inp: LinkInputs, area_geoms, area_codes) -> pd.DataFrame:
    """Per LSOA 2021: IMD decile (2019 mapped through the 2011->2021 lookup), households, population,
    best-fit area (the LSOA's representative point in an area polygon)."""
    shapely = require_shapely2()
    parts = []
    if inp.lsoa is not None and len(inp.lsoa):
        rp = shapely.point_on_surface(inp.lsoa.geometry.values)
        ai = point_in_area(shapely.get_x(rp), shapely.get_y(rp), area_geoms)
        parts.append(pd.DataFrame({"lsoa21": inp.lsoa.lsoa21_code.values,
                                   "area_code": _take(area_codes, ai, "")}))
    info = parts[0].set_index("lsoa21") if parts else pd.DataFrame(index=pd.Index([], name="lsoa21"))
    if inp.imd is not None and len(inp.imd):
        imd = inp.imd
        vint = set(imd.get("lsoa_vintage", pd.Series(["2021"])).unique())
        if "2011" in vint:
            if inp.lsoa_lookup is None:
                raise LptInputError(tr("IMD 2019 uses LSOA 2011 codes: the LSOA 2011-2021 lookup is needed"),
                                    "IMD", tr("give the ONS LSOA 2011 to 2021 lookup."))
            m = inp.lsoa_lookup.merge(imd[["lsoa_code", "imd_decile"]], left_on="lsoa11_code", right_on="lsoa_code")
            # a merged 2021 LSOA takes the most deprived of its 2011 parts (decile is ordinal)
            dec = m.groupby("lsoa21_code").imd_decile.min()
        else:
            dec = imd.set_index("lsoa_code").imd_decile
        info = info.join(dec.rename("imd_decile"), how="outer")
    if inp.census is not None and len(inp.census):
        info = info.join(inp.census.set_index("lsoa21_code")[["households", "population"]], how="outer")
    if inp.oac is not None and len(inp.oac) and (inp.oac.level == "LSOA").any():
        o = inp.oac[inp.oac.level == "LSOA"].set_index("area_code")
        info = info.join(o[["supergroup", "supergroup_name"]].add_prefix("lsoa_oac_"), how="outer")
    info.index.name = "lsoa21"
    return info


@dataclass
class Network:
    """Streets and areas prepared for linking (sorted, with their trees)."""
    streets: pd.DataFrame
    areas: pd.DataFrame
    seg_tree: object
    area_tree: object
    street_cats: pd.Index      # "" first, then every street id in order
    area_cats: pd.Index
    _grids: Dict[float, object] = field(default_factory=dict)
    _lock: object = field(default_factory=threading.Lock)

    def grid(self, max_distance: float):
        """The segments' grid for this distance (:mod:`.grid`), built once (threads share it); None: the tree."""
        with self._lock:
            if max_distance not in self._grids:
                from .grid import build
                self._grids[max_distance] = build(self.streets.geometry.values, max_distance)
            return self._grids[max_distance]

    @property
    def seg_ids(self) -> np.ndarray:
        return self.streets.segment_id.values

    @property
    def area_codes(self) -> np.ndarray:
        return self.areas.area_code.values.astype(object)


def network(inp: LinkInputs) -> Network:
    shapely = require_shapely2()
    streets = inp.streets.sort_values("segment_id").reset_index(drop=True)
    streets["street_id"] = streets.street_id.astype(str)   # ids from any source compare as text
    areas = inp.areas.sort_values("area_code").reset_index(drop=True)
    seg_tree = shapely.STRtree(streets.geometry.values, node_capacity=NODE_CAPACITY) if len(streets) else None
    area_tree = shapely.STRtree(areas.geometry.values) if len(areas) else None
    return Network(streets, areas, seg_tree, area_tree,
                   pd.Index([""]).append(pd.Index(np.sort(streets.street_id.unique()))),
                   pd.Index([""]).append(pd.Index(np.sort(areas.area_code.values.astype(str)))))


def loc_key(x, y) -> np.ndarray:
    """One integer per location, to the centimetre (British National Grid metres fit easily in int64)."""
    ix = np.round(np.asarray(x, float) * 100).astype(np.int64)
    iy = np.round(np.asarray(y, float) * 100).astype(np.int64)
    return ix * 1_000_000_000 + iy


def link_points(x: np.ndarray, y: np.ndarray, net: Network, max_distance: float, queries=None) -> pd.DataFrame:
    """Nearest segment (within ``max_distance``) and containing area of each point: segment_id (-1 none),
    street_id and area_code ('' none), street_dist (NaN none).  ``queries``: a backend's own nearest-street and
    point-in-area queries (:class:`~..store.base.LinkQueries`), used instead of the in-memory trees."""
    if queries is not None:
        seg, sd = queries.nearest_segments(np.asarray(x, float), np.asarray(y, float), max_distance)
        si = pd.Index(net.seg_ids).get_indexer(np.asarray(seg))        # -1 stays -1 (no segment has id -1)
        ai = pd.Index(net.area_codes.astype(str)).get_indexer(np.asarray(queries.areas_of(x, y), dtype=object))
        sd = np.where(si >= 0, np.asarray(sd, float), np.nan)
    else:
        si, sd = nearest_segment(x, y, net.streets.geometry.values, net.seg_ids, max_distance, net.seg_tree,
                                 net.grid(max_distance))
        ai = point_in_area(x, y, net.areas.geometry.values, net.area_tree)
    return pd.DataFrame({"segment_id": _take(net.seg_ids, si, -1).astype(np.int64),
                         "street_id": _take(net.streets.street_id.values, si, ""), "street_dist": sd,
                         "area_code": _take(net.area_codes, ai, "")})


def postcodes_to_link(inp: LinkInputs, net: Network, max_distance: float) -> pd.Index:
    """Every postcode inside the areas' extent (households, IMD, classification per street and area) plus any
    postcode a member uses."""
    shapely = require_shapely2()
    pcs = inp.postcodes.drop_duplicates("postcode").set_index("postcode")
    used = pd.Index(inp.members.postcode.unique())
    if len(net.areas):
        x0, y0, x1, y1 = shapely.total_bounds(net.areas.geometry.values)
        inside = pcs.easting.between(x0 - max_distance, x1 + max_distance) & \
            pcs.northing.between(y0 - max_distance, y1 + max_distance)
    else:
        inside = pd.Series(True, index=pcs.index)
    return pcs.index[inside].union(used.intersection(pcs.index))


def link_postcodes(inp: LinkInputs, net: Network, max_distance: float, which: pd.Index,
                   queries=None) -> pd.DataFrame:
    """Per postcode in ``which`` (index): easting, northing, LSOA/OA codes, segment_id, street_id, street_dist,
    area_code; lsoa21 from the LSOA polygons when the lookup has none."""
    pcs = inp.postcodes.drop_duplicates("postcode").set_index("postcode")
    pc = pcs.loc[which, ["easting", "northing"] + [c for c in ("lsoa21", "lsoa11", "oa21") if c in pcs]].copy()
    lk = link_points(pc.easting.values, pc.northing.values, net, max_distance, queries)
    for col in lk.columns:
        pc[col] = lk[col].values
    if ("lsoa21" not in pc or (pc.get("lsoa21", "") == "").all()) and inp.lsoa is not None and len(inp.lsoa):
        li = point_in_area(pc.easting.values, pc.northing.values, inp.lsoa.geometry.values)
        pc["lsoa21"] = _take(inp.lsoa.lsoa21_code.values, li, "")
    elif "lsoa21" not in pc:
        pc["lsoa21"] = ""
    return pc


def link(inp: LinkInputs, max_distance: float = 150.0, progress: Optional[Callable[[float], None]] = None,
         is_cancelled: Optional[Callable[[], bool]] = None) -> Links:
    """Link members (through postcodes), crimes and responses to street segments and areas."""
    progress = progress or (lambda f: None)
    is_cancelled = is_cancelled or (lambda: False)
    net = network(inp)
    loc, inv = _locations(inp.crimes.easting.values, inp.crimes.northing.values)
    from concurrent.futures import ThreadPoolExecutor
    net.grid(max_distance)                                 # built once, before both threads use it
    with ThreadPoolExecutor(1) as pool:
        # the crimes' nearest-street queries (GEOS, without the interpreter lock) start first and run beside the
        # postcodes' queries and the members' and responses' joins (pandas)
        queried = pool.submit(link_points, loc[:, 0], loc[:, 1], net, max_distance)
        pc = link_postcodes(inp, net, max_distance, postcodes_to_link(inp, net, max_distance))
        progress(25)
        if is_cancelled():
            raise LptCancelled()
        people = _people(inp, net, pc, max_distance)
        per_loc = queried.result()
    per_loc["street_id"] = as_categories(per_loc.street_id, net.street_cats)
    per_loc["area_code"] = as_categories(per_loc.area_code, net.area_cats)
    progress(55)
    if is_cancelled():
        raise LptCancelled()
    links = _joined(inp, net, people, _crime_rows(inp, net, per_loc.iloc[inv].reset_index(drop=True), max_distance),
                    len(loc))
    progress(90)
    return links


def as_categories(values: pd.Series, cats: pd.Index) -> pd.Categorical:
    """Street ids or area codes as a categorical over ``cats`` (whose first category is ''; unknown -> '')."""
    if isinstance(values.dtype, pd.CategoricalDtype) and values.cat.categories.equals(cats):
        return values.values
    v = values.values
    if not all_text(v):
        v = v.astype(str)            # text already is looked up as it is (numpy's copy to str costs 7x the lookup)
    return pd.Categorical.from_codes(np.maximum(cats.get_indexer(v), 0), categories=cats)


def _left_join(left: pd.DataFrame, key: str, right: pd.DataFrame) -> pd.DataFrame:
    """``left`` with the columns of ``right`` (indexed by ``key``) for each row: a left join by hash lookup when
    the right keys are unique (missing rows NaN, as a merge gives them), else pandas' merge."""
    if not right.index.is_unique or set(right.columns) & set(left.columns):
        return left.merge(right, left_on=key, right_index=True, how="left")
    looked = right.reindex(left[key].values)
    out = left.copy(deep=False)      # new columns only: the columns of ``left`` are not copied
    for c in looked.columns:
        out[c] = looked[c].values
    return out


def _new_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A frame of its own over the same column arrays, numbered from 0: columns set on it are not set on ``df``
    (pandas replaces a column's array when one is assigned), and no column is copied (450,000 crimes, 240,000
    members: a deep copy took 0.1 s)."""
    out = df.copy(deep=False)
    if not (isinstance(out.index, pd.RangeIndex) and out.index.start == 0 and out.index.step == 1):
        out.index = pd.RangeIndex(len(out))
    return out


def _crime_ids(c: pd.DataFrame, rows: np.ndarray) -> np.ndarray:
    """The crime id of these rows, or 'row N' (1-based) when it has none."""
    if "crime_id" not in c:
        return rows.astype(str).astype(object)
    ids = c.crime_id.values[rows].astype(object)
    blank = np.array([v == "" or v is None for v in ids], dtype=bool)
    ids[blank] = ["row " + str(r + 1) for r in rows[blank]]
    return ids


def _fill_links(df: pd.DataFrame) -> None:
    """Rows a join found no link for: street, area and LSOA '' (a category of the keys), segment -1."""
    for col in ("street_id", "area_code", "lsoa21"):
        if df[col].isna().any():
            df[col] = df[col].fillna("")
    df["segment_id"] = df.segment_id.fillna(-1).astype(np.int64)


def assemble(inp: LinkInputs, net: Network, pc: pd.DataFrame, crime_links: pd.DataFrame,
             max_distance: float) -> Links:
    """Links from linked postcodes and the link of each crime (``crime_links``: one row per crime, in order:
    segment_id, street_id, street_dist, area_code) - the same whether the links were just computed or stored."""
    return _joined(inp, net, _people(inp, net, pc, max_distance), _crime_rows(inp, net, crime_links, max_distance))


@dataclass
class _People:
    """Members, responses and visits with their postcode's links, and what did not link (by kind)."""
    pc: pd.DataFrame
    members: pd.DataFrame
    surveys: pd.DataFrame
    visits: Optional[pd.DataFrame]
    unmatched: Dict[str, list]


def _people(inp: LinkInputs, net: Network, pc: pd.DataFrame, max_distance: float) -> _People:
    """Members, responses and visits joined to their postcode's links (no geometry: runs beside the crimes'
    nearest-street queries)."""
    unmatched = {"member": [], "response": [], "visit": []}
    # street and area keys as categoricals before the joins: every later step works on integer codes
    pc = pc.copy()
    for col, cats in (("street_id", net.street_cats), ("area_code", net.area_cats)):
        pc[col] = pd.Categorical(pc[col].astype(str), categories=cats)
    # ---- members
    m = _left_join(inp.members, "postcode", pc)
    no_pc = m.easting.isna()
    unmatched["member"].append(pd.DataFrame({"record_type": "member", "record_id": m.member_id[no_pc],
                                             "level": "postcode", "reason": tr("postcode not in the postcode lookup"),
                                             "easting": np.nan, "northing": np.nan}))
    for col, level, reason in (("street_id", "street", tr("no street within {distance:g} m of the postcode").format(
                                    distance=max_distance)),
                               ("area_code", "area", tr("postcode centroid outside all areas"))):
        bad = ~no_pc & (m[col] == "")
        unmatched["member"].append(pd.DataFrame({"record_type": "member", "record_id": m.member_id[bad],
                                                 "level": level, "reason": reason, "easting": m.easting[bad],
                                                 "northing": m.northing[bad]}))
    _fill_links(m)
    # ---- survey responses -> member
    s = _left_join(inp.surveys, "member_id", m[["member_id", "postcode", "segment_id", "street_id", "area_code",
                                                "lsoa21"]].set_index("member_id"))
    lost = s.postcode.isna()
    unmatched["response"].append(pd.DataFrame({"record_type": "response", "record_id": s.response_id[lost],
                                               "level": "member", "reason": tr("member id not in the member export"),
                                               "easting": np.nan, "northing": np.nan}))
    _fill_links(s)
    for df in (m, s):
        df["street_id"] = as_categories(df.street_id, net.street_cats)
        df["area_code"] = as_categories(df.area_code, net.area_cats)
    v = None
    if inp.visits is not None and len(inp.visits):
        v = inp.visits.merge(pc[["street_id", "area_code"]], left_on="postcode", right_index=True, how="left")
        lostv = v.street_id.isna()
        unmatched["visit"].append(pd.DataFrame({"record_type": "visit", "record_id": v.visit_id[lostv],
                                                "level": "postcode", "reason": tr("postcode not in the postcode lookup"),
                                                "easting": np.nan, "northing": np.nan}))
        v = v.fillna({"street_id": "", "area_code": ""})     # "" is a category of both
    return _People(pc, m, s, v, unmatched)


def _crime_rows(inp: LinkInputs, net: Network, crime_links: pd.DataFrame, max_distance: float):
    """(crimes with their links, what did not link)."""
    unmatched = []
    c = _new_frame(inp.crimes)       # a new frame: the input is not changed
    c["segment_id"] = crime_links.segment_id.values.astype(np.int64)
    c["street_id"] = as_categories(crime_links.street_id, net.street_cats)
    c["street_dist"] = crime_links.street_dist.values
    c["area_code"] = as_categories(crime_links.area_code, net.area_cats)
    for col, level, reason in (("street_id", "street", tr("no street within {distance:g} m").format(
                                    distance=max_distance)),
                               ("area_code", "area", tr("outside all areas"))):
        bad = np.flatnonzero(c[col].cat.codes.values == 0)           # category 0 is ""
        unmatched.append(pd.DataFrame({"record_type": "crime", "record_id": _crime_ids(c, bad), "level": level,
                                       "reason": reason, "easting": c.easting.values[bad],
                                       "northing": c.northing.values[bad]}))
    c["crime_type"] = c.crime_type.astype("category")
    return c, unmatched


def _joined(inp: LinkInputs, net: Network, people: _People, crimes, locations: Optional[int] = None) -> Links:
    """The Links of both parts; unmatched records listed members, crimes, responses, visits.  ``locations``: the
    crimes' distinct locations when known (counted here otherwise)."""
    c, crime_unmatched = crimes
    unmatched = people.unmatched["member"] + crime_unmatched + people.unmatched["response"] + \
        people.unmatched["visit"]
    info = lsoa_table(inp, net.areas.geometry.values, net.area_codes)
    un = pd.concat([u for u in unmatched if len(u)], ignore_index=True) if any(len(u) for u in unmatched) else \
        pd.DataFrame(columns=UNMATCHED_COLUMNS)
    pc = people.pc
    stats = {"postcodes_linked": int((pc.street_id != "").sum()), "postcodes_used": inp.members.postcode.nunique(),
             "crime_locations": int(pd.unique(loc_key(c.easting.values, c.northing.values)).size)
             if locations is None else locations, "crimes": len(c)}
    return Links(postcodes=pc, members=people.members, crimes=c, surveys=people.surveys,
                 unmatched=un[UNMATCHED_COLUMNS], lsoa_info=info, stats=stats, visits=people.visits)


def empty_streets() -> pd.DataFrame:
    """No street layer (messages and audiences need only members, postcodes and areas)."""
    return pd.DataFrame({"segment_id": pd.Series(dtype="int64"), "street_id": pd.Series(dtype=object),
                         "name": pd.Series(dtype=object), "length_m": pd.Series(dtype=float),
                         "geometry": pd.Series(dtype=object)})


def empty_crimes() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=float if c in ("easting", "northing") else object)
                         for c in ("crime_id", "month", "crime_type", "location", "easting", "northing", "lsoa_code")})


def empty_surveys() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=float if c in ("trust", "confidence") else object)
                         for c in ("response_id", "member_id", "submitted", "wave", "trust", "confidence", "priorities")})
