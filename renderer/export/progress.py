"""Export progress: one updating line on a terminal, a quiet line every 10% otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO

BAR = 24
REDRAW_S = 0.25


def _eta(seconds: float) -> str:
    seconds = max(0, round(seconds))
    minutes, secs = divmod(seconds, 60)
    return f"{minutes}:{secs:02d}" if minutes else f"{secs} s"


class Progress:
    """Call update(done) after each frame and close() at the end."""

    def __init__(
        self, total: int, fps: float, stream: TextIO | None = None, tty: bool | None = None
    ) -> None:
        self.total = max(1, total)
        self.fps = fps
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.started = time.perf_counter()
        self._last_draw = 0.0
        self._next_tenth = 1
        self._drawn = False

    def _numbers(self, done: int) -> tuple[float, float, float]:
        """(frames per second, speed as a multiple of real time, seconds left)."""
        elapsed = max(time.perf_counter() - self.started, 1e-6)
        rate = done / elapsed
        left = (self.total - done) / rate if rate > 0 else 0.0
        return rate, rate / self.fps, left

    def update(self, done: int) -> None:
        if self.tty:
            now = time.perf_counter()
            if now - self._last_draw >= REDRAW_S or done >= self.total:
                self._last_draw = now
                self._draw_bar(done)
        elif done * 10 >= self._next_tenth * self.total:
            rate, speed, left = self._numbers(done)
            percent = done * 100 // self.total
            self.stream.write(
                f"export: {percent}% ({done}/{self.total} frames), {speed:.2f}x realtime, "
                f"ETA {_eta(left)}\n"
            )
            self.stream.flush()
            self._next_tenth = done * 10 // self.total + 1

    def _draw_bar(self, done: int) -> None:
        rate, speed, left = self._numbers(done)
        filled = BAR * done // self.total
        bar = "#" * filled + "-" * (BAR - filled)
        self.stream.write(
            f"\r[{bar}] {done}/{self.total} frames  {rate:5.1f} fps  {speed:4.2f}x realtime  "
            f"ETA {_eta(left):>6}\x1b[K"
        )
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """End the updating line (so later messages start on a fresh one)."""
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
