"""How fast `lpt:linkcommunity` could ever be through `qgis_process.bin` on this code (issue #29): the interpreter
lock bound.

Python runs one thread at a time under its global interpreter lock (GIL): only GDAL's reads, shapely's vectorised
operations and parts of NumPy run beside it.  So however the work is spread over threads, one run cannot take less
than the seconds some thread holds the lock, plus QGIS's own start.  This script measures both:

1. lpt:linkcommunity on the force-scale layers of `bench.py generate`, in one Python process with QGIS started
   (`bench.py linkonce`, outputs in FOLDER/out_once),
   under `py-spy record --gil` (samples only the thread holding the lock) - the share of the algorithm's wall in
   which the lock is held, by stage - and three runs without the profiler for the algorithm's own wall;
2. `qgis_process.bin help lpt:linkcommunity`: QGIS's start (three runs, median).

It prints the bound (start + lock-held seconds) and what it allows against the native chain's and the GeoPandas
script's walls when given (``--native S --geopandas S``, e.g. from `make bench` or farm-bench in the same hour).
Needs py-spy (requirements-dev.txt).  Usage:
`QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/gil_bound.py [FOLDER] [--native S] [--geopandas S]`.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
RATE = 200

# a sample's stage: the first of these function names found in its stack (py-spy's raw frames: "name (file:line)")
STAGES = (("reading", ("AnalysisAlgorithm.inputs ", "read_planned ")), ("linking", ("AnalysisAlgorithm.links ",)),
          ("insight", ("insight ",)), ("writing", ("write_layer ",)),
          ("styling the outputs", ("LptAlgorithm.postProcessAlgorithm ",)))


def py_spy():
    """py-spy's path (on the PATH or beside this Python, as in the Makefile's venv), or None."""
    beside = os.path.join(os.path.dirname(sys.executable), "py-spy")
    return shutil.which("py-spy") or (beside if os.path.exists(beside) else None)


def run_once(env, folder, profile=None):
    """One lpt:linkcommunity in a process of its own (bench.py linkonce), under py-spy when ``profile``: its wall."""
    args = [sys.executable, os.path.join(ROOT, "scripts", "bench.py"), "linkonce", folder]
    if profile:
        args = [py_spy() or "py-spy", "record", "--gil", "--threads", "--rate", str(RATE), "--format", "raw",
                "--output", profile, "--"] + args
    p = subprocess.run(args, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"the run failed:\n{p.stdout[-2000:]}\n{p.stderr[-3000:]}")
    return json.loads([x for x in p.stdout.splitlines() if x.startswith("{")][-1])["wall"]    # py-spy prints too


WORKER_STAGES = (("reading", ("read_planned ",)), ("linking", ("nearest_segment", "_on_cores", "link_points")))


def held(profile):
    """{stage: samples holding the lock} within the algorithm (QGIS's start and Processing's own set-up left out):
    the main thread's samples inside the algorithm, and every sample of the worker threads it starts (their stacks
    begin at the thread, not at the algorithm; QGIS starts no Python thread of its own here)."""
    counts = {name: 0 for name, _ in STAGES}
    counts["other worker-thread work"] = counts["other parts of the run"] = 0
    with open(profile) as fh:
        for line in fh:
            stack, n = line.rstrip("\n").rsplit(" ", 1)
            frames = stack.split(";")
            worker = any(f.startswith(("Thread._bootstrap ", "_worker ")) for f in frames)
            if worker:
                stage = next((name for name, keys in WORKER_STAGES if any(f.startswith(keys) for f in frames)),
                             "other worker-thread work")
            elif any(f.startswith("LptAlgorithm.") for f in frames):
                stage = next((name for name, keys in STAGES if any(f.startswith(keys) for f in frames)),
                             "other parts of the run")
            else:
                continue
            counts[stage] += int(n)
    return counts


def start_wall(env):
    import time
    walls = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(["/usr/bin/qgis_process.bin", "help", "lpt:linkcommunity"], env=env, capture_output=True,
                       check=True)
        walls.append(time.perf_counter() - t)
    return sorted(walls)[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?")
    ap.add_argument("--native", type=float, help="the native chain's wall, s")
    ap.add_argument("--geopandas", type=float, help="the GeoPandas script's wall, s")
    a = ap.parse_args()
    if a.folder is None:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "bench.py"), "generate", tmp], check=True)
            return report(tmp, a)
    return report(a.folder, a)


def measure(folder, start=None) -> dict:
    """The algorithm's wall in one process, the seconds the lock is held by stage, QGIS's start (``start`` when the
    caller measured it in the same run) and the bound."""
    from demo import env as demo_env
    env = demo_env()
    walls = sorted(run_once(env, folder) for _ in range(3))
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "gil.txt")
        profiled = run_once(env, folder, profile)
        counts = held(profile)
    wall = walls[1]
    share = sum(counts.values()) / RATE / profiled
    start = start_wall(env) if start is None else start
    return {"wall": wall, "share": share, "held": share * wall, "start": start, "bound": start + share * wall,
            "stages": {k: n / RATE / profiled * wall for k, n in counts.items()}}


def describe(m: dict, native: float = 0.0, geopandas: float = 0.0) -> str:
    lines = [f"lpt:linkcommunity inside one process: {m['wall']:.2f} s (median of 3); some thread holds the "
             f"interpreter lock {m['share']:.0%} of it ({m['held']:.2f} s): " +
             ", ".join(f"{k} {v:.2f} s" for k, v in m["stages"].items() if v >= 0.005) + ".",
             f"qgis_process.bin's own start: {m['start']:.2f} s.  The bound through qgis_process.bin: "
             f"{m['start']:.2f} + {m['held']:.2f} = {m['bound']:.2f} s, however the work is spread over threads."]
    for name, w in (("the native chain", native), ("the GeoPandas script", geopandas)):
        if w:
            lines.append(f"Against {name} ({w:.1f} s): at most {w / m['bound']:.1f}x faster on this code.")
    return "\n".join(lines)


def report(folder, a):
    try:
        m = measure(folder)
    except (RuntimeError, OSError, ValueError) as exc:      # py-spy refused (no ptrace here), the run failed
        sys.exit(str(exc))
    print(describe(m, a.native or 0.0, a.geopandas or 0.0))


if __name__ == "__main__":
    main()
