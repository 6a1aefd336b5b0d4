"""The narration alone as one mono track: every sentence's audio placed at its timeline start."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np


class _Clip(Protocol):
    start: float
    samples: np.ndarray
    sample_rate: int


class _Placed(Protocol):
    duration: float
    clips: Sequence[_Clip]


def resample(samples: np.ndarray, source_rate: int, target_rate: int) -> np.ndarray:
    """Band-limited resampling of a short clip (FFT, zero-padded against wrap-around)."""
    if source_rate == target_rate or samples.size == 0:
        return samples.astype(np.float32, copy=False)
    pad = 512
    padded = np.concatenate([np.zeros(pad), samples.astype(np.float64), np.zeros(pad)])
    n_out = int(round(padded.size * target_rate / source_rate))
    spectrum = np.fft.rfft(padded)
    out_spectrum = np.zeros(n_out // 2 + 1, np.complex128)
    keep = min(spectrum.size, out_spectrum.size)
    out_spectrum[:keep] = spectrum[:keep]
    out = np.fft.irfft(out_spectrum, n_out) * (n_out / padded.size)
    cut = int(round(pad * target_rate / source_rate))
    length = int(round(samples.size * target_rate / source_rate))
    return out[cut : cut + length].astype(np.float32)


def narration_track(timeline: _Placed, sample_rate: int | None = None) -> tuple[np.ndarray, int]:
    """(mono float32 samples covering timeline.duration, rate). Clips are resampled to
    `sample_rate` (default: the narrator's own rate) and added at round(start * rate)."""
    clips = list(timeline.clips)
    rate = int(sample_rate or (clips[0].sample_rate if clips else 22050))
    track = np.zeros(int(np.ceil(timeline.duration * rate)), np.float32)
    for clip in clips:
        audio = resample(clip.samples, clip.sample_rate, rate)
        i0 = int(round(clip.start * rate))
        part = audio[: max(0, track.size - i0)]
        track[i0 : i0 + part.size] += part
    return track, rate
