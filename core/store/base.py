"""The storage interface every algorithm reads from and writes to.

The domain code (:mod:`.workspace`) uses only this interface, never SQL or a file format, so the GeoPackage
store (the embedded default, :mod:`.geopackage`) and the PostGIS store (a force's shared workspace with roles
and row-level security, :mod:`.postgis`) are interchangeable (``tests/test_store_contract.py`` runs over both).  Tables are pandas DataFrames; a geometry column holds shapely geometries in EPSG:27700.
Each write is all or nothing: inside :meth:`Store.transaction` several writes are one.
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from contextlib import contextmanager
from typing import Dict, Iterator, List, Optional, Protocol, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import LptInputError
from ..i18n import tr

KIND = "lpt-workspace"
SCHEMA_VERSION = 4
NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def check_name(name: str) -> str:
    """Table and column names are plain lower-case identifiers: never text from a file."""
    if not NAME.match(name or ""):
        raise LptInputError(tr("not a valid workspace table or column name: {name!r}").format(name=name), "WORKSPACE",
                            tr("names are lower-case letters, digits and underscores."))
    return name


class LinkQueries(Protocol):
    """Spatial questions a backend may answer itself, against the workspace's ``streets`` and ``areas`` tables
    (PostGIS: a KNN ``<->`` query and ``ST_Contains`` on indexed tables).  The link stage asks them when
    :meth:`Store.link_queries` offers them and uses its own in-memory trees otherwise; the answers must be the
    same either way."""

    def nearest_segments(self, x: np.ndarray, y: np.ndarray, max_distance: float) -> Tuple[np.ndarray, np.ndarray]:
        """Per point (EPSG:27700 metres): the segment_id of the nearest street segment within ``max_distance``
        (-1 none; equidistant segments: the lowest segment_id) and its distance (NaN none)."""

    def areas_of(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Per point: the area_code of the area containing it ('' none; a point on a shared boundary: the lowest
        area_code among those containing or touching it)."""


class Store(ABC):
    """A workspace: named tables, metadata, and transactions."""

    path: str = ""

    @abstractmethod
    def tables(self) -> List[str]:
        """Names of the data tables."""

    @abstractmethod
    def write_table(self, name: str, df: pd.DataFrame, geometry: Optional[str] = None,
                    geometry_type: str = "GEOMETRY", style_qml: str = "") -> None:
        """Replace table ``name`` with ``df`` (``geometry``: the column of shapely geometries)."""

    @abstractmethod
    def append_rows(self, name: str, df: pd.DataFrame) -> None:
        """Add rows to an existing table (same columns)."""

    @abstractmethod
    def read_table(self, name: str, columns: Optional[Sequence[str]] = None,
                   where: Optional[Dict[str, Sequence]] = None) -> pd.DataFrame:
        """Rows of ``name``; ``where`` keeps rows whose column value is in the given list (pushed down)."""

    def read_tables(self, wanted: Dict[str, Sequence[str]]) -> Dict[str, pd.DataFrame]:
        """Several whole tables at once ({name: columns}); a backend may read them concurrently."""
        return {name: self.read_table(name, cols) for name, cols in wanted.items()}

    @abstractmethod
    def update_rows(self, name: str, key: str, keys: Sequence, values: Dict[str, object]) -> int:
        """Set ``values`` ({column: value}) on the rows whose ``key`` is in ``keys``; returns how many changed.
        How a set-up is archived: the loop's tables are never deleted from or replaced (:data:`.schema.KEPT`)."""

    @abstractmethod
    def columns(self, name: str) -> List[str]:
        """Column names of a table ('geometry' for its geometry)."""

    @abstractmethod
    def delete_table(self, name: str) -> None:
        """Drop a table if it exists."""

    @abstractmethod
    def get_meta(self, key: str, default: Optional[str] = None) -> Optional[str]:
        """A metadata value (schema version, fingerprints)."""

    @abstractmethod
    def set_meta(self, key: str, value: str) -> None:
        """Set a metadata value."""

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is committed together or not at all."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def row_count(self, name: str) -> int:
        """How many rows a table holds."""
        cols = self.columns(name)
        return len(self.read_table(name, cols[:1])) if cols else 0

    def has_table(self, name: str) -> bool:
        """Whether the workspace has the table: a data table or one of its own (lpt_setups, ...)."""
        return name in self.tables() or bool(self.columns(name))

    def next_number(self, name: str, column: str, prefix: str) -> int:
        """The next free number of ids like ``S0001`` (``prefix`` + digits) in ``name.column``, counting every row -
        also those row-level security hides from this user (a backend that has it answers itself)."""
        if not self.has_table(name):
            return 1
        ids = self.read_table(name, [column])[column].astype(str)
        nums = [int(s[len(prefix):]) for s in ids if s[len(prefix):].isdigit()]
        return max(nums) + 1 if nums else 1

    def contact_fields(self, area_code: str) -> Optional[pd.DataFrame]:
        """The contact fields (member_id, name, email, phone) of the key contacts of one area, for a user the
        members table does not show them to but who may receive them through an audited door of the backend
        (PostGIS: ``lpt.key_contacts``, which checks the area is the user's, leaves out any member not clearly
        consenting and appends an audit row); None when there is no such door - ``members`` shows the user what
        they may read.  Optional capability."""
        return None

    def narrowed(self, name: str) -> bool:
        """Whether this user sees only some rows of table ``name`` (row-level security by area); False when the
        backend has none or the user sees every row.  A check then says "not one of yours", not "not there"."""
        return False

    def link_queries(self) -> Optional[LinkQueries]:
        """Nearest-street and point-in-area queries answered by the backend itself, or None (the default: the
        link stage computes them in memory).  Optional capability: a backend offers it when it is faster."""
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
