"""`make bench-national`: national scale on one PostGIS server, beside one force on a GeoPackage workspace.

National (issue #25): 25 forces of 60,000 members (20,000 postcodes: members cluster on them), 240,000 survey
responses, 260,000 crimes over a year on 35,000 shared police.uk-like map points, 40,000 street segments and
280 wards each - 1.5 million members, 6 million responses, 6.5 million crimes, a million segments, 7,000 wards.
The data is scripts/bench.py's force generator repeated per force: its own 50 km square of the National Grid,
seed, postcode area and id prefix.  Files are written once to build/national/<scale>/ and reused.

Each force is one workspace - its own database on the one server (a workspace holds one force's crimes) - set up,
loaded, linked and ranked as a user would: each step one ``qgis_process.bin`` run (lpt:setupdatabase,
lpt:loadworkspace with the six inputs and lpt:linkcommunity, two forces at a time (--jobs, the machine's 2 cores),
then lpt:prioritystreets one force at a time.  The set-up of every database (the DBA's one-off install) runs first,
timed apart from load + link + insight.  One force is also run alone on PostGIS and on a GeoPackage workspace, step by step, for
the ratios.  Records each step's wall, CPU and peak RSS (os.wait4), the server's CPU (the postmaster's ended
backends), the databases' sizes by table; writes build/bench_national.md (and .json).
The server is tests/pg_server.py's throwaway PostgreSQL 15 + PostGIS 3 (as user lpt-pg when run as root).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(ROOT, "scripts"), os.path.join(ROOT, "tests"), os.path.join(ROOT, "build", "plugins")]
FORCE = dict(N_MEMBERS=60_000, N_POSTCODES=20_000, N_RESPONSES=240_000, N_CRIMES=260_000, N_POINTS=35_000,
             N_SEGMENTS=40_000, N_AREAS=280)
AREAS = ("AB AL BA BB BD BH BL BN BR BS CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY EH EN EX FK FY "
         "GL GU HA HD HG HP HR HU HX IP KT KY LA LD LE LL LN LS LU ME MK ML NE NG NN NP NR NW OL OX PA PE PH PL "
         "PO PR RG RH RM SA SG SK SL SM SN SO SP SR SS ST SY TA TD TF TN TQ TR TS TW UB WA WD WF WN WR WS WV YO")
EXE = "/usr/bin/qgis_process.bin"
STEPS = ("setup", "load", "link+insight", "ranking")


def sizes(scale):
    return {k: max(5 if k == "N_AREAS" else 30, int(round(v * scale))) for k, v in FORCE.items()}


def gen_one(folder, i, scale):
    """Force ``i``'s files (in a child process: the parent stays small, so its children's peak RSS is theirs)."""
    if os.path.exists(os.path.join(folder, "done")):
        return
    os.makedirs(folder, exist_ok=True)
    code = ("import sys, json; sys.path.insert(0, sys.argv[1]); import bench; "
            "bench.generate(sys.argv[2], **json.loads(sys.argv[3]))")
    kw = dict(n=sizes(scale), x0=60_000 + 60_000 * (i % 9), y0=60_000 + 60_000 * (i // 9), seed=1000 + i,
              months=12, tag=f"F{i:02d}", area=AREAS.split()[i % 100], gpkgs=["streets", "areas"])
    subprocess.run([sys.executable, "-c", code, os.path.join(ROOT, "scripts"), folder, json.dumps(kw)], check=True)
    os.remove(os.path.join(folder, "data.pkl"))
    open(os.path.join(folder, "done"), "w").close()


def generate(cache, forces, scale, jobs):
    t = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(lambda i: gen_one(os.path.join(cache, f"force{i:02d}"), i, scale), range(forces)))
    return time.perf_counter() - t


def run(args, env):
    """One qgis_process run as the user waits for it: (wall s, its peak RSS MB, its CPU s, its 'Time:' laps)."""
    from bench import laps_of
    t = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        p = subprocess.Popen(args, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        text = out.read()
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{args[3]} failed:\n{text[-3000:]}{err.read()[-3000:]}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, laps_of(text), counts_of(text)


def counts_of(stdout):
    """The run's numeric results (READ, ACCEPTED, HOT_STREETS, ...): the two workspaces must agree."""
    try:
        res = json.loads(stdout[stdout.index("{"):]).get("results", {})
    except ValueError:
        return {}
    return {k: v for k, v in res.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}


