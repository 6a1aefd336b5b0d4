"""Hostile and huge dream texts: run-on lines, a megabyte in one paragraph, markup, URLs,
combining-mark floods, other scripts and languages, blank lines inside a sentence."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_dream import check_invariants

from renderer.dream import (
    LONG_SENTENCE_CHARS,
    LONG_SENTENCE_WORDS,
    MAX_BYTES,
    MAX_MARKS,
    parse_dream,
)
from renderer.language import detect_language, speech_choice, voice_for_language
from renderer.markup import strip_markup

REPO = Path(__file__).resolve().parents[1]
SENTENCE = "the lantern drifted over the black river and the moss glowed under the old oaks"
WORDS = SENTENCE.split(" ")


def words(n: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(n))


def test_a_run_on_line_is_cut_into_speakable_pieces() -> None:
    raw = words(5000)  # no punctuation at all
    dream = parse_dream(raw, "runon.txt")
    check_invariants(dream)
    counts = [len(s.text.split()) for s in dream.sentences]
    assert max(counts) <= LONG_SENTENCE_WORDS
    assert min(counts) >= 3
    assert sum(counts) == 5000
    assert len(dream.sentences) >= 5000 // LONG_SENTENCE_WORDS


def test_a_long_sentence_is_cut_at_clauses_before_words() -> None:
    clause = words(20)
    raw = f"{clause}, {clause}; {clause} and {clause}."
    parts = [s.text for s in parse_dream(raw, "x").sentences]
    assert all(len(p.split()) <= LONG_SENTENCE_WORDS for p in parts)
    # every cut falls at a clause mark or before the conjunction, never mid-clause
    for part in parts[:-1]:
        assert part.endswith((",", ";", clause.split()[-1]))
    assert parts[-1].endswith(".")


def test_a_long_run_of_letters_without_spaces_is_cut_between_characters() -> None:
    raw = "我" * 2000 + "。"
    dream = parse_dream(raw, "cjk.txt")
    check_invariants(dream)
    assert len(dream.sentences) > 1
    assert all(len(s.text) * 3 <= LONG_SENTENCE_CHARS for s in dream.sentences)


def test_cjk_full_stops_end_sentences() -> None:
    dream = parse_dream("我走在河边。灯笼漂浮在水面上！月亮升起来了？", "zh.txt")
    # (ftfy turns full-width ！ and ？ into ! and ?)
    expected = ["我走在河边。", "灯笼漂浮在水面上!", "月亮升起来了?"]
    assert [s.text for s in dream.sentences] == expected


def test_a_megabyte_in_one_paragraph_analyses_in_a_subprocess(tmp_path: Path) -> None:
    """`reverie analyze` on 1 MB of prose in a single paragraph completes (it used to take
    minutes: the sentence search was quadratic). The limit is generous; the bench times it."""
    sentence = "The lantern drifted over the black river, and Dr. Vale watched the moss glow. "
    text = (sentence * (MAX_BYTES // len(sentence)))[: MAX_BYTES - 2].rsplit(" ", 1)[0] + "."
    path = tmp_path / "mega.txt"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "renderer", "analyze", str(path), "--json"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count('"index"') >= len(text) // len(sentence)


def test_sentence_work_grows_about_linearly() -> None:
    """Twice the text takes about twice as long, not four times (best of three, CPU time)."""

    def cost(n: int) -> float:
        raw = ("A lamp glowed. " * n) + words(n)
        best = float("inf")
        for _ in range(3):
            began = time.process_time()
            parse_dream(raw, "x")
            best = min(best, time.process_time() - began)
        return best

    small, large = cost(4000), cost(16000)
    assert large < 4 * 2.5 * small  # quadratic work would be 16 times


# --- blank lines inside a sentence ------------------------------------------------------------


def test_a_blank_line_inside_a_sentence_does_not_split_it() -> None:
    raw = "I walked down to the\n\nriver and the lanterns glowed.\n\nThen I woke."
    dream = parse_dream(raw, "x")
    assert [s.text for s in dream.sentences] == [
        "I walked down to the river and the lanterns glowed.",
        "Then I woke.",
    ]
    assert len(dream.paragraphs) == 2


def test_notes_written_a_thought_a_line_are_a_sentence_a_line() -> None:
    raw = (
        "on a train going to the sea but inside it was all wood\n"
        "seats of green velvet and a goat in the aisle\n"
        "out the window just fields then water\n"
        "we kept going under the waves"
    )
    assert [s.text for s in parse_dream(raw, "x").sentences] == [
        "on a train going to the sea but inside it was all wood.",
        "seats of green velvet and a goat in the aisle.",
        "out the window just fields then water.",
        "we kept going under the waves",
    ]


def test_a_short_first_line_over_notes_is_their_title_even_in_lower_case() -> None:
    dream = parse_dream("school flood\n\nwoke up 4am, water in the halls", "x")
    assert dream.title == "school flood"
    assert dream.text == "woke up 4am, water in the halls"


def test_hard_wrapped_prose_is_joined_and_lower_case_sentences_are_split() -> None:
    raw = (
        "I walked down the long hall of the house where I grew up, and every door\n"
        "was open onto a room I had never seen before, lit by a lamp that swung\n"
        "slowly in a wind I could not feel."
    )
    assert len(parse_dream(raw, "x").sentences) == 1
    notes = parse_dream("woke up at 3 a.m. and felt odd. the room was dark. etc. etc.", "x")
    assert [s.text for s in notes.sentences] == [
        "woke up at 3 a.m. and felt odd.",
        "the room was dark.",
        "etc. etc.",
    ]


def test_a_blank_line_after_a_full_stop_still_starts_a_paragraph() -> None:
    dream = parse_dream("The river glowed.\n\nand then it was morning.", "x")
    assert len(dream.paragraphs) == 2


# --- markup, URLs and marks -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<p>The <b>river</b> glowed.</p><p>Then <i>dawn</i>.</p>",
         "The river glowed.\n\nThen dawn."),
        ("The river<br/>glowed &amp; sang.", "The river\nglowed & sang."),
        ('<script>alert("x")</script>The moon <!-- a note -->rose.', "The moon rose."),
        ("See [the river](https://example.com/river \"title\") at night.",
         "See the river at night."),
        ("A map ![a map](map.png) of stars.", "A map of stars."),
        ("Read more at https://example.com/a?b=c, or www.example.org.", "Read more at, or."),
        ("Write to me@example.com today.", "Write to today."),
        ("A <v Evil>voice</v> spoke.", "A voice spoke."),
    ],
)
def test_markup_and_urls_are_removed(raw: str, expected: str) -> None:
    assert strip_markup(raw).replace("  ", " ").strip() == expected


def test_rtf_is_read_as_its_text() -> None:
    raw = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil Calibri;}}"
        r"\pard\f0\fs22 The \b river\b0  glowed in the caf\'e9.\par}"
    )
    dream = parse_dream(raw.encode("ascii"), "dream.rtf")
    assert dream.text == "The river glowed in the café."


def test_markup_is_neither_spoken_nor_imagery() -> None:
    from renderer.mapping import analyze

    raw = '<div class="moon">The <a href="http://river.example/ocean">man</a> waited.</div>'
    dream = parse_dream(raw, "x.html")
    assert dream.text == "The man waited."
    assert all(k.motif not in ("moon", "ocean", "river") for s in analyze(dream).sentences
               for k in s.keywords)


def test_combining_mark_floods_are_cut_to_a_few_per_letter() -> None:
    flood = "".join(["\u0301", "\u0316", "\u0324", "\u0336"] * 50)  # 200 marks on one letter
    dream = parse_dream(f"The ri{flood}ver glowed. Việt Nam.", "x")
    assert dream.text.count("\u0301") + dream.text.count("\u0316") <= MAX_MARKS
    assert "Việt" in dream.text  # a real accent stays
    assert len(dream.text) < 40


def test_a_plain_less_than_sign_is_not_a_tag() -> None:
    assert strip_markup("I love you <3 and 2 < 5 > 1.") == "I love you <3 and 2 < 5 > 1."


# --- language ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I walked down to the river where the fireflies drifted over the black water.", "en"),
        ("Je marchais le long de la rivière, et les lanternes flottaient sur l'eau noire. "
         "Les étoiles brillaient au-dessus des arbres.", "fr"),
        ("Ich ging zum Fluss hinunter, wo die Glühwürmchen über dem schwarzen Wasser "
         "trieben, und der Mond stieg über die Hügel.", "de"),
        ("我走在河边，灯笼漂浮在黑色的水面上。月亮升起来了。", "zh"),
        ("Я шёл вдоль реки, и фонари плыли по чёрной воде, а луна поднималась над холмами.",
         "ru"),
    ],
)
def test_the_language_of_a_dream_is_detected(text: str, code: str) -> None:
    assert detect_language(text) == code
    assert parse_dream(text, "x").language == code


def test_a_voice_is_found_for_a_language() -> None:
    voices = [("en-us", ["en-us"]), ("fr-be", ["fr-be"]), ("fr-fr", ["fr-fr"]), ("cmn", ["cmn"]),
              ("de", ["de"])]
    assert voice_for_language("de", voices) == "de"
    assert voice_for_language("fr", voices) == "fr-fr"
    assert voice_for_language("zh", voices) == "cmn"
    assert voice_for_language("sw", voices) is None


def test_english_or_a_chosen_voice_is_kept_as_asked() -> None:
    assert speech_choice("en", "auto", None).narrator == "auto"
    choice = speech_choice("fr", "auto", "en-gb")
    assert (choice.narrator, choice.voice, choice.note) == ("auto", "en-gb", "")


def test_a_language_without_a_voice_gets_captions_and_a_note() -> None:
    choice = speech_choice("xx", "auto", None)
    assert choice.narrator == "silent"
    assert "captions only" in choice.note and "\n" not in choice.note
