"""Which ambient beds each motif sounds through: its `sound` in assets/visuals/*.toml."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from renderer.frame import FrameState


@cache
def motif_beds() -> dict[str, dict[str, float]]:
    """motif -> {bed: weight 0..1}, from the visuals registry (which checks the bed names)."""
    from renderer.gfx.visuals import load_visuals

    return {name: visual.sound for name, visual in load_visuals().motifs.items()}


def beds_for(motif: str) -> Mapping[str, float]:
    """The beds (with weights 0..1) that a motif sounds through; {} for an unknown motif."""
    return motif_beds().get(motif, {})


def sounding(state: FrameState) -> dict[str, float]:
    """What a frame's sound comes from: the motifs drawn and those only heard."""
    heard = {m: max(v, state.intensities.get(m, 0.0)) for m, v in state.heard.items()}
    return {**state.intensities, **heard}


def bed_levels(intensities: Mapping[str, float]) -> dict[str, float]:
    """Bed gains 0..1 from motif intensities: the motifs feeding one bed combine like
    independent sources (1 - prod(1 - w*i)), so two strong motifs don't overshoot."""
    quiet: dict[str, float] = {}
    for motif, level in intensities.items():
        if level <= 0.0:
            continue
        for bed, weight in beds_for(motif).items():
            quiet[bed] = quiet.get(bed, 1.0) * (1.0 - min(max(weight * level, 0.0), 1.0))
    return {bed: 1.0 - q for bed, q in quiet.items()}
