"""The Score: everything the mixer plays, as plain arrays (bed levels over time + voice clips).

A Score is built from a Timeline (score_from_timeline) or from plain inputs (Score directly:
tests, tools). Control curves run at CONTROL_HZ and are interpolated per sample by the mixer.

A Score covers the whole dream, or only a window of it (export of a range, the stretch live
playback is near: score_window): then its curves and clips hold just that window and
WINDOW_MARGIN_S either side, so its cost and memory do not grow with the dream's length, and
it renders the window as the whole Score does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

from renderer.audio.beds import BEDS
from renderer.audio.soundmap import bed_levels, sounding
from renderer.frame import FrameState

CONTROL_HZ = 20  # bed levels, brightness and fade are sampled this often
PAD_BASE = 0.35  # the drone under everything, even when no sky motif is present
SMOOTH_S = 0.25  # moving-average length applied to control curves
SMOOTH_TAPS = max(1, int(SMOOTH_S * CONTROL_HZ))
SMOOTH_REACH = (SMOOTH_TAPS // 2, SMOOTH_TAPS - 1 - SMOOTH_TAPS // 2)  # points before, after
# A windowed Score reaches this far beyond its span: longer than any event, which reads the
# brightness where it starts, and than the ducking's memory (see VoiceTrack).
WINDOW_MARGIN_S = 30.0


@dataclass(frozen=True)
class VoiceClip:
    """One sentence of narration and its start on the timeline."""

    start: float  # seconds
    samples: np.ndarray  # float32 mono, -1..1
    rate: int  # the TTS rate (e.g. 22050)
    key: int  # a stable id (the sentence index): prepared clips are cached by it (+ length)

    @property
    def frames(self) -> int:
        """How many samples the clip has."""
        return int(self.samples.size)

    def loaded(self) -> VoiceClip:
        """The clip with its samples: itself."""
        return self


@dataclass(frozen=True)
class StoredClip:
    """A sentence's clip whose samples are loaded only when the mixer prepares it (a Score
    made from a Timeline holds these, so a long dream's narration is not held in memory)."""

    start: float  # seconds
    frames: int  # how many samples load() gives
    rate: int
    key: int
    load: Callable[[], np.ndarray]

    def loaded(self) -> VoiceClip:
        return VoiceClip(self.start, self.load(), self.rate, self.key)


Clip = VoiceClip | StoredClip


@dataclass(frozen=True)
class Score:
    duration: float  # seconds
    seed: int  # the dream's seed: chooses the key and every bed's randomness
    levels: Mapping[str, np.ndarray]  # bed -> gain 0..1 per control step (absent: silent)
    brightness: np.ndarray  # 0 (dark mode) .. 1 (bright mode) per control step
    fade: np.ndarray  # master fade 0..1 per control step (ambience follows it)
    clips: tuple[Clip, ...] = ()
    complete: bool = True  # False: more sentences are coming; the ambience runs on past the end
    window: tuple[int, int] | None = None  # a window's control steps [first, stop), else None

    @property
    def first(self) -> int:
        """The control step of the curves' first point."""
        return self.window[0] if self.window else 0

    @property
    def window_s(self) -> tuple[float, float] | None:
        """A window's start and end in seconds (None: the whole Score)."""
        return None if self.window is None else (
            self.window[0] / CONTROL_HZ, self.window[1] / CONTROL_HZ
        )


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

    def sample(self, curve: np.ndarray, first: int = 0) -> np.ndarray:
        """The curve, whose point 0 is control step `first`, at every sample."""
        c = np.asarray(curve, np.float32)[np.clip(self.points - first, 0, curve.size - 1)]
        segments = c[:-1, None] + (c[1:] - c[:-1])[:, None] * self.ramp[None, :]
        return segments.ravel()[self.offset : self.offset + self.n]


class ClipLike(Protocol):
    """What score_from_timeline reads from one of a timeline's clips (renderer.timeline.Clip)."""

    @property
    def start(self) -> float: ...
    @property
    def frames(self) -> int: ...
    @property
    def sample_rate(self) -> int: ...
    @property
    def sentence(self) -> int: ...
    @property
    def load(self) -> Callable[[], np.ndarray]: ...


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


def _smooth(curve: np.ndarray, context: tuple[int, int] = (0, 0)) -> np.ndarray:
    """The moving average (SMOOTH_S) of a curve whose first and last `context` points (at
    most SMOOTH_REACH) are only averaged in; where they are fewer (the dream's ends), the
    edge is held."""
    padded = np.pad(
        curve, (SMOOTH_REACH[0] - context[0], SMOOTH_REACH[1] - context[1]), mode="edge"
    )
    return np.convolve(padded, np.ones(SMOOTH_TAPS) / SMOOTH_TAPS, mode="valid")


