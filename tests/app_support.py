"""Running the real app under Xvfb: a subprocess whose `event:` lines (REVERIE_LOG_EVENTS=1) are
read as they come, real key presses through xdotool, and the screen read back with Pillow."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]


def app_env(display: str, home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        SDL_AUDIODRIVER="dummy",
        REVERIE_LOG_EVENTS="1",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYGAME_HIDE_SUPPORT_PROMPT="1",
    )
    env.pop("XSCREENSAVER_WINDOW", None)
    env.update(extra)
    return env


class App:
    """`python -m renderer ARGS` with its stdout lines collected on a thread."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.display = env["DISPLAY"]
        self.env = env
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "renderer", *args],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.stderr = ""
        self._finished = False

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.rstrip("\n"))

    def wait_for(self, prefix: str, timeout: float = 60.0) -> str:
        """The next stdout line starting with `prefix` (fails on exit or timeout)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None and self._queue.empty():
                    self.finish(1)
                    raise AssertionError(
                        f"app exited ({self.proc.returncode}) before {prefix!r}; "
                        f"stdout: {self.lines}; stderr: {self.stderr}"
                    ) from None
                continue
            self.lines.append(line)
            if line.startswith(prefix):
                return line
        raise AssertionError(f"no {prefix!r} within {timeout} s; stdout: {self.lines}")

    def key(self, name: str) -> None:
        xdotool(self.display, "key", name)

    def type(self, text: str) -> None:
        xdotool(self.display, "type", "--delay", "30", text)

    def move(self, x: int, y: int) -> None:
        """Move the pointer to (x, y) on the screen, in two steps (one real motion event)."""
        xdotool(self.display, "mousemove", str(x - 3), str(y - 3))
        xdotool(self.display, "mousemove", str(x), str(y))

    def click(self, x: int, y: int, repeat: int = 1) -> None:
        """Left clicks at (x, y) on the screen (repeat=2: a double-click)."""
        self.move(x, y)
        xdotool(self.display, "click", "--repeat", str(repeat), "--delay", "80", "1")

    def finish(self, timeout: float = 30.0) -> int:
        """Wait for the exit; returns the exit code (kills it after `timeout`)."""
        if self._finished:
            return self.proc.returncode
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._reader.join(timeout=5)
        while not self._queue.empty():
            self.lines.append(self._queue.get())
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()
        self._finished = True
        return self.proc.returncode

    def __enter__(self) -> App:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.finish(5)


def xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=20,
    )
    return result.stdout.strip()


def window_box(display: str, name: str = "Reverie") -> tuple[int, int, int, int]:
    """(x, y, width, height) of the first window whose title starts with `name` (from
    `xwininfo -root -tree`; xdotool's name search misses SDL's windows here)."""
    pattern = re.compile(
        r'^\s*(0x[0-9a-f]+) "' + re.escape(name) + r'[^"]*":.*?(\d+)x(\d+)[+-]-?\d+[+-]-?\d+'
        r"\s+\+(-?\d+)\+(-?\d+)\s*$"
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        tree = subprocess.run(
            ["xwininfo", "-root", "-tree"],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
            timeout=20,
        ).stdout
        for line in tree.splitlines():
            match = pattern.match(line)
            if match:
                w, h, x, y = (int(g) for g in match.groups()[1:])
                return x, y, w, h
        time.sleep(0.2)
    raise AssertionError(f"no window named {name!r}")


def grab(display: str, box: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """The screen (or a box of it) as an (h, w, 3) uint8 array."""
    from PIL import ImageGrab

    image = ImageGrab.grab(xdisplay=display).convert("RGB")
    if box is not None:
        x, y, w, h = box
        image = image.crop((x, y, x + w, y + h))
    return np.asarray(image)


def detail(pixels: np.ndarray) -> float:
    """Mean absolute difference between neighbouring pixels (0 for flat colour; tiny for a
    smooth gradient; clearly above 1 for a scene with shapes and texture)."""
    p = pixels.astype(np.float32).mean(axis=2)
    return float((np.abs(np.diff(p, axis=0)).mean() + np.abs(np.diff(p, axis=1)).mean()) / 2)


def wait_for_picture(
    display: str,
    box: tuple[int, int, int, int],
    timeout: float = 30.0,
    *,
    min_detail: float = 0.5,
    min_std: float = 5.0,
) -> np.ndarray:
    """The box's pixels once a picture with that much detail and contrast shows there (a cold
    GL shader cache, fades and a loaded machine all take a while)."""
    deadline = time.monotonic() + timeout
    while True:
        pixels = grab(display, box)
        if detail(pixels) > min_detail and pixels.std() > min_std:
            return pixels
        if time.monotonic() > deadline:
            raise AssertionError(
                f"no picture in {box} (detail {detail(pixels):.2f}, std {pixels.std():.1f})"
            )
        time.sleep(0.5)


def wait_for_still(
    display: str, box: tuple[int, int, int, int], quiet: float = 1.0, timeout: float = 15.0
) -> np.ndarray:
    """The box's pixels once two grabs `quiet` seconds apart agree. After Space the player
    shows the paused moment re-rendered once at full resolution; on a loaded software-GL
    machine a live frame can still be on screen for a while before that still lands."""
    deadline = time.monotonic() + timeout
    previous = grab(display, box)
    while True:
        time.sleep(quiet)
        pixels = grab(display, box)
        if np.array_equal(pixels, previous):
            return pixels
        if time.monotonic() > deadline:
            raise AssertionError(f"the picture in {box} never came to rest")
        previous = pixels
