"""Load, decode and repair a dream text into a Dream: clean text, paragraphs, sentences.

The cleaned text (Dream.text) is exactly what the narrator speaks:

* Decoding: UTF-8 (with or without BOM), UTF-32/UTF-16 with BOM (and BOM-less UTF-16 that is
  plainly recognisable by its NUL pattern), else legacy 8-bit (cp1252, then latin-1).
* Repair: mojibake is undone with ftfy ("â€“" -> "–", "â€™" -> "'").
* Narration normalization: typographic quotes -> plain ' and "; "…" -> "..."; odd spaces ->
  space; control and zero-width characters removed; whitespace collapsed; at most MAX_MARKS
  combining marks on a letter.
* Language: Dream.language (renderer.language.detect_language).
* Dashes: en and em dashes are kept as written ("–", "—"; "--" becomes "—", a spaced hyphen
  " - " becomes "–"). Used as a pause they get exactly one space on each side ("a — b",
  "a – b"); an en dash between digits stays tight ("1990–1995"). Both mean "pause" to the
  narrator (PAUSE_DASHES) and never end a sentence.
* Markup: RTF, HTML/XML tags, Markdown links and URLs are removed (renderer.markup);
  *emphasis*, _emphasis_, **strong** and __strong__ markers are removed and their spans
  kept in Sentence.emphasis; "#" headings, list bullets and numbers ("2. "), "> " quotes
  and scene breaks ("* * *", "---") are stripped.
* Title: a leading "Title: X" line; or a first "# heading"; or a first line of at most 10
  words without closing punctuation that stands alone (blank line after it) or is Title Cased,
  followed by more text. It is not part of the text. Otherwise the title comes from the file
  name ("glass-orchard.txt" -> "Glass Orchard").
* Paragraphs are separated by blank lines, except where a sentence left open goes on in
  lower case after the blank line; hard-wrapped lines are joined with a space, while lines of
  free length (notes, a thought a line) each end a sentence, with a full stop where the line
  has no closing punctuation; in the text paragraphs are separated by "\\n\\n".
* Sentences carry exact offsets (Dream.text[s.start:s.end] == s.text). A CJK full stop ends
  a sentence too. A sentence of more than LONG_SENTENCE_WORDS words (or LONG_SENTENCE_CHARS of
  speech length) is cut nearest its middle at ";", ":" or a dash, else at a comma, else before
  a conjunction, else at a space (else between characters), until every piece fits: no
  sentence takes much more than 20 s to say. All of it runs in n log n time.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import re
import stat
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from renderer.errors import ReverieError
from renderer.language import detect_language
from renderer.markup import strip_markup

MAX_BYTES = 1_000_000  # larger files are refused before they are read
LONG_SENTENCE_WORDS = 45  # about 20 s of speech at a calm 135 words per minute
LONG_SENTENCE_CHARS = 300  # the same for text whose words are long or not spaced (CJK)
TITLE_MAX_WORDS = 10
MAX_MARKS = 3  # combining marks kept on one letter (Vietnamese and Hebrew need up to three)
PAUSE_DASHES = ("–", "—")


@dataclass(frozen=True)
class Sentence:
    """One sentence; `start`/`end` are offsets into Dream.text, text == Dream.text[start:end]."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str
    emphasis: tuple[tuple[int, int], ...] = ()  # *emphasis* spans (offsets into Dream.text)


@dataclass(frozen=True)
class Dream:
    title: str
    source: str  # the path, or the bundled dream's name
    text: str  # the cleaned text, exactly what is spoken
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) offsets into text
    sentences: tuple[Sentence, ...]
    seed: int  # stable 32-bit seed derived from the text
    language: str = "en"  # ISO 639-1 code of the language it is written in

    @property
    def word_count(self) -> int:
        return len(self.text.split())


# ---------------------------------------------------------------------------------------------
# Public entry points


