"""Choosing a narrator backend, and listing the voices of each.

"auto" takes the best voice installed: Piper's neural voice when its packages are there,
else espeak-ng through pyttsx3, else captions alone; it says once which it took. A voice
asked for by id or name picks its own backend; an unknown one is an error (exit code 2).
"""

from __future__ import annotations

import sys
import threading

from renderer.errors import ReverieError
from renderer.narration.base import AudioNarrator
from renderer.narration.silent import SilentNarrator
from renderer.narration.types import Narrator, Voice

BACKENDS = ("auto", "pyttsx3", "piper", "silent")
NO_ENGINE = "reverie: no text-to-speech engine works here; showing captions only"

_said: set[str] = set()
_said_lock = threading.Lock()


def _say_once(message: str) -> None:
    with _said_lock:
        if message in _said:
            return
        _said.add(message)
    print(message, file=sys.stderr)


def check_backend(backend: str) -> None:
    """A ReverieError unless `backend` is one of BACKENDS."""
    if backend not in BACKENDS:
        raise ReverieError(f"unknown narrator {backend!r}: choose one of {', '.join(BACKENDS)}")


def create_narrator(
    backend: str = "auto",
    voice: str | None = None,
    rate: int | None = None,
    volume: float | None = None,
) -> Narrator:
    """A narrator for `backend` and `voice` (see the module docstring)."""
    check_backend(backend)
    if backend == "silent":
        return SilentNarrator(rate)
    if voice:
        return _narrator_with_voice(backend, voice, rate, volume)
    if backend == "piper":
        return _piper(None, rate, volume)
    if backend == "pyttsx3":
        return _pyttsx3_narrator(None, rate, volume)
    from renderer.narration.voices import voice_choices

    try:
        best = voice_choices()[0]
        if best.backend == "piper":
            narrator = _piper(best.id, rate, volume)
        else:
            narrator = _pyttsx3_narrator(best.id, rate, volume)
            narrator.check()
    except (ReverieError, IndexError):
        _say_once(NO_ENGINE)
        return SilentNarrator(rate)
    missing = "" if best.neural else " (Piper is not installed)"
    _say_once(f"reverie: narrator: {best.label}{missing}")
    return narrator


def _narrator_with_voice(
    backend: str, voice: str, rate: int | None, volume: float | None
) -> AudioNarrator:
    from renderer.narration.voices import find_voice, unknown_voice

    choice = find_voice(voice, backend)
    if choice is None and backend != "pyttsx3":  # espeak also takes names it doesn't list
        raise unknown_voice(voice)
    if choice is not None and choice.backend == "piper":
        return _piper(choice.id, rate, volume)
    return _pyttsx3_narrator(choice.id if choice else voice, rate, volume)


def _piper(voice: str | None, rate: int | None, volume: float | None) -> AudioNarrator:
    from renderer.narration.piper import PiperNarrator

    return PiperNarrator(voice, rate, volume)


def _pyttsx3_narrator(voice: str | None, rate: int | None, volume: float | None) -> AudioNarrator:
    """pyttsx3's espeak binding where it loads (Linux), else pyttsx3's file output."""
    from renderer.narration.espeak import EspeakNarrator, espeak_available

    if espeak_available():
        return EspeakNarrator(voice, rate, volume)
    from renderer.narration.pyttsx3_file import FileNarrator

    return FileNarrator(voice, rate, volume)


def list_voices() -> dict[str, list[Voice]]:
    """Voices per backend that works here (silent has none)."""
    voices: dict[str, list[Voice]] = {}
    from renderer.narration.piper import piper_voices

    voices["piper"] = piper_voices()
    from renderer.narration.espeak import espeak_available, espeak_voices

    if espeak_available():
        voices["pyttsx3"] = espeak_voices()
    else:
        from renderer.narration.pyttsx3_file import file_voices

        try:
            voices["pyttsx3"] = file_voices()
        except ReverieError:
            voices["pyttsx3"] = []
    voices["silent"] = []
    return voices
