"""The glasshouse: its words read as the glasshouse and set the scene where the dreamer is in
one; the climate's greenhouse, a glass-house proverb and a music conservatory do not, and a
garden stays a garden."""

from __future__ import annotations

import pytest
from reading_support import motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I was locked inside the Palm House at the botanical gardens.", "palm house"),
        ("The waiting room was a greenhouse, tomato plants up to the ceiling.", "greenhouse"),
        ("My sister was getting married in a greenhouse.", "greenhouse"),
        ("We walked through the old glasshouses.", "glasshouses"),
        ("The hothouse was steaming.", "hothouse"),
        ("We had tea in the conservatory at the back of the house.", "conservatory"),
        ("The orangery was lit with candles.", "orangery"),
        ("I sat under the palms of the winter garden.", "winter garden"),
    ],
)
def test_the_glasshouses_words_read_as_the_glasshouse(text: str, words: str) -> None:
    assert motifs_of(text).get(words) == "glasshouse", motifs_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Greenhouse gases were rising and the sea was warm.",
        "The teacher explained the greenhouse effect.",
        "People who live in glass houses should not throw stones.",
        "She studied the violin at the conservatory in Vienna.",
    ],
)
def test_the_climate_a_proverb_and_a_music_school_draw_no_glasshouse(text: str) -> None:
    assert "glasshouse" not in motifs_of(text).values(), motifs_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was locked inside the Palm House. The glass was misted over.",
        "My sister was getting married in a greenhouse. Everyone wore white.",
        "We were in the conservatory. Rain ran down the glass.",
    ],
)
def test_the_dreamer_in_a_glasshouse_is_set_there(text: str) -> None:
    assert settings_of(text) == ["glasshouse", "glasshouse"]


def test_a_garden_stays_a_garden_and_leaving_the_glasshouse_moves_the_dream() -> None:
    garden = "We sat in the vegetable garden. The beans were tall."
    assert settings_of(garden) == ["garden", "garden"]
    text = "I was in a greenhouse full of orchids. Then I was standing on a beach."
    assert settings_of(text) == ["glasshouse", "beach"]
