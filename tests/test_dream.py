"""Reading a dream: decoding, repair, normalization, markup, paragraphs, sentences, bad input."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from renderer.dream import (
    LONG_SENTENCE_WORDS,
    MAX_BYTES,
    Dream,
    parse_dream,
    read_dream_file,
    title_from_source,
)
from renderer.errors import ReverieError

FIXTURES = Path(__file__).parent / "fixtures" / "dreams"
REPO = Path(__file__).resolve().parents[1]


def check_invariants(dream: Dream) -> None:
    """Offsets slice exactly, nothing is empty, paragraphs and emphasis are consistent."""
    text = dream.text
    assert text == text.strip()
    assert "\n\n\n" not in text
    assert 0 <= dream.seed < 2**32
    for start, end in dream.paragraphs:
        assert text[start:end] == text[start:end].strip() != ""
        assert "\n" not in text[start:end]
    assert "\n\n".join(text[s:e] for s, e in dream.paragraphs) == text
    previous_end = 0
    for index, sentence in enumerate(dream.sentences):
        assert sentence.index == index
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert any(ch.isalnum() for ch in sentence.text)
        assert sentence.start >= previous_end
        previous_end = sentence.end
        p_start, p_end = dream.paragraphs[sentence.paragraph]
        assert p_start <= sentence.start < sentence.end <= p_end
        for a, b in sentence.emphasis:
            assert sentence.start <= a < b <= sentence.end
    # every paragraph is fully covered by its sentences (nothing dropped from narration)
    for p_index, (start, end) in enumerate(dream.paragraphs):
        mine = [s for s in dream.sentences if s.paragraph == p_index]
        assert mine and mine[0].start == start and mine[-1].end == end


def sentences(text: str) -> list[str]:
    dream = parse_dream(text, "test.txt")
    check_invariants(dream)
    return [s.text for s in dream.sentences]


# --- decoding ---------------------------------------------------------------------------------

ENCODED = "The river glowed – “a slow current” of café light."
EXPECTED = 'The river glowed – "a slow current" of café light.'


@pytest.mark.parametrize(
    "raw",
    [
        ENCODED.encode("utf-8"),
        codecs.BOM_UTF8 + ENCODED.encode("utf-8"),
        codecs.BOM_UTF16_LE + ENCODED.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ENCODED.encode("utf-16-be"),
        ENCODED.encode("utf-32"),
        ENCODED.encode("cp1252"),
        ENCODED.encode("utf-16-le"),  # no BOM, but an unmistakable NUL pattern
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32", "cp1252", "utf16le-nobom"],
)
def test_decodes_each_encoding(raw: bytes) -> None:
    dream = parse_dream(raw, "x.txt")
    assert dream.text == EXPECTED
    check_invariants(dream)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("utf8-bom.txt", "The river glowed – a slow, luminous current."),
        ("utf16-le-bom.txt", 'The river glowed – "a slow current" of café light.'),
        ("utf16-be-bom.txt", 'The river glowed – "a slow current" of café light.'),
        ("cp1252.txt", 'The café was warm – "quiet" and naïve... I stayed.'),
        ("latin1.txt", "Sur la rivière, la lumière dansait. Ça brillait."),
    ],
)
def test_fixture_files_decode(name: str, expected: str) -> None:
    dream = read_dream_file(FIXTURES / name)
    assert dream.text == expected
    assert dream.source == str(FIXTURES / name)
    assert "\ufeff" not in dream.text


def test_latin1_bytes_undefined_in_cp1252_fall_back() -> None:
    dream = parse_dream(b"Caf\xe9 \x81lights glowed.", "x.txt")
    assert dream.text == "Café lights glowed."


# --- repair and normalization ------------------------------------------------------------------


def test_mojibake_is_repaired() -> None:
    dream = read_dream_file(FIXTURES / "mojibake.txt")
    assert "glass – every leaf" in dream.text
    assert "didn't dare" in dream.text
    assert '"hush"' in dream.text
    assert "â€" not in dream.text and "â" not in dream.text
    assert all("â€" not in s.text for s in dream.sentences)
    assert dream.title == "Glass Orchard"


def test_en_dash_mojibake_becomes_en_dash() -> None:
    assert parse_dream("A leaf â€“ a bell.", "x").text == "A leaf – a bell."
    assert parse_dream("Quotes â€œlostâ€ here.", "x").text == 'Quotes "lost" here.'


def test_quotes_dashes_ellipses_spaces() -> None:
    raw = "“Hush,” she said\u00a0— ‘softly’…  the\u2009moon\u200b glowed--brightly - and\tlow."
    assert parse_dream(raw, "x").text == (
        '"Hush," she said — \'softly\'... the moon glowed — brightly – and low.'
    )


def test_dash_spacing_and_number_ranges() -> None:
    assert parse_dream("Night—and then light.", "x").text == "Night — and then light."
    assert parse_dream("It lasted 1990–1995 here.", "x").text == "It lasted 1990–1995 here."
    assert parse_dream("Dots . . . and more....", "x").text == "Dots ... and more..."


def test_control_characters_removed() -> None:
    assert parse_dream("The lamp\x07 glowed\x1b.", "x").text == "The lamp glowed."


def test_seed_is_stable_and_depends_on_text() -> None:
    a = parse_dream("The river glowed.", "a.txt")
    b = parse_dream(b"The river  glowed.\n", "b.txt")
    c = parse_dream("The river sang.", "a.txt")
    assert a.seed == b.seed != c.seed


# --- markup, title, paragraphs -----------------------------------------------------------------


def test_emphasis_markers_stripped_and_recorded() -> None:
    dream = parse_dream("The *deep red* curtain and **whole** _warm_ room ***glow***.", "x")
    assert dream.text == "The deep red curtain and whole warm room glow."
    spans = [dream.text[a:b] for a, b in dream.sentences[0].emphasis]
    assert spans == ["deep red", "whole", "warm", "glow"]


def test_emphasis_offsets_in_later_sentences() -> None:
    dream = parse_dream("First line here.\n\nThen a *bright* moon. And *more stars*.", "x")
    check_invariants(dream)
    marked = [(s.index, dream.text[a:b]) for s in dream.sentences for a, b in s.emphasis]
    assert marked == [(1, "bright"), (2, "more stars")]


def test_stray_markers_and_snake_case() -> None:
    assert parse_dream("A star * fell on snake_case _ roads.", "x").text == (
        "A star fell on snake_case roads."
    )


def test_markdown_headings_and_bullets() -> None:
    dream = read_dream_file(FIXTURES / "markup.md")
    assert dream.title == "The Velvet Stage"
    assert dream.text == (
        "A curtain of deep red velvet rose.\n\nThe whole theatre held its breath.\n\n"
        "The spotlight was warm, and the stage was wide as a field."
    )
    assert len(dream.paragraphs) == 3
    check_invariants(dream)


def test_paragraphs_and_hard_wraps() -> None:
    raw = "The river was wide\nand slow.\r\n\r\n\n  The moon\n   rose.  \n\n* * *\n\nEnd here."
    dream = parse_dream(raw, "some-dream.txt")
    assert dream.text == "The river was wide and slow.\n\nThe moon rose.\n\nEnd here."
    assert [dream.text[s:e] for s, e in dream.paragraphs] == [
        "The river was wide and slow.",
        "The moon rose.",
        "End here.",
    ]
    assert [s.paragraph for s in dream.sentences] == [0, 1, 2]
    assert dream.title == "Some Dream"


@pytest.mark.parametrize(
    ("raw", "title", "first"),
    [
        ("Glass Orchard\n\nI walked in.", "Glass Orchard", "I walked in."),
        ("Title: Rain City\nIt rained.", "Rain City", "It rained."),
        ("The Ice Whales\nI stood on the ice.", "The Ice Whales", "I stood on the ice."),
        ("I woke up.\n\nThe sky was green.", "My Dream", "I woke up."),
        ("The river was wide\nand slow.", "My Dream", "The river was wide and slow."),
        ("the night the river sang\nIt was long.", "My Dream", "the night the river sang It"),
        ("Only a line without an end", "My Dream", "Only a line without an end"),
        ("One two three four five six seven eight nine ten eleven\n\nMore.", "My Dream", "One"),
    ],
)
def test_title_rule(raw: str, title: str, first: str) -> None:
    dream = parse_dream(raw, "/some/where/my_dream.txt")
    assert dream.title == title
    assert dream.text.startswith(first)


def test_title_argument_overrides() -> None:
    dream = parse_dream("Glass Orchard\n\nI walked in.", "x.txt", title="Given")
    assert dream.title == "Given" and dream.text == "I walked in."


def test_title_from_source() -> None:
    assert title_from_source("seeds/glass-orchard.txt") == "Glass Orchard"
    assert title_from_source("ice_whales") == "Ice Whales"
    assert title_from_source("") == "Untitled Dream"


# --- sentences ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Mr. Ash met Dr. Vale at St. Mary's. They talked.",
            ["Mr. Ash met Dr. Vale at St. Mary's.", "They talked."],
        ),
        (
            "Bring things, e.g. lamps, i.e. light. We went at 3 a.m. The sky broke.",
            ["Bring things, e.g. lamps, i.e. light.", "We went at 3 a.m.", "The sky broke."],
        ),
        (
            "I waited... and waited. Then... Nothing came.",
            ["I waited... and waited.", "Then...", "Nothing came."],
        ),
        (
            '"Come here." She smiled. "Where?" she asked. \'Now!\' He ran.',
            ['"Come here."', "She smiled.", '"Where?" she asked.', "'Now!'", "He ran."],
        ),
        (
            "The sky opened — stars fell. Then silence.",
            ["The sky opened — stars fell.", "Then silence."],
        ),
        (
            "It was 3.5 metres tall and 0.75 wide. Pi is 3.14159!",
            ["It was 3.5 metres tall and 0.75 wide.", "Pi is 3.14159!"],
        ),
        (
            "J. R. R. Tolkien wrote it. Really?! Yes (mostly.) Fine.",
            ["J. R. R. Tolkien wrote it.", "Really?!", "Yes (mostly.)", "Fine."],
        ),
        ("No final punctuation here", ["No final punctuation here"]),
        ('He said "stop". Then "go!" ...', ['He said "stop".', 'Then "go!" ...']),
    ],
)
def test_sentence_splitting(raw: str, expected: list[str]) -> None:
    assert sentences(raw) == expected


def test_wordless_pieces_join_a_neighbour() -> None:
    assert sentences("... The moon rose. !!!") == ["... The moon rose. !!!"]


def test_long_sentence_is_split_at_a_pause() -> None:
    half = " ".join(["glowing river"] * 20)
    raw = f"The {half}; and the {half} — then the {half}, slowly home."
    parts = sentences(raw)
    assert len(parts) >= 2
    assert parts[0].endswith(";") or parts[0].endswith("—")
    assert all(len(p.split()) <= LONG_SENTENCE_WORDS for p in parts)
    assert " ".join(parts) == parse_dream(raw, "x").text


def test_long_sentence_without_pauses_is_cut_between_words() -> None:
    raw = " ".join(["stars"] * 80) + "."
    parts = sentences(raw)
    assert len(parts) == 2
    assert all(len(p.split()) <= LONG_SENTENCE_WORDS for p in parts)
    assert " ".join(parts) == raw


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        ("", "empty"),
        (b" \n\t\r\n ", "whitespace"),
        (b"123 ... 456 !!!\n\n* * *", "no letters"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 10 + b"words", "binary"),
        (bytes(range(0xA0, 0x100)) * 3, "binary"),
        (codecs.BOM_UTF16_LE + b"a\x00b", "decoded"),
        (codecs.BOM_UTF8 + b"ok \xff\xfe", "decoded"),
        (b"a" * (MAX_BYTES + 1), "too large"),
    ],
)
def test_bad_input_raises_one_line(raw: bytes | str, reason: str) -> None:
    with pytest.raises(ReverieError) as info:
        parse_dream(raw, "dreams/bad one.txt")
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("dreams/bad one.txt: ")
    assert reason in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReverieError, match="no such file"):
        read_dream_file(tmp_path / "nope.txt")
    with pytest.raises(ReverieError, match="is a folder"):
        read_dream_file(tmp_path)


def test_large_file_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # a sparse file: huge on paper, cheap to make
        handle.truncate(50 * MAX_BYTES)
    with pytest.raises(ReverieError, match=r"too large \(50,000,000 bytes"):
        read_dream_file(big)


def test_unreadable_file(tmp_path: Path) -> None:
    """A file the user may not read (as root, read it with the effective uid of nobody)."""
    locked = tmp_path / "locked.txt"
    locked.write_text("The moon rose.")
    locked.chmod(0)
    if os.geteuid() != 0:
        with pytest.raises(ReverieError, match="cannot read"):
            read_dream_file(locked)
        return
    for folder in (tmp_path, *tmp_path.parents):  # let nobody reach the file
        folder.chmod(folder.stat().st_mode | 0o001)
    os.seteuid(65534)
    try:
        with pytest.raises(ReverieError, match="cannot read"):
            read_dream_file(locked)
    finally:
        os.seteuid(0)


# --- property tests ---------------------------------------------------------------------------


def parse_or_refuse(raw: bytes | str) -> None:
    try:
        dream = parse_dream(raw, "prop.txt")
    except ReverieError as error:
        assert "\n" not in str(error) and str(error).startswith("prop.txt: ")
        return
    check_invariants(dream)
    assert any(ch.isalpha() for ch in dream.text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes(raw: bytes) -> None:
    parse_or_refuse(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_text(raw: str) -> None:
    parse_or_refuse(raw)


PIECES = st.sampled_from(
    [
        "The", "river", "Mr.", "Dr.", "e.g.", "a.m.", "J.", "3.5", "...", "…", "—", "–", "--", "-",
        '"', "'", "“", "”", "*", "**", "_", "#", "\n", "\n\n", "  ", ".", "?", "!", ";", ":", ",",
        "â€“", "â€™", "glow", "Title:", "\u00a0", "> ", "* * *",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map(" ".join))
def test_tricky_text(raw: str) -> None:
    parse_or_refuse(raw)


# --- the real CLI ------------------------------------------------------------------------------


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("REVERIE_DEBUG", None)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    return env


def bad_files(tmp_path: Path) -> list[Path]:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (MAX_BYTES // 5 + 1))
    return [
        tmp_path / "missing.txt",
        tmp_path,
        FIXTURES / "empty.txt",
        FIXTURES / "whitespace.txt",
        FIXTURES / "binary.bin",
        FIXTURES / "no-letters.txt",
        big,
    ]


def test_cli_bad_input_exits_2_with_one_line(tmp_path: Path, cli_env: dict[str, str]) -> None:
    for path in bad_files(tmp_path):
        result = subprocess.run(
            [sys.executable, "-m", "renderer", "analyze", str(path)],
            cwd=tmp_path, env=cli_env, capture_output=True, text=True, timeout=120,
        )
        assert result.returncode == 2, (path, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (path, result.stderr)
        assert "Traceback" not in result.stderr
        assert lines[0].startswith("reverie: error: ")
        assert path.name in lines[0]
        assert result.stdout == ""


def test_cli_unknown_name_suggests(tmp_path: Path, cli_env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "renderer", "analyze", "glass-orchid"],
        cwd=tmp_path, env=cli_env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "glass-orchard" in result.stderr and "reverie list" in result.stderr


def test_a_numbered_list_is_its_items_without_the_numbers() -> None:
    raw = (
        "Stuck\n\nA list of it.\n\n"
        "1. I was at the top of a wheel.\n2. The fair was dark.\n10) Then I woke."
    )
    dream = parse_dream(raw, "x")
    assert [s.text for s in dream.sentences] == [
        "A list of it.", "I was at the top of a wheel.", "The fair was dark.", "Then I woke."
    ]
    assert parse_dream("In 1999. It rained.", "x").sentences[0].text == "In 1999."
    check_invariants(dream)
