"""The default QGIS style each workspace table is stored with (chosen here, outside core/: the store keeps what
it is given)."""
import os


TABLE_STYLES = {"crimes": "crime_points.qml", "postcodes": "postcodes.qml", "streets": "streets.qml",
                "areas": "areas.qml"}


def table_style_qml(table: str) -> str:
    """The QML text of ``table``'s default style ('' when it has none)."""
    from ..core.config import PLUGIN_DIR
    qml = TABLE_STYLES.get(table, "")
    path = os.path.join(PLUGIN_DIR, "resources", "styles", qml) if qml else ""
    if not (path and os.path.exists(path)):
        return ""
    with open(path, encoding="utf-8") as fh:
        return fh.read()