def server_cpu(server):
    """CPU seconds the server has used so far: the postmaster's and its ended backends' (cutime, cstime)."""
    with open(os.path.join(server.data, "postmaster.pid")) as fh:
        pid = fh.readline().strip()
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def steps(folder, ws, out):
    """(step name, algorithm, parameters) for one force's workspace ``ws``, outputs to ``out``."""
    csv = lambda n: os.path.join(folder, f"{n}.csv")                     # noqa: E731
    gpkg = lambda n: os.path.join(folder, f"{n}.gpkg") + f"|layername={n}"  # noqa: E731
    o = lambda n: os.path.join(out, n)                                   # noqa: E731
    first = [("setup", "lpt:setupdatabase", dict(WORKSPACE=ws, SECURITY="true"))] if "dbname=" in ws else []
    return first + [
        ("load", "lpt:loadworkspace", dict(
            WORKSPACE=ws, MEMBERS=csv("members"), SURVEYS=csv("surveys"), CRIMES=csv("crimes"), CRIMES_CRS="EPSG:27700",
            POSTCODES=csv("postcodes"), STREETS=gpkg("streets"), AREAS=gpkg("areas"))),
        ("link+insight", "lpt:linkcommunity", dict(
            WORKSPACE=ws, PERIOD_START="2024-01", PERIOD_END="2024-12", STREET_INSIGHT=o("si.gpkg"),
            AREA_INSIGHT=o("ai.gpkg"), FORCE_SUMMARY=o("fs.csv"), UNMATCHED=o("un.csv"))),
        ("ranking", "lpt:prioritystreets", dict(
            WORKSPACE=ws, PERIOD_START="2024-10", PERIOD_END="2024-12", PRIORITY_STREETS=o("ps.gpkg"),
            PRIORITY_AREAS=o("pa.gpkg"), HOT_PLACES=o("hp.gpkg"), EQUALITY=o("eq.csv"), REPORT=o("r.html")))]


def one_force(folder, ws, out, env, only=STEPS):
    """The steps ``only`` of one force's workspace in turn: {step: (wall s, peak RSS MB)}."""
    os.makedirs(out, exist_ok=True)
    times = {}
    for name, alg, params in steps(folder, ws, out):
        if name in only:
            times[name] = run([EXE, "--json", "run", alg, "--"] + [f"{k}={v}" for k, v in params.items()], env)
    print(f"  {os.path.basename(folder)} {'+'.join(times)}: {sum(t[0] for t in times.values()):.0f} s "
          f"({time.strftime('%H:%M:%S')})", flush=True)
    return times


def start_server():
    os.environ.setdefault("PYTEST_XDIST_WORKER", "bench977")    # its own port, apart from the test servers
    from pg_server import PgServer, missing
    why = missing()
    if why:
        sys.exit(f"bench-national: {why} (make deps)")
    return PgServer().start()


def in_parallel(fn, forces, jobs, server):
    """fn(i) for every force, ``jobs`` at a time: (wall s, server CPU s, {i: fn(i)})."""
    t, cpu = time.perf_counter(), server_cpu(server)
    with ThreadPoolExecutor(jobs) as pool:
        done = dict(zip(range(forces), pool.map(fn, range(forces))))
    return time.perf_counter() - t, server_cpu(server) - cpu, done


