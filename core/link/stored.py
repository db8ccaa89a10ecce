"""The link inputs read back from a workspace, through the store's interface only.

Every algorithm that takes a ``WORKSPACE`` reads its inputs here: the same frames the layer path reads, without
what nothing downstream uses (points' geometry - easting and northing are columns -, a force extract's raw date
and x/y, per-row provenance).
"""
from __future__ import annotations

from typing import Dict

from ..errors import LptInputError
from ..store.base import Store
from ..store.import_rules import check_one_force
from ..store.schema import AS_LOGGED, current_outcomes
from ..store.workspace import PROVENANCE
from .inputs import inputs_from_frames
from .link import LinkInputs
from ..i18n import tr

# workspace table -> link-input key
INPUT_TABLES = {
    "members": "MEMBERS", "surveys": "SURVEYS", "visits": "VISITS", "crimes": "CRIMES", "postcodes": "POSTCODES",
    "streets": "STREETS", "areas": "AREAS", "lsoa21": "LSOA21", "imd": "IMD", "lsoa_lookup": "LSOA_LOOKUP",
    "census_households": "HOUSEHOLDS", "census_population": "POPULATION", "census_ethnic": "ETHNIC", "oac": "OAC",
    "acorn": "ACORN",
}
NOT_READ = {"crimes": ("geometry", "date", "x", "y"), "postcodes": ("geometry",)}
NEEDED = ("MEMBERS", "CRIMES", "POSTCODES", "STREETS", "AREAS")


def load_inputs(store: Store, harm_weights: Dict[str, float]) -> LinkInputs:
    """The link inputs from the workspace's tables; a clear error naming a table that has not been imported."""
    have = set(store.tables())
    wanted = {table: [c for c in store.columns(table) if c not in NOT_READ.get(table, ()) + PROVENANCE]
              for table in INPUT_TABLES if table in have}        # nothing downstream reads the rest: not decoded
    read = store.read_tables(wanted)
    if read.get("crimes") is not None:
        check_one_force(store, read["crimes"])
    frames = {key: read.get(table) for table, key in INPUT_TABLES.items()}
    frames["VISITS"] = with_setup_visits(store, frames["VISITS"])
    if frames["POPULATION"] is None:
        frames["POPULATION"] = frames["ETHNIC"]          # TS021 totals are the resident population
    for need in NEEDED:
        if frames[need] is None:
            raise LptInputError(tr("the workspace has no {table} yet").format(table=need.lower()), store.path,
                                tr("import the {table} into the workspace first (WORKSPACE parameter of the "
                                   "import algorithms).").format(table=need.lower()))
    return inputs_from_frames(frames, harm_weights)


def with_setup_visits(store: Store, visits):
    """The imported visit log plus the visits recorded on the phones for set-ups (their current outcome), in the
    log's words: the ranking's "no recent visit" counts both."""
    import pandas as pd
    if not store.has_table("lpt_visit_outcomes") or not store.row_count("lpt_visit_outcomes"):
        return visits
    out = current_outcomes(store.read_table("lpt_visit_outcomes", ["visit_id", "postcode", "outcome", "visit_date",
                                                                   "edited_at"]))
    mine = pd.DataFrame({"visit_id": out.visit_id.astype(str), "date": out.visit_date.astype(str),
                         "postcode": out.postcode.astype(str), "outcome": out.outcome.map(AS_LOGGED).fillna("")})
    if visits is None or not len(visits):
        return mine
    return pd.concat([visits, mine[~mine.visit_id.isin(set(visits.visit_id.astype(str)))]], ignore_index=True)
