"""The mapper's fast paths give exactly what the plain computations give: the compound score
against vaderSentiment's own polarity_scores(), the tokenizer against a regex scan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from renderer.mapping.matcher import tokenize
from renderer.mapping.sentiment import analyzer, compound

# words that reach every one of vader's rules: negators, boosters, 'no', 'least', 'but',
# 'kind of', idioms, capitals, emoticons and emojis, plus rated and unrated words
_VOCABULARY = (
    "no not never isn't without doubt least at very so this but kind sort of or nor extremely "
    "barely the a good bad HAPPY sad love GREAT death kiss die to for beating heart shit bomb "
    "yeah right BAD VERY fear joy calm. great! sad, :) :( 😀 ?! !! river glowing"
)
_VADER_WORDS = _VOCABULARY.split()
_SCAN = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)*)|([.,;:!?()\[\]{}\"“”«»—–…])")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VADER_WORDS), max_size=14), st.sampled_from(["", " ", "!", "??"]))
def test_compound_is_vaders_score(words: list[str], tail: str) -> None:
    text = " ".join(words) + tail
    assert compound(text) == analyzer().polarity_scores(text)["compound"]


def test_compound_on_plain_sentences() -> None:
    for text in (
        "The sea was not calm, but it was beautiful!",
        "At least the stars were kind of lovely.",
        "I was NEVER so happy, no fear or grief at all.",
        "Nothing good happened 😀",
    ):
        assert compound(text) == analyzer().polarity_scores(text)["compound"]


def _scan(text: str, offset: int) -> list[tuple[str, int, int, bool]]:
    """Tokens by one regex pass over words and punctuation (the plain way)."""
    tokens: list[tuple[str, int, int, bool]] = []
    brk = False
    for match in _SCAN.finditer(text):
        if match.lastindex == 2:
            brk = bool(tokens)
            continue
        start, end = match.span()
        word = match.group().lower().replace("’", "'")
        if word.endswith("'s"):
            word, end = word[:-2], end - 2
        tokens.append((word, start + offset, end + offset, brk))
        brk = False
    return tokens


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("abAB'’ s.,;:!?()—…-_19\nİΣςéßﬁ")), max_size=40),
    st.integers(0, 9),
)
def test_tokenize_matches_a_plain_scan(text: str, offset: int) -> None:
    assert [tuple(token) for token in tokenize(text, offset)] == _scan(text, offset)
