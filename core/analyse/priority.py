"""Priority streets: components, score, uncertainty, reasons and recommended actions.

Each street of the scope (the areas analysed: every area given, some of them, or a team's patch; see
:mod:`..link.scope` - whatever lies outside is left out of every figure and counted) gets seven components,
each on 0..1:

* ``harm``         harm-weighted crime in the period, as a percentile rank among the scope's streets;
* ``hot``          Getis-Ord Gi* over street segments (binary distance band on midpoints, self included),
                   the street's highest segment z-score, clip(z, 0, 4) / 4;
* ``trend``        the largest significant rise of a crime category on the previous period of the same
                   length (100% rise or more = 1), only between periods both fully covered by crime data;
* ``concern``      how far residents' chosen local priorities match the crime here: sum over categories of
                   (share of answers naming it) x (percentile rank of that crime here);
* ``confidence``   low trust and confidence: clip((4 - mean) / 3, 0, 1);
* ``vulnerability`` IMD decile ((10 - decile) / 9) and the classification group (``vulnerable_groups.csv``);
* ``engagement``   registration gap (1 - members per household / the scope's rate) and no door-knock visit in the
                   last ``visit_months`` months.

Survey and member figures are shrunk toward the street's area (empirical Bayes, :mod:`.samples`) and take
the area's value below the suppression threshold.  Crimes police.uk records at named places (car parks,
supermarkets...) are ranked apart as hot places (:mod:`.places`) and kept out of the street score unless
``places_apart`` is off.  score = 100 x sum(w_c x component_c) / sum(w_c); ranks by score, then harm, then
street id; streets with equal scores are marked as ties.  A bootstrap over members and their answers
(:mod:`.uncertainty`) gives each score a 90% interval and each rank a range.  Reasons (:mod:`.reasons`) cite
only what holds; actions come from the rule table ``resources/config/action_rules.csv``.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from ..config import config_path, read_config_csv
from ..errors import LptInputError
from ..i18n import tr
from ..link.link import LinkInputs, Links, point_in_area
from ..link.scope import apply as apply_scope, define as scope_of, left_out_sentence, street_points
from ..memory import give_back
from . import reasons as R
from . import samples
from .coverage import require
from .equality import equality_check
from .hotspots import concentration_share, distance_band, gi_star, one_band_a_run
from .insight import CRIME_FIELDS, Period, insight, load_harm_weights
from .places import hot_places, mark_places
from .ranks import combine as _combine, pct_rank  # noqa: F401  (pct_rank re-exported)
from .rules import apply_rules, load_rules
from .trends import bh_qvalues, compare, rise_detail
from .uncertainty import ReplicateJob, block_size, bootstrap_with
from .priority_config import COMPONENTS, PriorityConfig, PriorityWeights  # noqa: F401 - re-exported

MIN_UNIT_LENGTH = 50.0     # metres: what the report calls a short unit (core.io.streets.merge_units' default)
CATEGORY_LABEL = R.CATEGORY_LABEL


@dataclass
class PriorityResult:
    period: Period
    previous: Period
    streets: pd.DataFrame
    areas: pd.DataFrame
    summary: Dict[str, object]
    places: Optional[pd.DataFrame] = None
    equality: Optional[pd.DataFrame] = None
    checks: Optional[Dict[str, object]] = None     # issue #26: forecast table, crime risk, stability (forecast_run)


def previous_period(p: Period) -> Period:
    start = pd.Period(p.start, freq="M") - p.months
    end = pd.Period(p.start, freq="M") - 1
    return Period(str(start), str(end))


def combine(comp: pd.DataFrame, weights: Dict[str, float]):
    """Score 0..100 and each component's points: 100 x w_c x component_c / sum(w)."""
    return _combine(comp, weights, COMPONENTS)


# ------------------------------------------------------------------ crime components
def _segment_hotspots(links: Links, inp: LinkInputs, period: Period, weights: Dict[str, float], cfg: PriorityConfig):
    import shapely
    seg = inp.streets.sort_values("segment_id").reset_index(drop=True)
    c = links.crimes
    now = _in_period(c, period) & (c.segment_id.values >= 0)
    w_crime = c.crime_type[now].astype(str).map(weights).fillna(0.0).values
    harm = pd.Series(w_crime).groupby(c.segment_id.values[now]).sum()
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


