"""The staging of figures and creatures (pure): on the thirds, in bands that never overlap, the
same for the whole dream, different from dream to dream."""

from __future__ import annotations

import itertools

import pytest

from renderer.gfx.camera import composition_side
from renderer.gfx.staging import stage
from renderer.gfx.visuals import load_visuals

VISUALS = load_visuals()
CASTS = [
    ("deer",),
    ("deer", "wolf"),
    ("horse", "cow", "sheep", "dog"),
    ("figure", "elephant", "giraffe"),
    ("figure", "child", "bear", "camel"),
    ("dancer", "shadow_figure", "deer", "wolf"),
    ("figure", "dancer", "pig", "goat"),
]


@pytest.mark.parametrize("cast", CASTS)
def test_no_two_subjects_share_any_of_the_frame(cast) -> None:
    for seed in range(100):
        places = stage(cast, (), seed, VISUALS)
        assert set(places) == set(cast)
        for (a, pa), (b, pb) in itertools.combinations(places.items(), 2):
            assert abs(pa.x - pb.x) >= pa.half + pb.half, f"seed {seed}: {a} overlaps {b}"
        for name, place in places.items():
            assert place.x - place.half >= 0.0 and place.x + place.half <= 1.0, name


def test_the_focal_creature_stands_on_the_dreams_third_facing_the_middle() -> None:
    for seed in range(20):
        side = composition_side(seed)
        deer = stage(("deer", "wolf"), (), seed, VISUALS)["deer"]
        assert abs(deer.x - (0.5 + side / 6.0)) < 0.03
        assert deer.facing == -side  # toward the middle: the open space in front of it
        assert deer.size > 0.9


def test_with_a_figure_on_its_third_the_focal_creature_takes_the_other() -> None:
    for seed in range(20):
        side = composition_side(seed)
        places = stage(("figure", "horse"), (), seed, VISUALS)
        assert abs(places["figure"].x - (0.5 + side / 6.0)) < 1e-9
        assert abs(places["horse"].x - (0.5 - side / 6.0)) < 0.03
        assert places["horse"].facing == side


def test_further_creatures_stand_smaller_on_the_far_plane() -> None:
    places = stage(("deer", "wolf", "horse", "cow"), (), 5, VISUALS)
    assert min(places["deer"].size, places["wolf"].size) > 0.9
    assert max(places["horse"].size, places["cow"].size) < 0.7


def test_a_creature_keeps_its_place_while_others_come_and_go() -> None:
    cast = ("deer", "wolf", "horse")
    alone = stage(cast, ("wolf",), 9, VISUALS)["wolf"]
    together = stage(cast, ("deer", "wolf", "horse"), 9, VISUALS)["wolf"]
    assert alone == together


def test_places_differ_between_dreams_of_the_same_side() -> None:
    xs = {round(stage(("deer",), (), seed, VISUALS)["deer"].x, 3) for seed in (1, 3, 5, 7, 9)}
    assert len(xs) >= 4
