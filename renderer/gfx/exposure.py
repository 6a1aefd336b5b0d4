"""The eye's adaptation: an exposure gain that lifts a dim picture until its brightest
twentieth reaches the key, so a night scene keeps its blacks while its lights read near white.

The compositor meters the picture (drawn small, before the fade) every METER_SECONDS, reads the
display luma of its darkest and brightest 5%, and eases the gain toward the one that brings the
brightest to the key without lifting the darkest past DARK_CAP, over ADAPT_SECONDS; an isolated
frame (a still, a seek) is metered and settles at once. The gain never lowers the picture: a
bright scene keeps the exposure it was designed at.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

KEY = 0.76  # the display luma the brightest 5% of a frame are brought to (194 of 255)
DARK_CAP = 0.16  # the display luma the darkest 5% are not lifted past (41 of 255)
MAX_GAIN = 2.5  # the most a dim frame's exposure is raised
ADAPT_SECONDS = 2.0  # the time constant of the easing between frames in order
SETTLE_STEPS = 3  # meterings an isolated frame takes to settle
METER_SECONDS = 0.2  # between meterings of frames in order (each one waits for the frame)
METER_DIVISOR = 16  # the meter is the internal size over this, per side
TOP_SHARE = 0.05  # the brightest share of the meter's pixels that is read
LUMA = (0.2126, 0.7152, 0.0722)


def levels_of(pixels: np.ndarray) -> tuple[float, float]:
    """The display luma (0..1) below which the darkest TOP_SHARE of an RGBA8 picture lie, and
    the one the brightest TOP_SHARE reach."""
    import numpy as np

    rgb = pixels.reshape(-1, pixels.shape[-1])[:, :3].astype(np.float32) / 255.0
    luma = rgb @ np.asarray(LUMA, dtype=np.float32)
    dark, bright = np.quantile(luma, (TOP_SHARE, 1.0 - TOP_SHARE))
    return float(dark), float(bright)


def wanted_gain(gain: float, dark: float, bright: float, ceiling: float = MAX_GAIN) -> float:
    """The gain that brings a picture metered at `gain` to the key, or as near as DARK_CAP
    allows. Display values go about as the square root of light, so the ratios are squared;
    the result stays within 1..ceiling."""
    ratio = min(KEY / max(bright, 1e-3), DARK_CAP / max(dark, 1e-3))
    return min(max(gain * ratio * ratio, 1.0), ceiling)


def eased(gain: float, wanted: float, dt: float) -> float:
    """The gain `dt` seconds on, easing from `gain` toward `wanted` (in stops, exponentially)."""
    share = 1.0 - math.exp(-max(dt, 0.0) / ADAPT_SECONDS)
    return gain * math.exp(share * math.log(wanted / gain))
