"""What audiences are made from, read from a workspace through the store's interface (no QGIS layers).

The message dock and any other caller get the workspace's current members (a newer export has superseded the
older one, opted-out members are kept so that they can be counted, never messaged) linked to their postcode's
area, and the areas themselves.
"""
from __future__ import annotations

from typing import Tuple

import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from ..store.base import Store
from .messages import linked_members

NEEDED = {"members": ("member_id", "postcode", "status"), "postcodes": ("postcode",),
          "areas": ("area_code", "area_name")}


def _check(store: Store) -> None:
    missing = [t for t in NEEDED if not store.has_table(t)]
    if missing:
        raise LptInputError(tr("the workspace has no {tables} yet").format(tables=", ".join(missing)), store.path,
                            tr("import them into it first."))
    for table, cols in NEEDED.items():
        lacking = [c for c in cols if c not in store.columns(table)]
        if lacking:
            raise LptInputError(tr("the workspace table {table} has no column {columns}").format(
                table=table, columns=", ".join(lacking)), store.path,
                tr("import it again with this version of the plugin."))


def _postcode_points(store: Store) -> pd.DataFrame:
    """Postcodes with easting and northing (from the point geometry where the table has no such columns)."""
    import shapely
    pcs = store.read_table("postcodes")
    if "easting" not in pcs or "northing" not in pcs:
        pcs["easting"] = shapely.get_x(pcs.geometry.values)
        pcs["northing"] = shapely.get_y(pcs.geometry.values)
    return pcs


def from_workspace(store: Store) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """(members linked to postcode and area, areas) of a workspace; a clear error when a table is missing."""
    _check(store)
    members = store.read_table("members")
    if members.empty:
        raise LptInputError(tr("the workspace has no members (its members table is empty)"), store.path,
                            tr("import a member export into it first."))
    areas = store.read_table("areas")
    return with_streets(store, linked_members(members, _postcode_points(store), areas)), areas


def with_streets(store: Store, members: pd.DataFrame) -> pd.DataFrame:
    """Members with their postcode's street (street_id, street_name) from the workspace's stored links (linked
    now when the workspace has streets but no links yet), for 'street=' audiences; unchanged without streets."""
    if not store.has_table("streets"):
        return members
    if not store.has_table("link_postcodes"):
        from ..link.cache import ensure_stored_links
        from .setups import DEFAULT_MAX_DISTANCE           # as set-ups link the workspace
        ensure_stored_links(store, DEFAULT_MAX_DISTANCE)
    pc = store.read_table("link_postcodes", ["postcode", "street_id"]).drop_duplicates("postcode")
    names = store.read_table("streets", ["street_id", "name"]).drop_duplicates("street_id")
    sid = members.postcode.map(pc.set_index("postcode").street_id).fillna("").astype(str)
    name = sid.map(names.set_index(names.street_id.astype(str))["name"]).fillna("").astype(str)
    return members.assign(street_id=sid.values, street_name=name.values)
