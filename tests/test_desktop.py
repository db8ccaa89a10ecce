"""The real QGIS Desktop under Xvfb (scripts/desktop_check.py): install, load, dialogs, dock, unload, reload."""
import os
import shutil
import subprocess
import sys

import pytest

from _paths import ROOT

pytestmark = pytest.mark.slow


def test_plugin_in_a_real_qgis_desktop_session():
    if not shutil.which("xvfb-run") or not os.path.exists("/usr/bin/qgis"):
        pytest.fail("xvfb-run and QGIS Desktop are needed: make deps installs them")
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable,
                           str(ROOT / "scripts" / "desktop_check.py")], capture_output=True, text=True, timeout=1200)
    report = "\n".join(l for l in proc.stdout.splitlines() if l.startswith(("ok", "FAIL", "  error")))
    assert proc.returncode == 0 and "FAIL" not in report, report + proc.stderr[-2000:]
    assert report.count("ok ") >= 15
