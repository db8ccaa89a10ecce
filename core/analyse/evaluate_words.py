"""Plain words for an evaluation of targeted activity (issue #26)."""
from __future__ import annotations

from typing import List

import pandas as pd

from ..i18n import QT_TR_NOOP, tr
from .evaluate import NOT_ENOUGH

NAMES = {"crimes": QT_TR_NOOP("Crime"), "harm": QT_TR_NOOP("Harm-weighted crime"),
         "asb": QT_TR_NOOP("Anti-social behaviour"), "registrations": QT_TR_NOOP("New registrations"),
         "responses": QT_TR_NOOP("Survey responses"), "confidence": QT_TR_NOOP("Trust and confidence")}
UNITS = {"confidence": QT_TR_NOOP("mean answer")}
PER_STREET = QT_TR_NOOP("per street per month")


def _fmt(v) -> str:
    return tr("n/a") if pd.isna(v) else f"{v:.2f}"


def _head(r) -> str:
    """'Crime (per street per month): 1.20 before and 0.80 after on the 12 target streets, against ...'."""
    v = dict(measure=tr(NAMES[r.measure]), unit=tr(UNITS.get(r.measure, PER_STREET)), before=_fmt(r.before),
             after=_fmt(r.after), streets=int(r.streets), comp_before=_fmt(r.comp_before),
             comp_after=_fmt(r.comp_after), comparison_streets=int(r.comparison_streets))
    if r.group == "targets":
        return tr("{measure} ({unit}): {before} before and {after} after on the {streets} target streets, against "
                  "{comp_before} and {comp_after} on {comparison_streets} comparison streets").format(**v)
    return tr("{measure} ({unit}): {before} before and {after} after on the {streets} surrounding streets, against "
              "{comp_before} and {comp_after} on {comparison_streets} comparison streets").format(**v)


def line(r) -> str:
    head = _head(r)
    if r.verdict == NOT_ENOUGH and pd.isna(r.events):       # figures behind too few people: not shown
        return tr("{head}: not enough data to say (too few people to show).").format(head=head)
    if r.verdict == NOT_ENOUGH:          # the verdict column is data (English, compared); shown through tr()
        return tr("{head}: not enough data to say ({events} events).").format(head=head, events=int(r.events))
    v = dict(head=head, did=r.did, p=r.p_value, verdict=tr(r.verdict))
    if pd.isna(r.did_pct):
        return tr("{head}: difference-in-differences {did:+.2f}, p = {p:.3f}: {verdict}.").format(**v)
    return tr("{head}: difference-in-differences {did:+.2f}, {pct:+.0f}%, p = {p:.3f}: {verdict}.").format(
        pct=r.did_pct, **v)


def displacement(table: pd.DataFrame, alpha: float) -> str:
    r = table[(table.group == "surrounding") & (table.measure == "crimes")]
    if not len(r) or r.verdict.iat[0] == NOT_ENOUGH:
        return tr("Displacement: not enough data to say on the surrounding streets.")
    r = r.iloc[0]
    if r.p_value < alpha and r.did > 0:
        return tr("Displacement: crime rose on the surrounding streets more than on comparable streets ({did:+.2f} "
                  "per street per month, p = {p:.3f}): it may have moved next door.").format(did=r.did, p=r.p_value)
    if r.p_value < alpha and r.did < 0:
        return tr("Diffusion of benefits: crime fell on the surrounding streets too ({did:+.2f} per street per "
                  "month, p = {p:.3f}).").format(did=r.did, p=r.p_value)
    return tr("No sign of displacement or diffusion on the surrounding streets (p = {p:.3f}).").format(p=r.p_value)


def _span(months: List[str]) -> str:
    return tr("{first} to {last}").format(first=months[0], last=months[-1]) if months else tr("none")


def sentences(table: pd.DataFrame, before: List[str], after: List[str], alpha: float) -> List[str]:
    out = [tr("Before: {before}; after: {after}. Each target street is compared with the streets most like it "
              "before the activity (crime, deprivation, classification) that were not targeted and are not next to a "
              "target.").format(before=_span(before), after=_span(after))]
    out += [line(r) for r in table[table.group == "targets"].itertuples()]
    out.append(displacement(table, alpha))
    out.append(tr("A difference-in-differences after matching is an association, not proof that the activity caused "
                  "it; p is the share of random relabellings of target and comparison streets giving a difference as "
                  "large."))
    return out