def national(server, cache, forces, env, jobs):
    """Every force into its own database: each database set up once (lpt:setupdatabase, the DBA's one-off
    install, timed apart), then load + link + insight for all, ``jobs`` forces at a time; then the rankings one
    force at a time, each comparable with the same force's ranking on GeoPackage."""
    dbs = {i: server.new_database(f"lpt_force{i:02d}") for i in range(forces)}
    folder = lambda i: os.path.join(cache, f"force{i:02d}")                 # noqa: E731
    out = lambda i: os.path.join(cache, "out", f"pg{i:02d}")               # noqa: E731
    setup = in_parallel(lambda i: one_force(folder(i), dbs[i], out(i), env, STEPS[:1]), forces, jobs, server)
    load = in_parallel(lambda i: one_force(folder(i), dbs[i], out(i), env, STEPS[1:-1]), forces, jobs, server)
    rank = in_parallel(lambda i: one_force(folder(i), dbs[i], out(i), env, STEPS[-1:]), forces, 1, server)
    return setup, load, rank, dbs


def db_sizes(dbs):
    """(total bytes of the databases, {table: bytes with its indexes and TOAST, summed over the databases})."""
    import psycopg
    total, tables = 0, {}
    for conninfo in dbs.values():
        with psycopg.connect(conninfo) as con:
            total += con.execute("SELECT pg_database_size(current_database())").fetchone()[0]
            for name, n in con.execute("SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN "
                                       "pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'lpt' AND "
                                       "c.relkind IN ('r', 'p')"):
                tables[name] = tables.get(name, 0) + n
    return total, tables


def solo(server, cache, env):
    """Force 0 alone, step by step, on a GeoPackage workspace and on PostGIS: ({side: step times}, gpkg bytes,
    server CPU s of the PostGIS side)."""
    folder, out = os.path.join(cache, "force00"), os.path.join(cache, "out", "solo")
    shutil.rmtree(out, ignore_errors=True)
    ws = os.path.join(out, "workspace.gpkg")
    gp = one_force(folder, ws, out, env)
    db, cpu = server.new_database("lpt_solo"), server_cpu(server)
    pg = one_force(folder, db, out, env)
    return {"GeoPackage": gp, "PostGIS": pg}, os.path.getsize(ws), server_cpu(server) - cpu


def mb(n):
    return f"{n / 2**20:,.0f} MB"


def laps(t):
    return ", ".join(f"{k} {v:.1f}" for k, v in t[3].items()) or "-"


def solo_rows(sides, server_s):
    """The one-force table: (markdown lines, end-to-end ratio, ranking ratio)."""
    gp, pg = sides["GeoPackage"], sides["PostGIS"]
    rows = ["| step | GeoPackage | PostGIS | PostGIS / GeoPackage | client CPU GeoPackage / PostGIS | "
            "peak RSS GeoPackage / PostGIS |", "|---|---|---|---|---|---|"]
    for s in STEPS:
        g, p = gp.get(s), pg[s]
        rows.append(f"| {s} | {g[0]:.1f} s | {p[0]:.1f} s | {p[0] / g[0]:.2f}x | {g[2]:.1f} / {p[2]:.1f} s | "
                    f"{g[1]:.0f} / {p[1]:.0f} MB |" if g else
                    f"| {s} | - | {p[0]:.1f} s | | - / {p[2]:.1f} s | - / {p[1]:.0f} MB |")
    tg, tp = (sum(v[0] for v in x.values()) for x in (gp, pg))
    cg, cp = (sum(v[2] for v in x.values()) for x in (gp, pg))
    rows += [f"| **end to end** | **{tg:.1f} s** | **{tp:.1f} s** | **{tp / tg:.2f}x** | {cg:.0f} / {cp:.0f} s "
             f"(+ server {server_s:.0f} s) | {max(v[1] for v in gp.values()):.0f} / "
             f"{max(v[1] for v in pg.values()):.0f} MB |", ""]
    for s in ("link+insight", "ranking"):
        rows.append(f"Inside {s} (s, the algorithm's own log): GeoPackage {laps(gp[s])}; PostGIS {laps(pg[s])}.  ")
    differ = [f"{s} {k} {gp[s][4][k]} / {pg[s][4].get(k)}" for s in gp for k in gp[s][4] if gp[s][4][k] != pg[s][4].get(k)]
    rows.append("Every count the two runs report (rows read, accepted, rejected, streets, hot streets, ...) is the same"
                if not differ else "**The two workspaces differ**: " + "; ".join(differ) + ".")
    return rows, tp / tg, pg["ranking"][0] / gp["ranking"][0]


