"""Install the packaged zip into a throwaway profile and drive the real QGIS Desktop under Xvfb.

    make desktop-check        (xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/desktop_check.py)

Run 1, QGIS's own Python only (no shapely 2): QGIS starts, the plugin loads with no traceback, the message
bar says what is missing and has a button; the button's installer is pointed at a local wheel folder and
installs into the profile. Run 2, QGIS restarted: the plugin is active, its toolbar button and menu exist,
every algorithm is in the toolbox, the message dock opens docked, one import and Priority streets run
from their dialogs on the demo data, the plugin unloads and reloads with nothing left behind, and nothing
was logged as an error. Screenshots and results.json go to build/desktop/.
"""
import configparser
import json
import os
import shutil
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = "local_priority_targeting"
OUT = os.path.join(ROOT, "build", "desktop")
sys.path.insert(0, os.path.join(ROOT, "scripts"))

INSIDE = r'''
import json, os, sys, traceback
from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QTimer, Qt, QCoreApplication
from qgis.PyQt.QtWidgets import QDockWidget, QPushButton
import qgis.utils
from qgis.utils import iface

OUT, PHASE, WHEELS, DEMO, WORK = {out!r}, {phase!r}, {wheels!r}, {demo!r}, {work!r}
NAME = "local_priority_targeting"
res = {{"phase": PHASE, "errors": [], "checks": {{}}}}
def log_message(msg, tag, level):
    if level >= Qgis.Critical or tag in ("Python error", "Plugins") and ("rror" in msg or "raceback" in msg):
        res["errors"].append(f"{{tag}}: {{msg[:500]}}")
QgsApplication.messageLog().messageReceived.connect(log_message)

def check(name, value):
    res["checks"][name] = value
    with open(os.path.join(OUT, f"steps_{{PHASE}}.txt"), "a") as fh:
        fh.write(f"{{name}}: {{value}}\n")

def shot(name, widget=None):
    for _ in range(10):
        QCoreApplication.processEvents()
    (widget or iface.mainWindow()).grab().save(os.path.join(OUT, name + ".png"))

def menu_actions():
    for a in iface.pluginMenu().actions():
        if a.menu() is not None and "Local Priority Targeting" in a.text():
            return [b.objectName() for b in a.menu().actions()]
    return []

def toolbar_has(name):
    from qgis.PyQt.QtWidgets import QToolBar
    return any(a.objectName() == name for tb in iface.mainWindow().findChildren(QToolBar) for a in tb.actions())

def provider_algs():
    p = QgsApplication.processingRegistry().providerById("lpt")
    return sorted(a.name() for a in p.algorithms()) if p else []

def wait_for(path, seconds=300):
    import time
    t = time.time()
    while not os.path.exists(path) and time.time() - t < seconds:
        QCoreApplication.processEvents()
        time.sleep(0.05)
    return os.path.exists(path)

def run_dialog(alg_id, params, out_path, name):
    """Run from the algorithm's own dialog (in a background task, as a user's click does) and wait for it."""
    import time
    from qgis import processing
    dlg = processing.createAlgorithmDialog(alg_id, params)
    dlg.show()
    shot(name, dlg)
    done = []
    dlg.algorithmFinished.connect(lambda ok, results: done.append(ok))
    dlg.runAlgorithm()
    t = time.time()
    while not done and time.time() - t < 600:
        QCoreApplication.processEvents()
        time.sleep(0.05)
    shot(name + "_done", dlg)
    dlg.close()
    return bool(done and done[0] and os.path.exists(out_path))

def phase_1():
    plugin = qgis.utils.plugins.get(NAME)
    check("plugin_active", NAME in qgis.utils.active_plugins and plugin is not None)
    check("problems", [p.requirement.dist for p in plugin.problems])
    bar = iface.messageBar()
    buttons = [b for b in bar.findChildren(QPushButton) if b.objectName() == "lpt_install_button"]
    check("message_bar_button", len(buttons) == 1)
    texts = [w.text() for w in bar.items()] if hasattr(bar, "items") else []
    check("message_mentions_shapely", any("shapely" in t for t in texts))
    check("algorithms_listed", provider_algs())
    shot("1_missing_dependency_message")
    buttons[0].click()
    dlg = plugin.installer
    dlg.folder.setFilePath(WHEELS)
    shot("2_installer", dlg)
    dlg.install()
    check("installed", dlg.succeeded)
    shot("3_installer_done", dlg)

def dock_with_data(plugin, paths):
    """The dock docked beside the Processing toolbox, filled with the demo data: it must fit its width."""
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtWidgets import QScrollArea
    layers = {{k: QgsVectorLayer(v, k.lower(), "ogr") for k, v in paths.items()}}
    QgsProject.instance().addMapLayers(list(layers.values()))
    iface.mapCanvas().setExtent(layers["AREAS"].extent())
    toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    if toolbox is not None:
        toolbox.show()
        iface.mainWindow().addDockWidget(Qt.RightDockWidgetArea, toolbox)
    dock = plugin.dock
    dock.members_combo.setLayer(layers["MEMBERS"])
    dock.postcodes_combo.setLayer(layers["POSTCODES"])
    dock.areas_combo.setLayer(layers["AREAS"])
    dock.priority_combo.setLayer(layers["PRIORITY"])
    dock.load_data()
    for _ in range(30):
        QCoreApplication.processEvents()
    scroll = dock.widget()
    check("dock_fits_width", isinstance(scroll, QScrollArea) and
          scroll.widget().minimumSizeHint().width() <= scroll.viewport().width())
    check("dock_width", [dock.width(), scroll.widget().minimumSizeHint().width(), scroll.viewport().width()])
    shot("7_dock_with_data_beside_toolbox")

def phase_2():
    from qgis import processing
    plugin = qgis.utils.plugins.get(NAME)
    check("plugin_active", NAME in qgis.utils.active_plugins and plugin is not None)
    check("problems", [p.requirement.dist for p in plugin.problems])
    check("toolbar_button", toolbar_has("lpt_message_dock"))
    menu = menu_actions()
    check("menu_entries", len(menu))
    algs = provider_algs()
    check("algorithms", algs)
    check("every_algorithm_in_menu", all(f"lpt:{{a}}" in menu for a in algs))
    real = QgsApplication.processingRegistry().algorithmById("lpt:prioritystreets")
    check("real_algorithms", real is not None and len(real.parameterDefinitions()) > 10)
    plugin.toggle_dock(True)
    dock = plugin.dock
    check("dock_docked", dock is not None and not dock.isFloating() and
          iface.mainWindow().dockWidgetArea(dock) != Qt.NoDockWidgetArea)
    shot("4_dock_docked")
    m = os.path.join(WORK, "members.gpkg")
    check("import_from_dialog", run_dialog("lpt:importmembers", {{"INPUT": os.path.join(DEMO, "synthetic", "members.csv"),
                                            "OUTPUT": m}}, m, "5_import_members_dialog"))
    check("imports_start", True)
    inputs = {{k: os.path.join(WORK, f"{{k.lower()}}.gpkg") for k in ("CRIMES", "POSTCODES", "STREETS", "AREAS")}}
    processing.run("lpt:importpolicecrime", {{"FOLDER": os.path.join(DEMO, "crime"), "OUTPUT": inputs["CRIMES"]}})
    check("crimes_done", True)
    processing.run("lpt:importpostcodes", {{"INPUT": os.path.join(DEMO, "postcodes", "codepo_hu_hull.csv"),
                                           "OUTPUT": inputs["POSTCODES"]}})
    processing.run("lpt:importareas", {{"INPUT": os.path.join(DEMO, "boundaries", "hull_wards2022.geojson"),
                                       "OUTPUT": inputs["AREAS"]}})
    processing.run("lpt:streetsfromcrime", {{"INPUT": inputs["CRIMES"], "OUTPUT": inputs["STREETS"]}})
    check("imports_done", True)
    ps = os.path.join(WORK, "priority_streets.gpkg")
    check("priority_from_dialog", run_dialog("lpt:prioritystreets", dict(inputs, MEMBERS=m, PERIOD_START="2024-02",
                                              PRIORITY_STREETS=ps, PRIORITY_AREAS=os.path.join(WORK, "pa.gpkg"),
                                              REPORT=os.path.join(WORK, "report.html")), ps, "6_priority_dialog"))
    dock_with_data(plugin, dict(inputs, MEMBERS=m, PRIORITY=ps))
    qgis.utils.unloadPlugin(NAME)
    check("after_unload", {{"menu": menu_actions(), "toolbar": toolbar_has("lpt_message_dock"),
                            "provider": QgsApplication.processingRegistry().providerById("lpt") is not None,
                            "docks": [d.objectName() for d in iface.mainWindow().findChildren(QDockWidget)
                                      if d.windowTitle().startswith("Local Priority") and d.isVisible()]}})
    qgis.utils.loadPlugin(NAME)
    qgis.utils.startPlugin(NAME)
    check("after_reload", {{"menu": len(menu_actions()), "provider_algorithms": len(provider_algs()),
                            "toolbar": toolbar_has("lpt_message_dock")}})

def main():
    iface.mainWindow().setGeometry(0, 0, 1366, 768)
    try:
        phase_1() if PHASE == 1 else phase_2()
    except Exception:
        res["errors"].append("check script: " + traceback.format_exc())
    with open(os.path.join(OUT, f"results_{{PHASE}}.json"), "w") as fh:
        json.dump(res, fh, indent=2)
    QgsApplication.exit(0)

QTimer.singleShot(3000, main)
'''


