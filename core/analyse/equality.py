"""Equality check for the priority list (public sector equality duty).

Before acting on a ranked list an analyst must see whom it falls on.  For the top ``top_n`` streets against
all ranked streets: the Census 2021 (TS021) share of residents in ethnic groups other than White in each
street's LSOA, and its deprivation (IMD decile).  Then the association of the score, and of each component's
points, with that share after crime controls: ordinary least squares of points on the share (per 10
percentage points) with the street's own crimes, its harm and the crimes on streets within 400 m as controls,
standard errors clustered by LSOA (CR1).  Reported as an estimate with a 95% interval in plain words; it is an
association in the data, never a causal claim.
"""
from __future__ import annotations

import math
from typing import List, Optional

import numpy as np
import pandas as pd

from ..i18n import tr
from ..link.link import Links

COMPONENTS = ["harm", "hot", "trend", "concern", "confidence", "vulnerability", "engagement"]
COLUMNS = ["measure", "estimate", "ci_low", "ci_high", "p_value", "streets", "lsoas", "sentence"]


def non_white_share(ethnic: pd.DataFrame) -> pd.Series:
    """Census 2021 TS021: share of residents not in the White groups, per LSOA."""
    tot = ethnic.groupby("area_code")["count"].sum()
    white = ethnic[ethnic.category.str.startswith("White")].groupby("area_code")["count"].sum()
    return (1 - white.reindex(tot.index).fillna(0) / tot.where(tot > 0)).dropna()


def street_lsoa(links: Links) -> pd.Series:
    """Each street's LSOA 2021: the one most of its postcodes lie in."""
    pc = links.postcodes[(links.postcodes.street_id != "") & (links.postcodes.lsoa21 != "")]
    if pc.empty:
        return pd.Series(dtype=object)
    cnt = pc.groupby([pc.street_id.astype(str), pc.lsoa21.astype(str)]).size().rename("n").reset_index()
    cnt.columns = ["street_id", "lsoa21", "n"]
    cnt = cnt.sort_values(["street_id", "n", "lsoa21"], ascending=[True, False, True]).drop_duplicates("street_id")
    return cnt.set_index("street_id").lsoa21


def cluster_ols(y: np.ndarray, X: np.ndarray, groups: np.ndarray):
    """Coefficients and CR1 cluster-robust standard errors."""
    n, k = X.shape
    xtx_inv = np.linalg.pinv(X.T @ X)
    beta = xtx_inv @ X.T @ y
    u = y - X @ beta
    _, g = np.unique(groups, return_inverse=True)
    scores = np.zeros((g.max() + 1, k))
    np.add.at(scores, g, X * u[:, None])
    G = scores.shape[0]
    meat = scores.T @ scores
    v = xtx_inv @ meat @ xtx_inv * (G / max(G - 1, 1)) * ((n - 1) / max(n - k, 1))
    return beta, np.sqrt(np.clip(np.diag(v), 0, None)), G


def _neighbour_crimes(out: pd.DataFrame, distance: float = 400.0) -> np.ndarray:
    import shapely
    mid = shapely.centroid(out.geometry.values)
    tree = shapely.STRtree(mid)
    a, b = tree.query(mid, predicate="dwithin", distance=distance)
    keep = a != b
    return np.bincount(a[keep], weights=out.crimes.values[b[keep]].astype(float), minlength=len(out))


def _p(z: float) -> float:
    return math.erfc(abs(z) / math.sqrt(2))


def _words(measure: str, est: float, lo: float, hi: float, p: float) -> str:
    v = dict(component=measure, est=est, size=abs(est), lo=lo, hi=hi)
    if p >= 0.05:
        return (tr("The score shows no clear association with the ethnic mix after crime controls ({est:+.2f} points "
                   "per 10 percentage points, 95% interval {lo:+.2f} to {hi:+.2f}).") if measure == "score" else
                tr("The {component} component shows no clear association with the ethnic mix after crime controls "
                   "({est:+.2f} points per 10 percentage points, 95% interval {lo:+.2f} to {hi:+.2f}).")).format(**v)
    return _association(measure, est > 0).format(**v) + " " + \
        tr("This is an association, not a cause: check why before acting on the list.")


