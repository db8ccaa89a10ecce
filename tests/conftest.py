"""Test set-up: the real plugin, loaded under its package name, with pytest-qgis.

The repository root *is* the plugin folder; ``build/plugins/local_priority_targeting``
is a symlink to it so that the plugin imports exactly as QGIS imports it, and so
that ``qgis_process.bin`` finds it on ``QGIS_PLUGINPATH``.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DATA, DEMO, PKG, PLUGINS, ROOT  # noqa: E402,F401

# The repo root is the plugin folder: its ``processing/`` package must not shadow QGIS's
# ``processing`` (``python -m pytest`` puts the working directory on sys.path).
sys.path[:] = [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != ROOT]
_shadow = sys.modules.get("processing")
if _shadow is not None and str(ROOT) in str(getattr(_shadow, "__file__", "")):
    del sys.modules["processing"]

PLUGINS.mkdir(parents=True, exist_ok=True)
_link = PLUGINS / PKG
if not _link.exists():
    _link.symlink_to(ROOT, target_is_directory=True)
sys.path.insert(0, str(PLUGINS))
for p in ("/usr/share/qgis/python/plugins", "/usr/share/qgis/python"):
    if os.path.isdir(p) and p not in sys.path:
        sys.path.append(p)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class RecordingIface:
    """pytest-qgis' stub iface plus the menu calls it lacks, recorded so tests can check unload."""

    def __init__(self, iface):
        self._iface = iface
        self.menu = []
        self.toolbar = []
        self.docks = []

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def addPluginToMenu(self, name, action):  # noqa: N802
        self.menu.append((name, action))

    def removePluginMenu(self, name, action):  # noqa: N802
        self.menu.remove((name, action))

    def addToolBarIcon(self, action):  # noqa: N802
        self.toolbar.append(action)

    def removeToolBarIcon(self, action):  # noqa: N802
        self.toolbar.remove(action)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.docks.append(dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.docks.remove(dock)


@pytest.fixture(scope="session")
def lpt_plugin(qgis_iface, qgis_processing):
    """The real plugin, loaded through classFactory and initGui, for the whole session."""
    import importlib
    mod = importlib.import_module(PKG)
    plugin = mod.classFactory(RecordingIface(qgis_iface))
    plugin.initGui()
    yield plugin
    plugin.unload()


@pytest.fixture()
def run_alg(lpt_plugin):
    """processing.run with the plugin loaded."""
    import processing

    def _run(alg, params):
        return processing.run(alg, params)
    return _run


@pytest.fixture(scope="session")
def generated(tmp_path_factory, qgis_app):
    """Synthetic members, surveys and visits on the shipped Hull geography (domain API, seeded)."""
    from local_priority_targeting.core import synth
    from local_priority_targeting.core.io.areas import read_geojson
    codes, _, wkb = read_geojson(str(DEMO / "boundaries" / "hull_lsoa2021.geojson"), "lsoa21_code")
    geo = synth.load_geography(str(DEMO / "postcodes" / "codepo_hu_hull.csv"), codes, wkb,
                               str(DEMO / "census2021" / "ts021_ethnic_group_lsoa21_hull_long.csv"),
                               str(DEMO / "census2021" / "ts030_religion_lsoa21_hull_long.csv"),
                               str(DEMO / "census2021" / "ts011_household_deprivation_lsoa21_hull_long.csv"),
                               str(DEMO / "deprivation" / "iod2025_lsoa21_hull.csv"), str(DEMO / "crime"))
    out = synth.generate(geo, synth.SynthConfig(members=6000, seed=7))
    folder = tmp_path_factory.mktemp("generated")
    paths = synth.write(out, str(folder))
    return {"geo": geo, "frames": out, "paths": paths, "folder": folder}


def venv_site_packages():
    import shapely
    return str(Path(shapely.__file__).resolve().parents[1])


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory):
    """Run ``qgis_process.bin`` in a subprocess with an isolated profile and the plugin enabled."""
    exe = "/usr/bin/qgis_process.bin"
    if not os.path.exists(exe):
        pytest.fail("qgis_process.bin is missing: install QGIS (make deps)")
    cfg = tmp_path_factory.mktemp("qgis_profile")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(cfg),
               QGIS_PLUGINPATH=str(PLUGINS),
               PYTHONPATH=os.pathsep.join([venv_site_packages(), os.environ.get("PYTHONPATH", "")]))
    subprocess.run([exe, "plugins", "enable", PKG], env=env, check=True, capture_output=True, timeout=300)

    def _run(*args, timeout=600):
        return subprocess.run([exe, *args], env=env, capture_output=True, text=True, timeout=timeout)
    return _run


@pytest.fixture(scope="session", autouse=True)
def _free_qgis_objects_before_exit(qgis_app):
    """Any QgsMapLayer still alive when QGIS exits crashes the interpreter at shutdown (a PyQGIS trait). A test
    frame kept by a pytest.raises traceback can hold layers: destroy every Python-owned layer while QGIS lives."""
    yield
    import gc
    from qgis.core import QgsMapLayer, QgsProject
    from qgis.PyQt import sip
    QgsProject.instance().removeAllMapLayers()
    gc.collect()
    for obj in gc.get_objects():
        try:
            if isinstance(obj, QgsMapLayer) and not sip.isdeleted(obj) and sip.ispyowned(obj):
                sip.delete(obj)
        except (ReferenceError, RuntimeError):   # a wrapper whose C++ object is already gone
            pass


def started_pg_server(**options):
    """A started tests/pg_server.py server (``options``: PgServer's, e.g. ssl=True). Skipped only when the server
    programs are absent outside CI; under CI=true their absence fails, as does a server that does not start."""
    import pg_server as P
    why = P.missing()
    if why:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL tests cannot run under CI: {why} (make test installs them)")
        pytest.skip(why)
    server = P.PgServer(**options)
    try:
        return server.start()
    except subprocess.CalledProcessError as exc:
        log = server.log()
        server.stop()
        pytest.fail(f"the test PostgreSQL server did not start: {exc.stderr or exc}\n{log}")


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL + PostGIS server of this worker's own (tests/pg_server.py), stopped after the session."""
    server = started_pg_server()
    yield server
    server.stop()


@pytest.fixture()
def pg_db(pg_server, request):
    """A fresh database with PostGIS for one test; its conninfo (superuser, trust on the server's socket)."""
    import re
    name = "t_" + re.sub(r"[^a-z0-9_]", "_", request.node.name.lower())[:50]
    return pg_server.new_database(name)


@pytest.fixture()
def welsh_qgis(lpt_plugin):
    """The QGIS locale set to Welsh and the plugin's translation installed from it; English again afterwards."""
    from qgis.PyQt.QtCore import QSettings
    from local_priority_targeting.processing import translation
    s = QSettings()
    saved = {k: s.value(k) for k in ("locale/overrideFlag", "locale/userLocale")}
    s.setValue("locale/overrideFlag", True)
    s.setValue("locale/userLocale", "cy")
    translation.remove_translation()
    try:
        yield translation.install_translation()
    finally:
        translation.remove_translation()
        for k, v in saved.items():
            s.remove(k) if v is None else s.setValue(k, v)
