"""core.memory: the allocator's freed pages are handed back to the system (glibc's malloc_trim)."""
import ctypes
import os
import sys

import pytest

from local_priority_targeting.core import memory


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def _glibc() -> bool:
    try:
        ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return False
    return sys.platform.startswith("linux")


@pytest.mark.skipif(not _glibc(), reason="malloc_trim is glibc's")
def test_freed_pages_are_handed_back():
    blocks = [bytearray(64 * 1024) for _ in range(3200)]     # 200 MB of heap chunks, each page written
    keep = bytearray(64 * 1024)                                # above them: the heap's top cannot shrink by itself
    before = _rss_mb()
    del blocks
    freed = _rss_mb()
    if freed <= before - 50:            # this glibc's settings (MALLOC_TRIM_/MMAP_THRESHOLD_) returned them already
        pytest.skip("free() handed the pages back itself")
    assert memory.give_back() is True
    after = _rss_mb()
    assert after < freed - 150          # give_back returned the pages free() kept
    assert len(keep) == 64 * 1024


def test_give_back_is_harmless_to_live_data():
    data = [bytes([i % 256]) * 100_000 for i in range(200)]
    memory.give_back()
    assert all(d == bytes([i % 256]) * 100_000 for i, d in enumerate(data))
