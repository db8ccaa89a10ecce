"""`make bench`: Local Priority Targeting against the QGIS-native way, same data, same run.

Force scale (issue #3): 60k members on 20k postcodes, 240k survey responses, 450k crimes on 60k shared
anonymised map points, 50k street segments, 100 areas.  Two sides, each in its own process so that
peak memory is its own:

* lpt:    core.link.link + core.insight.insight (one period) + core.trends.compare (two periods)
          + core.priority.prioritise (Gi* over 50k segments, its own comparison with the previous period)
* native: what an analyst builds in QGIS: native:joinbynearest (crimes -> streets, members -> streets,
          150 m), native:countpointsinpolygon (crimes and members -> areas), native:aggregate (crimes by
          street) - which gives only counts, none of the insight fields.

Prints wall time, peak RSS and the ratio.  Not a test: timings vary by machine.
"""
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "build", "plugins"))
N_MEMBERS, N_POSTCODES, N_RESPONSES, N_CRIMES, N_POINTS, N_SEGMENTS, N_AREAS = \
    60_000, 20_000, 240_000, 450_000, 60_000, 50_000, 100
X0, Y0, SIZE = 480_000, 400_000, 50_000        # a 50 km square of British National Grid


def generate(folder):
    import numpy as np
    import pandas as pd
    import shapely
    from local_priority_targeting.core.io.crime import POLICE_UK_CATEGORIES
    rng = np.random.default_rng(1)
    # streets: short segments in random directions; areas: Voronoi cells of 100 seeds
    cx, cy = X0 + SIZE * rng.random(N_SEGMENTS), Y0 + SIZE * rng.random(N_SEGMENTS)
    ang, ln = rng.random(N_SEGMENTS) * np.pi, 60 + 200 * rng.random(N_SEGMENTS)
    dx, dy = np.cos(ang) * ln / 2, np.sin(ang) * ln / 2
    segs = shapely.linestrings(np.stack([np.column_stack([cx - dx, cy - dy]), np.column_stack([cx + dx, cy + dy])], 1))
    streets = pd.DataFrame({"segment_id": np.arange(1, N_SEGMENTS + 1),
                            "street_id": [f"Street {i // 3}#1" for i in range(N_SEGMENTS)],
                            "name": [f"Street {i // 3}" for i in range(N_SEGMENTS)], "geometry": segs})
    streets["length_m"] = shapely.length(segs)
    seeds = shapely.multipoints(np.column_stack([X0 + SIZE * rng.random(N_AREAS), Y0 + SIZE * rng.random(N_AREAS)]))
    box = shapely.box(X0, Y0, X0 + SIZE, Y0 + SIZE)
    cells = shapely.intersection(shapely.get_parts(shapely.voronoi_polygons(seeds, extend_to=box)), box)
    areas = pd.DataFrame({"area_code": [f"E0590{i:04d}" for i in range(len(cells))],
                          "area_name": [f"Ward {i}" for i in range(len(cells))], "geometry": cells})
    # police.uk-like map points near streets; crimes share them
    on = rng.integers(0, N_SEGMENTS, N_POINTS)
    f = rng.random(N_POINTS)
    px = cx[on] - dx[on] + 2 * dx[on] * f + rng.normal(0, 15, N_POINTS)
    py = cy[on] - dy[on] + 2 * dy[on] * f + rng.normal(0, 15, N_POINTS)
    pick = rng.integers(0, N_POINTS, N_CRIMES)
    months = np.array([f"2024-{m:02d}" for m in range(1, 7)])
    crimes = pd.DataFrame({"crime_id": [f"C{i}" for i in range(N_CRIMES)], "month": months[rng.integers(0, 6, N_CRIMES)],
                           "crime_type": np.array(POLICE_UK_CATEGORIES)[rng.integers(0, 14, N_CRIMES)],
                           "location": "On or near Street", "easting": px[pick], "northing": py[pick], "lsoa_code": ""})
    pcx, pcy = X0 + SIZE * rng.random(N_POSTCODES), Y0 + SIZE * rng.random(N_POSTCODES)
    pcs = pd.DataFrame({"postcode": [f"AB{i // 400 + 1} {i % 10}{chr(65 + i % 20)}{chr(65 + (i // 20) % 20)}"
                                     for i in range(N_POSTCODES)], "easting": pcx, "northing": pcy})
    pcs = pcs.drop_duplicates("postcode")
    mpc = pcs.postcode.values[rng.integers(0, len(pcs), N_MEMBERS)]
    members = pd.DataFrame({"member_id": [f"M{i}" for i in range(N_MEMBERS)], "postcode": mpc,
                            "registered": "2023-01-01", "status": "active", "opted_out": "",
                            **{k: np.where(rng.random(N_MEMBERS) < 0.5, "x", "") for k in
                               ("age_band", "gender", "ethnic_group", "religion", "main_language", "disability")},
                            "groups": ""})
    sub = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 181, N_RESPONSES), unit="D")
    surveys = pd.DataFrame({"response_id": [f"R{i}" for i in range(N_RESPONSES)],
                            "member_id": members.member_id.values[rng.integers(0, N_MEMBERS, N_RESPONSES)],
                            "submitted": sub.strftime("%Y-%m-%d"), "wave": "",
                            "trust": rng.integers(1, 6, N_RESPONSES).astype(float),
                            "confidence": rng.integers(1, 6, N_RESPONSES).astype(float),
                            "priorities": np.array(["drugs", "anti-social behaviour|speeding", ""])[rng.integers(0, 3, N_RESPONSES)]})
    with open(os.path.join(folder, "data.pkl"), "wb") as fh:
        pickle.dump({"streets": streets, "areas": areas, "crimes": crimes, "postcodes": pcs, "members": members,
                     "surveys": surveys}, fh)
    # the same data as GeoPackages for the native side
    from osgeo import ogr, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(27700)
    mxy = pcs.set_index("postcode").loc[members.postcode]
    for name, geoms, attrs in (
            ("streets", segs, {"street_id": streets.street_id.values}),
            ("areas", cells, {"area_code": areas.area_code.values}),
            ("crimes", shapely.points(crimes.easting, crimes.northing), {"crime_type": crimes.crime_type.values}),
            ("members", shapely.points(mxy.easting.values, mxy.northing.values), {"member_id": members.member_id.values})):
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(os.path.join(folder, f"{name}.gpkg"))
        lyr = ds.CreateLayer(name, srs)
        for k in attrs:
            lyr.CreateField(ogr.FieldDefn(k, ogr.OFTString))
        lyr.StartTransaction()
        defn = lyr.GetLayerDefn()
        for i, w in enumerate(shapely.to_wkb(geoms)):
            ft = ogr.Feature(defn)
            for k, v in attrs.items():
                ft.SetField(k, str(v[i]))
            ft.SetGeometry(ogr.CreateGeometryFromWkb(w))
            lyr.CreateFeature(ft)
        lyr.CommitTransaction()
        ds = None


