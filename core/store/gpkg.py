"""GeoPackage geometry blobs (the binary header GeoPackage puts before WKB), vectorised where it matters."""
from __future__ import annotations

import struct
from typing import Optional, Sequence

import numpy as np

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
