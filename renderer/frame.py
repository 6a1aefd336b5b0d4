"""FrameState: everything one rendered frame depends on (the only input to the compositor)."""

from __future__ import annotations

from dataclasses import dataclass, field

MIN_INTENSITY = 0.02  # below this a motif is not drawn at all (2%: invisible, full cost)


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
    voice: float = 0.0  # narration loudness 0..1
    seed: int = 0
    tint: tuple[float, float, float] = (1.0, 1.0, 1.0)
    daylight: float = 0.0  # the time of day: 1 full daylight .. 0 night
    fade: float = 1.0  # master brightness (fade in/out), 0..1
    caption: Caption | None = field(default=None)
    # the dream's moments: the motifs each sentence shows (with the one before's, still fading),
    # focus first; its figures and creatures are staged over all of them, so none moves while
    # others come and go (renderer/gfx/staging.py)
    cast: tuple[tuple[str, ...], ...] = ()
    outside: frozenset[str] = frozenset()  # motifs seen through an interior's windows, drawn
    # behind it
    heard: dict[str, float] = field(default_factory=dict)  # motifs only heard -> 0..1: they
    # sound (through their beds) and are never drawn
    single: frozenset[str] = frozenset()  # motifs the dream only names one of: drawn by the
    # layer their visuals give for one (a single lantern), where they have one
    colors: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)  # motif
    # -> the sRGB colour the dream names for it ("a green moon") and how far its layer takes
    # it on, 0..1 (it eases in)

    @property
    def drawn(self) -> tuple[str, ...]:
        """The motifs this frame draws (strong enough to see), strongest first."""
        shown = [(v, m) for m, v in self.intensities.items() if v >= MIN_INTENSITY]
        return tuple(m for _, m in sorted(shown, key=lambda vm: (-vm[0], vm[1])))
