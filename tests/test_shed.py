"""The shed: its words (a shed, a garden or potting shed, a workshop, a hut, a shack) read as the
shed and set the scene where the dreamer is inside; the verb ('the trees shed their leaves',
'shed a tear', 'shed light on') does not, and a possessive written without its apostrophe
('back in grandads shed') still names the shed."""

from __future__ import annotations

import pytest
from reading_support import motifs_of, settings_of


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
    assert motifs_of(text).get(words) == "shed", motifs_of(text)


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
    assert "shed" not in motifs_of(text).values(), motifs_of(text)


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
    assert settings_of(text) == ["shed", "shed"]


def test_leaving_the_shed_moves_the_dream() -> None:
    assert settings_of("I was in the garden shed. Then I was on a beach.") == ["shed", "beach"]


def test_trees_shedding_in_a_garden_stay_in_the_garden() -> None:
    text = "The trees shed their leaves in the garden. It was autumn."
    assert settings_of(text) == ["garden", "garden"]


def test_the_shed_is_no_longer_the_city_nor_the_village() -> None:
    read = motifs_of("From the shed I could see the shack and the hut.")
    assert read == {"shed": "shed", "shack": "shed", "hut": "shed"}, read
