"""Local Priority Targeting - QGIS plugin entry point."""


def classFactory(iface):  # noqa: N802 - QGIS API name
    from .plugin import LocalPriorityTargetingPlugin
    return LocalPriorityTargetingPlugin(iface)
