"""GeoPackage geometry blobs (the binary header GeoPackage puts before WKB), vectorised where it matters."""
from __future__ import annotations

import os
import struct
from typing import Optional, Sequence

import numpy as np


def quoted(name: str) -> str:
    """An SQLite identifier in double quotes (a table is named after its output file: any text but NUL)."""
    return '"' + name.replace('"', '""') + '"'

ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def blob(wkb: Optional[bytes], srs_id: int = 27700) -> Optional[bytes]:
    """GeoPackage geometry blob: 'GP', version 0, flags (little endian, no envelope), srs id, WKB."""
    if not wkb:
        return None
    return b"GP\x00\x01" + struct.pack("<i", srs_id) + bytes(wkb)


def blobs(geoms: Sequence, srs_id: int = 27700) -> list:
    """Blobs for shapely geometries (None stays None)."""
    import shapely
    head = b"GP\x00\x01" + struct.pack("<i", srs_id)
    arr = np.asarray(geoms, dtype=object)
    wkb = shapely.to_wkb(arr, byte_order=1)
    return [None if w is None else head + w for w in wkb]


def to_wkb(b) -> Optional[bytes]:
    if b is None or len(b) < 8:
        return None
    env = ENVELOPE_BYTES.get((b[3] >> 1) & 0x07, 0)
    return bytes(b[8 + env:])


def geometries(values: Sequence) -> np.ndarray:
    """shapely geometries from GeoPackage blobs (None for NULL or empty)."""
    import shapely
    return shapely.from_wkb([to_wkb(b) for b in values])


def as_multi(geoms: Sequence) -> np.ndarray:
    """Points, lines and polygons as one-part multi-geometries (multis and None unchanged): what a
    Multi* feature table holds."""
    import shapely
    g = np.empty(len(geoms), dtype=object)
    g[:] = [v if isinstance(v, shapely.Geometry) else None for v in geoms]
    types = shapely.get_type_id(g)
    for single, make in ((0, shapely.multipoints), (1, shapely.multilinestrings), (3, shapely.multipolygons)):
        at = np.flatnonzero(types == single)
        if len(at):
            g[at] = make(g[at], indices=np.arange(len(at)))
    return g


def link_into_place(tmp: str, path: str) -> None:
    """Put a file built under a temporary name at ``path``, whole or not at all; a file another process put
    there meanwhile wins (the hard link fails); without hard links, a rename when nothing is there."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    except OSError:                              # no hard links on this file system
        if not os.path.exists(path):
            os.replace(tmp, path)
