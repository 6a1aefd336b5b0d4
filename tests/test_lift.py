"""The lift: the noun in its elevator sense reads as the lift and sets the scene where the
dreamer is inside it; the verb ('the fog lifted'), a ride ('gave me a lift home'), a lift in
spirits and a ski lift do not."""

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
    assert _motifs(text).get(words) == "lift", _motifs(text)


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
    assert "lift" not in _motifs(text).values(), _motifs(text)


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
    assert _places(text) == ["lift", "lift"]


def test_the_doors_opening_onto_a_beach_move_the_dream_there() -> None:
    text = (
        "I was alone in the lift. It only went to eight. "
        "Then the doors opened and I was on a beach."
    )
    assert _places(text) == ["lift", "lift", "beach"]


def test_an_elevator_pitch_is_no_sports_ground() -> None:
    assert set(_motifs("I gave my elevator pitch to the board.").values()) <= {None}


def test_the_elevator_is_no_longer_the_hall() -> None:
    assert _motifs("We waited by the elevator in the lobby.").get("elevator") == "lift"


def test_the_lift_doors_are_a_thing_and_a_lift_opens_onto_a_place() -> None:
    from renderer import pipeline
    from renderer.director import direct
    from renderer.dream import parse_dream

    def settings(text: str) -> list[str | None]:
        plan = pipeline.plan(parse_dream(text, "t"))
        return [s.setting[0] if s.setting else None for s in direct(plan).sentences]

    assert settings("I sat in the office. Then the lift doors opened.") == ["office", "office"]
    assert settings("I waded to the lift. The lift opened onto a car park at night.")[1] == (
        "carpark"
    )
