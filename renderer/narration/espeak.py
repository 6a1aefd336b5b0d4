"""The pyttsx3 backend on espeak-ng: pyttsx3's bundled ctypes binding, driven directly so that
each sentence comes back as PCM with espeak's own word events (audio_position)."""

from __future__ import annotations

import threading
from bisect import bisect_right
from typing import Any

import numpy as np

from renderer.errors import ReverieError
from renderer.narration.base import AudioNarrator, NarrationError, Rendered
from renderer.narration.clean import words_in
from renderer.narration.engine import engine_thread
from renderer.narration.types import Voice

DEFAULT_VOICE = "en-us"
# Measured on 36 sentences of three bundled dreams (espeak-ng, en-us, with the pauses of
# pauses.py): words per minute = PACE_SLOPE * rate setting + PACE_OFFSET
# (120 wpm at 100, 142 at 120, 173 at 150).
PACE_SLOPE = 1.046
PACE_OFFSET = 15.6


def rate_setting(wpm: float) -> int:
    """espeak's rate setting for a speaking rate in words per minute (its range 80 .. 450)."""
    return int(np.clip(round((wpm - PACE_OFFSET) / PACE_SLOPE), 80, 450))
_STATE: dict[str, Any] = {}  # the loaded binding and its sample rate (engine thread only)
_STATE_LOCK = threading.Lock()


def _binding() -> tuple[Any, int]:
    """Load and initialise espeak once (on the engine thread). Raises ImportError/OSError."""
    with _STATE_LOCK:
        if "module" not in _STATE:
            from pyttsx3.drivers import _espeak  # raises RuntimeError when the library is absent

            rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 200, None, 0)
            if rate <= 0:
                raise OSError("espeak_Initialize failed")
            _STATE["module"], _STATE["rate"] = _espeak, int(rate)
        return _STATE["module"], _STATE["rate"]


def espeak_available() -> bool:
    """True when pyttsx3's espeak binding loads and initialises here."""
    try:
        engine_thread().call(_binding)
    except (ImportError, OSError, RuntimeError, AttributeError):
        return False
    return True


def espeak_voices() -> list[Voice]:
    def job() -> list[Voice]:
        espeak, _ = _binding()
        voices = []
        for v in espeak.ListVoices():
            lang = (v.languages or b"")[1:].decode("utf-8", "replace")
            voices.append(Voice(lang, (v.name or b"").decode("utf-8", "replace"), (lang,)))
        return voices

    return engine_thread().call(job)


def _resolve_voice(voice: str) -> bytes:
    """The name espeak accepts for a voice id: a language code as listed by `reverie voices`
    ("en-gb"), an espeak identifier ("gmw/en") or name, each optionally with a +variant."""
    espeak, _ = _binding()
    base, plus, variant = voice.partition("+")
    candidates = [voice.encode()]
    for v in espeak.ListVoices():
        if (v.languages or b"")[1:].decode("utf-8", "replace").lower() == base.lower():
            candidates.append(v.identifier + (plus + variant).encode())
    for candidate in candidates:
        if espeak.SetVoiceByName(candidate) == 0:
            return candidate
    raise ReverieError(f"unknown pyttsx3 voice {voice!r} (see `reverie voices`)")


class EspeakNarrator(AudioNarrator):
    """pyttsx3's espeak-ng driver (Linux), with exact word onsets from espeak's events."""

    name = "pyttsx3"
    instant = False

    def __init__(self, voice: str | None, rate: int | None, volume: float | None) -> None:
        super().__init__(voice or DEFAULT_VOICE, rate, volume)
        espeak, self.sample_rate = engine_thread().call(_binding)
        info = engine_thread().call(lambda: espeak.Info(None))
        self.engine_version = "espeak-ng " + info.decode("ascii", "replace")
        self._engine_voice = engine_thread().call(lambda: _resolve_voice(self.voice))

    def _render(self, clean_text: str) -> Rendered:
        return engine_thread().call(lambda: self._render_on_engine(clean_text))

    def _render_on_engine(self, text: str) -> Rendered:
        espeak, sample_rate = _binding()
        chunks: list[np.ndarray] = []
        events: list[tuple[int, int]] = []  # (1-based text position, audio ms)

        def on_synth(wav: Any, count: int, event_list: Any) -> int:
            if wav and count > 0:
                chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
            i = 0
            while event_list and event_list[i].type != espeak.EVENT_LIST_TERMINATED:
                event = event_list[i]
                if event.type == espeak.EVENT_WORD and event.length > 0:
                    events.append((int(event.text_position), int(event.audio_position)))
                i += 1
            return 0

        espeak.SetSynthCallback(on_synth)
        espeak.SetVoiceByName(self._engine_voice)
        espeak.SetParameter(espeak.RATE, rate_setting(self.rate), 0)
        espeak.SetParameter(espeak.VOLUME, int(round(self.volume * 100)), 0)
        status = espeak.Synth(text, 0, espeak.POS_CHARACTER, 0, espeak.CHARS_UTF8)
        if status != 0:
            raise NarrationError(f"espeak_Synth returned {status}")
        if not chunks:
            raise NarrationError("espeak produced no audio")
        samples = np.concatenate(chunks).astype(np.float32) / 32768.0
        return Rendered(samples, sample_rate, _onsets(text, events))


def _onsets(text: str, events: list[tuple[int, int]]) -> list[float | None]:
    """Assign each word event to the word of `text` it names.

    espeak-ng reports 1-based positions counted in characters; older builds count UTF-8
    bytes. Both readings are tried and the one landing on more word starts wins.
    """
    spans = words_in(text)
    starts = [a for a, _ in spans]
    byte_to_char = [i for i, c in enumerate(text) for _ in c.encode("utf-8")]

    def assign(as_bytes: bool) -> tuple[int, list[float | None]]:
        onsets: list[float | None] = [None] * len(spans)
        hits = 0
        for position, ms in events:
            p = position - 1
            if as_bytes:
                if not 0 <= p < len(byte_to_char):
                    continue
                p = byte_to_char[p]
            k = bisect_right(starts, p) - 1  # the word containing p, else the next one
            if k < 0 or p >= spans[k][1]:
                k += 1
            if k >= len(spans):
                continue
            hits += starts[k] == p
            if onsets[k] is None:
                onsets[k] = ms / 1000.0
        return hits, onsets

    by_char, by_byte = assign(False), assign(True)
    return by_byte[1] if by_byte[0] > by_char[0] else by_char[1]
