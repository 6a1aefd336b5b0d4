"""Staging: where the dream's figures and creatures stand, composed as a painter would.

The focal subject stands on a third of the frame (the dream's side: camera.composition_side),
facing into the frame, with the open space in front of it. A figure keeps the dream's third
and the strongest creature then takes the other one; further creatures stand in depth, on the
outer slots of a far plane, smaller. Every subject owns a band of the frame's width that no
other subject's band touches, so two never overlap, and each creature shrinks to fit its band.

The staging is a pure function of the dream (its seed and its cast: every motif it draws,
strongest first), not of the frame: a creature keeps its place while others come and go, and
the places move a little from dream to dream. The shaders read a subject's place as u_place
(shaders/layers/land_beast.glsl, land_figure.glsl).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from renderer.gfx.camera import composition_side
from renderer.gfx.visuals import LayerSpec, Visuals

CREATURE_PROGRAM = "layers/land_beast"  # the creatures staged here
# The figures (land_figure.glsl, by layer): where each stands, in sixths of the width from the
# middle toward the dream's side (-: the other side), and the half width of its band.
FIGURES = {
    "figure": (1.0, 0.06),
    "child": (1.75, 0.04),
    "dancer": (-1.0, 0.065),
    "shadow_figure": (-1.75, 0.045),
}
# The creatures' slots, in the order they are given out: (where in sixths of the width from
# the middle toward the dream's side, half width of the band, size: the far plane's smaller).
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


def _wobble(seed: int, slot: int, what: str) -> float:
    """-1..1, fixed for a dream's slot."""
    return (zlib.crc32(f"{seed}:{slot}:{what}".encode()) % 2001) / 1000.0 - 1.0


def is_creature(layer: LayerSpec) -> bool:
    return layer.program.source == CREATURE_PROGRAM


def _layers_in_order(motifs: Iterable[str], visuals: Visuals) -> list[LayerSpec]:
    seen: dict[str, LayerSpec] = {}
    for motif in motifs:
        for layer in visuals.layers_of(motif):
            seen.setdefault(layer.name, layer)
    return list(seen.values())


def stage(
    cast: Iterable[str], drawn: Iterable[str], seed: int, visuals: Visuals
) -> dict[str, Place]:
    """Layer name -> Place for the figures and creatures among the dream's `cast` (its motifs,
    strongest first) and those `drawn` now (ones the cast lacks follow it, by name)."""
    cast = list(cast)
    layers = _layers_in_order(cast + sorted(set(drawn) - set(cast)), visuals)
    side = composition_side(seed)
    places: dict[str, Place] = {}
    for layer in layers:
        if layer.name in FIGURES:
            sixths, half = FIGURES[layer.name]
            x = 0.5 + side * sixths / 6.0
            places[layer.name] = Place(x, half, 1.0, -1.0 if x > 0.5 else 1.0)
    taken = list(places.values())
    slots = []
    for index, (sixths, half, size) in enumerate(SLOTS):
        x = 0.5 + side * (sixths + SHIFT * _wobble(seed, index, "x")) / 6.0
        size *= 1.0 + SIZE_SPREAD * _wobble(seed, index, "size")
        slots.append(Place(x, half, size, -1.0 if x > 0.5 else 1.0))
    free = [slot for slot in slots if all(slot.clear_of(other) for other in taken)] or slots
    # more creatures than free slots: the rest share them in turn (rarely seen together)
    creatures = [layer.name for layer in layers if is_creature(layer)]
    for index, name in enumerate(creatures):
        places[name] = free[index % len(free)]
    return places
