"""The stairwell: its words (a stairwell, a staircase, spiral or winding stairs, a stairway)
read as the stairwell, while plain 'stairs' and 'steps' stay the floating stairs; climbing the
stairs of a lighthouse or a tower, or going inside one, sets the scene in its stairwell, and
the stairs of a house do not."""

from __future__ import annotations

import pytest
from reading_support import motifs_of, settings_of

from renderer import pipeline
from renderer.director import direct
from renderer.dream import parse_dream


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The stairwell smelled of damp stone.", "stairwell"),
        ("A staircase wound up into the dark.", "staircase"),
        ("I climbed the spiral staircase.", "spiral staircase"),
        ("The spiral stairs went on and on.", "spiral stairs"),
        ("We took the winding stairs.", "winding stairs"),
        ("The winding staircase was narrow.", "winding staircase"),
        ("A stairway led up to the lamp.", "stairway"),
    ],
)
def test_the_stairwells_words_read_as_the_stairwell(text: str, words: str) -> None:
    assert motifs_of(text).get(words) == "stairwell", motifs_of(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [("The stairs floated in the air.", "stairs"), ("The steps hung over the sea.", "steps")],
)
def test_stairs_alone_stay_the_floating_stairs(text: str, words: str) -> None:
    assert motifs_of(text).get(words) == "stairs", motifs_of(text)


@pytest.mark.parametrize(
    ("text", "settings"),
    [
        (
            "I was on the beach at night. I climbed the spiral staircase inside the lighthouse.",
            ["beach", "stairwell"],
        ),
        ("We stood on the rocks below the lighthouse. We went inside.", [None, "stairwell"]),
        ("I was on the beach. I climbed the lighthouse stairs.", ["beach", "stairwell"]),
        ("I was on the beach. We walked up the stairs of the lighthouse.", ["beach", "stairwell"]),
        ("I was on the beach. We sat on the lighthouse stairs.", ["beach", "stairwell"]),
        ("I was on the beach.\n\nThe lighthouse stairs, spiral, rusty.", ["beach", "stairwell"]),
        ("I was in a field. Inside the tower it was cold.", ["meadow", "stairwell"]),
        ("I was in a field. I went up the tower's spiral staircase.", ["meadow", "stairwell"]),
        (
            "We stood on the rocks below the lighthouse. We went inside. The spiral stairs "
            "wound up toward the lamp.",
            [None, "stairwell", "stairwell"],
        ),
        (
            "The lighthouse stood on the rock. I climbed the iron stair inside it.",
            [None, "stairwell"],
        ),
    ],
)
def test_the_stairs_of_a_lighthouse_or_tower_are_its_stairwell(
    text: str, settings: list[str | None]
) -> None:
    assert settings_of(text) == settings


@pytest.mark.parametrize(
    "text",
    [
        "I climbed the stairs to my bedroom.",
        "I was in the garden. I climbed the stairs.",
        "I was in the garden. A bird flew into the tower.",
        "The lighthouse stood on the rock.",
        "I was on the beach. The lighthouse stairs were far away.",
        "The lighthouse stood on the rock. The lamp inside it glowed.",
    ],
)
def test_other_stairs_and_a_lighthouse_seen_from_outside_are_no_stairwell(text: str) -> None:
    assert "stairwell" not in settings_of(text), settings_of(text)


def test_a_staircase_only_seen_is_drawn_but_sets_no_scene() -> None:
    text = "I was by the river. Behind the door, just a spiral staircase going down."
    assert settings_of(text) == ["river", "river"]
    script = direct(pipeline.plan(parse_dream(text, "test")))
    assert "stairwell" in script.sentences[1].focus, script.sentences[1].focus


@pytest.mark.parametrize(
    "text",
    [
        "The tower had no door, only a staircase spiralling up the outside.",
        "A stairway hung in the air.",
        "A staircase floated in the sky.",
    ],
)
def test_a_staircase_in_the_open_air_is_the_floating_stairs(text: str) -> None:
    assert "stairs" in motifs_of(text).values() and "stairwell" not in settings_of(text)


def test_a_dream_that_opens_in_the_stairwell_is_there() -> None:
    assert settings_of("The stairwell was cold and dark. I climbed.") == ["stairwell"] * 2


def test_the_lighthouse_from_outside_is_the_lighthouse() -> None:
    text = "The lighthouse stood on the rock."
    assert motifs_of(text).get("lighthouse") == "lighthouse", motifs_of(text)
