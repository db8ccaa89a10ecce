"""Issue #29: enabling the plugin costs nothing until it is used. Loading the plugin and registering its
provider imports none of pandas, shapely, scipy, jinja2, GDAL's bindings, pyproj, psycopg (nor numpy), yet the
toolbox lists every algorithm with its parameters and help; with a package missing every algorithm still shows and
says what is missing, without importing the package. Each case runs in a fresh interpreter (this test session has
them all imported already). No timing is asserted here: `make bench` measures the start-up cost."""
import json
import os
import subprocess
import sys
import zipfile

from _paths import PLUGINS, ROOT

HEAVY = ["pandas", "shapely", "scipy", "jinja2", "osgeo", "pyproj", "psycopg", "psycopg2", "numpy", "pyarrow",
         "importlib.metadata"]

REGISTER = """
import json, sys
sys.path[:0] = json.loads(sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
before = set(sys.modules)
import local_priority_targeting as lpt
plugin = lpt.classFactory(None)
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("lpt")
algs = {a.id(): [a.displayName(), a.group(), len(a.parameterDefinitions()), a.shortHelpString()]
        for a in provider.algorithms()}
heavy = sorted(m for m in json.loads(sys.argv[2]) if m in sys.modules and m not in before)
print(json.dumps({"algs": algs, "heavy": heavy, "problems": [p.describe() for p in plugin.problems]}))
"""


def _register(python, *path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run([python, "-c", REGISTER, json.dumps([*map(str, path), str(PLUGINS)]), json.dumps(HEAVY)],
                         capture_output=True, text=True, timeout=180, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_registering_the_provider_imports_no_heavy_package_and_lists_every_algorithm_with_help():
    from local_priority_targeting.processing.catalogue import CATALOGUE
    got = _register(sys.executable)
    assert got["problems"] == []
    assert got["heavy"] == [], f"imported when QGIS starts: {got['heavy']}"
    assert sorted(got["algs"]) == sorted(f"lpt:{e.name}" for e in CATALOGUE)
    for alg_id, (display, group, n_params, help_text) in got["algs"].items():
        entry = next(e for e in CATALOGUE if f"lpt:{e.name}" == alg_id)
        assert (display, group) == (entry.display, entry.group)
        assert n_params >= 1, alg_id                              # the real algorithm, not a stand-in
        assert "<h3>Inputs</h3>" in help_text and "qgis_process" in help_text, alg_id


def test_with_a_package_too_old_every_algorithm_says_so_without_importing_it(tmp_path):
    """A real shapely 1.8 wheel unpacked first on the path: the plugin reports it from the version alone."""
    old = next((ROOT / "build" / "wheels" / "old").glob("*hapely-1.8*.whl"))
    with zipfile.ZipFile(old) as z:
        z.extractall(tmp_path)
    got = _register(sys.executable, tmp_path)
    assert got["heavy"] == [], f"imported when QGIS starts: {got['heavy']}"
    assert any("shapely 2.0 or newer" in p and "1.8.5" in p for p in got["problems"]), got["problems"]
    assert len(got["algs"]) > 20
    for alg_id, (_, _, _, help_text) in got["algs"].items():
        assert "shapely 2.0 or newer" in help_text and "Install dependencies" in help_text, alg_id


def test_the_light_copies_of_core_constants_agree_with_core():
    """Parameters declared without importing core (pandas) use the same names and values core checks."""
    from local_priority_targeting.core.engage import key_contacts
    from local_priority_targeting.processing.engage import key_contacts as alg
    assert alg.CONFIRM == key_contacts.CONFIRM
