"""The pyttsx3 backend where its espeak binding is not available (SAPI5 on Windows, NSSpeech
on macOS): each sentence is saved to a temporary file, word times come from the audio."""

from __future__ import annotations

import struct
import sys
import tempfile
import threading
import wave
from pathlib import Path
from typing import Any

import numpy as np

from renderer.errors import ReverieError
from renderer.narration.align import align_words
from renderer.narration.base import AudioNarrator, NarrationError, Rendered
from renderer.narration.clean import words_in
from renderer.narration.engine import engine_thread
from renderer.narration.types import Voice

_ENGINE: dict[str, Any] = {}
_LOCK = threading.Lock()


def _engine() -> Any:
    """pyttsx3's engine, created once on the engine thread."""
    with _LOCK:
        if "engine" not in _ENGINE:
            try:
                import pyttsx3

                _ENGINE["engine"] = pyttsx3.init()
            except Exception as error:  # noqa: BLE001 - any driver failure means no engine
                raise ReverieError(f"pyttsx3 has no working speech engine here: {error}") from None
        return _ENGINE["engine"]


def file_voices() -> list[Voice]:
    def job() -> list[Voice]:
        voices = []
        for v in _engine().getProperty("voices") or []:
            languages = tuple(
                lang.decode("utf-8", "replace") if isinstance(lang, bytes) else str(lang)
                for lang in (v.languages or [])
            )
            voices.append(Voice(str(v.id), str(v.name), languages))
        return voices

    return engine_thread().call(job)


class FileNarrator(AudioNarrator):
    """pyttsx3 through save_to_file + runAndWait, on the one engine thread."""

    name = "pyttsx3"
    instant = False

    def __init__(self, voice: str | None, rate: int | None, volume: float | None) -> None:
        super().__init__(voice, rate, volume)
        engine = engine_thread().call(_engine)
        import pyttsx3

        driver = type(engine.proxy._driver).__module__.rsplit(".", 1)[-1]
        self.engine_version = f"pyttsx3 {getattr(pyttsx3, '__version__', '?')} {driver}"
        if self.voice and self.voice not in {v.id for v in file_voices()}:
            raise ReverieError(f"unknown pyttsx3 voice {self.voice!r} (see `reverie voices`)")

    def _render(self, clean_text: str) -> Rendered:
        samples, rate = engine_thread().call(lambda: self._save(clean_text))
        self.sample_rate = rate
        spans = words_in(clean_text)
        return Rendered(samples, rate, align_words(samples, rate, clean_text, spans))

    def _save(self, text: str) -> tuple[np.ndarray, int]:
        engine = _engine()
        if self.voice:
            engine.setProperty("voice", self.voice)
        engine.setProperty("rate", self.rate)
        engine.setProperty("volume", self.volume)
        suffix = ".aiff" if sys.platform == "darwin" else ".wav"  # NSSpeech writes AIFF
        with tempfile.TemporaryDirectory(prefix="reverie-tts-") as folder:
            path = Path(folder) / f"sentence{suffix}"
            engine.save_to_file(text, str(path))
            engine.runAndWait()
            if not path.exists() or path.stat().st_size <= 44:
                raise NarrationError("the engine wrote no audio")
            return read_audio(path)


def read_audio(path: Path) -> tuple[np.ndarray, int]:
    """16-bit PCM WAV or AIFF -> (mono float32, sample rate)."""
    data = path.read_bytes()
    if data[:4] == b"FORM":
        return _read_aiff(data)
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise NarrationError(f"unsupported WAV sample width {wav.getsampwidth()}")
        frames = np.frombuffer(wav.readframes(wav.getnframes()), "<i2")
        channels, rate = wav.getnchannels(), wav.getframerate()
    return _mono(frames, channels), rate


def _read_aiff(data: bytes) -> tuple[np.ndarray, int]:
    """Minimal AIFF reader (COMM + SSND chunks, 16-bit big-endian PCM)."""
    pos, channels, rate, frames = 12, 1, 0, None
    while pos + 8 <= len(data):
        chunk, size = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        body = data[pos + 8 : pos + 8 + size]
        if chunk == b"COMM":
            channels, _, bits = struct.unpack(">hIh", body[:8])
            exponent, mantissa = struct.unpack(">HQ", body[8:18])
            rate = int(round(mantissa * 2.0 ** ((exponent & 0x7FFF) - 16383 - 63)))
            if bits != 16:
                raise NarrationError(f"unsupported AIFF sample size {bits}")
        elif chunk == b"SSND":
            offset = struct.unpack(">I", body[:4])[0]
            frames = np.frombuffer(body[8 + offset :], ">i2")
        pos += 8 + size + (size & 1)
    if frames is None or rate <= 0:
        raise NarrationError("unreadable AIFF audio")
    return _mono(frames, channels), rate


def _mono(frames: np.ndarray, channels: int) -> np.ndarray:
    audio = frames.astype(np.float32) / 32768.0
    if channels > 1:
        audio = audio[: audio.size - audio.size % channels].reshape(-1, channels).mean(axis=1)
    return audio
