"""Plain words for an evaluation of targeted activity (issue #26)."""
from __future__ import annotations

from typing import List

import pandas as pd

NAMES = {"crimes": "Crime", "harm": "Harm-weighted crime", "asb": "Anti-social behaviour",
         "registrations": "New registrations", "responses": "Survey responses", "confidence": "Trust and confidence"}
UNITS = {"confidence": "mean answer"}


def _fmt(v) -> str:
    return "n/a" if pd.isna(v) else f"{v:.2f}"


def line(r) -> str:
    unit = UNITS.get(r.measure, "per street per month")
    head = (f"{NAMES[r.measure]} ({unit}): {_fmt(r.before)} before and {_fmt(r.after)} after on the "
            f"{int(r.streets)} {'target' if r.group == 'targets' else 'surrounding'} streets, against "
            f"{_fmt(r.comp_before)} and {_fmt(r.comp_after)} on {int(r.comparison_streets)} comparison streets")
    if r.verdict == "not enough data to say":
        return f"{head}: not enough data to say ({int(r.events)} events)."
    pct = "" if pd.isna(r.did_pct) else f", {r.did_pct:+.0f}%"
    return f"{head}: difference-in-differences {r.did:+.2f}{pct}, p = {r.p_value:.3f}: {r.verdict}."


def displacement(table: pd.DataFrame, alpha: float) -> str:
    r = table[(table.group == "surrounding") & (table.measure == "crimes")]
    if not len(r) or r.verdict.iat[0] == "not enough data to say":
        return "Displacement: not enough data to say on the surrounding streets."
    r = r.iloc[0]
    if r.p_value < alpha and r.did > 0:
        return (f"Displacement: crime rose on the surrounding streets more than on comparable streets "
                f"({r.did:+.2f} per street per month, p = {r.p_value:.3f}): it may have moved next door.")
    if r.p_value < alpha and r.did < 0:
        return (f"Diffusion of benefits: crime fell on the surrounding streets too ({r.did:+.2f} per street per "
                f"month, p = {r.p_value:.3f}).")
    return f"No sign of displacement or diffusion on the surrounding streets (p = {r.p_value:.3f})."


def sentences(table: pd.DataFrame, before: List[str], after: List[str], alpha: float) -> List[str]:
    span = lambda ms: f"{ms[0]} to {ms[-1]}" if ms else "none"  # noqa: E731
    out = [f"Before: {span(before)}; after: {span(after)}. Each target street is compared with the streets most "
           f"like it before the activity (crime, deprivation, classification) that were not targeted and are not "
           f"next to a target."]
    out += [line(r) for r in table[table.group == "targets"].itertuples()]
    out.append(displacement(table, alpha))
    out.append("A difference-in-differences after matching is an association, not proof that the activity caused "
               "it; p is the share of random relabellings of target and comparison streets giving a difference as "
               "large.")
    return out
