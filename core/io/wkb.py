"""Geometries as they arrive in layers: WKB that GEOS refuses and non-finite coordinates are found, not raised."""
from __future__ import annotations

from typing import Sequence

import numpy as np


def read_wkb(wkb: Sequence):
    """(shapely geometries, unreadable mask): a WKB GEOS refuses (a one-point line, a ring not closed) is None."""
    import shapely
    out = np.empty(len(wkb), dtype=object)
    bad = np.zeros(len(wkb), dtype=bool)
    given = [w is not None and len(w) > 0 for w in wkb]
    try:                                     # all readable (the usual case): one vectorised call
        out[np.flatnonzero(given)] = shapely.from_wkb([bytes(w) for w, g in zip(wkb, given) if g])
        return out, bad
    except shapely.errors.GEOSException:
        out[:] = None
    for i, w in enumerate(wkb):
        if w is None or not len(w):
            continue
        try:
            out[i] = shapely.from_wkb(bytes(w))
        except shapely.errors.GEOSException:
            bad[i] = True
    return out, bad


def finite_coordinates(geoms) -> np.ndarray:
    """True where every coordinate of the geometry is a finite number (missing geometries count as finite)."""
    import shapely
    ok = np.ones(len(geoms), dtype=bool)
    xy, part = shapely.get_coordinates(np.asarray(geoms, dtype=object), return_index=True)
    ok[np.unique(part[~np.isfinite(xy).all(axis=1)])] = False
    return ok
