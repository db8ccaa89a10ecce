"""Gi* against PySAL esda; BH-FDR on known values; concentration."""
import numpy as np
import pytest

from local_priority_targeting.core.analyse.hotspots import concentration_share, distance_band, gi_star
from local_priority_targeting.core.analyse.trends import bh_qvalues


def _esda_z(values, w_csr):
    import warnings
    from esda.getisord import G_Local
    from libpysal.weights import WSP
    warnings.simplefilter("ignore")
    # esda adds the focal unit itself when star=True: hand it the weights without the diagonal
    off = w_csr.copy().tolil()
    off.setdiag(0)
    wsp = WSP(off.tocsr())
    w = wsp.to_W(silence_warnings=True)
    g = G_Local(values, w, transform="B", star=True, permutations=0)
    return g.Zs


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_gi_star_equals_esda(seed):
    rng = np.random.default_rng(seed)
    n = 400
    x, y = rng.random(n) * 5000, rng.random(n) * 5000
    values = rng.poisson(3, n).astype(float)
    values[:10] += 30                                  # a cluster of hot units
    w = distance_band(x, y, 400.0)
    z, p = gi_star(values, w)
    assert np.allclose(z, _esda_z(values, w), rtol=0, atol=1e-9)
    assert np.allclose(p, 2 * (1 - __import__("scipy").stats.norm.cdf(np.abs(z))))


def test_gi_star_on_real_hull_streets():
    from local_priority_targeting.core.io.crime import PoliceUkReader
    from local_priority_targeting.core.io.streets import streets_from_points
    from _paths import DEMO
    import shapely
    c = PoliceUkReader(str(DEMO / "crime" / "2024-01-hull-street.csv")).read().accepted
    lines = streets_from_points(c.street, c.easting.values, c.northing.values)
    mid = shapely.line_interpolate_point(lines.geometry.values, 0.5, normalized=True)
    counts = c.street.value_counts().reindex(lines.name).fillna(0).values
    w = distance_band(shapely.get_x(mid), shapely.get_y(mid), 400.0)
    z, _ = gi_star(counts, w)
    assert np.allclose(z, _esda_z(counts, w), atol=1e-9)
    assert w.diagonal().min() == 1                     # self included


def test_bh_fdr_known_p_values():
    # Benjamini & Hochberg (1995): 15 p-values of their worked example; at q = 0.05 the first 4 are rejected
    p = np.array([0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
                  0.5719, 0.6528, 0.7590, 1.000])
    q = bh_qvalues(p)
    assert (q <= 0.05).sum() == 4
    assert q[0] == pytest.approx(0.0015) and q[3] == pytest.approx(0.0095 * 15 / 4)
    assert np.all(np.diff(q) >= -1e-12)                # monotone in p


def test_concentration_share():
    assert concentration_share(np.r_[np.full(20, 40.0), np.full(80, 2.5)]) == pytest.approx(0.8)
    assert concentration_share(np.ones(10)) == pytest.approx(0.2)
