"""GUI-free domain logic of Local Priority Targeting.

Nothing in this package imports ``qgis``: readers, validation, linkage, scoring,
trends and templates live here and are tested directly with pytest.  Processing
algorithms (``processing/``) and dialogs (``dialogs/``) are thin layers over it.
"""
