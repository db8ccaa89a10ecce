"""Street layers: validation, name normalisation, street grouping, and building
approximate street lines from police.uk's named map points.

Input is plain arrays (feature id, name, road class, WKB in EPSG:27700) so that
any provider can feed it: the Processing algorithm reads OS Open Roads, an
OpenStreetMap extract or a PostGIS table through QGIS and passes WKB here.

A *segment* is one input line (multi-lines are split into parts).  A *street*
is the set of segments with the same name that touch or nearly touch (within
``join_distance`` metres, default 100 m): two "Church Street"s in different
places are two streets, and an OpenStreetMap street split over several ways,
or broken by a short differently-named junction section, is one.
"""
from __future__ import annotations

import re
from typing import Iterable, List, Optional, Sequence

import numpy as np
import pandas as pd

from .result import REJECT_COLUMNS, empty_rejects
from .street_classes import DEFAULT_EXCLUDED
from ..spatial import components, require_shapely2
from .places import is_place
from .plausible import outside_and_bounds, outside_reason
from .text import key_text
from .wkb import finite_coordinates, read_wkb
from ..i18n import tr


_SMALL_WORDS = {"of", "the", "and", "on", "in", "upon", "at", "by", "de", "la"}


def normalise_street_name(s: pd.Series) -> pd.Series:
    """Trim, collapse spaces; title-case names written all in capitals ('SPRING BANK' -> 'Spring Bank')."""
    s = key_text(s)                                  # invisible characters, NFKC, spaces: as ids are compared

    def title(v: str) -> str:
        if v.isupper() and len(v) > 3:
            words = v.lower().split(" ")
            return " ".join(w if (i and w in _SMALL_WORDS) else w.capitalize() for i, w in enumerate(words))
        return v
    # '10Th Avenue' (as police.uk writes it) -> '10th Avenue'
    return s.map(title).str.replace(r"\b(\d+)(St|Nd|Rd|Th)\b", lambda m: m.group(1) + m.group(2).lower(), regex=True)


def street_key(name: pd.Series) -> pd.Series:
    return name.str.lower().str.replace(r"[^a-z0-9 ]", "", regex=True).str.replace(r"\s+", " ", regex=True).str.strip()


def prepare_streets(fid: Sequence, name: Sequence, road_class: Optional[Sequence], wkb: Sequence,
                    source: str = "streets", excluded_classes: Iterable[str] = DEFAULT_EXCLUDED,
                    join_distance: float = 100.0, keep_unnamed: bool = True):
    """Validate and group street segments.

    Returns (segments GeoDataFrame-like DataFrame with a shapely ``geometry``
    column, rejects DataFrame).  Every input feature is either in segments (one
    or more parts) or in rejects, once.
    """
    shapely = require_shapely2()
    fid = np.asarray(fid)
    n = len(fid)
    df = pd.DataFrame({"fid": fid, "name": normalise_street_name(pd.Series(list(name), dtype=object)),
                       "road_class": pd.Series(list(road_class) if road_class is not None else [""] * n,
                                               dtype=object).fillna("").astype(str).str.strip()})
    geoms, unreadable = read_wkb(wkb)
    df["geometry"] = geoms
    rej: List[pd.DataFrame] = []

    def reject(mask, column, reason, value=None):
        m = mask & alive
        if m.any():
            rej.append(pd.DataFrame({"file": source, "row": df.fid[m].values, "column": column,
                                     "value": (value[m] if value is not None else df[column][m]).astype(str).values
                                     if column in df or value is not None else "",
                                     "reason": reason}))
        return alive & ~m

    alive = pd.Series(True, index=df.index)
    alive = reject(pd.Series(unreadable, index=df.index), "geometry",
                   tr("geometry cannot be read (e.g. a line with a single point)"), pd.Series("", index=df.index))
    alive = reject(pd.Series(~finite_coordinates(geoms), index=df.index), "geometry",
                   tr("coordinates are not finite numbers (NaN or infinite)"), pd.Series("", index=df.index))
    far, where = outside_and_bounds(geoms)
    alive = reject(pd.Series(far, index=df.index), "geometry", outside_reason(), pd.Series(where, index=df.index))
    gnull = pd.Series(pd.isna(geoms) | shapely.is_empty(geoms), index=df.index)       # None: not empty, NULL
    alive = reject(gnull, "geometry", tr("no geometry"), pd.Series("", index=df.index))
    gtype = pd.Series(shapely.get_type_id(geoms), index=df.index)                     # -1 for None
    alive = reject(~gtype.isin([1, 5]) & ~gnull, "geometry", tr("not a line"),
                   gtype.map({0: "point", 3: "polygon", 4: "multipoint", 6: "multipolygon", 7: "collection"}).fillna("?"))
    excl = {c.strip().lower() for c in excluded_classes if c.strip()}
    alive = reject(df.road_class.str.lower().isin(excl), "road_class",
                   tr("road class excluded (remove it from the excluded classes to keep it)"))
    if not keep_unnamed:
        alive = reject(df.name == "", "name", tr("street has no name"))
    ok = df[alive].copy()
    # explode multi-lines into parts
    parts, idx = shapely.get_parts(ok.geometry.values, return_index=True)
    seg = ok.iloc[idx].reset_index(drop=True)
    seg["geometry"] = parts
    seg["part"] = seg.groupby("fid").cumcount()
    seg["length_m"] = shapely.length(parts)
    zero = seg.length_m <= 0.01
    if zero.any():
        bad_fids = set(seg.fid[zero]) - set(seg.fid[~zero])
        if bad_fids:
            m = df.fid.isin(bad_fids)
            rej.append(pd.DataFrame({"file": source, "row": df.fid[m].values, "column": "geometry",
                                     "value": "", "reason": tr("zero-length line")}))
        seg = seg[~zero].reset_index(drop=True)
    seg["named"] = seg.name != ""
    seg["street_id"] = group_streets(seg, join_distance)
    seg["segment_id"] = np.arange(1, len(seg) + 1)
    seg = merge_units(seg)
    rejects = pd.concat(rej, ignore_index=True)[REJECT_COLUMNS].sort_values("row", kind="stable") \
        .reset_index(drop=True) if rej else empty_rejects()
    return seg[["segment_id", "street_id", "fid", "part", "name", "road_class", "named", "length_m", "short_unit",
                "geometry"]], rejects


