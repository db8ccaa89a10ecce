"""The Python packages the plugin needs beyond QGIS, checked without importing them (standard library only).

QGIS on Debian/Ubuntu brings numpy, pyproj and jinja2 but not pandas or scipy, and Debian's shapely is 1.8;
the plugin needs shapely 2. Missing packages are installed into the user's QGIS profile
(``<profile>/python/dependencies``), which the plugin puts first on ``sys.path`` at load time, with
``--no-deps`` and pins that leave QGIS's own numpy alone. PEP 668 does not apply to that folder.
Offline, the wheels can come from a folder the user points at: they are then unpacked directly (a wheel
is a zip archive), so no pip is needed on the analyst's PC.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import platform
import re
import shutil
import sys
from dataclasses import dataclass
from typing import Callable, Iterable, List, Optional, Sequence, Tuple

from .i18n import tr


@dataclass(frozen=True)
class Requirement:
    dist: str                 # distribution name on PyPI
    module: str               # import name
    minimum: str              # lowest version that works
    below: str = ""           # first version known not to fit ('' = none)
    why: str = ""

    @property
    def spec(self) -> str:
        return f"{self.dist}>={self.minimum}" + (f",<{self.below}" if self.below else "")


REQUIREMENTS: Tuple[Requirement, ...] = (
    Requirement("numpy", "numpy", "1.21", "2", "arrays"),
    Requirement("pandas", "pandas", "1.3", "2.1", "tables"),
    Requirement("scipy", "scipy", "1.7", "1.12", "statistics and spatial search"),
    Requirement("shapely", "shapely", "2.0", "2.1", "geometry (STRtree, vectorised operations)"),
    Requirement("pyproj", "pyproj", "3.0", "", "coordinate transformations"),
    Requirement("jinja2", "jinja2", "2.11", "", "message and report templates"),
)


@dataclass(frozen=True)
class Problem:
    requirement: Requirement
    found: Optional[str]      # installed version, None when absent

    def describe(self) -> str:
        r = self.requirement
        need = tr("{dist} {minimum} or newer (below {below})") if r.below else tr("{dist} {minimum} or newer")
        need = need.format(dist=r.dist, minimum=r.minimum, below=r.below)
        state = tr("not installed") if self.found is None else tr("{version} is installed").format(version=self.found)
        return tr("{need}, for {why}: {state}").format(need=need, why=_why(r), state=state)


def _why(r: Requirement) -> str:
    """What the package is for, in the user's language (the table above keeps the English)."""
    return {"arrays": tr("arrays"), "tables": tr("tables"),
            "statistics and spatial search": tr("statistics and spatial search"),
            "geometry (STRtree, vectorised operations)": tr("geometry (STRtree, vectorised operations)"),
            "coordinate transformations": tr("coordinate transformations"),
            "message and report templates": tr("message and report templates")}.get(r.why, r.why)


def version_tuple(v: str) -> Tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", v.split("+")[0])[:3]) or (0,)


def installed_version(req: Requirement) -> Optional[str]:
    """The version Python will use: the imported module if already loaded, else the first on sys.path."""
    mod = sys.modules.get(req.module)
    if mod is not None:
        return str(getattr(mod, "__version__", "0"))
    spec = importlib.util.find_spec(req.module)
    if spec is None:
        return None
    found = _version_beside(spec, req.dist)
    if found:
        return found
    from importlib import metadata      # 25 ms to import: only when the folder does not say (issue #29)
    try:
        return metadata.version(req.dist)
    except metadata.PackageNotFoundError:
        return "0"


def _version_beside(spec, dist: str) -> Optional[str]:
    """The version in the name of the package's ``<dist>-<version>.dist-info`` (pip) or ``.egg-info`` (Debian)
    folder beside it: what importlib.metadata reads, without importing it at QGIS start."""
    origin = spec.origin if spec.origin not in (None, "namespace") else None
    if origin is None:
        return None
    folder = os.path.dirname(os.path.dirname(origin)) if spec.submodule_search_locations else os.path.dirname(origin)
    want = re.compile(rf"^{re.escape(dist).replace('_', '[-_]')}-([0-9][^-]*?)(?:-py[0-9.]+)?\.(?:dist|egg)-info$",
                      re.IGNORECASE)
    try:
        hits = [m.group(1) for m in map(want.match, os.listdir(folder)) if m]
    except OSError:
        return None
    return hits[0] if len(hits) == 1 else None


def missing(requirements: Sequence[Requirement] = REQUIREMENTS) -> List[Problem]:
    out = []
    for r in requirements:
        v = installed_version(r)
        ok = v is not None and version_tuple(v) >= version_tuple(r.minimum) and \
            (not r.below or version_tuple(v) < version_tuple(r.below))
        if not ok:
            out.append(Problem(r, v))
    return out


def summary(problems: Sequence[Problem]) -> str:
    """One line: what is missing and the fix (used in the message bar, the Processing log and qgis_process)."""
    return tr("Local Priority Targeting needs Python packages that this QGIS does not have: {problems}. "
              "Fix: in QGIS, Plugins > Local Priority Targeting > Install dependencies (or the button in the message "
              "bar), then restart QGIS; see README, Installation.").format(
                  problems="; ".join(p.describe() for p in problems))


