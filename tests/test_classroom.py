"""Schools read as the classroom (their own picture), and only where they are a place; a time of
life or a room's use before a place says which place it is, not a figure of speech."""

from __future__ import annotations

import pytest

from renderer import pipeline
from renderer.director import direct, indoors, role_of
from renderer.dream import parse_dream
from renderer.mapping import default_matcher


def found(text: str) -> dict[str, str]:
    """Surface text -> motif of the keywords drawn (idioms weigh nothing and are left out)."""
    return {k.text: k.motif for k in default_matcher().find(text) if not k.idiom}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I was back at my old school.", "school"),
        ("I was back at my old primary school, sitting an exam.", "primary school"),
        ("We ran through the high school at night.", "high school"),
        ("The highschool was empty.", "highschool"),
        ("It was my secondary school, but bigger.", "secondary school"),
        ("I sat in a classroom I had not seen in years.", "classroom"),
        ("The classrooms were flooding.", "classrooms"),
        ("The schoolroom smelled of chalk dust.", "schoolroom"),
        ("The lecture hall was full of strangers.", "lecture hall"),
        ("I gave a talk in a lecture theatre.", "lecture theatre"),
        ("We waited outside the exam hall.", "exam hall"),
        ("The blackboard was covered in numbers.", "blackboard"),
        ("Someone wrote my name on the chalkboard.", "chalkboard"),
        ("The whiteboard was blank.", "whiteboard"),
        ("Everyone sat at school desks.", "school desks"),
        ("I was in the history classroom.", "classroom"),
    ],
)
def test_schools_read_as_the_classroom(text: str, surface: str) -> None:
    assert found(text).get(surface) == "classroom"


@pytest.mark.parametrize(
    "text",
    [
        "After school we walked home.",
        "I always went swimming before school.",
        "It was a school of thought I never liked.",
        "Old school music was playing.",
        "It was a school night in my school days.",
        "I was back in high school chemistry, and the teacher was shouting.",
        "I wore my school uniform to the wedding.",
    ],
)
def test_school_as_a_time_or_a_manner_is_no_place(text: str) -> None:
    assert "classroom" not in found(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "I was on a beach with a girl I knew in high school.",
        "My old teacher from primary school was there too.",
        "I have not seen him since school.",
    ],
)
def test_a_school_as_a_time_of_life_is_no_place(text: str) -> None:
    assert "classroom" not in found(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "I was back in high school.",
        "I was in the school.",
        "I was at school again.",
        "I went back to my old school and it had a strange feel, the way dreams do.",
    ],
)
def test_being_at_school_is_the_place(text: str) -> None:
    assert "classroom" in found(text).values()


def test_a_beach_dream_with_a_friend_from_school_stays_on_the_beach() -> None:
    text = (
        "I was on a beach at night with a girl I knew in high school. The waves were huge. "
        "My old teacher from primary school was there too, holding a lantern."
    )
    script = direct(pipeline.plan(parse_dream(text, "test")))
    assert [d.setting[0] if d.setting else None for d in script.sentences] == ["beach"] * 3


def test_a_school_of_fish_is_fish() -> None:
    assert found("A school of fish turned in the light.").get("school of fish") == "fish"
    minnows = found("A school of minnows flashed past.")
    assert minnows.get("minnows") == "fish" and "school" not in minnows
    tuna = found("Schools of yellow tuna circled us.")
    assert tuna.get("tuna") == "fish" and "Schools" not in tuna


def test_a_school_corridor_is_the_corridor() -> None:
    assert found("I walked down the school corridor.") == {"school corridor": "corridor"}


def test_the_classroom_is_an_indoor_place() -> None:
    assert role_of("classroom") == "place" and "classroom" in indoors()


def test_a_dream_at_school_is_set_in_the_classroom() -> None:
    text = (
        "I was back at my old primary school. The desks were tiny and someone had written my "
        "name on the blackboard. Then I was on a beach, and the sea was warm."
    )
    script = direct(pipeline.plan(parse_dream(text, "test")))
    places = [d.setting[0] if d.setting else None for d in script.sentences]
    assert places == ["classroom", "classroom", "beach"]


@pytest.mark.parametrize(
    ("text", "surface", "motif"),
    [
        ("I was in my childhood bedroom.", "bedroom", "room"),
        ("We went back to my childhood home.", "home", "room"),
        ("We met in the meeting room.", "meeting room", "office"),
        ("I taught in the history classroom.", "classroom", "classroom"),
    ],
)
def test_a_time_of_life_or_a_rooms_use_before_a_place_lets_it_read(
    text: str, surface: str, motif: str
) -> None:
    assert found(text).get(surface) == motif


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I had to figure out my career path.", "path"),
        ("She had a bright future.", "bright"),
        ("My childhood dreams were a sea of expectations.", "sea"),
    ],
)
def test_abstract_words_before_imagery_still_make_a_figure_of_speech(
    text: str, surface: str
) -> None:
    assert surface not in found(text)
