"""The language a dream is written in, and the espeak-ng voice that can read it.

detect_language() samples the text: mostly Latin letters with many of the commonest English
words is English at once; anything else is identified by py3langid (an offline n-gram
classifier), which returns an ISO 639-1 code ("fr", "zh", "ja").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

ENGLISH = "en"
SAMPLE_WINDOWS = 8  # the sample: this many evenly spaced windows of the text
WINDOW_CHARS = 600
ENGLISH_SHARE = 0.2  # English prose has about 45% of its words among _COMMON_ENGLISH
LATIN_SHARE = 0.5  # a text whose letters are less Latin than this is not English

_COMMON_ENGLISH = frozenset(
    (
        "the", "and", "a", "an", "of", "to", "in", "was", "i", "it", "my", "me", "we", "he",
        "she", "they", "you", "his", "her", "their", "our", "its", "that", "this", "with", "as",
        "on", "at", "for", "from", "by", "but", "or", "not", "no", "is", "are", "were", "be",
        "been", "had", "have", "has", "there", "then", "when", "what", "which", "who", "all",
        "so", "up", "out", "into", "over", "like", "through", "down", "back", "could", "would",
        "will", "did", "do", "one", "if", "some", "more", "only", "just", "than", "too", "very",
        "where", "while", "again", "under", "above", "around", "before", "after", "myself",
        "itself", "them", "him", "us", "your",
    )
)
_WORD = re.compile(r"[^\W\d_]+")
_ESPEAK_ALIASES = {"zh": "cmn"}  # py3langid says zh; espeak-ng's Mandarin is cmn


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language `text` is mostly written in ("en" when unsure)."""
    sample = _sample(text)
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return ENGLISH
    latin = sum(1 for ch in letters if ch < "\u0250")
    if latin >= LATIN_SHARE * len(letters):
        words = _WORD.findall(sample.lower())
        common = sum(1 for w in words if w in _COMMON_ENGLISH)
        if common >= ENGLISH_SHARE * len(words):
            return ENGLISH
    import py3langid

    code, _score = py3langid.classify(sample)
    return str(code)


def _sample(text: str) -> str:
    """Up to SAMPLE_WINDOWS windows of WINDOW_CHARS, spread evenly over the text."""
    if len(text) <= SAMPLE_WINDOWS * WINDOW_CHARS:
        return text
    step = (len(text) - WINDOW_CHARS) // (SAMPLE_WINDOWS - 1)
    return " ".join(text[i * step : i * step + WINDOW_CHARS] for i in range(SAMPLE_WINDOWS))


@dataclass(frozen=True)
class SpeechChoice:
    """Which narrator and voice read a dream, and the note to print about it ('' for none)."""

    narrator: str
    voice: str | None
    note: str = ""


def voice_for_language(language: str, voices: Iterable[tuple[str, Iterable[str]]]) -> str | None:
    """The id of a voice (id, languages) that speaks `language`: an exact language match
    first, then the home region ("fr" -> "fr-fr" before "fr-be"), then any region; None when
    there is none."""
    wanted = _ESPEAK_ALIASES.get(language, language).lower()
    regional: list[tuple[bool, str]] = []  # (not the language's home region, voice id)
    for voice_id, languages in voices:
        for lang in languages:
            lang = lang.lower()
            if lang == wanted:
                return voice_id
            if lang.startswith(wanted + "-"):
                regional.append((lang != f"{wanted}-{wanted}", voice_id))
    return min(regional)[1] if regional else None


def speech_choice(language: str, narrator: str, voice: str | None) -> SpeechChoice:
    """The narrator and voice for a dream in `language`, given what the user asked for.

    English, a chosen voice or the silent narrator are kept as asked. Another language is read
    by the espeak-ng (pyttsx3) voice for it; without one, captions only, with a note.
    """
    if language == ENGLISH or voice or narrator == "silent":
        return SpeechChoice(narrator, voice)
    found = voice_for_language(language, _espeak_voices())
    if found is None:
        return SpeechChoice(
            "silent",
            None,
            f"this dream is not in English (language '{language}') and no installed voice "
            "speaks it; showing captions only",
        )
    return SpeechChoice("pyttsx3", found, f"this dream is in '{language}': read by voice {found}")


@cache
def _espeak_voices() -> tuple[tuple[str, tuple[str, ...]], ...]:
    from renderer.narration import list_voices

    return tuple((v.id, tuple(v.languages)) for v in list_voices().get("pyttsx3", []))
