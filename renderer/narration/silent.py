"""The silent narrator: no audio, words timed at a natural reading pace (captions only)."""

from __future__ import annotations

import numpy as np

from renderer.narration.clean import speakable, words_in
from renderer.narration.pace import SPEAKING_WPM, reading_pace
from renderer.narration.types import Utterance, WordTiming, empty_utterance


class SilentNarrator:
    """Captions only: every sentence is timed, none is heard."""

    name = "silent"
    instant = True
    voice = ""
    voice_label = "silent"
    sample_rate = 22050

    def __init__(self, rate: int | None = None) -> None:
        self.rate = int(rate or SPEAKING_WPM)

    def synthesize(self, text: str) -> Utterance:
        return paced_utterance(text, self.rate, self.sample_rate)


def paced_utterance(
    text: str, wpm: float, sample_rate: int, warnings: tuple[str, ...] = ()
) -> Utterance:
    """An audio-less Utterance whose words follow reading_pace()."""
    spoken = speakable(text)
    if not spoken.text:
        return empty_utterance(sample_rate, warnings)
    spans = words_in(spoken.text)
    times = reading_pace(spoken.text, spans, wpm)
    words = []
    for (a, b), (start, end) in zip(spans, times, strict=True):
        o0, o1 = spoken.original_span(a, b)
        words.append(WordTiming(text[o0:o1], o0, start, end))
    duration = times[-1][1] if times else 0.0
    return Utterance(
        np.zeros(0, np.float32), sample_rate, tuple(words), duration, spoken.text, warnings
    )
