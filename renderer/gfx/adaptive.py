"""Adaptive resolution: hold a target frame rate by scaling the internal resolution.

Frame cost on a fill-rate-bound renderer is roughly fixed + k * scale^2, so the controller
steps the scale by the square root of the (smoothed) time error, down quickly when frames are
late and up in small steps only when there is clear headroom; a dead band between the two,
and a settling pause after every change (the old measurements are dropped), keep it from
oscillating.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import moderngl


@dataclass
class AdaptiveResolution:
    target_fps: float = 30.0
    min_scale: float = 0.5
    max_scale: float = 1.0
    scale: float = 1.0
    step: float = 0.025  # the scale's granularity (the compositor's too)
    max_down: float = 0.15  # the largest single step down
    up_step: float = 0.025  # steps up are always this small
    headroom: float = 0.8  # step up only when frames take < 80% of the budget
    late: float = 1.04  # step down when frames take > 104% of the budget
    settle: int = 6  # frames to wait after a change before measuring again
    smoothing: float = 0.25  # weight of a new frame in the moving average
    _average: float | None = field(default=None, repr=False)
    _wait: int = field(default=0, repr=False)

    @property
    def budget_ms(self) -> float:
        return 1000.0 / self.target_fps

    def update(self, frame_ms: float) -> float:
        """Feed one frame's time (ms); returns the scale to render the next frame at."""
        if self._wait > 0:
            self._wait -= 1
            return self.scale
        if not math.isfinite(frame_ms) or frame_ms <= 0.0:
            return self.scale
        a = self._average
        self._average = frame_ms if a is None else a + (frame_ms - a) * self.smoothing
        ratio = self._average / self.budget_ms
        if ratio > self.late:
            wanted = self.scale / math.sqrt(ratio)
            new = max(wanted, self.scale - self.max_down)
        elif ratio < self.headroom:
            new = self.scale + self.up_step
        else:
            return self.scale
        new = min(max(round(new / self.step) * self.step, self.min_scale), self.max_scale)
        if new == self.scale and ratio > self.late and new > self.min_scale:
            new = max(self.scale - self.step, self.min_scale)  # always make progress down
        if new != self.scale:
            self.scale = new
            self._average = None
            self._wait = self.settle
        return self.scale


def timed_frame(ctx: moderngl.Context, draw: Callable[[], object]) -> float:
    """Milliseconds for one frame: draw, then wait for the GL to finish it."""
    start = time.perf_counter()
    draw()
    ctx.finish()
    return (time.perf_counter() - start) * 1000.0
