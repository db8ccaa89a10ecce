"""Community profile: is a community as present among members as among residents, area by area?

For each unit (ward, LSOA or team area) and each community of a Census 2021 table (TS021 ethnic group, TS030
religion, TS029 main language...):

* resident share = the community's Census count / the residents of the unit at the same level of the table
  (categories listed as 'none' in the mapping, such as TS030 'Not answered', left out of both);
* member share = members placed in the community / members whose answer is placed at that level. Blank and
  'prefer not to say' answers are coverage (``coverage_pct``), unplaced answers are counted apart
  (``unplaced``): neither is ever counted as 'not in the community';
* a 95% Wilson interval for the member share; the representation ratio = member share / resident share, its
  interval the Wilson bounds over the resident share (the Census count taken as known: it is a full count);
* ``under_represented`` only where the community has at least ``min_residents`` residents in the unit and the
  ratio's upper bound is below ``ratio_below`` (default 0.8: even the most favourable reading of the members
  gives fewer than four in five of the members the residents' mix would give).

Member counts of 1 to ``suppress_below`` - 1 are suppressed (NULL), with the share, interval and ratio that
would disclose them; the flag stays (it names no one). Opted-out members are left out.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..io.consent import OPTED_OUT, assess
from .community_map import category_levels, excluded_categories, norm, place_answers
from .community_units import Units, census_units

Z95 = 1.959963984540054
BANDS = {"under": "Under-represented", "low": "Lower, not conclusive", "par": "About as residents",
         "high": "Higher than residents", "few": "Too few residents", "sup": "Suppressed or no answers"}


@dataclass(frozen=True)
class ProfileConfig:
    topic: str = "ethnic_group"          # the members' column: ethnic_group, religion or main_language
    min_residents: int = 100
    ratio_below: float = 0.8
    suppress_below: int = 5
    high_above: float = 1.25             # map band: 'higher than residents' above this ratio


def wilson(k, n, z: float = Z95):
    """95% Wilson score interval (lo, hi) for k successes in n (NaN where n is 0)."""
    k, n = np.asarray(k, float), np.asarray(n, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        den = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / den
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    bad = n <= 0
    return np.where(bad, np.nan, np.clip(centre - half, 0, 1)), np.where(bad, np.nan, np.clip(centre + half, 0, 1))


def current_members(members: pd.DataFrame) -> pd.DataFrame:
    """Members who have not opted out (opted-out members appear nowhere)."""
    return members[assess(members) != OPTED_OUT]


def residents(census: pd.DataFrame, units: Units, postcodes: pd.DataFrame, mapping, topic: str) -> pd.DataFrame:
    """Per unit x community: residents (the Census count), level, and the unit's residents at that level."""
    c = census[~census.category.map(norm).isin(excluded_categories(mapping, topic))]
    where = census_units(units, postcodes, c.area_code)
    c = c.assign(unit=c.area_code.astype(str).map(where).fillna(""),
                 level=c.category.map(category_levels(mapping, topic, c.category.unique())))
    c = c[c.unit != ""]
    r = c.groupby(["unit", "level", "category"], sort=True)["count"].sum().rename("residents").reset_index()
    r["residents_level"] = r.groupby(["unit", "level"]).residents.transform("sum")
    r.attrs["census_areas_outside"] = int((where == "").sum())
    return r


def member_counts(members: pd.DataFrame, units: Units, mapping, topic: str, levels: pd.DataFrame) -> list:
    """Per level: (level, per unit: members, blank, unplaced, answered; per unit x category: members placed)."""
    m = current_members(members)
    m = m.assign(unit=m.postcode.map(units.of_postcode).fillna(""))
    m = m[m.unit != ""]
    rows = []
    for level, cats in levels.groupby("level").category:
        placed = place_answers(m[topic], mapping, topic, cats.unique(), level)
        d = pd.DataFrame({"unit": m.unit.values, "placed": placed.values})
        g = d.groupby("unit")
        per_unit = pd.DataFrame({"members": g.size(), "blank": g.placed.apply(lambda s: int((s == "").sum())),
                                 "unplaced": g.placed.apply(lambda s: int(s.isna().sum()))})
        per_unit["answered"] = per_unit.members - per_unit.blank - per_unit.unplaced
        k = d[d.placed.notna() & (d.placed != "")].groupby(["unit", "placed"]).size().rename("k")
        rows.append((level, per_unit, k))
    return rows


