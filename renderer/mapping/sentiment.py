"""vader's compound sentiment score of a sentence, computed as vader computes it, with less work.

vaderSentiment's polarity_scores() lower-cases the whole sentence again for every rule it
applies to every rated word and also works out scores we never read (pos, neg, neu); here each
sentence is split and lower-cased once and vader's own rules run on those words. The result
is the same float (tests/test_mapper_sentiment.py checks it against polarity_scores()).
"""

from __future__ import annotations

import string
from functools import cache

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    allcap_differential,
    scalar_inc_dec,
)

_NEGATE = frozenset(NEGATE)
_N_SCALAR: float = N_SCALAR
_DAMPING = (1.0, 0.95, 0.9)  # a booster's effect two or three words before a rated word


@cache
def analyzer() -> SentimentIntensityAnalyzer:
    """One shared analyzer: building it reads vader's lexicon files."""
    return SentimentIntensityAnalyzer()


def compound(text: str) -> float:
    """vader's polarity_scores(text)["compound"] (-1..1)."""
    vader = analyzer()
    if not vader.emojis.keys().isdisjoint(text):  # vader spells emojis out first: leave it to it
        return float(vader.polarity_scores(text)["compound"])
    text = text.strip()
    words = [word if word.isalpha() else _strip_punctuation(word) for word in text.split()]
    lowers = [word.lower() for word in words]
    lexicon = vader.lexicon
    cap_diff = allcap_differential(words)
    last = len(words) - 1
    sentiments: list[float] = []
    for i, lower in enumerate(lowers):
        if (
            lower not in lexicon
            or lower in BOOSTER_DICT
            or (lower == "kind" and i < last and lowers[i + 1] == "of")
        ):
            sentiments.append(0)
        else:
            sentiments.append(_word_valence(lexicon, words, lowers, i, cap_diff))
    sentiments = vader._but_check(words, sentiments)
    return float(vader.score_valence(sentiments, text)["compound"])


def _strip_punctuation(word: str) -> str:
    """vader's token: punctuation stripped from both ends, unless that leaves two letters or
    fewer (an emoticon such as ':)' stays whole)."""
    stripped = word.strip(string.punctuation)
    return word if len(stripped) <= 2 else stripped


def _negated(word: str) -> bool:
    word = word.lower()
    return word in _NEGATE or "n't" in word


def _word_valence(
    lexicon: dict[str, float], words: list[str], lowers: list[str], i: int, cap_diff: bool
) -> float:
    """The valence of the rated word i after the words before it (negation, boosters, 'no',
    capitals, idioms, 'least') have had their say: vader's sentiment_valence()."""
    lower = lowers[i]
    valence = lexicon[lower]
    if lower == "no" and i != len(words) - 1 and lowers[i + 1] in lexicon:
        valence = 0.0  # 'no' negates the next rated word instead of counting itself
    if (
        (i > 0 and lowers[i - 1] == "no")
        or (i > 1 and lowers[i - 2] == "no")
        or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ("or", "nor"))
    ):
        valence = lexicon[lower] * _N_SCALAR
    if words[i].isupper() and cap_diff:
        valence = valence + C_INCR if valence > 0 else valence - C_INCR
    for back in range(3):
        k = i - (back + 1)
        if i > back and lowers[k] not in lexicon:
            boost = scalar_inc_dec(words[k], valence, cap_diff)
            if back and boost != 0:
                boost = boost * _DAMPING[back]
            valence = valence + boost
            valence = _negation(valence, lowers, back, i)
            if back == 2:
                valence = _idioms(valence, lowers, i)
    return _least(valence, lexicon, lowers, i)


def _negation(valence: float, lowers: list[str], back: int, i: int) -> float:
    """A negator one to three words before flips and damps the valence; 'never so' and
    'without doubt' are the exceptions (vader's _negation_check)."""
    if back == 0:
        if _negated(lowers[i - 1]):
            valence = valence * _N_SCALAR
    elif back == 1:
        if lowers[i - 2] == "never" and lowers[i - 1] in ("so", "this"):
            valence = valence * 1.25
        elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
            pass
        elif _negated(lowers[i - 2]):
            valence = valence * _N_SCALAR
    else:
        if (lowers[i - 3] == "never" and lowers[i - 2] in ("so", "this")) or lowers[i - 1] in (
            "so",
            "this",
        ):
            valence = valence * 1.25
        elif lowers[i - 3] == "without" and "doubt" in (lowers[i - 2], lowers[i - 1]):
            pass
        elif _negated(lowers[i - 3]):
            valence = valence * _N_SCALAR
    return valence


def _idioms(valence: float, lowers: list[str], i: int) -> float:
    """Fixed phrases around the word ('kiss of death', 'the bomb') set its valence; 'kind of'
    and 'sort of' before it damp it (vader's _special_idioms_check)."""
    onezero = f"{lowers[i - 1]} {lowers[i]}"
    twoonezero = f"{lowers[i - 2]} {lowers[i - 1]} {lowers[i]}"
    twoone = f"{lowers[i - 2]} {lowers[i - 1]}"
    threetwoone = f"{lowers[i - 3]} {lowers[i - 2]} {lowers[i - 1]}"
    threetwo = f"{lowers[i - 3]} {lowers[i - 2]}"
    for sequence in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if sequence in SPECIAL_CASES:
            valence = SPECIAL_CASES[sequence]
            break
    if len(lowers) - 1 > i:
        zeroone = f"{lowers[i]} {lowers[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(lowers) - 1 > i + 1:
        zeroonetwo = f"{lowers[i]} {lowers[i + 1]} {lowers[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


def _least(valence: float, lexicon: dict[str, float], lowers: list[str], i: int) -> float:
    """'least' right before flips the valence, except in 'at least' and 'very least'."""
    before = lowers[i - 1] if i > 0 else ""
    if before != "least" or before in lexicon:
        return valence
    if i > 1:
        return valence if lowers[i - 2] in ("at", "very") else valence * _N_SCALAR
    return valence * _N_SCALAR
