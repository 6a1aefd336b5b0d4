"""The voices a listener can choose, by name and language, best first, and a short spoken
preview of each (for `reverie voices` and the settings panel).

    for choice in voice_choices():        # Piper's neural voices, then espeak's
        print(choice.label)               # "Joe · English (United States) · Piper, neural"
    sample = preview(choice)              # an Utterance of PREVIEW_TEXT in that voice
    sample = preview_of("auto", "")       # ... in the voice that settings choose
"""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass

from renderer.errors import ReverieError
from renderer.narration.types import Utterance

PREVIEW_TEXT = "The lanterns drift slowly down the river, and the night is calm."
_REGIONS = {
    "us": "United States", "gb": "Great Britain", "au": "Australia", "ie": "Ireland",
    "in": "India", "za": "South Africa", "nz": "New Zealand", "ca": "Canada",
}  # fmt: skip


@dataclass(frozen=True)
class VoiceChoice:
    backend: str  # "piper" or "pyttsx3" (espeak-ng)
    id: str  # what --voice and the settings take
    name: str  # "Joe", "English (Great Britain)"
    language: str  # a language tag, lower case: "en-us"
    neural: bool  # a neural voice (Piper): far more natural than espeak's

    @property
    def language_name(self) -> str:
        """The language in words: "English (United States)" (espeak's names say it already)."""
        if not self.neural:
            return self.name
        base, _, region = self.language.partition("-")
        names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
        word = names.get(base, base)
        return f"{word} ({_REGIONS.get(region, region.upper())})" if region else word

    @property
    def label(self) -> str:
        if self.neural:
            return f"{self.name} \u00b7 {self.language_name} \u00b7 Piper, neural"
        return f"{self.name} \u00b7 espeak-ng"


def _user_language() -> str:
    """The listener's language tag from the environment ("en-gb"), or "" if unknown."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(".")[0].replace("_", "-").lower()
    with_locale = locale.getlocale()[0] or ""
    return with_locale.replace("_", "-").lower()


def _rank(choice: VoiceChoice, mine: str) -> tuple[bool, bool, bool, bool, str]:
    """Neural voices first; then English (the dreams are written in it), the listener's own
    accent first (from the locale), else American; then by name."""
    tag = choice.language
    return (
        not choice.neural,
        tag.split("-")[0] != "en",
        tag != mine,
        tag != "en-us",
        choice.name.lower(),
    )


def voice_choices() -> list[VoiceChoice]:
    """Every voice installed here, best first."""
    from renderer.narration.factory import list_voices

    choices: dict[tuple[str, str], VoiceChoice] = {}
    for backend, voices in list_voices().items():
        for voice in voices:  # (espeak lists a few languages twice: the first one counts)
            language = (voice.languages[0] if voice.languages else "").lower()
            choice = VoiceChoice(backend, voice.id, voice.name, language, backend == "piper")
            choices.setdefault((backend, voice.id), choice)
    mine = _user_language()
    return sorted(choices.values(), key=lambda c: _rank(c, mine))


def find_voice(spec: str, backend: str = "auto") -> VoiceChoice | None:
    """The voice whose id or name is `spec` (any case; an espeak id may carry a +variant),
    among the voices of `backend` ("auto": any); None when there is no such voice."""
    wanted = spec.strip().lower()
    base = wanted.partition("+")[0]
    for choice in voice_choices():
        if backend not in ("auto", choice.backend):
            continue
        if wanted in (choice.id.lower(), choice.name.lower()):
            return choice
        if not choice.neural and base == choice.id.lower():
            return VoiceChoice(choice.backend, spec.strip(), choice.name, choice.language, False)
    return None


def unknown_voice(spec: str, backend: str = "auto") -> ReverieError:
    """The one-line error for a voice no narrator here has."""
    where = "" if backend == "auto" else f" for {backend}"
    return ReverieError(
        f"unknown voice {spec!r}{where}: `reverie voices` lists the voices installed here"
    )


def preview(choice: VoiceChoice, text: str = PREVIEW_TEXT) -> Utterance:
    """A short sample of the voice reading `text` at the default pace (from the cache when it
    was heard before)."""
    return preview_of(choice.backend, choice.id, text=text)


def preview_of(
    backend: str, voice: str = "", rate: int | None = None, text: str = PREVIEW_TEXT
) -> Utterance:
    """A short sample of the narrator that settings of `backend`, `voice` ("": its default)
    and `rate` (None: the default pace) choose, reading `text`."""
    from renderer.narration.factory import create_narrator

    return create_narrator(backend, voice=voice or None, rate=rate).synthesize(text)
