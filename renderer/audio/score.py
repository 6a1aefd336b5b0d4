"""The Score: everything the mixer plays, as plain arrays (bed levels over time + voice clips).

A Score is built from a Timeline (score_from_timeline) or from plain inputs (Score directly:
tests, tools). Control curves run at CONTROL_HZ and are interpolated per sample by the mixer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from renderer.audio.beds import BEDS
from renderer.audio.soundmap import bed_levels
from renderer.frame import FrameState

CONTROL_HZ = 20  # bed levels, brightness and fade are sampled this often
PAD_BASE = 0.35  # the drone under everything, even when no sky motif is present
SMOOTH_S = 0.25  # moving-average length applied to control curves


@dataclass(frozen=True)
class VoiceClip:
    """One sentence of narration and its start on the timeline."""

    start: float  # seconds
    samples: np.ndarray  # float32 mono, -1..1
    rate: int  # the TTS rate (e.g. 22050)
    key: int  # a stable id (the sentence index): prepared clips are cached by it (+ length)


@dataclass(frozen=True)
class Score:
    duration: float  # seconds
    seed: int  # the dream's seed: chooses the key and every bed's randomness
    levels: Mapping[str, np.ndarray]  # bed -> gain 0..1 per control step (absent: silent)
    brightness: np.ndarray  # 0 (dark mode) .. 1 (bright mode) per control step
    fade: np.ndarray  # master fade 0..1 per control step (ambience follows it)
    clips: tuple[VoiceClip, ...] = ()
    complete: bool = True  # False: more sentences are coming; the ambience runs on past the end


class ControlGrid:
    """Where samples start .. start+n-1 fall on control curves with `hz` points per second
    (rate must be a multiple of hz): linear interpolation, held past the ends. Made once per
    rendered block and used for every curve of it."""

    def __init__(self, start: int, n: int, rate: int, hz: int) -> None:
        self.step = rate // hz
        self.first, self.offset = divmod(start, self.step)
        self.n = n
        count = -(-(self.offset + n) // self.step)
        self.points = np.arange(self.first, self.first + count + 1)
        self.ramp = (np.arange(self.step) / self.step).astype(np.float32)

    def sample(self, curve: np.ndarray) -> np.ndarray:
        c = np.asarray(curve, np.float32)[np.clip(self.points, 0, curve.size - 1)]
        segments = c[:-1, None] + (c[1:] - c[:-1])[:, None] * self.ramp[None, :]
        return segments.ravel()[self.offset : self.offset + self.n]


class ClipLike(Protocol):
    """What score_from_timeline reads from one of a timeline's clips (renderer.timeline.Clip)."""

    @property
    def start(self) -> float: ...
    @property
    def samples(self) -> np.ndarray: ...
    @property
    def sample_rate(self) -> int: ...
    @property
    def sentence(self) -> int: ...


class TimelineLike(Protocol):
    """What score_from_timeline reads from renderer.timeline.Timeline."""

    @property
    def duration(self) -> float: ...
    @property
    def seed(self) -> int: ...
    @property
    def clips(self) -> Sequence[ClipLike]: ...
    @property
    def complete(self) -> bool: ...

    def state_at(self, t: float) -> FrameState: ...


def _smooth(curve: np.ndarray) -> np.ndarray:
    k = max(1, int(SMOOTH_S * CONTROL_HZ))
    padded = np.pad(curve, (k // 2, k - 1 - k // 2), mode="edge")
    return np.convolve(padded, np.ones(k) / k, mode="valid")


def brightness_of(valence: float) -> float:
    """Valence -1..1 -> 0 (dark) .. 1 (bright): neutral leans bright, a clear sadness darkens."""
    return float(np.clip(0.6 + 1.6 * valence, 0.0, 1.0))


def score_from_states(
    state_at: Callable[[float], FrameState],
    duration: float,
    seed: int,
    clips: Sequence[VoiceClip] = (),
    complete: bool = True,
) -> Score:
    """Sample the per-frame states at CONTROL_HZ into bed levels, brightness and fade."""
    steps = int(np.ceil(max(duration, 0.0) * CONTROL_HZ)) + 2
    levels = {name: np.zeros(steps) for name in BEDS}
    brightness = np.zeros(steps)
    fade = np.zeros(steps)
    for i in range(steps):
        state = state_at(i / CONTROL_HZ)
        for bed, level in bed_levels(state.intensities).items():
            levels[bed][i] = level
        brightness[i] = brightness_of(state.valence)
        fade[i] = state.fade
    levels["pad"] = np.maximum(levels["pad"], PAD_BASE)
    smoothed = {k: _smooth(v).astype(np.float32) for k, v in levels.items() if np.any(v > 0)}
    return Score(
        duration=duration,
        seed=seed,
        levels=smoothed,
        brightness=_smooth(brightness).astype(np.float32),
        fade=fade.astype(np.float32),
        clips=tuple(clips),
        complete=complete,
    )


def score_from_timeline(timeline: TimelineLike) -> Score:
    """The Score of a Timeline: its states sampled at CONTROL_HZ and its sentence clips."""
    clips = tuple(
        VoiceClip(c.start, c.samples, c.sample_rate, c.sentence)
        for c in timeline.clips
        if c.samples.size
    )
    return score_from_states(
        timeline.state_at, timeline.duration, timeline.seed, clips, timeline.complete
    )
