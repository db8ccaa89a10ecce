"""Coordinate handling: everything metric is British National Grid (EPSG:27700)."""
from __future__ import annotations

from functools import lru_cache
from typing import Tuple

import numpy as np

from ..errors import LptInputError
from ..i18n import tr

BNG = "EPSG:27700"
# generous bounds of the British National Grid (Great Britain incl. Shetland and Scilly)
BNG_BOUNDS = (-10_000.0, -10_000.0, 710_000.0, 1_300_000.0)


def parse_crs(text: str, path: str = ""):
    """Return a pyproj CRS for a user string (EPSG:4326, 27700, a WKT...), or raise a clear error."""
    import pyproj
    t = str(text or "").strip()
    if t.isdigit():
        t = "EPSG:" + t
    try:
        return pyproj.CRS.from_user_input(t)
    except Exception:
        raise LptInputError(tr("unknown coordinate reference system '{crs}'").format(crs=text), path,
                            tr("give an EPSG code such as EPSG:27700 (British National Grid) or EPSG:4326 (lon/lat)."))


@lru_cache(maxsize=16)
def _transformer(src: str):
    import pyproj
    return pyproj.Transformer.from_crs(pyproj.CRS.from_user_input(src), pyproj.CRS.from_user_input(BNG),
                                       always_xy=True)


def to_bng(x: np.ndarray, y: np.ndarray, src: str) -> Tuple[np.ndarray, np.ndarray]:
    """Transform arrays of x/y (lon/lat when geographic) from ``src`` to EPSG:27700."""
    x = np.asarray(x, dtype="float64")
    y = np.asarray(y, dtype="float64")
    if src.upper() in ("EPSG:27700", "27700"):
        return x, y
    return _transformer(src.upper() if src.upper().startswith("EPSG") else src).transform(x, y)


def in_bng_bounds(e: np.ndarray, n: np.ndarray) -> np.ndarray:
    x0, y0, x1, y1 = BNG_BOUNDS
    return np.isfinite(e) & np.isfinite(n) & (e >= x0) & (e <= x1) & (n >= y0) & (n <= y1)