def side_lpt(folder):
    from local_priority_targeting.core.analyse import insight as I, priority as P, trends as T
    from local_priority_targeting.core.link import link as L
    with open(os.path.join(folder, "data.pkl"), "rb") as fh:
        d = pickle.load(fh)
    inp = L.LinkInputs(members=d["members"], postcodes=d["postcodes"], streets=d["streets"], areas=d["areas"],
                       crimes=d["crimes"], surveys=d["surveys"])
    t0 = time.perf_counter()
    links = L.link(inp)
    t1 = time.perf_counter()
    res = I.insight(links, inp, I.Period("2024-01", "2024-06"))
    t2 = time.perf_counter()
    T.compare(links, inp, I.Period("2024-01", "2024-03"), I.Period("2024-04", "2024-06"))
    t3 = time.perf_counter()
    pr = P.prioritise(links, inp, I.Period("2024-04", "2024-06"))
    t4 = time.perf_counter()
    assert res.reconciliation["crimes"] == N_CRIMES and len(pr.streets) > 10_000
    return {"link_s": t1 - t0, "insight_s": t2 - t1, "compare_s": t3 - t2, "priority_s": t4 - t3,
            "total_s": t4 - t0, "hot_streets": int(pr.summary["hot_streets"])}


def side_native(folder):
    from qgis.core import QgsApplication
    for p in ("/usr/share/qgis/python/plugins",):
        sys.path.append(p)
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    g = lambda n: os.path.join(folder, f"{n}.gpkg")  # noqa: E731
    times = {}
    t0 = time.perf_counter()
    j = processing.run("native:joinbynearest", {"INPUT": g("crimes"), "INPUT_2": g("streets"), "FIELDS_TO_COPY": ["street_id"],
                                                "NEIGHBORS": 1, "MAX_DISTANCE": 150, "DISCARD_NONMATCHING": False,
                                                "PREFIX": "", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    times["joinbynearest_crimes_s"] = time.perf_counter() - t0
    t = time.perf_counter()
    processing.run("native:joinbynearest", {"INPUT": g("members"), "INPUT_2": g("streets"), "FIELDS_TO_COPY": ["street_id"],
                                            "NEIGHBORS": 1, "MAX_DISTANCE": 150, "DISCARD_NONMATCHING": False,
                                            "PREFIX": "", "OUTPUT": "TEMPORARY_OUTPUT"})
    times["joinbynearest_members_s"] = time.perf_counter() - t
    t = time.perf_counter()
    c = processing.run("native:countpointsinpolygon", {"POLYGONS": g("areas"), "POINTS": g("crimes"), "FIELD": "n",
                                                       "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    processing.run("native:countpointsinpolygon", {"POLYGONS": g("areas"), "POINTS": g("members"), "FIELD": "n",
                                                   "OUTPUT": "TEMPORARY_OUTPUT"})
    times["countpointsinpolygon_s"] = time.perf_counter() - t
    t = time.perf_counter()
    processing.run("native:aggregate", {"INPUT": j, "GROUP_BY": '"street_id"', "AGGREGATES": [
        {"aggregate": "first_value", "delimiter": ",", "input": '"street_id"', "length": 0, "name": "street_id",
         "precision": 0, "type": 10},
        {"aggregate": "count", "delimiter": ",", "input": '"crime_type"', "length": 0, "name": "crimes",
         "precision": 0, "type": 2}], "OUTPUT": "TEMPORARY_OUTPUT"})
    times["aggregate_s"] = time.perf_counter() - t
    times["total_s"] = time.perf_counter() - t0
    assert sum(f["n"] for f in c.getFeatures()) > 0.99 * N_CRIMES
    app.exitQgis()
    return times


def child(side, folder):
    out = side_lpt(folder) if side == "lpt" else side_native(folder)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


def main():
    if len(sys.argv) == 3:
        return child(sys.argv[1], sys.argv[2])
    with tempfile.TemporaryDirectory() as folder:
        print(f"Generating force-scale data: {N_MEMBERS:,} members, {N_RESPONSES:,} responses, {N_CRIMES:,} crimes "
              f"on {N_POINTS:,} map points, {N_SEGMENTS:,} street segments, {N_AREAS} areas…", flush=True)
        generate(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        res = {}
        for side in ("lpt", "native"):
            print(f"running {side}…", flush=True)
            p = subprocess.run([sys.executable, __file__, side, folder], capture_output=True, text=True, env=env)
            if p.returncode != 0:
                sys.exit(p.stdout[-2000:] + p.stderr[-4000:])
            res[side] = json.loads(p.stdout.strip().splitlines()[-1])
    a, b = res["lpt"], res["native"]
    print(f"\nLocal Priority Targeting: link {a['link_s']:.2f} s + insight {a['insight_s']:.2f} s + compare "
          f"{a['compare_s']:.2f} s + priority streets {a['priority_s']:.2f} s = {a['total_s']:.2f} s, "
          f"peak RSS {a['peak_rss_mb']:.0f} MB")
    print(f"QGIS native chain:        join by nearest (crimes) {b['joinbynearest_crimes_s']:.1f} s + (members) "
          f"{b['joinbynearest_members_s']:.1f} s + count points in polygon {b['countpointsinpolygon_s']:.1f} s + "
          f"aggregate {b['aggregate_s']:.1f} s = {b['total_s']:.1f} s, peak RSS {b['peak_rss_mb']:.0f} MB")
    link_only = a["link_s"] + a["insight_s"]
    lpc = a["link_s"] + a["compare_s"] + a["priority_s"]
    print(f"Ratio (native / LPT link + insight): {b['total_s'] / link_only:.1f}x faster; "
          f"(native / LPT everything): {b['total_s'] / a['total_s']:.1f}x")
    print(f"Targets: link + insight <= 10 s: {'met' if link_only <= 10 else 'NOT met'}; "
          f">= 20x faster than native: {'met' if b['total_s'] / link_only >= 20 else 'NOT met'}; "
          f"link + priority + compare = {lpc:.2f} s <= 10 s: {'met' if lpc <= 10 else 'NOT met'}")


if __name__ == "__main__":
    main()
