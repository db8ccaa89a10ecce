"""The workspace store: one interface (:mod:`.base`), a GeoPackage implementation (:mod:`.geopackage`), and the
domain operations on it (:mod:`.workspace`: imports with provenance, links computed once)."""
