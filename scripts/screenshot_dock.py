"""Screenshot of the message dock beside a map of the demo outputs (run under Xvfb; developer tool).

    make demo && xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot_dock.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "build", "plugins"))

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer  # noqa: E402
from qgis.gui import QgsMapCanvas  # noqa: E402
from qgis.PyQt.QtCore import QCoreApplication, Qt  # noqa: E402
from qgis.PyQt.QtWidgets import QMainWindow  # noqa: E402

app = QgsApplication([], True)
app.initQgis()
from local_priority_targeting.dialogs.message_dock import MessageDock  # noqa: E402

OUT = os.path.join(ROOT, "output", "demo")
layers = {n: QgsVectorLayer(os.path.join(OUT, f"{n}.gpkg"), n, "ogr")
          for n in ("members", "postcodes", "area_insight", "wards", "priority_streets")}
QgsProject.instance().addMapLayers(list(layers.values()))
win = QMainWindow()
win.resize(1560, 980)
canvas = QgsMapCanvas()
canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
canvas.setLayers([layers["priority_streets"], layers["area_insight"]])
win.setCentralWidget(canvas)
dock = MessageDock(canvas=canvas)
win.addDockWidget(Qt.RightDockWidgetArea, dock)
dock.setMinimumWidth(560)
win.show()
QCoreApplication.processEvents()
canvas.setExtent(layers["wards"].extent())
dock.members_combo.setLayer(layers["members"])
dock.postcodes_combo.setLayer(layers["postcodes"])
dock.areas_combo.setLayer(layers["wards"])
dock.insight_combo.setLayer(layers["area_insight"])
dock.priority_combo.setLayer(layers["priority_streets"])
dock.load_data()
for i in range(dock.area_list.count()):
    if dock.area_list.item(i).data(Qt.UserRole) in ("E05011541", "E05011529"):
        dock.area_list.item(i).setCheckState(Qt.Checked)
dock.add_set("exclude", "group", "IAG")
dock.what_done.setText("Two drugs warrants on Hessle Road and extra evening patrols")
dock.team.setText("Hull Central Neighbourhood Policing Team")
dock.fill_template()
for _ in range(20):
    QCoreApplication.processEvents()
canvas.refresh()
canvas.waitWhileRendering()
QCoreApplication.processEvents()
path = os.path.join(ROOT, "docs", "message_dock.png")
win.grab().save(path)
print(path)
app.exitQgis()
