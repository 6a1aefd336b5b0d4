"""The scene plan: what imagery a dream holds, sentence by sentence."""

from __future__ import annotations

from dataclasses import dataclass

from renderer.dream import Dream


@dataclass(frozen=True)
class Keyword:
    """A span of imagery in Dream.text mapped to a motif (text == dream.text[start:end])."""

    text: str
    start: int
    end: int
    motif: str
    weight: float  # 0..1, lowered by negation and figures of speech, raised by emphasis
    negated: bool = False  # under negation ('no moon', 'without boats'): not drawn
    figurative: bool = False  # in a simile or comparison ('like a tidal wave'): an accent at most
    idiom: bool = False  # inside an idiom ('a heart of gold'): figurative, weight 0, never drawn
    sense: str = ""  # only smelled ("smell": 'it smelled of woodsmoke') or heard ("sound": 'I
    # could hear the sea'): weight 0, never drawn (what is heard still sounds)

    @property
    def drawn(self) -> bool:
        """Whether the keyword may be drawn at all (as focus, setting or accent)."""
        return not (self.negated or self.idiom or self.sense)


@dataclass(frozen=True)
class Mood:
    valence: float  # -1 (dark) .. 1 (bright)
    arousal: float  # 0 (calm) .. 1 (excited)


@dataclass(frozen=True)
class SentencePlan:
    index: int
    keywords: tuple[Keyword, ...]
    motifs: dict[str, float]  # motif -> intensity 0..1, with continuity (lingers, fades)
    mood: Mood  # smoothed
    tint: tuple[float, float, float]  # sRGB 0..1 colour of this sentence's imagery
    daylight: float = 0.0  # the time of day: 1 full daylight .. 0 night (mapping/daylight.py)
    people: tuple[Keyword, ...] = ()  # the people it names: drawn as figures, but no imagery

    @property
    def named(self) -> tuple[Keyword, ...]:
        """Its imagery and its people, in the order of the text."""
        if not self.people:
            return self.keywords
        return tuple(sorted((*self.keywords, *self.people), key=lambda k: k.start))


@dataclass(frozen=True)
class MotifScore:
    name: str
    score: float
    first_sentence: int


@dataclass(frozen=True)
class ScenePlan:
    dream: Dream
    sentences: tuple[SentencePlan, ...]
    motifs: tuple[MotifScore, ...]  # sorted by score, highest first
    palette: tuple[str, ...]  # 4-6 "#rrggbb" colours
    named_colors: tuple[str, ...] = ()  # the "#rrggbb" colours its colour words name
