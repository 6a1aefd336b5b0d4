"""Word onsets from audio alone, for engines that give no word events (SAPI5, NSSpeech, Piper
models without alignment output): words are spread over the detected speech in proportion
to their syllables (or phonemes), phrase by phrase where pauses match the punctuation."""

from __future__ import annotations

import numpy as np

from renderer.narration.base import FRAME_S, frame_energy, voiced_mask
from renderer.narration.pace import syllables

MIN_PAUSE_S = 0.12  # a silence this long between words is a phrase break
BRIDGE_S = 0.06  # shorter silences (stop consonants) count as speech
_PHRASE_END = set(",;:.!?\u2026")


def speech_frames(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """Voiced mask at FRAME_S hops, with short gaps bridged and tiny islands dropped."""
    voiced = voiced_mask(frame_energy(samples, sample_rate)).copy()
    for start, end, v in _runs(voiced):
        if not v and start > 0 and end < voiced.size and (end - start) * FRAME_S < BRIDGE_S:
            voiced[start:end] = True
    for start, end, v in _runs(voiced):
        if v and (end - start) * FRAME_S < 0.03:
            voiced[start:end] = False
    return voiced


def _runs(mask: np.ndarray) -> list[tuple[int, int, bool]]:
    if mask.size == 0:
        return []
    edges = np.flatnonzero(np.diff(mask.astype(np.int8))) + 1
    bounds = [0, *edges.tolist(), mask.size]
    return [(a, b, bool(mask[a])) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def align_words(
    samples: np.ndarray,
    sample_rate: int,
    text: str,
    spans: list[tuple[int, int]],
    weights: list[float] | None = None,
) -> list[float | None]:
    """Onset (seconds) of each word span of `text` in `samples`."""
    if not spans:
        return []
    weights = weights or [float(syllables(text[a:b])) for a, b in spans]
    voiced = speech_frames(samples, sample_rate)
    if not voiced.any():
        return [None] * len(spans)
    phrases = _phrases(text, spans)
    regions = _regions(voiced, len(phrases))
    if regions is None:  # the pauses do not match the punctuation: one phrase
        idx = np.flatnonzero(voiced)
        phrases, regions = [(0, len(spans))], [(int(idx[0]), int(idx[-1]) + 1)]
    onsets: list[float | None] = []
    for (first, last), (r0, r1) in zip(phrases, regions, strict=True):
        frames = np.flatnonzero(voiced[r0:r1]) + r0
        if frames.size == 0:
            onsets.extend([r0 * FRAME_S] * (last - first))
            continue
        w = np.asarray(weights[first:last], np.float64)
        cumulative = np.concatenate([[0.0], np.cumsum(w)[:-1]]) / w.sum()
        picks = np.minimum((cumulative * frames.size).astype(int), frames.size - 1)
        onsets.extend((frames[picks] * FRAME_S).tolist())
    return onsets


def _phrases(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[first, last) word index ranges separated by punctuation."""
    phrases, first = [], 0
    for i, (_, end) in enumerate(spans):
        following = text[end : spans[i + 1][0]] if i + 1 < len(spans) else ""
        if i + 1 < len(spans) and _PHRASE_END & set(following):
            phrases.append((first, i + 1))
            first = i + 1
    phrases.append((first, len(spans)))
    return phrases


def _regions(voiced: np.ndarray, count: int) -> list[tuple[int, int]] | None:
    """Split the speech into `count` frame ranges at its longest pauses (None: too few)."""
    idx = np.flatnonzero(voiced)
    lo, hi = int(idx[0]), int(idx[-1]) + 1
    if count <= 1:
        return [(lo, hi)]
    pauses = [
        (b - a, lo + a, lo + b)
        for a, b, v in _runs(voiced[lo:hi])
        if not v and (b - a) * FRAME_S >= MIN_PAUSE_S
    ]
    if len(pauses) < count - 1:
        return None
    cuts = sorted(sorted(pauses, reverse=True)[: count - 1], key=lambda p: p[1])
    bounds = [lo, *[(a + b) // 2 for _, a, b in cuts], hi]
    return list(zip(bounds[:-1], bounds[1:], strict=True))