FROM_NONE = 100.0          # a significant rise from none counts as the component's cap (a rise of 100% or more)


def _rises(cmp, selected: pd.Index) -> pd.DataFrame:
    """Per street and crime field, the significant rise in % (0 when none); a significant rise from no crimes in
    the previous period (its percentage undefined) counts as ``FROM_NONE``."""
    chg = cmp.streets.set_index("street_id").reindex(selected)

    def rise(f):
        sig = chg[f"{f}_sig"].fillna(False).astype(bool)
        pct = chg[f"{f}_pct"]
        from_none = sig & (chg[f"{f}_1"].fillna(0) == 0) & (chg[f"{f}_2"].fillna(0) > 0)
        return np.where(sig & pct.notna() & (pct > 0), pct, np.where(from_none, FROM_NONE, 0.0))
    return pd.DataFrame({f: rise(f) for f in CRIME_FIELDS.values()}, index=selected)


# ------------------------------------------------------------------ selection
def _street_areas(inp: LinkInputs, index: pd.Index) -> pd.Series:
    """Each street's area: the area holding the midpoint of its longest segment (the scope's rule)."""
    longest = street_points(inp.streets)
    areas = inp.areas.sort_values("area_code")
    ai = point_in_area(longest.mx.values, longest.my.values, areas.geometry.values)
    codes = areas.area_code.values
    return pd.Series(np.where(ai >= 0, codes[np.maximum(ai, 0)], ""), index=longest.index).reindex(index).fillna("")


def _select(st: pd.DataFrame) -> pd.Index:
    """The streets ranked: every street of the scope (the links were narrowed to it)."""
    if len(st) == 0:
        raise LptInputError(tr("no street lies in the chosen areas or patch"), "AREA_CODES", tr("widen the selection."))
    return st.index


def scoped(links: Links, inp: LinkInputs, cfg: PriorityConfig):
    """(links, inputs) narrowed to the areas asked for: ``cfg.areas`` / ``cfg.patch``, or every area given
    when the links are not narrowed yet (see :mod:`..link.scope`)."""
    if links.scope is not None and not cfg.areas and cfg.patch is None:
        return links, inp
    sc = scope_of(inp, cfg.areas, cfg.patch)
    inp, links = apply_scope(inp, links, sc)
    return links, inp


# ------------------------------------------------------------------ other components
def _vulnerability(sel: pd.DataFrame) -> np.ndarray:
    vul = read_config_csv(config_path("vulnerable_groups.csv"), ("classification", "code", "weight"), "vulnerable groups")
    imd_part = ((10.0 - sel.imd_decile) / 9.0).clip(0, 1)
    cls_part = pd.Series(np.nan, index=sel.index)
    for col in ("oac_supergroup", "acorn_category"):
        if col in sel and sel[col].notna().any():
            m = vul[vul.classification == col].set_index("code").weight.astype(float)
            cls_part = cls_part.fillna(sel[col].astype(str).map(m).fillna(0.0))
    return np.where(cls_part.notna(), 0.75 * imd_part.fillna(0.5) + 0.25 * cls_part, imd_part.fillna(0.0))


def _no_visits(links: Links, sel: pd.DataFrame, period: Period, months: int) -> Optional[pd.Series]:
    if links.visits is None:
        return None
    since = period.end_date - pd.DateOffset(months=months)
    d = pd.to_datetime(links.visits.date)
    visited = set(links.visits.street_id[(d > since) & (d <= period.end_date)].astype(str))
    return pd.Series(~sel.index.isin(visited), index=sel.index) & (sel.households.fillna(0) > 0)


def _engagement(gap: np.ndarray, no_visits: Optional[pd.Series]) -> np.ndarray:
    """From the registration gap (per street, or streets x replicates) and no recent visit (per street)."""
    gap = np.nan_to_num(gap)
    if no_visits is None:
        return gap
    return 0.7 * gap + 0.3 * _column(no_visits.values.astype(float), gap)


