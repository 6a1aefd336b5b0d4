"""The cinema: its words read as the cinema and set the scene where the dreamer is there; a
film of water, a phone's screen, pictures on a wall and a theatre's stage do not."""

from __future__ import annotations

import pytest
from reading_support import motifs_of, settings_of


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
    assert motifs_of(text).get(words) == "cinema", motifs_of(text)


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
    assert "cinema" not in motifs_of(text).values(), motifs_of(text)


def test_a_theatre_with_a_stage_stays_the_stage() -> None:
    assert settings_of("We saw a play at the theatre. The curtain rose on the stage.") == [
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
    assert settings_of(text) == ["cinema", "cinema"]


def test_a_place_the_film_shows_is_no_setting_and_leaving_moves_the_dream() -> None:
    text = (
        "I went to the cinema alone. The film was about the sea, all blue light. "
        "On the screen was a desert. Then I was on a beach."
    )
    assert settings_of(text) == ["cinema", "cinema", "cinema", "beach"]