def profile(members: pd.DataFrame, census: pd.DataFrame, units: Units, postcodes: pd.DataFrame, mapping,
            cfg: ProfileConfig) -> pd.DataFrame:
    """One row per unit x community (see the module's note); no personal field."""
    res = residents(census, units, postcodes, mapping, cfg.topic)
    parts = []
    for level, per_unit, k in member_counts(members, units, mapping, cfg.topic, res):
        r = res[res.level == level].join(per_unit, on="unit")
        r["members_in"] = k.reindex(pd.MultiIndex.from_arrays([r.unit, r.category])).fillna(0).values
        parts.append(r)
    out = pd.concat(parts, ignore_index=True) if parts else res.assign(members=0, blank=0, unplaced=0, answered=0,
                                                                       members_in=0)
    for c in ("members", "blank", "unplaced", "answered", "members_in"):
        out[c] = out[c].fillna(0).astype(np.int64)
    out.attrs.update(res.attrs)
    return _figures(out, units, cfg)


def _suppressed(out: pd.DataFrame, below: int) -> np.ndarray:
    """Counts of 1..below-1, shares behind fewer than ``below`` answers, and (secondary) the next smallest count
    of a unit and level where only one count is suppressed, so that no count follows from the others."""
    k = out.members_in.to_numpy()
    sup = ((k > 0) & (k < below)) | (out.answered.to_numpy() < below)
    key = out.unit.astype(str) + "|" + out.level.astype(str)
    lone = pd.Series(sup, index=out.index).groupby(key.values).transform("sum").to_numpy() == 1
    for _, idx in out[lone & ~sup & (k > 0)].groupby(key[lone & ~sup & (k > 0)].values).groups.items():
        sup[out.index.get_indexer([out.loc[idx, "members_in"].idxmin()])[0]] = True
    return sup


def _band(out: pd.DataFrame, cfg: ProfileConfig) -> np.ndarray:
    ratio = out.ratio.to_numpy(float)
    return np.select(
        [out.under_represented.to_numpy(), out.residents.to_numpy() < cfg.min_residents,
         out.suppressed.to_numpy() | np.isnan(ratio), ratio < cfg.ratio_below, ratio > cfg.high_above],
        [BANDS["under"], BANDS["few"], BANDS["sup"], BANDS["low"], BANDS["high"]], BANDS["par"])


def _figures(out: pd.DataFrame, units: Units, cfg: ProfileConfig) -> pd.DataFrame:
    n, k = out.answered.to_numpy(float), out.members_in.to_numpy(float)
    r = out.residents / out.residents_level.where(out.residents_level > 0)
    lo, hi = wilson(k, n)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(n > 0, k / n, np.nan)
        rr = r.to_numpy(float)
        out = out.assign(resident_share=r.round(4), member_share=share, share_lo=lo, share_hi=hi,
                         ratio=np.where(rr > 0, share / rr, np.nan), ratio_lo=np.where(rr > 0, lo / rr, np.nan),
                         ratio_hi=np.where(rr > 0, hi / rr, np.nan))
    out["under_represented"] = (out.residents >= cfg.min_residents) & (out.ratio_hi < cfg.ratio_below)
    out["suppressed"] = _suppressed(out, cfg.suppress_below)
    out["band"] = _band(out, cfg)
    out["coverage_pct"] = (100.0 * out.answered / out.members.where(out.members > 0)).round(1)
    hide = ["members_in", "member_share", "share_lo", "share_hi", "ratio", "ratio_lo", "ratio_hi"]
    sup = out.suppressed.to_numpy()
    for c in hide:
        out[c] = out[c].astype(float).mask(sup)
        out[c] = out[c].round(4) if c != "members_in" else out[c]
    out["unit_name"] = out.unit.map(units.names).fillna("")
    out["topic"] = cfg.topic
    out = out.rename(columns={"unit": "unit_code", "category": "community", "blank": "no_answer"})
    cols = ["unit_code", "unit_name", "topic", "level", "community", "residents", "residents_level",
            "resident_share", "members", "answered", "no_answer", "unplaced", "coverage_pct", "members_in",
            "member_share", "share_lo", "share_hi", "ratio", "ratio_lo", "ratio_hi", "under_represented", "band",
            "suppressed"]
    res = out[cols].sort_values(["unit_code", "level", "community"]).reset_index(drop=True)
    res.attrs.update(out.attrs)
    return res


def under_represented_units(table: pd.DataFrame) -> set:
    """Units where at least one community is flagged under-represented."""
    return set(table.loc[table.under_represented, "unit_code"])
