"""FrameState: everything one rendered frame depends on (the only input to the compositor)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Caption:
    text: str  # the current sentence
    word_start: int = -1  # the spoken word's offsets within `text` (-1: none)
    word_end: int = -1


@dataclass(frozen=True)
class FrameState:
    time: float  # seconds since playback start
    intensities: dict[str, float]  # motif name -> 0..1
    palette: tuple[tuple[float, float, float], ...]  # 4 sRGB colours, 0..1
    valence: float = 0.0  # -1..1
    arousal: float = 0.3  # 0..1
    voice: float = 0.0  # narration envelope 0..1
    seed: int = 0
    tint: tuple[float, float, float] = (1.0, 1.0, 1.0)
    fade: float = 1.0  # master brightness (fade in/out), 0..1
    caption: Caption | None = field(default=None)
    base: tuple[str, ...] = ()  # the dream's base-scene motifs: always given a draw slot
