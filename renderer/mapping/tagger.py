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
    try:  # located, not imported: its module needs TextBlob
        spec = find_spec("textblob_aptagger")
    except (ImportError, ValueError):  # blocked in sys.modules
        spec = None
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


class Tagging:
    """Tags for one sentence, computed left to right only as far as they are asked for."""

    def __init__(self, words: list[str], found: Model) -> None:
        self.words = words
        self.model = found
        self.context = [*_START, *(_normal(w) for w in words), *_END]
        self.tags: list[str] = []

    def __getitem__(self, k: int) -> str:
        tags = self.tags
        if k >= len(tags):
            known = self.model.known.get(self.words[k])
            if known is not None:
                return known  # a word with one tag whatever comes before it
            self._extend(k)
        return tags[k]

    def _extend(self, last: int) -> None:
        weights, known, _ = self.model
        context, words, tags = self.context, self.words, self.tags
        prev, prev2 = ([*_START[::-1], *tags])[-1:-3:-1]
        for i in range(len(tags), last + 1):
            word = words[i]
            guess = known.get(word)
            if guess is None:
                j = i + 2
                here, before, after = context[j], context[j - 1], context[j + 1]
                scores = _prior(weights, prev, prev2).copy()
                get = scores.get
                for feature in (
                    "i suffix " + word[-3:],
                    "i pref1 " + word[0],
                    "i word " + here,
                    f"i-1 tag+i word {prev} {here}",
                    "i-1 word " + before,
                    "i-1 suffix " + before[-3:],
                    "i-2 word " + context[j - 2],
                    "i+1 word " + after,
                    "i+1 suffix " + after[-3:],
                    "i+2 word " + context[j + 2],
                ):
                    found = weights.get(feature)
                    if found:
                        for label, weight in found.items():
                            scores[label] = get(label, 0.0) + weight
                guess = _best(scores, self.model.tags)
            tags.append(guess)
            prev2, prev = prev, guess


_PRIORS: dict[tuple[str, str], dict[str, float]] = {}


def _prior(weights: dict[str, dict[str, float]], prev: str, prev2: str) -> dict[str, float]:
    """The summed weights of the features that depend only on the two previous tags (they
    weigh every tag, so they are added up once per pair)."""
    found = _PRIORS.get((prev, prev2))
    if found is None:
        found = {}
        for feature in (
            "bias",
            "i-1 tag " + prev,
            "i-2 tag " + prev2,
            f"i tag+i-2 tag {prev} {prev2}",
        ):
            for label, weight in weights.get(feature, {}).items():
                found[label] = found.get(label, 0.0) + weight
        _PRIORS[prev, prev2] = found
    return found


def _best(scores: dict[str, float], tags: tuple[str, ...]) -> str:
    """The highest-scoring tag, ties to the later name; a tag without a feature scores 0."""
    best = max(scores.items(), key=_score_then_name, default=("", 0.0))
    if best[1] <= 0.0:
        unscored = [t for t in tags if t not in scores]
        if unscored and (best[1] < 0.0 or unscored[-1] > best[0]):
            return unscored[-1]
    return best[0]


def _score_then_name(item: tuple[str, float]) -> tuple[float, str]:
    return item[1], item[0]


def tagging(words: list[str]) -> Tagging | None:
    """Lazy tags ('NN', 'VBZ', 'MD', ...) for `words`, punctuation as words of its own;
    None where no tagger is installed."""
    found = model()
    return None if found is None else Tagging(words, found)
