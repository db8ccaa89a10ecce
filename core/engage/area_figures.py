"""Which rows of an area insight or change table a message's figures come from.

A message names the areas its figures are from, so a figure is never given for an area it is not from: the
areas asked for by code, or those whose polygon overlaps the message's area (a drawn polygon or circle, the
selected features of a layer, the surroundings of the top streets) - touching along an edge is not overlapping.
"""
from __future__ import annotations

from typing import Optional, Sequence

import numpy as np
import pandas as pd


def rows_for_area(df: pd.DataFrame, codes: Sequence[str] = (), area_geom=None) -> pd.DataFrame:
    """``df`` (with ``area_code`` and, for a geometry, ``geometry``) narrowed to the message's areas: by
    ``codes`` when given, else by ``area_geom`` when given, else every row (the whole force)."""
    import shapely
    if len(codes):
        return df[df.area_code.astype(str).isin([str(c) for c in codes])]
    if area_geom is None:
        return df
    if "geometry" not in df:
        return df.iloc[0:0]
    g = df.geometry.values
    ok = np.asarray(pd.notna(g))
    hit = ok.copy()
    hit[ok] = shapely.intersects(g[ok], area_geom) & ~shapely.touches(g[ok], area_geom)
    return df[hit]


def surroundings(street_geoms, distance: float = 150.0) -> Optional[object]:
    """The area within ``distance`` of the streets: where the members of those streets live."""
    import shapely
    geoms = np.asarray(street_geoms)
    return shapely.union_all(shapely.buffer(geoms, distance)) if len(geoms) else None
