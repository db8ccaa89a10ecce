"""The workspace database's algorithms (lpt:setupdatabase) and the QGIS side of a PostGIS workspace's connection."""
