"""The staging of figures and creatures (pure): on the thirds, in bands that never overlap, the
same for the whole dream, different from dream to dream; a creature seen alone takes the best
place free of those seen with it."""

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
        places = stage((cast,), (), seed, VISUALS)
        assert set(places) == set(cast)
        for (a, pa), (b, pb) in itertools.combinations(places.items(), 2):
            assert abs(pa.x - pb.x) >= pa.half + pb.half, f"seed {seed}: {a} overlaps {b}"
        for name, place in places.items():
            assert place.x - place.half >= 0.0 and place.x + place.half <= 1.0, name


def test_the_focal_creature_stands_on_the_dreams_third_facing_the_middle() -> None:
    for seed in range(20):
        side = composition_side(seed)
        deer = stage((("deer", "wolf"),), (), seed, VISUALS)["deer"]
        assert abs(deer.x - (0.5 + side / 6.0)) < 0.03
        assert deer.facing == -side  # toward the middle: the open space in front of it
        assert deer.size > 0.9


def test_with_a_figure_on_its_third_the_focal_creature_takes_the_other() -> None:
    for seed in range(20):
        side = composition_side(seed)
        places = stage((("figure", "horse"),), (), seed, VISUALS)
        assert abs(places["figure"].x - (0.5 + side / 6.0)) < 1e-9
        assert abs(places["horse"].x - (0.5 - side / 6.0)) < 0.03
        assert places["horse"].facing == side


def test_further_creatures_stand_smaller_on_the_far_plane() -> None:
    places = stage((("deer", "wolf", "horse", "cow"),), (), 5, VISUALS)
    assert min(places["deer"].size, places["wolf"].size) > 0.9
    assert max(places["horse"].size, places["cow"].size) < 0.7


def test_a_creature_keeps_its_place_while_others_come_and_go() -> None:
    cast = (("deer", "wolf"), ("wolf", "horse"), ("horse",))
    places = [stage(cast, drawn, 9, VISUALS) for drawn in [("wolf",), ("deer", "wolf"), ()]]
    assert places[0] == places[1] == places[2]


def test_places_differ_between_dreams_of_the_same_side() -> None:
    xs = {round(stage((("deer",),), (), seed, VISUALS)["deer"].x, 3) for seed in (1, 3, 5, 7, 9)}
    assert len(xs) >= 4


def test_a_creature_seen_apart_from_others_takes_the_focal_third() -> None:
    # a figure, then a horse and a dog, later a wolf and sheep alone: each pair on the thirds
    cast = (
        ("figure",),
        ("horse", "dog", "figure"),
        ("wolf", "sheep", "horse", "dog"),
        ("wolf", "sheep"),
    )
    for seed in range(10):
        side = composition_side(seed)
        places = stage(cast, (), seed, VISUALS)
        assert abs(places["horse"].x - (0.5 - side / 6.0)) < 0.03  # the figure holds its third
        for a, b in (("horse", "dog"), ("horse", "wolf"), ("dog", "wolf"), ("wolf", "sheep")):
            assert places[a].clear_of(places[b]) or a == b
        # the wolf, seen after the figure has gone, may take the dream's third
        assert max(places["wolf"].size, places["sheep"].size) > 0.9
