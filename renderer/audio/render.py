"""A 16-bit PCM WAV writer for mixed-down audio."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from renderer.audio import RATE
from renderer.errors import ReverieError


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
