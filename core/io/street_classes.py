"""Road classes that are not streets people live on: excluded from a street import unless the user says otherwise.

Standard library only: the Processing algorithm shows the list as its parameter's default when QGIS starts."""

DEFAULT_EXCLUDED = ("footway", "steps", "path", "cycleway", "bridleway", "bus_guideway", "corridor", "elevator",
                    "platform", "proposed", "construction", "raceway", "busway", "no")
