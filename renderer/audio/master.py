"""Mastering: the one limiter every mix goes through, true-peak aware.

True peak is the peak of the waveform between samples too, read on 4x oversampling (as
ITU-R BS.1770 and ffmpeg's ebur128 do). The limiter keeps it under TRUE_PEAK_DBTP with a
gain that is a smooth function of the signal within LOOK_S either side of each sample: it
dips over ~2 * LOOK_S around a peak, holds through runs of peaks, and depends on nothing
further away, so a stretch renders the same on its own as inside the whole mix (live
playback renders short chunks; export renders long blocks).
"""

from __future__ import annotations

from functools import cache

import numpy as np

from renderer.audio import RATE
from renderer.audio.dsp import db_to_gain

TRUE_PEAK_DBTP = -3.9  # the ceiling: a margin under -3 dBTP for dither and AAC (~0.6 dB more)
OVERSAMPLE = 4
TAPS = 8  # interpolation taps either side of the point
BLOCK = 16  # the gain is computed per block of this many samples, then joined by lines
LOOK_S = 0.012  # the gain around a sample depends on the signal this far either side
SAFE = 8.0  # anything beyond this (+18 dBFS) is damage, not sound: clamped before limiting
_WINDOW = int(round(LOOK_S * RATE / BLOCK))  # LOOK_S in blocks
MARGIN = (2 * _WINDOW + 3) * BLOCK + TAPS  # samples either side a stretch needs for its gain


@cache
def _phases() -> np.ndarray:
    """Kaiser-windowed sinc coefficients (OVERSAMPLE - 1, 2 * TAPS): the value at i + p / 4
    from x[i - TAPS + 1 .. i + TAPS]."""
    d = np.arange(-TAPS + 1, TAPS + 1)
    rows = []
    for p in range(1, OVERSAMPLE):
        x = p / OVERSAMPLE - d
        window = np.i0(6.0 * np.sqrt(np.clip(1.0 - (x / (TAPS + 0.5)) ** 2, 0.0, 1.0))) / np.i0(6.0)
        taps = np.sinc(x) * window
        rows.append(taps / taps.sum())
    return np.array(rows)


def sanitize(x: np.ndarray) -> np.ndarray:
    """NaN and infinities to silence, anything beyond +-SAFE to +-SAFE (float32)."""
    x = np.nan_to_num(np.asarray(x, np.float32), nan=0.0, posinf=0.0, neginf=0.0)
    return np.asarray(np.clip(x, -SAFE, SAFE))


def sample_true_peaks(x: np.ndarray, floor: float = 0.0) -> np.ndarray:
    """Per sample i, the largest magnitude of the (n,) or (n, ch) signal at i and between i
    and i + 1 (4x oversampled), over channels; between samples only where i or i + 1 is
    above `floor` (band-limited sound overshoots its samples by a few dB at most). The
    signal reads as silent beyond its ends."""
    x = np.asarray(x, np.float32)
    if x.ndim == 1:
        x = x[:, None]
    peaks = np.asarray(np.abs(x).max(axis=1))
    near = np.maximum(peaks, np.concatenate([peaks[1:], [0.0]]))
    idx = np.flatnonzero(near > floor)
    if idx.size == 0:
        return peaks
    padded = np.pad(x, ((TAPS, TAPS), (0, 0)))
    phases = _phases()
    for row in phases:
        between = np.zeros((idx.size, x.shape[1]), np.float64)
        for k, coefficient in enumerate(row):  # a fixed order of sums: results don't vary
            between += coefficient * padded[idx + k + 1]
        peaks[idx] = np.maximum(peaks[idx], np.abs(between).max(axis=1))
    return peaks


def true_peak_db(x: np.ndarray) -> float:
    """The true peak of a whole signal in dBTP."""
    floor = 0.3 * float(np.abs(np.asarray(x)).max(initial=0.0))  # 10 dB under the top sample
    return 20.0 * float(np.log10(max(float(sample_true_peaks(x, floor).max(initial=0.0)), 1e-12)))


def limiter_gain(x: np.ndarray, first: int, ceiling_db: float = TRUE_PEAK_DBTP) -> np.ndarray:
    """The limiter's gain for every sample of x, whose sample 0 sits at absolute sample
    `first` (a multiple of BLOCK). Exact for samples at least MARGIN from either end."""
    assert first % BLOCK == 0
    ceiling = db_to_gain(ceiling_db)
    n = x.shape[0]
    blocks = -(-n // BLOCK)
    peaks = np.zeros(blocks * BLOCK, np.float32)
    peaks[:n] = sample_true_peaks(x, 0.3 * ceiling)
    need = np.minimum(1.0, ceiling / np.maximum(peaks.reshape(blocks, BLOCK).max(axis=1), 1e-9))
    if need.min() >= 1.0:
        return np.ones(n, np.float32)  # what the sums below give too, exactly
    # Each block's gain may only be as high as the need of its neighbours (for the lines
    # drawn between block centres), then of everything within _WINDOW blocks...
    reach = _WINDOW + 1
    padded = np.pad(need, reach, constant_values=1.0)
    held = padded[:blocks].copy()
    for k in range(1, 2 * reach + 1):
        np.minimum(held, padded[k : k + blocks], out=held)
    # ... and is then averaged over +-_WINDOW blocks (Hann weights): every term of the
    # average holds a minimum taken over a window containing the block, so the average
    # never exceeds what the block needs. (Averaged as reductions, so that no reduction
    # gives a gain of exactly 1.)
    weights = np.hanning(2 * _WINDOW + 3)[1:-1]
    weights /= weights.sum()
    padded = np.pad(1.0 - held, _WINDOW)
    reduction = np.zeros(blocks)
    for k, weight in enumerate(weights):
        reduction += weight * padded[k : k + blocks]
    centres = np.arange(blocks) * BLOCK + BLOCK / 2.0
    return np.asarray(np.interp(np.arange(n), centres, 1.0 - reduction).astype(np.float32))


def limit(x: np.ndarray, first: int = 0, ceiling_db: float = TRUE_PEAK_DBTP) -> np.ndarray:
    """x (n, ch) limited; see limiter_gain."""
    return np.asarray((x * limiter_gain(x, first, ceiling_db)[:, None]).astype(np.float32))