def read_dream_file(path: str | Path) -> Dream:
    """Read and parse a dream file; any problem with it raises a one-line ReverieError."""
    p = Path(path)
    label = str(path)
    try:
        info = p.stat()
    except FileNotFoundError:
        raise _error(label, "no such file") from None
    except OSError as error:
        raise _error(label, f"cannot read it ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise _error(label, "is a folder, not a dream text file")
    if not stat.S_ISREG(info.st_mode):
        raise _error(label, "is not a regular file")
    if info.st_size > MAX_BYTES:
        raise _error(label, f"is too large ({info.st_size:,} bytes; a dream is at most 1 MB)")
    try:
        with p.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise _error(label, f"cannot read it ({error.strerror or error})") from None
    return parse_dream(raw, source=label)


def parse_dream(raw: bytes | str, source: str, title: str | None = None) -> Dream:
    """Decode, repair and structure a dream. `title` overrides the title found in the text.

    Raises ReverieError (one line, naming `source`) for empty, binary, oversized or
    undecodable input and for input without any letters.
    """
    if len(raw) > MAX_BYTES:
        raise _error(source, f"is too large ({len(raw):,} bytes; a dream is at most 1 MB)")
    if not raw:
        raise _error(source, "is empty")
    text = _decode(raw, source) if isinstance(raw, bytes) else raw
    if not text.strip():
        raise _error(source, "contains only whitespace")
    if _looks_binary(text):
        raise _error(source, "looks like binary data, not text")
    text = _normalize_chars(_repair(strip_markup(text)))
    blocks = _blocks(text)
    found_title, blocks = _take_title(blocks)
    cleaned = (_clean_paragraph(_join_lines(b.lines)) for b in blocks)
    paragraphs = [p for p in cleaned if any(ch.isalnum() for ch in p[0])]  # drop scene breaks
    clean = "\n\n".join(p[0] for p in paragraphs)
    if not any(ch.isalpha() for ch in clean):
        raise _error(source, "contains no words (no letters at all)")
    return _assemble(
        title=title or found_title or title_from_source(source),
        source=source,
        paragraphs=paragraphs,
    )


def title_from_source(source: str) -> str:
    """A readable title from a file name or dream name: "glass-orchard.txt" -> "Glass Orchard"."""
    stem = Path(source.replace("\\", "/")).stem if source else ""
    words = re.sub(r"[\W_]+", " ", stem).split()
    return " ".join(w[:1].upper() + w[1:] for w in words) or "Untitled Dream"


# ---------------------------------------------------------------------------------------------
# Decoding


def _error(source: str, reason: str) -> ReverieError:
    label = " ".join(str(source).split()) or "<dream>"
    return ReverieError(f"{label}: {reason}")


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _decode(raw: bytes, source: str) -> str:
    """Bytes -> str: BOM-declared Unicode, BOM-less UTF-16, UTF-8, else cp1252/latin-1."""
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                raise _error(source, f"cannot be decoded: it starts with a {name} byte-order "
                             f"mark but is not valid {name}") from None
    if b"\x00" in raw:
        utf16 = _bomless_utf16(raw)
        if utf16 is None:
            raise _error(source, "looks like binary data, not text (it contains NUL bytes)")
        return utf16
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in raw if b >= 0x80)
    if high > 0.3 * len(raw):
        raise _error(source, "looks like binary data, not text (mostly non-text bytes)")
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM when its NUL pattern is unmistakable (ASCII-heavy text), else None."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.9 * len(zeros) and other.count(0) < 0.05 * len(other):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


_BINARY_CONTROLS = frozenset(chr(c) for c in (*range(0x20), 0x7F)) - set("\t\n\r\f\v")


def _looks_binary(text: str) -> bool:
    """True when over 5% (and more than two) of the characters are C0 controls (not breaks)."""
    return sum(1 for ch in text if ch in _BINARY_CONTROLS) > max(2, 0.05 * len(text))


# ---------------------------------------------------------------------------------------------
# Repair and character normalization


def _repair(text: str) -> str:
    """Undo mojibake with ftfy (which also uncurls quotes and fixes ligatures and line breaks)."""
    import ftfy

    # A right double quote (E2 80 9D) read as cp1252 loses its last byte: "â€" then stands
    # before plain ASCII. ftfy cannot restore it, so do it first.
    text = _LOST_QUOTE.sub('"', text)
    return _LOST_QUOTE.sub('"', ftfy.fix_text(text))


_LOST_QUOTE = re.compile("â€[\x9d\x8f\x90\x81\x8d]?(?=[\x00-\x7f]|$)")


_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CHAR_MAP = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'", "‹": "'", "›": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
        "―": "—", "‒": "–", "‐": "-", "‑": "-", "…": "...", "\t": " ",
    }
)
_KEEP_FORMAT = frozenset("\u200d")  # zero-width joiner: part of emoji sequences


def _normalize_chars(text: str) -> str:
    """Plain quotes, "..." for "…", one kind of space, no control/zero-width characters, at
    most MAX_MARKS combining marks on a letter (a flood of them is noise, not writing)."""
    text = _LINE_BREAKS.sub("\n", text).translate(_CHAR_MAP)
    return _UNUSUAL.sub(_normalize_run, text)


