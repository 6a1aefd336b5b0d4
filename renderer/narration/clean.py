"""What the engine is given: the sentence without markup, mojibake or dashes, with numbers,
times, units, abbreviations and misspelt words as they are read aloud (renderer.reading).

Every character of the cleaned text keeps the offset of the original character it
came from (a word read out in several words keeps the span of the whole written form), so
word positions found in the cleaned text map back to the sentence as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from renderer.reading import spoken_forms

# Runs of characters typical of UTF-8 text decoded as cp1252/latin-1 ("â€“", "cafÃ©").
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3\u00e2\u00c5\u00c6\u00ce\u00cf\u00d0\u00d1]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+"
)
_MARKUP = set("*_#~`|^<>[]{}\\")
_DASHES = {"\u2014", "\u2013", "\u2012", "\u2015", "\u2212"}
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\ufffd", "\u00ad"}
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


@dataclass(frozen=True)
class Spoken:
    """The cleaned text and, per character, the offset of its source in the original."""

    text: str
    source: tuple[tuple[int, int], ...]  # per character: [start, end) in the original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the cleaned text to the original text."""
        return self.source[start][0], self.source[end - 1][1]


_Char = tuple[str, tuple[int, int]]


def _plain(text: str, offset: int) -> list[_Char]:
    return [(c, (offset + i, offset + i + 1)) for i, c in enumerate(text)]


def _repair_mojibake(text: str) -> list[_Char]:
    """Characters with their source spans, mojibake runs replaced by their repair."""
    import ftfy

    out: list[_Char] = []
    pos = 0
    for match in _MOJIBAKE.finditer(text):
        out.extend(_plain(text[pos : match.start()], pos))
        fixed = ftfy.fix_text(match.group())
        if _MOJIBAKE.search(fixed) or fixed == match.group():
            fixed = " "  # unrepairable: never read it aloud
        out.extend((c, match.span()) for c in fixed)
        pos = match.end()
    out.extend(_plain(text[pos:], pos))
    return out


def _read_aloud(chars: list[_Char]) -> list[_Char]:
    """Written forms replaced by their spoken words, which keep the written form's span."""
    written = "".join(c for c, _ in chars)
    out: list[_Char] = []
    pos = 0
    for start, end, spoken in spoken_forms(written):
        out.extend(chars[pos:start])
        source = (chars[start][1][0], chars[end - 1][1][1])
        out.extend((c, source) for c in spoken)
        pos = end
    out.extend(chars[pos:])
    return out


def speakable(text: str) -> Spoken:
    """Clean one sentence for a TTS engine (see the module docstring)."""
    chars = _read_aloud(_repair_mojibake(text))
    out: list[_Char] = []
    n = len(chars)
    for i, (c, src) in enumerate(chars):
        prev_c = chars[i - 1][0] if i else " "
        next_c = chars[i + 1][0] if i + 1 < n else " "
        if c in _INVISIBLE or unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs"):
            c = " " if c in "\n\t\r" else ""
        elif c in _DASHES or (c == "-" and (prev_c.isspace() or next_c.isspace() or next_c == "-")):
            c = ","  # a dash is a pause
        elif c == "-" and prev_c == "-":
            c = ""
        elif c in _MARKUP:
            c = " " if c == "_" and prev_c.isalnum() and next_c.isalnum() else ""
        elif c.isspace():
            c = " "
        if c:
            out.append((c, src))
    return _tidy(out)


def _tidy(chars: list[_Char]) -> Spoken:
    """Collapse spaces, drop spaces before punctuation, merge repeated commas, strip ends."""
    out: list[_Char] = []
    for c, src in chars:
        if c == " " and (not out or out[-1][0] == " "):
            continue
        if c == ",":
            while out and out[-1][0] == " ":
                out.pop()
            if not out or out[-1][0] in ",;:.!?":
                continue
        out.append((c, src))
    while out and (out[-1][0] == " " or out[-1][0] == ","):
        out.pop()
    while out and out[0][0] in " ,;:":
        out.pop(0)
    if not any(c.isalnum() for c, _ in out):
        return Spoken("", ())
    return Spoken("".join(c for c, _ in out), tuple(s for _, s in out))


def words_in(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of the words of a text (letters/digits, inner apostrophes)."""
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]
