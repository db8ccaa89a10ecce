"""The ranking's settings: components, their weights and the run's configuration.

Standard library only, so that the Processing algorithm can declare its parameters (one weight per component, the
defaults) without importing pandas when QGIS starts (issue #29)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Dict, List, Optional

from ..errors import LptInputError
from ..i18n import tr

COMPONENTS = ["harm", "hot", "trend", "concern", "confidence", "vulnerability", "engagement"]


@dataclass
class PriorityWeights:
    harm: float = 1.0
    hot: float = 1.0
    trend: float = 0.5
    concern: float = 1.0
    confidence: float = 1.0
    vulnerability: float = 0.75
    engagement: float = 0.75

    def as_dict(self) -> Dict[str, float]:
        d = {f.name: float(getattr(self, f.name)) for f in fields(self)}
        if any(v < 0 for v in d.values()) or sum(d.values()) <= 0:
            raise LptInputError(tr("weights must be zero or more, and not all zero"), "WEIGHTS", "")
        return d


@dataclass
class PriorityConfig:
    weights: PriorityWeights = field(default_factory=PriorityWeights)
    gi_distance: float = 400.0
    alpha: float = 0.05
    visit_months: int = 12
    suppress_below: int = 5
    rules_path: str = ""
    areas: Optional[List[str]] = None          # area codes to keep (None = every area given)
    patch: Optional[object] = None             # a shapely polygon (team's patch), EPSG:27700
    places_apart: bool = True                  # crimes at named places: hot places only, not street scores
    places_path: str = ""                      # place-name table (default resources/config/place_names.csv)
    survey_months: int = 12                    # survey answers used: the 12 months to the period's end
    replicates: int = 200                      # bootstrap replicates (0 = no intervals)
    top_n: int = 20                            # the cut the bootstrap and the report speak of
    seed: int = 20240229
