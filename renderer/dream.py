"""Load, decode and repair a dream text into a Dream: clean text, paragraphs, sentences."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    """One sentence; `start`/`end` are offsets into Dream.text, text == Dream.text[start:end]."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str
    emphasis: tuple[tuple[int, int], ...] = ()  # spans (offsets into Dream.text) written as *emphasis*


@dataclass(frozen=True)
class Dream:
    title: str
    source: str  # the path, or the bundled dream's name
    text: str  # the cleaned text, exactly what is spoken
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) offsets into text
    sentences: tuple[Sentence, ...]
    seed: int  # stable 32-bit seed derived from the text

    @property
    def word_count(self) -> int:
        return len(self.text.split())
