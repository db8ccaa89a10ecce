"""The crimes of a priority run as plain arrays, built once for the checks of issue #26.

The crime risk, the baselines, the back-test, the one-month shift and the scoring of the months after each read
the same crimes for a different window of months.  At force scale (450,000 crimes) converting street ids and
month labels again for every window cost more than the ranking itself, so they are converted here once: the
street's position in the streets ranked, the month as a number, the harm weight and the map point of each crime.
A window is then a comparison of integers and a count per street a ``bincount``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Tuple

import numpy as np
import pandas as pd

from .insight import Period


@dataclass
class CrimeArrays:
    pos: np.ndarray      # per crime: position of its street in the streets ranked; -1 when not a ranked street
    month: np.ndarray    # per crime: year * 12 + month - 1; -1 when the month is unknown
    harm: np.ndarray     # per crime: harm weight (0 for a type without one)
    x: np.ndarray        # per crime: easting
    y: np.ndarray        # per crime: northing
    seg: np.ndarray      # per crime: segment_id (-1 when not linked to a segment)
    n: int               # number of streets ranked

    def within(self, p: Period) -> np.ndarray:
        """Mask of the crimes in the months of ``p``."""
        s, e = span(p)
        return (self.month >= s) & (self.month <= e)

    def upto(self, p: Period) -> np.ndarray:
        """Mask of the crimes of known month up to the end of ``p``."""
        return (self.month >= 0) & (self.month <= span(p)[1])

    def per_street(self, mask: np.ndarray, weights: np.ndarray = None) -> np.ndarray:
        """Crimes (or the sum of ``weights``) per ranked street among the crimes of ``mask``."""
        m = mask & (self.pos >= 0)
        w = np.ones(int(m.sum())) if weights is None else weights[m]
        return np.bincount(self.pos[m], weights=w, minlength=self.n).astype(float)


def month_no(label) -> int:
    """'YYYY-MM' (or a longer date) as year * 12 + month - 1."""
    y, m = str(label)[:7].split("-")
    return int(y) * 12 + int(m) - 1


def span(p: Period) -> Tuple[int, int]:
    return month_no(p.start), month_no(p.end)


def _by_category(values: pd.Series, convert) -> np.ndarray:
    """``convert`` applied once per distinct value (a list of the distinct values as text -> an array), then
    spread to every row; rows without a value get what ``convert`` gives for ''."""
    cat = values if isinstance(values.dtype, pd.CategoricalDtype) else values.astype("category")
    cats = [str(c) for c in cat.cat.categories]
    table = np.asarray(convert(cats + [""]))
    codes = cat.cat.codes.to_numpy().astype(np.int64)
    return table[np.where(codes >= 0, codes, len(cats))]


def _months(labels):
    out = []
    for m in labels:
        try:
            out.append(month_no(m))
        except ValueError:
            out.append(-1)
    return np.array(out, dtype=np.int64)


def crime_arrays(crimes: pd.DataFrame, index: pd.Index, harm_w: Dict[str, float]) -> CrimeArrays:
    """The arrays of ``crimes`` against the streets of ``index`` (street ids as text)."""
    pos = _by_category(crimes.street_id, lambda ids: index.get_indexer(pd.Index(ids, dtype=object)))
    pos = np.where(pos >= 0, pos, -1).astype(np.int64)
    harm = _by_category(crimes.crime_type, lambda t: [float(harm_w.get(k, 0.0)) for k in t])
    seg = crimes.segment_id.to_numpy() if "segment_id" in crimes else np.full(len(crimes), -1)
    return CrimeArrays(pos, _by_category(crimes.month, _months), harm.astype(float),
                       crimes.easting.to_numpy(float), crimes.northing.to_numpy(float),
                       pd.to_numeric(pd.Series(seg), errors="coerce").fillna(-1).to_numpy(np.int64), len(index))
