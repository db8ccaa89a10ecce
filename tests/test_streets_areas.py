"""Streets on the real OpenStreetMap extract of inner Leeds; areas; approximate streets for Hull."""
import numpy as np
import pandas as pd
import pytest
import shapely

from local_priority_targeting.core.io.areas import prepare_areas, read_geojson
from local_priority_targeting.core.io.crime import PoliceUkReader
from local_priority_targeting.core.io.streets import DEFAULT_EXCLUDED, normalise_street_name, prepare_streets, streets_from_points

from _paths import DATA, DEMO


@pytest.fixture(scope="module")
def leeds():
    """The real OSM ways (unsplit, repeated and missing names, footways, service roads) via OGR."""
    from osgeo import ogr, osr
    ds = ogr.Open(str(DATA / "chapeltown_leeds_streets.gpkg"))
    lyr = ds.GetLayer("streets")
    src, dst = lyr.GetSpatialRef(), osr.SpatialReference()
    dst.ImportFromEPSG(27700)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)
    fid, name, hw, wkb = [], [], [], []
    for f in lyr:
        g = f.GetGeometryRef().Clone()
        g.Transform(ct)
        fid.append(f.GetFID()); name.append(f.GetField("name")); hw.append(f.GetField("highway"))
        wkb.append(bytes(g.ExportToWkb()))
    return fid, name, hw, wkb


def test_every_way_is_a_segment_or_a_reject(leeds):
    fid, name, hw, wkb = leeds
    seg, rej = prepare_streets(fid, name, hw, wkb)
    assert len(fid) == 1750
    assert set(seg.fid) | set(rej.row) == set(fid) and not set(seg.fid) & set(rej.row)
    # the excluded classes are exactly the footways, steps, paths, cycleways, guideways and 'no'
    hw_s = pd.Series(hw, index=fid)
    assert set(hw_s[rej.row]) <= set(DEFAULT_EXCLUDED)
    assert len(rej) == hw_s.isin(DEFAULT_EXCLUDED).sum() == 451
    assert set(seg.road_class) >= {"residential", "service", "tertiary", "trunk"}


def test_unsplit_ways_of_one_street_join_and_same_names_far_apart_stay_apart(leeds):
    fid, name, hw, wkb = leeds
    seg, _ = prepare_streets(fid, name, hw, wkb)
    named = seg[seg.named]
    # OSM splits these streets over several ways (and at 25 m they break apart); at the default they are one
    for street in ("Scott Hall Road", "Potternewton Lane", "Buslingthorpe Lane"):
        g = named[named.name == street]
        assert len(g) > 1 and g.street_id.nunique() == 1, street
    tight, _ = prepare_streets(fid, name, hw, wkb, join_distance=25.0)
    assert tight[tight.name == "Scott Hall Road"].street_id.nunique() > 1
    # Roundhay Road has a real 190 m gap in the 2014 data: two streets unless the distance spans it
    assert named[named.name == "Roundhay Road"].street_id.nunique() == 2
    wide, _ = prepare_streets(fid, name, hw, wkb, join_distance=200.0)
    assert wide[wide.name == "Roundhay Road"].street_id.nunique() == 1
    # independent check: a street id never spans a gap wider than the join distance
    for sid, g in named.groupby("street_id"):
        if len(g) > 1:
            geoms = g.geometry.values
            d = shapely.distance(geoms[:, None], geoms[None, :])
            np.fill_diagonal(d, np.inf)
            assert (d.min(axis=1) <= 100.0 + 1e-6).all(), sid
    # and two same-name groups never touch
    for nm, g in named.groupby("name"):
        ids = g.street_id.unique()
        if len(ids) > 1:
            u = [shapely.union_all(g[g.street_id == i].geometry.values) for i in ids]
            for i in range(len(u)):
                for j in range(i + 1, len(u)):
                    assert shapely.distance(u[i], u[j]) > 100.0


def test_unnamed_residential_ways_kept_and_flagged_or_rejected(leeds):
    fid, name, hw, wkb = leeds
    seg, _ = prepare_streets(fid, name, hw, wkb)
    unnamed = seg[~seg.named]
    assert (unnamed.road_class == "residential").sum() == 16
    assert unnamed.street_id.str.startswith("unnamed#").all()
    seg2, rej2 = prepare_streets(fid, name, hw, wkb, keep_unnamed=False)
    assert seg2.named.all() and (rej2.reason == "street has no name").sum() == len(set(unnamed.fid))


def test_bad_geometries_rejected():
    # in Hull (a line at the grid's origin, 0 0, is itself rejected: see test_fix23_imports.py)
    line = shapely.to_wkb(shapely.linestrings([[509000, 429000], [509010, 429000]]))
    pt = shapely.to_wkb(shapely.points(509001, 429001))
    zero = shapely.to_wkb(shapely.linestrings([[509005, 429005], [509005, 429005]]))
    seg, rej = prepare_streets([1, 2, 3, 4], ["A St", "B St", "C St", "D St"], None, [line, pt, None, zero])
    assert seg.fid.tolist() == [1]
    assert rej.set_index("row").reason.to_dict() == {2: "not a line", 3: "no geometry", 4: "zero-length line"}


def test_capitals_are_title_cased():
    assert normalise_street_name(pd.Series(["SPRING BANK", "  Beverley   Road ", "HU1 ROAD OF THE KINGS",
                                            "10Th Avenue", "21ST AVENUE"])).tolist() == [
        "Spring Bank", "Beverley Road", "Hu1 Road of the Kings", "10th Avenue", "21st Avenue"]


def test_approximate_hull_streets_from_police_points():
    res = PoliceUkReader(str(DEMO / "crime")).read().accepted
    lines = streets_from_points(res.street, res.easting.values, res.northing.values)
    assert len(lines) > 1000
    assert not lines.name.str.lower().isin(["supermarket", "parking area", "petrol station"]).any()
    # every distinct named map point lies on (within 1 m of) the line built for its street
    sample = res[res.street == "Spring Bank"].drop_duplicates(["easting", "northing"])
    sb = lines[lines.name == "Spring Bank"]
    assert len(sb) >= 1
    d = shapely.distance(shapely.points(sample.easting, sample.northing)[:, None], sb.geometry.values[None, :]).min(axis=1)
    assert (d < 1.0).all()


def test_areas_real_wards_and_faults():
    codes, names, wkb = read_geojson(str(DEMO / "boundaries" / "hull_wards2022.geojson"), "ward22_code", "ward22_name")
    areas, rej, repaired = prepare_areas(range(len(codes)), codes, names, wkb)
    assert len(areas) == 21 and rej.empty and repaired == 0
    assert 60 < areas.area_km2.sum() < 80          # Hull is about 71 km2
    bowtie = shapely.to_wkb(shapely.polygons([[509000, 429000], [509010, 429010], [509010, 429000], [509000, 429010],
                                              [509000, 429000]]))       # in Hull: a grid origin 0 0 is rejected
    areas, rej, repaired = prepare_areas([1, 2, 3, 4], ["A", "A", "", "B"], ["a", "a2", "c", "bow"],
                                         [wkb[0], wkb[1], wkb[2], bowtie])
    assert repaired == 1 and shapely.is_valid(areas.set_index("area_code").loc["B", "geometry"])
    assert rej.reason.tolist() == ["area code repeated (dissolve multi-part areas first): first at row 1",
                                   "area code is blank"]
    assert rej.row.tolist() == [2, 3]
