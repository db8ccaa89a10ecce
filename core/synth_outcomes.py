"""Door-knocking outcomes simulated for the demo and the tests, as officers' phones would record them.

Seeded: the same target list, start day and seed give the same visits.  Officers work the list street by
street over a few weeks, knock a share of the households to visit, and record an outcome with rates like a
force's (about half the doors not answered, one contact in four or five registering).  Each visit is a point
a few metres from its postcode with a UUID made from the seed; notes are blank.
"""
from __future__ import annotations

import uuid

import numpy as np
import pandas as pd

OUTCOME_P = {"not_in": 0.48, "declined": 0.14, "registered": 0.13, "surveyed": 0.08, "already_registered": 0.12,
             "no_access": 0.05}


def simulate(targets: pd.DataFrame, setup_id: str, start: str, seed: int = 1, share: float = 0.6,
             weeks: int = 4, officers: int = 3) -> pd.DataFrame:
    """Visits (the package's visit fields plus x, y) to ``share`` of each postcode's households to visit."""
    rng = np.random.default_rng(seed)
    t = targets.sort_values(["street_rank", "street_id", "postcode"], na_position="last").reset_index(drop=True)
    homes = np.ceil(t.households_to_visit.fillna(t.households_est).fillna(3).clip(lower=1) * share).astype(int)
    rows = np.repeat(np.arange(len(t)), homes.values)
    n = len(rows)
    day = pd.Timestamp(start) + pd.to_timedelta(np.sort(rng.integers(0, 7 * weeks, n)), unit="D")
    ids = [str(uuid.UUID(bytes=rng.bytes(16), version=4)) for _ in range(n)]
    outcome = rng.choice(list(OUTCOME_P), size=n, p=list(OUTCOME_P.values()))
    angle, dist = rng.uniform(0, 2 * np.pi, n), rng.uniform(2, 40, n)
    return pd.DataFrame({
        "visit_id": ids, "setup_id": setup_id, "postcode": t.postcode.values[rows],
        "street_id": t.street_id.astype(str).values[rows], "outcome": outcome,
        "visit_date": day.strftime("%Y-%m-%d"), "officer": [f"PC {1000 + i}" for i in rng.integers(0, officers, n)],
        "note": "", "edited_at": (day + pd.Timedelta(hours=17)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "x": t.easting.values[rows] + dist * np.cos(angle), "y": t.northing.values[rows] + dist * np.sin(angle)})
