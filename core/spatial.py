"""Small spatial helpers on shapely 2 (vectorised, STRtree based)."""
from __future__ import annotations

import numpy as np


def require_shapely2():
    import shapely
    major = int(shapely.__version__.split(".")[0])
    if major < 2:
        from .errors import LptInputError
        from .i18n import tr
        raise LptInputError(tr("shapely {version} is installed; Local Priority Targeting needs 2.0 or newer").format(
            version=shapely.__version__), "shapely",
            tr("run: python3 -m pip install --user 'shapely>=2' (see README, Installation)."))
    return shapely


def components(n: int, pairs_a: np.ndarray, pairs_b: np.ndarray) -> np.ndarray:
    """Connected-component label per node for an undirected edge list (scipy csgraph)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    if n == 0:
        return np.zeros(0, dtype=int)
    m = coo_matrix((np.ones(len(pairs_a)), (pairs_a, pairs_b)), shape=(n, n))
    return connected_components(m, directed=False)[1]
