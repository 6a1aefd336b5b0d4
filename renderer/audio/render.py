"""A 16-bit PCM WAV writer for mixed-down audio."""

from __future__ import annotations

import struct
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
    channels = data.shape[1]
    header = struct.pack(  # a canonical 44-byte PCM WAV header
        "<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + pcm.nbytes, b"WAVE", b"fmt ", 16, 1, channels,
        rate, rate * channels * 2, channels * 2, 16, b"data", pcm.nbytes,
    )
    try:  # a plain file: a failed write (a full disk) leaves no half-closed writer behind
        with open(path, "wb") as out:
            out.write(header)
            out.write(pcm.tobytes())
    except OSError as exc:
        raise ReverieError(f"cannot write {path}: {exc.strerror or exc}") from None