def _column(v: np.ndarray, like: np.ndarray) -> np.ndarray:
    """A per-street array shaped to broadcast against ``like`` (streets, or streets x replicates)."""
    return v.reshape((-1,) + (1,) * (np.ndim(like) - 1))


# ------------------------------------------------------------------ main
def prioritise(links: Links, inp: LinkInputs, period: Period, cfg: Optional[PriorityConfig] = None,
               progress=None, is_cancelled=None) -> PriorityResult:
    """Rank the streets of the selection for ``period``."""
    with one_band_a_run():        # the hot streets and the checks share one distance band, freed after the run
        return _prioritise(links, inp, period, cfg, progress, is_cancelled)


def _prioritise(links, inp, period, cfg, progress, is_cancelled) -> PriorityResult:
    cfg = cfg or PriorityConfig()
    progress = progress or (lambda f: None)
    w = cfg.weights.as_dict()
    links, inp = scoped(links, inp, cfg)
    harm_w = inp.harm_weights if inp.harm_weights is not None else load_harm_weights()
    prev = previous_period(period)
    cov_now = require(inp.crimes.month.astype(str), period)
    crimes = mark_places(links.crimes, cfg.places_path)
    slinks = replace(links, crimes=crimes[~crimes.place] if cfg.places_apart and crimes.place.any() else crimes)
    i_now = insight(slinks, inp, period, cfg.suppress_below)
    st, ar, force = i_now.streets.set_index("street_id"), i_now.areas.set_index("area_code"), i_now.force.iloc[0]
    st["area_code"] = _street_areas(inp, st.index)
    selected = _select(st)
    sel = st.loc[selected].copy()
    for col in ("imd_decile", "households", "reg_rate", "trust_mean", "confidence_mean"):   # optional inputs
        if col not in sel:
            sel[col] = np.nan
    # shorter than the minimum unit length, from the street's own length_m (the column the layer shows)
    sel["short_unit"] = (sel.length_m < MIN_UNIT_LENGTH).fillna(False).values
    force_rate = float(force.reg_rate) / 100.0 if pd.notna(force.get("reg_rate", np.nan)) else np.nan
    d = samples.build(slinks, sel, ar, period, samples.crime_ranks(sel), force_rate, cfg.suppress_below,
                      cfg.survey_months)
    d.k = samples.strengths(d)
    nv = _no_visits(slinks, sel, period, cfg.visit_months)
    # the bootstrap needs only the survey and member data and nothing needs its intervals until the summary: it
    # runs on the other core (NumPy and SciPy release the GIL) from here, while the previous period, the trends,
    # the hot streets and the scores are worked out and the ranking is explained and checked
    stop = threading.Event()
    cancelled = lambda: stop.is_set() or bool(is_cancelled and is_cancelled())     # noqa: E731
    with ThreadPoolExecutor(1, thread_name_prefix="lpt-bootstrap") as pool:
        job = _replicate_job(d, w, nv, cfg, cancelled)
        moving = pool.submit(job.run) if job is not None else None
        try:
            i_prev = insight(slinks, inp, prev, cfg.suppress_below)
            cmp = compare(slinks, inp, prev, period, cfg.alpha, cfg.suppress_below, insights=(i_prev, i_now))
            progress(30)
            hot, _ = _segment_hotspots(slinks, inp, period, harm_w, cfg)
            est = samples.estimate(d)
            progress(45)
            comp = pd.DataFrame(index=selected)
            comp["harm"] = pct_rank(sel.harm)
            hz = hot.z.reindex(selected).fillna(0.0)
            comp["hot"] = (hz.clip(0, 4) / 4.0).values
            rises = _rises(cmp, selected)
            comp["trend"] = (rises.max(axis=1) / 100.0).clip(0, 1)
            comp["concern"] = est["concern"]
            comp["confidence"] = est["confidence"]
            comp["vulnerability"] = _vulnerability(sel)
            comp["engagement"] = _engagement(est["reg_gap"], nv)
            comp = comp.clip(0, 1).fillna(0.0)
            score, points = combine(comp, w)
            out = _table(sel, comp, points, score, hot, hz, rises, est, d, nv, cfg)
            out = out.join(rise_detail(cmp.streets, out.rise_field))     # the counts and q-value a rise reason cites
            out.loc[out.rise_1.eq(0) & out.rise_field.notna(), "rise_pct"] = np.nan   # from none: no percentage
            progress(60)
            out, checks, places, eq = _explain_and_check(out, comp, rises, est, force_rate, slinks, inp, links,
                                                         crimes, st, ar, period, prev, harm_w, w, cfg, progress)
        except BaseException:
            stop.set()               # the bootstrap stops at its next block; the pool waits for it
            raise
        out = _with_intervals(out, _intervals(_finished(job, moving, stop), d, comp, w, cfg).set_index(selected))
    summary = _summary(out, cov_now, cmp, i_now, period, prev, w, cfg, crimes, places, d, eq, links.scope)
    summary["force"] = _scope_figures(i_now, crimes, period, harm_w)
    return PriorityResult(period, prev, out, _areas_rollup(out, ar, inp), summary, places, eq, checks)


