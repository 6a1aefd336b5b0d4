"""A 16-bit PCM WAV writer for mixed-down audio, whole or block by block.

The TPDF dither is a function of the sample position (fixed chunks of DITHER_CHUNK samples,
each from its own seed), so a file written in blocks of any size holds the same bytes as the
same samples written at once.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from contextlib import suppress
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, TypeVar

import numpy as np

from renderer.audio import RATE
from renderer.errors import ReverieError

DITHER_CHUNK = 1 << 16  # samples of dither made from one seed
DITHER_SEED = 0

T = TypeVar("T")


def dither(first: int, n: int, channels: int) -> np.ndarray:
    """TPDF dither (n, channels) in units of one 16-bit step, for samples first .. first+n-1."""
    if n <= 0:
        return np.zeros((0, channels))
    k0, k1 = first // DITHER_CHUNK, (first + n - 1) // DITHER_CHUNK + 1
    parts = []
    for k in range(k0, k1):
        rng = np.random.default_rng((DITHER_SEED, k))
        parts.append(rng.random((DITHER_CHUNK, channels)) - rng.random((DITHER_CHUNK, channels)))
    noise = np.concatenate(parts)
    offset = first - k0 * DITHER_CHUNK
    return np.asarray(noise[offset : offset + n])


class WavWriter:
    """Writes `frames` samples of `channels` channels to `path`, in blocks of any size."""

    def __init__(self, path: str | Path, frames: int, channels: int = 2, rate: int = RATE):
        self.path, self.frames, self.channels = path, frames, channels
        self.written = 0
        size = frames * channels * 2
        header = struct.pack(  # a canonical 44-byte PCM WAV header
            "<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + size, b"WAVE", b"fmt ", 16, 1, channels,
            rate, rate * channels * 2, channels * 2, 16, b"data", size,
        )
        self._file: BinaryIO = self._guard(lambda: open(path, "wb"))  # noqa: SIM115 - closed in close()
        try:
            self._guard(partial(self._file.write, header))
        except ReverieError:
            with suppress(OSError):
                self._file.close()
            raise

    def _guard(self, action: Callable[[], T]) -> T:
        try:  # a plain file: a failed write (a full disk) is one clear error
            return action()
        except OSError as exc:
            raise ReverieError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def write(self, samples: np.ndarray) -> None:
        """Append float samples (n, channels) in -1..1 (dithered to 16 bits)."""
        data = np.asarray(samples, np.float32)
        if data.ndim == 1:
            data = data[:, None]
        if self.written + data.shape[0] > self.frames or data.shape[1] != self.channels:
            raise ValueError("more samples, or other channels, than the WAV was opened for")
        for offset in range(0, data.shape[0], DITHER_CHUNK):  # bounded temporaries
            piece = data[offset : offset + DITHER_CHUNK]
            noise = dither(self.written, piece.shape[0], self.channels) / 32768.0
            pcm = np.clip(np.round((piece + noise) * 32767.0), -32768, 32767).astype("<i2")
            self._guard(partial(self._file.write, pcm.tobytes()))
            self.written += piece.shape[0]

    def close(self) -> None:
        """Close the file; it must hold every sample it was opened for."""
        self._guard(self._file.close)
        if self.written != self.frames:
            raise ValueError(f"{self.written} of {self.frames} samples written")

    def __enter__(self) -> WavWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
        else:  # the error that stopped the writing is the one to tell
            with suppress(OSError):
                self._file.close()


def write_wav(path: str | Path, samples: np.ndarray, rate: int = RATE) -> None:
    """Write float samples (n,) or (n, channels) in -1..1 as 16-bit PCM WAV (TPDF dither)."""
    data = np.asarray(samples, np.float32)
    if data.ndim == 1:
        data = data[:, None]
    with WavWriter(path, data.shape[0], data.shape[1], rate) as wav:
        wav.write(data)
