"""Where the narrator breathes: the silences that follow the text.

Inside a sentence, a comma, a semicolon, a dash or an ellipsis asks for a silence of its
own length (`inner_pause`); `with_inner_pauses` tops up whatever pause the engine made
there to that length (engines differ: Piper pauses long at commas, espeak briefly).
Between sentences the silence depends on how the sentence ends, and grows at a paragraph
break and more at a change of scene (`pause_after`). Before the first word the ambience
plays alone for LEAD_IN_S; after the last it plays on for TAIL_S, fading out.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from renderer.narration.types import Utterance, WordTiming

LEAD_IN_S = 10.0  # ambience alone before the first word
FADE_IN_S = 6.0  # the ambience rises from silence over the first seconds of the lead-in
TAIL_S = 25.0  # ambience after the last word, fading out over all of it

# Between sentences. These and the speaking rate (pace.SPEAKING_WPM) together set the pace a
# listener hears (pace.CALM_WPM overall): unhurried, yet no gap long enough to lose the thread.
SENTENCE_S = 0.6  # after a sentence that ends with a full stop
QUESTION_S = 0.8  # ... with a question mark
TRAILING_S = 1.2  # ... with an ellipsis: the thought trails off
DASH_END_S = 0.9  # ... broken off with a dash
CLAUSE_END_S = 0.5  # ... with a colon or semicolon (the next sentence continues it)
PARAGRAPH_S = 1.4  # at least this long at a paragraph break
PARAGRAPH_EXTRA_S = 0.7  # and at least this much longer than the sentence's own pause
SCENE_S = 2.4  # at least this long when the scene changes
SCENE_EXTRA_S = 1.6

COMMA_S = 0.4  # the silence inside a sentence at a comma, at least
CLAUSE_S = 0.5  # semicolon, colon
DASH_S = 0.55
ELLIPSIS_S = 0.8
BRACKET_S = 0.3

_CLOSERS = "\"'\u201d\u2019)]}\u00bb*_ \t\r\n"
_DASHES = ("\u2014", "\u2013", "\u2015", " - ", "--")


def _ending(text: str) -> str:
    """The punctuation a sentence ends with, closing quotes and brackets set aside."""
    stripped = text.rstrip(_CLOSERS)
    if stripped.endswith(("...", "\u2026")):
        return "\u2026"
    if stripped.endswith(_DASHES) or stripped.endswith("-"):
        return "\u2014"
    return stripped[-1:] if stripped else ""


def pause_after(text: str, *, paragraph_ends: bool = False, scene_changes: bool = False) -> float:
    """Seconds of silence after the sentence `text` (as written) before the next one."""
    ending = _ending(text)
    if ending == "?":
        pause = QUESTION_S
    elif ending == "\u2026":
        pause = TRAILING_S
    elif ending == "\u2014":
        pause = DASH_END_S
    elif ending in (":", ";", ","):
        pause = CLAUSE_END_S
    else:
        pause = SENTENCE_S
    if scene_changes:
        return max(pause + SCENE_EXTRA_S, SCENE_S)
    if paragraph_ends:
        return max(pause + PARAGRAPH_EXTRA_S, PARAGRAPH_S)
    return pause


def sentence_gaps(
    paragraphs: list[int], texts: list[str], scenes: list[int] | None = None
) -> list[float]:
    """The silence before each sentence (0 before the first), given each sentence's
    paragraph number, text, and (when a director has set them) scene number."""
    gaps = [0.0] * len(texts)
    for i in range(1, len(texts)):
        gaps[i] = pause_after(
            texts[i - 1],
            paragraph_ends=paragraphs[i] != paragraphs[i - 1],
            scene_changes=scenes is not None and scenes[i] != scenes[i - 1],
        )
    return gaps


_ELLIPSIS = re.compile(r"\.\.\.|\u2026")


def inner_pause(between: str) -> float:
    """The silence after a word (seconds, at least), from the text between it and the next
    word; 0 where the text asks for none."""
    if _ELLIPSIS.search(between):
        return ELLIPSIS_S
    if any(d in between for d in _DASHES) or between.strip() == "-":
        return DASH_S
    if ";" in between or ":" in between:
        return CLAUSE_S
    if "," in between:
        return COMMA_S
    if any(c in between for c in "()[]"):
        return BRACKET_S
    return 0.0


QUIET_FRAME_S = 0.01  # silence goes in at the quietest 10 ms between the two words
EDGE_S = 0.003  # the audio fades out and back in this fast around the added silence


def with_inner_pauses(utterance: Utterance, text: str) -> Utterance:
    """The utterance with the pause after every word that punctuation follows in `text` (the
    sentence as written) made at least as long as `inner_pause` asks: silence is added in the
    quietest moment between the two words, and later words move on by as much."""
    words = utterance.words
    sr = utterance.sample_rate
    samples = utterance.samples
    if not utterance.has_audio or len(words) < 2:
        return utterance
    cuts: list[tuple[int, int]] = []  # (sample to insert at, samples of silence)
    for word, following in zip(words[:-1], words[1:], strict=True):
        wanted = inner_pause(text[word.char + len(word.text) : following.char])
        extra = wanted - max(following.start - word.end, 0.0)
        if wanted > 0 and extra > 0.01:
            cuts.append((_quietest(samples, sr, word.end, following.start), round(extra * sr)))
    if not cuts:
        return utterance
    pieces, at = [], 0
    for cut, length in cuts:
        piece = samples[at:cut].copy()
        _fade(piece, sr, out=True)
        if at:
            _fade(piece, sr, out=False)
        pieces += [piece, np.zeros(length, np.float32)]
        at = cut
    last = samples[at:].copy()
    _fade(last, sr, out=False)
    pieces.append(last)
    moved = []
    for word in words:
        shift = sum(length for cut, length in cuts if cut <= int(word.start * sr)) / sr
        moved.append(WordTiming(word.text, word.char, word.start + shift, word.end + shift))
    total = np.concatenate(pieces)
    return replace(utterance, samples=total, words=tuple(moved), duration=total.size / sr)


def _quietest(samples: np.ndarray, sr: int, start: float, end: float) -> int:
    """The middle of the quietest QUIET_FRAME_S between start and end (seconds)."""
    frame = max(1, int(QUIET_FRAME_S * sr))
    lo, hi = int(start * sr), max(int(end * sr), int(start * sr) + 1)
    if hi - lo <= frame:
        return min(max((lo + hi) // 2, 0), samples.size)
    region = samples[lo:hi].astype(np.float64) ** 2
    energy = np.convolve(region, np.ones(frame), mode="valid")
    return lo + int(np.argmin(energy)) + frame // 2


def _fade(piece: np.ndarray, sr: int, out: bool) -> None:
    k = min(int(EDGE_S * sr), piece.size)
    if k == 0:
        return
    ramp = (0.5 - 0.5 * np.cos(np.pi * np.arange(k) / k)).astype(np.float32)
    if out:
        piece[-k:] *= ramp[::-1]
    else:
        piece[:k] *= ramp
