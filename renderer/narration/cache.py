"""On-disk cache of synthesized sentences (samples + word timings), keyed by everything that
changes the audio: text, backend, voice, rate, volume and engine version.

Each entry carries a checksum of its samples and timings; an entry that does not read back
whole (empty, cut short, altered) is removed with one warning and synthesized again."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sys
import threading
import zipfile
from pathlib import Path

import numpy as np

from renderer.atomic import write_atomic
from renderer.narration.types import Utterance, WordTiming

FORMAT = 2  # bump when the stored layout or the post-processing changes


def cache_root() -> Path:
    """Narration lives in narration/ under Reverie's cache folder."""
    from renderer.paths import cache_dir

    return cache_dir() / "narration"


def cache_key(text: str, backend: str, voice: str, rate: int, volume: float, engine: str) -> str:
    payload = json.dumps([FORMAT, text, backend, voice, rate, round(volume, 4), engine])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def _digest(pcm: np.ndarray, meta: str) -> str:
    return hashlib.sha256(pcm.astype("<i2").tobytes() + meta.encode("utf-8")).hexdigest()


class NarrationCache:
    """Stores one .npz per sentence (16-bit PCM: utterances are quantized to 16 bits before
    they are returned, so a hit gives back the very same samples)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or cache_root()
        self._warned = False
        self._lock = threading.Lock()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.npz"

    def get(self, key: str) -> Utterance | None:
        """The stored utterance; None when there is none, or it was damaged (then removed)."""
        path = self._path(key)
        if not path.is_file():
            return None
        utterance = _read(path)
        if utterance is None:
            self._discard(path)
        return utterance

    def _discard(self, path: Path) -> None:
        with contextlib.suppress(OSError):
            path.unlink()
        with self._lock:
            if self._warned:
                return
            self._warned = True
        print(
            f"reverie: warning: a damaged narration cache entry ({path.name}) was discarded; "
            "its sentence is spoken again",
            file=sys.stderr,
        )

    def put(self, key: str, utterance: Utterance) -> None:
        """Write atomically (renderer.atomic); a full or read-only disk only loses the cache,
        and leaves no temporary file behind."""
        meta = json.dumps(
            {
                "rate": utterance.sample_rate,
                "duration": utterance.duration,
                "spoken": utterance.spoken,
                "words": [[w.text, w.char, w.start, w.end] for w in utterance.words],
            }
        )
        pcm = np.round(utterance.samples * 32768.0).clip(-32768, 32767).astype(np.int16)
        buffer = io.BytesIO()
        np.savez(buffer, samples=pcm, meta=np.array(meta), digest=np.array(_digest(pcm, meta)))
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, buffer.getvalue())
        except OSError:
            pass


def _read(path: Path) -> Utterance | None:
    """An entry that reads back whole (checksum, sizes, times), else None."""
    try:
        with np.load(path, allow_pickle=False) as data:
            pcm = data["samples"]
            meta_text = str(data["meta"])
            digest = str(data["digest"])
        meta = json.loads(meta_text)
        if pcm.dtype != np.int16 or pcm.ndim != 1 or _digest(pcm, meta_text) != digest:
            return None
        rate, duration = int(meta["rate"]), float(meta["duration"])
        words = tuple(WordTiming(w[0], int(w[1]), float(w[2]), float(w[3])) for w in meta["words"])
        spoken = str(meta["spoken"])
    except (OSError, ValueError, KeyError, TypeError, IndexError, EOFError, zipfile.BadZipFile):
        return None
    audible = pcm.size > 0 and bool(np.any(pcm))
    if rate <= 0 or abs(duration - pcm.size / rate) > 1.0 / rate or (spoken and not audible):
        return None
    if any(not 0.0 <= w.start <= w.end <= duration + 1e-6 for w in words):
        return None
    samples = pcm.astype(np.float32) / np.float32(32768.0)
    return Utterance(samples, rate, words, duration, spoken)
