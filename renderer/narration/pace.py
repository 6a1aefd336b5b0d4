"""A natural reading pace for text without audio: syllable-weighted words, pauses at punctuation."""

from __future__ import annotations

import re

# A listener's pace is words per minute over the whole reading, the silences between sentences
# included (lead-in and tail aside). Narrators read at SPEAKING_WPM within sentences; with the
# pauses of renderer.narration.pauses between them that comes to CALM_WPM overall, a calm
# bedtime reading (sleep stories are read at about 120-140).
CALM_WPM = 135
SPEAKING_WPM = 155  # the default rate of every narrator, within sentences
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
# Extra silence after a word, by the punctuation that follows it (seconds at 160 wpm).
_PAUSES = {",": 0.22, ";": 0.32, ":": 0.32, ".": 0.4, "!": 0.4, "?": 0.4, "\u2026": 0.5}


def syllables(word: str) -> int:
    """A rough English syllable count (>= 1); digits count as spoken number words."""
    w = word.lower()
    digits = sum(c.isdigit() for c in w)
    if digits:
        return max(1, round(digits * 1.6))
    groups = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and groups > 1:
        groups -= 1
    if not groups and any(c.isalpha() and not c.isascii() for c in w):
        groups = max(1, len(w) // 3)
    return max(1, groups)


def reading_pace(
    text: str, spans: list[tuple[int, int]], wpm: float = SPEAKING_WPM
) -> list[tuple[float, float]]:
    """(start, end) seconds for each word span of `text` at `wpm` words per minute.

    An average word (about 1.4 syllables) takes 60/wpm seconds including its share of
    the gap; longer words take longer, punctuation after a word adds a pause.
    """
    beat = 60.0 / max(40.0, wpm)
    scale = 160.0 / max(40.0, wpm)
    times: list[tuple[float, float]] = []
    t = 0.0
    for i, (start, end) in enumerate(spans):
        length = beat * (0.35 + 0.65 * syllables(text[start:end]) / 1.4)
        times.append((t, t + length * 0.88))
        t += length
        following = text[end : spans[i + 1][0] if i + 1 < len(spans) else len(text)]
        pause = max((_PAUSES.get(c, 0.0) for c in following), default=0.0)
        if i + 1 < len(spans):
            t += pause * scale
    return times
