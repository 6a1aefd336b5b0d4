"""The time of day of each sentence, from the time words in the text (assets/daylight.toml):
1 full daylight, 0 night."""

from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass
from functools import cache

from renderer import paths
from renderer.errors import ReverieError
from renderer.mapping.matcher import Token

LEVELS = {"day": 1.0, "morning": 0.85, "dusk": 0.45, "night": 0.0}
NIGHT = 0.0  # a dream that names no time keeps the night's light
NEGATORS = frozenset({"no", "not", "without", "never", "nor"})
SKY_BY_DAY, SKY_BY_NIGHT = frozenset({"sun"}), frozenset({"moon", "stars"})  # sky motifs
QUOTES = ('"', "“", "”")
# a clock time: "3am", "7:52 p.m."
CLOCK = re.compile(r"\b(\d{1,2})(?:[:.]\d{2})?\s?([ap])\.?m\b\.?", re.IGNORECASE)
HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve")
# an hour said in words, with the part of the day that places it: "two in the morning", "at
# 3 o'clock in the morning", "ten at night"; the morning's hours are before noon
PARTS = "in the morning|in the afternoon|in the evening|at night"
SPOKEN = re.compile(
    rf"\b(\d{{1,2}}|{'|'.join(HOURS)})(?:\s+o'?clock)?\s+({PARTS})\b", re.IGNORECASE
)
# who or what can follow "the way" in a comparison ("the way a sunflower turns", not "the way
# home")
COMPARED_SUBJECTS = frozenset(["a", "an", "the", "i", "you", "he", "she", "it", "we", "they"])


@dataclass(frozen=True)
class _Words:
    times: dict[str, float]  # word -> the level it names
    hints: dict[str, float]  # sky word -> the level it hints at
    low_sun: frozenset[str]  # words and word pairs that put the sun low (dawn or dusk)


@cache
def _words() -> _Words:
    path = paths.assets_dir() / "daylight.toml"
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        hints = table.pop("hints")
        low_sun = frozenset(hints.pop("low_sun"))
        return _Words(
            {word: LEVELS[kind] for kind, words in table.items() for word in words},
            {word: LEVELS[kind] for kind, words in hints.items() for word in words},
            low_sun,
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError) as error:
        raise ReverieError(f"{path}: cannot read the time words ({error})") from None


@cache
def time_words() -> frozenset[str]:
    """The single words that name a time of day ("morning", "midnight")."""
    return frozenset(word for word in _words().times if " " not in word)


def _told(text: str, offset: int, tokens: list[Token]) -> list[bool]:
    """Whether each token is the dream's own telling: not negated ('no moon'), not in a
    comparison ('like a summer afternoon', 'as if it were night', 'the way a sunflower turns
    toward morning') and not in someone's quoted words."""
    told = []
    compared = False
    quotes, seen = 0, 0  # quote marks before the token, and where the count got to
    for k, token in enumerate(tokens):
        if token.brk:
            compared = False
        two = (tokens[k - 2].word if k > 1 else "", tokens[k - 1].word if k else "")
        compared = (
            compared
            or two[1] == "like"
            or two in (("as", "if"), ("as", "though"))
            or two == ("the", "way") and token.word in COMPARED_SUBJECTS
        )
        upto = token.start - offset
        quotes += sum(text.count(q, seen, upto) for q in QUOTES)
        seen = upto
        told.append(not (compared or quotes % 2 or two[1] in NEGATORS))
    return told


def _read(text: str, offset: int, tokens: list[Token]) -> tuple[float | None, float | None]:
    """The level of the last time word the sentence tells, and of its last sky hint (each
    None if there is none)."""
    words = _words()
    named = hinted = None
    said = {token.word for token in tokens}
    said.update(f"{a.word} {b.word}" for a, b in itertools.pairwise(tokens))
    low = not words.low_sun.isdisjoint(said)
    previous = ""
    for token, told in zip(tokens, _told(text, offset, tokens), strict=True):
        pair, previous = f"{previous} {token.word}", token.word
        if not told:
            continue
        if token.word in words.times or pair in words.times:
            named = words.times.get(pair, words.times.get(token.word))
        elif token.word in words.hints or pair in words.hints:
            hinted = words.hints.get(pair, words.hints.get(token.word))
            if hinted == LEVELS["day"] and low:
                hinted = LEVELS["dusk"]
    spoken = _spoken_hour(text)  # "two in the morning" is the night, whatever "morning" says
    if spoken is not None:
        return _level_at(spoken), hinted
    return (_clock(text) if named is None else named), hinted


def _spoken_hour(text: str) -> int | None:
    """The hour (0..23) of the first hour said in words with its part of the day ("two in the
    morning": 2, "ten at night": 22, "twelve at night": 0), or None."""
    found = SPOKEN.search(text)
    if found is None:
        return None
    said = found.group(1).lower()
    hour = int(said) if said.isdigit() else HOURS.index(said) + 1
    if found.group(2).lower() == "in the morning":
        return hour % 12
    return 0 if hour == 12 and found.group(2).lower() == "at night" else hour % 12 + 12


def _clock(text: str) -> float | None:
    """The level of the first clock time the text tells ("3am", "at 7:52 p.m.")."""
    found = CLOCK.search(text)
    if found is None:
        return None
    afternoon = found.group(2).lower().startswith("p")
    return _level_at(int(found.group(1)) % 12 + (12 if afternoon else 0))


def _level_at(hour: int) -> float:
    """The level of an hour of the clock (0..23): night from 9 pm to 4 am, dusk at 5 and 6 am
    and from 6 to 8 pm, morning to noon, else day."""
    if hour <= 4 or hour >= 21:
        return LEVELS["night"]
    if hour <= 6 or hour >= 18:
        return LEVELS["dusk"]
    return LEVELS["morning"] if hour < 12 else LEVELS["day"]


def daylight(sentences: list[tuple[str, int, list[Token]]]) -> list[float]:
    """Each sentence's daylight (from its text, its offset in the dream and its tokens): a time
    word holds until the next one; the first sky hint counts while no time has been set; the
    sentences before the first take its level."""
    levels: list[float | None] = []
    current: float | None = None
    for text, offset, tokens in sentences:
        named, hinted = _read(text, offset, tokens)
        if named is not None:
            current = named
        elif current is None:
            current = hinted
        levels.append(current)
    first = next((level for level in levels if level is not None), NIGHT)
    return [first if level is None else level for level in levels]


def in_its_time(motif: str, level: float) -> bool:
    """Whether a sky motif belongs in a sky of this daylight: no sun by night, no moon or stars
    in full day (any other motif belongs at any time)."""
    if motif in SKY_BY_DAY:
        return level > 0.3
    if motif in SKY_BY_NIGHT:
        return level < 0.7
    return True
