"""Staging: where the dream's figures and creatures (and a single lantern) stand, composed as a
painter would.

The focal subject stands on a third of the frame (the dream's side: camera.composition_side),
facing into the frame, with the open space in front of it. A figure keeps the dream's third
and a creature seen with it takes the other one; further creatures seen together stand in
depth, on the outer slots of a far plane, smaller. Every subject owns a band of the frame's
width that no band of a subject seen with it touches, so two never overlap; each creature
shrinks to fit its band.

The staging is a pure function of the dream (its seed and its cast: the motifs each sentence
shows), not of the frame: a creature keeps its place while others come and go, a creature seen
alone takes the best place free of those seen with it, and the places move a little from dream
to dream. The shaders read a subject's place as u_place (shaders/layers/land_beast.glsl,
land_figure.glsl).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from renderer.gfx.camera import composition_side
from renderer.gfx.visuals import LayerSpec, Visuals

# the creatures staged here: the land's beasts, the crab, the hummingbird, a fish drawn alone;
# and a lantern, a balloon, a hot air balloon, a cable car and a tent drawn alone, staged as
# they are (by the program's file, or its name where one file draws one staged and many
# spread: layers/tent_one of layers/tents)
CREATURE_PROGRAMS = (
    "layers/land_beast", "layers/crab", "layers/hummingbird", "layers/fish_one",
    "layers/lantern", "layers/balloon", "layers/hot_air_balloon", "layers/tent_one",
    "layers/cable_car",
)  # fmt: skip
# The figures (land_figure.glsl, by layer): where each stands, in sixths of the width from the
# middle toward the dream's side (-: the other side), and the half width of its band.
FIGURES = {
    "figure": (1.0, 0.06),
    "child": (1.75, 0.04),
    "dancer": (-1.0, 0.065),
    "shadow_figure": (-1.75, 0.045),
}
# The creatures' slots, best first: (where in sixths of the width from the middle toward the
# dream's side, half width of the band, size: the far plane's smaller).
SLOTS = (
    (1.0, 0.125, 1.0),  # the dream's third, near
    (-1.0, 0.125, 1.0),  # the other third, near
    (2.35, 0.05, 0.62),  # far, toward the dream's edge
    (-2.35, 0.05, 0.62),  # far, toward the other edge
)
SHIFT = 0.1  # a slot moves from dream to dream by up to this many sixths of the width
SIZE_SPREAD = 0.08  # and its size by up to this fraction
MARGIN = 0.01  # widths kept free between two bands (the camera's parallax between planes)


@dataclass(frozen=True)
class Place:
    """Where one subject stands: its band's middle and half width (in widths of the frame),
    its size (1 at the near plane) and the way it faces (-1 left, 1 right)."""

    x: float
    half: float
    size: float
    facing: float

    @property
    def uniform(self) -> tuple[float, float, float, float]:
        """u_place: (x, size, facing, half width)."""
        return (self.x, self.size, self.facing, self.half)

    def clear_of(self, other: Place) -> bool:
        return abs(self.x - other.x) >= self.half + other.half + MARGIN


def is_creature(layer: LayerSpec) -> bool:
    return layer.program.source in CREATURE_PROGRAMS or layer.program.name in CREATURE_PROGRAMS


def _wobble(seed: int, slot: int, what: str) -> float:
    """-1..1, fixed for a dream's slot."""
    return (zlib.crc32(f"{seed}:{slot}:{what}".encode()) % 2001) / 1000.0 - 1.0


def _slots(seed: int, side: float) -> list[Place]:
    slots = []
    for index, (sixths, half, size) in enumerate(SLOTS):
        x = 0.5 + side * (sixths + SHIFT * _wobble(seed, index, "x")) / 6.0
        size *= 1.0 + SIZE_SPREAD * _wobble(seed, index, "size")
        slots.append(Place(x, half, size, -1.0 if x > 0.5 else 1.0))
    return slots


def _scenes(
    cast: Sequence[Iterable[str]], drawn: Iterable[str], visuals: Visuals, single: frozenset[str]
) -> list[list[str]]:
    """The layers seen together, one list per moment of the cast (in its order), and the
    motifs drawn now when the cast lacks any of them (a frame made by hand); `single`: the
    motifs drawn as one thing."""
    scenes = [list(scene) for scene in cast]
    drawn = sorted(drawn)
    if not set(drawn) <= {m for scene in scenes for m in scene}:
        scenes.append(drawn)
    return [
        list(
            dict.fromkeys(
                layer.name for m in scene for layer in visuals.layers_of(m, m in single)
            )
        )
        for scene in scenes
    ]


def stage(
    cast: Sequence[Iterable[str]],
    drawn: Iterable[str],
    seed: int,
    visuals: Visuals,
    single: frozenset[str] = frozenset(),
) -> dict[str, Place]:
    """Layer name -> Place for the figures and creatures of a dream whose `cast` is the motifs
    each of its moments shows (in order), and of those `drawn` now (`single`: the motifs it
    names only one of)."""
    scenes = _scenes(cast, drawn, visuals, single)
    side = composition_side(seed)
    places: dict[str, Place] = {}
    order: list[str] = []  # the creatures, by their first moment
    for scene in scenes:
        for name in scene:
            if name in FIGURES:
                sixths, half = FIGURES[name]
                x = 0.5 + side * sixths / 6.0
                places[name] = Place(x, half, 1.0, -1.0 if x > 0.5 else 1.0)
            elif name not in order and is_creature(visuals.layers[name]):
                order.append(name)
    slots = _slots(seed, side)
    for index, name in enumerate(order):
        seen_with = set().union(*(scene for scene in scenes if name in scene)) - {name}
        others = [places[other] for other in seen_with if other in places]
        free = [slot for slot in slots if all(slot.clear_of(other) for other in others)]
        # more creatures seen together than slots: they share them in turn
        places[name] = free[0] if free else slots[index % len(slots)]
    return places
