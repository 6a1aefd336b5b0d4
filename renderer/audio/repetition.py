"""How much a sound repeats itself: the normalised autocorrelation of its waveform.

At a lag of L seconds it is the correlation between the sound and itself L seconds later,
sum(a * b) / sqrt(sum(a * a) * sum(b * b)) over the overlapping part: 1 for a loop of
length L, about 0 for sound that never comes back.
"""

from __future__ import annotations

import numpy as np

DECIMATE = 4  # measured on 4-sample means: any linear filter keeps a repeat a repeat


def autocorrelation(
    samples: np.ndarray, rate: int, min_lag_s: float = 5.0, max_lag_s: float = 120.0
) -> tuple[np.ndarray, np.ndarray]:
    """(lags in seconds, normalised autocorrelation at each lag) of a mono (n,) or
    multichannel (n, ch) signal (channels averaged), for lags from min_lag_s to max_lag_s,
    at most the signal's length less 10 s (so every value rests on 10 s of overlap)."""
    x = np.asarray(samples, np.float64)
    if x.ndim == 2:
        x = x.mean(axis=1)
    n = x.size // DECIMATE * DECIMATE
    x = x[:n].reshape(-1, DECIMATE).mean(axis=1)
    step_rate = rate / DECIMATE
    size = x.size
    lo = int(min_lag_s * step_rate)
    hi = min(int(max_lag_s * step_rate), size - int(10.0 * step_rate))
    if hi < lo:
        return np.zeros(0), np.zeros(0)
    n_fft = 1 << (2 * size - 1).bit_length()
    spectrum = np.fft.rfft(x, n_fft)
    products = np.fft.irfft(spectrum * np.conj(spectrum), n_fft)[:size]
    energy = np.concatenate([[0.0], np.cumsum(x * x)])
    lags = np.arange(lo, hi + 1)
    head = energy[size - lags]  # sum of x[0 : size - lag] squared
    tail = energy[size] - energy[lags]  # sum of x[lag : size] squared
    correlation = products[lags] / np.sqrt(np.maximum(head * tail, 1e-30))
    return lags / step_rate, correlation


def repetition(
    samples: np.ndarray, rate: int, min_lag_s: float = 5.0, max_lag_s: float = 120.0
) -> tuple[float, float]:
    """(highest normalised autocorrelation between the lags, the lag in seconds where it is).
    Below 0.25 nothing audibly comes back; a fixed loop scores near 1 at its length."""
    lags, correlation = autocorrelation(samples, rate, min_lag_s, max_lag_s)
    if correlation.size == 0:
        return 0.0, 0.0
    k = int(np.argmax(correlation))
    return float(correlation[k]), float(lags[k])
