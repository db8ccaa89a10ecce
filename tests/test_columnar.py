"""#9 Columnar reading (GDAL Arrow stream) gives exactly what the feature loop gives, on every shipped format."""
import numpy as np
import pandas as pd
import pytest

from _paths import DEMO

FORMATS = [("GPKG", "gpkg"), ("ESRI Shapefile", "shp"), ("GeoJSON", "geojson"), ("FlatGeobuf", "fgb")]


def _write(path, driver, epsg, rows):
    from osgeo import ogr, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    lyr = ds.CreateLayer("crimes", srs, ogr.wkbPoint)
    for name, typ in (("crime_id", ogr.OFTString), ("month", ogr.OFTString), ("crime_type", ogr.OFTString),
                      ("location", ogr.OFTString), ("n", ogr.OFTInteger), ("w", ogr.OFTReal)):
        lyr.CreateField(ogr.FieldDefn(name, typ))
    for r in rows.itertuples():
        f = ogr.Feature(lyr.GetLayerDefn())
        for name in ("crime_id", "month", "crime_type", "location", "n", "w"):
            v = getattr(r, name)
            if v is not None and not (isinstance(v, float) and np.isnan(v)):
                f.SetField(name, v)
        x, y = (r.easting, r.northing) if epsg == 27700 else (r.longitude, r.latitude)
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x!r} {y!r})"))
        lyr.CreateFeature(f)
    ds = None


@pytest.fixture(scope="module")
def rows():
    from local_priority_targeting.core.io.crime import PoliceUkReader
    c = PoliceUkReader(str(DEMO / "crime" / "2024-02-hull-street.csv")).read().accepted.head(3000).copy()
    c["n"] = np.arange(len(c)).astype(object)
    c.loc[c.index[::7], "n"] = None                     # NULL integers
    c["w"] = np.linspace(0, 1, len(c))
    c.loc[c.index[::11], "w"] = np.nan                  # NULL reals
    c.loc[c.index[::5], "crime_id"] = None              # NULL strings, next to '' (ASB has no id)
    c.loc[c.index[3], "location"] = "On or near Rue de l'Église – Ŵ"   # non-ASCII
    return c


@pytest.mark.parametrize("driver,ext", FORMATS)
@pytest.mark.parametrize("epsg", [27700, 4326])
def test_columnar_reader_equals_the_feature_loop(qgis_app, tmp_path, rows, driver, ext, epsg):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer
    from local_priority_targeting.qgisio.columnar import read_columns
    from local_priority_targeting.qgisio.layers import frame_from_source
    from qgis.core import QgsProcessingFeatureSource
    path = tmp_path / f"crimes.{ext}"
    _write(path, driver, epsg, rows)
    lyr = QgsVectorLayer(str(path), "c", "ogr")
    assert lyr.isValid() and lyr.featureCount() == len(rows)
    ctx, fb = QgsProcessingContext(), QgsProcessingFeedback()
    src = QgsProcessingFeatureSource(lyr, ctx)
    names = [f.name() for f in lyr.fields()]
    # the Arrow path is taken for British National Grid, and the feature loop for other CRSs
    shp_not_utf8 = driver == "ESRI Shapefile" and lyr.dataProvider().encoding().upper().replace("-", "") != "UTF8"
    assert (read_columns(lyr, names, True) is not None) == (epsg == 27700 and not shp_not_utf8)
    if epsg == 27700 and not shp_not_utf8:          # plain 2D points: read as numbers, no WKB per point
        assert "points_xy" in read_columns(lyr, names, True)
    assert (read_columns(lyr, names, False) is not None) == (not shp_not_utf8)
    for geometry in (True, False):
        fast = frame_from_source(src, ctx, fb, geometry=geometry, layer=lyr)
        slow = frame_from_source(src, ctx, fb, geometry=geometry, layer=None)
        if geometry:
            assert (fast.geometry.values == slow.geometry.values).all()       # exact coordinates
            fast, slow = fast.drop(columns="geometry"), slow.drop(columns="geometry")
        pd.testing.assert_frame_equal(fast, slow)
    # a point layer's coordinates as numbers (the crimes and postcodes of an analysis): those of its geometries
    import shapely
    both = frame_from_source(src, ctx, fb, geometry=True, layer=None)
    for lay in (lyr, None):
        xy = frame_from_source(src, ctx, fb, geometry=True, layer=lay, xy=True)
        assert "geometry" not in xy
        assert (xy.easting.values == shapely.get_x(both.geometry.values)).all()
        assert (xy.northing.values == shapely.get_y(both.geometry.values)).all()
    assert fast.location.str.contains("Église").any() or shp_not_utf8
    assert fast.crime_id.isna().sum() == len(rows[::5]) or driver == "ESRI Shapefile"   # DBF has no NULL strings
    del src, lyr


def test_a_filtered_layer_is_read_feature_by_feature(qgis_app, tmp_path, rows):
    from qgis.core import QgsVectorLayer
    from local_priority_targeting.qgisio.columnar import read_columns
    path = tmp_path / "crimes.gpkg"
    _write(path, "GPKG", 27700, rows)
    lyr = QgsVectorLayer(str(path), "c", "ogr")
    lyr.setSubsetString('"crime_type" = \'Burglary\'')
    assert read_columns(lyr, [f.name() for f in lyr.fields()], True) is None
    mem = QgsVectorLayer("Point?crs=EPSG:27700&field=a:string", "m", "memory")
    assert read_columns(mem, ["a"], True) is None
    del lyr, mem


