"""Paths shared by the tests (importable because conftest puts tests/ on sys.path)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = ROOT / "build" / "plugins"
PKG = "local_priority_targeting"
DEMO = ROOT / "demo" / "data"
DATA = ROOT / "tests" / "data"