def group_streets(seg: pd.DataFrame, join_distance: float) -> pd.Series:
    """Street id per segment: same name and connected within ``join_distance`` (STRtree + components)."""
    import shapely
    n = len(seg)
    if n == 0:
        return pd.Series([], dtype=object)
    keys = street_key(seg.name).values
    tree = shapely.STRtree(seg.geometry.values)
    a, b = tree.query(seg.geometry.values, predicate="dwithin", distance=join_distance)
    same = (keys[a] == keys[b]) & (keys[a] != "")
    comp = components(n, a[same], b[same])
    ids = pd.Series(comp, index=seg.index)
    # stable readable ids: name + ordinal of the component among streets of that name
    first_seg = pd.DataFrame({"key": keys, "comp": comp}).groupby("comp").key.first()
    ordinal = first_seg.groupby(first_seg).cumcount() + 1
    comps, first_row = np.unique(comp, return_index=True)           # each component's first segment
    named = first_seg.reindex(comps).values != ""
    name_no = pd.Series(seg.name.values[first_row]).astype(str) + "#" + \
        pd.Series(ordinal.reindex(comps).values).astype(str)
    text = np.where(named, name_no.values, ("unnamed#" + pd.Series(comps).astype(str)).values)
    return ids.map(dict(zip(comps, text)))


# ------------------------------------------------------------------ police.uk points -> approximate lines
NON_STREET = re.compile(
    r"^(supermarket|petrol station|parking area|nightclub|sports/recreation area|shopping area|hospital|"
    r"police station|further/higher educational building|conference/exhibition centre|theatre/concert hall|"
    r"pedestrian subway|bus/coach station|park/open space|theme/adventure park|airport/airfield|prison|"
    r"university|college|cinema|church|mosque|school|bridge|train station|railway station|ferry terminal|"
    r"marina|sea|beach|hotel|fire station|courts?|leisure centre|no location)$", re.I)


