"""Forecast accuracy of a street ranking: hit rate and the Predictive Accuracy Index (issue #26).

For the top 1%, 5% and 10% of the streets ranked, the **hit rate** is the share of the crimes (and of the
harm) of the months scored that happened on those streets, and the **PAI** (Chainey, Tompson & Uhlig 2008)
is that share divided by the flagged streets' share of street length (``pai_length``) or of the count of
streets (``pai_count``): 1 means no better than picking streets at random, 3 means three times as much crime
per metre (or per street) as the average street.

A ranking is scored on the months after its period when the crime data has them (a **forecast**); otherwise
on the period itself, with the ranking made from the period before it (a **back-test**).  Ties in a score are
broken by street id, the same way for every ranking.  The denominators are the crimes of the months scored
that are linked to a ranked street.  Differences between two rankings carry a bootstrap interval over the
crimes scored (Poisson weights per crime, the flagged streets held fixed): an interval that excludes 0 says
the difference is larger than the month-to-month noise of which crimes happened.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from .insight import Period

FRACTIONS = (0.01, 0.05, 0.10)
BOOT_REPLICATES = 200
BOOT_SEED = 20081001


@dataclass(frozen=True)
class Window:
    rank: Period       # the months the ranking is made from
    outcome: Period    # the months it is scored on
    mode: str          # "forecast" or "back-test"


def shift(p: Period, months: int) -> Period:
    s, e = pd.Period(p.start, freq="M") + months, pd.Period(p.end, freq="M") + months
    return Period(str(s), str(e))


def covered(p: Period, months_present) -> bool:
    want = pd.period_range(p.start, p.end, freq="M").astype(str)
    return set(want) <= set(map(str, months_present))


def choose_window(period: Period, months_present) -> Optional[Window]:
    """Score on the months after the period when the data has all of them, else back-test on the period
    itself (ranking from the period before it); None when neither is possible."""
    nxt = shift(period, period.months)
    if covered(nxt, months_present):
        return Window(period, nxt, "forecast")
    prev = shift(period, -period.months)
    if covered(prev, months_present) and covered(period, months_present):
        return Window(prev, period, "back-test")
    return None


def order_of(score: pd.Series, harm: np.ndarray = None) -> np.ndarray:
    """Positions in ``score`` from the highest score down (then the highest ``harm`` when given), ties broken by
    street id.  When the index is already in street-id order the tie-break is the position (no text sort)."""
    idx = score.index
    if idx.dtype == object and idx.is_unique and idx.is_monotonic_increasing:
        ids = np.arange(len(idx))
    else:
        ids = idx.to_numpy() if idx.dtype == object else idx.astype(str).to_numpy()
    keys = (ids, -score.to_numpy(float)) if harm is None else (ids, -harm, -score.to_numpy(float))
    return np.lexsort(keys)


def flags(score: pd.Series, fractions: Sequence[float]) -> Dict[float, np.ndarray]:
    """Per fraction, the top ``fraction`` of streets (at least one) by score, ties broken by street id: boolean
    masks in the order of ``score``'s index (one sort for every fraction)."""
    n = len(score)
    order = order_of(score)
    out = {}
    for f in fractions:
        mask = np.zeros(n, dtype=bool)
        mask[order[:max(1, int(np.ceil(f * n)))]] = True
        out[f] = mask
    return out


def flagged(score: pd.Series, fraction: float) -> np.ndarray:
    return flags(score, [fraction])[fraction]


@dataclass
class Outcome:
    pos: np.ndarray        # per crime scored: position of its street in the ranked index
    harm: np.ndarray       # per crime scored: harm weight
    lengths: np.ndarray    # per ranked street: length (m)


def outcome_from(ca, outcome: Period, lengths: np.ndarray) -> Outcome:
    """The crimes of ``outcome`` on the ranked streets, from :class:`.crime_arrays.CrimeArrays` ``ca``."""
    keep = ca.within(outcome) & (ca.pos >= 0)
    ln = np.clip(np.nan_to_num(np.asarray(lengths, float), nan=0.0), 1.0, None)
    return Outcome(ca.pos[keep], ca.harm[keep], ln)


def outcome_of(crimes: pd.DataFrame, outcome: Period, harm_w: Dict[str, float], index: pd.Index,
               lengths: pd.Series) -> Outcome:
    from .crime_arrays import crime_arrays
    return outcome_from(crime_arrays(crimes, index, harm_w), outcome, lengths.reindex(index).to_numpy(float))


def _row(name: str, mask: np.ndarray, fraction: float, out: Outcome) -> dict:
    hit = mask[out.pos]
    n_crimes, total_harm = len(out.pos), float(out.harm.sum())
    hit_rate = hit.sum() / n_crimes if n_crimes else np.nan
    harm_rate = out.harm[hit].sum() / total_harm if total_harm > 0 else np.nan
    len_share = out.lengths[mask].sum() / out.lengths.sum()
    cnt_share = mask.sum() / len(mask)
    return {"ranking": name, "top_pct": round(100 * fraction, 1), "streets": int(mask.sum()),
            "length_share": round(float(len_share), 4), "crimes_hit": int(hit.sum()), "crimes_total": n_crimes,
            "hit_rate": hit_rate, "harm_hit_rate": harm_rate,
            "pai_length": hit_rate / len_share if len_share > 0 else np.nan,
            "pai_count": hit_rate / cnt_share if cnt_share > 0 else np.nan}


