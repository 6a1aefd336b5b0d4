"""Export's audio: the whole timeline mixed down, and a 16-bit PCM WAV writer."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from renderer.audio import RATE
from renderer.audio.mixer import mixdown
from renderer.audio.score import TimelineLike, score_from_timeline
from renderer.errors import ReverieError


def render_mix(
    timeline: TimelineLike, narration_enabled: bool = True, ambient_enabled: bool = True
) -> np.ndarray:
    """The timeline's mix: float32 stereo (n, 2) at 48 kHz covering its whole duration."""
    return mixdown(score_from_timeline(timeline), narration_enabled, ambient_enabled)


def write_wav(path: str | Path, samples: np.ndarray, rate: int = RATE) -> None:
    """Write float samples (n,) or (n, channels) in -1..1 as 16-bit PCM WAV (TPDF dither)."""
    data = np.asarray(samples, np.float32)
    if data.ndim == 1:
        data = data[:, None]
    rng = np.random.default_rng(0)
    dither = (rng.random(data.shape) - rng.random(data.shape)) / 32768.0
    pcm = np.clip(np.round((data + dither) * 32767.0), -32768, 32767).astype("<i2")
    try:
        with wave.open(str(path), "wb") as out:
            out.setnchannels(data.shape[1])
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(pcm.tobytes())
    except OSError as exc:
        raise ReverieError(f"cannot write {path}: {exc.strerror or exc}") from exc
