"""Small numpy signal tools. Circular ones (FFT-domain) make loops seamless by construction."""

from __future__ import annotations

from collections.abc import Callable
from math import gcd

import numpy as np

from renderer.audio import RATE

Shape = Callable[[np.ndarray], np.ndarray]  # frequency (Hz) -> magnitude


def fft_size(n: int) -> int:
    """The smallest 2**a * 3**b * 5**c >= n (FFTs of such sizes are fast)."""
    best = 1 << max(n - 1, 0).bit_length()
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            size = p35
            while size < n:
                size *= 2
            best = min(best, size)
            p35 *= 3
        p5 *= 5
    return best


def loop_slice(loop: np.ndarray, start: int, n: int) -> np.ndarray:
    """Samples start .. start+n-1 of a loop played forever (contiguous copies, no gather)."""
    size = loop.shape[0]
    first = start % size
    if first + n <= size:
        return loop[first : first + n]
    parts, pos, left = [], first, n
    while left > 0:
        take = min(size - pos, left)
        parts.append(loop[pos : pos + take])
        left -= take
        pos = 0
    return np.concatenate(parts)


def db_to_gain(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def band(lo: float | None, hi: float | None, order: int = 2) -> Shape:
    """Butterworth-like band-pass magnitude (either edge may be None)."""

    def shape(f: np.ndarray) -> np.ndarray:
        m = np.ones_like(f)
        safe = np.maximum(f, 1e-3)
        if lo:
            m = m / np.sqrt(1.0 + (lo / safe) ** (2 * order))
        if hi:
            m = m / np.sqrt(1.0 + (safe / hi) ** (2 * order))
        return m

    return shape


def tilt(exponent: float, shape: Shape | None = None) -> Shape:
    """f**exponent spectral tilt (-0.5: pink, -1: brown), optionally times another shape."""

    def out(f: np.ndarray) -> np.ndarray:
        m = np.maximum(f, 20.0) ** exponent
        return np.asarray(m * shape(f) if shape else m)

    return out


def spectral_noise(n: int, rng: np.random.Generator, shape: Shape, channels: int = 1) -> np.ndarray:
    """Circular noise (n, channels) with spectrum `shape` and random phases; RMS 1 per channel."""
    freqs = np.fft.rfftfreq(n, 1.0 / RATE)
    mag = shape(freqs).astype(np.float32)
    mag[0] = 0.0
    live = np.flatnonzero(mag > 1e-6 * mag.max())  # skip bins the shape silences
    spec = np.zeros((channels, freqs.size), np.complex64)
    if live.size:
        lo, hi = live[0], live[-1] + 1
        size = (channels, hi - lo)
        # Complex Gaussian bins: Gaussian noise with uniformly random phases.
        bins = rng.standard_normal(size, np.float32) + 1j * rng.standard_normal(size, np.float32)
        spec[:, lo:hi] = bins * mag[lo:hi]
    x = np.fft.irfft(spec, n, axis=1).T
    return np.asarray((x / np.maximum(np.sqrt(np.mean(x * x, axis=0)), 1e-12)).astype(np.float32))


def smooth_random(
    n: int, rng: np.random.Generator, cutoff_hz: float, channels: int = 1
) -> np.ndarray:
    """A slow circular random curve (n, channels), zero mean, unit std (Gaussian low-pass)."""

    def shape(f: np.ndarray) -> np.ndarray:
        return np.exp(-0.5 * (f / cutoff_hz) ** 2)

    return spectral_noise(n, rng, shape, channels)


def filter_circular(x: np.ndarray, shape: Shape) -> np.ndarray:
    """Apply a zero-phase magnitude response to a periodic signal (axis 0)."""
    n = x.shape[0]
    spec = np.fft.rfft(x, axis=0)
    mag = shape(np.fft.rfftfreq(n, 1.0 / RATE))
    if x.ndim == 2:
        mag = mag[:, None]
    return np.fft.irfft(spec * mag, n, axis=0).astype(np.float32)


def convolve_circular(x: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """Circular convolution along axis 0; kernel (k,) or (k, channels), k <= len(x)."""
    n = x.shape[0]
    spec_k = np.fft.rfft(kernel, n, axis=0)
    if x.ndim == 2 and spec_k.ndim == 1:
        spec_k = spec_k[:, None]
    return np.fft.irfft(np.fft.rfft(x, axis=0) * spec_k, n, axis=0).astype(np.float32)


def impulses(
    n: int, rng: np.random.Generator, rate_hz: float, amp: Callable[[int], np.ndarray]
) -> np.ndarray:
    """A circular Poisson impulse train (n,) with `rate_hz` events/s and amplitudes amp(count)."""
    count = rng.poisson(rate_hz * n / RATE)
    out = np.zeros(n, np.float32)
    np.add.at(out, rng.integers(0, n, count), amp(count))
    return out


def add_circular(buf: np.ndarray, event: np.ndarray, pos: int) -> None:
    """Add `event` into `buf` at `pos`, wrapping around the end (axis 0)."""
    idx = (pos + np.arange(event.shape[0])) % buf.shape[0]
    buf[idx] += event


def reverb_circular(
    x: np.ndarray, rng: np.random.Generator, seconds: float, wet: float
) -> np.ndarray:
    """Stereo diffuse tail: circular convolution with decaying, decorrelated, darkened noise."""
    k = min(int(seconds * RATE), x.shape[0])
    t = np.arange(k) / RATE
    tail = rng.standard_normal((k, 2)) * np.exp(-6.9 * t / seconds)[:, None]  # -60 dB at end
    tail = filter_circular(tail.astype(np.float32), band(None, 5000.0, 1))
    tail /= np.sqrt(np.sum(tail * tail, axis=0))
    src = x if x.ndim == 2 else np.repeat(x[:, None], 2, axis=1)
    return ((1.0 - wet) * src + wet * convolve_circular(src, tail)).astype(np.float32)


def resample(x: np.ndarray, src_rate: int, dst_rate: int = RATE) -> np.ndarray:
    """Band-limited resampling of a mono clip (FFT method; silence-padded so edges don't wrap)."""
    x = np.asarray(x, np.float32)
    if src_rate == dst_rate or x.size == 0:
        return x.copy()
    g = gcd(src_rate, dst_rate)
    up, down = dst_rate // g, src_rate // g
    pad = int(0.05 * src_rate)
    n_in = fft_size(-(-(x.size + 2 * pad) // down)) * down  # a fast multiple of `down`
    n_out = n_in * up // down
    spec = np.fft.rfft(np.pad(x, (pad, n_in - x.size - pad)))
    nyq = 0.5 * min(src_rate, dst_rate)
    freqs = np.fft.rfftfreq(n_in, 1.0 / src_rate)
    roll = np.clip((nyq - freqs) / (0.08 * nyq), 0.0, 1.0)  # gentle taper into Nyquist
    spec = spec * (0.5 - 0.5 * np.cos(np.pi * roll))
    keep = min(spec.size, n_out // 2 + 1)
    y = np.fft.irfft(spec[:keep], n_out) * (n_out / n_in)
    start = pad * up // down
    return y[start : start + x.size * up // down].astype(np.float32)


def equal_power(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Crossfade weights (a, b) for x in 0..1, a**2 + b**2 == 1."""
    x = np.clip(x, 0.0, 1.0)
    return np.cos(0.5 * np.pi * x), np.sin(0.5 * np.pi * x)
