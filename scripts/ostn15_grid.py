"""Build the OSTN15 NTv2 grid for PROJ (OSTN15_NTv2_OSGBtoETRS.gsb) from the convertbng package.

    python3 scripts/ostn15_grid.py [--if-missing] [folder]   (make deps runs it; default folder: PROJ's user
                                                              data folder, ~/.local/share/proj on Linux)

PROJ's best transformation between British National Grid (EPSG:27700) and WGS 84 / ETRS89 is OSTN15,
EPSG:7710 "OSGB36 to WGS 84 (9)" (and 7709 to ETRS89), through this grid. Debian's proj-data does not ship
it and PROJ's download network is not always reachable, so QGIS falls back to a Helmert transformation
(about 2 m off) and warns "Cannot use preferred transform between EPSG:4326 and EPSG:27700". The
convertbng package (PyPI) implements OSTN15 itself: each node of a 30-arc-second grid over Great Britain
(OSGB36 latitude and longitude) is projected to BNG on the Airy ellipsoid and converted to ETRS89 by
convertbng (iterating its forward transformation); the grid stores the shift between the two. Nodes
outside OSTN15's cover take the nearest node's shift. The check at the end compares PROJ with the grid
against convertbng at 400 onshore points and refuses a grid more than 10 cm off (it is within 6 cm).
"""
import os
import struct
import sys
from datetime import date

import numpy as np

NAME = "OSTN15_NTv2_OSGBtoETRS.gsb"
SOUTH, NORTH, WEST, EAST = 49.75, 61.0, -9.0, 2.0          # degrees, OSGB36 (covers OSTN15's extent)
STEP = 30.0 / 3600                                          # 30 arc seconds
AIRY = (6377563.396, 6356256.909)
GRS80 = (6378137.0, 6356752.314140)
TMERC = ("+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +units=m "
         "+no_defs +type=crs")


def etrs89_of(lon, lat):
    """ETRS89 longitude and latitude of OSGB36 points: the point whose OSTN15 BNG (convertbng's forward
    transformation) equals the points' projection on the Airy ellipsoid, found by fixed-point iteration
    (convertbng's own inverse stalls on some offshore points). NaN outside OSTN15."""
    from convertbng.util import convert_bng
    from pyproj import Transformer
    tm = Transformer.from_proj("+proj=longlat +ellps=airy +no_defs +type=crs", TMERC, always_xy=True)
    e, n = tm.transform(lon, lat)
    g_lon, g_lat = lon.copy(), lat.copy()
    for _ in range(8):
        ge, gn = (np.asarray(v, dtype=float) for v in convert_bng(g_lon, g_lat))
        back_lon, back_lat = tm.transform(ge, gn, direction="INVERSE")
        g_lon, g_lat = g_lon + (lon - back_lon), g_lat + (lat - back_lat)
    ge, gn = (np.asarray(v, dtype=float) for v in convert_bng(g_lon, g_lat))
    off = np.hypot(ge - e, gn - n) > 0.001
    g_lon[off | ~np.isfinite(ge)] = np.nan
    g_lat[off | ~np.isfinite(ge)] = np.nan
    return g_lon, g_lat


def shifts():
    """(lat shift, lon shift positive west) in arc seconds on the grid, rows south to north, columns east to west."""
    from scipy import ndimage
    lats = SOUTH + STEP * np.arange(round((NORTH - SOUTH) / STEP) + 1)
    lons = EAST - STEP * np.arange(round((EAST - WEST) / STEP) + 1)          # east to west, as NTv2 wants
    lon, lat = np.meshgrid(lons, lats)
    out_lon, out_lat = etrs89_of(lon.ravel(), lat.ravel())
    dlat = ((out_lat - lat.ravel()) * 3600).reshape(lat.shape)
    dlon = (-(out_lon - lon.ravel()) * 3600).reshape(lat.shape)            # NTv2: positive west
    bad = ~np.isfinite(dlat) | ~np.isfinite(dlon)
    if bad.all():
        raise SystemExit("convertbng gave no shift: is it the OSTN15 release (convertbng >= 0.7)?")
    nearest = ndimage.distance_transform_edt(bad, return_distances=False, return_indices=True)
    return dlat[tuple(nearest)], dlon[tuple(nearest)], lats, lons, int((~bad).sum())


