"""Write output/demo/lpt_demo.qgz: every demo output layer in EPSG:27700, grouped, ordered and styled.

    python3 scripts/demo_project.py [output/demo]     (run by make demo; PyQGIS)

Each GeoPackage carries its style as its default, so the project only orders and groups: priorities on
top (the top streets above every area fill), then insight and change, then the inputs. Layers that
hold personal data (members, surveys, visits) are added unticked to a group that says so.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GROUPS = [  # (group, [(file, layer name, visible)]) top to bottom, as drawn
    ("Priorities", [("hot_places.gpkg", "Hot places", True), ("priority_streets.gpkg", "Priority streets", True),
                    ("priority_areas.gpkg", "Priority areas", False)]),
    ("Insight", [("street_insight.gpkg", "Street insight", False), ("area_insight.gpkg", "Area insight", True),
                 ("street_change.gpkg", "Street change", False), ("area_change.gpkg", "Area change", False)]),
    ("Inputs", [("wards.gpkg", "Wards", True), ("streets_approx.gpkg", "Streets (approximate)", False),
                ("crime.gpkg", "Crimes (police.uk)", False), ("postcodes.gpkg", "Postcodes", False)]),
    ("Personal data: do not share", [("members.gpkg", "Members", False), ("surveys.gpkg", "Survey responses", False),
                                     ("visits.gpkg", "Door-knock visits", False)]),
]


def build(out: str) -> str:
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer
    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    project.setTitle("Local Priority Targeting: Kingston upon Hull demo")
    root = project.layerTreeRoot()
    for gi, (group_name, layers) in enumerate(GROUPS):
        group = root.insertGroup(gi, group_name)
        for path, name, visible in layers:
            full = os.path.join(out, path)
            if not os.path.exists(full):
                continue
            layer = QgsVectorLayer(full, name, "ogr")
            if not layer.isValid():
                raise SystemExit(f"{full}: not a valid layer")
            project.addMapLayer(layer, False)
            node = group.addLayer(layer)
            node.setItemVisibilityChecked(visible)
        group.setExpanded(group_name != "Personal data: do not share")
    target = os.path.join(out, "lpt_demo.qgz")
    if not project.write(target):
        raise SystemExit(f"could not write {target}: {project.error()}")
    return target


if __name__ == "__main__":
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    print(build(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "output", "demo")))
    app.exitQgis()
