"""Find imagery in text: tokens with offsets, lemmas, phrases before words, weighted keywords."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lemminflect import getAllLemmas, getAllLemmasOOV

from renderer.mapping.lexicon import CORE_WEIGHT, SOFT_WEIGHT, Lexicon, split_term
from renderer.mapping.plan import Keyword

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”«»—–…]")
PHRASE_WEIGHT = 0.95
NEGATED = 0.35  # weight factor for imagery right after a negator
INTENSIFIED = 1.2
EMPHASIZED = 1.3
NEGATION_WINDOW = 4
INTENSIFIER_WINDOW = 2
_DETERMINERS = frozenset(
    "the a an my your his her its our their this that these those every each some any of".split()
)
_VERB_BEFORE = frozenset(
    "i you he she it we they who to can could will would shall should must might may cannot "
    "did does do is are was were am be been being".split()
)
_PARTICLES = frozenset(
    "up into from above over out away toward towards off down back behind beyond across "
    "through for with onto upward upwards again higher high".split()
)
_CLAUSE_TURNS = frozenset("but yet though although however".split())
_COLOR_MODIFIERS = frozenset("pale deep dark soft faint dusky vivid rich muted bright".split())


@dataclass(frozen=True, slots=True)
class Token:
    word: str  # lowercased, possessive 's removed
    start: int
    end: int
    brk: bool  # punctuation between this token and the one before it


@dataclass(frozen=True, slots=True)
class Entry:
    motif: str | None  # None: an idiom, matched only to be ignored
    weight: float
    pos: str | None = None  # NOUN / VERB / ADJ restriction for single words


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words of `text` with offsets (plus `offset`) and clause breaks between them."""
    tokens: list[Token] = []
    prev_end = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group().lower().replace("’", "'")
        if word.endswith("'s"):
            word, end = word[:-2], end - 2
        brk = bool(tokens) and _BREAK.search(text, prev_end, start) is not None
        tokens.append(Token(word, start + offset, end + offset, brk))
        prev_end = match.end()
    return tokens


@lru_cache(maxsize=65536)
def readings(word: str) -> dict[str, tuple[str, ...]]:
    """Part of speech -> lemmas (lemminflect's dictionary, else its out-of-vocabulary rules)."""
    found = getAllLemmas(word)
    if not found and word.isalpha():
        found = {**getAllLemmasOOV(word, "NOUN"), **getAllLemmasOOV(word, "VERB")}
    return {pos: lemmas for pos, lemmas in found.items() if pos in ("NOUN", "VERB", "ADJ")}


@lru_cache(maxsize=65536)
def forms(word: str) -> frozenset[str]:
    """The word and all its lemmas."""
    return frozenset((word, *(lemma for lemmas in readings(word).values() for lemma in lemmas)))


def primary_lemma(word: str) -> str:
    found = readings(word)
    for pos in ("NOUN", "VERB", "ADJ"):
        if found.get(pos):
            return found[pos][0]
    return word