def test_points_with_a_null_or_3d_geometry_are_read_as_the_feature_loop_reads_them(qgis_app, tmp_path):
    from osgeo import ogr, osr
    from qgis.core import QgsProcessingContext, QgsProcessingFeatureSource, QgsProcessingFeedback, QgsVectorLayer
    from local_priority_targeting.qgisio.columnar import read_columns
    from local_priority_targeting.qgisio.layers import frame_from_source
    for case, wkts in (("null", ["POINT (500000 400000)", None, "POINT (500001.25 400002.5)"]),
                       ("3d", ["POINT (500000 400000)", "POINT Z (500003 400004 7)"])):
        path = tmp_path / f"{case}.gpkg"
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(27700)
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        lyr = ds.CreateLayer("p", srs, ogr.wkbUnknown)
        lyr.CreateField(ogr.FieldDefn("a", ogr.OFTString))
        for i, w in enumerate(wkts):
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetField("a", f"r{i}")
            if w:
                f.SetGeometry(ogr.CreateGeometryFromWkt(w))
            lyr.CreateFeature(f)
        ds = None
        layer = QgsVectorLayer(str(path), "p", "ogr")
        out = read_columns(layer, ["a"], True)
        assert out is not None and "points_xy" not in out, case       # the general path
        ctx, fb = QgsProcessingContext(), QgsProcessingFeedback()
        src = QgsProcessingFeatureSource(layer, ctx)
        fast = frame_from_source(src, ctx, fb, geometry=True, layer=layer)
        slow = frame_from_source(src, ctx, fb, geometry=True, layer=None)
        assert [None if g is None else g.wkt for g in fast.geometry] == \
            [None if g is None else g.wkt for g in slow.geometry], case
        del src, layer


def test_repeated_text_of_any_width_decodes_exactly():
    """Columns of repeating values are decoded once per distinct value: values that differ only after the
    eighth byte, non-ASCII text and '' must all come back as they were."""
    from local_priority_targeting.core.io.arrow import column
    values = np.array(["Anti-social behaviour", "Anti-social behaviour2", "Burglary", "", "Rue de l'Église – Ŵ",
                       "a" * 40 + "x", "a" * 40 + "y", "HU1 1AA", "HU1 1AB"], dtype=object)
    rows = values[np.random.default_rng(7).integers(0, len(values), 5000)]
    batches = [np.array([v.encode("utf-8") for v in part]) for part in np.array_split(rows, 3)]
    out = column(batches)
    assert out.dtype == object and list(out) == list(rows)
    masked = [np.ma.masked_array(b, mask=np.arange(len(b)) % 9 == 0) for b in batches]
    out = column(masked)
    expect = [None if i % 9 == 0 else v for part in np.array_split(rows, 3) for i, v in enumerate(part)]
    assert list(out) == expect


def test_ids_repeated_across_the_column_decode_exactly_and_once_each():
    """Member ids in 240,000 responses repeat, but not within the first rows: the repeats found across the column
    decode each distinct id once (one str object per id); ids that never repeat are decoded row by row."""
    from local_priority_targeting.core.io.arrow import _repeats, column
    rng = np.random.default_rng(11)
    ids = np.array([f"M{i:06d}é" for i in range(60_000)], dtype=object)
    rows = np.concatenate([ids, ids[rng.integers(0, len(ids), 180_000)]])
    batches = [np.array([v.encode("utf-8") for v in part]) for part in np.array_split(rows, 3)]
    assert _repeats(np.concatenate(batches))
    out = column(batches)
    assert out.dtype == object and list(out) == list(rows)
    assert len({id(v) for v in out}) == len(set(rows))          # each distinct id is one object
    unique = np.array([f"R{i:07d}".encode() for i in range(240_000)])
    assert not _repeats(unique)
    assert list(column([unique])) == [f"R{i:07d}" for i in range(240_000)]


def test_one_batch_reads_as_several_batches_do():
    """An analysis reads a layer in one batch (up to 500,000 rows: no copies to join batches); the values are those
    of the same rows in several batches, NULLs included, for text (decoded or not), integers and reals."""
    from local_priority_targeting.core.io.arrow import column
    rng = np.random.default_rng(5)
    n = 3000
    text = np.array([f"v{i % 37}é".encode("utf-8") for i in range(n)])
    ints, reals = rng.integers(0, 100, n), rng.random(n)
    for values in (text, ints, reals):
        whole = np.ma.masked_array(values, mask=np.arange(n) % 13 == 0)
        parts = [np.ma.masked_array(p, mask=m) for p, m in zip(np.array_split(values, 4),
                                                                 np.array_split(whole.mask, 4))]
        for lazy in (False, True):
            one, many = column([whole.copy()], lazy), column([p.copy() for p in parts], lazy)
            a = one.astype(object) if lazy and values is text else np.asarray(one, dtype=object)
            b = many.astype(object) if lazy and values is text else np.asarray(many, dtype=object)
            assert len(a) == n and all((x is None and y is None) or x == y or (x != x and y != y)
                                       for x, y in zip(a, b)), (values.dtype, lazy)
        plain = column([values.copy()])
        assert np.array_equal(np.asarray(plain, dtype=object), np.asarray(column(np.array_split(values, 4)),
                                                                           dtype=object))
