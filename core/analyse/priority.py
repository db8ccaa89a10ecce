"""Priority streets: components, score, ranked and explained, with recommended actions.

Each street in the selection (force, some areas, or a team's patch) gets seven
components, each on 0..1:

* ``harm``         harm-weighted crime in the period, as a percentile rank among the selected streets;
* ``hot``          Getis-Ord Gi* over street segments (binary distance band on midpoints, self included),
                   the street's highest segment z-score, clip(z, 0, 4) / 4;
* ``trend``        the largest significant rise of a crime category on the previous period of the same
                   length (100% rise or more = 1);
* ``concern``      how far residents' chosen local priorities match the crime here:
                   sum over categories of (share of answers naming it) x (percentile rank of that crime here);
                   the street's own answers, or its area's when fewer than the suppression threshold;
* ``confidence``   low trust and confidence: clip((4 - mean) / 3, 0, 1), street or area answers as above;
* ``vulnerability`` IMD decile ((10 - decile) / 9) and the classification group (``vulnerable_groups.csv``);
* ``engagement``   registration gap (1 - registration rate / force rate) and no door-knock visit in the last
                   ``visit_months`` months.

score = 100 x sum(w_c x component_c) / sum(w_c). Ranks are by score, then harm, then street id, so ties are
broken the same way every time. Reasons are the three largest contributions in plain words. Actions come from
the rule table ``resources/config/action_rules.csv``, and each action names its rule.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from ..config import config_path, priority_crime_types, read_config_csv
from ..errors import LptInputError
from .hotspots import concentration_share, distance_band, gi_star
from .insight import CRIME_FIELDS, Insight, Period, insight, load_harm_weights
from ..link.link import LinkInputs, Links, point_in_area
from .coverage import require
from .rules import apply_rules, load_rules
from .trends import bh_qvalues, compare

COMPONENTS = ["harm", "hot", "trend", "concern", "confidence", "vulnerability", "engagement"]
CATEGORY_LABEL = {"c_asb": "anti-social behaviour", "c_bicycle": "bicycle theft", "c_burglary": "burglary",
                  "c_damage": "criminal damage", "c_drugs": "drug crime", "c_other": "other crime",
                  "c_oth_theft": "theft", "c_weapons": "weapons possession", "c_pub_order": "public order offences",
                  "c_robbery": "robbery", "c_shoplift": "shoplifting", "c_person": "theft from the person",
                  "c_vehicle": "vehicle crime", "c_violence": "violence"}


@dataclass
class PriorityWeights:
    harm: float = 1.0
    hot: float = 1.0
    trend: float = 0.5
    concern: float = 1.0
    confidence: float = 1.0
    vulnerability: float = 0.75
    engagement: float = 0.75

    def as_dict(self) -> Dict[str, float]:
        d = {f.name: float(getattr(self, f.name)) for f in fields(self)}
        if any(v < 0 for v in d.values()) or sum(d.values()) <= 0:
            raise LptInputError("weights must be zero or more, and not all zero", "WEIGHTS", "")
        return d


@dataclass
class PriorityConfig:
    weights: PriorityWeights = field(default_factory=PriorityWeights)
    gi_distance: float = 400.0
    alpha: float = 0.05
    visit_months: int = 12
    suppress_below: int = 5
    rules_path: str = ""
    areas: Optional[List[str]] = None          # area codes to keep (None = whole force)
    patch: Optional[object] = None             # a shapely polygon (team's patch), EPSG:27700


@dataclass
class PriorityResult:
    period: Period
    previous: Period
    streets: pd.DataFrame
    areas: pd.DataFrame
    summary: Dict[str, object]


def previous_period(p: Period) -> Period:
    start = pd.Period(p.start, freq="M") - p.months
    end = pd.Period(p.start, freq="M") - 1
    return Period(str(start), str(end))


def pct_rank(v: pd.Series) -> pd.Series:
    """Percentile rank in (0, 1]; zero stays zero."""
    r = v.rank(method="average", pct=True)
    return r.where(v > 0, 0.0).fillna(0.0)


def combine(comp: pd.DataFrame, weights: Dict[str, float]):
    """Score 0..100 and each component's points: 100 x w_c x component_c / sum(w)."""
    total = sum(weights[c] for c in COMPONENTS)
    pts = pd.DataFrame({c: weights[c] * comp[c] * 100.0 / total for c in COMPONENTS}, index=comp.index)
    return pts.sum(axis=1), pts


