"""Colours the dream names for its things: "a green moon" colours the moon's layer, easing in
from the word that names it; a colour said of a person, a furnishing or a catch-all colours
nothing (real shaders, EGL, for the picture)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, offscreen_renderer
from reading_support import drawn_of

from renderer import pipeline
from renderer.director import direct
from renderer.dream import parse_dream
from renderer.timeline import COLOR_BLEND_S

SIZE = (320, 180)


def _colors(text: str) -> list[dict[str, str]]:
    return [s.colors for s in direct(pipeline.plan(parse_dream(text, "t"))).sentences]


@pytest.mark.parametrize(
    ("text", "motif"),
    [
        ("There was an empty beach under a green moon.", "moon"),
        ("The moon was green.", "moon"),
        ("Then the sky turned a deep green.", "twilight"),
        ("A green door stood in the field.", "doorway"),
        ("The sea is very dark green and the birds are white.", "ocean"),
    ],
)
def test_a_colour_said_of_a_thing_is_its_colour(text: str, motif: str) -> None:
    named = _colors(text)[0]
    assert motif in named
    red, green, blue = (int(named[motif][k : k + 2], 16) for k in (1, 3, 5))
    assert green > red and green > blue


def test_a_colour_of_someone_or_a_thing_with_no_picture_colours_nothing() -> None:
    assert _colors("A man in a green coat sat down.") == [{}]
    assert _colors("I sat on the green plastic seats.") == [{}]
    assert _colors("The moon rose over a green field.")[0] == {"meadow": "#3f9a4a"}
    assert _colors("There was no green moon.") == [{}]


def test_the_stuff_or_fruit_a_thing_is_of_is_no_colour_of_it() -> None:
    assert _colors("I was floating above a coral reef.") == [{}]
    assert _colors("We walked through an orange grove.") == [{}]
    assert "undersea" in _colors("The coral reef was pink.")[0]  # said of it, it is its colour


def test_the_colour_is_on_its_thing_while_the_sentence_that_names_it_is_spoken() -> None:
    text = (
        "I walked on the beach for a long time. Then, after a long while of walking and "
        "waiting, a single green moon came up over the sea."
    )
    timeline = pipeline.Production(
        parse_dream(text, "t"), pipeline.VoiceChoice("silent").create()
    ).timeline()
    named = timeline.sentences[1]
    assert "moon" not in timeline.state_at(named.start - 0.5).colors
    amounts = [
        timeline.state_at(named.start + k * 0.1).colors["moon"][3]
        for k in range(int(COLOR_BLEND_S * 10) + 1)
    ]
    assert amounts[0] < 0.05 and amounts[-1] == pytest.approx(1.0)
    assert all(b >= a for a, b in zip(amounts, amounts[1:], strict=False))
    assert max(b - a for a, b in zip(amounts, amounts[1:], strict=False)) < 0.1  # no jump
    cue = next(c for c in timeline.cues if c.motif == "moon")
    assert cue.time > named.start + COLOR_BLEND_S  # green before the moon is even named
    assert timeline.state_at(cue.time).colors["moon"][3] == pytest.approx(1.0)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


@pytest.mark.gl
def test_a_named_colour_recolours_its_layer_and_no_other(renderer: Offscreen) -> None:
    intensities = {"moon": 0.9, "stars": 0.7}
    plain = renderer.render(replace(NIGHT, intensities=intensities)).astype(np.float32)
    green = renderer.render(
        replace(NIGHT, intensities=intensities, colors={"moon": (0.25, 0.6, 0.29, 1.0)})
    ).astype(np.float32)
    changed = np.abs(green - plain).mean(axis=2) > 6.0
    assert changed.any()
    share = green[changed][:, 1] / (green[changed].sum(axis=1) + 1e-3)
    before = plain[changed][:, 1] / (plain[changed].sum(axis=1) + 1e-3)
    assert share.mean() > before.mean() + 0.05  # greener where the moon is
    elsewhere = renderer.render(
        replace(NIGHT, intensities=intensities, colors={"ocean": (0.25, 0.6, 0.29, 1.0)})
    )
    assert np.array_equal(elsewhere, plain.astype(elsewhere.dtype))


def test_a_field_of_a_crop_has_the_crops_colour() -> None:
    assert _colors("I stood in a wheat field.")[0] == {"meadow": "#d9b45a"}
    assert _colors("The wheat was tall.") == [{}]


def test_a_thing_named_in_many_colours_keeps_its_own() -> None:
    assert _colors("The sky was crowded with blue stars, gold stars and red stars.") == [{}]


def test_a_creature_and_a_part_of_it_in_two_colours_take_the_creatures() -> None:
    cat = _colors("A fat orange cat slept on a shelf and opened one yellow eye.")[0]
    assert cat["cat"] == _colors("An orange cat slept.")[0]["cat"]


@pytest.mark.parametrize(
    ("text", "motif", "channel"),
    [
        ("We walked through a field of poppies.", "flowers", "red"),
        ("Daffodils nodded by the gate.", "flowers", "yellow"),
        ("The bluebells were out under the trees.", "flowers", "blue"),
        ("Goldfish swam round and round the bowl.", "fish", "red"),
    ],
)
def test_a_thing_whose_name_says_its_colour_has_it(text: str, motif: str, channel: str) -> None:
    named = _colors(text)[0]
    red, green, blue = (int(named[motif][k : k + 2], 16) for k in (1, 3, 5))
    strongest = {"red": red, "green": green, "blue": blue}
    if channel == "yellow":
        assert min(red, green) > 2 * blue
    else:
        assert strongest[channel] == max(red, green, blue)


def test_a_colour_named_for_it_or_none_outdoes_its_own() -> None:
    white = _colors("There were white poppies everywhere.")[0]["flowers"]
    assert white == _colors("There were white roses everywhere.")[0]["flowers"]
    assert _colors("No poppies grew there.") == [{}]
    assert _colors("I picked some roses.") == [{}]  # roses come in every colour


@pytest.mark.parametrize(
    ("text", "thing", "material"),
    [
        ("Big silver fish jumped in the river.", "fish", "silver"),
        ("A gold balloon drifted over the meadow.", "balloon", "gold"),
        ("In the forest the moon was silver.", "moon", "silver"),
    ],
)
def test_a_material_that_colours_a_thing_is_only_its_colour(
    text: str, thing: str, material: str
) -> None:
    assert thing in _colors(text)[0]
    assert thing in drawn_of(text)[0]
    assert material not in drawn_of(text)[0]


def test_a_material_said_of_nothing_is_drawn() -> None:
    assert "silver" in drawn_of("I walked in the forest. Silver glittered everywhere.")[1]
    assert "gold" in drawn_of("There was gold everywhere in the cave.")[0]
    # the church draws its own windows: their stained glass is still to draw, not only a colour
    text = "In the church I counted the stained glass windows."
    church = direct(pipeline.plan(parse_dream(text, "t"))).sentences[0]
    assert "glass" in church.focus + church.accents


@pytest.mark.parametrize(
    "text",
    [
        "We drove towards the snowy mountains.",
        "The mountains were snowy.",
        "The peaks were snow-capped.",
    ],
)
def test_snow_lying_on_the_land_is_its_colour_and_none_falls(text: str) -> None:
    assert _colors(text)[0] == {"mountains": "#eef3f8"}
    assert "snow" not in drawn_of(text)[0]


def test_a_snowy_night_still_has_snow_falling() -> None:
    assert "snow" in drawn_of("It was a snowy night in the city.")[0]
