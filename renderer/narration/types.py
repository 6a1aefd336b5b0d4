"""Value types shared by every narrator backend."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np


@dataclass(frozen=True)
class WordTiming:
    """One spoken word: its surface text, its offset in the sentence as written, and its times."""

    text: str  # the word as written in the original sentence
    char: int  # offset of the word within the original sentence text
    start: float  # seconds from the start of the utterance
    end: float


@dataclass(frozen=True)
class Utterance:
    """One synthesized sentence: mono float32 samples (-1..1) and word timings.

    `duration` is the utterance's length in seconds; for audio backends it equals
    len(samples) / sample_rate, for the silent narrator samples are empty.
    """

    samples: np.ndarray
    sample_rate: int
    words: tuple[WordTiming, ...]
    duration: float
    spoken: str = ""  # the cleaned text handed to the engine ("" when nothing was spoken)
    warnings: tuple[str, ...] = field(default=())

    @property
    def has_audio(self) -> bool:
        return self.samples.size > 0


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    languages: tuple[str, ...]


def empty_utterance(sample_rate: int, warnings: tuple[str, ...] = ()) -> Utterance:
    """Nothing to say: zero duration, no words."""
    return Utterance(np.zeros(0, np.float32), sample_rate, (), 0.0, "", warnings)


class Narrator(Protocol):
    """What the timeline and the player need from any narrator backend."""

    @property
    def name(self) -> str:
        """The backend, as the CLI spells it: "pyttsx3", "piper", "silent"."""
        ...

    @property
    def voice(self) -> str:
        """The voice id ("" for the engine default / silent)."""
        ...

    @property
    def voice_label(self) -> str:
        """"backend:voice", shown in timelines."""
        ...

    @property
    def rate(self) -> int:
        """Words per minute."""
        ...

    @property
    def sample_rate(self) -> int: ...

    @property
    def instant(self) -> bool:
        """Synthesis is trivially fast (no background thread needed)."""
        ...

    def synthesize(self, text: str) -> Utterance:
        """One sentence -> audio + word timings (raises NarrationError on failure)."""
        ...
