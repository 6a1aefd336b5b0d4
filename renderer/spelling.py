"""Misspelt words read as the word they most likely are ("nxed" -> "next"), and texting
shorthand as the words it stands for ("ppl" -> "people").

A lower-case word is left alone when it is known: in pyspellchecker's English list (about
160,000 words), a form lemminflect knows ("colour", "realised"), a possessive, two known words
run together ("streetlamp"), or a known word with a common prefix or suffix ("unbothered",
"bioluminescent" beside "bioluminescence"); capitalised words are names. Any other word is read
as its closest likely word where one is close:

* candidates are words of symspellpy's frequency list (the ~83,000 commonest words of Google
  Books) with the same first letter (or its first two letters swapped), at most two letters
  longer or shorter and at most four letters apart in letter counts (a numpy filter);
* each is scored by a weighted edit distance (a swapped pair of letters, a neighbouring key, a
  sound-alike letter or a doubled letter cost half an edit) less FREQUENCY_WEIGHT per tenfold
  frequency; the lowest score wins;
* close means a weighted distance of at most _max_cost(len(word)).

A sentence with letters outside ASCII, or where many words are unknown, is likely not English
(or not words) and is left as it is.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from renderer.dream import Dream

FREQUENCY_WEIGHT = 0.3  # edits a tenfold more frequent word may be further away
UNKNOWN_SHARE = 0.4  # a sentence with more unknown words than this is not corrected
MAX_CORRECTIONS = 8  # per sentence: past this, the text is not English prose
# Texting shorthand, read as what it stands for ("me n jess", "so many ppl"): a word on its
# own (not the "u" of "u-bend"); the narrator reads it so only in lower case.
SHORTHAND = {
    "n": "and", "u": "you", "r": "are", "ur": "your", "ppl": "people", "nite": "night",
    "tonite": "tonight", "thru": "through", "tho": "though", "cuz": "because", "coz": "because",
    "pls": "please", "plz": "please", "rly": "really", "abt": "about", "bday": "birthday",
    "idk": "I don't know", "tbh": "to be honest", "btw": "by the way",
}
_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?:['’][A-Za-z]+)*(?![\w'’-])")
_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_SOUND_ALIKE = ("dt", "bp", "gk", "sz", "fv", "ck", "sc", "mn", "ie", "ao", "ou", "ei")


def _max_cost(length: int) -> float:
    """How far a word of this length may be from what it is read as."""
    if length <= 3:
        return 0.5
    if length == 4:
        return 1.0
    return 1.5 if length <= 7 else 2.0


@dataclass(frozen=True)
class Correction:
    """A word as written (text[start:end]) and the word it is read as."""

    start: int
    end: int
    written: str
    read_as: str


def corrections(text: str, offset: int = 0) -> list[Correction]:
    """The misspelt words of one sentence and what each is read as (offsets plus `offset`)."""
    if not text.isascii() and any(ch.isalpha() and not ch.isascii() for ch in text):
        return []  # accented or other letters: likely not English
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    found = [Correction(offset + a, offset + b, w, SHORTHAND[w]) for a, b, w in words
             if w in SHORTHAND]
    unknown = [(a, b, w) for a, b, w in words
               if w.islower() and w not in SHORTHAND and not is_known(w)]
    if not unknown or len(unknown) > max(MAX_CORRECTIONS, UNKNOWN_SHARE * len(words)):
        return found
    for start, end, word in unknown:
        best = closest_word(word)
        if best is not None:
            found.append(Correction(offset + start, offset + end, word, best))
    return found


def dream_corrections(dream: Dream) -> list[Correction]:
    """Every sentence's corrections (offsets into dream.text); none for a non-English dream."""
    if dream.language != "en":
        return []
    return [fix for s in dream.sentences for fix in corrections(s.text, s.start)]


def is_known(word: str) -> bool:
    """An English word (or a possessive or compound of them), in lower case."""
    word = word.replace("’", "'")
    if _known_exactly(word):
        return True
    if word.endswith(("'s", "s'")):
        return _known_exactly(word[:-2] if word.endswith("'s") else word[:-1])
    if word.endswith("nt") and _known_exactly(word[:-1] + "ce"):  # -ent beside -ence
        return True
    affixed = [word[len(p) :] for p in _PREFIXES if word.startswith(p)]
    affixed += [word[: -len(s)] for s in _SUFFIXES if word.endswith(s)]
    if any(len(stem) >= 3 and _known_exactly(stem) for stem in affixed):
        return True
    return any(
        _known_exactly(word[:i]) and _known_exactly(word[i:]) for i in range(3, len(word) - 2)
    )


_PREFIXES = ("un", "re", "non", "mis", "dis", "pre", "over", "under", "out", "half", "semi")
_SUFFIXES = ("s", "es", "ed", "ing", "ly", "ness", "less", "like", "ish", "ful", "y", "er")


