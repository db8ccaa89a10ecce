"""Did targeted activity change anything? Difference-in-differences against matched comparison streets, with a
permutation test and a displacement / diffusion check on the surrounding streets (issue #26).

For each measure (:mod:`.evaluate_panel`) every street gets its mean per month before the activity (the
``months_before`` months before the intervention month that have data) and after it (the intervention month and
the ``months_after`` - 1 after it); for confidence, the mean answer in each window.  The estimate is

    DiD = mean(after - before | target streets) - mean(after - before | comparison streets)

and its p-value is a two-sided permutation test: the target / comparison labels are shuffled ``permutations``
times among those streets, p = (1 + #|DiD*| >= |DiD|) / (permutations + 1).  The surrounding streets (within
``buffer_m`` of a target) are compared the same way with their own comparison streets: crime rising there beyond
chance is displacement, falling is a diffusion of benefits.  When the target streets have fewer than
``min_events`` events (``min_answers`` answers for confidence) over both windows, or fewer than 3 streets on a
side, the verdict is "not enough data to say".  An association after matching, not proof of cause.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Tuple

import numpy as np
import pandas as pd

from ..i18n import QT_TR_NOOP
from .evaluate_match import match, surrounding
from .evaluate_panel import CRIME_MEASURES, MEASURES, Panel


# verdicts: data (the table's ``verdict`` column, compared by code), shown to people through tr()
NOT_ENOUGH = QT_TR_NOOP("not enough data to say")
NO_CHANGE = QT_TR_NOOP("no change beyond what comparable streets show")
FELL = QT_TR_NOOP("fell more than on comparable streets")
ROSE = QT_TR_NOOP("rose more than on comparable streets")


@dataclass
class EvalConfig:
    months_before: int = 6
    months_after: int = 6
    buffer_m: float = 250.0
    k: int = 3                     # comparison streets per target street
    permutations: int = 999
    alpha: float = 0.05
    min_events: int = 20
    min_answers: int = 10
    seed: int = 26
    suppress: int = 5              # figures behind fewer people than this are not shown (SUPPRESS_BELOW)


PEOPLE_MEASURES = ("registrations", "responses", "confidence")     # counts and answers of people


@dataclass
class EvalResult:
    table: pd.DataFrame            # one row per group (targets, surrounding) and measure
    roles: pd.Series               # street_id -> target / comparison / surrounding / surrounding comparison
    before: List[str]
    after: List[str]


def missing_crime_months(panel: Panel, month: str, cfg: EvalConfig) -> Tuple[List[str], List[str]]:
    """The calendar months of the before and after windows that have no crime data (police.uk months not
    imported, or months not published yet): a window that lacks them compares fewer months than asked."""
    asked = pd.Period(month, freq="M")
    before = [str(asked - k) for k in range(cfg.months_before, 0, -1)]
    after = [str(asked + k) for k in range(cfg.months_after)]
    have = set(panel.crime_months)
    return [m for m in before if m not in have], [m for m in after if m not in have]


def windows(panel: Panel, month: str, cfg: EvalConfig) -> Tuple[List[str], List[str]]:
    before = [m for m in panel.months if m < month][-cfg.months_before:]
    after = [m for m in panel.months if m >= month][:cfg.months_after]
    return before, after


def window_mean(panel: Panel, measure: str, months: List[str]) -> pd.Series:
    if measure == "confidence":
        s = panel.monthly["confidence_sum"][months].sum(axis=1)
        n = panel.monthly["confidence_n"][months].sum(axis=1)
        return (s / n).where(n > 0)
    return panel.monthly[measure][months].mean(axis=1, skipna=True)     # crime: months with data only


def events(panel: Panel, measure: str, ids, months: List[str]) -> float:
    key = "confidence_n" if measure == "confidence" else ("crimes" if measure == "harm" else measure)
    return float(np.nansum(panel.monthly[key].loc[ids, months].to_numpy()))


def permutation_did(treated: np.ndarray, control: np.ndarray, reps: int, rng) -> Tuple[float, float]:
    """DiD of the changes (treated mean - control mean) and its two-sided permutation p-value."""
    v = np.concatenate([treated, control])
    n, nt = len(v), len(treated)
    did = float(treated.mean() - control.mean())
    order = rng.random((reps, n)).argsort(axis=1)[:, :nt]
    st = v[order].sum(axis=1)
    perm = st / nt - (v.sum() - st) / (n - nt)
    p = (1.0 + np.sum(np.abs(perm) >= abs(did) - 1e-12)) / (reps + 1.0)
    return did, float(p)


def compare(panel: Panel, measure: str, group: List[str], comparison: List[str], before, after,
            cfg: EvalConfig, rng) -> Dict[str, object]:
    """One row: the group's and the comparison streets' means before and after, the DiD, its p and the verdict."""
    b, a = window_mean(panel, measure, before), window_mean(panel, measure, after)
    ch = a - b
    t, c = ch.reindex(group).dropna(), ch.reindex(comparison).dropna()
    n_ev = events(panel, measure, group, before + after)
    row = {"measure": measure, "streets": len(t), "comparison_streets": len(c), "events": n_ev,
           "before": b.reindex(group).mean(), "after": a.reindex(group).mean(),
           "comp_before": b.reindex(comparison).mean(), "comp_after": a.reindex(comparison).mean(),
           "did": np.nan, "did_pct": np.nan, "p_value": np.nan}
    if measure in PEOPLE_MEASURES:
        _suppress(row, panel, measure, comparison, before + after, cfg.suppress)
    enough = len(t) >= 3 and len(c) >= 3 and n_ev >= (cfg.min_answers if measure == "confidence" else cfg.min_events)
    if not (before and after) or not enough:
        return dict(row, verdict=NOT_ENOUGH)
    did, p = permutation_did(t.to_numpy(float), c.to_numpy(float), cfg.permutations, rng)
    base = row["before"]
    row.update(did=did, p_value=p, did_pct=100.0 * did / base if measure != "confidence" and base > 0 else np.nan)
    if p >= cfg.alpha:
        return dict(row, verdict=NO_CHANGE)
    return dict(row, verdict=FELL if did < 0 else ROSE)


def _suppress(row: Dict[str, object], panel: Panel, measure: str, comparison: List[str], months: List[str],
              below: int) -> None:
    """A measure of people behind 1 to ``below`` - 1 of them (one respondent's answer, two registrations) is not
    shown, for the target streets and for their comparison streets alike."""
    if 0 < row["events"] < below:
        row.update(events=np.nan, before=np.nan, after=np.nan)
    n_cmp = events(panel, measure, comparison, months)
    if 0 < n_cmp < below:
        row.update(comp_before=np.nan, comp_after=np.nan)


def evaluate(panel: Panel, targets: List[str], month: str, cfg: EvalConfig = EvalConfig()) -> EvalResult:
    """Evaluate activity on ``targets`` from ``month`` (YYYY-MM, the intervention month)."""
    targets = [t for t in dict.fromkeys(map(str, targets)) if t in panel.streets.index]
    before, after = windows(panel, month, cfg)
    crime_before = [m for m in before if m in set(panel.crime_months)]
    prior = window_mean(panel, "crimes", crime_before) if crime_before else pd.Series(0.0, index=panel.streets.index)
    ring = surrounding(panel.streets, targets, cfg.buffer_m)
    comp = match(panel.streets, prior, targets, ring, cfg.k)
    ring_comp = match(panel.streets, prior, ring, targets + comp, 1)
    rng = np.random.default_rng(cfg.seed)
    rows = [dict(compare(panel, m, targets, comp, before, after, cfg, rng), group="targets") for m in MEASURES]
    rows += [dict(compare(panel, m, ring, ring_comp, before, after, cfg, rng), group="surrounding")
             for m in CRIME_MEASURES]
    table = pd.DataFrame(rows)
    table["months_before"], table["months_after"] = ", ".join(before), ", ".join(after)
    roles = pd.concat([pd.Series("target", index=targets), pd.Series("comparison", index=comp),
                       pd.Series("surrounding", index=ring), pd.Series("surrounding comparison", index=ring_comp)])
    cols = ["group", "measure", "streets", "comparison_streets", "events", "before", "after", "comp_before",
            "comp_after", "did", "did_pct", "p_value", "verdict", "months_before", "months_after"]
    return EvalResult(table[cols], roles[~roles.index.duplicated()], before, after)
