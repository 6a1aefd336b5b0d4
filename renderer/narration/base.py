"""The shared work every audio narrator backend needs.

A backend only turns clean text into samples plus word onsets (`_render`); this base class
cleans the text, consults the cache, verifies the audio (retrying once), trims silence at
the ends, finds word ends from the audio, maps words back to the sentence as written and
lengthens the pauses its punctuation asks for (pauses.py).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, replace

import numpy as np

from renderer.errors import ReverieError
from renderer.narration.cache import NarrationCache, cache_key
from renderer.narration.clean import Spoken, speakable, words_in
from renderer.narration.pace import SPEAKING_WPM
from renderer.narration.pauses import with_inner_pauses
from renderer.narration.types import Utterance, WordTiming, empty_utterance


class NarrationError(ReverieError):
    """A sentence could not be synthesized."""


@dataclass(frozen=True)
class Rendered:
    """A backend's raw result: audio and, per word of the clean text, its onset (s) or None."""

    samples: np.ndarray  # float32 mono
    sample_rate: int
    onsets: list[float | None]  # one per span of words_in(clean text)


class AudioNarrator(ABC):
    """A Narrator backed by a TTS engine. Instances are safe to call from any thread."""

    name: str = ""  # backend name as the CLI spells it
    instant = False  # True when synthesis is trivially fast (no background work needed)
    default_rate = SPEAKING_WPM  # words per minute within sentences; each backend maps it to
    # its engine's control

    def __init__(self, voice: str | None, rate: int | None, volume: float | None) -> None:
        self.voice = voice or ""
        self.rate = int(rate or self.default_rate)
        self.volume = 1.0 if volume is None else max(0.0, min(1.0, float(volume)))
        self.sample_rate = 22050
        self.engine_version = ""
        self.cache: NarrationCache | None = NarrationCache()

    @property
    def voice_label(self) -> str:
        return f"{self.name}:{self.voice}" if self.voice else self.name

    def synthesize(self, text: str) -> Utterance:
        """Speak one sentence. Raises NarrationError if the engine fails twice."""
        spoken = speakable(text)
        if not spoken.text:
            return empty_utterance(self.sample_rate)
        key = cache_key(text, self.name, self.voice, self.rate, self.volume, self.engine_version)
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            return hit
        utterance = self._synthesize_checked(text, spoken)
        if self.cache is not None:
            self.cache.put(key, utterance)
        return utterance

    def check(self) -> None:
        """Speak a probe word, bypassing the cache; raises NarrationError if no audio comes."""
        rendered = self._render("Hello.")
        if problem := audio_problem(rendered.samples, rendered.sample_rate):
            raise NarrationError(f"{self.name} does not work here: {problem}")

    def _synthesize_checked(self, text: str, spoken: Spoken) -> Utterance:
        problem = ""
        for _attempt in range(2):
            try:
                rendered = self._render(spoken.text)
            except NarrationError as error:
                problem = str(error)
                continue
            problem = audio_problem(rendered.samples, rendered.sample_rate)
            if not problem:
                utterance = with_inner_pauses(finish_utterance(text, spoken, rendered), text)
                return replace(utterance, samples=quantize16(utterance.samples))
        raise NarrationError(f"{self.name} could not speak {spoken.text[:40]!r}: {problem}")

    @abstractmethod
    def _render(self, clean_text: str) -> Rendered:
        """Synthesize clean, non-empty text."""


def audio_problem(samples: np.ndarray, sample_rate: int) -> str:
    """Why this audio is unusable ('' when it is fine)."""
    if samples.ndim != 1 or samples.size < sample_rate * 0.05:
        return f"no audio ({samples.size} samples)"
    if not np.all(np.isfinite(samples)):
        return "audio has NaN/inf samples"
    if float(np.max(np.abs(samples))) < 1e-3:
        return "audio is silent"
    return ""


FRAME_S = 0.005  # analysis hop for trimming and word ends


