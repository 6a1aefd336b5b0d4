"""A private virtual X screen (Xvfb) for the soak benchmark and the window tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from renderer.errors import ReverieError

MISSING = "Xvfb is not installed (apt-get install xvfb)"


@contextmanager
def xvfb(size: tuple[int, int] = (1280, 720), options: Sequence[str] = ()) -> Iterator[str]:
    """An Xvfb server on a free display for the duration (the server picks the number and
    tells it over a pipe, so two never race for one), started with Xvfb's `options` too;
    yields its display name (':N')."""
    binary = shutil.which("Xvfb")
    if binary is None:
        raise ReverieError(MISSING)
    read, write = os.pipe()
    server = subprocess.Popen(
        [binary, "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24",
         "-nolisten", "tcp", "-noreset", *options],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read, "rb") as pipe:
            number = pipe.readline().strip().decode("ascii")
        if not number.isdigit():
            raise ReverieError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
