"""Child processes that die with Reverie, however Reverie ends (SIGKILL included).

On Linux the child asks for the parent-death signal (prctl PR_SET_PDEATHSIG): the kernel
sends it SIGKILL when its parent goes. The signal follows the thread that started the
child, so start children from a thread that lives as long as the process. Elsewhere a
child Python process watches its parent id instead (die_with_parent).
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
from collections.abc import Callable

_PR_SET_PDEATHSIG = 1
WATCH_S = 1.0  # how often a child without prctl looks for its parent


def _arm(parent: int) -> Callable[[], None] | None:
    """What a child of `parent` calls to be killed when `parent` dies (None where prctl is
    missing). The C function is looked up here, so that the child only calls it."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    prctl.argtypes = (ctypes.c_int, ctypes.c_ulong)
    prctl.restype = ctypes.c_int
    kill = int(signal.SIGKILL)

    def in_child() -> None:
        prctl(_PR_SET_PDEATHSIG, kill)
        if os.getppid() != parent:  # the parent died before the request took effect
            os._exit(1)

    return in_child


def preexec_hook() -> Callable[[], None] | None:
    """For subprocess.Popen(preexec_fn=...): the program it starts dies with this process
    (None where prctl is missing)."""
    return _arm(os.getpid())


def die_with_parent(parent: int) -> None:
    """Called first in a child Python process (a multiprocessing target) of `parent`: it
    dies when `parent` dies, by prctl, or else by a thread that watches its parent id."""
    arm = _arm(parent)
    if arm is not None:
        arm()
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCH_S)
        os._exit(1)

    threading.Thread(target=watch, name="reverie-lifeline", daemon=True).start()
