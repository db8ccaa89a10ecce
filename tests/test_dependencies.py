"""The plugin always loads: missing or old packages are reported, installed into the profile from wheels, and
qgis_process says what is missing in one line. Real wheels (downloaded by ``make test`` into build/wheels),
real interpreters, a real qgis_process.bin."""
import json
import os
import subprocess
import sys

import pytest

from local_priority_targeting.core import deps

from _paths import PKG, PLUGINS, ROOT

WHEELS = ROOT / "build" / "wheels"
SYSTEM_PY = "/usr/bin/python3"        # Debian's Python, as QGIS Desktop runs it: no shapely 2


def _wheel_dirs():
    if not any(WHEELS.glob("shapely-2*.whl")) or not any((WHEELS / "old").glob("*hapely-1.8*.whl")):
        pytest.fail("build/wheels is missing: run make test (it downloads the wheels the tests install)")


def _missing_in(python, *path):
    code = ("import sys, json; sys.path[:0] = json.loads(sys.argv[1]); "
            "from local_priority_targeting.core import deps; "
            "print(json.dumps([[p.requirement.dist, p.found] for p in deps.missing()]))")
    out = subprocess.run([python, "-c", code, json.dumps([*map(str, path), str(PLUGINS)])], capture_output=True,
                         text=True, timeout=120, env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert out.returncode == 0, out.stderr
    return dict(map(tuple, json.loads(out.stdout)))


def test_an_old_shapely_is_reported_with_its_version_and_a_new_one_in_the_profile_wins(tmp_path):
    _wheel_dirs()
    old, new = tmp_path / "old", tmp_path / "profile_deps"
    deps.install_wheels(deps.choose_wheels(str(WHEELS / "old"), [deps.Problem(
        deps.Requirement("shapely", "shapely", "1.8", "1.9"), None)])[0], str(old))
    assert _missing_in(SYSTEM_PY, old).get("shapely") == "1.8.5.post1"       # Debian's python3-shapely case
    assert _missing_in(SYSTEM_PY).get("shapely", "absent") in (None, "1.8.5")  # nothing, or Debian's 1.8
    wheels, lacking = deps.choose_wheels(str(WHEELS), [deps.Problem(deps.REQUIREMENTS[3], "1.8.5.post1")])
    assert lacking == [] and len(wheels) == 1 and "shapely-2.0" in wheels[0]
    deps.install_wheels(wheels, str(new))
    # the profile folder goes first on sys.path, so 2.0 wins over the old copy behind it
    assert "shapely" not in _missing_in(SYSTEM_PY, new, old)


def test_a_folder_without_the_wheel_says_which_are_lacking(tmp_path):
    problems = [deps.Problem(r, None) for r in deps.REQUIREMENTS if r.dist in ("shapely", "scipy")]
    wheels, lacking = deps.choose_wheels(str(tmp_path), problems)
    assert wheels == [] and lacking == ["scipy>=1.7,<1.12", "shapely>=2.0,<2.1"]
    assert "shapely 2.0 or newer (below 2.1)" in deps.summary([deps.Problem(deps.REQUIREMENTS[3], "1.8.5")])


@pytest.mark.slow
def test_qgis_process_without_shapely_2_says_so_in_one_line_then_works_once_installed(tmp_path):
    _wheel_dirs()
    cfg = tmp_path / "profile"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}       # QGIS's own Python only
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(cfg), QGIS_PLUGINPATH=str(PLUGINS))
    exe = "/usr/bin/qgis_process.bin"

    def run(*args):
        return subprocess.run([exe, *args], env=env, capture_output=True, text=True, timeout=300)
    assert run("plugins", "enable", PKG).returncode == 0
    listed = run("list").stdout
    assert "lpt:linkcommunity" in listed and "lpt:importmembers" in listed
    proc = run("run", "lpt:linkcommunity", "--", "MEMBERS=x.gpkg")
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0 and "shapely 2.0 or newer" in out and "Install dependencies" in out, out[-2000:]
    assert "Traceback" not in out and "ModuleNotFoundError" not in out
    # the installer's offline path, into this profile's python/dependencies folder
    target = deps.dependencies_dir(str(cfg / "profiles" / "default"))
    deps.install_wheels(deps.choose_wheels(str(WHEELS), [deps.Problem(deps.REQUIREMENTS[3], None)])[0], target)
    src = tmp_path / "m.csv"
    src.write_text("member_id,postcode,registered\nM1,HU1 1AA,2023-01-01\n")
    proc = run("--json", "run", "lpt:importmembers", "--", f"INPUT={src}", f"OUTPUT={tmp_path / 'm.gpkg'}")
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-2000:]
    assert json.loads(proc.stdout[proc.stdout.index("{"):])["results"]["ACCEPTED"] == 1