# ------------------------------------------------------------------ main
def _segment_hotspots(links: Links, inp: LinkInputs, period: Period, weights: Dict[str, float], cfg: PriorityConfig):
    import shapely
    seg = inp.streets.sort_values("segment_id").reset_index(drop=True)
    c = links.crimes[(links.crimes.month >= period.start) & (links.crimes.month <= period.end) &
                     (links.crimes.segment_id >= 0)]
    w_crime = c.crime_type.astype(str).map(weights).fillna(0.0).values
    harm = pd.Series(w_crime).groupby(c.segment_id.values).sum()
    x = harm.reindex(seg.segment_id.values).fillna(0.0).values
    mid = shapely.line_interpolate_point(seg.geometry.values, 0.5, normalized=True)
    mx, my = shapely.get_x(mid), shapely.get_y(mid)
    z, p = gi_star(x, distance_band(mx, my, cfg.gi_distance))
    q = bh_qvalues(p)
    df = pd.DataFrame({"street_id": seg.street_id.astype(str).values, "z": z, "p": p, "q": q, "mx": mx, "my": my,
                       "length": shapely.length(seg.geometry.values)})
    best = df.sort_values(["street_id", "z"], ascending=[True, False]).drop_duplicates("street_id")
    longest = df.sort_values(["street_id", "length"], ascending=[True, False]).drop_duplicates("street_id")
    return best.set_index("street_id"), longest.set_index("street_id")


def _concern(st: pd.DataFrame, ar: pd.DataFrame, links: Links, period: Period, suppress: int, selected: pd.Index):
    """Concern component, the top matched priority and the answers behind it."""
    cat_fields = {cat: [CRIME_FIELDS[t] for t in types if t in CRIME_FIELDS]
                  for cat, types in priority_crime_types().items()}
    sub = pd.to_datetime(links.surveys.submitted, errors="coerce")
    s = links.surveys[(sub >= period.start_date) & (sub <= period.end_date) & (links.surveys.priorities != "")]
    shares = {}
    for key, col in (("street", "street_id"), ("area", "area_code")):
        ex = s[[col, "priorities"]].assign(cat=s.priorities.str.split("|")).explode("cat")
        n = s.groupby(col, observed=True).size()
        cnt = ex.groupby([col, "cat"], observed=True).size().unstack(fill_value=0)
        shares[key] = (cnt.div(n, axis=0), n)
    sh_st, n_st = shares["street"]
    sh_ar, n_ar = shares["area"]
    n_street = n_st.reindex(selected).fillna(0)
    own = n_street >= suppress
    rows = []
    sel = st.loc[selected]
    for cat, flds in cat_fields.items():
        if not flds:
            continue
        count = sel[flds].sum(axis=1)
        r_k = pct_rank(count)
        p_st = sh_st[cat].reindex(selected).fillna(0) if cat in sh_st else pd.Series(0.0, index=selected)
        p_ar = sel.area_code.map(sh_ar[cat]).fillna(0) if cat in sh_ar else pd.Series(0.0, index=selected)
        p_k = p_st.where(own, p_ar)
        rows.append(pd.DataFrame({"cat": cat, "p": p_k, "r": r_k, "contrib": p_k * r_k, "count": count}))
    if not rows:
        return pd.Series(0.0, index=selected), pd.DataFrame(index=selected)
    long = pd.concat(rows).reset_index().rename(columns={"index": "street_id"})
    comp = long.groupby("street_id").contrib.sum().clip(0, 1)
    top = long.sort_values(["street_id", "contrib", "cat"], ascending=[True, False, True]).drop_duplicates("street_id")
    top = top.set_index("street_id")
    top["n_answers"] = n_street.where(own, sel.area_code.map(n_ar).fillna(0)).reindex(top.index)
    top["source"] = np.where(own.reindex(top.index), "street", "area")
    return comp.reindex(selected).fillna(0.0), top


