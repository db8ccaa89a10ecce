"""What a set-up's visit list holds for the phones: its streets (lines), its target postcodes (points) and the
areas around them, built from the workspace through the Store interface.  No personal data: the list holds
postcodes, streets and counts only (members registered is a count, never who)."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from ..store.base import Store
from .setups import setup_row


@dataclass
class VisitList:
    setup: pd.Series
    streets: pd.DataFrame
    postcodes: pd.DataFrame
    areas: pd.DataFrame


def _street_lines(store: Store, postcodes: pd.DataFrame) -> pd.DataFrame:
    """One multi-line per target street, with its postcodes and households to visit."""
    import shapely
    seg = store.read_table("streets", ["street_id", "name", "geometry"])
    seg = seg[seg.street_id.astype(str).isin(set(postcodes.street_id))]
    per = per_street(postcodes)
    rows = []
    for sid, g in seg.groupby(seg.street_id.astype(str), sort=True):
        parts = shapely.get_parts(g.geometry.values)
        rows.append({"street_id": sid, "name": str(g.name.iloc[0]), "geometry": shapely.multilinestrings(parts)})
    out = pd.DataFrame(rows, columns=["street_id", "name", "geometry"]).join(per, on="street_id")
    out["households"] = out.households.round(1)
    return out


def per_street(targets: pd.DataFrame) -> pd.DataFrame:
    """Per target street (index street_id): its postcodes and households to visit."""
    return targets.groupby("street_id").agg(postcodes=("postcode", "size"),
                                            households=("households_to_visit", "sum"))


def build(store: Store, setup_id: str) -> VisitList:
    """The visit list of an open set-up (an archived one is kept for reports but not sent out again)."""
    import shapely
    setup = setup_row(store, setup_id)
    if str(setup.status) != "open":
        raise LptInputError(tr("set-up {setup_id} is {status}: its list is kept for reports but not sent out "
                               "again").format(setup_id=setup_id, status=setup.status), "SETUP_ID",
                            tr("create a new set-up for new visits."))
    t = store.read_table("lpt_setup_targets")
    t = t[t.setup_id.astype(str) == setup_id].copy()
    t["street_id"] = t.street_id.astype(str)
    t["geometry"] = shapely.points(t.easting.astype(float).values, t.northing.astype(float).values)
    streets = _street_lines(store, t).assign(setup_id=setup_id)
    areas = store.read_table("areas", ["area_code", "area_name", "geometry"])
    areas = areas[areas.area_code.astype(str).isin(set(t.area_code.astype(str)))].reset_index(drop=True)
    return VisitList(setup, streets, t.reset_index(drop=True), areas)