def streets_from_points(street: pd.Series, x: np.ndarray, y: np.ndarray, cluster_distance: float = 400.0,
                        stub_length: float = 40.0) -> pd.DataFrame:
    """Build approximate street centre lines from police.uk anonymised map points.

    police.uk snaps each crime to a map point named after the nearest street
    ("On or near Spring Bank").  Points with the same street name within
    ``cluster_distance`` of each other are chained in order along their main
    axis into a line; a lone point becomes a short east-west stub.  Names of
    non-street places (supermarket, parking area...) are skipped.  Returns a
    DataFrame with name, n_points, approximate=True, geometry (EPSG:27700).
    """
    shapely = require_shapely2()
    pts = pd.DataFrame({"name": normalise_street_name(street.reset_index(drop=True)),
                        "x": np.round(np.asarray(x, float), 1), "y": np.round(np.asarray(y, float), 1)})
    pts = pts[(pts.name != "") & ~pts.name.str.match(NON_STREET) & ~is_place(pts.name)].drop_duplicates(["name", "x", "y"])
    pts = pts.reset_index(drop=True)
    if pts.empty:
        return pd.DataFrame(columns=["segment_id", "street_id", "name", "road_class", "n_points", "approximate",
                                     "named", "length_m", "geometry"])
    geo = shapely.points(pts.x.values, pts.y.values)
    tree = shapely.STRtree(geo)
    a, b = tree.query(geo, predicate="dwithin", distance=cluster_distance)
    keys = street_key(pts.name).values
    same = keys[a] == keys[b]
    pts["comp"] = components(len(pts), a[same], b[same])
    rows = []
    for comp, g in pts.groupby("comp", sort=True):
        xy = g[["x", "y"]].to_numpy()
        c = xy - xy.mean(axis=0)
        _, _, vt = np.linalg.svd(c, full_matrices=False) if len(xy) > 1 else (None, None, np.eye(2))
        along = c @ vt[0]
        if np.ptp(along) < stub_length:       # a lone point or points close together: a stub of stub_length
            cx, cy = xy.mean(axis=0)
            dx, dy = vt[0] * stub_length / 2
            line = shapely.linestrings([[cx - dx, cy - dy], [cx + dx, cy + dy]])
        else:
            line = shapely.linestrings(xy[np.argsort(along)])
        rows.append({"name": g.name.iloc[0], "n_points": len(g), "approximate": True, "geometry": line})
    out = pd.DataFrame(rows)
    # same schema as prepare_streets, so approximate streets feed linking like real ones
    out.insert(0, "segment_id", np.arange(1, len(out) + 1))
    out.insert(1, "street_id", out.name + "#" + (out.groupby("name").cumcount() + 1).astype(str))
    out.insert(3, "road_class", "approximate")
    out["named"] = True
    out["length_m"] = shapely.length(out.geometry.values)
    return merge_units(out, min_length=stub_length + 0.5)


def merge_units(seg: pd.DataFrame, min_length: float = 50.0, stub_join: float = 1000.0) -> pd.DataFrame:
    """Ranking units that mean something: segments with identical geometry are one (the street takes both
    names, "A / B", when the other street had nothing else), and a street shorter than ``min_length`` joins
    the nearest street of the same name within ``stub_join`` metres.  Streets still shorter are flagged
    ``short_unit`` (for approximate streets: a single police.uk map point)."""
    import shapely
    seg = seg.reset_index(drop=True)
    codes, _ = pd.factorize(shapely.to_wkb(shapely.normalize(seg.geometry.values)))
    first_row = np.unique(codes, return_index=True)[1]              # first segment of each geometry
    first = pd.Series(first_row[codes], index=seg.index)
    dup = first != seg.index
    if dup.any():
        kept_ids = set(seg.street_id[~dup])
        absorbed = seg[dup & ~seg.street_id.isin(kept_ids)]
        extra = pd.Series(absorbed.name.values, index=seg.street_id[first[absorbed.index]].values)
        names = seg[~dup].groupby("street_id").name.first()
        for sid, more in extra.groupby(level=0):
            parts = [names[sid]] + [n for n in dict.fromkeys(more) if n and n != names[sid]]
            names[sid] = " / ".join(parts)
        seg = seg[~dup].reset_index(drop=True)
        seg["name"] = seg.street_id.map(names)
    return _join_stubs(seg, min_length, stub_join)


def _join_stubs(seg: pd.DataFrame, min_length: float, stub_join: float) -> pd.DataFrame:
    import shapely
    length = seg.groupby("street_id").length_m.sum()
    units = seg.groupby("street_id").agg(name=("name", "first"))
    order = seg.sort_values(["street_id", "segment_id"])
    units["geometry"] = shapely.multilinestrings(order.geometry.values,
                                                 indices=units.index.get_indexer(order.street_id))
    units["key"] = street_key(units.name).values
    short = (length.reindex(units.index) < min_length).values & (units.key != "").values
    target = {}
    if short.any() and (~short).any():
        tree = shapely.STRtree(units.geometry.values[~short])
        long_pos = np.flatnonzero(~short)
        a, b = tree.query(units.geometry.values[short], predicate="dwithin", distance=stub_join)
        cand = pd.DataFrame({"s": np.flatnonzero(short)[a], "t": long_pos[b]})
        cand = cand[units.key.values[cand.s] == units.key.values[cand.t]]
        cand["d"] = shapely.distance(units.geometry.values[cand.s], units.geometry.values[cand.t])
        cand = cand.sort_values(["s", "d", "t"]).drop_duplicates("s")
        target = dict(zip(units.index[cand.s], units.index[cand.t]))
    seg = seg.assign(street_id=seg.street_id.map(lambda s: target.get(s, s)))
    seg["name"] = seg.street_id.map(seg.groupby("street_id").name.first())
    seg["short_unit"] = seg.street_id.map(seg.groupby("street_id").length_m.sum() < min_length)
    return seg
