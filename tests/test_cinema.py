"""The cinema: its words read as the cinema and set the scene where the dreamer is there; a
film of water, a phone's screen, pictures on a wall and a theatre's stage do not."""

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
        ("We were in a cinema near the back.", "cinema"),
        ("The multiplex was empty at midnight.", "multiplex"),
        ("We queued outside the old picture house.", "picture house"),
        ("My father and I were at the movies.", "at the movies"),
        ("I went to the pictures with my grandmother.", "went to the pictures"),
        ("The film flickered on the big screen.", "big screen"),
        ("In the cinema the screen was silver and the seats were red.", "seats"),
        ("In the cinema the screen was silver and the seats were red.", "screen"),
        ("We sat in the dark and the film began, the projector humming.", "projector"),
    ],
)
def test_the_cinemas_words_read_as_the_cinema(text: str, words: str) -> None:
    assert _motifs(text).get(words) == "cinema", _motifs(text)


@pytest.mark.parametrize(
    "text",
    [
        "A film of water covered the road.",
        "A thin film of dust lay on everything.",
        "My phone screen was cracked and I stared at the screen.",
        "I looked at the pictures on the wall.",
        "We saw a play at the theatre and the curtain rose on the stage.",
    ],
)
def test_a_film_of_water_a_phone_screen_or_pictures_are_no_cinema(text: str) -> None:
    assert "cinema" not in _motifs(text).values(), _motifs(text)


def test_a_theatre_with_a_stage_stays_the_stage() -> None:
    assert _places("We saw a play at the theatre. The curtain rose on the stage.") == [
        "stage", "stage"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We were in a cinema. It was warm and nearly empty.",
        "I went to the cinema alone. The seats were red velvet.",
        "I went to the pictures with my grandmother. We sat in the back row.",
        "We were in the picture house. It smelled of dust.",
    ],
)
def test_the_dreamer_in_a_cinema_is_set_there(text: str) -> None:
    assert _places(text) == ["cinema", "cinema"]


def test_a_place_the_film_shows_is_no_setting_and_leaving_moves_the_dream() -> None:
    text = (
        "I went to the cinema alone. The film was about the sea, all blue light. "
        "On the screen was a desert. Then I was on a beach."
    )
    assert _places(text) == ["cinema", "cinema", "cinema", "beach"]
