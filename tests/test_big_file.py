"""A 200 MB police.uk file is read in bounded memory (peak RSS measured in a subprocess)."""
import os
import subprocess
import sys
import textwrap

import pytest

from _paths import DATA, PLUGINS

pytestmark = pytest.mark.slow

SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from local_priority_targeting.core.io.crime import PoliceUkReader
    r = PoliceUkReader(sys.argv[1])
    read = acc = rej = 0
    for a, j in r.iter_chunks():
        acc += len(a); rej += len(j)
    read = sum(s.read for s in r.stats)
    # VmHWM is this program's own peak: ru_maxrss would also count the pytest process it was forked from
    hwm = next(int(ln.split()[1]) for ln in open("/proc/self/status") if ln.startswith("VmHWM:"))
    print(read, acc, rej, hwm // 1024)
""")


def make_big(path, target_bytes=200 * 1024 * 1024):
    lines = (DATA / "2024-01-humberside-street.csv").read_text().splitlines()
    header, body = lines[0], lines[1:]
    n = 0
    with open(path, "w") as fh:
        fh.write(header + "\n")
        rep = 0
        while fh.tell() < target_bytes:
            rep += 1
            for ln in body:
                # a fresh Crime ID per copy (rows with an id) so copies are new records, not duplicates
                fh.write((f"{rep:05d}" + ln) if ln[0] != "," else ln)
                fh.write("\n")
                n += 1
    return n


def test_200mb_file_in_bounded_memory(tmp_path):
    big = tmp_path / "big.csv"
    n = make_big(big)
    size_mb = big.stat().st_size / 2**20
    assert size_mb >= 200
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(big), str(PLUGINS)], capture_output=True, text=True,
                         timeout=900)
    assert out.returncode == 0, out.stderr[-3000:]
    read, acc, rej, peak_mb = map(int, out.stdout.split())
    assert read == n == acc + rej
    print(f"{size_mb:.0f} MB file, {n:,} rows, peak RSS {peak_mb} MB")
    # loading it whole into pandas takes several times the file size; chunks keep the peak well below it
    assert peak_mb < 600, peak_mb
