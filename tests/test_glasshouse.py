"""The glasshouse: its words read as the glasshouse and set the scene where the dreamer is in
one; the climate's greenhouse, a glass-house proverb and a music conservatory do not, and a
garden stays a garden."""

from __future__ import annotations

import pytest

from renderer import pipeline
from renderer.director import direct
from renderer.dream import parse_dream
from renderer.mapping import analyze


def _motifs(text: str) -> dict[str, str | None]:
    """Each keyword's words and the motif they are read as."""
    plan = analyze(parse_dream(text, source="test"))
    return {k.text.lower(): k.motif for s in plan.sentences for k in s.named if not k.idiom}


def _places(text: str) -> list[str | None]:
    script = direct(pipeline.plan(parse_dream(text, "test")))
    return [d.setting[0] if d.setting else None for d in script.sentences]


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
    assert _motifs(text).get(words) == "glasshouse", _motifs(text)


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
    assert "glasshouse" not in _motifs(text).values(), _motifs(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was locked inside the Palm House. The glass was misted over.",
        "My sister was getting married in a greenhouse. Everyone wore white.",
        "We were in the conservatory. Rain ran down the glass.",
    ],
)
def test_the_dreamer_in_a_glasshouse_is_set_there(text: str) -> None:
    assert _places(text) == ["glasshouse", "glasshouse"]


def test_a_garden_stays_a_garden_and_leaving_the_glasshouse_moves_the_dream() -> None:
    assert _places("We sat in the vegetable garden. The beans were tall.") == ["garden", "garden"]
    text = "I was in a greenhouse full of orchids. Then I was standing on a beach."
    assert _places(text) == ["glasshouse", "beach"]
