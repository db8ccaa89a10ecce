"""Empirical-Bayes shrinkage of small-sample street figures toward their area.

A street with 6 answers and a mean trust of 2.0 is mostly noise; one with 60 is not.  Each street figure is a
weighted mix of its own value and its area's, the weight given by how many answers (or households) stand
behind it against a prior strength ``k`` estimated from the data by the method of moments:

* proportions (a priority's share of answers, registrations per household): beta-binomial, estimate
  ``(x + k * p_area) / (n + k)``, with ``k = mu(1 - mu) / tau2 - 1`` where ``tau2`` is the spread of the
  streets' proportions around their areas' beyond what binomial sampling explains;
* means (trust and confidence on 1-5): normal-normal, ``(sum + k * m_area) / (n + k)``, ``k = sigma2 / tau2``.

``k`` is kept within [K_MIN, K_MAX]: with no between-street spread left, every street takes its area's value.
"""
from __future__ import annotations

import numpy as np

K_MIN, K_MAX = 1.0, 500.0


def _clip(k: float) -> float:
    return float(np.clip(k, K_MIN, K_MAX)) if np.isfinite(k) else K_MAX


def proportion_strength(x: np.ndarray, n: np.ndarray, p_area: np.ndarray) -> float:
    """Beta-binomial prior strength from counts ``x`` of ``n`` per street and the street's area proportion."""
    ok = (n >= 2) & np.isfinite(p_area)
    if ok.sum() < 3:
        return K_MAX
    x, n, p_area = x[ok], n[ok], p_area[ok]
    mu = x.sum() / n.sum()
    if mu <= 0 or mu >= 1:
        return K_MAX
    dev = x / n - p_area
    spread = np.average(dev ** 2, weights=n)
    tau2 = spread - mu * (1 - mu) * np.average(1.0 / n, weights=n)
    return _clip(mu * (1 - mu) / tau2 - 1.0) if tau2 > 1e-9 else K_MAX


def mean_strength(s: np.ndarray, ss: np.ndarray, n: np.ndarray, m_area: np.ndarray) -> float:
    """Normal prior strength from per-street sums ``s``, sums of squares ``ss`` and counts ``n``."""
    ok = (n >= 2) & np.isfinite(m_area)
    if ok.sum() < 3:
        return K_MAX
    s, ss, n, m_area = s[ok], ss[ok], n[ok], m_area[ok]
    mean = s / n
    sigma2 = (ss - n * mean ** 2).sum() / max((n - 1).sum(), 1.0)      # pooled within-street variance
    tau2 = np.average((mean - m_area) ** 2, weights=n) - sigma2 * np.average(1.0 / n, weights=n)
    return _clip(sigma2 / tau2) if tau2 > 1e-9 else K_MAX


def shrink(total: np.ndarray, n: np.ndarray, prior: np.ndarray, k: float) -> np.ndarray:
    """``(total + k * prior) / (n + k)``: a street's sum (or count) of ``n`` pulled toward ``prior``."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return (total + k * prior) / (n + k)


def shrink_like(total: np.ndarray, n: np.ndarray, prior: np.ndarray, k: float) -> np.ndarray:
    """:func:`shrink` for a ``prior`` array as large as the result (a figure per street, category and replicate),
    worked in one new array instead of three; the same arithmetic, so the same values."""
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.multiply(prior, k)
        out += total
        out /= n + k
    return out
