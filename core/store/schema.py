"""The engagement loop's tables (schema version 3) and the message log's (version 4), declared once for every
backend.

Each table is a list of (column, type) with types ``text``, ``integer`` or ``real`` and the columns that are
unique together.  The GeoPackage migration (:mod:`.migrations`) and the PostGIS store create them from this
declaration.  These tables keep what users create - set-ups, their target lists, visit outcomes, the audit of
personal-data exports - and are never dropped or replaced: a set-up is archived, not deleted (``KEPT``).
"""
from __future__ import annotations

from typing import Dict, List, Tuple

import pandas as pd

from ..i18n import QT_TR_NOOP

Columns = List[Tuple[str, str]]

LOOP_TABLES: Dict[str, Columns] = {
    "lpt_setups": [("setup_id", "text"), ("name", "text"), ("team", "text"), ("source", "text"),
                   ("criteria", "text"), ("area_codes", "text"), ("revisit", "integer"), ("start_date", "text"),
                   ("end_date", "text"), ("status", "text"), ("created_at", "text"), ("created_by", "text"),
                   ("archived_at", "text")],
    "lpt_setup_targets": [("setup_id", "text"), ("street_id", "text"), ("street_name", "text"),
                          ("area_code", "text"), ("area_name", "text"), ("postcode", "text"), ("easting", "real"),
                          ("northing", "real"), ("households_est", "real"), ("households_to_visit", "real"),
                          ("members_registered", "integer"),
                          ("last_visit", "text"), ("last_outcome", "text"), ("priority", "integer"),
                          ("street_rank", "integer")],
    "lpt_visit_outcomes": [("visit_id", "text"), ("setup_id", "text"), ("postcode", "text"), ("street_id", "text"),
                           ("outcome", "text"), ("visit_date", "text"), ("officer", "text"), ("note", "text"),
                           ("note_flag", "text"), ("edited_at", "text"), ("source_file", "text"),
                           ("imported_at", "text")],
    "lpt_audit": [("audit_id", "integer"), ("at", "text"), ("who", "text"), ("action", "text"), ("area", "text"),
                  ("n_rows", "integer"), ("detail", "text")],
}
# schema version 4: the message log (was a separate GeoPackage). Append-only: a message's status changes are new
# rows of lpt_message_status ('committing' -> 'published' | 'files_missing' | 'imported'), never an UPDATE.
MESSAGE_TABLES: Dict[str, Columns] = {
    "lpt_messages": [("message_id", "text"), ("created_at", "text"), ("created_by", "text"), ("channel", "text"),
                     ("template", "text"), ("area_label", "text"), ("subject", "text"), ("body", "text"),
                     ("area_codes", "text"), ("audience_size", "integer"), ("opted_out_excluded", "integer"),
                     ("unknown_excluded", "integer"), ("folder", "text"), ("recipients_file", "text"),
                     ("message_file", "text"), ("area_wkt", "text")],
    "lpt_message_recipients": [("message_id", "text"), ("member_id", "text"), ("sent_at", "text")],
    "lpt_message_status": [("message_id", "text"), ("status", "text"), ("at", "text"), ("detail", "text")],
}
# a visit is kept once per edit: its newest edit is the current outcome, the older ones stay
UNIQUE: Dict[str, Tuple[str, ...]] = {
    "lpt_setups": ("setup_id",), "lpt_setup_targets": ("setup_id", "postcode"),
    "lpt_visit_outcomes": ("visit_id", "edited_at"),
    "lpt_audit": ("audit_id",),
    "lpt_messages": ("message_id",), "lpt_message_recipients": ("message_id", "member_id"),
    "lpt_message_status": ("message_id", "status"),
}
KEPT = frozenset(LOOP_TABLES) | frozenset(MESSAGE_TABLES) | {"lpt_imports", "lpt_rejects", "lpt_meta"}
OUTCOMES = ("not_in", "declined", "registered", "surveyed", "already_registered", "no_access")
OUTCOME_LABELS = {"not_in": QT_TR_NOOP("Not in"), "declined": QT_TR_NOOP("Declined"),
                  "registered": QT_TR_NOOP("Registered"), "surveyed": QT_TR_NOOP("Surveyed"),
                  "already_registered": QT_TR_NOOP("Already registered"), "no_access": QT_TR_NOOP("No access")}


def current_outcomes(outcomes) -> "pd.DataFrame":
    """The current outcome of each recorded visit: its newest edit (older edits stay stored)."""
    if outcomes is None or not len(outcomes):
        return pd.DataFrame(columns=[c for c, _ in LOOP_TABLES["lpt_visit_outcomes"]])
    return outcomes.sort_values("edited_at", kind="stable").drop_duplicates("visit_id", keep="last")


# a set-up outcome in the words of an imported visit log, so a postcode's last outcome reads the same either way
AS_LOGGED = {"not_in": "no answer", "declined": "declined", "registered": "registered", "surveyed": "surveyed",
             "already_registered": "already registered", "no_access": "no access"}