def _explain_and_check(out, comp, rises, est, force_rate, slinks, inp, links, crimes, st, ar, period, prev, harm_w, w,
                       cfg, progress):
    """Ranks, reasons and actions of the scored streets; then the crime risk, forecast and stability checks (issue
    #26), the hot places and the equality check: (streets, checks, places, equality)."""
    out = _rank(out)
    progress(80)
    sentences = R.texts(out, {"tc": est["tc_force"], "reg": force_rate}, cfg.visit_months, cfg.suppress_below,
                        cfg.survey_months)
    pts = out[[f"{c}_pts" for c in COMPONENTS]].set_axis(COMPONENTS, axis=1)
    chosen = R.pick(pts, sentences, R.holds(out), COMPONENTS)
    for k in range(3):
        out[f"reason{k + 1}"] = [r[k] if len(r) > k else "" for r in chosen]
    out["reasons"] = ["; ".join(r) for r in chosen]
    out["actions"] = _actions(out, comp, rises, slinks, inp, cfg)
    out["period"], out["previous"] = period.name, prev.name
    out = out.reset_index()
    from .forecast_run import run_checks
    checks = run_checks(out, comp, slinks.crimes, inp.streets, period, harm_w, w, cfg.gi_distance, cfg.top_n)
    give_back()         # the checks' freed pages back to the system before the run's peak (the bootstrap's summary)
    progress(90)
    places = hot_places(crimes, period, prev, harm_w, st.name, ar.area_name, inp.streets)
    return out, checks, places, equality_check(out, inp, links, cfg.top_n)


def _with_intervals(out: pd.DataFrame, intervals: pd.DataFrame) -> pd.DataFrame:
    """The bootstrap's columns joined by street, placed before ``rank`` as the layer has always had them."""
    out = out.join(intervals, on="street_id")
    cols = [c for c in out.columns if c not in intervals.columns]
    at = cols.index("rank")
    return out[cols[:at] + list(intervals.columns) + cols[at:]]


def _scope_figures(i_now, crimes: pd.DataFrame, period: Period, harm_w: Dict[str, float]) -> Dict[str, object]:
    """The figures for the areas analysed: the scope's insight, its crimes and harm counting every crime of the
    period (those at named places too, which the street figures keep apart)."""
    now = _in_period(crimes, period)
    return dict(i_now.force.iloc[0].to_dict(), crimes=int(now.sum()),
                harm=float(crimes.crime_type[now].astype(str).map(harm_w).fillna(0.0).sum()))


def _in_period(crimes: pd.DataFrame, period: Period) -> np.ndarray:
    """Which crimes fall in the period (a mask: the frame is not copied)."""
    from .insight import _months_within
    return _months_within(crimes.month, period.start, period.end)