def national_rows(setup, load, rank):
    per = {i: dict(t) for i, t in setup[2].items()}
    for i in per:
        per[i].update(load[2][i])
        per[i].update(rank[2][i])
    rows = ["| step, every force | sum of the forces' walls | per force: median / max | client CPU, sum | "
            "peak RSS (largest process) |", "|---|---|---|---|---|"]
    for s in STEPS:
        w = sorted(per[i][s][0] for i in per)
        rows.append(f"| {s} | {sum(w):.0f} s | {w[len(w) // 2]:.1f} / {w[-1]:.1f} s | "
                    f"{sum(per[i][s][2] for i in per):.0f} s | {max(per[i][s][1] for i in per):.0f} MB |")
    peak = max(v[1] for t in per.values() for v in t.values())
    for name, (wall, server_s, done), only in (("set-up, once before", setup, STEPS[:1]),
                                               ("load + link + insight", load, STEPS[1:-1]),
                                               ("ranking", rank, STEPS[-1:])):
        cpu = sum(t[s][2] for t in done.values() for s in only)
        rows.append(f"| **{name}, wall** | **{wall:.0f} s** | | {cpu:.0f} s (+ server {server_s:.0f} s) | |")
    return rows, per, peak


def report(args, n, gen_s, solo_out, setup, load, rank, size, machine):
    sides, gpkg_bytes, solo_server = solo_out
    srows, e2e, rank_solo = solo_rows(sides, solo_server)
    nrows, per, peak = national_rows(setup, load, rank)
    ranks = sorted(per[i]["ranking"][0] for i in per)
    gp_rank = sides["GeoPackage"]["ranking"][0]
    total, tables = size
    f = args.forces
    loadavg, start = machine
    floor = (len(STEPS) - 2) * 25 * start[2] / (os.cpu_count() or 1)
    grow = (f"; for 25 forces, at the same rate: {load[0] * 25 / f:.0f} s" if f < 25 else "")
    lines = [
        "# `make bench-national`", "",
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: scale {args.scale:g}, {f} force(s), {args.jobs} at "
        f"a time, on {os.cpu_count()} cores shared with other work (load average {loadavg[0]:.1f} at the start, "
        f"{os.getloadavg()[0]:.1f} at the end). Each force: {n['N_MEMBERS']:,} members on {n['N_POSTCODES']:,} "
        f"postcodes, {n['N_RESPONSES']:,} responses, {n['N_CRIMES']:,} crimes (12 months) on {n['N_POINTS']:,} "
        f"map points, {n['N_SEGMENTS']:,} street segments, {n['N_AREAS']:,} wards. In all: "
        f"{f * n['N_MEMBERS']:,} members, {f * n['N_RESPONSES']:,} responses, {f * n['N_CRIMES']:,} crimes, "
        f"{f * n['N_SEGMENTS']:,} segments, {f * n['N_AREAS']:,} wards. Generating the files took {gen_s:.0f} s "
        "(0: cached). Each step is one `qgis_process.bin` run: its wall, CPU and peak RSS; the server's CPU is "
        "its own. PostgreSQL 15 + PostGIS 3 on a unix socket (tests/pg_server.py: fsync off, shared_buffers "
        "32 MB); one database per force.", "",
        "## One force alone, step by step", "", *srows, "",
        f"GeoPackage workspace: {mb(gpkg_bytes)}.", "",
        f"## {f} forces on one PostGIS server: each set up, then loaded {args.jobs} at a time; ranked one at a time", "", *nrows, "",
        f"Databases: {mb(total)} in all ({mb(total / f)} per force; the force's GeoPackage is {mb(gpkg_bytes)}).", "",
        "| table (all forces) | size with indexes |", "|---|---|",
        *[f"| {t} | {mb(b)} |" for t, b in sorted(tables.items(), key=lambda x: -x[1]) if b >= 2**20], "",
        "## Targets", "",
        f"- load + link + insight, every force: {load[0]:.0f} s{grow} (<= 300 s for 25 forces: "
        f"{'met' if load[0] * 25 / f <= 300 else 'not met'}); the databases were set up beforehand, once (the DBA's "
        f"install, lpt:setupdatabase: {setup[0]:.0f} s for {f}); with it {setup[0] + load[0]:.0f} s",
        f"- each force's ranking / the same force on GeoPackage: alone {rank_solo:.2f}x, in the national run median "
        f"{ranks[len(ranks) // 2] / gp_rank:.2f}x, max {ranks[-1] / gp_rank:.2f}x (<= 1.5x)",
        f"- starting `qgis_process.bin` with the plugin takes {start[0]:.1f} s ({start[2]:.1f} s CPU): the "
        f"{len(STEPS) - 2} processes of load + link + insight for 25 forces cost {floor:.0f} s on {os.cpu_count()} cores before any "
        "work",
        f"- client peak RSS: {peak:.0f} MB (<= 4,096 MB: {'met' if peak <= 4096 else 'not met'})",
        f"- one force end to end, PostGIS / GeoPackage: {e2e:.2f}x (<= 1.5x: {'met' if e2e <= 1.5 else 'not met'})"]
    with open(os.path.join(ROOT, "build", "bench_national.json"), "w", encoding="utf-8") as fh:
        json.dump({"args": vars(args), "sizes": n, "solo": sides, "gpkg_bytes": gpkg_bytes, "load": load,
                   "rank": rank, "setup": setup, "db_bytes": total, "tables": tables, "start": start}, fh, indent=1)
    path = os.path.join(ROOT, "build", "bench_national.md")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n".join(lines) + f"\n\nwritten to {path}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of each force's size (default 1.0)")
    ap.add_argument("--forces", type=int, default=25, help="number of forces (default 25)")
    ap.add_argument("--jobs", type=int, default=2, help="forces loaded at a time (default 2)")
    ap.add_argument("--keep", action="store_true", help="leave the server running and the outputs in place")
    args = ap.parse_args()
    from demo import env as demo_env, PKG
    env = demo_env()
    subprocess.run([EXE, "plugins", "enable", PKG], env=env, capture_output=True)
    cache = os.path.join(ROOT, "build", "national", f"scale{args.scale:g}")
    print(f"generating {args.forces} forces into {cache} (once) ...", flush=True)
    gen_s = generate(cache, args.forces, args.scale, args.jobs)
    shutil.rmtree(os.path.join(cache, "out"), ignore_errors=True)
    server = start_server()
    try:
        print(f"server {server.conninfo()}; force 0 alone on GeoPackage and PostGIS ...", flush=True)
        loadavg = os.getloadavg()
        start = run([EXE, "help", "lpt:linkcommunity"], env)      # what each of the 9 steps pays before its work
        solo_out = solo(server, cache, env)
        print(f"{args.forces} forces, {args.jobs} at a time ...", flush=True)
        setup, load, rank, dbs = national(server, cache, args.forces, env, args.jobs)
        report(args, sizes(args.scale), gen_s, solo_out, setup, load, rank, db_sizes(dbs), (loadavg, start))
    finally:
        if args.keep:
            print(f"server kept: psql '{server.conninfo()}'; stop: pg_ctl -D {server.data} stop (as {server.bindir})")
        else:
            server.stop()
            shutil.rmtree(os.path.join(cache, "out"), ignore_errors=True)


if __name__ == "__main__":
    main()
