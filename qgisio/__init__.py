"""QGIS adapters shared by processing/ and dialogs/: layers and fields to and from DataFrames."""