_UNUSUAL = re.compile(r"[^\n -~]+")  # runs of characters other than printable ASCII


def _normalize_run(match: re.Match[str]) -> str:
    """One run of non-ASCII or control characters, normalized (it follows an ASCII character
    or the start, so its combining marks are counted from zero)."""
    out = []
    marks = 0
    for ch in match.group():
        category = unicodedata.category(ch)
        if category in ("Mn", "Me"):
            marks += 1
            if marks <= MAX_MARKS:
                out.append(ch)
            continue
        marks = 0
        if ch == "\n" or category[0] not in "CZ":
            out.append(ch)
        elif category[0] == "Z":
            out.append(" ")
        elif category == "Co" or ch in _KEEP_FORMAT:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Blocks: paragraphs as lists of lines, markdown structure stripped


@dataclass
class _Block:
    lines: list[str]
    heading: bool = False


_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•●◦▪‣]|\d{1,3}[.)])\s+(.*)$")  # "- item", "2. item"
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_RULE = re.compile(r"^\s*([-*_~=#])(?:\s*\1){2,}\s*$")


def _blocks(text: str) -> list[_Block]:
    """Split into paragraph blocks at blank lines, headings, bullets and scene breaks."""
    blocks: list[_Block] = []
    current: list[str] = []

    def close() -> None:
        if current:
            blocks.append(_Block(current.copy()))
            current.clear()

    gap = False  # a blank line came before this line
    for raw_line in text.split("\n"):
        line = _QUOTE.sub("", raw_line).strip()
        if not line:
            gap = True
            continue
        if gap and not (current and _continues(current[-1], line) and not _heads(blocks, current)):
            close()
        gap = False
        if _RULE.match(line):
            # "Title\n=====" (setext heading) or a scene break
            if len(current) == 1 and line[0] in "=-":
                blocks.append(_Block(current.copy(), heading=True))
                current.clear()
            close()
            continue
        heading = _HEADING.match(line)
        if heading:
            close()
            if heading.group(1):
                blocks.append(_Block([heading.group(1)], heading=True))
            continue
        bullet = _BULLET.match(line)
        if bullet:
            close()
            line = bullet.group(1)
        current.append(line)
    close()
    return blocks


def _heads(blocks: list[_Block], current: list[str]) -> bool:
    """Whether `current` is a short first line standing alone over the text, even in lower
    case ("train to the sea"): a title, not a sentence going on after the blank line."""
    return not blocks and len(current) == 1 and _ends_open(current[0]) and _title_like(current[0])


def _join_lines(lines: list[str]) -> str:
    """A block's lines as one paragraph: hard-wrapped lines join with a space; lines written
    one thought each (notes, free in length) end their sentences where no punctuation does."""
    if _wrapped(lines):
        return " ".join(lines)
    ended = [line + "." if _ends_open(line) else line for line in lines[:-1]]
    return " ".join([*ended, lines[-1]])


def _ends_open(line: str) -> bool:
    """Whether a line of notes ends its thought with no punctuation (not on a word that leads
    on, as in "down to the")."""
    words = line.split()
    return line[-1:].isalnum() and words[-1].lower() not in _LEADS_ON


def _wrapped(lines: list[str]) -> bool:
    """Whether the lines were broken to fit a width: each but the last is too full for the next
    line's first word (one line, too, is just text)."""
    width = max(len(line) for line in lines)
    return all(
        len(line) + 1 + len(following.split()[0]) > width
        for line, following in zip(lines, lines[1:], strict=False)
    )


_LEADS_ON = frozenset(
    [
        "a", "an", "the", "to", "of", "in", "on", "at", "into", "onto", "by", "for", "from",
        "with", "and", "or", "but", "nor", "so", "that", "which", "who", "whose", "my", "your",
        "his", "her", "its", "our", "their", "this", "these", "those", "as", "than", "if",
        "when", "while",
    ]
)


def _continues(previous: str, line: str) -> bool:
    """Does `line`, after a blank line, go on with the sentence `previous` left open?"""
    return line[:1].islower() and not previous.rstrip(_CLOSERS + " ").endswith(_SENTENCE_ENDS)


_SENTENCE_ENDS = tuple(".!?:;。！？")
_TITLE_LINE = re.compile(r"^title\s*:\s*(.+)$", re.IGNORECASE)
_FINAL_PUNCT = ".!?;:,"
_CLOSERS = "\"')]*_"


