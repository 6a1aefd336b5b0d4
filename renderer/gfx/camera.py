"""The camera: one slow drift shared by every layer, a pure function of time and seed.

Each layer lies at a depth (0: the sky and anything fixed to the screen, 1: the nearest
foreground). The camera pans and dollies: a layer at depth d is scaled by 1 + d * zoom about
the bottom middle of the frame and shifted by d * pan, so near planes move more than far ones
(parallax) and the sky barely moves. The pan never exceeds what the dolly's scale adds at the
frame's edges (|pan.x| <= zoom / 2, -zoom <= pan.y <= 0), so a layer that covers the frame at
rest covers it at every moment: no edge is revealed.

The drift is a sum of slow sines with periods of minutes, so it is smooth at any frame rate
and the same frame comes out live, exported or as a still. The shaders read it as u_camera
(shaders/lib/camera.glsl), with the layer's own depth in u_depth.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

PAN_X = 0.022  # the widest horizontal pan at depth 1, in frame widths
PAN_Y = 0.008  # the deepest vertical sink at depth 1, in frame heights
ZOOM = (0.048, 0.065)  # the dolly's scale at depth 1 swings between these (minus 1)
PERIODS = (173.0, 71.0, 131.0, 211.0)  # seconds: pan x (two sines), pan y, dolly


@dataclass(frozen=True)
class Camera:
    pan_x: float  # frame widths at depth 1
    pan_y: float  # frame heights at depth 1 (never above 0)
    zoom: float  # the scale at depth 1, minus 1
    side: float  # -1 or 1: the third of the frame where the dream's focal subject stands

    @property
    def uniform(self) -> tuple[float, float, float, float]:
        """u_camera: (pan x, pan y, zoom, side)."""
        return (self.pan_x, self.pan_y, self.zoom, self.side)


def _wave(time: float, period: float, phase: float) -> float:
    return math.sin(2.0 * math.pi * time / period + phase)


def camera_at(time: float, seed: int) -> Camera:
    """The camera at `time` seconds of a dream with `seed`: each dream drifts its own way."""
    phase = (seed % 997) * 0.618
    zoom = ZOOM[0] + (ZOOM[1] - ZOOM[0]) * 0.5 * (1.0 + _wave(time, PERIODS[3], phase * 2.0))
    pan_x = PAN_X * (0.7 * _wave(time, PERIODS[0], phase) + 0.3 * _wave(time, PERIODS[1], phase))
    pan_y = -PAN_Y * 0.5 * (1.0 + _wave(time, PERIODS[2], phase * 3.0))
    return Camera(pan_x, pan_y, zoom, composition_side(seed))


def composition_side(seed: int) -> float:
    """Which third the focal subject stands on: the dreams alternate, by seed."""
    return 1.0 if seed % 2 else -1.0
