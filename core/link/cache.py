"""Links computed once and kept in the workspace: only what is new is linked.

A crime month brings its new distinct map points, a member export its new postcodes; streets, areas, postcodes,
LSOA polygons or the maximum distance changing (their fingerprint) relinks everything.  The store keeps the
links (tables ``link_postcodes`` and ``link_locations``, meta ``links_fingerprint``); this module decides what to
link, through the :class:`~..store.base.Store` interface only.  A backend that answers nearest-street and
point-in-area queries itself (:meth:`~..store.base.Store.link_queries`) is asked instead of the in-memory trees.
"""
from __future__ import annotations

import hashlib
from typing import Dict, Tuple

import numpy as np
import pandas as pd

from ..errors import LptInputError
from ..store.base import Store
from .link import (LinkInputs, Links, as_categories, assemble, link_points, link_postcodes, loc_key, network,
                   postcodes_to_link)
from ..i18n import tr

def fingerprint(inp: LinkInputs, max_distance: float) -> str:
    """What the links depend on: streets, areas, postcodes, LSOA polygons and the maximum distance."""
    import shapely
    h = hashlib.sha256(f"max_distance={float(max_distance)!r}".encode())
    parts = [(inp.streets, ["segment_id", "street_id"]), (inp.areas, ["area_code"]),
             (inp.postcodes, [c for c in ("postcode", "easting", "northing", "lsoa21", "lsoa11", "oa21")
                              if c in inp.postcodes]),
             (inp.lsoa if inp.lsoa is not None else pd.DataFrame(), ["lsoa21_code"])]
    for df, cols in parts:
        if not len(df):
            h.update(b"-")
            continue
        h.update(",".join(cols).encode())
        for col in cols:            # numbers hashed as numbers, text as text
            v = df[col]
            h.update(pd.util.hash_pandas_object(v if v.dtype.kind in "fiub" else v.astype(str),
                                                index=False).values.tobytes())
        if "geometry" in df:
            wkb = shapely.to_wkb(df.geometry.values, byte_order=1)
            h.update(np.array([len(w) if w is not None else -1 for w in wkb], dtype=np.int64).tobytes())
            h.update(b"".join(w for w in wkb if w is not None))
    return h.hexdigest()


def ensure_links(store: Store, inp: LinkInputs, max_distance: float, progress=None) -> Tuple[Links, Dict]:
    """Links for ``inp``, from the stored links plus whatever is new; everything relinked when the fingerprint
    changed.  Returns (links, stats: relinked, postcodes_linked_now, locations_linked_now, ...)."""
    progress = progress or (lambda f: None)
    net = network(inp)
    fp = fingerprint(inp, max_distance)
    fresh = store.get_meta("links_fingerprint") != fp or not store.has_table("link_postcodes")
    needed = postcodes_to_link(inp, net, max_distance)
    keys = loc_key(inp.crimes.easting.values, inp.crimes.northing.values)
    queries = store.link_queries()              # a backend's own spatial queries, when it offers them
    with store.transaction():
        stored_pc = pd.DataFrame() if fresh else store.read_table("link_postcodes")
        stored_loc = pd.DataFrame() if fresh else store.read_table("link_locations")
        have_pc = pd.Index(stored_pc.postcode if len(stored_pc) else [])
        new_pc = link_postcodes(inp, net, max_distance, needed.difference(have_pc), queries).rename_axis("postcode").reset_index()
        progress(30)
        have_keys = stored_loc.loc_key.values if len(stored_loc) else np.empty(0, np.int64)
        uniq, first = np.unique(keys, return_index=True)
        todo = ~np.isin(uniq, have_keys)
        x, y = inp.crimes.easting.values[first[todo]], inp.crimes.northing.values[first[todo]]
        new_loc = link_points(x, y, net, max_distance, queries).assign(loc_key=uniq[todo], easting=x, northing=y)
        progress(60)
        if fresh:
            store.write_table("link_postcodes", new_pc)
            store.write_table("link_locations", new_loc)
            store.set_meta("links_fingerprint", fp)
        else:
            if len(new_pc):
                store.append_rows("link_postcodes", new_pc)
            if len(new_loc):
                store.append_rows("link_locations", new_loc)
    pc = pd.concat([stored_pc, new_pc], ignore_index=True) if len(stored_pc) else new_pc
    pc = pc.drop_duplicates("postcode", keep="last").set_index("postcode").reindex(needed)
    pc.index.name = None
    locs = pd.concat([stored_loc, new_loc], ignore_index=True) if len(stored_loc) else new_loc
    locs = locs.drop_duplicates("loc_key", keep="last").reset_index(drop=True)
    locs["street_id"] = as_categories(locs.street_id.fillna(""), net.street_cats)   # per location, not per crime
    locs["area_code"] = as_categories(locs.area_code.fillna(""), net.area_cats)
    at = pd.Index(locs.loc_key.values).get_indexer(keys)
    if (at < 0).any():                    # every location was linked above: a stored table lost rows
        store.set_meta("links_fingerprint", "")
        raise LptInputError(tr("the workspace's stored crime links were incomplete; they have been reset"), store.path,
                            tr("run the algorithm again: the links are computed afresh."))
    per_crime = locs[["segment_id", "street_id", "street_dist", "area_code"]].iloc[at].reset_index(drop=True)
    links = assemble(inp, net, _pc_types(pc), per_crime, max_distance)
    progress(100)
    return links, {"relinked": fresh, "postcodes_linked_now": len(new_pc), "locations_linked_now": len(new_loc),
                   "postcodes": len(pc), "locations": int(len(uniq))}


def _pc_types(pc: pd.DataFrame) -> pd.DataFrame:
    pc = pc.copy()
    pc["segment_id"] = pc.segment_id.astype(np.int64)
    for c in ("street_id", "area_code", "lsoa21", "lsoa11", "oa21"):
        if c in pc:
            pc[c] = pc[c].fillna("").astype(str)
    return pc


def describe(stats: Dict) -> str:
    how = tr("relinked (streets, areas, postcodes or distance changed)") if stats["relinked"] else \
        tr("stored links used")
    return tr("{how}; {postcodes_now:,} postcodes and {locations_now:,} crime locations linked now ({postcodes:,} "
              "postcodes, {locations:,} locations in use)").format(
        how=how, postcodes_now=stats["postcodes_linked_now"], locations_now=stats["locations_linked_now"],
        postcodes=stats["postcodes"], locations=stats["locations"])


def ensure_stored_links(store: Store, max_distance: float, progress=None) -> Dict:
    """Bring the workspace's stored links up to date from its own tables (what the loop reads: the street and
    area of every postcode); nothing is relinked when they already are.  Returns the stats of :func:`ensure_links`."""
    from .stored import load_inputs
    _, stats = ensure_links(store, load_inputs(store, {}), max_distance, progress)
    return stats
