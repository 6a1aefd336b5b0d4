"""Choosing a narrator backend, and listing the voices of each."""

from __future__ import annotations

import sys

from renderer.errors import ReverieError
from renderer.narration.base import AudioNarrator
from renderer.narration.silent import SilentNarrator
from renderer.narration.types import Narrator, Voice

BACKENDS = ("auto", "pyttsx3", "piper", "silent")


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
    """A narrator for `backend`; "auto" falls back to silent captions (saying so once)."""
    check_backend(backend)
    if backend == "silent":
        return SilentNarrator(rate)
    if backend == "piper":
        from renderer.narration.piper import PiperNarrator

        return PiperNarrator(voice, rate, volume)
    try:
        narrator = _pyttsx3_narrator(voice, rate, volume)
        if backend == "auto":
            narrator.check()
        return narrator
    except ReverieError:
        if backend == "pyttsx3":
            raise
        print(
            "reverie: no text-to-speech engine works here; showing captions only",
            file=sys.stderr,
        )
        return SilentNarrator(rate)


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
    from renderer.narration.espeak import espeak_available, espeak_voices

    if espeak_available():
        voices["pyttsx3"] = espeak_voices()
    else:
        from renderer.narration.pyttsx3_file import file_voices

        try:
            voices["pyttsx3"] = file_voices()
        except ReverieError:
            voices["pyttsx3"] = []
    from renderer.narration.piper import piper_voices

    voices["piper"] = piper_voices()
    voices["silent"] = []
    return voices
