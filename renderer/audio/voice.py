"""The narration track: clips resampled to 48 kHz, high-passed, levelled to VOICE_LUFS, with
faded edges; and the ducking curve they drive. Peaks are left to the one limiter (master.py)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from renderer.audio import RATE
from renderer.audio.dsp import db_to_gain, fft_size, resample
from renderer.audio.loudness import integrated_loudness, k_filter
from renderer.audio.master import limit, sanitize
from renderer.audio.score import Clip, ControlGrid, VoiceClip

VOICE_LUFS = -16.0  # narration loudness as heard (the mono voice on both channels)
MAX_BOOST_DB = 24.0  # a near-silent clip is not blown up beyond this
LIMITER_MAKEUP_DB = 2.0  # at most this much added for what the limiter will take
HIGH_PASS_HZ = 80.0  # rumble and DC under the voice go (2nd-order Butterworth)
FADE_IN_S = 0.005  # every clip starts and ends at silence
FADE_OUT_S = 0.02
DUCK_DB = -6.0  # ambience level change while the narrator speaks
DUCK_ATTACK_S = 0.8  # 10-90 % times of the duck's one-pole smoothing
DUCK_RELEASE_S = 2.5
DUCK_HOLD_S = 3.0  # sentence and paragraph pauses keep the duck down: no pumping
DUCK_LEAD_S = 0.5  # the duck starts this much before the voice (we know the future)
DUCK_HZ = 1000  # the duck curve's control rate
VOICED_DB = -45.0  # 10 ms RMS above this (after levelling) counts as voice


def clip_loudness(mono: np.ndarray, rate: int = RATE) -> float:
    """LUFS of a mono clip as played on both channels; ungated for clips under 400 ms."""
    stereo_offset = 10.0 * np.log10(2.0)
    lufs = integrated_loudness(mono, rate)
    if np.isfinite(lufs):
        return float(lufs + stereo_offset)
    weighted = k_filter(mono, rate)
    power = float(np.mean(weighted * weighted)) if weighted.size else 0.0
    return float(-0.691 + 10.0 * np.log10(max(power, 1e-20)) + stereo_offset)


def high_pass(x: np.ndarray, cutoff: float = HIGH_PASS_HZ, rate: int = RATE) -> np.ndarray:
    """A 2nd-order Butterworth high-pass run from rest (its exact response, applied by FFT
    on the zero-padded clip)."""
    k = np.tan(np.pi * cutoff / rate)
    norm = 1.0 + np.sqrt(2.0) * k + k * k
    b = np.array([1.0, -2.0, 1.0]) / norm
    a = np.array([1.0, 2.0 * (k * k - 1.0) / norm, (1.0 - np.sqrt(2.0) * k + k * k) / norm])
    n_fft = fft_size(x.size + rate // 10)
    z = np.exp(-2j * np.pi * np.fft.rfftfreq(n_fft))
    response = (b[0] + b[1] * z + b[2] * z * z) / (a[0] + a[1] * z + a[2] * z * z)
    return np.fft.irfft(np.fft.rfft(x, n_fft) * response, n_fft)[: x.size]


def _fade_edges(x: np.ndarray) -> np.ndarray:
    for seconds, edge in ((FADE_IN_S, slice(None)), (FADE_OUT_S, slice(None, None, -1))):
        k = min(int(seconds * RATE), x.size // 2)
        ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(k) / max(k, 1))
        x[edge][:k] *= ramp
    return x


def prepare_clip(clip: VoiceClip) -> np.ndarray:
    """A clip at 48 kHz: finite, high-passed, faded in and out at its edges, and levelled so
    that it reads VOICE_LUFS as heard through the master limiter (mono float32)."""
    source = high_pass(sanitize(clip.samples).astype(np.float64), rate=clip.rate)
    if not np.any(source):
        return np.zeros(int(round(source.size * RATE / clip.rate)), np.float32)
    # Measured at the TTS rate: the same loudness (the voice is band-limited), less work.
    gain_db = min(VOICE_LUFS - clip_loudness(source, clip.rate), MAX_BOOST_DB)
    mono = _fade_edges(resample(source.astype(np.float32), clip.rate, RATE).astype(np.float64))
    # The master limiter will take the loudest peaks off: level the clip so that what is
    # heard after it reads VOICE_LUFS (the clip itself is not limited here).
    for _ in range(2):
        heard = limit((mono * db_to_gain(gain_db)).astype(np.float32)[:, None])[:, 0]
        gain_db += min(VOICE_LUFS - clip_loudness(heard), LIMITER_MAKEUP_DB)
        gain_db = min(gain_db, MAX_BOOST_DB)
    return sanitize(mono * db_to_gain(gain_db))


def _ident(clip: Clip) -> tuple[int, int, int]:
    """What a clip's prepared audio is cached by: its key, length and rate."""
    return clip.key, clip.frames, clip.rate


class VoiceTrack:
    """The narration of a Score: render any stretch of it, and its ducking curve (over the
    whole duration, or over `window` (start, end seconds) for a windowed Score).

    The duck is a one-pole filter, so a window's curve starts from no duck at its start where
    the whole one carries what came before: after the window's margin (WINDOW_MARGIN_S, many
    release times) the two differ by under exp(-margin / release) of the duck's depth, far
    below a float32 step."""

    def __init__(
        self,
        clips: Sequence[Clip],
        duration: float,
        cache: dict[tuple[int, int, int], np.ndarray] | None = None,
        window: tuple[float, float] | None = None,
    ) -> None:
        self._cache = {} if cache is None else cache  # (key, length, rate) -> prepared audio
        self.duration = duration
        end = duration if window is None else window[1]
        self._first = 0 if window is None else int(round(window[0] * DUCK_HZ))
        self._stop = int(np.ceil(end * DUCK_HZ)) + 2
        self.set_clips(clips)

    @property
    def cache(self) -> dict[tuple[int, int, int], np.ndarray]:
        return self._cache

    def keep_only(self, clips: Sequence[Clip]) -> None:
        """Forget the prepared audio of every clip but these (a later window's)."""
        wanted = {_ident(clip) for clip in clips}
        for ident in list(self._cache):  # (another window may be prepared meanwhile)
            if ident not in wanted:
                self._cache.pop(ident, None)

    def set_clips(self, clips: Sequence[Clip]) -> None:
        """Place the clips; prepared audio is reused for keys seen before (a StoredClip's
        samples are loaded only to be prepared)."""
        placed = []
        for clip in clips:
            audio = self._cache.get(_ident(clip))
            if audio is None:
                audio = self._cache[_ident(clip)] = prepare_clip(clip.loaded())
            placed.append((int(round(clip.start * RATE)), audio))
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
        return ControlGrid(start, n, RATE, DUCK_HZ).sample(self._gain, self._first)

    def _activity(self) -> np.ndarray:
        """1 where the narrator is voiced (10 ms RMS over VOICED_DB), per DUCK_HZ step."""
        active = np.zeros(self._stop - self._first, bool)
        hop = RATE // DUCK_HZ
        for at, audio in self._placed:
            frames = audio.size // hop
            if frames == 0:
                continue
            power = np.mean(audio[: frames * hop].reshape(frames, hop) ** 2, axis=1)
            power = np.convolve(power, np.ones(10) / 10, mode="same")  # 10 ms window
            voiced = 10.0 * np.log10(np.maximum(power, 1e-20)) > VOICED_DB
            i0 = at // hop - self._first
            lo, hi = max(i0, 0), min(i0 + voiced.size, active.size)
            if lo < hi:
                active[lo:hi] |= voiced[lo - i0 : hi - i0]
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
