"""A guardian process that cleans up after an export killed outright (SIGKILL, a crash).

Reverie cannot clean up when it is killed with SIGKILL, so the first export starts this small
process (its own session, standard library only) and tells it, over a pipe, which partial
files exist and which encoder processes run. When the pipe closes, which happens however
Reverie ends, the guardian kills every process still registered and removes every file still
registered. A committed file or a finished process is unregistered first, so a normal exit
leaves nothing for it to do.

Messages are lines "<verb> <hex>": add-file/drop-file carry a path's bytes in hex,
add-pid/drop-pid a process id.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

_guard: Guard | None = None
_lock = threading.Lock()


class Guard:
    """The channel to the guardian process."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-S", __file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl-C or a group kill aimed at Reverie spares it
        )

    def send(self, verb: str, value: str | int) -> None:
        payload = os.fsencode(value).hex() if isinstance(value, str) else str(value)
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(f"{verb} {payload}\n".encode("ascii"))
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError):
            pass  # the guardian is gone: nothing more it could do


def guard() -> Guard:
    """The process's guardian, started on first use."""
    global _guard
    with _lock:
        if _guard is None or _guard.process.poll() is not None:
            _guard = Guard()
        return _guard


def watch_file(path: Path) -> None:
    guard().send("add-file", str(path))


def forget_file(path: Path) -> None:
    guard().send("drop-file", str(path))


def watch_process(pid: int) -> None:
    guard().send("add-pid", pid)


def forget_process(pid: int) -> None:
    guard().send("drop-pid", pid)


def _serve() -> None:
    """The guardian: collect what is registered until the pipe closes, then clean it up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    files: set[bytes] = set()
    pids: set[int] = set()
    for line in sys.stdin.buffer:
        verb, _, value = line.decode("ascii", "replace").strip().partition(" ")
        if verb == "add-file":
            files.add(bytes.fromhex(value))
        elif verb == "drop-file":
            files.discard(bytes.fromhex(value))
        elif verb == "add-pid":
            pids.add(int(value))
        elif verb == "drop-pid":
            pids.discard(int(value))
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    for path in files:
        with contextlib.suppress(OSError):
            os.unlink(path)


if __name__ == "__main__":
    _serve()