def record(key: str, value) -> bytes:
    k = key.ljust(8).encode("ascii")
    if isinstance(value, int):
        return k + struct.pack("<i4x", value)
    if isinstance(value, float):
        return k + struct.pack("<d", value)
    return k + value.ljust(8)[:8].encode("ascii")


def ntv2(dlat, dlon, lats, lons) -> bytes:
    today = date.today().strftime("%d%m%Y")
    head = [("NUM_OREC", 11), ("NUM_SREC", 11), ("NUM_FILE", 1), ("GS_TYPE", "SECONDS"), ("VERSION", "NTv2.0"),
            ("SYSTEM_F", "OSGB36"), ("SYSTEM_T", "ETRS89"), ("MAJOR_F", AIRY[0]), ("MINOR_F", AIRY[1]),
            ("MAJOR_T", GRS80[0]), ("MINOR_T", GRS80[1]),
            ("SUB_NAME", "OSTN15"), ("PARENT", "NONE"), ("CREATED", today), ("UPDATED", today),
            ("S_LAT", lats[0] * 3600), ("N_LAT", lats[-1] * 3600), ("E_LONG", -lons[0] * 3600),
            ("W_LONG", -lons[-1] * 3600), ("LAT_INC", STEP * 3600), ("LONG_INC", STEP * 3600),
            ("GS_COUNT", dlat.size)]
    body = np.zeros((dlat.size, 4), dtype="<f4")
    body[:, 0], body[:, 1] = dlat.ravel(), dlon.ravel()
    return b"".join(record(k, v) for k, v in head) + body.tobytes() + b"END     " + bytes(8)


def check(folder: str) -> float:
    """Largest distance (m) between PROJ through the new grid and convertbng, over onshore test points."""
    from convertbng.util import convert_lonlat
    from pyproj import Transformer
    from pyproj.transformer import TransformerGroup
    rng = np.random.default_rng(1)
    e = rng.uniform(300000, 600000, 400)
    n = rng.uniform(100000, 900000, 400)
    ref_lon, ref_lat = (np.asarray(v) for v in convert_lonlat(list(e), list(n)))
    ok = np.isfinite(ref_lon)
    pipe = (f"+proj=pipeline +step +inv +proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 "
            f"+y_0=-100000 +ellps=airy +step +proj=hgridshift +grids={os.path.join(folder, NAME)} "
            f"+step +proj=unitconvert +xy_in=rad +xy_out=deg")
    lon, lat = Transformer.from_pipeline(pipe).transform(e[ok], n[ok])
    err = np.hypot((lon - ref_lon[ok]) * 111320 * np.cos(np.radians(lat)), (lat - ref_lat[ok]) * 110540)
    group = TransformerGroup("EPSG:27700", "EPSG:4326")
    best = group.transformers[0].description if group.transformers else "none"
    print(f"PROJ's first choice for EPSG:27700 -> EPSG:4326 now: {best}")
    return float(err.max())


def main(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, NAME)
    dlat, dlon, lats, lons, onshore = shifts()
    tmp = f"{target}.{os.getpid()}.part"
    with open(tmp, "wb") as fh:
        fh.write(ntv2(dlat, dlon, lats, lons))
    os.replace(tmp, target)
    worst = check(folder)
    print(f"{target}: {dlat.size:,} nodes ({onshore:,} from OSTN15); PROJ with it agrees with convertbng "
          f"within {worst * 100:.1f} cm")
    if worst > 0.1:
        os.remove(target)                 # PROJ must not pick up a grid that is off
        raise SystemExit(f"{target}: the grid was {worst:.2f} m from convertbng's OSTN15: removed")


def user_folder() -> str:
    from pyproj.datadir import get_user_data_dir
    return get_user_data_dir(True)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--if-missing"]
    where = args[0] if args else user_folder()
    if "--if-missing" in sys.argv and os.path.exists(os.path.join(where, NAME)):
        print(f"{os.path.join(where, NAME)}: present")
    else:
        main(where)