def _table(sel, comp, points, score, hot, hz, rises, est, d, nv, cfg) -> pd.DataFrame:
    out = sel.copy()
    for c in COMPONENTS:
        out[f"{c}_comp"] = comp[c].round(4)
        out[f"{c}_pts"] = points[c].round(2)
    out["score"] = score.round(2)
    out["gi_z"] = hz.round(3)
    out["gi_p"] = hot.p.reindex(sel.index)
    out["gi_q"] = hot.q.reindex(sel.index)
    out["hot"] = (out.gi_q < cfg.alpha) & (out.gi_z > 0)
    out["rise_field"] = rises.idxmax(axis=1).where(rises.max(axis=1) > 0)
    out["rise_pct"] = rises.max(axis=1).round(1)
    out["tc_est"] = np.round(est["tc_est"], 2)
    out["tc_n"] = est["tc_n"].astype(np.int64)
    out["tc_own"] = est["tc_own"]
    cat = est["concern_cat"]
    out["concern_top"] = [d.cats[j] if j >= 0 else "" for j in cat]
    out["concern_share"] = np.round(est["concern_share"], 3)
    out["concern_n"] = est["concern_n"].astype(np.int64)
    out["concern_own"] = est["concern_own"]
    out["reg_est"] = np.round(est["reg_est"], 4)
    out["no_recent_visits"] = nv.values if nv is not None else False
    return out


FIXED = ("harm", "hot", "trend", "vulnerability")        # components the same in every bootstrap replicate
MOVING = ("concern", "confidence", "engagement")        # re-estimated in each (survey and member figures)


def _fixed_part(comp: pd.DataFrame, w: Dict[str, float]) -> np.ndarray:
    """The part of each street's score from the crime and area components (per street, in ``comp``'s order)."""
    total = sum(w[c] for c in COMPONENTS)
    return sum(w[c] * comp[c].values for c in FIXED) * 100.0 / total


def _moving_part(e: Dict[str, np.ndarray], w: Dict[str, float], nv) -> np.ndarray:
    """The part from concern, confidence and the registration gap ``e`` gives (per street, or streets x
    replicates); with :func:`_fixed_part`, the score :func:`combine` gives."""
    total = sum(w[c] for c in COMPONENTS)
    return 100.0 / total * (w["concern"] * e["concern"] + w["confidence"] * e["confidence"] +
                            w["engagement"] * _engagement(e["reg_gap"], nv))


def _replicate_job(d, w, nv, cfg, is_cancelled) -> Optional[ReplicateJob]:
    """The bootstrap of the part of every street's score that moves between replicates (streets x replicates);
    None with no replicates asked for."""
    if cfg.replicates <= 0:
        return None
    return ReplicateJob(d, lambda e: _moving_part(e, w, nv), cfg.replicates, cfg.seed, is_cancelled,
                        block_size(d, cfg.replicates))


def _finished(job: Optional[ReplicateJob], moving, stop: threading.Event) -> Optional[np.ndarray]:
    """The bootstrap's figures, this thread working out the blocks the bootstrap thread has not reached yet."""
    if job is None:
        return None
    try:
        job.help(moving.done)
    except BaseException:
        stop.set()                   # cancelled here: the bootstrap thread stops at its next block too
        raise
    return moving.result()


def _intervals(moving: Optional[np.ndarray], d, comp, w, cfg) -> pd.DataFrame:
    """Score intervals, rank ranges and p_top from the replicates' moving part and the fixed one."""
    if moving is None:
        n = len(comp)
        return pd.DataFrame({"score_lo": np.nan, "score_hi": np.nan, "rank_best": np.zeros(n, np.int64),
                             "rank_worst": np.zeros(n, np.int64), "p_top": np.nan}, index=range(n))
    return bootstrap_with(moving, _fixed_part(comp, w), cfg.top_n, block_size(d, cfg.replicates))


def _rank(out: pd.DataFrame) -> pd.DataFrame:
    out = out.reset_index().sort_values(["score", "harm", "street_id"], ascending=[False, False, True])
    out["rank"] = np.arange(1, len(out) + 1)
    first = out.groupby("score", sort=False)["rank"].transform("min")
    out["tied"] = out.score.duplicated(keep=False).values
    # a tie reads "12=" (joint 12th): "=12" would be a formula to a spreadsheet, and so written "'=12" in a CSV
    out["rank_label"] = np.where(out.tied, first.astype(str) + "=", out["rank"].astype(str))
    return out.set_index("street_id")


