"""The coordinate reference system a GeoJSON file names, checked before a single coordinate is read.

GeoJSON is WGS84 longitude/latitude unless an (old-style) ``crs`` member names another.  A name that PROJ does
not know must stop the import with the file and the name: read as WGS84 instead, British grid metres would be
placed nowhere and every feature rejected (or, worse, placed somewhere wrong).
"""
from __future__ import annotations

import os
import re
from typing import Optional

from ..errors import LptInputError
from ..i18n import tr

GEOJSON_EXT = (".geojson", ".json", ".geojsonl", ".geojsons")
_CRS_NAME = re.compile(rb'"crs"\s*:\s*\{.*?"name"\s*:\s*"((?:[^"\\]|\\.)*)"', re.S)
_HEAD = 1 << 20


def declared_crs(path: str) -> Optional[str]:
    """The ``crs`` name a GeoJSON file gives near its start (first MiB), or None."""
    if not str(path).lower().endswith(GEOJSON_EXT) or not os.path.isfile(path):
        return None
    with open(path, "rb") as fh:
        head = fh.read(_HEAD)
    m = _CRS_NAME.search(head)
    return m.group(1).decode("utf-8", "replace") if m else None


def known_crs(name: str) -> bool:
    import pyproj
    try:
        pyproj.CRS.from_user_input(name)
        return True
    except Exception:  # noqa: BLE001 - pyproj raises its own CRSError and others for nonsense
        return False


def check_declared_crs(path: str) -> Optional[str]:
    """The CRS the file names (None when it names none); a fatal error naming file and CRS when PROJ lacks it."""
    name = declared_crs(path)
    if name is not None and not known_crs(name):
        raise LptInputError(tr("the file names the coordinate reference system '{crs}', which is not known, so its "
                               "coordinates cannot be placed").format(crs=name), path,
                            tr("correct the crs name (e.g. urn:ogc:def:crs:EPSG::27700 for British National Grid), or "
                               "remove the crs member if the coordinates are WGS84 longitude/latitude."))
    return name