class Matcher:
    """Maps text to keywords using a compiled lexicon index (build once, reuse)."""

    def __init__(self, lexicon: Lexicon, emotions: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        self.words: dict[str, list[Entry]] = {}
        self.phrases: dict[str, list[tuple[tuple[frozenset[str], ...], Entry]]] = {}
        for motif in lexicon.motifs.values():
            for term in motif.terms:
                self._add(term, motif.name, CORE_WEIGHT)
            for term in motif.soft:
                self._add(term, motif.name, SOFT_WEIGHT)
        for idiom in lexicon.idioms:
            self._add(idiom, None, 0.0)
        for entries in self.phrases.values():
            entries.sort(key=lambda item: -len(item[0]))
        self.blocked = lexicon.abstract
        self.after_of_blocked = lexicon.abstract | (emotions - self.words.keys())
        self.colors = lexicon.colors
        self._cache: dict[tuple[str, str | None], Entry | None] = {}

    def _add(self, term: str, motif: str | None, weight: float) -> None:
        text, pos = split_term(term)
        words = [m.group().replace("’", "'") for m in _TOKEN.finditer(text)]
        if len(words) == 1:
            self.words.setdefault(words[0], []).append(Entry(motif, weight, pos))
            return
        pattern = tuple(frozenset((w, primary_lemma(w))) for w in words)
        entry = Entry(motif, PHRASE_WEIGHT if weight == CORE_WEIGHT else weight)
        for key in pattern[0]:
            self.phrases.setdefault(key, []).append((pattern, entry))

    # -- lookup ---------------------------------------------------------------------------

    def _phrase_at(self, tokens: list[Token], i: int) -> tuple[int, Entry | None]:
        best: tuple[int, Entry | None] = (0, None)
        for form in forms(tokens[i].word):
            for pattern, entry in self.phrases.get(form, ()):
                size = len(pattern)
                if size <= best[0] or i + size > len(tokens):
                    continue
                if all(
                    not tokens[i + k].brk and not pattern[k].isdisjoint(forms(tokens[i + k].word))
                    for k in range(1, size)
                ):
                    best = (size, entry)
        return best

    def _lookup(self, word: str, cue: str | None) -> Entry | None:
        key = (word, cue)
        if key not in self._cache:
            self._cache[key] = self._resolve(word, cue)
        return self._cache[key]

    def _resolve(self, word: str, cue: str | None) -> Entry | None:
        found = readings(word)
        drop = None
        if cue == "verb" and "VERB" in found:
            drop = "NOUN"
        elif cue == "noun" and "NOUN" in found:
            drop = "VERB"
        surface_ok = drop is None or word not in found.get(drop, ()) or word in found.get(
            "VERB" if drop == "NOUN" else "NOUN", ()
        )
        candidates: list[tuple[str, str | None]] = [(word, None)] if surface_ok else []
        for pos in ("NOUN", "VERB", "ADJ"):
            if pos != drop:
                candidates.extend((lemma, pos) for lemma in found.get(pos, ()))
        for lemma, pos in candidates:
            for entry in self.words.get(lemma, ()):
                if entry.pos is None or entry.pos == pos:
                    return entry
        return None

    def _cue(self, tokens: list[Token], i: int, after_keyword: bool) -> str | None:
        """'noun' or 'verb' where the neighbours say which reading a homograph has."""
        word = tokens[i].word
        prev = tokens[i - 1].word if i > 0 and not tokens[i].brk else None
        nxt = tokens[i + 1].word if i + 1 < len(tokens) and not tokens[i + 1].brk else None
        if prev in _DETERMINERS:
            return "noun"
        if prev in _VERB_BEFORE or (prev is not None and prev.endswith("n't")):
            return "verb"
        if nxt in _PARTICLES or (nxt is not None and nxt.endswith("ly") and "ADV" in getAllLemmas(nxt)):
            return "verb"
        verbs = readings(word).get("VERB", ())
        if after_keyword and verbs and word not in verbs:
            return "verb"
        return None

    # -- context ----------------------------------------------------------------------------

    def _is_abstract(self, token: Token) -> bool:
        return not forms(token.word).isdisjoint(self.blocked)

    def _abstract_context(self, tokens: list[Token], i: int, j: int) -> bool:
        """'career path', 'bright future', 'sea of expectations': a figure of speech, not imagery."""
        if i > 0 and not tokens[i].brk and self._is_abstract(tokens[i - 1]):
            return True
        k = j
        while k < len(tokens) and not tokens[k].brk and tokens[k].word in _DETERMINERS - {"of"}:
            k += 1
        if k >= len(tokens) or tokens[k].brk:
            return False
        if tokens[k].word == "of":
            k += 1
            while k < len(tokens) and tokens[k].word in _DETERMINERS:
                k += 1
            return k < len(tokens) and not forms(tokens[k].word).isdisjoint(self.after_of_blocked)
        return k - j <= 2 and self._is_abstract(tokens[k])

    def _factor(self, tokens: list[Token], i: int) -> float:
        """Negation (small window before) lowers a weight; an intensifier raises it."""
        factor = 1.0
        lex = self.lexicon
        for back in range(1, NEGATION_WINDOW + 1):
            k = i - back
            if k < 0 or tokens[k + 1].brk or tokens[k].word in _CLAUSE_TURNS:
                break
            word = tokens[k].word
            pair = f"{tokens[k - 1].word} {word}" if k > 0 and not tokens[k].brk else ""
            if word in lex.negators or word.endswith("n't") or pair in lex.negators:
                return NEGATED
            if back <= INTENSIFIER_WINDOW and word in lex.intensifiers:
                factor = INTENSIFIED
        return factor

    def _color_start(self, tokens: list[Token], i: int, taken: int) -> int:
        """Index of the first colour word directly before token i ('pale violet sky')."""
        k = i
        while k - 1 >= taken and not tokens[k].brk and tokens[k - 1].word in self.colors:
            k -= 1
        if k < i and k - 1 >= taken and not tokens[k].brk and tokens[k - 1].word in _COLOR_MODIFIERS:
            k -= 1
        return k

    # -- the pass ---------------------------------------------------------------------------

    def find(
        self, text: str, offset: int = 0, emphasis: tuple[tuple[int, int], ...] = ()
    ) -> list[Keyword]:
        """Keywords in `text` (whose first character sits at `offset` in the dream)."""
        tokens = tokenize(text, offset)
        keywords: list[Keyword] = []
        taken = 0  # tokens before this index belong to an earlier keyword or idiom
        i = 0
        while i < len(tokens):
            size, entry = self._phrase_at(tokens, i)
            if not size:
                size = 1
                if not self._is_abstract(tokens[i]):
                    after = bool(keywords) and taken == i and keywords[-1].end == tokens[i - 1].end
                    entry = self._lookup(tokens[i].word, self._cue(tokens, i, after))
            j = i + size
            if entry is not None and entry.motif and not self._abstract_context(tokens, i, j):
                first = self._color_start(tokens, i, taken)
                start, end = tokens[first].start, tokens[j - 1].end
                weight = entry.weight * self._factor(tokens, first)
                if any(s < end and start < e for s, e in emphasis):
                    weight *= EMPHASIZED
                keywords.append(
                    Keyword(
                        text[start - offset : end - offset],
                        start,
                        end,
                        entry.motif,
                        round(min(1.0, weight), 3),
                    )
                )
                taken = j
            elif entry is not None:
                taken = j
            i = j
        return keywords
