"""Giving freed memory back to the system between dreams.

glibc keeps the memory a program frees in its heaps (one per thread that allocated), to reuse
it; a screensaver that builds a dream's timeline on a worker thread and whose software GL
(llvmpipe) allocates and frees textures as the resolution adapts leaves those heaps with
free holes that count as resident memory and creep up over a night. malloc_trim(0) returns
the free pages to the system. Elsewhere (no glibc) this does nothing.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_memory() -> None:
    """Return the C heap's free pages to the system (glibc only; cheap: once per dream)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