def prioritise(links: Links, inp: LinkInputs, period: Period, cfg: Optional[PriorityConfig] = None,
               progress=None) -> PriorityResult:
    """Rank the streets of the selection for ``period``."""
    import shapely
    cfg = cfg or PriorityConfig()
    progress = progress or (lambda f: None)
    w = cfg.weights.as_dict()
    harm_w = inp.harm_weights if inp.harm_weights is not None else load_harm_weights()
    prev = previous_period(period)
    cov_now = require(inp.crimes.month.astype(str), period)
    i_now = insight(links, inp, period, cfg.suppress_below)
    i_prev = insight(links, inp, prev, cfg.suppress_below)
    cmp = compare(links, inp, prev, period, cfg.alpha, cfg.suppress_below, insights=(i_prev, i_now))
    progress(40)
    st = i_now.streets.set_index("street_id")
    ar = i_now.areas.set_index("area_code")
    force = i_now.force.iloc[0]
    hot, longest = _segment_hotspots(links, inp, period, harm_w, cfg)
    # each street's area: the area holding the midpoint of its longest segment
    ai = point_in_area(longest.mx.values, longest.my.values, inp.areas.sort_values("area_code").geometry.values)
    codes = inp.areas.sort_values("area_code").area_code.values
    st["area_code"] = pd.Series(np.where(ai >= 0, codes[np.maximum(ai, 0)], ""), index=longest.index).reindex(st.index).fillna("")
    # selection
    keep = pd.Series(True, index=st.index)
    if cfg.areas:
        unknown = set(cfg.areas) - set(ar.index)
        if unknown:
            raise LptInputError(f"unknown area code(s): {', '.join(sorted(unknown))}", "AREA_CODES",
                                "use codes from the areas layer.")
        keep &= st.area_code.isin(cfg.areas)
    if cfg.patch is not None:
        inside = shapely.contains_xy(cfg.patch, longest.mx.reindex(st.index).values, longest.my.reindex(st.index).values)
        keep &= inside
    selected = st.index[keep.values]
    if len(selected) == 0:
        raise LptInputError("no street lies in the chosen areas or patch", "AREA_CODES", "widen the selection.")
    sel = st.loc[selected].copy()
    for col in ("imd_decile", "households", "reg_rate", "trust_mean", "confidence_mean"):   # optional inputs
        if col not in sel:
            sel[col] = np.nan
    progress(55)

    # ---- components
    comp = pd.DataFrame(index=selected)
    comp["harm"] = pct_rank(sel.harm)
    hz = hot.z.reindex(selected).fillna(0.0)
    comp["hot"] = (hz.clip(0, 4) / 4.0).values
    chg = cmp.streets.set_index("street_id").reindex(selected)
    rises = pd.DataFrame({f: np.where(chg[f"{f}_sig"].fillna(False).astype(bool) & (chg[f"{f}_pct"] > 0) &
                                      chg[f"{f}_pct"].notna(), chg[f"{f}_pct"], 0.0)
                          for f in CRIME_FIELDS.values()}, index=selected)
    comp["trend"] = (rises.max(axis=1) / 100.0).clip(0, 1)
    comp["concern"], top_concern = _concern(st, ar, links, period, cfg.suppress_below, selected)
    own_n = sel[["trust_n", "confidence_n"]].min(axis=1)
    tc_street = sel[["trust_mean", "confidence_mean"]].mean(axis=1)
    tc_area = sel.area_code.map(ar[["trust_mean", "confidence_mean"]].mean(axis=1))
    tc = tc_street.where(own_n >= cfg.suppress_below, tc_area)
    comp["confidence"] = ((4.0 - tc) / 3.0).clip(0, 1).fillna(0.0)
    vul = read_config_csv(config_path("vulnerable_groups.csv"), ("classification", "code", "weight"), "vulnerable groups")
    imd_part = ((10.0 - sel.imd_decile) / 9.0).clip(0, 1) if "imd_decile" in sel else pd.Series(np.nan, index=selected)
    cls_part = pd.Series(np.nan, index=selected)
    for cls, col in (("oac_supergroup", "oac_supergroup"), ("acorn_category", "acorn_category")):
        if col in sel and sel[col].notna().any():
            m = vul[vul.classification == cls].set_index("code").weight.astype(float)
            cls_part = cls_part.fillna(sel[col].astype(str).map(m).fillna(0.0))
    comp["vulnerability"] = np.where(cls_part.notna(), 0.75 * imd_part.fillna(0.5) + 0.25 * cls_part,
                                     imd_part.fillna(0.0))
    force_rate = float(force.reg_rate) if pd.notna(force.get("reg_rate", np.nan)) else np.nan
    gap = (1.0 - sel.reg_rate / force_rate).clip(0, 1) if force_rate and force_rate > 0 else pd.Series(np.nan, index=selected)
    gap = gap.where(sel.households > 0)
    no_visits = pd.Series(False, index=selected)
    if links.visits is not None:
        since = period.end_date - pd.DateOffset(months=cfg.visit_months)
        v = links.visits[(pd.to_datetime(links.visits.date) > since) & (pd.to_datetime(links.visits.date) <= period.end_date)]
        visited = set(v.street_id.astype(str))
        no_visits = ~selected.isin(visited)
        no_visits = pd.Series(no_visits, index=selected) & (sel.households.fillna(0) > 0)
        comp["engagement"] = (0.7 * gap.fillna(0.0) + 0.3 * no_visits.astype(float)).values
    else:
        comp["engagement"] = gap.fillna(0.0).values
    comp = comp.clip(0, 1).fillna(0.0)
    progress(70)

    # ---- score, rank
    score, points = combine(comp, w)
    out = sel.copy()
    for c in COMPONENTS:
        out[f"{c}_comp"] = comp[c].round(4)
        out[f"{c}_pts"] = points[c].round(2)
    out["score"] = score.round(2)
    out["gi_z"] = hz.round(3)
    out["gi_p"] = hot.p.reindex(selected)
    out["gi_q"] = hot.q.reindex(selected)
    out["hot"] = (out.gi_q < cfg.alpha) & (out.gi_z > 0)
    out = out.reset_index().sort_values(["score", "harm", "street_id"], ascending=[False, False, True])
    out["rank"] = np.arange(1, len(out) + 1)
    out = out.set_index("street_id")

    # ---- reasons
    f_tc = force[["trust_mean", "confidence_mean"]].mean()
    texts = pd.DataFrame(index=out.index)
    crime_desc = out[list(CRIME_FIELDS.values())].apply(
        lambda r: ", ".join(f"{int(v)} {CATEGORY_LABEL[k]}" for k, v in r.sort_values(ascending=False).head(2).items() if v > 0),
        axis=1)
    texts["harm"] = "Harm-weighted crime in the top " + (100 - comp.harm.reindex(out.index) * 100 + 1).clip(1, 100) \
        .round(0).astype(int).astype(str) + "% of streets (" + out.crimes.astype(str) + " crimes: " + crime_desc + ")"
    qtxt = out.gi_q.map(lambda q: "q < 0.001" if q < 0.001 else f"q = {q:.3f}")
    texts["hot"] = "Hot street: Gi* z = " + out.gi_z.round(1).astype(str) + np.where(
        out.hot, ", significant after FDR (" + qtxt + ")", ", not significant after FDR")
    rise_field = rises.reindex(out.index).idxmax(axis=1)
    rise_pct = rises.reindex(out.index).max(axis=1)
    texts["trend"] = rise_field.map(lambda f: CATEGORY_LABEL.get(f, f)).str.capitalize() + " up " + \
        rise_pct.round(0).astype(int).astype(str) + "% on the previous period (significant)"
    tc_ = top_concern.reindex(out.index)
    texts["concern"] = "Top local priority: " + tc_.cat.fillna("") + ", " + (100 * tc_.p.fillna(0)).round(0).astype(int) \
        .astype(str) + "% of " + tc_.n_answers.fillna(0).astype(int).astype(str) + " answers" + \
        np.where(tc_.source == "area", " in the area", "") + ", and it happens here"
    texts["confidence"] = "Trust and confidence " + tc.reindex(out.index).round(1).astype(str) + "/5 (force " + \
        f"{f_tc:.1f})" + np.where((own_n.reindex(out.index) < cfg.suppress_below), " in the area", "")
    texts["vulnerability"] = np.where(out.imd_decile.notna(), "IMD decile " + out.imd_decile.fillna(0).astype(int)
                                      .astype(str), "Deprived classification group") + \
        (" (OAC supergroup " + out.oac_supergroup.fillna("").astype(str) + ")" if "oac_supergroup" in out else "")
    force_rate_txt = f"{force_rate:.0f}%" if force_rate == force_rate else "n/a"
    texts["engagement"] = out.reg_rate.fillna(0).round(0).astype(int).astype(str) + "% of households registered " \
        "(force " + force_rate_txt + ")" + np.where(no_visits.reindex(out.index).fillna(False),
                                                     f", no door-knock visits in {cfg.visit_months} months", "")
    pts = out[[f"{c}_pts" for c in COMPONENTS]]
    pts.columns = COMPONENTS
    # a reason is given only when what it cites holds: "Hot street" only for streets flagged hot (significant
    # after FDR); the other components' texts state their own figures
    cites = pd.DataFrame(True, index=out.index, columns=COMPONENTS)
    cites["hot"] = out.hot.astype(bool)
    order = np.argsort(-pts.values, axis=1, kind="stable")
    reasons = []
    for i, sid in enumerate(out.index):
        eligible = [j for j in order[i] if pts.iat[i, j] >= 1.0 and cites.iat[i, j]]
        reasons.append([texts.at[sid, COMPONENTS[j]] for j in eligible[:3]])
    for k in range(3):
        out[f"reason{k + 1}"] = [r[k] if len(r) > k else "" for r in reasons]
    out["reasons"] = ["; ".join(r) for r in reasons]

    # ---- actions
    facts = out[[*CRIME_FIELDS.values(), "rank", "score", "crimes", "harm", "hot", "reg_rate", "households"]].copy()
    for c in COMPONENTS:
        facts[f"{c}_comp"] = comp[c].reindex(out.index)
    facts["concern_top"] = tc_.cat.where(tc_.contrib > 0).fillna("")
    for f in CRIME_FIELDS.values():
        facts[f"rise_{f}"] = rises[f].reindex(out.index) > 0
    facts = facts.join(location_quotients(out))
    facts["no_recent_visits"] = no_visits.reindex(out.index).fillna(False)
    facts["seldom_heard"] = _seldom_heard(links, inp, out)
    facts["confidence_mean"] = tc.reindex(out.index)
    rules = load_rules(cfg.rules_path, facts)
    out["actions"] = apply_rules(facts, rules, cfg.rules_path)
    out["seldom_heard"] = facts.seldom_heard
    out["period"] = period.name
    out["previous"] = prev.name
    out = out.reset_index()
    progress(90)

    # ---- areas roll-up
    areas = _areas_rollup(out, ar, inp)
    notes = []
    if not cov_now.complete:
        notes.append(f"Crime data is incomplete: {cov_now.describe()}. Harm and hot streets use the months present.")
    if cmp.note:
        notes.append(f"Trends {cmp.note}, so the trend component is 0 for every street.")
    if i_now.reconciliation["responses"] == 0:
        notes.append(f"No survey responses in {period.name}: concern and confidence components are 0.")
    summary = {"period": period.name, "previous": prev.name, "streets_ranked": len(out), "notes": notes,
               "hot_streets": int(out.hot.sum()), "weights": w, "gi_distance": cfg.gi_distance, "alpha": cfg.alpha,
               "concentration_top20": concentration_share(out.harm.values),
               "force": i_now.force.iloc[0].to_dict()}
    return PriorityResult(period, prev, out, areas, summary)


