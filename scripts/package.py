"""Build dist/local_priority_targeting-<version>.zip for Plugins > Install from ZIP.

Only what the plugin needs at run time: no tests, developer scripts, CI or build files.
"""
import configparser
import os
import subprocess
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = "local_priority_targeting"
EXCLUDE_DIRS = ("tests/", "scripts/", ".ci/", "build/", "dist/", "output/", "docs/")
EXCLUDE_FILES = {"Makefile", "pytest.ini", "requirements-dev.txt", ".gitignore"}


def main(out_dir: str = ""):
    meta = configparser.ConfigParser()
    meta.read(os.path.join(ROOT, "metadata.txt"))
    version = meta["general"]["version"]
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    files = [f for f in files if not f.startswith(EXCLUDE_DIRS) and f not in EXCLUDE_FILES]
    out_dir = out_dir or os.path.join(ROOT, "dist")
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, f"{NAME}-{version}.zip")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for f in files:
            z.write(os.path.join(ROOT, f), f"{NAME}/{f}")
    print(f"{out}: {len(files)} files")
    return out


if __name__ == "__main__":
    import sys
    main(sys.argv[1] if len(sys.argv) > 1 else "")