def _take_title(blocks: list[_Block]) -> tuple[str | None, list[_Block]]:
    """Find the title at the start of the text; return it and the remaining blocks."""
    if not blocks:
        return None, blocks
    first, rest = blocks[0], blocks[1:]
    labelled = _TITLE_LINE.match(first.lines[0])
    if labelled:
        remainder = [_Block(first.lines[1:])] if len(first.lines) > 1 else []
        return _plain(labelled.group(1)) or None, remainder + rest
    line = first.lines[0]
    followed = len(first.lines) > 1 or any(_has_letters(" ".join(b.lines)) for b in rest)
    if not followed or not _title_like(line):
        return None, blocks
    if first.heading or len(first.lines) == 1:
        return _plain(line), rest
    next_line = first.lines[1]
    if _is_title_case(line) and next_line[:1].isupper():
        return _plain(line), [_Block(first.lines[1:]), *rest]
    return None, blocks


def _title_like(line: str) -> bool:
    words = line.split()
    stripped = line.rstrip(_CLOSERS + " ")
    return (
        0 < len(words) <= TITLE_MAX_WORDS
        and _has_letters(line)
        and not stripped.endswith(tuple(_FINAL_PUNCT) + PAUSE_DASHES + ("-",))
    )


_MINOR_WORDS = frozenset(
    ("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "by", "for", "with", "from")
)


def _is_title_case(line: str) -> bool:
    words = [w.strip(_CLOSERS + "(") for w in line.split()]
    major = [w for w in words if w and w.lower() not in _MINOR_WORDS]
    return bool(major) and all(not w[0].isalpha() or w[0].isupper() for w in major)


def _plain(text: str) -> str:
    """A title without markup and with collapsed spaces."""
    return _clean_paragraph(text)[0].strip(" \"'")


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


# ---------------------------------------------------------------------------------------------
# Paragraph cleaning: dashes, ellipses, spaces, emphasis markers


_DASH = re.compile(r"\s*(—|–|--+|(?<=\s)-(?=\s))\s*")
_ELLIPSIS = re.compile(r"\.(?:\s?\.){2,}")
_SPACES = re.compile(" {2,}")
_EMPHASIS = (
    re.compile(r"(?<![\w*])\*\*\*(?=[^\s*])(.{1,500}?)(?<=[^\s*])\*\*\*(?![\w*])"),
    re.compile(r"(?<![\w*])\*\*(?=[^\s*])(.{1,500}?)(?<=[^\s*])\*\*(?![\w*])"),
    re.compile(r"(?<![\w_])__(?=[^\s_])(.{1,500}?)(?<=[^\s_])__(?![\w_])"),
    re.compile(r"(?<![\w*])\*(?=[^\s*])(.{1,500}?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=[^\s_])(.{1,500}?)(?<=[^\s_])_(?![\w_])"),
)
_STRAY_MARK = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)")


def _dash(match: re.Match[str]) -> str:
    dash = match.group(1)
    text, start, end = match.string, match.start(), match.end()
    between_digits = (
        start > 0 and end < len(text) and text[start - 1].isdigit() and text[end].isdigit()
    )
    if dash == "–" and between_digits:
        return "–"
    return f" {'—' if dash.startswith('--') else '–' if dash == '-' else dash} "


