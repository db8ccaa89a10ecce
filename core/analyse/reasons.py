"""Reasons in plain words: each states the figure it cites, and is given only when that figure holds.

``texts`` builds one sentence per component for every street from the columns of the ranked table (so a test
can read each number back); ``pick`` keeps, per street, the three largest contributions of at least one point
whose sentence is true (a "Hot street" only for a street flagged hot after FDR, a rise only when significant
after FDR between comparable periods, a local priority only when it matches crime here).

Each sentence is one translatable template (:func:`..i18n.tr`) filled column by column (:func:`fill`), so a
translator sees the whole sentence and the streets are still filled at once.
"""
from __future__ import annotations

from string import Formatter
from typing import Dict, List

import numpy as np
import pandas as pd

from ..i18n import QT_TR_NOOP, tr
from .insight import CRIME_FIELDS

CATEGORY_LABEL = {"c_asb": QT_TR_NOOP("anti-social behaviour"), "c_bicycle": QT_TR_NOOP("bicycle theft"),
                  "c_burglary": QT_TR_NOOP("burglary"), "c_damage": QT_TR_NOOP("criminal damage"),
                  "c_drugs": QT_TR_NOOP("drug crime"), "c_other": QT_TR_NOOP("other crime"),
                  "c_oth_theft": QT_TR_NOOP("theft"), "c_weapons": QT_TR_NOOP("weapons possession"),
                  "c_pub_order": QT_TR_NOOP("public order offences"), "c_robbery": QT_TR_NOOP("robbery"),
                  "c_shoplift": QT_TR_NOOP("shoplifting"), "c_person": QT_TR_NOOP("theft from the person"),
                  "c_vehicle": QT_TR_NOOP("vehicle crime"), "c_violence": QT_TR_NOOP("violence")}


def category_label(field: str) -> str:
    """The crime field's label in the user's language (the field itself when it has none)."""
    return tr(CATEGORY_LABEL[field]) if field in CATEGORY_LABEL else field


def upper_first(text: str) -> str:
    """The text with its first letter upper case, the rest as written (``str.capitalize`` would lower the rest of a
    translated label)."""
    return text[:1].upper() + text[1:]


def fill(template: str, index: pd.Index, **values) -> pd.Series:
    """``template`` (translated already) filled row by row: each ``{name}`` (``{name:spec}``) takes the row's value
    of ``values[name]`` (a Series or array on ``index``) or the one value given (a scalar), without a loop."""
    out = pd.Series("", index=index, dtype=object)
    for literal, name, spec, _ in Formatter().parse(template):
        out = out + literal
        if name is None:
            continue
        v = values[name]
        if np.ndim(v) == 0:
            out = out + format(v, spec or "")
        else:
            col = pd.Series(np.asarray(v, dtype=object), index=index)
            out = out + (col.map(lambda x: format(x, spec)) if spec else col.astype(str))
    return out


def _crime_mix(out: pd.DataFrame) -> pd.Series:
    """'8 violence, 3 public order offences': the two commonest types on the street (ties in field order)."""
    fields = list(CRIME_FIELDS.values())
    counts = out[fields].to_numpy(dtype=float)
    order = np.argsort(-counts, axis=1, kind="stable")[:, :2]
    labels = np.array([category_label(f) for f in fields], dtype=object)
    each = tr("{n} {crime}")
    rows = np.arange(len(counts))
    parts, named = [], []
    for top in order.T:               # the commonest type, then the next (a type only when its count is above 0)
        n = counts[rows, top]
        has = n > 0
        parts.append(fill(each, out.index, n=np.where(has, n, 0).astype(np.int64), crime=labels[top]).where(has, ""))
        named.append(has)
    return parts[0] + pd.Series(np.where(named[1], ", ", ""), index=out.index) + parts[1]


def _qtext(q: pd.Series) -> pd.Series:
    below, equal = tr("q < 0.001"), tr("q = {q:.3f}")
    return q.map(lambda v: below if v < 0.001 else equal.format(q=v))


def _count(x: pd.Series) -> pd.Series:
    return x.fillna(0).round(0).astype(int).astype(str)


def _either(own: pd.Series, shrunk: pd.Series, thin: pd.Series) -> pd.Series:
    """Per street, the sentence for a figure of its own (adjusted toward the area) or for a thin one."""
    return pd.Series(np.where(own.fillna(False).astype(bool), shrunk, thin), index=own.index)


def _pct_text(x: pd.Series) -> pd.Series:
    return x.round(0).astype(int).astype(str)


def _people(n: pd.Series, suppress: int) -> pd.Series:
    """A count of people (answers) as a reason cites it: 'fewer than 5' from 1 to ``suppress`` - 1, as the
    layers leave such counts empty."""
    v = n.fillna(0).round(0).astype(int)
    few = tr("fewer than {n}").format(n=suppress)
    return pd.Series(np.where((v > 0) & (v < suppress), few, v.astype(str)), index=n.index)


