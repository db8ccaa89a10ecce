"""The workspace store: one interface (:mod:`.base`), a GeoPackage implementation (:mod:`.geopackage`), a PostGIS
one (:mod:`.postgis`: connection names :mod:`.postgis_conn`, SQL :mod:`.postgis_sql` and ``sql/``, reads
:mod:`.postgis_read`, link queries :mod:`.postgis_link`, errors :mod:`.postgis_faults`, roles
:mod:`.postgis_setup`; psycopg is imported only when a PostGIS workspace is opened), and the domain operations
on it (:mod:`.workspace`: imports with provenance, links computed once)."""