def _known_exactly(word: str) -> bool:
    if word in _dictionary():
        return True
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


@lru_cache(maxsize=4096)
def closest_word(word: str) -> str | None:
    """The likeliest word `word` was meant to be, or None when nothing is close enough."""
    limit = _max_cost(len(word))
    best: tuple[float, str] | None = None
    for candidate, count in _candidates(word):
        cost = edit_cost(word, candidate, limit)
        if cost <= limit:
            score = (cost - FREQUENCY_WEIGHT * math.log10(count), candidate)
            if best is None or score < best:
                best = score
    return best[1] if best else None


def _candidates(word: str) -> list[tuple[str, int]]:
    """Frequency-list words that could be within two edits of `word`, with their counts."""
    table = _table()
    short = len(word) <= 3  # one half edit at most: one letter more or less, two counts apart
    starts = {word[0]} | ({word[1]} if len(word) > 1 else set())
    first = np.isin(table.first, [ord(c) for c in starts])
    near = first & (np.abs(table.lengths - len(word)) <= (1 if short else 2))
    rows = np.flatnonzero(near)
    apart = np.abs(table.counts[rows] - _letter_counts(word)).sum(axis=1)
    return [(table.words[i], table.frequency[i]) for i in rows[apart <= (2 if short else 4)]]


def edit_cost(a: str, b: str, limit: float = math.inf) -> float:
    """Weighted optimal-string-alignment distance from `a` (as written) to `b`; any value
    above `limit` once every alignment costs more than it."""
    previous2: list[float] = []
    previous = [float(j) for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        row = [float(i)] + [0.0] * len(b)
        x = a[i - 1]
        for j in range(1, len(b) + 1):
            y = b[j - 1]
            best = previous[j - 1] + (0.0 if x == y else _substitution(x, y))
            best = min(best, previous[j] + _indel(a, i - 1), row[j - 1] + _indel(b, j - 1))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                best = min(best, previous2[j - 2] + 0.5)
            row[j] = best
        if min(row) > limit and min(previous) > limit:  # a swap reaches back two rows
            return math.inf
        previous2, previous = previous, row
    return previous[-1]


def _indel(word: str, i: int) -> float:
    """A letter typed twice (or once instead of twice) costs half."""
    doubled = (i > 0 and word[i - 1] == word[i]) or (i + 1 < len(word) and word[i + 1] == word[i])
    return 0.5 if doubled else 1.0


def _substitution(x: str, y: str) -> float:
    """Neighbouring keys and sound-alike letters cost half."""
    return 0.5 if frozenset((x, y)) in _CHEAP_PAIRS else 1.0


def _neighbour_pairs() -> frozenset[frozenset[str]]:
    pairs = [frozenset(row[i : i + 2]) for row in _KEYBOARD for i in range(len(row) - 1)]
    return frozenset(pairs + [frozenset(pair) for pair in _SOUND_ALIKE])


_CHEAP_PAIRS = _neighbour_pairs()


@cache
def _dictionary() -> frozenset[str]:
    """pyspellchecker's English word list."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="en").word_frequency.dictionary)


@cache
def _frequencies() -> dict[str, int]:
    """symspellpy's Google Books word counts: the words a misspelling may be read as."""
    from importlib.resources import files

    counts = {}
    text = (files("symspellpy") / "frequency_dictionary_en_82_765.txt").read_text("utf-8")
    for line in text.splitlines():
        word, _, count = line.partition(" ")
        if word.isascii() and word.isalpha() and word.islower():
            counts[word] = int(count)
    return counts


@dataclass(frozen=True)
class _Table:
    """The frequency list as arrays: first letter, length and letter counts per word."""

    words: list[str]
    frequency: list[int]
    first: np.ndarray  # code point of the first letter
    lengths: np.ndarray
    counts: np.ndarray  # (words, 26) letter counts


@cache
def _table() -> _Table:
    counts = _frequencies()
    words = list(counts)
    width = max(map(len, words))
    padded = np.frombuffer(
        "".join(w.ljust(width, "{") for w in words).encode("ascii"), np.uint8
    ).reshape(len(words), width)
    letters = np.zeros((len(words), 27), np.int16)  # column 26 counts the padding
    np.add.at(letters, (np.arange(len(words))[:, None], padded - ord("a")), 1)
    return _Table(
        words,
        [counts[w] for w in words],
        padded[:, 0].astype(np.int32),
        np.array([len(w) for w in words], np.int16),
        letters[:, :26],
    )


def _letter_counts(word: str) -> np.ndarray:
    out = np.zeros(26, np.int16)
    for ch in word:
        if "a" <= ch <= "z":
            out[ord(ch) - ord("a")] += 1
    return out