def frame_energy(samples: np.ndarray, sample_rate: int, hop_s: float = FRAME_S) -> np.ndarray:
    """RMS per hop (no overlap)."""
    hop = max(1, int(round(sample_rate * hop_s)))
    n = samples.size // hop
    if n == 0:
        return np.zeros(0, np.float32)
    frames = samples[: n * hop].reshape(n, hop).astype(np.float64)
    return np.asarray(np.sqrt(np.mean(frames * frames, axis=1)).astype(np.float32))


def voiced_mask(energy: np.ndarray) -> np.ndarray:
    """Frames louder than the silence floor (-40 dB below the loud frames, at least 1e-3)."""
    if energy.size == 0:
        return np.zeros(0, bool)
    loud = float(np.percentile(energy, 95))
    return energy > max(1e-3, loud * 0.01)


def finish_utterance(text: str, spoken: Spoken, rendered: Rendered) -> Utterance:
    """Trim silent ends, complete word timings from the audio, map words to the original text."""
    sr = rendered.sample_rate
    samples = np.asarray(rendered.samples, np.float32)
    energy = frame_energy(samples, sr)
    voiced = voiced_mask(energy)
    idx = np.flatnonzero(voiced)
    first, last = (int(idx[0]), int(idx[-1]) + 1) if idx.size else (0, energy.size)
    lead = max(0, first * FRAME_S - 0.005)
    tail = min(samples.size / sr, last * FRAME_S + 0.03)
    cut0, cut1 = int(round(lead * sr)), int(round(tail * sr))
    samples = quantize16(samples[cut0:cut1])
    voiced = voiced[first:]
    duration = samples.size / sr
    spans = words_in(spoken.text)
    starts = _fill_onsets(
        [None if o is None else o - lead for o in rendered.onsets],
        spans,
        len(spoken.text),
        duration,
    )
    words = []
    for i, (a, b) in enumerate(spans):
        start = min(max(0.0, starts[i]), duration)
        limit = starts[i + 1] if i + 1 < len(spans) else duration
        end = _word_end(voiced, start, limit, offset=first * FRAME_S - lead)
        o0, o1 = spoken.original_span(a, b)
        words.append(WordTiming(text[o0:o1], o0, start, max(start, min(end, duration))))
    return Utterance(samples, sr, tuple(words), duration, spoken.text)


def quantize16(samples: np.ndarray) -> np.ndarray:
    """Round to the 16-bit PCM grid (what the cache stores), as float32."""
    pcm = np.round(samples.astype(np.float64) * 32768.0).clip(-32768, 32767)
    return (pcm / 32768.0).astype(np.float32)


def _fill_onsets(
    onsets: list[float | None], spans: list[tuple[int, int]], text_length: int, duration: float
) -> list[float]:
    """Onsets for every word: known ones kept (made non-decreasing); missing ones interpolated
    by character position between their known neighbours (or the utterance's ends)."""
    known = [(spans[i][0], t) for i, t in enumerate(onsets[: len(spans)]) if t is not None]
    if not known or known[0][0] > 0:
        known.insert(0, (0, 0.0))
    if known[-1][0] < text_length:
        known.append((text_length, duration))
    chars, times = [c for c, _ in known], [t for _, t in known]
    for k in range(1, len(times)):
        times[k] = max(times[k], times[k - 1])
    return [float(np.interp(a, chars, times)) for a, _ in spans]


def _word_end(voiced: np.ndarray, start: float, limit: float, offset: float) -> float:
    """The last voiced moment between a word's start and the next word's start."""
    i0 = int((start - offset) / FRAME_S)
    i1 = int((limit - offset) / FRAME_S)
    segment = voiced[max(0, i0) : max(0, i1)]
    idx = np.flatnonzero(segment)
    if idx.size == 0:
        return limit
    return min(limit, offset + (max(0, i0) + int(idx[-1]) + 1) * FRAME_S)
