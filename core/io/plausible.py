"""Coordinates that are numbers but cannot be where the records are.

* outside the area of use of their coordinate reference system (PROJ gives it: for EPSG:27700, Great Britain
  and its waters, 9°W-2.01°E, 49.75°N-61.01°N), or not finite (NaN, infinite, 1e308 that no transformation
  survives);
* a grid reference of 0: an easting or northing of 0 is a missing value written as 0 (the false origin of the
  British National Grid lies in the sea south-west of the Isles of Scilly);
* easting and northing swapped: a point far from the other records of the file that, swapped, lies among them
  (at least 3 records within 1 km; the two ranges overlap in Great Britain, so only the records around it can
  tell).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Tuple

import numpy as np
from ..i18n import tr

WGS84 = "EPSG:4326"
MIN_RADIUS_M = 25_000.0       # the other records' area is never taken as smaller than this
SPREAD = 4.0                  # ... nor smaller than this many times their median distance from their middle
NEAR_M = 1_000.0              # a swapped point, put back, lies within this of ...
NEIGHBOURS = 3                # ... at least this many of the other records


@lru_cache(maxsize=16)
def _to_wgs84(crs: str):
    import pyproj
    return pyproj.Transformer.from_crs(pyproj.CRS.from_user_input(crs), pyproj.CRS.from_user_input(WGS84),
                                       always_xy=True)


@lru_cache(maxsize=16)
def area_of_use(crs: str) -> Tuple[float, float, float, float, str]:
    """(west, south, east, north, name) in degrees; the whole world when PROJ gives none."""
    import pyproj
    a = pyproj.CRS.from_user_input(crs).area_of_use
    if a is None:
        return -180.0, -90.0, 180.0, 90.0, tr("the world")
    return a.west, a.south, a.east, a.north, a.name.split(" - ")[0].split(";")[0]


def outside_area_of_use(x: np.ndarray, y: np.ndarray, crs: str) -> np.ndarray:
    """True where (x, y) in ``crs`` is not finite or lies outside the CRS's area of use."""
    x = np.asarray(x, dtype="float64")
    y = np.asarray(y, dtype="float64")
    w, s, e, n, _ = area_of_use(crs)
    finite = np.isfinite(x) & np.isfinite(y)
    lon = np.full(len(x), np.nan)
    lat = np.full(len(x), np.nan)
    if finite.any():
        lon[finite], lat[finite] = _to_wgs84_once(x[finite], y[finite], crs)
    tol = 0.01
    inside = np.isfinite(lon) & np.isfinite(lat) & (lon >= w - tol) & (lon <= e + tol) & \
        (lat >= s - tol) & (lat <= n + tol)
    return ~inside


def _to_wgs84_once(x: np.ndarray, y: np.ndarray, crs: str) -> Tuple[np.ndarray, np.ndarray]:
    """(lon, lat) of finite points, each distinct point transformed once (crimes share their map points)."""
    import pandas as pd
    codes, uniq = pd.factorize(x + 1j * y)
    with np.errstate(all="ignore"):
        lon, lat = _to_wgs84(crs).transform(uniq.real, uniq.imag, errcheck=False)
    return np.asarray(lon)[codes], np.asarray(lat)[codes]


ORIGIN_M = 1_000.0             # closer than this to a grid's origin: degrees taken for metres, or a missing value


def zero_grid(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """True where a projected easting or northing is exactly 0, or the point lies within :data:`ORIGIN_M` of the
    grid's origin (longitude/latitude degrees given as metres)."""
    x = np.asarray(x, dtype="float64")
    y = np.asarray(y, dtype="float64")
    return (x == 0) | (y == 0) | ((np.abs(x) < ORIGIN_M) & (np.abs(y) < ORIGIN_M))


def swapped(e: np.ndarray, n: np.ndarray, usable: np.ndarray) -> np.ndarray:
    """True where (e, n) lies far from the middle of the usable records while (n, e) lies among them: at least
    :data:`NEIGHBOURS` records within :data:`NEAR_M`.  A genuine record far away (a force records some crimes
    elsewhere) is kept: its mirror image lands where there are no records."""
    import shapely
    e = np.asarray(e, dtype="float64")
    n = np.asarray(n, dtype="float64")
    ok = np.asarray(usable, dtype=bool) & np.isfinite(e) & np.isfinite(n)
    out = np.zeros(len(e), dtype=bool)
    if ok.sum() < NEIGHBOURS + 1:
        return out
    me, mn = np.median(e[ok]), np.median(n[ok])
    d = np.hypot(e - me, n - mn)
    radius = max(MIN_RADIUS_M, SPREAD * float(np.median(d[ok])))
    far = np.flatnonzero(ok & (d > radius))
    if not len(far):
        return out
    tree = shapely.STRtree(shapely.points(e[ok], n[ok]))
    hits, _ = tree.query(shapely.points(n[far], e[far]), predicate="dwithin", distance=NEAR_M)
    out[far] = np.bincount(hits, minlength=len(far)) >= NEIGHBOURS
    return out


BNG = "EPSG:27700"


def geometries_outside(geoms, crs: str = BNG) -> np.ndarray:
    """True for a geometry (in ``crs``) with a coordinate that is not finite or lies outside the CRS's area of
    use: every corner of its bounding box is tested (missing geometries count as inside)."""
    import shapely
    g = np.asarray(geoms, dtype=object)
    given = np.array([x is not None for x in g], dtype=bool)
    out = np.zeros(len(g), dtype=bool)
    if not given.any():
        return out
    with np.errstate(all="ignore"):
        b = shapely.bounds(g[given])                      # NaN for an empty geometry
    empty = np.isnan(b).all(axis=1)
    xs = np.concatenate([b[:, 0], b[:, 0], b[:, 2], b[:, 2]])
    ys = np.concatenate([b[:, 1], b[:, 3], b[:, 1], b[:, 3]])
    bad = outside_area_of_use(xs, ys, crs).reshape(4, -1).any(axis=0) & ~empty
    out[given] = bad
    if crs == BNG:                 # no land in Great Britain has an easting or northing of 0, or lies near the origin
        xy, part = shapely.get_coordinates(g[given], return_index=True)
        out[np.flatnonzero(given)[np.unique(part[zero_grid(xy[:, 0], xy[:, 1])])]] = True
    return out


def outside_reason() -> str:
    """The reject reason of a geometry :func:`outside_and_bounds` finds outside Great Britain."""
    return tr("a coordinate is not a finite number, is 0 or within 1 km of the grid's origin (a missing value, or "
              "degrees given as metres), or lies outside Great Britain (the area of use of EPSG:27700, British "
              "National Grid, into which the layer is read): check the layer's CRS and its coordinates")


def bounds_text(geoms) -> list:
    """'x 1e+308..1e+308, y 5..7' for each geometry ('' when missing), for the rejects' value column."""
    import shapely
    out = []
    for g in geoms:
        if g is None or shapely.is_empty(g):
            out.append("")
            continue
        with np.errstate(all="ignore"):
            x0, y0, x1, y1 = shapely.bounds(g)
        out.append(f"x {x0:.6g}..{x1:.6g}, y {y0:.6g}..{y1:.6g}")
    return out


def outside_and_bounds(geoms, crs: str = BNG):
    """(:func:`geometries_outside` mask, the bounds text of those geometries, '' for the others)."""
    bad = geometries_outside(geoms, crs)
    text = np.full(len(bad), "", dtype=object)
    if bad.any():
        text[bad] = bounds_text(np.asarray(geoms, dtype=object)[bad])
    return bad, text
