"""Caption cues from the timeline's sentences, as SRT / WebVTT sidecar files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from renderer.timeline import Timeline


@dataclass(frozen=True)
class Cue:
    start: float  # seconds from the start of the exported piece
    end: float
    text: str


MIN_CLIPPED_S = 1.0  # a sentence cut by the range keeps a cue only if this much is left


def caption_cues(timeline: Timeline, start: float, end: float) -> list[Cue]:
    """One cue per spoken sentence, clipped to [start, end] and shifted so `start` is 0. A
    sentence the range cuts into is dropped when less than MIN_CLIPPED_S of it is left: a
    subtitle that flashes for a fraction of a second cannot be read."""
    cues = []
    for sentence in timeline.sentences:
        if sentence.end <= sentence.start or sentence.end <= start or sentence.start >= end:
            continue
        text = " ".join(sentence.text.split())
        first, last = max(sentence.start, start), min(sentence.end, end)
        clipped = first > sentence.start or last < sentence.end
        if text and not (clipped and last - first < MIN_CLIPPED_S):
            cues.append(Cue(first - start, last - start, text))
    return cues


def _clock(seconds: float, separator: str) -> str:
    ms = max(0, round(seconds * 1000))
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{ms:03d}"


_TAG = re.compile(r"<[^<>]*>")


def srt_text(text: str) -> str:
    """Cue text for SubRip, which has no escapes: tags (players obey <b>, <font>) removed,
    and no '-->' that a reader could take for a timing line."""
    return _TAG.sub("", text).replace("-->", "->")


def vtt_text(text: str) -> str:
    """Cue text for WebVTT, which requires &, < and > escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_srt(cues: list[Cue]) -> str:
    """SubRip: numbered blocks, 'HH:MM:SS,mmm --> HH:MM:SS,mmm'."""
    blocks = [
        f"{i}\n{_clock(c.start, ',')} --> {_clock(c.end, ',')}\n{srt_text(c.text)}\n"
        for i, c in enumerate(cues, 1)
    ]
    return "\n".join(blocks)


def to_vtt(cues: list[Cue]) -> str:
    """WebVTT: a header, then 'HH:MM:SS.mmm --> HH:MM:SS.mmm' blocks."""
    blocks = [
        f"{_clock(c.start, '.')} --> {_clock(c.end, '.')}\n{vtt_text(c.text)}\n" for c in cues
    ]
    return "WEBVTT\n\n" + "\n".join(blocks)
