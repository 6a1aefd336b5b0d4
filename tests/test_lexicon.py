"""The imagery lexicon's integrity: families, terms, colours, no duplicates, a visual per motif."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from renderer.errors import ReverieError
from renderer.mapping.lexicon import FAMILIES, load_lexicon, split_term
from renderer.mapping.matcher import forms
from renderer.mapping.mood import emotion_words
from renderer.paths import assets_dir

HEX = re.compile(r"^#[0-9a-f]{6}$", re.IGNORECASE)
ORIGINAL_MOTIFS = 79


def test_size_and_families() -> None:
    lexicon = load_lexicon()
    assert len(lexicon.motifs) >= max(60, ORIGINAL_MOTIFS)
    assert lexicon.term_count >= 1000
    assert {m.family for m in lexicon.motifs.values()} == set(FAMILIES)
    for motif in lexicon.motifs.values():
        assert motif.family in FAMILIES, motif.name
        assert motif.terms, motif.name
        assert 1 <= len(motif.colors) <= 3 and all(HEX.match(c) for c in motif.colors)


def test_multiword_phrases_are_there() -> None:
    terms = {split_term(t)[0] for m in load_lexicon().motifs.values() for t in m.all_terms}
    for phrase in ("rose gold", "crystalline flower", "heat haze", "threads of light"):
        assert phrase in terms
    assert sum(" " in t for t in terms) >= 150


def test_no_term_in_two_motifs_or_listed_twice() -> None:
    seen: dict[tuple[str, str | None], str] = {}
    for motif in load_lexicon().motifs.values():
        for term in motif.all_terms:
            key = split_term(term)
            assert key not in seen, f"{term!r} in {seen.get(key)} and {motif.name}"
            seen[key] = motif.name
    bare = {text for text, pos in seen if pos is None}
    assert not [text for text, pos in seen if pos is not None and text in bare]


def test_colour_table_and_word_lists() -> None:
    lexicon = load_lexicon()
    assert len(lexicon.colors) >= 80
    assert all(HEX.match(h) for h in lexicon.colors.values())
    for word in ("amethyst", "rose gold", "emerald", "copper", "amber", "violet", "moonlight"):
        assert word in lexicon.colors
    for word in ("perfection", "achievement", "worth", "expectation", "idea"):
        assert word in lexicon.abstract
    assert {"not", "no", "never", "without"} <= lexicon.negators
    assert {"very", "vast", "countless"} <= lexicon.intensifiers


def test_every_colour_word_is_also_imagery() -> None:
    lexicon = load_lexicon()
    terms = {split_term(t)[0] for m in lexicon.motifs.values() for t in m.all_terms}
    assert not [c for c in lexicon.colors if c not in terms]


def test_no_term_is_abstract_or_an_emotion() -> None:
    lexicon = load_lexicon()
    feelings = {"joy", "fear", "grief", "sadness", "happiness", "anger", "love", "dread", "hope"}
    for motif in lexicon.motifs.values():
        for term in motif.all_terms:
            text, _ = split_term(term)
            if " " not in text:
                assert forms(text).isdisjoint(lexicon.abstract), term
                assert text not in feelings, term
    assert feelings & emotion_words()  # the mood side knows them


def test_every_motif_has_a_visual() -> None:
    visuals: set[str] = set()
    for path in sorted((assets_dir() / "visuals").glob("*.toml")):
        visuals |= set(tomllib.loads(path.read_text(encoding="utf-8")).get("motifs", {}))
    if not visuals:
        pytest.skip("no assets/visuals/*.toml yet")
    missing = sorted(set(load_lexicon().motifs) - visuals)
    assert not missing, f"lexicon motifs without a [motifs.X] visual: {missing}"


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ('[motifs.x]\nfamily = "sky"\ncolors = ["#000000"]\nterms = ["a"]\n', "unknown family"),
        ('[motifs.x]\nfamily = "land"\ncolors = ["red"]\nterms = ["a"]\n', "colours"),
        ('[motifs.x]\nfamily = "land"\ncolors = ["#000000"]\nterms = []\n', "no terms"),
        (
            '[motifs.x]\nfamily = "land"\ncolors = ["#000000"]\nterms = ["a"]\n'
            '[motifs.y]\nfamily = "land"\ncolors = ["#000000"]\nterms = ["a"]\n',
            "listed in",
        ),
        ("[motifs.x\n", "cannot read"),
    ],
)
def test_broken_lexicon_is_a_one_line_error(tmp_path: Path, body: str, needle: str) -> None:
    path = tmp_path / "lexicon.toml"
    path.write_text(body)
    with pytest.raises(ReverieError, match=needle):
        load_lexicon(path)


def test_place_nouns_are_read_in_their_nearest_pictured_place_not_as_catch_alls() -> None:
    from renderer.director import roles

    table = tomllib.loads((assets_dir() / "lexicon_places.toml").read_text(encoding="utf-8"))
    lexicon = load_lexicon()
    reading = {split_term(t)[0]: m.name for m in lexicon.motifs.values() for t in m.all_terms}
    moved = {split_term(t)[0]: motif for motif, b in table["motifs"].items() for t in b["terms"]}
    assert len(moved) > 300
    assert all(reading[word] == motif for word, motif in moved.items())
    assert all(roles()[motif] != "generic" for motif in table["motifs"])
    assert reading["anteroom"] == "hall" and reading["guestroom"] == "room"


def test_made_things_no_motif_reads_are_drawn_as_catch_all_objects() -> None:
    table = tomllib.loads((assets_dir() / "lexicon_things.toml").read_text(encoding="utf-8"))
    words = {split_term(t)[0] for t in table["motifs"]["objects"]["terms"]}
    assert {"counter", "cash register"} <= words and len(words) > 300
    motifs = load_lexicon().motifs.values()
    reading = {split_term(t)[0]: m.name for m in motifs for t in m.all_terms}
    # a word the hand-written lexicon has given a motif since the table was made keeps it
    hand = tomllib.loads((assets_dir() / "lexicon.toml").read_text(encoding="utf-8"))["motifs"]
    written = {split_term(t)[0]: m for m, b in hand.items() for t in b["terms"] + b.get("soft", [])}
    assert all(reading[word] == written.get(word, "objects") for word in words)