def dependencies_dir(settings_dir: str) -> str:
    """``<QGIS profile>/python/dependencies``."""
    return os.path.join(settings_dir, "python", "dependencies")


def ensure_on_path(folder: str) -> None:
    """Put the profile's dependency folder first, so its shapely 2 wins over a system shapely 1.8."""
    if folder and os.path.isdir(folder) and folder not in sys.path:
        sys.path.insert(0, folder)
        importlib.invalidate_caches()


# ------------------------------------------------------------------ wheels (offline)
WHEEL_RE = re.compile(r"^(?P<name>[^-]+)-(?P<version>[^-]+)(-\d[^-]*)?-(?P<py>[^-]+)-(?P<abi>[^-]+)-(?P<plat>[^-]+)\.whl$")


def supported_tags() -> Optional[set]:
    """The wheel tags this interpreter accepts (packaging, or pip's copy of it); None when neither exists."""
    for name in ("packaging.tags", "pip._vendor.packaging.tags"):
        try:
            return {str(t) for t in importlib.import_module(name).sys_tags()}
        except ImportError:
            continue
    return None


def wheel_fits(filename: str, tags: Optional[set]) -> bool:
    m = WHEEL_RE.match(filename)
    if not m:
        return False
    combos = [(py, abi, plat) for py in m["py"].split(".") for abi in m["abi"].split(".") for plat in m["plat"].split(".")]
    if tags is not None:
        return any("-".join(c) in tags for c in combos)
    cp = f"cp{sys.version_info.major}{sys.version_info.minor}"      # rough check without packaging
    family = {"linux": "linux", "win32": "win", "darwin": "macosx"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return any(py in (cp, "py3") and abi in (cp, "abi3", "none") and
               (plat == "any" or (family in plat and machine in plat.replace("amd64", "x86_64"))) for py, abi, plat in combos)


def choose_wheels(folder: str, problems: Sequence[Problem], tags: Optional[set] = None) -> Tuple[List[str], List[str]]:
    """(wheel paths to install, requirement specs with no fitting wheel in ``folder``), newest fitting version."""
    tags = tags if tags is not None else supported_tags()
    files = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    chosen, lacking = [], []
    for p in problems:
        r = p.requirement
        best = None
        for f in files:
            m = WHEEL_RE.match(f)
            if not m or m["name"].lower().replace("_", "-") != r.dist.lower() or not wheel_fits(f, tags):
                continue
            v = version_tuple(m["version"])
            if v < version_tuple(r.minimum) or (r.below and v >= version_tuple(r.below)):
                continue
            if best is None or v > best[0]:
                best = (v, f)
        if best:
            chosen.append(os.path.join(folder, best[1]))
        else:
            lacking.append(r.spec)
    return chosen, lacking


def install_wheels(wheels: Iterable[str], target: str, progress: Optional[Callable[[str], None]] = None) -> None:
    """Unpack each wheel into ``target`` (what ``pip install --target --no-deps`` does for a wheel)."""
    os.makedirs(target, exist_ok=True)
    for w in wheels:
        if progress:
            progress(tr("Unpacking {wheel}").format(wheel=os.path.basename(w)))
        name = WHEEL_RE.match(os.path.basename(w))["name"].lower()
        for old in os.listdir(target):                 # replace an earlier copy of the same package
            if old.lower().startswith(name + "-") and old.endswith(".dist-info") or old.lower() == name:
                shutil.rmtree(os.path.join(target, old), ignore_errors=True)
        import zipfile
        with zipfile.ZipFile(w) as z:
            for member in z.infolist():
                parts = member.filename.split("/")
                if ".." in parts or member.filename.startswith("/"):
                    raise ValueError(tr("{wheel}: unsafe path {path}").format(wheel=w, path=member.filename))
                if parts[0].endswith(".data") and len(parts) > 2 and parts[1] in ("purelib", "platlib"):
                    member.filename = "/".join(parts[2:])
                elif parts[0].endswith(".data"):
                    continue                            # scripts and headers are not needed
                z.extract(member, target)
    importlib.invalidate_caches()


# ------------------------------------------------------------------ pip (online, or a local index)
def python_executable() -> Optional[str]:
    """The Python that QGIS runs (QGIS's own sys.executable is the qgis binary, not python)."""
    exe = sys.executable or ""
    if os.path.basename(exe).lower().startswith("python"):
        return exe
    for cand in (os.path.join(sys.prefix, "python.exe"), os.path.join(sys.prefix, "bin", "python3"),
                 os.path.join(sys.exec_prefix, "bin", f"python{sys.version_info.major}.{sys.version_info.minor}"),
                 shutil.which(f"python{sys.version_info.major}.{sys.version_info.minor}"), shutil.which("python3")):
        if cand and os.path.isfile(cand):
            return cand
    return None


def pip_command(problems: Sequence[Problem], target: str, find_links: str = "") -> Optional[List[str]]:
    """``python -m pip install --target <profile deps> --no-deps ...``; None when pip is not available."""
    py = python_executable()
    if py is None or importlib.util.find_spec("pip") is None:
        return None
    cmd = [py, "-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--target", target, "--no-deps",
           "--upgrade", "--only-binary=:all:"]
    if find_links:
        cmd += ["--no-index", "--find-links", find_links]
    return cmd + [p.requirement.spec for p in problems]