def accuracy(rankings: Dict[str, pd.Series], out: Outcome, index: pd.Index,
             fractions: Sequence[float] = FRACTIONS) -> pd.DataFrame:
    """One row per ranking and fraction: streets flagged, hit rates (crimes, harm), PAI by length and count."""
    rows = []
    for name, score in rankings.items():
        masks = flags(score.reindex(index).fillna(0.0), fractions)
        rows += [_row(name, masks[f], f, out) for f in fractions]
    return pd.DataFrame(rows)


def _groups(h: np.ndarray, harm: np.ndarray, n: Optional[np.ndarray] = None):
    """Crimes with the same flags (row of ``h``) and the same harm are interchangeable in the bootstrap: one row of
    ``h``, one harm and the number of crimes per group (``n``: crimes per row of ``h``, default 1).  The sum of n
    independent Poisson(1) weights is one Poisson(n) draw, so weighting the groups is the same bootstrap as
    weighting every crime, at a fraction of the draws (a few hundred groups instead of 450,000 crimes at force
    scale)."""
    if not len(h):
        return h, harm, np.zeros(0)
    levels, hi = np.unique(harm, return_inverse=True)
    if h.shape[1] <= 40 and len(levels) < 2 ** 12:          # the key below is an exact whole number (< 2**52)
        key = (h @ (2.0 ** np.arange(h.shape[1]))) * len(levels) + hi
        _, first, inverse, count = np.unique(key, return_index=True, return_inverse=True, return_counts=True)
    else:
        _, first, inverse, count = np.unique(np.column_stack([h, hi]), axis=0, return_index=True,
                                             return_inverse=True, return_counts=True)
    if n is not None:
        count = np.bincount(inverse.ravel(), weights=n, minlength=len(first))
    return h[first], harm[first], count.astype(float)


def _crime_groups(by_rank: Dict[str, Dict[float, np.ndarray]], keys: List[tuple], out: Outcome):
    """:func:`_groups` of the crimes scored, found from their distinct (street, harm) pairs: a street's crimes
    share its flags, so the flags are looked up once a pair instead of once a crime - the same groups, in the same
    order, with the same counts."""
    if not len(out.pos):
        return _groups(np.zeros((0, len(keys))), out.harm)
    levels, hi = np.unique(out.harm, return_inverse=True)
    pairs, n = np.unique(out.pos.astype(np.int64) * len(levels) + hi, return_counts=True)
    pos, harm = pairs // len(levels), levels[pairs % len(levels)]
    h = np.column_stack([by_rank[name][f][pos] for name, f in keys]).astype(float)
    return _groups(h, harm, n)


def differences(rankings: Dict[str, pd.Series], out: Outcome, index: pd.Index, pairs: List[tuple],
                fractions: Sequence[float] = FRACTIONS, replicates: int = BOOT_REPLICATES,
                seed: int = BOOT_SEED) -> pd.DataFrame:
    """Hit-rate differences (crimes and harm) of ``pairs`` (ranking, compared with) with 95% bootstrap intervals
    over the crimes scored (Poisson weights per crime, drawn per group of interchangeable crimes; the flagged
    streets fixed)."""
    keys = [(n, f) for n in rankings for f in fractions]
    by_rank = {n: flags(rankings[n].reindex(index).fillna(0.0), fractions) for n in rankings}
    hg, harm_g, count = _crime_groups(by_rank, keys, out)
    w = np.random.default_rng(seed).poisson(count, (replicates, len(count))).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        crime = (w @ hg) / w.sum(axis=1, keepdims=True)
        harm = (w @ (hg * harm_g[:, None])) / (w @ harm_g)[:, None]
        point_c = (count @ hg) / count.sum() if len(count) else np.full(len(keys), np.nan)
        total_h = count @ harm_g
        point_h = (count @ (hg * harm_g[:, None])) / total_h if total_h > 0 else np.full(len(keys), np.nan)
    col = {k: i for i, k in enumerate(keys)}
    rows = []
    for a, b in pairs:
        for f in fractions:
            i, j = col[(a, f)], col[(b, f)]
            dc, dh = crime[:, i] - crime[:, j], harm[:, i] - harm[:, j]
            rows.append({"ranking": a, "compared_with": b, "top_pct": round(100 * f, 1),
                         "diff_hit": point_c[i] - point_c[j], "diff_lo": np.nanpercentile(dc, 2.5),
                         "diff_hi": np.nanpercentile(dc, 97.5), "diff_harm": point_h[i] - point_h[j],
                         "diff_harm_lo": np.nanpercentile(dh, 2.5), "diff_harm_hi": np.nanpercentile(dh, 97.5)})
    return pd.DataFrame(rows)