def brightness_of(valence: float) -> float:
    """Valence -1..1 -> 0 (dark) .. 1 (bright): neutral leans bright, a clear sadness darkens."""
    return float(np.clip(0.6 + 1.6 * valence, 0.0, 1.0))


def control_steps(duration: float) -> int:
    """How many control points a Score of `duration` seconds has."""
    return int(np.ceil(max(duration, 0.0) * CONTROL_HZ)) + 2


def window_steps(duration: float, span: tuple[float, float] | None) -> tuple[int, int]:
    """The control steps [first, stop) a Score of `duration` covers for `span` (start, end
    in seconds; None: the whole duration)."""
    total = control_steps(duration)
    if span is None:
        return 0, total
    first = min(max(0, int(np.floor((span[0] - WINDOW_MARGIN_S) * CONTROL_HZ))), total - 1)
    stop = min(total, max(first + 1, int(np.ceil((span[1] + WINDOW_MARGIN_S) * CONTROL_HZ))))
    return first, stop


def score_from_states(
    state_at: Callable[[float], FrameState],
    duration: float,
    seed: int,
    clips: Sequence[Clip] = (),
    complete: bool = True,
    span: tuple[float, float] | None = None,
) -> Score:
    """Sample the per-frame states at CONTROL_HZ into bed levels, brightness and fade: over
    the whole duration, or over the window `span` (start, end seconds) and its margins."""
    first, stop = window_steps(duration, span)
    lo = max(0, first - SMOOTH_REACH[0])
    hi = min(control_steps(duration), stop + SMOOTH_REACH[1])
    context = (first - lo, hi - stop)
    levels = {name: np.zeros(hi - lo) for name in BEDS}
    brightness = np.zeros(hi - lo)
    fade = np.zeros(hi - lo)
    for i in range(hi - lo):
        state = state_at((lo + i) / CONTROL_HZ)
        for bed, level in bed_levels(sounding(state)).items():
            levels[bed][i] = level
        brightness[i] = brightness_of(state.valence)
        fade[i] = state.fade
    levels["pad"] = np.maximum(levels["pad"], PAD_BASE)
    smoothed = {
        name: _smooth(curve, context).astype(np.float32)
        for name, curve in levels.items()
        if np.any(curve > 0)
    }
    return Score(
        duration=duration,
        seed=seed,
        levels=smoothed,
        brightness=_smooth(brightness, context).astype(np.float32),
        fade=fade[first - lo : stop - lo].astype(np.float32),
        clips=tuple(clips),
        complete=complete,
        window=None if span is None else (first, stop),
    )


def _clips_within(clips: Sequence[Clip], steps: tuple[int, int]) -> tuple[Clip, ...]:
    """The clips that sound within the control steps [first, stop)."""
    t0, t1 = steps[0] / CONTROL_HZ, steps[1] / CONTROL_HZ
    return tuple(
        c for c in clips if c.frames and c.start < t1 and c.start + c.frames / c.rate > t0
    )


def score_from_timeline(timeline: TimelineLike, span: tuple[float, float] | None = None) -> Score:
    """The Score of a Timeline: its states sampled at CONTROL_HZ and its sentence clips (as
    StoredClips), over the whole timeline or only the window `span` (start, end seconds)."""
    clips = [
        StoredClip(c.start, c.frames, c.sample_rate, c.sentence, c.load)
        for c in timeline.clips
    ]
    return score_from_states(
        timeline.state_at,
        timeline.duration,
        timeline.seed,
        _clips_within(clips, window_steps(timeline.duration, span)),
        timeline.complete,
        span,
    )


def score_window(score: Score, span: tuple[float, float]) -> Score:
    """The window `span` (start, end seconds) of a whole Score, as score_from_timeline makes
    it: its curves cut from the whole ones (the same smoothing) and the clips that reach in."""
    if score.window is not None:
        raise ValueError("score_window takes a whole Score")
    first, stop = window_steps(score.duration, span)
    cut = slice(first, stop)
    levels = {name: curve[cut] for name, curve in score.levels.items() if np.any(curve[cut] > 0)}
    return replace(
        score,
        levels=levels,
        brightness=score.brightness[cut],
        fade=score.fade[cut],
        clips=_clips_within(score.clips, (first, stop)),
        window=(first, stop),
    )
