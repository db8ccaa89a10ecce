"""Reasons in plain words: each states the figure it cites, and is given only when that figure holds.

``texts`` builds one sentence per component for every street from the columns of the ranked table (so a test
can read each number back); ``pick`` keeps, per street, the three largest contributions of at least one point
whose sentence is true (a "Hot street" only for a street flagged hot after FDR, a rise only when significant
after FDR between comparable periods, a local priority only when it matches crime here).
"""
from __future__ import annotations

from typing import Dict, List

import numpy as np
import pandas as pd

from .insight import CRIME_FIELDS

CATEGORY_LABEL = {"c_asb": "anti-social behaviour", "c_bicycle": "bicycle theft", "c_burglary": "burglary",
                  "c_damage": "criminal damage", "c_drugs": "drug crime", "c_other": "other crime",
                  "c_oth_theft": "theft", "c_weapons": "weapons possession", "c_pub_order": "public order offences",
                  "c_robbery": "robbery", "c_shoplift": "shoplifting", "c_person": "theft from the person",
                  "c_vehicle": "vehicle crime", "c_violence": "violence"}


def _crime_mix(out: pd.DataFrame) -> pd.Series:
    """'8 violence, 3 public order offences': the two commonest types on the street (ties in field order)."""
    fields = list(CRIME_FIELDS.values())
    counts = out[fields].to_numpy(dtype=float)
    order = np.argsort(-counts, axis=1, kind="stable")[:, :2]
    labels = [CATEGORY_LABEL[f] for f in fields]
    text = [", ".join(f"{int(row[j])} {labels[j]}" for j in top if row[j] > 0) for row, top in zip(counts, order)]
    return pd.Series(text, index=out.index)


def _qtext(q: pd.Series) -> pd.Series:
    return q.map(lambda v: "q < 0.001" if v < 0.001 else f"q = {v:.3f}")


def _count(x: pd.Series) -> pd.Series:
    return x.fillna(0).round(0).astype(int).astype(str)


def _source(own: pd.Series, thin: str, shrunk: str) -> np.ndarray:
    return np.where(own.fillna(False).astype(bool), shrunk, thin)


def texts(out: pd.DataFrame, force: Dict[str, float], visit_months: int) -> pd.DataFrame:
    t = pd.DataFrame(index=out.index)
    top_pct = (100 - out.harm_comp * 100 + 1).clip(1, 100).round(0).astype(int).astype(str)
    t["harm"] = "Harm-weighted crime in the top " + top_pct + "% of streets (" + out.crimes.astype(str) + \
        " crimes: " + _crime_mix(out) + ")"
    t["hot"] = "Hot street: Gi* z = " + out.gi_z.round(1).astype(str) + ", significant after FDR (" + \
        _qtext(out.gi_q) + ")"
    up = np.where(out.rise_1.fillna(-1).eq(0), "up from none",
                  "up " + out.rise_pct.fillna(0).round(0).astype(int).astype(str) + "%")
    t["trend"] = out.rise_field.map(lambda f: CATEGORY_LABEL.get(f, f)).fillna("").str.capitalize() + " " + up + \
        " on the previous period (" + \
        _count(out.rise_1) + " to " + _count(out.rise_2) + "), significant after FDR (" + _qtext(out.rise_q) + ")"
    t["concern"] = "Top local priority: " + out.concern_top.fillna("") + ", " + \
        (100 * out.concern_share).round(0).astype(int).astype(str) + "% of " + \
        out.concern_n.round(0).astype(int).astype(str) + " answers" + \
        _source(out.concern_own, " in the area", ", adjusted toward the area") + ", and it happens here"
    t["confidence"] = "Trust and confidence " + out.tc_est.round(1).astype(str) + "/5 (" + \
        out.tc_n.round(0).astype(int).astype(str) + " answers" + \
        _source(out.tc_own, ", too few: the area's figure", ", adjusted toward the area") + \
        f", force {force['tc']:.1f})"
    imd = "IMD decile " + out.imd_decile.fillna(0).astype(int).astype(str)
    t["vulnerability"] = np.where(out.imd_decile.notna(), imd, "Deprived classification group")
    if "oac_supergroup" in out:
        t["vulnerability"] += np.where(out.oac_supergroup.notna(), " (OAC supergroup " +
                                       out.oac_supergroup.fillna("").astype(str) + ")", "")
    rate = (100 * out.reg_est).round(0)
    t["engagement"] = rate.fillna(0).astype(int).astype(str) + "% of households registered (force " + \
        (f"{100 * force['reg']:.0f}%" if force["reg"] == force["reg"] else "n/a") + ")" + \
        np.where(out.no_recent_visits, f", no door-knock visits in {visit_months} months", "")
    return t


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
