"""Text for speech: numbers, years, times, units and abbreviations read naturally, misspelt
words read as the word they most likely are, and what the narrator is given."""

from __future__ import annotations

import pytest

from renderer.narration.clean import speakable, words_in
from renderer.narration.silent import paced_utterance
from renderer.reading import spoken_forms
from renderer.spelling import closest_word, corrections, edit_cost, is_known


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("In 1999 it rained.", "In nineteen ninety-nine it rained."),
        ("In 2001 and 1905.", "In two thousand and one and nineteen oh-five."),
        ("I woke at 4am.", "I woke at four A M."),
        ("at 5 p.m. sharp", "at five P M sharp"),
        ("at 3:30 and 5:05", "at three thirty and five oh five"),
        ("by 12:00 it ended", "by twelve o'clock it ended"),
        ("a wall 20 ft. tall", "a wall twenty feet tall"),
        ("1 ft of snow", "one foot of snow"),
        ("twenty ft. high", "twenty feet high"),
        ("Dr. Vale lives on Elm Dr. now", "Doctor Vale lives on Elm Drive now"),
        ("St. Clare walked down Main St.", "Saint Clare walked down Main Street."),
        ("Mr. and Mrs. Moon", "Mister and Missus Moon"),
        ("I came w/ my dog bc it was late", "I came with my dog because it was late"),
        ("10,000 birds and 3.5 moons", "ten thousand birds and three point five moons"),
        ("the 1990s and the '80s", "the nineteen nineties and the eighties"),
        ("the 3rd door and the 21st floor", "the third door and the twenty-first floor"),
        ("It cost $5.50, or 50% more.",
         "It cost five dollars and fifty cents, or fifty percent more."),
        ("It was -4°C at 100 km/h.",
         "It was minus four degrees Celsius at one hundred kilometres an hour."),
        ("salt & pepper", "salt and pepper"),
        ("me n jess saw ppl thru the window", "me and jess saw people through the window"),
        ("idk how, it was a U-turn", "I don't know how, it was a U-turn"),
        ("agent 007", "agent zero zero seven"),
    ],
)
def test_written_forms_are_read_naturally(written: str, said: str) -> None:
    assert speakable(written).text == said


def test_spoken_words_map_back_to_the_written_form() -> None:
    text = "In 1999 we met Dr. Vale."
    spoken = speakable(text)
    spans = [spoken.original_span(a, b) for a, b in words_in(spoken.text)]
    written = [text[a:b] for a, b in spans]
    assert written == ["In", "1999", "1999", "1999", "we", "met", "Dr.", "Vale"]


def test_the_silent_narrator_times_the_spoken_words() -> None:
    utterance = paced_utterance("It ended in 1999.", 140, 22050)
    assert [w.text for w in utterance.words] == ["It", "ended", "in", "1999", "1999", "1999"]
    assert utterance.spoken == "It ended in nineteen ninety-nine."


# --- spelling -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typo", "word"),
    [("nxed", "next"), ("teh", "the"), ("definately", "definitely"), ("moutains", "mountains"),
     ("glowng", "glowing"), ("rivr", "river"), ("becuase", "because"), ("thier", "their")],
)
def test_a_misspelt_word_is_read_as_the_closest_likely_word(typo: str, word: str) -> None:
    assert not is_known(typo)
    assert closest_word(typo) == word


@pytest.mark.parametrize(
    "word",
    ["lanternlight", "streetlamp", "unbothered", "bioluminescent", "colour", "realised",
     "grandmother's", "narwhals", "shimmering"],
)
def test_real_words_compounds_and_forms_are_known(word: str) -> None:
    assert is_known(word)


def test_nothing_close_means_no_correction() -> None:
    assert closest_word("xyzzyq") is None
    assert closest_word("koi") is None  # three letters: only a swap is close enough


def test_corrections_are_reported_with_offsets() -> None:
    text = "The nxed morning I saw teh river."
    found = corrections(text, offset=100)
    assert [(c.written, c.read_as) for c in found] == [("nxed", "next"), ("teh", "the")]
    assert all(text[c.start - 100 : c.end - 100] == c.written for c in found)
    assert speakable(text).text == "The next morning I saw the river."


def test_names_and_foreign_sentences_are_not_corrected() -> None:
    assert corrections("Then Elowen and Tamsin rowed to Kerrow.") == []
    assert corrections("Je marchais le long de la rivière avec les lanternes.") == []


def test_weighted_edit_cost() -> None:
    assert edit_cost("teh", "the") == 0.5  # a swap
    assert edit_cost("nxed", "next") == 1.0  # a swap and a sound-alike consonant
    assert edit_cost("rivr", "river") == 1.0
    assert edit_cost("river", "river") == 0.0


def test_readings_never_overlap() -> None:
    forms = spoken_forms("At 4am on 3/4 in 1999 the nxed 20 ft. wall, Dr. Vale w/ 10,000 birds.")
    for (_a0, a1, _), (b0, _b1, _) in zip(forms, forms[1:], strict=False):
        assert a1 <= b0
