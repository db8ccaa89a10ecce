"""Freed memory given back to the system between the stages of a long run.

Python and NumPy free what a stage no longer needs, but glibc's allocator keeps the freed pages of its heaps
(one heap for each thread that allocated) for reuse, so a long run's resident size mostly grows: at force scale
lpt:prioritystreets held about 150 MB of such pages at its peak.  ``malloc_trim(0)`` hands them back.  On systems
without glibc (Windows, macOS, musl) nothing is done: their allocators return memory in their own way.
"""
from __future__ import annotations

import ctypes
import sys


def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim          # the C library this process already uses
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


_TRIM = _malloc_trim()


def give_back() -> bool:
    """Return the allocator's free pages to the system (a few milliseconds; other threads go on meanwhile).
    True when this system's allocator could be asked."""
    if _TRIM is None:
        return False
    _TRIM(0)
    return True
