"""ITU-R BS.1770-4 integrated loudness (K-weighting, 400 ms blocks, absolute and relative gates)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from renderer.audio import RATE
from renderer.audio.dsp import fft_size

ABSOLUTE_GATE = -70.0
RELATIVE_GATE = -10.0


def k_weighting(rate: int = RATE) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """The two K-weighting biquads (b, a) for `rate`: high shelf, then high pass."""
    k = np.tan(np.pi * 1681.974450955533 / rate)
    q = 0.7071752369554196
    vh = 10.0 ** (3.999843853973347 / 20.0)
    vb = vh**0.4996667741545416
    a0 = 1.0 + k / q + k * k
    shelf = (
        np.array([vh + vb * k / q + k * k, 2.0 * (k * k - vh), vh - vb * k / q + k * k]) / a0,
        np.array([1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0]),
    )
    k = np.tan(np.pi * 38.13547087602444 / rate)
    q = 0.5003270373238773
    a0 = 1.0 + k / q + k * k
    highpass = (
        np.array([1.0, -2.0, 1.0]),
        np.array([1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0]),
    )
    return shelf, highpass


def _response(n_fft: int, rate: int) -> np.ndarray:
    """Complex frequency response of the K-weighting cascade on an rfft grid."""
    if n_fft <= _KEPT_FFT:
        return _kept_response(n_fft, rate)
    return _compute_response(n_fft, rate)


_KEPT_FFT = 1 << 20  # responses up to this size are kept (events and clips share them)


@lru_cache(maxsize=12)
def _kept_response(n_fft: int, rate: int) -> np.ndarray:
    h = _compute_response(n_fft, rate)
    h.setflags(write=False)
    return h


def _compute_response(n_fft: int, rate: int) -> np.ndarray:
    z1 = np.exp(-2j * np.pi * np.fft.rfftfreq(n_fft))  # rfftfreq(n) is in cycles/sample
    h: np.ndarray = np.ones_like(z1)
    for b, a in k_weighting(rate):
        h *= (b[0] + b[1] * z1 + b[2] * z1 * z1) / (a[0] + a[1] * z1 + a[2] * z1 * z1)
    return h


def _padded(n: int) -> int:
    """A fast FFT size >= n: a power of two for short signals (few sizes: their responses
    are kept), else the nearest 2**a * 3**b * 5**c."""
    power = 1 << (n - 1).bit_length()
    return power if power <= _KEPT_FFT else fft_size(n)


def k_filter(x: np.ndarray, rate: int = RATE, circular: bool = False) -> np.ndarray:
    """K-weight a (n,) or (n, ch) signal: the biquads' exact response applied by FFT.

    Non-circular input is zero-padded, which equals running the IIR filters from rest
    (their impulse response dies out within a few milliseconds).
    """
    x = np.asarray(x, np.float64)
    n = x.shape[0]
    n_fft = n if circular else _padded(n + rate // 4)
    h = _response(n_fft, rate)
    if x.ndim == 2:
        h = h[:, None]
    return np.fft.irfft(np.fft.rfft(x, n_fft, axis=0) * h, n_fft, axis=0)[:n]


def block_powers(weighted: np.ndarray, rate: int = RATE) -> np.ndarray:
    """Channel-summed mean square of each 400 ms block with 75 % overlap."""
    if weighted.ndim == 1:
        weighted = weighted[:, None]
    size, step = int(0.4 * rate), int(0.1 * rate)
    n = weighted.shape[0]
    if n < size:
        return np.zeros(0)
    csum = np.concatenate([[0.0], np.cumsum(np.sum(weighted * weighted, axis=1))])
    starts = np.arange(0, n - size + 1, step)
    return np.asarray((csum[starts + size] - csum[starts]) / size)


def _lufs(power: float | np.ndarray) -> np.ndarray:
    return -0.691 + 10.0 * np.log10(np.maximum(power, 1e-20))


def integrated_loudness(x: np.ndarray, rate: int = RATE, circular: bool = False) -> float:
    """Integrated loudness in LUFS of a mono (n,) or multichannel (n, ch) signal (L/R weight 1).

    Returns -inf for silence or input shorter than one 400 ms block.
    """
    powers = block_powers(k_filter(x, rate, circular), rate)
    powers = powers[_lufs(powers) > ABSOLUTE_GATE]
    if powers.size == 0:
        return float("-inf")
    relative = _lufs(np.mean(powers)) + RELATIVE_GATE
    gated = powers[_lufs(powers) > relative]
    return float(_lufs(np.mean(gated)))