def make_profile(root: str) -> str:
    """A fresh profile with the packaged zip unpacked (what Plugins > Install from ZIP does) and enabled."""
    import package
    prof = os.path.join(root, "profiles", "default")
    plugins = os.path.join(prof, "python", "plugins")
    os.makedirs(plugins)
    with zipfile.ZipFile(package.main(os.path.join(root, "dist"))) as z:
        z.extractall(plugins)
    ini = configparser.ConfigParser()
    ini.optionxform = str
    ini["PythonPlugins"] = {NAME: "true"}
    ini["app"] = {"newsfeed\\enabled": "false"}
    ini["qgis"] = {"checkVersion": "false", "showTips": "false", "allowVersionCheck": "false"}
    os.makedirs(os.path.join(prof, "QGIS"))
    with open(os.path.join(prof, "QGIS", "QGIS3.ini"), "w") as fh:
        ini.write(fh)
    return prof


def run_qgis(root: str, phase: int, work: str) -> dict:
    script = os.path.join(root, f"check_{phase}.py")
    with open(script, "w") as fh:
        fh.write(INSIDE.format(out=OUT, phase=phase, wheels=os.path.join(ROOT, "build", "wheels"),
                               demo=os.path.join(ROOT, "demo", "data"), work=work))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QGIS_PLUGINPATH", "QT_QPA_PLATFORM")}
    proc = subprocess.run(["/usr/bin/qgis", "--profiles-path", root, "--nologo", "--noversioncheck", "--code", script],
                          env=env, capture_output=True, text=True, timeout=900)
    with open(os.path.join(OUT, f"qgis_{phase}.log"), "w") as fh:
        fh.write(proc.stdout + "\n" + proc.stderr)
    path = os.path.join(OUT, f"results_{phase}.json")
    if not os.path.exists(path):
        raise SystemExit(f"QGIS run {phase} wrote no results (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    with open(path) as fh:
        return json.load(fh)


def main() -> int:
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    root = os.path.join(OUT, "qgis")
    work = os.path.join(OUT, "work")
    os.makedirs(work)
    make_profile(root)
    r1 = run_qgis(root, 1, work)
    r2 = run_qgis(root, 2, work)
    c1, c2 = r1["checks"], r2["checks"]
    algs = c2.get("algorithms", [])
    expect = {
        "run 1: plugin active without shapely 2": c1.get("plugin_active") and "shapely" in c1.get("problems", []),
        "run 1: message bar with install button": c1.get("message_bar_button"),
        "run 1: algorithms listed (as unavailable)": len(c1.get("algorithms_listed", [])) == len(algs) > 10,
        "run 1: installed from the wheel folder": c1.get("installed"),
        "run 2: plugin active, nothing missing": c2.get("plugin_active") and c2.get("problems") == [],
        "run 2: toolbar button": c2.get("toolbar_button"),
        "run 2: every algorithm in the menu": c2.get("every_algorithm_in_menu"),
        "run 2: real algorithms in the toolbox": c2.get("real_algorithms"),
        "run 2: dock docked": c2.get("dock_docked"),
        "run 2: dock fits beside the toolbox at 1366x768": c2.get("dock_fits_width"),
        "run 2: import from its dialog": c2.get("import_from_dialog"),
        "run 2: priority streets from its dialog": c2.get("priority_from_dialog"),
        "run 2: nothing left after unload": c2.get("after_unload") == {"menu": [], "toolbar": False,
                                                                       "provider": False, "docks": []},
        "run 2: reload restores everything": c2.get("after_reload", {}).get("provider_algorithms") == len(algs)
        and c2.get("after_reload", {}).get("toolbar"),
        "no error logged": not r1["errors"] and not r2["errors"],
    }
    for k, v in expect.items():
        print(("ok   " if v else "FAIL ") + k)
    for e in r1["errors"] + r2["errors"]:
        print("  error:", e[:300])
    print(f"screenshots: {OUT}")
    return 0 if all(expect.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
