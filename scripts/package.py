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


def main():
    meta = configparser.ConfigParser()
    meta.read(os.path.join(ROOT, "metadata.txt"))
    version = meta["general"]["version"]
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    files = [f for f in files if not f.startswith(EXCLUDE_DIRS) and f not in EXCLUDE_FILES]
    os.makedirs(os.path.join(ROOT, "dist"), exist_ok=True)
    out = os.path.join(ROOT, "dist", f"{NAME}-{version}.zip")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for f in files:
            z.write(os.path.join(ROOT, f), f"{NAME}/{f}")
    print(f"{out}: {len(files)} files")


if __name__ == "__main__":
    main()