def location_quotients(streets: pd.DataFrame) -> pd.DataFrame:
    """``lq_<type>``: the type's share of the street's crimes over its share of all crimes in the selection
    (1 = as everywhere, 2 = twice as concentrated here); 0 for streets without crime. Crime-type actions use it,
    so that a burglary action needs burglary concentrated on the street itself, not all-crime hotness."""
    counts = streets[list(CRIME_FIELDS.values())].astype(float)
    total = counts.sum(axis=1)
    overall = counts.sum() / max(float(total.sum()), 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        lq = counts.div(total.where(total > 0), axis=0) / overall.where(overall > 0)
    return lq.fillna(0.0).round(3).add_prefix("lq_")


def _seldom_heard(links: Links, inp: LinkInputs, out: pd.DataFrame) -> pd.Series:
    """Census non-White share of the street's LSOA at least 15%, and members' answered share under half of it."""
    if inp.ethnic is None or not len(inp.ethnic):
        return pd.Series(False, index=out.index)
    e = inp.ethnic
    tot = e.groupby("area_code")["count"].sum()
    white = e[e.category.str.startswith("White")].groupby("area_code")["count"].sum()
    census_nw = (1 - white.reindex(tot.index).fillna(0) / tot).fillna(0)
    pc = links.postcodes
    street_lsoa = pc[pc.street_id != ""].groupby("street_id", observed=True).lsoa21.agg(
        lambda s: s.value_counts().index[0] if len(s) else "")
    m = links.members[(links.members.ethnic_group != "") & (links.members.area_code != "")]
    mem_nw = (~m.ethnic_group.str.startswith("White")).groupby(m.area_code, observed=True).mean()
    lsoa = pd.Series(street_lsoa, dtype=object).reindex(out.index)
    c_share = lsoa.map(census_nw)
    m_share = out.area_code.map(mem_nw)
    return ((c_share >= 0.15) & (m_share < 0.5 * c_share)).fillna(False)


def _areas_rollup(st: pd.DataFrame, ar: pd.DataFrame, inp: LinkInputs) -> pd.DataFrame:
    st = st[st.area_code != ""]          # streets outside every area are ranked but belong to no area
    g = st.groupby("area_code")
    top = st.sort_values("rank").drop_duplicates("area_code").set_index("area_code")
    out = pd.DataFrame({
        "streets": g.size(), "hot_streets": g.hot.sum(), "top_street": top.name, "top_score": top.score,
        "top_rank": top["rank"], "mean_top5": g.score.apply(lambda s: s.nlargest(5).mean()).round(2),
        "streets_top20": g["rank"].apply(lambda r: int((r <= 20).sum())),
        "harm": g.harm.sum(), "crimes": g.crimes.sum(),
        "conc_top20": g.harm.apply(lambda h: concentration_share(h.values)).round(3)})
    for c in COMPONENTS:
        out[f"{c}_comp"] = g[f"{c}_comp"].mean().round(3)
    out = out.join(ar[["area_name"]], how="left")
    out = out.sort_values(["mean_top5", "top_score"], ascending=False)
    out["rank"] = np.arange(1, len(out) + 1)
    out["top_reasons"] = top.reasons.reindex(out.index).fillna("")
    geoms = inp.areas.set_index("area_code").geometry
    out["geometry"] = geoms.reindex(out.index).values
    return out.reset_index()
