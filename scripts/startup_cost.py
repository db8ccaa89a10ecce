"""What enabling the plugin costs at every start (issue #29), as `make bench` reports it.

* `qgis_process.bin list` with the plugin enabled against the same without it, in turn (7 pairs after a warm-up);
* QGIS Desktop started (under Xvfb) and quit as soon as its window is up, with the plugin enabled and disabled in
  two otherwise identical profiles, in turn;
* loading and registering the plugin inside a fresh Python, and which heavy packages that imports (none).
Run alone: `QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/startup_cost.py`.
"""
import configparser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXE = "/usr/bin/qgis_process.bin"
PKG = "local_priority_targeting"

REGISTER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
before = set(sys.modules)
t1 = time.perf_counter()
import local_priority_targeting as lpt
plugin = lpt.classFactory(None)
plugin.initProcessing()
t2 = time.perf_counter()
heavy = [m for m in ("pandas", "shapely", "scipy", "jinja2", "osgeo", "pyproj", "numpy", "psycopg")
         if m in sys.modules and m not in before]
n = len(QgsApplication.processingRegistry().providerById("lpt").algorithms())
print(json.dumps({"register_s": t2 - t1, "heavy": heavy, "algorithms": n}))
"""

QUIT = """
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, active_plugins
open({marker!r}, "w").write(",".join(active_plugins))
QTimer.singleShot(0, iface.actionExit().trigger)
"""


def paired(a, b, env_a, env_b, pairs=7):
    """Wall seconds of commands a and b run in turn (one warm-up each first): medians, and the median of a - b."""
    walls = {"a": [], "b": []}
    for i in range(pairs + 1):
        for key, args, env in (("a", a, env_a), ("b", b, env_b)):
            t = time.perf_counter()
            subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                           timeout=300)
            if i:
                walls[key].append(time.perf_counter() - t)
    med = lambda v: sorted(v)[len(v) // 2]  # noqa: E731
    return med(walls["a"]), med(walls["b"]), med([x - y for x, y in zip(walls["a"], walls["b"])])


def headless(on_env):
    empty = os.path.join(ROOT, "build", "bench-no-plugins")
    off_profile = os.path.join(ROOT, "build", "bench-profile-off")
    os.makedirs(empty, exist_ok=True)
    os.makedirs(off_profile, exist_ok=True)
    off = dict(on_env, QGIS_PLUGINPATH=empty, QGIS_CUSTOM_CONFIG_PATH=off_profile)
    subprocess.run([EXE, "plugins", "enable", PKG], env=on_env, capture_output=True)
    return paired([EXE, "list"], [EXE, "list"], on_env, off)


def _profile(root, enabled):
    prof = os.path.join(root, "profiles", "default")
    os.makedirs(os.path.join(prof, "QGIS"))
    os.makedirs(os.path.join(prof, "python", "plugins"))
    os.symlink(ROOT, os.path.join(prof, "python", "plugins", PKG), target_is_directory=True)
    ini = configparser.ConfigParser()
    ini.optionxform = str
    ini["PythonPlugins"] = {PKG: "true" if enabled else "false"}
    ini["app"] = {"newsfeed\\enabled": "false"}
    ini["qgis"] = {"checkVersion": "false", "showTips": "false", "allowVersionCheck": "false"}
    with open(os.path.join(prof, "QGIS", "QGIS3.ini"), "w") as fh:
        ini.write(fh)


def desktop(on_env):
    """QGIS Desktop from start to its window, plugin enabled vs disabled (None without Xvfb or qgis)."""
    if not (shutil.which("Xvfb") and os.path.exists("/usr/bin/qgis")):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        xvfb = subprocess.Popen(["Xvfb", ":77", "-screen", "0", "1366x768x24"], stderr=subprocess.DEVNULL)
        try:
            time.sleep(1.0)
            env = {k: v for k, v in on_env.items() if k not in ("QT_QPA_PLATFORM", "QGIS_PLUGINPATH",
                                                                    "QGIS_CUSTOM_CONFIG_PATH")}
            env["DISPLAY"] = ":77"
            cmds = []
            for name, enabled in (("on", True), ("off", False)):
                _profile(os.path.join(tmp, name), enabled)
                script = os.path.join(tmp, f"quit_{name}.py")
                with open(script, "w") as fh:
                    fh.write(QUIT.format(marker=os.path.join(tmp, f"active_{name}.txt")))
                cmds.append(["/usr/bin/qgis", "--profiles-path", os.path.join(tmp, name), "--nologo",
                             "--noversioncheck", "--code", script])
            res = paired(cmds[0], cmds[1], env, env, pairs=5)
            active = [open(os.path.join(tmp, f"active_{n}.txt")).read().split(",") for n in ("on", "off")]
            if PKG not in active[0] or PKG in active[1]:
                raise SystemExit(f"desktop start-up: the plugin was not enabled/disabled as meant: {active}")
            return res
        finally:
            xvfb.terminate()


PACKAGES = ("core", "processing", "dialogs", "qgisio")      # the plugin's code besides its top-level modules


def byte_compiled() -> int:
    """The plugin's modules compiled to __pycache__, as they are after its first start in a user's QGIS (Python
    writes them there then): without, every start here would compile them from source again when the environment
    says PYTHONDONTWRITEBYTECODE (this machine's does), a cost no user pays twice.  Returns the modules compiled."""
    import compileall
    import glob

    def pycs():
        return len(glob.glob(os.path.join(ROOT, "__pycache__", "*.pyc")) +
                   [p for sub in PACKAGES for p in glob.glob(os.path.join(ROOT, sub, "**", "*.pyc"), recursive=True)])
    before = pycs()
    for path in glob.glob(os.path.join(ROOT, "*.py")):
        compileall.compile_file(path, quiet=1)
    for sub in PACKAGES:
        compileall.compile_dir(os.path.join(ROOT, sub), quiet=1)
    return pycs() - before


def startup():
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    from demo import env as demo_env
    on = demo_env()
    n = byte_compiled()
    print(f"The plugin byte-compiled as after its first start ({n} modules compiled now)", flush=True)
    a, b, diff = headless(on)
    p = subprocess.run([sys.executable, "-c", REGISTER, os.path.join(ROOT, "build", "plugins")], env=on,
                       capture_output=True, text=True, check=True)
    reg = json.loads(p.stdout.strip().splitlines()[-1])
    print(f"Start-up: qgis_process.bin list {a:.2f} s with the plugin, {b:.2f} s without (medians of 7 pairs in "
          f"turn): the plugin adds {diff:.2f} s (target <= 0.15 s). Loading and registering its "
          f"{reg['algorithms']} algorithms in Python: {reg['register_s']:.3f} s, heavy packages imported: "
          f"{', '.join(reg['heavy']) or 'none'}", flush=True)
    out = {"with_s": a, "without_s": b, "added_s": diff, **reg}
    d = desktop(on)
    if d:
        print(f"QGIS Desktop start to window and quit: {d[0]:.2f} s with the plugin enabled, {d[1]:.2f} s with it "
              f"disabled (medians of 5 pairs in turn): the plugin adds {d[2]:.2f} s (target <= 0.15 s)", flush=True)
        out.update(desktop_with_s=d[0], desktop_without_s=d[1], desktop_added_s=d[2])
    return out


if __name__ == "__main__":
    startup()