def _clean_paragraph(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Normalize one paragraph; return its text and its emphasis spans (paragraph offsets)."""
    text = _ELLIPSIS.sub("...", _DASH.sub(_dash, _SPACES.sub(" ", text)))
    if "*" not in text and "_" not in text:  # no markup: the common, fast case
        return _SPACES.sub(" ", text).strip(" "), []
    chars = list(text)
    span_of = [0] * len(chars)
    keep = [True] * len(chars)
    span_id = 0
    positions = list(range(len(chars)))  # the kept characters, as `view`
    view = text
    for pattern in _EMPHASIS:
        matches = list(pattern.finditer(view))
        for match in matches:
            span_id += 1
            for k in range(match.start(), match.end()):
                i = positions[k]
                if k < match.start(1) or k >= match.end(1):
                    keep[i] = False
                elif not span_of[i]:
                    span_of[i] = span_id
        if matches:
            positions = [i for i in positions if keep[i]]
            view = "".join([chars[i] for i in positions])
    for match in _STRAY_MARK.finditer(view):
        for k in range(match.start(), match.end()):
            keep[positions[k]] = False
    out: list[str] = []
    spans: list[int] = []
    for ch, sid, kept in zip(chars, span_of, keep, strict=True):
        if not kept or (ch == " " and (not out or out[-1] == " ")):
            continue
        out.append(ch)
        spans.append(sid)
    while out and out[-1] == " ":
        out.pop()
        spans.pop()
    return "".join(out), _runs(out, spans)


def _runs(chars: list[str], ids: list[int]) -> list[tuple[int, int]]:
    """Spans of consecutive characters sharing a non-zero id, trimmed of spaces."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(ids):
        if not ids[i]:
            i += 1
            continue
        j = i
        while j < len(ids) and ids[j] == ids[i]:
            j += 1
        start, end = i, j
        while start < end and chars[start] == " ":
            start += 1
        while end > start and chars[end - 1] == " ":
            end -= 1
        if start < end:
            runs.append((start, end))
        i = j
    return runs


# ---------------------------------------------------------------------------------------------
# Sentences


_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_BOUNDARY = re.compile(
    rf"([.!?]+)([\"')\]]*)\s+|[。！？]+[」』）\"']*|[.!?]+(?=[{_CJK}])"  # CJK: no space needed
)
_OPENERS = "\"'([-–—"
_NO_SPLIT_AFTER = frozenset(
    (
        "mr", "mrs", "ms", "mx", "dr", "st", "prof", "sr", "jr", "mt", "ft", "capt", "col",
        "gen", "lt", "sgt", "rev", "fr", "hon", "messrs", "e.g", "i.e", "cf", "viz", "vs",
        "approx", "ca", "fig",
    )
)
_NO_SPLIT_BEFORE_LOWER = frozenset(["a.m", "p.m", "etc", "no"])  # "at 3 a.m. we left"


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    """Does the punctuation run in `match` end a sentence? (Looks only at its neighbours.)"""
    if match.group(1) is None:  # a CJK full stop ends a sentence wherever it stands
        return True
    j = match.end()
    while j < len(text) and text[j] in _OPENERS:
        j += 1
    if j >= len(text):
        return True
    first = text[j]
    punct = match.group(1)
    if punct != "." or match.group(2):  # "...and then", '"Why?" she asked' go on in lower case
        return not first.islower()
    begin = match.start(1)
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    word = text[begin : match.start(1)].lstrip(_OPENERS).lower()
    if word in _NO_SPLIT_AFTER or first.islower() and word in _NO_SPLIT_BEFORE_LOWER:
        return False
    return not (len(word) == 1 and text[match.start(1) - 1].isupper())  # "J. R. Tolkien"


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets within one paragraph, trimmed, none empty, none too long."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_boundary(text, match):
            end = match.end(2) if match.group(1) is not None else match.end()
            spans.append((start, end))
            start = match.end()
    spans.append((start, len(text)))
    pieces = [_trim(text, *piece) for s, e in spans for piece in _Splitter(text, s, e).pieces()]
    return _merge_wordless([(s, e) for s, e in pieces if s < e], text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Where a long sentence may be cut, best first: after ";", ":" or a dash; after a comma;
# before a conjunction; at any space. A cut is the offset where the second piece begins.
_CUT_POINTS = (
    re.compile(r"(?<=[;:])\s|(?<=\s[–—])\s"),
    re.compile(r"(?<=,)\s"),
    re.compile(
        r"\s(?=(?:and|but|or|nor|so|then|yet|while|because|when|whenever|until|till|where|"
        r"though|although|before|after|as|if|unless|since)\b)"
    ),
    re.compile(r"\s+"),
)
_CLAUSE_MIN_WORDS = 3  # a piece cut at a clause keeps at least this many words
_WORD = re.compile(r"\S+")
_WIDE_WEIGHT = 3  # a wide (CJK) character takes about as long to say as three Latin letters


def _speech_length(text: str) -> int:
    """Characters, wide ones counted _WIDE_WEIGHT times: a rough measure of speaking time."""
    if text.isascii():
        return len(text)
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")
    return len(text) + (_WIDE_WEIGHT - 1) * wide


class _Splitter:
    """Cuts one sentence into pieces of at most LONG_SENTENCE_WORDS words and
    LONG_SENTENCE_CHARS speech length, each cut at the best pause point nearest the middle.

    Every search is a bisection in offsets collected once, so the work grows as n log n.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.starts = [m.start() for m in _WORD.finditer(text, start, end)]
        self.cuts: list[list[int]] | None = None  # per _CUT_POINTS pattern, found when needed
        self.span = (start, end)

    def pieces(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        self._split(*self.span, out)
        return out

    def _words(self, start: int, end: int) -> int:
        return bisect_left(self.starts, end) - bisect_left(self.starts, start)

    def _split(self, start: int, end: int, out: list[tuple[int, int]]) -> None:
        if (
            self._words(start, end) <= LONG_SENTENCE_WORDS
            and _speech_length(self.text[start:end]) <= LONG_SENTENCE_CHARS
        ):
            out.append((start, end))
            return
        cut = self._cut(start, end)
        if cut is None:
            out.append((start, end))
            return
        self._split(start, cut, out)
        self._split(cut, end, out)

    def _cut(self, start: int, end: int) -> int | None:
        """The best cut inside (start, end): a pause point, else a space, else a character."""
        if self.cuts is None:
            begin, stop = self.span
            self.cuts = [[m.end() for m in p.finditer(self.text, begin, stop)] for p in _CUT_POINTS]
        middle = (start + end) // 2
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)  # one past the last word starting before `end`
        for level, cuts in enumerate(self.cuts):
            keep = _CLAUSE_MIN_WORDS if level < len(self.cuts) - 1 else 1
            if last - first < 2 * keep:
                continue
            low = self.starts[first + keep - 1] + 1  # `keep` words before the cut
            high = self.starts[last - keep]  # and `keep` words from it on
            cut = _nearest(cuts, middle, low, high)
            if cut is not None:
                return cut
        return _char_cut(self.text, start, end)


def _nearest(points: list[int], target: int, low: int, high: int) -> int | None:
    """The point in sorted `points` within [low, high] nearest `target` (None if none)."""
    i = bisect_left(points, min(max(target, low), high))
    best = None
    for j in (i - 1, i):
        if (
            0 <= j < len(points)
            and low <= points[j] <= high
            and (best is None or abs(points[j] - target) < abs(best - target))
        ):
            best = points[j]
    return best


_SOFT_STOPS = "，、；：,;:"


def _char_cut(text: str, start: int, end: int) -> int | None:
    """A cut in text without spaces (CJK, one endless token): after a CJK comma nearest the
    middle, else at the middle; never before a combining mark."""
    if end - start < 2:
        return None
    middle = (start + end) // 2
    for offset in range(min(middle - start, end - middle) - 1):
        for i in (middle - offset, middle + offset):
            if text[i - 1] in _SOFT_STOPS:
                return i
    cut = middle
    while cut < end - 1 and unicodedata.category(text[cut]).startswith("M"):
        cut += 1
    return cut


_ALNUM = re.compile(r"[^\W_]")


def _merge_wordless(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Fold sentences without any letter or digit (e.g. a lone "...") into a neighbour."""
    merged: list[tuple[int, int]] = []
    pending_start: int | None = None
    for start, end in spans:
        if not _ALNUM.search(text, start, end):
            if merged:
                merged[-1] = (merged[-1][0], end)
            elif pending_start is None:
                pending_start = start
            continue
        if pending_start is not None:
            start, pending_start = pending_start, None
        merged.append((start, end))
    if pending_start is not None:
        merged.append((pending_start, spans[-1][1]))
    return merged


# ---------------------------------------------------------------------------------------------
# Assembly


def _starting_before(spans: list[tuple[int, int]], end: int) -> Iterator[tuple[int, int]]:
    """The leading spans of ordered `spans` that start before `end`."""
    return itertools.takewhile(lambda span: span[0] < end, spans)


def _assemble(
    title: str, source: str, paragraphs: list[tuple[str, list[tuple[int, int]]]]
) -> Dream:
    text = "\n\n".join(p for p, _ in paragraphs)
    para_spans: list[tuple[int, int]] = []
    sentences: list[Sentence] = []
    offset = 0
    for p_index, (para, emphasis) in enumerate(paragraphs):
        para_spans.append((offset, offset + len(para)))
        ends = [b for _, b in emphasis]  # emphasis spans are ordered and do not overlap
        for s, e in _sentence_spans(para):
            marks = tuple(
                (offset + max(a, s), offset + min(b, e))
                for a, b in _starting_before(emphasis[bisect_right(ends, s) :], e)
            )
            sentences.append(
                Sentence(
                    index=len(sentences),
                    paragraph=p_index,
                    start=offset + s,
                    end=offset + e,
                    text=para[s:e],
                    emphasis=marks,
                )
            )
        offset += len(para) + 2
    seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big")
    return Dream(
        title=title,
        source=source,
        text=text,
        paragraphs=tuple(para_spans),
        sentences=tuple(sentences),
        seed=seed,
        language=detect_language(text),
    )
