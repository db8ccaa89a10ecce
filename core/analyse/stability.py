"""How much the top streets move (issue #26): under +/-10% on each weight (the run's components, re-weighted) and
under a one-month shift of the period (the crime components recomputed, :mod:`.crime_parts`), as the Jaccard
overlap of the top N (1 = the same streets, 0 = none in common)."""
from __future__ import annotations

from typing import Dict, List

import pandas as pd

from ..i18n import tr
from . import forecast as F
from .crime_parts import priority_for
from .priority_config import COMPONENTS
from .ranks import combine


def jaccard(a, b) -> float:
    a, b = set(a), set(b)
    return float(len(a & b) / len(a | b)) if a or b else 1.0


def top(score: pd.Series, n: int, harm: pd.Series = None) -> List[str]:
    """The top ``n`` street ids by score (then harm, then street id, as the ranking breaks ties)."""
    h = None if harm is None else harm.reindex(score.index).fillna(0.0).to_numpy(float)
    return list(score.index[F.order_of(score, h)[:n]])


def weight_table(comp: pd.DataFrame, weights: Dict[str, float], harm: pd.Series, n: int) -> pd.DataFrame:
    base = top(combine(comp, weights, COMPONENTS)[0], n, harm)
    rows = []
    for c in COMPONENTS:
        for change in (-10, 10):
            w = dict(weights, **{c: weights[c] * (1 + change / 100.0)})
            if sum(w.values()) <= 0:
                continue
            rows.append({"component": c, "change_pct": change,
                         "jaccard": jaccard(base, top(combine(comp, w, COMPONENTS)[0], n, harm))})
    return pd.DataFrame(rows)


def shifted_period(ctx):
    for k in (-1, 1):
        p = F.shift(ctx.period, k)
        if F.covered(p, ctx.months):
            return p
    return None


def shift_check(ctx, risk_at, n: int) -> Dict[str, object]:
    """Jaccard of the top ``n`` between the period and the period moved by one month (earlier when the data has
    it), for the priority, the crime risk and last period's crime count."""
    p2 = shifted_period(ctx)
    if p2 is None:
        return {"shifted": None}
    a, b = (ctx.parts.components(ctx.ca, p) for p in (ctx.period, p2))
    pri = [top(priority_for(ctx.comp, x, ctx.weights, COMPONENTS, trend=True), n, x.harm_value) for x in (a, b)]
    risk = [top(risk_at(ctx, p), n) for p in (ctx.period, p2)]
    cnt = [top(pd.Series(ctx.ca.per_street(ctx.ca.within(p)), index=ctx.index), n) for p in (ctx.period, p2)]
    return {"shifted": p2.name, "priority": jaccard(*pri), "risk": jaccard(*risk), "last_count": jaccard(*cnt)}


def sentences(weights: pd.DataFrame, shift: Dict[str, object], n: int, period_name: str) -> List[str]:
    out = []
    if len(weights):
        lo = weights.loc[weights.jaccard.idxmin()]
        out.append(tr("Changing any one weight by 10% up or down keeps at least {jaccard:.2f} of the top {n} "
                      "(Jaccard; lowest when {component} changes by {change:+d}%); 1.00 means the same streets."
                      ).format(jaccard=lo.jaccard, n=n, component=lo.component, change=lo.change_pct))
    if shift.get("shifted"):
        out.append(tr("Moving the period by one month ({period} to {shifted}) keeps {priority:.2f} of the priority's "
                      "top {n}, {risk:.2f} of the crime risk's and {last_count:.2f} of the top {n} by last period's "
                      "crime count (Jaccard; the priority's survey, member and trend components held as in this run)."
                      ).format(period=period_name, shifted=shift["shifted"], priority=shift["priority"],
                               risk=shift["risk"], last_count=shift["last_count"], n=n))
        if shift["priority"] < shift["last_count"]:
            out.append(tr("The priority's top streets move more than the simplest crime count does: defend a rank "
                          "only with its rank range and a longer period."))
    else:
        out.append(tr("The one-month shift cannot be measured: the crime data has no month next to the period."))
    return out
