"""Endless, deterministic sound from finite material: every sample depends only on the seed
and its own index, so any stretch renders the same alone as inside a longer one.

- `hashed`: random numbers addressed by keys (seed, layer, grain index...), not drawn in order.
- `ValueNoise`: a smooth random curve defined for all time (slow swells, gusts, flicker).
- `grains`: a stationary texture read as overlapping grains from random offsets, crossfaded
  at constant power, so a 15 s texture plays for hours without a repeat to hear or measure.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

from renderer.audio import RATE

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def _mix(z: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser (wrapping uint64 arithmetic)."""
    z = (z ^ (z >> np.uint64(30))) * _M1
    z = (z ^ (z >> np.uint64(27))) * _M2
    return np.asarray(z ^ (z >> np.uint64(31)))


@lru_cache(maxsize=4096)
def _prefix(keys: tuple[int, ...]) -> np.ndarray:
    """The hash state after the keys (shared by every index hashed under them)."""
    z = np.zeros(1, np.uint64)  # arrays wrap silently where numpy scalars would warn
    for key in keys:
        z = _mix(z + _GOLDEN + np.uint64(key & 0xFFFFFFFFFFFFFFFF))
    z.setflags(write=False)
    return z


def hashed(keys: tuple[int, ...], index: np.ndarray | int) -> np.ndarray:
    """64-bit hashes of (keys..., index) for each index (a uint64 array, at least 1-d)."""
    idx = np.atleast_1d(np.asarray(index, np.int64)).astype(np.uint64)
    return _mix(_prefix(keys) + _GOLDEN + idx)


def uniform(keys: tuple[int, ...], index: np.ndarray | int) -> np.ndarray:
    """Uniform floats in [0, 1) addressed by keys and index."""
    return (hashed(keys, index) >> np.uint64(11)).astype(np.float64) * 2.0**-53


def gaussian(keys: tuple[int, ...], index: np.ndarray | int) -> np.ndarray:
    """Standard normal floats addressed by keys and index (Box-Muller on two hashes)."""
    u1 = uniform((*keys, 1), index)
    u2 = uniform((*keys, 2), index)
    return np.asarray(np.sqrt(-2.0 * np.log1p(-u1)) * np.cos(2.0 * np.pi * u2))


class ValueNoise:
    """A smooth random curve: Gaussian values at knots `period_s` apart, joined by
    Catmull-Rom splines. About unit deviation, zero mean, defined at any time."""

    def __init__(self, keys: tuple[int, ...], period_s: float) -> None:
        self.keys = keys
        self.period = period_s

    def at(self, t: np.ndarray) -> np.ndarray:
        x = np.asarray(t, np.float64) / self.period
        k = np.floor(x).astype(np.int64)
        f = x - k
        lo = int(k.min()) - 1 if k.size else 0
        hi = int(k.max()) + 3 if k.size else 0
        knots = gaussian(self.keys, np.arange(lo, hi))
        p0, p1, p2, p3 = (knots[k - 1 + d - lo] for d in range(4))
        f2, f3 = f * f, f * f * f
        return np.asarray(
            0.5
            * (
                2.0 * p1
                + (p2 - p0) * f
                + (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3) * f2
                + (3.0 * (p1 - p2) + p3 - p0) * f3
            )
        )


def seconds(start: int, n: int) -> np.ndarray:
    """The times (s) of samples start .. start+n-1."""
    return (start + np.arange(n, dtype=np.float64)) / RATE


CURVE_STEP = 32  # slow curves are computed every this many samples and joined by lines


def slow_curve(curve: Callable[[np.ndarray], np.ndarray], start: int, n: int) -> np.ndarray:
    """curve(times) for samples start .. start+n-1, evaluated on a fixed grid of every
    CURVE_STEP-th sample (the same points for any stretch) and joined by straight lines."""
    first, offset = divmod(start, CURVE_STEP)
    count = -(-(offset + n) // CURVE_STEP)
    values = np.asarray(curve(np.arange(first, first + count + 1) * (CURVE_STEP / RATE)))
    ramp = np.arange(CURVE_STEP) / CURVE_STEP
    lines = values[:-1, None] + (values[1:] - values[:-1])[:, None] * ramp[None, :]
    return np.asarray(lines.ravel()[offset : offset + n])


@lru_cache(maxsize=16)
def _grain_window(hop: int) -> np.ndarray:
    """sin over 2*hop samples: two grains a hop apart have squared gains summing to 1."""
    window = np.sin(np.pi * (np.arange(2 * hop) + 0.5) / (2 * hop)).astype(np.float32)
    window.setflags(write=False)
    return window


def grains(texture: np.ndarray, keys: tuple[int, ...], start: int, n: int, hop: int) -> np.ndarray:
    """Samples start .. start+n-1 of a texture played as grains 2*hop long, one every hop,
    each from its own random offset (the texture is circular), at constant power."""
    size = texture.shape[0]
    out = np.zeros(n, np.float32)
    window = _grain_window(hop)
    first, last = start // hop - 1, (start + n - 1) // hop
    offsets = hashed(keys, np.arange(first, last + 1)) % np.uint64(size)
    for g, offset in zip(range(first, last + 1), offsets.tolist(), strict=True):
        lo, hi = max(start, g * hop), min(start + n, (g + 2) * hop)
        if lo >= hi:
            continue
        at = lo - g * hop
        pos = (offset + at) % size
        length = hi - lo
        if pos + length <= size:
            part = texture[pos : pos + length]
        else:
            part = np.concatenate([texture[pos:], texture[: length - (size - pos)]])
        out[lo - start : hi - start] += part * window[at : at + length]
    return out
