"""Which ambient bed each motif sounds through (by motif, falling back to its lexicon family)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

# Motifs with a sound of their own: motif -> {bed: weight}.
MOTIF_BEDS: dict[str, dict[str, float]] = {
    "river": {"water": 1.0},
    "waterfall": {"water": 1.0, "rain": 0.4},
    "ripples": {"water": 0.6},
    "bubbles": {"water": 0.7},
    "lake": {"water": 0.4, "wind": 0.2},
    "ocean": {"surf": 1.0},
    "island": {"surf": 0.7, "wind": 0.3},
    "whale": {"surf": 0.6, "pad": 0.5},
    "jellyfish": {"surf": 0.4, "chimes": 0.4},
    "fish": {"water": 0.5},
    "rain": {"rain": 1.0},
    "storm": {"rain": 0.9, "wind": 0.9},
    "clouds": {"wind": 0.4},
    "mist": {"wind": 0.25, "pad": 0.3},
    "wind": {"wind": 1.0},
    "snow": {"wind": 0.5, "chimes": 0.3},
    "ice": {"chimes": 0.7, "wind": 0.3},
    "fire": {"fire": 1.0},
    "embers": {"fire": 0.6},
    "smoke": {"fire": 0.3, "wind": 0.2},
    "lanterns": {"fire": 0.25, "chimes": 0.3},
    "forest": {"forest": 1.0},
    "trees": {"forest": 0.8, "wind": 0.2},
    "leaves": {"forest": 0.5, "wind": 0.4},
    "meadow": {"forest": 0.7},
    "owl": {"forest": 1.0},
    "moths": {"forest": 0.6},
    "fireflies": {"forest": 0.7, "chimes": 0.3},
    "crystal_flowers": {"chimes": 0.9},
    "stage": {"room": 1.0},
    "hall": {"room": 1.0},
    "crowd": {"room": 1.0},
    "city": {"room": 0.7, "wind": 0.2},
    "dancer": {"room": 0.5, "chimes": 0.3},
    "cave": {"room": 0.4, "water": 0.3},
    "mountains": {"wind": 0.7},
    "dunes": {"wind": 0.8},
    "vortex": {"wind": 0.8, "pad": 0.4},
    "falling": {"wind": 0.7},
    "flying": {"wind": 0.7},
}

# Everything else sounds through its family's bed.
FAMILY_BEDS: dict[str, dict[str, float]] = {
    "sky_space": {"pad": 1.0},
    "light": {"chimes": 0.6},
    "water": {"water": 0.7},
    "land": {"wind": 0.5},
    "flora": {"forest": 0.6},
    "fauna": {"forest": 0.6},
    "structures_places": {"room": 0.6},
    "weather_elements": {"wind": 0.6},
    "motion_transformation": {"wind": 0.4, "pad": 0.3},
    "people_figures": {"room": 0.5},
    "colour_material": {"chimes": 0.8},
}


@cache
def motif_families() -> dict[str, str]:
    """motif -> family, from the lexicon."""
    from renderer.mapping.lexicon import load_lexicon

    return {name: motif.family for name, motif in load_lexicon().motifs.items()}


@cache
def beds_for(motif: str) -> dict[str, float]:
    """The beds (with weights 0..1) that a motif sounds through; {} for an unknown motif."""
    if motif in MOTIF_BEDS:
        return MOTIF_BEDS[motif]
    return FAMILY_BEDS.get(motif_families().get(motif, ""), {})


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
