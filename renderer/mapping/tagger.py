"""Part-of-speech tags (Penn Treebank) from the averaged-perceptron weights that ship in the
textblob-aptagger wheel: greedy, left to right, no downloads. Missing package: no tags."""

from __future__ import annotations

import pickle
import sys
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import NamedTuple

_WEIGHTS = "trontagger-0.1.0.pickle"
_START = ("-START-", "-START2-")
_END = ("-END-", "-END2-")


class Model(NamedTuple):
    weights: dict[str, dict[str, float]]  # feature -> tag -> weight
    known: dict[str, str]  # frequent unambiguous words -> their only tag
    tags: tuple[str, ...]  # sorted, so ties break the same way every run


@cache
def model() -> Model | None:
    """The trained weights, read once; None (said once on stderr) where the package is absent."""
    spec = find_spec("textblob_aptagger")  # located, not imported: its module needs TextBlob
    folders = spec.submodule_search_locations if spec else None
    path = Path(next(iter(folders)), _WEIGHTS) if folders else None
    if path is None or not path.is_file():
        print(
            "reverie: textblob-aptagger is not installed; words are read without a tagger",
            file=sys.stderr,
        )
        return None
    with path.open("rb") as file:
        weights, known, tags = pickle.load(file, encoding="latin-1")
    return Model(weights, known, tuple(sorted(tags)))


def _normal(word: str) -> str:
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word[0].isdigit():
        return "!DIGITS"
    return word.lower()


def tag(words: list[str]) -> list[str] | None:
    """One tag per word ('NN', 'VBZ', 'MD', ...); punctuation goes in as its own words.
    None where no tagger is installed."""
    found = model()
    if found is None:
        return None
    weights, known, tags = found
    context = [*_START, *(_normal(w) for w in words), *_END]
    prev, prev2 = _START
    out = []
    for i, word in enumerate(words):
        guess = known.get(word)
        if guess is None:
            j = i + 2
            here, before, after = context[j], context[j - 1], context[j + 1]
            features = (
                "bias",
                "i suffix " + word[-3:],
                "i pref1 " + word[0],
                "i-1 tag " + prev,
                "i-2 tag " + prev2,
                f"i tag+i-2 tag {prev} {prev2}",
                "i word " + here,
                f"i-1 tag+i word {prev} {here}",
                "i-1 word " + before,
                "i-1 suffix " + before[-3:],
                "i-2 word " + context[j - 2],
                "i+1 word " + after,
                "i+1 suffix " + after[-3:],
                "i+2 word " + context[j + 2],
            )
            scores: dict[str, float] = {}
            for feature in features:
                for label, weight in weights.get(feature, {}).items():
                    scores[label] = scores.get(label, 0.0) + weight
            guess = max(tags, key=lambda label: (scores.get(label, 0.0), label))
        out.append(guess)
        prev2, prev = prev, guess
    return out