def _actions(out, comp, rises, links, inp, cfg) -> List[str]:
    facts = out[[*CRIME_FIELDS.values(), "rank", "score", "crimes", "harm", "hot", "reg_rate", "households"]].copy()
    comp, rises = comp[COMPONENTS].reindex(out.index), rises[list(CRIME_FIELDS.values())].reindex(out.index)
    for c in COMPONENTS:
        facts[f"{c}_comp"] = comp[c]
    facts["concern_top"] = out.concern_top
    for f in CRIME_FIELDS.values():
        facts[f"rise_{f}"] = rises[f] > 0
    facts = facts.join(location_quotients(out))
    facts["no_recent_visits"] = out.no_recent_visits.astype(bool)
    facts["seldom_heard"] = _seldom_heard(links, inp, out)
    facts["confidence_mean"] = out.tc_est
    out["seldom_heard"] = facts.seldom_heard
    rules = load_rules(cfg.rules_path, facts)
    return apply_rules(facts, rules, cfg.rules_path)


def left_out(scope, period: Period, places_path: str = "") -> Dict[str, int]:
    """What the scope left out: crimes of the period, streets, hot places (named places with crime in the
    period) and members."""
    c = scope.crimes_outside(period.start, period.end)
    n_places = 0
    if len(c):
        at = mark_places(c, places_path)
        n_places = int(at[at.place][["easting", "northing"]].drop_duplicates().shape[0])
    return {"crimes": len(c), "streets": int(scope.streets_out), "hot places": n_places,
            "members": scope.members_outside(period.end_date)}


def _summary(out, cov_now, cmp, i_now, period, prev, w, cfg, crimes, places, d, eq, scope) -> Dict[str, object]:
    left = left_out(scope, period, cfg.places_path)
    notes = [left_out_sentence(scope.name, left, scope.members_outside(period.end_date, located=False))]
    if not cov_now.complete:
        notes.append(tr("Crime data is incomplete: {coverage}. Harm and hot streets use the months present.").format(
            coverage=cov_now.describe()))
    if cmp.note:
        notes.append(tr("Trends {note}, so the trend component is 0 for every street.").format(note=cmp.note))
    if i_now.reconciliation["responses"] == 0:
        notes.append(tr("No survey responses in {period}: concern and confidence components are 0.").format(
            period=period.name))
    now = _in_period(crimes, period)
    n = cfg.top_n
    top = out[out["rank"] <= n]
    return {"period": period.name, "previous": prev.name, "streets_ranked": len(out), "notes": notes,
            "scope": scope.name, "left_out": left,
            "hot_streets": int(out.hot.sum()), "weights": w, "gi_distance": cfg.gi_distance, "alpha": cfg.alpha,
            "concentration_top20": concentration_share(out.harm.values), "force": i_now.force.iloc[0].to_dict(),
            "places": len(places), "place_crimes": int(crimes.place.values[now].sum()), "crimes": int(now.sum()),
            "places_apart": cfg.places_apart, "shrinkage": dict(d.k), "survey_months": cfg.survey_months, "replicates": cfg.replicates, "top_n": n,
            "secure_top": int((top.p_top >= 0.9).sum()) if cfg.replicates else None,
            "within_reach": int(((out["rank"] > n) & (out.rank_best <= n)).sum()) if cfg.replicates else None,
            "ties_top": int(top.tied.sum()), "short_units": int(out.short_unit.sum()),
            "short_units_top": int(top.short_unit.sum()), "min_unit_length": MIN_UNIT_LENGTH,
            "equality": eq.attrs.get("sentences", []) if eq is not None else []}


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
    """The street's area has a community flagged under-represented by the community profile (Census 2021 ethnic
    group against members who answered, default thresholds; see :mod:`.community_profile`)."""
    if inp.ethnic is None or not len(inp.ethnic):
        return pd.Series(False, index=out.index)
    from .community_map import load_map
    from .community_profile import ProfileConfig, profile, under_represented_units
    from .community_units import area_units
    table = profile(links.members, inp.ethnic, area_units(links, inp), links.postcodes, load_map(), ProfileConfig())
    return out.area_code.astype(str).isin(under_represented_units(table))


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
