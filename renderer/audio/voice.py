"""The narration track: clips resampled to 48 kHz, levelled to VOICE_LUFS, peak-limited, and
the ducking curve they drive."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from renderer.audio import RATE
from renderer.audio.dsp import db_to_gain, resample
from renderer.audio.loudness import integrated_loudness, k_filter
from renderer.audio.score import ControlGrid, VoiceClip

VOICE_LUFS = -16.0  # narration loudness as heard (the mono voice on both channels)
VOICE_CEILING = db_to_gain(-1.5)  # narration peaks after limiting
MAX_BOOST_DB = 24.0  # a near-silent clip is not blown up beyond this
DUCK_DB = -8.0  # ambience level change while the narrator speaks
DUCK_ATTACK_S = 0.15  # 10-90 % times of the duck's one-pole smoothing
DUCK_RELEASE_S = 0.6
DUCK_HOLD_S = 0.25  # short gaps between words keep the duck down
DUCK_LEAD_S = 0.08  # the duck starts this much before the voice (we know the future)
DUCK_HZ = 1000  # the duck curve's control rate
VOICED_DB = -45.0  # 10 ms RMS above this (after levelling) counts as voice


def clip_loudness(mono: np.ndarray, rate: int = RATE) -> float:
    """LUFS of a mono clip as played on both channels; ungated for clips under 400 ms."""
    stereo_offset = 10.0 * np.log10(2.0)
    lufs = integrated_loudness(mono, rate)
    if np.isfinite(lufs):
        return lufs + stereo_offset
    weighted = k_filter(mono, rate)
    power = float(np.mean(weighted * weighted)) if weighted.size else 0.0
    return -0.691 + 10.0 * np.log10(max(power, 1e-20)) + stereo_offset


def limit_peaks(x: np.ndarray, ceiling: float = VOICE_CEILING) -> np.ndarray:
    """Look-ahead peak limiter for a whole clip: 1 ms gain blocks, 3 ms look-ahead/-behind,
    50 ms release; a final clip catches what interpolation lets through."""
    block = RATE // 1000
    n = x.size
    blocks = -(-n // block)
    peaks = np.abs(np.pad(x, (0, blocks * block - n))).reshape(blocks, block).max(axis=1)
    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9))
    if need.min() >= 1.0:
        return x
    reach = 3
    padded = np.pad(need, reach, constant_values=1.0)
    need = np.min(np.stack([padded[i : i + blocks] for i in range(2 * reach + 1)]), axis=0)
    release = 1.0 - np.exp(-1.0 / 50.0)
    gain = np.empty(blocks)
    level = 1.0
    for i, target in enumerate(need.tolist()):
        level = target if target < level else level + (target - level) * release
        gain[i] = level
    centres = (np.arange(blocks) + 0.5) * block
    per_sample = np.interp(np.arange(n), centres, gain)
    return np.clip(x * per_sample, -ceiling, ceiling).astype(np.float32)


def prepare_clip(clip: VoiceClip) -> np.ndarray:
    """A clip at 48 kHz, levelled to VOICE_LUFS and peak-limited (mono float32)."""
    source = np.asarray(clip.samples, np.float32)
    mono = resample(source, clip.rate, RATE)
    if not np.any(mono):
        return mono
    # Measured at the TTS rate: the same loudness (the voice is band-limited), less work.
    gain_db = min(VOICE_LUFS - clip_loudness(source, clip.rate), MAX_BOOST_DB)
    return limit_peaks((mono * db_to_gain(gain_db)).astype(np.float32))


class VoiceTrack:
    """The narration of a Score: render any stretch of it, and its ducking curve."""

    def __init__(
        self,
        clips: Sequence[VoiceClip],
        duration: float,
        cache: dict[tuple[int, int, int], np.ndarray] | None = None,
    ) -> None:
        self._cache = {} if cache is None else cache  # (key, length, rate) -> prepared audio
        self.duration = duration
        self.set_clips(clips)

    @property
    def cache(self) -> dict[tuple[int, int, int], np.ndarray]:
        return self._cache

    def set_clips(self, clips: Sequence[VoiceClip]) -> None:
        """Place the clips; prepared audio is reused for keys seen before."""
        placed = []
        for clip in clips:
            ident = (clip.key, len(clip.samples), clip.rate)
            if ident not in self._cache:
                self._cache[ident] = prepare_clip(clip)
            placed.append((int(round(clip.start * RATE)), self._cache[ident]))
        self._placed = placed
        self._gain = (10.0 ** (self._duck_curve() / 20.0)).astype(np.float32)

    def render(self, start: int, n: int) -> np.ndarray:
        """Mono narration for samples start .. start+n-1."""
        out = np.zeros(n, np.float32)
        for at, audio in self._placed:
            lo, hi = max(start, at), min(start + n, at + audio.size)
            if lo < hi:
                out[lo - start : hi - start] += audio[lo - at : hi - at]
        return out

    def duck_gain(self, start: int, n: int) -> np.ndarray:
        """Ambience gain (linear) for samples start .. start+n-1."""
        return ControlGrid(start, n, RATE, DUCK_HZ).sample(self._gain)

    def _activity(self) -> np.ndarray:
        """1 where the narrator is voiced (10 ms RMS over VOICED_DB), per DUCK_HZ step."""
        steps = int(np.ceil(self.duration * DUCK_HZ)) + 2
        active = np.zeros(steps, bool)
        hop = RATE // DUCK_HZ
        for at, audio in self._placed:
            frames = audio.size // hop
            if frames == 0:
                continue
            power = np.mean(audio[: frames * hop].reshape(frames, hop) ** 2, axis=1)
            power = np.convolve(power, np.ones(10) / 10, mode="same")  # 10 ms window
            voiced = 10.0 * np.log10(np.maximum(power, 1e-20)) > VOICED_DB
            i0 = at // hop
            seg = voiced[: max(0, steps - i0)]
            active[i0 : i0 + seg.size] |= seg
        return active

    def _duck_curve(self) -> np.ndarray:
        """Duck depth in dB per DUCK_HZ step: hold, lead, then attack/release smoothing,
        solved exactly per constant stretch (a one-pole toward 0 or 1)."""
        active = self._activity()
        hold, lead = int(DUCK_HOLD_S * DUCK_HZ), int(DUCK_LEAD_S * DUCK_HZ)
        csum = np.concatenate([[0], np.cumsum(active)])
        idx = np.arange(active.size)
        window_end = np.minimum(idx + lead + 1, active.size)
        window_start = np.maximum(idx - hold, 0)
        target = (csum[window_end] - csum[window_start]) > 0
        edges = np.flatnonzero(np.diff(target.astype(np.int8))) + 1
        bounds = np.concatenate([[0], edges, [target.size]])
        out = np.empty(target.size)
        level = 0.0
        for a, b in zip(bounds[:-1], bounds[1:], strict=True):
            goal = 1.0 if target[a] else 0.0
            tau = (DUCK_ATTACK_S if goal else DUCK_RELEASE_S) / np.log(9.0)
            k = np.arange(1, b - a + 1) / DUCK_HZ
            seg = goal + (level - goal) * np.exp(-k / tau)
            out[a:b] = seg
            level = float(seg[-1])
        return (out * DUCK_DB).astype(np.float64)
