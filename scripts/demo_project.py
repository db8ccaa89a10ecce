"""Write output/demo/lpt_demo.qgz: every demo output layer in EPSG:27700, grouped, ordered and styled.

    python3 scripts/demo_project.py [output/demo]     (run by make demo; PyQGIS)

Each GeoPackage carries its style as its default, so the project only orders and groups: priorities on
top (the top streets above every area fill), then insight and change, then the inputs. Layers that
hold personal data (members, surveys, visits) are added unticked to a group that says so.

The project names its transformation between WGS 84 (police.uk, GPS) and British National Grid: OSTN15
(EPSG:7710, about 1 m as EPSG states it, the NTv2 grid installed by `make deps`) when PROJ finds the grid, or
else the Helmert "OSGB36 to WGS 84 (6)" (EPSG:1314, about 2 m) - named explicitly, so QGIS Desktop does not
warn "Cannot use preferred transform between EPSG:4326 and EPSG:27700".
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


def name_transformations(project) -> str:
    """Set the best available operation both ways between EPSG:4326 and EPSG:27700; return what it is."""
    from qgis.core import QgsCoordinateReferenceSystem as Crs, QgsDatumTransform
    context = project.transformContext()
    chosen = ""
    for src, dst in (("EPSG:4326", "EPSG:27700"), ("EPSG:27700", "EPSG:4326")):
        ops = [o for o in QgsDatumTransform.operations(Crs(src), Crs(dst)) if o.isAvailable]
        if not ops:
            continue
        best = min(ops, key=lambda o: o.accuracy if o.accuracy >= 0 else 1e9)
        context.addCoordinateOperation(Crs(src), Crs(dst), best.proj, True)
        chosen = f"{best.name} (accuracy {best.accuracy:g} m)"
    project.setTransformContext(context)
    return chosen


def build(out: str) -> str:
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer
    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    project.setTitle("Local Priority Targeting: Kingston upon Hull demo")
    print(f"transformation between EPSG:4326 and EPSG:27700: {name_transformations(project)}")
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