def _association(measure: str, higher: bool) -> str:
    """The sentence of a clear association, by measure (the score, a component) and direction."""
    if measure == "score":
        return tr("The score is {size:.2f} points higher per 10 percentage points more residents from ethnic minority "
                  "groups, after allowing for each street's own crime, its harm and crime within 400 m (95% interval "
                  "{lo:+.2f} to {hi:+.2f}).") if higher else \
            tr("The score is {size:.2f} points lower per 10 percentage points more residents from ethnic minority "
               "groups, after allowing for each street's own crime, its harm and crime within 400 m (95% interval "
               "{lo:+.2f} to {hi:+.2f}).")
    return tr("The {component} component is {size:.2f} points higher per 10 percentage points more residents from "
              "ethnic minority groups, after allowing for each street's own crime, its harm and crime within 400 m "
              "(95% interval {lo:+.2f} to {hi:+.2f}).") if higher else \
        tr("The {component} component is {size:.2f} points lower per 10 percentage points more residents from "
           "ethnic minority groups, after allowing for each street's own crime, its harm and crime within 400 m "
           "(95% interval {lo:+.2f} to {hi:+.2f}).")


def equality_check(out: pd.DataFrame, inp, links, top_n: int) -> Optional[pd.DataFrame]:
    """Table of associations (score and each component) with ``attrs['sentences']`` for the report."""
    if inp.ethnic is None or not len(inp.ethnic):
        t = pd.DataFrame(columns=COLUMNS)
        t.attrs["sentences"] = [tr("Equality check not made: no Census 2021 ethnic group table (TS021) was given.")]
        return t
    lsoa = street_lsoa(links).reindex(out.street_id.astype(str)).values
    nw = pd.Series(lsoa).map(non_white_share(inp.ethnic)).values.astype(float)
    sentences = _compare_top(out, nw, top_n)
    ok = np.isfinite(nw) & pd.notna(lsoa)
    if ok.sum() < 30 or len(set(lsoa[ok])) < 10:
        t = pd.DataFrame(columns=COLUMNS)
        t.attrs["sentences"] = sentences + [tr("Too few streets with a Census LSOA to estimate the association.")]
        return t
    X = np.column_stack([np.ones(ok.sum()), 10.0 * nw[ok], np.log1p(out.crimes.values[ok].astype(float)),
                         out.harm.values[ok].astype(float), np.log1p(_neighbour_crimes(out)[ok])])
    rows = []
    for measure, col in [("score", "score")] + [(c, f"{c}_pts") for c in COMPONENTS]:
        beta, se, G = cluster_ols(out[col].values[ok].astype(float), X, lsoa[ok])
        est, s = float(beta[1]), float(se[1])
        p = _p(est / s) if s > 0 else (0.0 if est else 1.0)
        lo, hi = est - 1.96 * s, est + 1.96 * s
        rows.append([measure, round(est, 3), round(lo, 3), round(hi, 3), round(p, 4), int(ok.sum()), G,
                     _words(measure, est, lo, hi, p)])
    t = pd.DataFrame(rows, columns=COLUMNS)
    t.attrs["sentences"] = sentences + [t.sentence.iat[0]] + [s for s, p, m in zip(t.sentence, t.p_value, t.measure)
                                                              if m != "score" and p < 0.05]
    return t


def _compare_top(out: pd.DataFrame, nw: np.ndarray, top_n: int) -> List[str]:
    top = out["rank"].values <= top_n
    s = []
    if np.isfinite(nw[top]).any():
        s.append(tr("Residents from ethnic minority groups (Census 2021): {top:.0f}% on average in the LSOAs of the "
                    "top {n} streets, {all:.0f}% across all ranked streets.").format(
            top=100 * np.nanmean(nw[top]), n=top_n, all=100 * np.nanmean(nw)))
    imd = out.imd_decile.values.astype(float) if "imd_decile" in out else np.full(len(out), np.nan)
    if np.isfinite(imd[top]).any():
        s.append(tr("Deprivation: {top:.0f}% of the top {n} streets are in the most deprived 20% of England (IMD "
                    "deciles 1-2), against {all:.0f}% of all ranked streets.").format(
            top=100 * np.nanmean(imd[top] <= 2), n=top_n, all=100 * np.nanmean(imd[np.isfinite(imd)] <= 2)))
    return s
