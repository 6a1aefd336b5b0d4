"""The lift: the noun in its elevator sense reads as the lift and sets the scene where the
dreamer is inside it; the verb ('the fog lifted'), a ride ('gave me a lift home'), a lift in
spirits and a ski lift do not."""

from __future__ import annotations

import pytest
from reading_support import drawn_of, motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The lift only went to eight.", "lift"),
        ("The mirror in the lift showed me someone older.", "lift"),
        ("We took the lift to the top.", "lift"),
        ("I was stuck in an elevator between floors.", "elevator"),
        ("The elevator doors opened onto a beach.", "elevator doors"),
        ("The lift doors closed very slowly.", "lift doors"),
        ("I stepped into the service lift.", "service lift"),
        ("They sent it up in the goods lift.", "goods lift"),
        ("I looked down the lift shaft.", "lift shaft"),
        ("The old paternoster never stopped moving.", "paternoster"),
    ],
)
def test_the_lifts_words_read_as_the_lift(text: str, words: str) -> None:
    assert motifs_of(text).get(words) == "lift", motifs_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fog lifted over the bay.",
        "He lifted the boat out of the water.",
        "I was lifting weights in a gym.",
        "Help me lift the table.",
        "They lift weights every day.",
        "She gave me a lift home in her car.",
        "He offered me a lift to the station.",
        "The news was a real lift to my spirits.",
        "We rode the ski lift up the mountain.",
        "My aunt had a face lift.",
        "I gave my elevator pitch to the board.",
        "The old monk murmured a paternoster.",
    ],
)
def test_the_verb_a_ride_and_other_lifts_are_no_lift(text: str) -> None:
    assert "lift" not in motifs_of(text).values(), motifs_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was alone in the lift. It only went to eight.",
        "We were stuck in an elevator between floors. Nobody answered the alarm.",
        "I got into the lift with my grandmother. The buttons were warm.",
        "We took the lift up to the roof. It was very slow.",
    ],
)
def test_the_dreamer_in_a_lift_is_set_there(text: str) -> None:
    assert settings_of(text) == ["lift", "lift"]


def test_the_doors_opening_onto_a_beach_move_the_dream_there() -> None:
    text = (
        "I was alone in the lift. It only went to eight. "
        "Then the doors opened and I was on a beach."
    )
    assert settings_of(text) == ["lift", "lift", "beach"]


def test_an_elevator_pitch_is_no_sports_ground() -> None:
    assert set(motifs_of("I gave my elevator pitch to the board.").values()) <= {None}


def test_the_elevator_is_no_longer_the_hall() -> None:
    assert motifs_of("We waited by the elevator in the lobby.").get("elevator") == "lift"


def test_the_lift_doors_are_a_thing_and_a_lift_opens_onto_a_place() -> None:
    assert settings_of("I sat in the office. Then the lift doors opened.") == ["office", "office"]
    text = "I waded to the lift. The lift opened onto a car park at night."
    assert settings_of(text)[1] == "carpark"


def test_the_lift_after_a_ski_lift_is_the_mountains() -> None:
    text = (
        "I was on the mountain. There was a ski lift going up from the car park. "
        "The lift stopped and we were hanging in the fog."
    )
    assert settings_of(text) == ["mountains"] * 3
    assert "lift" not in drawn_of(text)[-1]  # no lift car to stand in up there


@pytest.mark.parametrize(
    "text",
    [
        "We skied down the slope until dark. Then we rode the lift back up.",
        "The skiers queued at the bottom of the piste for the lift.",
        "From the summit we could see the whole valley. The lift creaked on its cable.",
    ],
)
def test_the_lift_on_the_ski_slopes_is_the_chairlift(text: str) -> None:
    assert "chairlift" in motifs_of(text).values(), motifs_of(text)
    assert "lift" not in settings_of(text)


def test_the_lift_in_a_hotel_after_a_mountain_is_still_the_lift() -> None:
    text = "We drove up the mountain to the hotel. I took the lift to the fourth floor."
    assert motifs_of(text).get("lift") == "lift"