def texts(out: pd.DataFrame, force: Dict[str, float], visit_months: int, suppress: int = 5,
          survey_months: int = 12) -> pd.DataFrame:
    """Each reason as a sentence; survey figures say their window (the survey months to the period's end), which
    is longer than the period an area insight of the same pack counts."""
    t = pd.DataFrame(index=out.index)
    ix = out.index
    top_pct = (100 - out.harm_comp * 100 + 1).clip(1, 100).round(0).astype(int).astype(str)
    t["harm"] = fill(tr("Harm-weighted crime in the top {pct}% of streets ({crimes} crimes: {mix})"), ix,
                     pct=top_pct, crimes=out.crimes.astype(str), mix=_crime_mix(out))
    t["hot"] = fill(tr("Hot street: Gi* z = {z}, significant after FDR ({q})"), ix,
                    z=out.gi_z.round(1).astype(str), q=_qtext(out.gi_q))
    t["trend"] = _trend(out)
    t["concern"] = _concern(out, suppress, survey_months)
    t["confidence"] = _confidence(out, force["tc"], suppress, survey_months)
    t["vulnerability"] = _vulnerability(out)
    t["engagement"] = _engagement(out, force["reg"], visit_months)
    return t


def _trend(out: pd.DataFrame) -> pd.Series:
    ix = out.index
    what = out.rise_field.map(lambda f: upper_first(category_label(f)), na_action="ignore").fillna("")
    counts = dict(crime=what, n1=_count(out.rise_1), n2=_count(out.rise_2), q=_qtext(out.rise_q))
    none = fill(tr("{crime} up from none on the previous period ({n1} to {n2}), significant after FDR ({q})"),
                ix, **counts)
    pct = fill(tr("{crime} up {pct}% on the previous period ({n1} to {n2}), significant after FDR ({q})"), ix,
               pct=out.rise_pct.fillna(0).round(0).astype(int).astype(str), **counts)
    return pd.Series(np.where(out.rise_1.fillna(-1).eq(0), none, pct), index=ix)


def _concern(out: pd.DataFrame, suppress: int, months: int) -> pd.Series:
    """The priority category comes from ``priority_categories.csv`` (data: compared by the action rules), so it is
    looked up for the user's language only here, where it is shown."""
    ix = out.index
    names = {c: tr(c) for c in out.concern_top.fillna("").unique() if c}
    v = dict(category=out.concern_top.fillna("").map(lambda c: names.get(c, c)),
             pct=_pct_text(100 * out.concern_share), n=_people(out.concern_n, suppress), months=months)
    return _either(out.concern_own,
                   fill(tr("Top local priority: {category}, {pct}% of {n} answers in {months} months, adjusted toward the "
                           "area, and it happens here"), ix, **v),
                   fill(tr("Top local priority: {category}, {pct}% of {n} answers in the area in {months} months, and it "
                           "happens here"), ix, **v))


def _confidence(out: pd.DataFrame, force_tc: float, suppress: int, months: int) -> pd.Series:
    ix = out.index
    v = dict(score=out.tc_est.round(1).astype(str), n=_people(out.tc_n, suppress), force=force_tc, months=months)
    return _either(out.tc_own,
                   fill(tr("Trust and confidence {score}/5 ({n} answers in {months} months, adjusted toward the area, "
                           "force {force:.1f})"),
                        ix, **v),
                   fill(tr("Trust and confidence {score}/5 ({n} answers in {months} months, too few: the area's "
                           "figure, force {force:.1f})"), ix, **v))


def _vulnerability(out: pd.DataFrame) -> pd.Series:
    ix = out.index
    decile = out.imd_decile.fillna(0).astype(int).astype(str)
    has_imd = out.imd_decile.notna().to_numpy()
    group = out.oac_supergroup if "oac_supergroup" in out else pd.Series(np.nan, index=ix)
    has_group = group.notna().to_numpy()
    g = group.fillna("").astype(str)
    return pd.Series(np.select(
        [has_imd & has_group, has_imd, has_group],
        [fill(tr("IMD decile {decile} (OAC supergroup {group})"), ix, decile=decile, group=g),
         fill(tr("IMD decile {decile}"), ix, decile=decile),
         fill(tr("Deprived classification group (OAC supergroup {group})"), ix, group=g)],
        tr("Deprived classification group")), index=ix)


def _engagement(out: pd.DataFrame, force_reg: float, visit_months: int) -> pd.Series:
    ix = out.index
    force = tr("{pct:.0f}%").format(pct=100 * force_reg) if force_reg == force_reg else tr("n/a")
    v = dict(rate=(100 * out.reg_est).round(0).fillna(0).astype(int).astype(str), force=force)
    visited = fill(tr("{rate}% of households registered (force {force})"), ix, **v)
    not_visited = fill(tr("{rate}% of households registered (force {force}), no door-knock visits in {months} "
                          "months"), ix, months=visit_months, **v)
    return pd.Series(np.where(out.no_recent_visits, not_visited, visited), index=ix)


def holds(out: pd.DataFrame) -> pd.DataFrame:
    """Whether each component's sentence is true of the street."""
    return pd.DataFrame({
        "harm": out.crimes > 0, "hot": out.hot.astype(bool), "trend": out.rise_field.notna(),
        "concern": out.concern_top.fillna("") != "", "confidence": out.tc_est.notna(),
        "vulnerability": out.imd_decile.notna() | (out.vulnerability_comp > 0),
        "engagement": out.reg_est.notna() | out.no_recent_visits.astype(bool)}, index=out.index)


def pick(points: pd.DataFrame, sentences: pd.DataFrame, true: pd.DataFrame, components: List[str]) -> List[List[str]]:
    """Up to three sentences per street, largest contribution first, each of at least one point and true."""
    pts = points[components].values
    ok = true[components].values & (pts >= 1.0)
    order = np.argsort(-pts, axis=1, kind="stable")
    sent = sentences[components].values
    return [[sent[i, j] for j in order[i] if ok[i, j]][:3] for i in range(len(points))]
