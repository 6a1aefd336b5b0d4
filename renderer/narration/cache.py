"""On-disk cache of synthesized sentences (samples + word timings), keyed by everything that
changes the audio: text, backend, voice, rate, volume and engine version."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from pathlib import Path

import numpy as np

from renderer.narration.types import Utterance, WordTiming

FORMAT = 1  # bump when the stored layout or the post-processing changes


def cache_root() -> Path:
    """Narration lives in narration/ under Reverie's cache folder."""
    from renderer.paths import cache_dir

    return cache_dir() / "narration"


def cache_key(text: str, backend: str, voice: str, rate: int, volume: float, engine: str) -> str:
    payload = json.dumps([FORMAT, text, backend, voice, rate, round(volume, 4), engine])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


class NarrationCache:
    """Stores one .npz per sentence (16-bit PCM: utterances are quantized to 16 bits before
    they are returned, so a hit gives back the very same samples); a damaged entry is a miss."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or cache_root()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.npz"

    def get(self, key: str) -> Utterance | None:
        path = self._path(key)
        try:
            with np.load(path, allow_pickle=False) as data:
                samples = data["samples"].astype(np.float32) / np.float32(32768.0)
                meta = json.loads(str(data["meta"]))
        except (OSError, ValueError, KeyError, json.JSONDecodeError):
            return None
        words = tuple(WordTiming(w[0], int(w[1]), float(w[2]), float(w[3])) for w in meta["words"])
        return Utterance(samples, int(meta["rate"]), words, float(meta["duration"]), meta["spoken"])

    def put(self, key: str, utterance: Utterance) -> None:
        """Write atomically (temp file + rename); a full or read-only disk only loses the cache."""
        meta = {
            "rate": utterance.sample_rate,
            "duration": utterance.duration,
            "spoken": utterance.spoken,
            "words": [[w.text, w.char, w.start, w.end] for w in utterance.words],
        }
        pcm = np.round(utterance.samples * 32768.0).clip(-32768, 32767).astype(np.int16)
        buffer = io.BytesIO()
        np.savez(buffer, samples=pcm, meta=np.array(json.dumps(meta)))
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(buffer.getvalue())
            os.replace(tmp, path)
        except OSError:
            pass
