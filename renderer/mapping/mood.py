"""Mood per sentence: valence from vaderSentiment, arousal from words and punctuation; smoothed."""

from __future__ import annotations

from functools import cache

from renderer.mapping.lexicon import Lexicon
from renderer.mapping.matcher import Token, forms
from renderer.mapping.plan import Keyword, Mood
from renderer.mapping.sentiment import analyzer, compound

SMOOTHING = 0.55  # weight of the new sentence in the exponential moving average
BASE_AROUSAL = 0.3
_MOTION_FAMILIES = ("motion_transformation", "weather_elements")
_PUNCT = "\"'“”‘’.,;:!?()[]{}…—–-"


@cache
def emotion_words(threshold: float = 1.0) -> frozenset[str]:
    """Words vader rates as clearly felt (joy, fear, grief...): mood, never imagery."""
    lexicon = analyzer().lexicon
    return frozenset(w for w, v in lexicon.items() if abs(v) >= threshold and w.isalpha())


@cache
def _rated_words() -> frozenset[str]:
    """Every word vader rates at all: a sentence with none of them is neutral."""
    return frozenset(analyzer().lexicon)


def valence(text: str, tokens: list[Token]) -> float:
    """vader's compound score; a sentence with no rated word is 0 without asking vader
    (its boosters, negations and punctuation only scale rated words)."""
    rated = _rated_words()
    if rated.isdisjoint([token.word for token in tokens]) and not any(
        word.lower().strip(_PUNCT) in rated for word in text.split() if not word.isalpha()
    ):
        return 0.0
    return compound(text)


@cache
def _arousal_levels(lexicon: Lexicon) -> dict[str, int]:
    """Word -> _arousal_word(word), filled in as words are met."""
    return {}


def _arousal_word(word: str, lexicon: Lexicon) -> int:
    """+1 for an exciting word, -1 for a calming one, else 0 (any inflection)."""
    words = forms(word)
    high = not words.isdisjoint(lexicon.arousal_high)
    low = not words.isdisjoint(lexicon.arousal_low)
    return high - low


def raw_mood(text: str, tokens: list[Token], keywords: list[Keyword], lexicon: Lexicon) -> Mood:
    """Unsmoothed valence (-1..1) and arousal (0..1) of one sentence."""
    polarity = valence(text, tokens)
    high = low = 0
    levels = _arousal_levels(lexicon)
    for token in tokens:
        level = levels.get(token.word)
        if level is None:
            level = levels[token.word] = _arousal_word(token.word, lexicon)
        high += level > 0
        low += level < 0
    motion = sum(k.weight for k in keywords if lexicon.motifs[k.motif].family in _MOTION_FAMILIES)
    arousal = (
        BASE_AROUSAL
        + 0.12 * high
        - 0.08 * low
        + 0.1 * min(text.count("!"), 3)
        + 0.05 * min(motion, 3.0)
        + 0.15 * abs(polarity)
    )
    return Mood(round(polarity, 3), round(min(1.0, max(0.0, arousal)), 3))


def smooth(moods: list[Mood], alpha: float = SMOOTHING) -> list[Mood]:
    """Exponential smoothing over sentences, so the mood drifts instead of jumping."""
    out: list[Mood] = []
    for mood in moods:
        if out:
            prev = out[-1]
            mood = Mood(
                round(prev.valence + alpha * (mood.valence - prev.valence), 3),
                round(prev.arousal + alpha * (mood.arousal - prev.arousal), 3),
            )
        out.append(mood)
    return out
