"""The shed: its words (a shed, a garden or potting shed, a workshop, a hut, a shack) read as the
shed and set the scene where the dreamer is inside; the verb ('the trees shed their leaves',
'shed a tear', 'shed light on') does not, and a possessive written without its apostrophe
('back in grandads shed') still names the shed."""

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
        ("I was in the shed.", "shed"),
        ("The shed door creaked open.", "shed"),
        ("The sheds were all locked.", "sheds"),
        ("I was back in grandads shed again.", "shed"),
        ("We stood in my uncles shed for hours.", "shed"),
        ("I hid in the garden shed.", "garden shed"),
        ("The potting shed was warm.", "potting shed"),
        ("He kept it in the tool shed.", "tool shed"),
        ("We hid behind the bike shed.", "bike shed"),
        ("My dad was working in his workshop.", "workshop"),
        ("We sheltered in a hut in the mountains.", "hut"),
        ("The old shack by the river was empty.", "shack"),
        ("There was a lean-to against the barn.", "lean-to"),
        ("The workbench was covered in sawdust.", "workbench"),
    ],
)
def test_the_sheds_words_read_as_the_shed(text: str, words: str) -> None:
    assert _motifs(text).get(words) == "shed", _motifs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The trees shed their leaves.",
        "In autumn the trees shed.",
        "She shed a tear at the wedding.",
        "It shed light on everything.",
        "The snake shed its skin.",
        "He shed his coat and ran.",
        "I have shed ten pounds.",
        "The dog sheds everywhere.",
        "Tears were shed.",
        "The lamp shed a warm glow.",
    ],
)
def test_the_verb_shed_is_no_shed(text: str) -> None:
    assert "shed" not in _motifs(text).values(), _motifs(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was back in grandads shed again. It smelled of creosote.",
        "I was hiding in the shed at the bottom of the garden. Nobody came to look for me.",
        "We sheltered from the storm in a hut. The wind rattled the door.",
        "My dad was working in his workshop. The radio was on.",
    ],
)
def test_the_dreamer_in_a_shed_is_set_there(text: str) -> None:
    assert _places(text) == ["shed", "shed"]


def test_leaving_the_shed_moves_the_dream() -> None:
    assert _places("I was in the garden shed. Then I was on a beach.") == ["shed", "beach"]


def test_trees_shedding_in_a_garden_stay_in_the_garden() -> None:
    text = "The trees shed their leaves in the garden. It was autumn."
    assert _places(text) == ["garden", "garden"]


def test_the_shed_is_no_longer_the_city_nor_the_village() -> None:
    read = _motifs("From the shed I could see the shack and the hut.")
    assert read == {"shed": "shed", "shack": "shed", "hut": "shed"}, read
