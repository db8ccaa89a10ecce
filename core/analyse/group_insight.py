"""Insight by group: local priorities and trust / confidence by age band, gender and ethnic group, per unit.

Survey responses joined to their members (opted-out members left out), grouped by unit (ward, LSOA or team area,
as the community profile places members) x dimension x group; a blank answer is its own group, 'Not stated'.
Per group: respondents (distinct members), responses, mean trust and confidence (over responses, as the area
insight computes them) and the three most named priorities with the share of responses naming each. Every figure
of a group behind fewer than ``suppress_below`` respondents is left empty (the row stays, marked suppressed).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .community_profile import current_members
from .community_units import Units

DIMENSIONS = ("age_band", "gender", "ethnic_group")
NOT_STATED = "Not stated"
COLUMNS = ["unit_code", "unit_name", "dimension", "group", "respondents", "responses", "trust_mean", "trust_n",
           "confidence_mean", "confidence_n", "prio1", "prio1_pct", "prio2", "prio2_pct", "prio3", "prio3_pct",
           "suppressed"]


def _responses(members: pd.DataFrame, surveys: pd.DataFrame, units: Units) -> pd.DataFrame:
    m = current_members(members)
    m = m.assign(unit=m.postcode.map(units.of_postcode).fillna(""))
    keep = ["member_id", "unit", *[d for d in DIMENSIONS if d in m]]
    s = surveys[["member_id", "trust", "confidence", "priorities"]].merge(m[keep], on="member_id", how="inner")
    return s[s.unit != ""]


def _top_priorities(s: pd.DataFrame, keys) -> pd.DataFrame:
    """prio1..3 and their share of the group's responses naming any priority."""
    named = s[s.priorities.fillna("").astype(str) != ""]
    ex = named.assign(cat=named.priorities.astype(str).str.split("|")).explode("cat")
    ex["cat"] = ex.cat.str.strip()
    cnt = ex[ex.cat != ""].groupby(keys + ["cat"]).size().rename("n").reset_index()
    cnt = cnt.sort_values(keys + ["n", "cat"], ascending=[True] * len(keys) + [False, True])
    cnt["rank"] = cnt.groupby(keys).cumcount() + 1
    base = named.groupby(keys).size()
    out = pd.DataFrame(index=base.index)
    for r in (1, 2, 3):
        top = cnt[cnt["rank"] == r].set_index(keys)
        out[f"prio{r}"] = top.cat.reindex(out.index)
        out[f"prio{r}_pct"] = (100.0 * top.n.reindex(out.index) / base).round(1)
    return out


def group_insight(members: pd.DataFrame, surveys: pd.DataFrame, units: Units, suppress_below: int = 5) \
        -> pd.DataFrame:
    """One row per unit x dimension x group (see the module's note); no personal field."""
    s = _responses(members, surveys, units)
    frames = []
    for dim in DIMENSIONS:
        if dim not in s:
            continue
        d = s.assign(dimension=dim, group=s[dim].fillna("").astype(str).str.strip().replace("", NOT_STATED))
        keys = ["unit", "dimension", "group"]
        g = d.groupby(keys)
        out = pd.DataFrame({"respondents": g.member_id.nunique(), "responses": g.size(),
                            "trust_mean": g.trust.mean().round(2), "trust_n": g.trust.count(),
                            "confidence_mean": g.confidence.mean().round(2), "confidence_n": g.confidence.count()})
        frames.append(out.join(_top_priorities(d, keys)))
    if not frames:
        return pd.DataFrame(columns=COLUMNS)
    out = pd.concat(frames).reset_index()
    sup = out.respondents < suppress_below
    figures = [c for c in COLUMNS[5:-1]]
    out[figures] = out[figures].astype(object).mask(sup.to_numpy()[:, None].repeat(len(figures), 1))
    for c in figures:
        if not c.startswith("prio") or c.endswith("_pct"):
            out[c] = pd.to_numeric(out[c], errors="coerce")
    out["respondents"] = np.where(sup, np.nan, out.respondents)
    out["suppressed"] = sup
    out["unit_name"] = out.unit.map(units.names).fillna("")
    out = out.rename(columns={"unit": "unit_code"})
    for c in COLUMNS:
        if c not in out:
            out[c] = None
    return out[COLUMNS].sort_values(["unit_code", "dimension", "group"]).reset_index(drop=True)
