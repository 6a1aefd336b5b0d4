"""Find imagery in text: tokens with offsets, lemmas, phrases before words, weighted keywords."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import Enum, auto
from functools import lru_cache
from itertools import pairwise
from typing import Final, NamedTuple

from lemminflect import getAllLemmas, getAllLemmasOOV, getInflection

from renderer.mapping.lexicon import CORE_WEIGHT, SOFT_WEIGHT, Lexicon, Sense, split_term
from renderer.mapping.plan import Keyword
from renderer.mapping.tagger import Tagging, tagging
from renderer.spelling import SHORTHAND, closest_word, edit_cost, is_known

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_BREAKS = frozenset('.,;:!?()[]{}"“”«»—–…')  # punctuation that breaks a clause


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PHRASE_WEIGHT = 0.95
NEGATED = 0.35  # weight factor for imagery right after a negator
FIGURATIVE = 0.4  # weight factor for imagery inside a simile or comparison
INTENSIFIED = 1.2
EMPHASIZED = 1.3
NEGATION_WINDOW = 4
IDIOM_FIGURE = 3  # an idiom of this many words is a figure with a picture in it; shorter
# fixed expressions ('last night', 'going nuts') report no imagery words
COMPOUND_HEAD = 4  # shortest head noun that names an unknown closed compound
TYPO_COST = 1.0  # how far a misspelling may be from the term it is read as (spelling.edit_cost)
INTENSIFIER_WINDOW = 2
_DETERMINERS = _words(
    "the a an my your his her its our their this that these those every each some any of"
)
_VERB_BEFORE = _words(
    "i you he she it we they who to can could will would shall should must might may cannot "
    "did does do is are was were am be been being"
)
_PARTICLES = _words(
    "up into from above over out away toward towards off down back behind beyond across "
    "through for with onto upward upwards again higher high in on around sideways backwards "
    "backward forwards forward downward downwards uphill downhill past under beneath below"
)
_LINKS = _words(  # between a thing and its being absent: 'a ship that never came', 'Grandpa
    # himself was not there'
    "that which who would will could did does do was were is are himself herself itself "
    "themselves"
)
_ABSENT = _words("there here came come appeared appear existed exist arrived be return returned")
_TURNING = _words("turn turns turned turning")
# what people do and places do not: a name that does it is one of the cast ('Priya laughed')
_HUMAN_ACTS = _words(
    "say ask tell laugh smile nod shout whisper grin wave shrug sing cry sigh yell scream "
    "mutter giggle frown wink hand give point lean kneel reply answer call grab pick hold "
    "carry wear read write pour buy sell drive cook hug kiss throw stamp kick"
)
_CLOSING_QUOTES = frozenset(['"', "\u201d", "'", "\u2019"])
_SAINTS = _words("st saint")  # the name after them is a saint's: "st brigids", "Saint Agnes"
_KEPT = _words("kept keeps was were is")  # between a name and what it does: 'Priya kept shouting'
_SETTING_OUT = _words("started starts began begins tried tries wanted wants")  # '... to cry'
_WITH_ME = frozenset([("me", "and"), ("i", "and"), ("with",)])  # 'me and Oliver', 'with Dev'
_AND_ME = frozenset([("and", "i"), ("and", "me")])  # 'Oliver and I'
_FACING = _words("toward towards away back")  # where a thing that turns comes to face
_BEFORE_NOW = _words("ago before earlier previously until till yesterday")
_CLAUSE_TURNS = _words("but yet though although however")
_COLOR_MODIFIERS = _words("pale deep dark soft faint dusky vivid rich muted bright")
# idiom slots: "spill one's guts" matches "spilled his guts"
_SLOTS = {
    "one's": _words("my your his her its our their one's"),
    "someone": _words("me you him her it us them someone somebody everyone everybody"),
}
_OPENS = frozenset('"“‘:—–(')  # a capital after these starts a sentence, not a name
_PREPOSITIONS = _words(
    "in on at from into onto under over through across behind beside with without by near "
    "toward towards along around above below beneath between among past"
)
_HEDGES = _words("actual actually literally real really totally seriously honestly about")
# words after "not" that hedge or measure, not negate: 'not far from', 'not sure'
_NOT_NEGATING = _words("far only just merely simply until unlike sooner sure certain")
_TITLES = _words(  # titles and relatives a name follows
    "aunt auntie aunty uncle cousin grandma grandpa granny grandad granddad nan nana nanna "
    "gran mr mrs ms miss dr"
)
_ADDRESS = _words("mr mrs ms miss dr")  # titles of address: the name after one is a person
_VERBAL_NEGATORS = _words("not never longer")  # 'not in the house', 'no longer on it'
_NEW_SUBJECTS = _words("i we he she they")  # pronouns that open a clause of their own
_OBJECT_PRONOUNS = _words("it them me him us this these those")
_PERSONAL_OBJECTS = _words("it them me him us")
_MEASURES = _words("colour color size shape height length width")  # "waves the colour of ink"
_TIMES = _words("next following same day night morning evening afternoon week year time")
_SINGULAR = _words("a an one each every another")
_PLACE_FAMILIES = frozenset(["structures_places", "land", "water"])  # places are among these
# families whose terms are things: written as another part of speech they are actions ('he
# rocked', 'she brushed her teeth', 'they flocked'), unless the verb shows them ('it bloomed')
_THING_FAMILIES = frozenset(
    ("people_figures", "structures_places", "land", "flora", "water", "fauna")
)
_NOUN_BEFORE = frozenset(("DT", "PRP$", "JJ", "JJR", "JJS", "CD", "POS"))
_SUBJECTS = frozenset(("NN", "NNS", "NNP", "NNPS", "PRP", "WDT", "WP", "EX"))
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_SIMILE_WORDS = _words("like as than of way shaped sized resembling resembled resemble resembles")
_SCOPE_ENDS = _words(
    "but yet while when whenever until because so where which who whom whose then although"
)
# parts of a body that a creature shows ('its ears', 'monkeys with white faces'); a person's
# are not imagery, so they count only as a creature's (see Matcher._part_owner)
_BODY_PARTS = _words(
    "head heads face faces eye eyes ear ears nose noses mouth mouths belly bellies neck necks "
    "leg legs foot feet tongue tongues teeth snout snouts flank flanks muzzle muzzles backs"
)
_FIGURE_CUES = _SIMILE_WORDS | _BODY_PARTS  # a figure of speech needs one of these
_PERSONAL = _words("my your our")
_IS = _words("is are was were")
_HUES = _words("red orange yellow green blue purple violet pink brown grey gray white black")
_SHADED = _words(  # "painted mustard yellow", "the same mustard yellow", "a pale grass green"
    "painted dyed turned went gone become became same deep pale dark light bright dull faded"
)
# words that after a verb say no state it comes to: 'still turning even tho there was no
# power', 'the hall tilts like a ship', 'it turned round and round'
_NO_STATE = _words("even still again too like round around")
_CLAUSE_OPENERS = _words("then and suddenly now so just")  # words before a clause's subject
_NAMING = _words("a an two")  # what starts a noun said of a thing: 'its eyes were two moons'
_THEIRS = _words("its their")
_PERSONS = _words("i you we he she they it")  # subjects whose motion may be only denied
_UNREAL = _words(  # (with the apostrophe often left out in a hurried journal)
    "not never would could might may can should cannot will dont didnt cant wont wouldnt "
    "couldnt doesnt isnt wasnt werent"
)
_CHANGE_OF_STATE = _words("into to back from")
# 'like' opening a clause of being, a comparison as 'as if' is: 'like it was a dream'
_LIKE_CLAUSE = [[who, be] for who in ("it", "this", "that", "we", "they", "i", "you", "he", "she")
                for be in ("was", "were", "is", "are")]
_BETWEEN_SUBJECT_AND_VERB = _words(
    "is are was were be been being has have had will would could can did do does that which "
    "still kept keeps keep began begin begun begins started start starts starting to just all "
    "both also then suddenly"
)
_MEASURE_NOUNS = _words("size shape length height colour color")
_TRAITS = _words(  # what a thing has of another, in a figure: 'with the patience of windmills'
    "patience grace dignity calm calmness stillness slowness speed weight strength elegance "
    "silence gentleness softness sadness loneliness fury menace solemnity"
)
_NOT_LIKE = _words("i you we they would could should might will 'd do did don't didn't")
_OBJECT_LEADS = frozenset(["IN", "TO", "VB", "VBD", "VBZ", "VBN", "VBG"])  # '... you' as object
_MODAL_VERBS = _words("would will could might must should shall may")  # a verb follows
_ANYONE = _words("anyone anybody everyone everybody someone somebody")
_AUXILIARIES = _words("do does did have has had can may must shall would could should will")


def _object_you(tokens: list[Token], i: int, tag_of: _Tags) -> bool:
    """Whether the "you" before token i is an object, after a preposition or a verb ("it went
    through you like a cloud"): then no "you like" is said."""
    if i < 2 or tokens[i - 1].word != "you" or tokens[i - 1].brk or tokens[i].brk:
        return False
    lead = tokens[i - 2].word
    return lead not in _NOT_LIKE | _AUXILIARIES and (tag_of(i - 2) or "") in _OBJECT_LEADS


class Token(NamedTuple):
    word: str  # lowercased, possessive 's removed
    start: int
    end: int
    brk: bool  # punctuation between this token and the one before it


_SHORT_WORDS = {short: word for short, word in SHORTHAND.items() if " " not in word}
_new_token = tuple.__new__  # Token(...) without the keyword-argument handling: tokenize is hot


class _Cued(Enum):
    """The mark of a word whose entry depends on its neighbours (see Matcher._cue)."""

    CUED = auto()


_CUED: Final = _Cued.CUED


@dataclass(frozen=True, slots=True)
class Entry:
    motif: str | None  # None: an idiom, matched only to be ignored
    weight: float
    pos: str | None = None  # NOUN / VERB / ADJ restriction for single words
    term: str = ""  # the lexicon's word, for single words
    literal_first: bool = False  # an idiom whose first word means what it says


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words of `text` with offsets (plus `offset`) and clause breaks between them."""
    tokens: list[Token] = []
    lowered = text.isascii()  # lower-case all at once where that keeps every offset
    if lowered:
        text = text.lower()
    pos = 0  # where the previous word's match ended
    for word in _TOKEN.findall(text):
        start = text.find(word, pos)  # no letter lies between pos and the match
        gap = text[pos:start]
        pos = end = start + len(word)
        if not lowered:
            word = word.lower()
        if word in _SHORT_WORDS and text[end : end + 1] != "-":
            word = _SHORT_WORDS[word]  # "me n jess": me and jess
        elif "'" in word or "’" in word:
            word = word.replace("’", "'")
            if word.endswith("'s"):
                word, end = word[:-2], end - 2
        brk = gap != " " and bool(tokens) and not _BREAKS.isdisjoint(gap)
        tokens.append(_new_token(Token, (word, start + offset, end + offset, brk)))
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


def _deletes(word: str) -> set[str]:
    """The word with any one letter dropped."""
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


def primary_lemma(word: str) -> str:
    found = readings(word)
    for pos in ("NOUN", "VERB", "ADJ"):
        if found.get(pos):
            return found[pos][0]
    return word


def _comparative(word: str) -> bool:
    """Whether the word is an adjective's comparative ('taller', 'bigger'; not 'other')."""
    return word.endswith("er") and any(lemma != word for lemma in getAllLemmas(word).get("ADJ", ()))


def _titled(text: str, offset: int, tokens: list[Token], i: int) -> bool:
    """Whether the i-th token is a name after a title or a relative, however it is written:
    'aunt rosa', 'Uncle Bear', 'mrs gold' (not 'my uncle's farm')."""
    if i == 0 or tokens[i].brk or tokens[i - 1].word not in _TITLES:
        return False
    between = text[tokens[i - 1].end - offset : tokens[i].start - offset]
    return between.isspace()


def _addressed(text: str, offset: int, tokens: list[Token], i: int) -> bool:
    """Whether the i-th token is a name after a title of address, so a person: 'Mr Pryce',
    'mrs okafor', 'Miss Kowalski' (not 'I miss Paris': 'Miss' and 'Dr' only as written so)."""
    if not _titled(text, offset, tokens, i) or tokens[i - 1].word not in _ADDRESS:
        return False
    written = text[tokens[i - 1].start - offset : tokens[i].end - offset]
    title, name = written.split()[0], written.split()[-1]
    return tokens[i - 1].word in ("mr", "mrs", "ms") or title[:1].isupper() and name[:1].isupper()


def _after_gerund(tokens: list[Token], i: int) -> bool:
    """Whether the i-th token heads a compound after a gerund and a determiner: 'the milking
    shed', 'a sleeping bag' (a noun, not 'shed' the verb)."""
    return (
        i > 1
        and not tokens[i].brk
        and not tokens[i - 1].brk
        and tokens[i - 1].word.endswith("ing")
        and tokens[i - 2].word in _DETERMINERS
    )


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
        felt = {w for w in emotions - self.words.keys() if _is_noun_only(w)}
        self.after_of_blocked = lexicon.abstract | felt
        self.colors = lexicon.colors
        self._negator_pairs = {n.split()[0] for n in lexicon.negators if " " in n}
        self._cache: dict[tuple[str, str | None], Entry | None] = {}
        self._starts: dict[str, list[tuple[tuple[frozenset[str], ...], Entry]]] = {}
        self._seconds: dict[str, frozenset[str]] = {}  # word -> second words of its phrases
        self._abstract: dict[str, bool] = {}
        self._inert_words: dict[str, bool] = {}
        self._uncued: dict[str, Entry | None | _Cued] = {}  # word -> its entry, or _CUED
        self._verbal: dict[str, bool] = {}
        self._read: dict[str, frozenset[str]] = {}  # word -> _forms_read(word)
        self.senses: dict[str, list[Sense]] = {}
        for sense in lexicon.senses:
            self.senses.setdefault(sense.word, []).append(sense)
        self._letters = "".join(sorted(set().union(*self.words)))  # for one-letter typos

    def _add(self, term: str, motif: str | None, weight: float) -> None:
        text, pos = split_term(term)
        words = [m.group().replace("’", "'") for m in _TOKEN.finditer(text)]
        if len(words) == 1:
            self.words.setdefault(words[0], []).append(Entry(motif, weight, pos, words[0]))
            return
        pattern = tuple(_SLOTS.get(w) or frozenset((w, primary_lemma(w))) for w in words)
        entry = Entry(motif, PHRASE_WEIGHT if weight == CORE_WEIGHT else weight)
        if text.startswith("["):  # '[rain] cats and dogs': it does rain
            entry = Entry(None, 0.0, literal_first=True)
        for key in pattern[0]:
            self.phrases.setdefault(key, []).append((pattern, entry))

    # -- lookup ---------------------------------------------------------------------------

    def _phrases_for(self, word: str) -> list[tuple[tuple[frozenset[str], ...], Entry]]:
        """Phrases that may start at this word, longest first (cached per word)."""
        found = self._starts.get(word)
        if found is None:
            found = [p for form in forms(word) for p in self.phrases.get(form, ())]
            found.sort(key=lambda item: -len(item[0]))
            # _seconds first: another thread that finds the word in _starts reads it next
            self._seconds[word] = frozenset().union(*(pattern[1] for pattern, _ in found))
            self._starts[word] = found
        return found

    def _phrase_at(self, tokens: list[Token], i: int) -> tuple[int, Entry | None]:
        phrases = self._starts.get(tokens[i].word)
        if phrases is None:
            phrases = self._phrases_for(tokens[i].word)
        left = len(tokens) - i
        if (
            not phrases
            or left < 2
            or tokens[i + 1].brk
            or self._seconds[tokens[i].word].isdisjoint(self._forms_read(tokens[i + 1].word))
        ):
            return 0, None  # every phrase has a second word, and none of them is next
        after_article = i > 0 and not tokens[i].brk and tokens[i - 1].word in _ARTICLES
        for pattern, entry in phrases:
            size = len(pattern)
            if size > left:
                continue
            if after_article and size == 2 and entry.motif is None and pattern[1] & _PARTICLES:
                continue  # a noun, no phrasal verb: "a cave in the cliff", "the storm out at sea"
            for k in range(1, size):
                token = tokens[i + k]
                if token.brk or pattern[k].isdisjoint(self._forms_read(token.word)):
                    break
            else:
                return size, entry
        return 0, None

    def _forms_read(self, word: str) -> frozenset[str]:
        """The word's forms, and those of the word it misspells: 'lava feild' is a lava
        field (cached per word)."""
        found = self._read.get(word)
        if found is None:
            meant = self._meant(word) if len(word) >= 4 else None
            found = forms(word) | forms(meant) if meant else forms(word)
            self._read[word] = found
        return found

    def _inert(self, word: str) -> bool:
        """True for a word that can neither start a phrase nor be a term, whatever its
        neighbours (most words): the matcher skips it at the cost of one lookup."""
        found = self._inert_words.get(word)
        if found is None:
            found = not self._phrases_for(word) and all(
                self._lookup(word, cue) is None for cue in (None, "noun", "verb")
            )
            self._inert_words[word] = found
        return found

    def _cue_free(self, word: str) -> Entry | None | _Cued:
        """The word's entry when no cue can change it (most words), else _CUED."""
        found = self._uncued.get(word, _CUED)
        if found is _CUED and word not in self._uncued:
            plain = self._lookup(word, None)
            same = plain == self._lookup(word, "noun") == self._lookup(word, "verb")
            found = self._uncued[word] = plain if same else _CUED
        return found

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
        surface_ok = (
            drop is None
            or word not in found.get(drop, ())
            or word in found.get("VERB" if drop == "NOUN" else "NOUN", ())
        )
        candidates: list[tuple[str, str | None]] = [(word, None)] if surface_ok else []
        for tag in ("NOUN", "VERB", "ADJ"):
            if tag != drop:
                candidates.extend((lemma, tag) for lemma in found.get(tag, ()))
        for lemma, pos in candidates:
            for entry in self.words.get(lemma, ()):
                if entry.pos is None or entry.pos == pos:
                    return entry
        return self._derived(word, found)

    def _derived(self, word: str, found: dict[str, tuple[str, ...]]) -> Entry | None:
        """'swirly', 'pearly', 'greenish' (suffixes on a term, in an adjective or a word the
        lemmatizer does not know: not 'carry' or 'penny'), or in a word the lemmatizer does not
        know, a one-letter typo of a term ('moutains', 'ligthouse') or else a compound."""
        known = getAllLemmas(word)
        for suffix in ("ish", "y") if set(known) <= {"ADJ"} else ():
            if word.endswith(suffix) and len(word) > len(suffix) + 3:
                stem = word[: -len(suffix)]
                for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
                    entry = self._plain(base)
                    if entry is not None:
                        return Entry(entry.motif, min(entry.weight, SOFT_WEIGHT))
        if known or len(word) < 6 or word in _BARE_CONTRACTIONS:
            return None  # ('havent' is 'haven't' written in a hurry, not a 'haven')
        meant = self._meant(word)
        if meant is not None:  # the common word it misspells ('machene': a machine, not the
            return next(  # botanist's 'achene' one letter away)
                (e for m in forms(meant) for e in self.words.get(m, ()) if e.pos is None), None
            )
        for base in {word, *(lemma for lemmas in found.values() for lemma in lemmas)}:
            near_terms = self._inserts(base) or [d for d in _deletes(base) if d in self.words]
            for near in near_terms:
                entry = self._plain(near)
                if entry is not None:
                    return entry
        return self._compound_head(word, found)

    @staticmethod
    def _meant(word: str) -> str | None:
        """The common word the word is a close misspelling of, as the narrator reads it: a
        swapped or a wrong letter ('purpel', 'windsheild'), at most one edit away."""
        if is_known(word):
            return None
        meant = closest_word(word)
        return None if meant is None or edit_cost(word, meant) > TYPO_COST else meant

    def _inserts(self, word: str) -> list[str]:
        """Terms of six letters or more that are the word with one letter added ('moutains')."""
        found = {
            variant
            for k in range(len(word) + 1)
            for letter in self._letters
            if (variant := word[:k] + letter + word[k:]) in self.words and len(variant) >= 6
        }
        return sorted(found)

    def _compound_head(self, word: str, found: dict[str, tuple[str, ...]]) -> Entry | None:
        """A closed compound the lemmatizer does not know: a two-word term written as one
        ('carpark' is a car park); else named by its head noun after a known word: 'narrowboat'
        (boat), 'polytunnels' (tunnel), longest head first, not 'ringmaster' (no 'ringm' before
        'aster'); else by a known modifier before a known word: 'snowline' (snow + line)."""
        for k in range(3, len(word) - 2):
            for pattern, term in self.phrases.get(word[:k], ()):
                if len(pattern) == 2 and term.motif is not None and forms(word[k:]) & pattern[1]:
                    return term
        for base in (word, *found.get("NOUN", ())):
            for k in range(3, len(base) - COMPOUND_HEAD + 1):
                entry = next(
                    (e for e in self.words.get(base[k:], ()) if e.pos in (None, "NOUN")), None
                )
                if entry is not None and is_known(base[:k]):
                    return entry
        for base in (word, *found.get("NOUN", ())):
            for k in range(len(base) - 3, COMPOUND_HEAD - 1, -1):
                if not getAllLemmas(base[k:]):
                    continue
                entry = next(
                    (e for e in self.words.get(base[:k], ()) if e.pos in (None, "NOUN")), None
                )
                if entry is not None:
                    return entry
        return None

    def _plain(self, word: str) -> Entry | None:
        return next((e for e in self.words.get(word, ()) if e.pos is None), None)

    def _cue(self, tokens: list[Token], i: int, after_keyword: bool) -> str | None:
        """'noun' or 'verb' where the neighbours say which reading a homograph has."""
        word = tokens[i].word
        prev = tokens[i - 1].word if i > 0 and not tokens[i].brk else None
        nxt = tokens[i + 1].word if i + 1 < len(tokens) and not tokens[i + 1].brk else None
        if prev in _DETERMINERS:
            return "noun"
        if prev in _VERB_BEFORE or (prev is not None and prev.endswith("n't")):
            return "verb"
        verbs = readings(word).get("VERB", ())
        if not verbs or word in verbs or word.endswith("s"):
            return None  # only a past form ('rose', 'fell', 'left') is told apart by what follows
        adverb = nxt is not None and nxt.endswith("ly") and "ADV" in getAllLemmas(nxt)
        if after_keyword or nxt in _PARTICLES or adverb:
            return "verb"
        return None

    # -- context ----------------------------------------------------------------------------

    def _is_abstract(self, token: Token) -> bool:
        found = self._abstract.get(token.word)
        if found is None:
            found = self._abstract[token.word] = not forms(token.word).isdisjoint(self.blocked)
        return found

    def _abstract_context(self, tokens: list[Token], i: int, j: int, motif: str) -> bool:
        """'career path', 'bright future', 'sea of expectations': figures of speech (not 'my
        childhood bedroom' or 'the history classroom': a place's modifier says which one)."""
        if i > 0 and not tokens[i].brk and self._is_abstract(tokens[i - 1]):
            return not (
                self.lexicon.motifs[motif].family == "structures_places"
                and not forms(tokens[i - 1].word).isdisjoint(self.lexicon.place_modifiers)
            )
        k = j
        while k < len(tokens) and not tokens[k].brk and tokens[k].word in _ARTICLES:
            k += 1
        if k >= len(tokens) or tokens[k].brk:
            return False
        if tokens[k].word == "of":
            if forms(tokens[j - 1].word).isdisjoint(self.lexicon.measures):
                return False
            k += 1
            while k < len(tokens) and tokens[k].word in _DETERMINERS:
                k += 1
            return k < len(tokens) and not forms(tokens[k].word).isdisjoint(self.after_of_blocked)
        return k - j <= 2 and self._is_abstract(tokens[k])

    def _negator(self, tokens: list[Token], k: int) -> bool:
        token = tokens[k]
        word = token.word
        negators = self.lexicon.negators
        if k + 1 < len(tokens) and tokens[k + 1].word in _NOT_NEGATING:
            return False  # 'not far from the pier', 'not only the moon'
        if word in negators or word.endswith("n't"):
            return True
        if k == 0 or token.brk or tokens[k - 1].word not in self._negator_pairs:
            return False
        return f"{tokens[k - 1].word} {word}" in negators

    def _factor(self, tokens: list[Token], i: int, j: int) -> float:
        """Negation lowers a weight ('no stars', 'a ship that never came'); an intensifier
        right before raises it."""
        factor = 1.0
        for back in range(1, NEGATION_WINDOW + 1):
            k = i - back
            if k < 0 or tokens[k + 1].brk or tokens[k].word in _CLAUSE_TURNS:
                break
            if back > 1 and tokens[k + 1].word in _NEW_SUBJECTS:
                break  # a new clause's subject: 'i had no idea we were at sea', 'no cap we
                # were in space'
            if k > 0 and tokens[k].word in _PREPOSITIONS - {"without"}:
                before = tokens[k - 1].word
                if before not in _VERBAL_NEGATORS | _DETERMINERS and "n't" not in before:
                    break  # where what is not there is: 'no goats in the fields', 'nobody on
                    # the beach' (but 'I was not in the house')
            if self._negator(tokens, k):
                return NEGATED
            if back <= INTENSIFIER_WINDOW and tokens[k].word in self.lexicon.intensifiers:
                factor = INTENSIFIED
        k = j  # after the term: 'a ship that never came', 'the tide would not be coming'
        while k < j + 3 and k < len(tokens) and not tokens[k].brk and tokens[k].word in _LINKS:
            k += 1
        if (
            k + 1 < len(tokens)
            and tokens[k + 1].word in _ABSENT
            and not tokens[k].brk
            and not tokens[k + 1].brk
            and self._negator(tokens, k)
            and not self._absent_only_before(tokens, k + 2)
        ):
            return NEGATED
        if _vanished(tokens, j):
            return NEGATED
        return factor

    @staticmethod
    def _absent_only_before(tokens: list[Token], k: int) -> bool:
        """'a platform that wasn't there a second ago': absent once, there now."""
        while k < len(tokens) and not tokens[k].brk:
            if tokens[k].word in _BEFORE_NOW:
                return True
            k += 1
        return False

    def _color_start(self, tokens: list[Token], i: int, taken: int) -> int:
        """Index of the first colour word directly before token i ('pale violet sky')."""
        k = i
        while k - 1 >= taken and not tokens[k].brk and tokens[k - 1].word in self.colors:
            k -= 1
        modifier = k - 1 >= taken and tokens[k - 1].word in _COLOR_MODIFIERS
        if k < i and modifier and not tokens[k].brk:
            k -= 1
        return k

    def _named(
        self, text: str, offset: int, token: Token, entry: Entry, names: frozenset[str]
    ) -> bool:
        """A capitalized proper name ('Pickle'); kin and figures ('Grandma') stay imagery."""
        return (
            token.word in names
            and text[token.start - offset].isupper()
            and entry.motif is not None
            and self.lexicon.motifs[entry.motif].family != "people_figures"
        )

    def _person_by_name(
        self, text: str, offset: int, tokens: list[Token], i: int, names: frozenset[str]
    ) -> bool:
        """A name of the dream ('Ray', 'Priya') that does what people do: it says, laughs,
        nods, carries or hands something over, at once, after 'kept' or 'was' ('Priya kept
        shouting') or after starting to ('Ottilie started to cry'), or that is with the dreamer
        ('me and Oliver', 'with Dev'): one of the cast, drawn as a figure, unless it names
        someone just named ('my colleague Gerald'). A place does none of it ('Paris was
        dark')."""
        token = tokens[i]
        if token.word not in names or not text[token.start - offset].isupper():
            return False
        if i > 0 and not token.brk:  # "my colleague Gerald": the colleague is read already
            before = self._lookup(tokens[i - 1].word, "noun")
            if before is not None and before.motif in self.lexicon.people:
                return False
        if _beside_the_dreamer(tokens, i):
            return True
        k = i + 1
        if k < len(tokens) and not tokens[k].brk and tokens[k].word in _KEPT:
            k += 1
        if k + 1 < len(tokens) and tokens[k].word in _SETTING_OUT and tokens[k + 1].word == "to":
            k += 2  # 'Ottilie started to cry'
        if k >= len(tokens) or tokens[k].brk:
            return False
        return not _HUMAN_ACTS.isdisjoint(readings(tokens[k].word).get("VERB", ()))

    # -- reading in context -----------------------------------------------------------------

    def _verbal_homograph(self, word: str) -> bool:
        """'stands', 'can', 'wound', 'mars': a word that may be a verb or modal as written."""
        found = self._verbal.get(word)
        if found is None:
            known = getAllLemmas(word)
            found = "VERB" in known or "AUX" in known or ("NOUN" not in known and bool(known))
            self._verbal[word] = found
        return found

    def _not_a_thing(
        self, entry: Entry, word: str, tokens: list[Token], tag_of: _Tags, i: int
    ) -> bool:
        """A noun term read as a verb or modal: 'she stands', 'I can', 'he wound the clock',
        'fog mars the view', 'a guarded door'. Verbs that show their motif stay: motion
        ('drifted'), a visible verb ('it rains'), a verb of light or weather ('glowed')."""
        if entry.weight != CORE_WEIGHT or entry.pos == "VERB" or not self._verbal_homograph(word):
            return False
        assert entry.motif is not None
        family = self.lexicon.motifs[entry.motif].family
        if family == "motion_transformation":
            return False
        as_noun = word == entry.term or "NOUN" in getAllLemmas(word)  # written as the noun is
        modal = i > 0 and not tokens[i].brk and tokens[i - 1].word in _MODAL_VERBS
        nxt = tokens[i + 1].word if i + 1 < len(tokens) and not tokens[i + 1].brk else ""
        if modal and nxt in _DETERMINERS | _OBJECTS | _ANYONE and "VERB" in getAllLemmas(word):
            return True  # done to someone or something: 'the council would fire anyone'
        if entry.term in self.lexicon.visible_verbs:
            return False  # 'it rains', 'the sea glows', 'the roses bloomed'
        if not as_noun and family not in _THING_FAMILIES:
            return False  # 'glowed', 'flooded'; not 'guarded', 'carpeted'
        if _infinitive(tokens, i) and "VERB" in getAllLemmas(word):
            return True  # 'I had to water the plants'
        if i > 0 and not tokens[i].brk and not word.endswith("ing"):
            before = tokens[i - 1].word
            relative = before == "that" and tag_of(i - 1) == "WDT"  # 'a thing that mars it'
            if (before in _DETERMINERS and not relative) or before in _PREPOSITIONS or (
                before in self.colors
            ):
                return False  # 'the water', 'on the floor', 'grey stones': a noun, no need to tag
        if _moved_past(tokens, i):
            return True  # 'a swarm of bees rose from the hive'
        found = tag_of(i)
        if found is None:
            return False
        if found in ("VB", "VBN") and bare_after_be(tokens, i):
            return False  # an article dropped: 'it was tunnel under the market'
        verb = self._agreement_verb(tokens, i, found, tag_of) or (
            (found == "MD" or found.startswith("VB")) and self._verb_here(tokens, i, found, tag_of)
        )
        return verb

    def _said_as_adjective(self, tokens: list[Token], i: int) -> bool:
        """Whether a word that is also an adjective is said as one: right after 'was' or 'is'
        ('it was plain to see') or before a colour ('a plain white cup', 'light blue')."""
        if "ADJ" not in readings(tokens[i].word):
            return False
        prev = tokens[i - 1].word if i > 0 and not tokens[i].brk else None
        nxt = tokens[i + 1].word if i + 1 < len(tokens) and not tokens[i + 1].brk else None
        # (not before a colour that is a verb's past: 'blue light rose from the crevasses')
        return prev in _IS or nxt in self.colors and nxt in readings(nxt).get("VERB", (nxt,))

    def _shade_of(self, entry: Entry, tokens: list[Token], i: int, tag_of: _Tags) -> bool:
        """Whether a thing's name only says which shade a colour is: "the carpet was mustard
        yellow", "a grass green coat" (said of something, or before what it colours; not "I
        fed the horse green apples", nor "she painted the door green")."""
        nxt = i + 1
        if nxt >= len(tokens) or tokens[nxt].brk or tokens[nxt].word not in _HUES:
            return False
        if not (tag_of(i) or "").startswith("NN"):
            return False  # 'the ovens were glowing orange', 'the tea was bright red'
        assert entry.motif is not None
        if self.lexicon.motifs[entry.motif].family in ("fauna", "people_figures"):
            return False
        said = i > 0 and not tokens[i].brk and tokens[i - 1].word in _IS | _SHADED
        after = nxt + 1 < len(tokens) and not tokens[nxt + 1].brk
        return said or after and (tag_of(nxt + 1) or "").startswith("NN")

    def _tag_cue(self, tokens: list[Token], i: int, tag_of: _Tags) -> str | None:
        """'verb' or 'noun' as the tagger reads the word, checked against its neighbours."""
        found = tag_of(i)
        if found is None:
            return None
        if self._agreement_verb(tokens, i, found, tag_of):
            return "verb"
        if found.startswith("VB") or found == "MD":
            return "verb" if self._verb_here(tokens, i, found, tag_of) else "noun"
        return "noun" if found.startswith("NN") else None

    @staticmethod
    def _agreement_verb(tokens: list[Token], i: int, found: str, tag_of: _Tags) -> bool:
        """Verbs whatever the tagger says: a plural right after 'a' + noun ('a fox crosses'),
        a clause's first word (an adverb aside) before an object pronoun or 'what' ('"Wind
        it," he said', 'just ship it', 'Ship what?'), a finite verb before 'not' ('one does not
        expect', 'the fox does not leave tracks'), 'does' ending its clause where the tagger
        reads a verb ('this one does')."""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        first = i == 0 or tokens[i].brk or i == 1 and tag_of(0) == "RB" or (
            i > 1 and tokens[i - 1].brk and tag_of(i - 1) == "RB"
        )
        if first and nxt and not nxt.brk and nxt.word in _OBJECT_PRONOUNS | {"what"}:
            return True
        if found in ("VBZ", "VBP", "VBD") and nxt is not None and not nxt.brk and nxt.word == "not":
            return True
        if found == "VBZ" and tokens[i].word == "does" and (nxt is None or nxt.brk):
            return True  # 'this one does.': no female deer (but 'two does grazed')
        return (
            found == "NNS"
            and i > 1
            and not tokens[i].brk
            and not tokens[i - 1].brk
            and tokens[i - 2].word in _SINGULAR
            and tag_of(i - 1) == "NN"
        )

    def _verb_here(self, tokens: list[Token], i: int, found: str, tag_of: _Tags) -> bool:
        """Whether the tagger's verb or modal reading fits the neighbours: no verb follows a
        determiner, an adjective or a colour ('a shed', 'grey stones'), a present-tense verb
        needs a subject before it ('the dog stands', not 'only waves'), a modal a verb after
        it ('I can see', not 'a watering can')."""
        if found in ("VBD", "VBN", "VBP") and _after_bare_possessive(tokens, i, tag_of):
            return False
        if after_possessive(tokens, i):  # "my grandfather's shed"
            return False
        if _after_gerund(tokens, i):
            return False
        prev = tag_of(i - 1) if i > 0 and not tokens[i].brk else None
        if prev is not None and (
            prev in _NOUN_BEFORE
            or tokens[i - 1].word in _DETERMINERS and prev != "WDT"  # 'submarines that dock'
            or tokens[i - 1].word in self.colors
        ):
            return False
        if found == "VB" and prev == "IN":
            return False  # 'below deck'
        if found == "VB" and i + 1 < len(tokens) and not tokens[i + 1].brk:
            after = tokens[i + 1].word
            lemmas = readings(after)
            if lemmas.keys() == {"VERB"} and after not in lemmas["VERB"]:
                return False  # the subject of the inflected verb after it: 'then fish leapt'
        if found == "VB" and prev == "TO" and i > 1 and tokens[i - 2].word in _TURNING:
            then = tokens[i + 1] if i + 1 < len(tokens) and not tokens[i + 1].brk else None
            if then is None or then.word not in _DETERMINERS | _OBJECT_PRONOUNS:
                return False  # 'the boards turned to grass under my feet' (not 'turned to
                # watch me', 'turned to face the sea')
        if found == "VBP" and prev == "NN" and i > 1 and tokens[i - 2].word in _SINGULAR:
            return False  # no agreement with one thing: 'an ice cave the colour of ink'
        joined = i > 1 and not tokens[i].brk and not tokens[i - 1].brk
        if found in ("VBZ", "VBP") and joined and (
            tokens[i - 2].word in _DETERMINERS and "ADJ" in readings(tokens[i - 1].word)
        ):
            return False  # a noun after a determiner and an adjective: 'the frozen lake'
        then = tokens[i + 1] if i + 1 < len(tokens) and not tokens[i + 1].brk else None
        if found == "VBZ" and prev == "CC":  # "and stands there", "and waves us through": the
            # subject's second verb
            objects = _DETERMINERS | _PARTICLES | _PERSONAL_OBJECTS | {"there", "here"}
            return then is not None and then.word in objects
        if found == "VBZ" and tokens[i].brk and then is not None:
            return _next_in_series(tokens, i, tag_of)
        if found in ("VBZ", "VBP"):
            return prev is not None and prev in _SUBJECTS
        if found == "MD":
            nxt = tag_of(i + 1) if i + 1 < len(tokens) and not tokens[i + 1].brk else None
            return prev == "PRP" or nxt in ("VB", "RB")  # not 'a watering can stood
        return True

    def _sound_of(self, tokens: list[Token], i: int, tag_of: _Tags) -> bool:
        """'seagull noises', 'bird song': a thing named only for the sound it makes (a noun
        of sound next, not a verb: 'the vixen barked')."""
        k = i + 1
        if k >= len(tokens) or tokens[k].brk:
            return False
        if forms(tokens[k].word).isdisjoint(self.lexicon.sounds):
            return False
        if tokens[k].word.endswith("ing") and tokens[k].word not in self.lexicon.sounds:
            return False  # a participle: 'the refrigerator humming in the corner'
        found = tag_of(k)
        if found is None:
            return not tokens[k].word.endswith("ed")
        return found.startswith("NN") and not self._clause_verb(tokens, k, tag_of)

    @staticmethod
    def _clause_verb(tokens: list[Token], k: int, tag_of: _Tags) -> bool:
        """Whether the token k, a plural noun to the tagger but also a verb, is its clause's
        only verb: 'the whole glacier hums one low note' (not 'the seagull cries woke me')."""
        if not tokens[k].word.endswith("s") or "VERB" not in readings(tokens[k].word):
            return False
        start, end = k, k + 1
        while start > 0 and not tokens[start].brk:
            start -= 1
        while end < len(tokens) and not tokens[end].brk:
            end += 1
        others = [tag_of(j) for j in range(start, end) if j != k]
        return not any(tag is not None and tag.startswith(("VB", "MD")) for tag in others)

    def senses_read(self, keywords: list[Keyword]) -> dict[str, str]:
        """Lemma -> the motif of the sense of a place its keyword was read in ("stall" ->
        market), for the dream's later sentences."""
        read = {}
        for keyword in keywords:
            if self.lexicon.motifs[keyword.motif].family not in _PLACE_FAMILIES:
                continue  # not "shell" after a turtle's shell: a word of things has many senses
            for form in forms(keyword.text.lower()):
                if any(s.nearby and s.motif == keyword.motif for s in self.senses.get(form, ())):
                    read[form] = keyword.motif
        return read

    def _sense(
        self,
        entry: Entry,
        tokens: list[Token],
        i: int,
        lemmas: _Lemmas,
        nearby: frozenset[str],
        read: Mapping[str, str],
        size: int = 1,
    ) -> Entry | None:
        """The entry in another sense where the sentence cues it (the theatre's 'wings'), or
        for a sense of a place, the sentences just before (nearby: their word forms); else in
        the sense of a place the dream read it in before (read: see senses_read), one sense
        for one dream ("the stalls thin out", after a night market's stalls). A term of
        `size` words has senses of its own ("swimming pool")."""
        words = forms(tokens[i].word)
        if size > 1:
            head = " ".join(t.word for t in tokens[i : i + size - 1])
            words = frozenset(f"{head} {form}" for form in forms(tokens[i + size - 1].word))
        for form in words:
            for sense in self.senses.get(form, ()):
                if sense.before and (i == 0 or tokens[i - 1].word not in sense.before):
                    continue
                end = i + size
                if sense.after and (end == len(tokens) or tokens[end].word not in sense.after):
                    continue
                if not sense.against.isdisjoint(lemmas()):
                    continue
                cued = not sense.context.isdisjoint(lemmas())
                if cued or sense.nearby and not sense.context.isdisjoint(nearby):
                    if sense.motif is None:
                        return None
                    return Entry(sense.motif, entry.weight, entry.pos, entry.term)
                if sense.only:
                    return None
        motif = next((read[form] for form in words if form in read), None)
        return entry if motif is None else Entry(motif, entry.weight, entry.pos, entry.term)

    def _figures(self, text: str, offset: int, tokens: list[Token], tag_of: _Tags) -> set[int]:
        """Indices of tokens inside a simile, a comparison or a metaphor of a face: 'like a
        tidal wave', 'as if a bell had rung', 'as big as a plate', 'bigger than an attic', 'the
        size of a lunchbox', 'the way starlings do', 'star-shaped', 'its eyes were moons'."""
        inside: set[int] = set()
        count = len(tokens)
        for i, token in enumerate(tokens):
            word = token.word
            nxt = tokens[i + 1] if i + 1 < count and not tokens[i + 1].brk else None
            prev = tokens[i - 1].word if i > 0 and not token.brk else ""
            start, clause = -1, False
            if word == "like" and [t.word for t in tokens[i + 1 : i + 3]] in _LIKE_CLAUSE:
                start, clause = i + 1, True  # 'like it was the big slide at the park'
            elif word == "like":
                found = tag_of(i)
                spacing = text[token.end - offset : nxt.start - offset] if nxt else ""
                words = [t.word for t in tokens[i + 1 : i + 3]]
                hedge = any(c.isdigit() for c in spacing) or not _HEDGES.isdisjoint(words)
                found = "IN" if _object_you(tokens, i, tag_of) else found  # 'through you like'
                asked = i > 1 and prev in _NOT_LIKE and tokens[i - 2].word in _AUXILIARIES
                found = "VB" if asked else found  # 'do you like the sea?'
                if not hedge and (found == "IN" or (found is None and prev not in _NOT_LIKE)):
                    start = i + 1  # not 'like 30 ducks', 'like an actual oak leaf'
            elif word == "as" and nxt is not None and nxt.word in ("if", "though"):
                start, clause = i + 2, True
            elif word == "as" and i > 1 and tokens[i - 2].word == "as" and not token.brk:
                start = i + 1  # 'as big as X'
            elif word == "as" and prev and nxt is not None and nxt.word in _ARTICLES:
                said = tag_of(i - 1) == "RB" and "ADJ" in readings(prev) and tokens[i - 1].brk
                if tag_of(i - 1) == "JJ" or said:  # (', wide as a city': an adjective after a
                    start = i + 1  # comma, read as an adverb) 'flat as a sheet of tin'
            elif word == "as" and prev and nxt is not None and tag_of(i - 1) == "JJ":
                k = i + 1  # the bare noun alone: 'white as snow', 'clear as ice' (not 'dark
                while k < count and not tokens[k].brk and tag_of(k) in ("NN", "NNS"):
                    k += 1  # as night fell')
                if k > i + 1 and not (tag_of(k) or "").startswith("VB"):
                    inside.update(range(i + 1, k))
            elif word == "than" and (
                prev in ("more", "less") or tag_of(i - 1) in ("JJR", "RBR") or _comparative(prev)
            ):
                start = i + 1  # 'bigger than an attic', 'a cactus taller than a church'
            elif word == "of" and prev in _MEASURE_NOUNS | _TRAITS and i > 1 and (
                tokens[i - 2].word == "the"
            ):
                start = i + 1  # 'the size of a lunchbox', 'with the patience of windmills'
            elif word == "of" and prev in self.colors and nxt is not None and not token.brk:
                if nxt.word not in _DETERMINERS:
                    start = i + 1  # 'the pale pink of sugar mice' (not 'the blue of the sea')
            elif word == "way" and prev == "the" and nxt is not None:
                if tag_of(i + 1) in ("DT", "NN", "NNS", "PRP", "PRP$", "JJ"):
                    start, clause = i + 1, True  # 'the way starlings do'
            elif word in ("shaped", "sized") and i > 0:
                if text[tokens[i - 1].end - offset : token.start - offset] == "-":
                    inside.add(i - 1)  # 'star-shaped'
            elif word.startswith("resembl"):
                start = i + 1
            elif (
                word in _BODY_PARTS
                and nxt is not None
                and nxt.word in _IS
                and i + 2 < count
                and tokens[i + 2].word in _NAMING
            ):
                start = i + 2  # a metaphor: 'its eyes were two amber moons' (not 'its eyes
                # were green')
            k = start
            while 0 <= k < count:
                here = tokens[k]
                gap = text[tokens[k - 1].end - offset : here.start - offset]
                if here.brk or "\n" in gap or "  " in gap or here.word in _SCOPE_ENDS:
                    break
                if k > start and not clause:
                    tagged = tag_of(k) or ""
                    verb = tagged.startswith("VB") or _verb_form(here.word)
                    own = tagged in ("VBG", "VBN") or here.word.endswith("ing")
                    verb = verb and not (word == "like" and own)
                    if tagged in _FINITE or (verb and (tag_of(k - 1) or "").startswith("NN")):
                        break  # 'the colour of dishwater rolling toward the sun' (but 'like
                        # someone walking with lanterns': the simile's own)
                if here.word in ("and", "or") and k + 1 < count:
                    after = tag_of(k + 1)
                    if after is not None and (after in _FINITE or after.startswith("PRP")):
                        break
                inside.add(k)
                k += 1
        return inside

    def _owner(self, text: str, offset: int, tokens: list[Token], j: int, motif: str) -> bool:
        """A person named as the owner of the next thing ('my uncle's farm', 'a man's arm'):
        the picture is the thing, the owner is not in it."""
        if j < len(tokens) and text[tokens[j].start - offset].isupper():
            j += 1  # the person's name between: 'my cousin Dana's wedding'
        end = tokens[j - 1].end - offset
        return (
            self.lexicon.motifs[motif].family == "people_figures"
            and text[end : end + 2] in ("'s", "’s")
            and j < len(tokens)
            and not tokens[j].brk
        )

    def _mentioned(self, text: str, offset: int, tokens: list[Token], i: int, motif: str) -> bool:
        """A person only talked about, not seen: named inside someone's quoted words ('"where
        did my brother go?"'), as the speaker's label of a line of dialogue ('Uncle Ray:'), as
        gone ('the nurse was gone'), as what someone named already was ('who was a farmer'),
        or as a comment added at the clause's end ('She had a heart of gold, my mother')."""
        if self.lexicon.motifs[motif].family != "people_figures":
            return False
        before = text[: tokens[i].start - offset]
        if before.count('"') % 2 or before.count("\u201c") > before.count("\u201d"):
            return True
        label = text.find(":")  # a line's speaker: its first few words, then ':'
        names = text[:label].split()
        if (
            label > 0
            and tokens[i].start - offset < label
            and len(names) <= 3
            and all(name[:1].isupper() for name in names)
        ):
            return True
        return _absent(tokens, i) or _described(tokens, i) or _dislocated(tokens, i)

    def _person_moving(self, tokens: list[Token], i: int, motif: str) -> bool:
        """A motion that is only denied, possible or to come ('I wouldn't fall', 'we dont sink',
        'it will sink'), or a person's handling of a thing ('I swing the bat'): nothing moves in
        the picture of itself ('I was flying' stays)."""
        if self.lexicon.motifs[motif].family != "motion_transformation":
            return False
        if "VERB" not in readings(tokens[i].word):
            return False
        k, unreal = i - 1, False
        while k >= 0 and not tokens[k + 1].brk:
            word = tokens[k].word
            if word in _UNREAL or word.endswith("n't"):
                unreal = True
            elif word not in _BETWEEN_SUBJECT_AND_VERB:
                break
            k -= 1
        person = k >= 0 and not tokens[k + 1].brk and tokens[k].word in _PERSONS - {"it"}
        handled = i + 1 < len(tokens) and tokens[i + 1].word in _OWNERS  # "I swing the bat"
        acts = person and handled and not tokens[i + 1].brk
        return acts or unreal and k >= 0 and not tokens[k + 1].brk and tokens[k].word in _PERSONS

    def _thing_moving(self, tokens: list[Token], i: int, keywords: list[Keyword]) -> str | None:
        """The motif of a verb of motion whose subject is the thing or creature just named and
        that has no object: 'the wheel is still turning', 'moths poured out', 'a lighthouse
        that kept tipping' (not 'the owl turns its head'); a creature moving shows the creature:
        'a fox trotting', 'the fish turned together'."""
        verbs = readings(tokens[i].word).get("VERB", ())
        motif = next(
            (self.lexicon.moving_verbs[v] for v in verbs if v in self.lexicon.moving_verbs), None
        )
        gait = not self.lexicon.gaits.isdisjoint(verbs)
        if motif is None and not gait or not keywords or self._phrase_at(tokens, i)[0]:
            return None
        after = _state_word(tokens, i)
        state = after and after[0] not in _NO_STATE
        if state and (after[0] in _CHANGE_OF_STATE or _adjective(after[0]) or after[1:]):
            return None  # a change of state: 'the water turns cold', 'it turned into', 'the
            # sky turned slowly from apricot to violet', 'it turned blood red'
        if [t.word for t in tokens[i + 1 : i + 3]] in (["out", "to"], ["out", "that"]):
            return None  # 'the lights turned out to be moths'
        if after and after[0] in _OWNERS:
            return None  # it moves something, not itself: 'the owl turns its head'
        facing = tokens[i].word in _TURNING and i + 1 < len(tokens) and not tokens[i + 1].brk
        facing = facing and tokens[i + 1].word in _FACING  # 'the lantern turned toward me'
        k = i - 1
        while (
            k >= 0
            and not tokens[k + 1].brk
            and (tokens[k].word in _BETWEEN_SUBJECT_AND_VERB or tokens[k].word.endswith("ly"))
        ):
            k -= 1
        subject = keywords[-1]
        if k < 0 or tokens[k + 1].brk or subject.end != tokens[k].end or subject.negated:
            return None
        family = self.lexicon.motifs[subject.motif].family
        if family == "fauna":
            return subject.motif  # a creature moving shows the creature: 'the fish turned'
        if facing:
            return None  # it faces another way, no whirl: 'the nearest lantern turned toward me'
        if motif is not None and self.lexicon.motifs[motif].family == "water" != family:
            return subject.motif  # what pours that is no water shows itself: 'the fog pours out'
        return None if family in ("people_figures", "motion_transformation") else motif

    def _part_owner(
        self, tokens: list[Token], i: int, keywords: list[Keyword], creature: str | None
    ) -> str | None:
        """The creature whose body part token i names: the last creature named before it in
        the sentence ('the dog put his head on my knee'), unless a person owns the part ('my
        face'); else, after 'its' or 'their', the creature of the sentence before (creature:
        'The cows stood still. The sun lit their backs')."""
        k = i - 1
        while k > 0 and not tokens[k + 1].brk and "ADJ" in readings(tokens[k].word):
            k -= 1  # 'my cold hands'
        if k >= 0 and tokens[k].word in _PERSONAL:
            return None
        theirs = k >= 0 and not tokens[k + 1].brk and tokens[k].word in _THEIRS
        return self.last_creature(keywords) or (creature if theirs else None)

    def last_creature(self, keywords: list[Keyword]) -> str | None:
        """The motif of the last creature the keywords name (not one denied)."""
        creatures = (
            k.motif
            for k in reversed(keywords)
            if not k.negated and self.lexicon.motifs[k.motif].family == "fauna"
        )
        return next(creatures, None)

    def _idiom_words(
        self, text: str, offset: int, tokens: list[Token], start: int, end: int, tag_of: _Tags
    ) -> list[Keyword]:
        """The imagery nouns of an idiom ('heart of gold', 'elephant in the room'): read as
        figurative with no weight, so they are reported but never drawn."""
        found = []
        for k in range(start, end):
            token = tokens[k]
            entry = self._lookup(token.word, "noun")
            if entry is not None and entry.motif is not None and _noun_tag(tag_of(k)):
                where = text[token.start - offset : token.end - offset]
                found.append(
                    Keyword(where, token.start, token.end, entry.motif, 0.0, False, True, True)
                )
        return found

    # -- the pass ---------------------------------------------------------------------------

    def find(
        self,
        text: str,
        offset: int = 0,
        emphasis: tuple[tuple[int, int], ...] = (),
        tokens: list[Token] | None = None,
        names: frozenset[str] = frozenset(),
        creature: str | None = None,
        nearby: frozenset[str] = frozenset(),
        read: Mapping[str, str] | None = None,
    ) -> list[Keyword]:
        """Keywords in `text` (whose first character sits at `offset` in the dream);
        `tokens` is tokenize(text, offset) when the caller already has it; `names` are the
        dream's proper names (see proper_names), skipped where written capitalized;
        `creature` is the motif of the last creature the sentence before named; `nearby` the
        word forms of the sentences just before, which cue the senses of places and settings
        as the sentence's own words do (the airport's carousel, a sentence after the baggage
        hall); `read` the senses of places the dream read its words in before (senses_read)."""
        tokens = tokenize(text, offset) if tokens is None else tokens
        keywords: list[Keyword] = []
        idioms: list[Keyword] = []  # the imagery words of idioms, reported apart
        taken = 0  # tokens before this index belong to an earlier keyword or idiom
        inert, starts, uncued = self._inert_words, self._starts, self._uncued
        count = len(tokens)
        tags: TokenTags | None = None
        tagged = False
        lemma_set: frozenset[str] | None = None
        figures: set[int] | None = None

        def tag_of(k: int) -> str | None:
            nonlocal tags, tagged
            if not tagged:
                tags, tagged = sentence_tags(text, offset, tokens), True
            return tags[k] if tags is not None and 0 <= k < count else None

        def lemmas() -> frozenset[str]:
            nonlocal lemma_set
            if lemma_set is None:
                lemma_set = frozenset().union(*(forms(t.word) for t in tokens))
            return lemma_set

        i = 0
        while i < count:
            token = tokens[i]
            word = token.word
            if word in _BODY_PARTS:
                owner = self._part_owner(tokens, i, keywords, creature)
            else:
                owner = self._thing_moving(tokens, i, keywords)
            if owner is not None:
                where = text[token.start - offset : token.end - offset]
                keywords.append(Keyword(where, token.start, token.end, owner, SOFT_WEIGHT))
                i = taken = i + 1
                continue
            skip = inert.get(word)
            if skip is None:
                skip = self._inert(word)
            if skip and not (
                self._person_by_name(text, offset, tokens, i, names)
                or _addressed(text, offset, tokens, i)
            ):
                i += 1
                continue
            if i > 0 and not token.brk and tokens[i - 1].word in _SAINTS:
                i += 1  # a saint's name, however written: "st brigids primary"
                continue
            phrases = starts.get(word)
            size, entry = self._phrase_at(tokens, i) if phrases is None or phrases else (0, None)
            idiom_end = i + size
            if entry is not None and entry.motif is None and size >= IDIOM_FIGURE:
                first_word = i + 1 if entry.literal_first else i
                idioms += self._idiom_words(text, offset, tokens, first_word, idiom_end, tag_of)
            if entry is not None and entry.literal_first:
                size, entry = 0, None  # the first word is read alone, the rest is the idiom
            if size > 1 and entry is not None and entry.motif is not None and self.senses:
                entry = self._sense(entry, tokens, i, lemmas, nearby, read or {}, size)
            if not size and _group_of(tokens, i):
                i += 1  # "a flock of flamingos": the flamingos are the picture
                continue
            if not size:
                size = 1
                if not self._is_abstract(token):
                    found = uncued[word] if word in uncued else self._cue_free(word)
                    if found is not _CUED:
                        entry = found
                    else:
                        after = (
                            bool(keywords)
                            and not token.brk
                            and keywords[-1].end == tokens[i - 1].end
                        )
                        cue = self._tag_cue(tokens, i, tag_of) or self._cue(tokens, i, after)
                        entry = self._lookup(word, cue)
                if entry is not None and entry.motif is not None:
                    if (
                        self._not_a_thing(entry, word, tokens, tag_of, i)
                        or self._sound_of(tokens, i, tag_of)
                        or entry.pos == "NOUN" and self._said_as_adjective(tokens, i)
                        or self._shade_of(entry, tokens, i, tag_of)
                    ):
                        entry = None
                    elif self.senses:
                        entry = self._sense(entry, tokens, i, lemmas, nearby, read or {})
            if size == 1 and self._person_by_name(text, offset, tokens, i, names):
                entry = self._lookup("stranger", "noun")  # one of the cast: 'Rose laughed'
            j = i + size
            if entry and entry.motif:
                alone = size == 1 and (
                    self._named(text, offset, token, entry, names)
                    or _titled(text, offset, tokens, i)
                    or self._person_moving(tokens, i, entry.motif)
                )
                if (
                    alone
                    or self._owner(text, offset, tokens, j, entry.motif)
                    or self._mentioned(text, offset, tokens, i, entry.motif)
                    or _adverb_of_place(tokens, i) and entry.term not in self.colors
                ):  # (a colour is what something went: "the sky went orange")
                    entry = None
            if size == 1 and _addressed(text, offset, tokens, i):
                entry = self._lookup("stranger", "noun")  # 'Mr Pryce', 'Mrs Gold': the cast
            if (
                entry is not None
                and entry.motif
                and not self._abstract_context(tokens, i, j, entry.motif)
            ):
                first = self._color_start(tokens, i, taken)
                start, end = tokens[first].start, tokens[j - 1].end
                factor = self._factor(tokens, first, j)
                if (
                    keywords
                    and keywords[-1].negated
                    and _listed(tokens, taken, first)
                    and tag_of(j) not in _FINITE
                ):  # 'I could not see a fence, a tree or a road' (not 'no stars, and your
                    factor = NEGATED  # coat smelled of rain': a clause of its own)
                negated = factor == NEGATED
                if figures is None:
                    figures = (
                        set()
                        if _FIGURE_CUES.isdisjoint(t.word for t in tokens)
                        else self._figures(text, offset, tokens, tag_of)
                    )
                figurative = i in figures or (j - 1) in figures or _likened_quantity(tokens, i, j)
                sense = _sensed(tokens, first)
                weight = entry.weight * factor * (FIGURATIVE if figurative else 1.0)
                weight *= 0.0 if sense else 1.0
                if emphasis and any(s < end and start < e for s, e in emphasis):
                    weight *= EMPHASIZED
                keywords.append(
                    Keyword(
                        text[start - offset : end - offset],
                        start,
                        end,
                        entry.motif,
                        round(min(1.0, weight), 3),
                        negated,
                        figurative,
                        sense=sense,
                    )
                )
                taken = j
            elif entry is not None:
                taken = j
            if idiom_end > j:
                i = taken = idiom_end
            else:
                i = j
        keywords = self._without_modifiers_of_people(text, offset, keywords)
        keywords = self._without_creatures_naming_plants(text, offset, keywords)
        if creature is not None:
            keywords = self._creatures_moving(tokens, keywords, creature)
        if self.lexicon.lessons:
            keywords = self._without_places_of_lessons(text, offset, keywords)
        if self.lexicon.institutions.motifs:
            keywords = self._without_bare_institutions(text, offset, keywords)
        if idioms:
            return sorted(keywords + idioms, key=lambda k: k.start)
        return keywords

    def _without_creatures_naming_plants(
        self, text: str, offset: int, keywords: list[Keyword]
    ) -> list[Keyword]:
        """A creature's name right before a plant's only says which plant it is: 'dog roses',
        'horse chestnut trees', 'cow parsley' (no dog, horse or cow)."""
        motifs = self.lexicon.motifs
        plants = {  # (named by a noun: not "an octopus unfurled")
            k.start for k in keywords
            if motifs[k.motif].family == "flora" and "NOUN" in readings(k.text.lower().split()[-1])
        }
        return [
            k for k in keywords
            if not (
                motifs[k.motif].family == "fauna"
                and k.text.lower() in readings(k.text.lower()).get("NOUN", ())  # singular, as
                and text[k.end - offset : k.end - offset + 1] == " "  # a modifier is (not
                and k.end + 1 in plants  # "bees rose from the hive")
            )
        ]

    def _creatures_moving(
        self, tokens: list[Token], keywords: list[Keyword], creature: str
    ) -> list[Keyword]:
        """The motion of "they" or "it", opening its clause, where the sentence before named a
        creature and this one names none, is that creature's: "Birds were flying with me.
        They flew as if the storm were their home" shows the birds."""
        motifs = self.lexicon.motifs
        if any(motifs[k.motif].family == "fauna" for k in keywords):
            return keywords
        moved = []
        for keyword in keywords:
            at = next((k for k, t in enumerate(tokens) if t.start == keyword.start), -1)
            pronoun = at > 0 and not tokens[at].brk and tokens[at - 1].word in ("they", "it")
            k = at - 1
            while k > 0 and not tokens[k].brk and tokens[k - 1].word in _CLAUSE_OPENERS:
                k -= 1  # "then it flew", "and suddenly they flew"
            opens = pronoun and (k == 0 or tokens[k].brk)
            if opens and motifs[keyword.motif].family == "motion_transformation":
                keyword = replace(keyword, motif=creature)
            moved.append(keyword)
        return moved

    def _without_places_of_lessons(
        self, text: str, offset: int, keywords: list[Keyword]
    ) -> list[Keyword]:
        """A place that only says which lesson or what kind of thing comes next is not there:
        'high school chemistry', 'my school uniform'."""
        motifs = self.lexicon.motifs
        kept = []
        for k in keywords:
            if motifs[k.motif].family == "structures_places":
                nxt = _NEXT_WORD.match(text, k.end - offset)
                if nxt is not None and nxt.group(1).lower() in self.lexicon.lessons:
                    continue
            kept.append(k)
        return kept

    def _without_bare_institutions(
        self, text: str, offset: int, keywords: list[Keyword]
    ) -> list[Keyword]:
        """'a girl I knew in high school', 'my teacher from primary school': a time of one's
        life, no place to draw (but 'back in school', 'in the school')."""
        bare = self.lexicon.institutions
        kept = []
        for k in keywords:
            if k.motif in bare.motifs:
                start = k.start - offset
                words = text[max(0, start - 40) : start].lower().split()
                earlier = words[-2] if len(words) > 1 else ""
                if words and words[-1] in bare.before and earlier not in bare.not_after:
                    continue
            kept.append(k)
        return kept

    def _without_modifiers_of_people(
        self, text: str, offset: int, keywords: list[Keyword]
    ) -> list[Keyword]:
        """A noun that only says what kind of person comes next is not imagery of its own:
        'the stage manager', 'a farm boy' (the person is read; the stage is not there)."""
        motifs = self.lexicon.motifs
        dropped = {
            k
            for k, (a, b) in enumerate(pairwise(keywords))
            if motifs[b.motif].family == "people_figures"
            and "NOUN" in readings(b.text.lower().split()[-1])
            and motifs[a.motif].family not in _QUALITIES
            and " " not in a.text
            and text[a.end - offset : b.start - offset] == " "
        }
        return [k for n, k in enumerate(keywords) if n not in dropped] if dropped else keywords


def _absent(tokens: list[Token], i: int) -> bool:
    """'the nurse was gone', 'my husband Walter has been gone four years', 'he is dead'."""
    return _said_gone(tokens, i + 1, 5, _GONE, 3)


def _said_gone(tokens: list[Token], start: int, span: int, gone: frozenset[str], be: int) -> bool:
    """Whether one of `gone` comes within `span` words of its clause from token `start`, with
    a form of "be" or "have" among the first `be` of them ('was gone', 'had all vanished'; not
    'had gone dark')."""
    words = []
    for token in tokens[start : start + span]:
        if token.brk:
            break
        words.append(token.word)
    changed = any(  # 'the field had gone dark blue', 'the sea went still': a change, no absence
        w == "gone" and k + 1 < len(words) and "ADJ" in readings(words[k + 1])
        for k, w in enumerate(words)
    )
    return bool(set(words) & gone) and bool(set(words[:be]) & _BE) and not changed


def _group_of(tokens: list[Token], i: int) -> bool:
    """Whether token i is a collective noun before "of" and what it gathers ("a flock of
    flamingos", "a swarm of bees"; not "a flock of them")."""
    if tokens[i].word not in _COLLECTIVES or i + 2 >= len(tokens):
        return False
    of, what = tokens[i + 1], tokens[i + 2]
    return of.word == "of" and not (of.brk or what.brk) and what.word not in _OBJECT_PRONOUNS


def _moved_past(tokens: list[Token], i: int) -> bool:
    """Whether token i is a verb's past form with a preposition of where it went right after,
    and a noun (no determiner) right before: 'bees rose from the hive' (not 'a rose from the
    garden', which a determiner already reads as the flower)."""
    word = tokens[i].word
    verbs = readings(word).get("VERB", ())  # (a past unlike its verb: not "shed", "cut")
    past = word not in verbs and any(word in getInflection(verb, "VBD") for verb in verbs)
    if not past or i == 0 or tokens[i].brk or after_possessive(tokens, i):
        return False
    nxt = tokens[i + 1].word if i + 1 < len(tokens) and not tokens[i + 1].brk else ""
    return nxt in _PREPOSITIONS and "NOUN" in readings(tokens[i - 1].word)


def bare_after_be(tokens: list[Token], i: int) -> bool:
    """Whether token i follows "was" or "is" and is a noun that is also a verb but not its
    participle, so that it is the noun written without its article: 'it was tunnel' (not 'it
    was set', 'the clock was wound', 'the car park was underground')."""
    if i == 0 or tokens[i].brk or tokens[i - 1].word not in _IS:
        return False
    word = tokens[i].word
    found = readings(word)
    verbs = found.get("VERB", ())
    return "NOUN" in found and bool(verbs) and not any(
        word in getInflection(verb, "VBN") for verb in verbs
    )


def _beside_the_dreamer(tokens: list[Token], i: int) -> bool:
    """Whether the name at token i is someone with the dreamer: 'me and Oliver', 'Priya and
    I', 'I went with Dev'."""
    before = tuple(t.word for t in tokens[max(0, i - 2) : i])
    after = tuple(t.word for t in tokens[i + 1 : i + 3])
    led = not tokens[i].brk and (before[-2:] in _WITH_ME or before[-1:] in _WITH_ME)
    return led or i + 1 < len(tokens) and not tokens[i + 1].brk and after in _AND_ME


def _likened_quantity(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the one-word term at token i names how much or how many of what follows "of",
    or its shape, as an image: 'a sea of dunes', 'a blanket of snow', 'a carpet of leaves', 'a
    great column of turning air', 'a curtain of rain', 'a cloud of gnats' (not 'the wall of
    the house', 'the Sea of Japan', nor a phrase such as 'a wall of water')."""
    if j != i + 1 or j + 1 >= len(tokens) or tokens[i].word not in _LIKENED | _LIKENED_MANY:
        return False
    of, what = tokens[j], tokens[j + 1]
    if tokens[i].word in _LIKENED_MANY and what.word in readings(what.word).get("NOUN", ()):
        return False  # what follows is no plural
    k = i - 1  # past what describes it: "a great column of turning air"
    while k > i - 3 and k > 0 and not tokens[k + 1].brk and "ADJ" in readings(tokens[k].word):
        k -= 1
    article = tokens[k].word if k >= 0 and not tokens[k + 1].brk else ""
    return (
        of.word == "of"
        and article in ("a", "an")
        and not (of.brk or what.brk)
        and what.word not in _OBJECT_PRONOUNS
        and not what.word[:1].isdigit()
    )


def _sensed(tokens: list[Token], first: int) -> str:
    """"smell" or "sound" where the term starting at token `first` is only smelled or heard:
    'it smelled of woodsmoke and wet wool', 'the smell of chlorine', 'I could hear the sea',
    'the sound of rain', 'we listened to the owls', 'I could not hear the music, only the sea'
    (not 'it smelled of rain, and the sea was grey', 'I heard a noise and saw a fox', nor 'a
    smell of pine and the lake was still'); "" otherwise."""
    reach = 6
    for k in range(first - 1, -1, -1):
        if k < first - reach:
            return ""
        word = tokens[k].word
        if word in _HEARING:
            return "sound"
        if tokens[k + 1].brk and tokens[k + 1].word in _INSTEAD and k > 0:
            reach = first - k + 6  # 'hear the music, only the sea': heard in its stead
            continue
        if tokens[k + 1].brk or word in _NOT_SENSED or k == 0:
            return ""
        if word in ("and", "or") and tokens[k + 1].word in _DETERMINERS:
            return ""  # another clause: 'a smell of chlorine and the water was green'
        if word in ("of", "to") and not tokens[k].brk:
            before = tokens[k - 1].word
            if word == "of" and before in _SMELLS:
                return "smell"
            if word == "of" and before in _SOUNDS or word == "to" and before in _LISTENING:
                return "sound"
            return ""
    return ""


def _vanished(tokens: list[Token], j: int) -> bool:
    """'the train was gone', 'the birds had all vanished', 'the moon was nowhere to be seen':
    absent, right after the term (that ends before token j; not 'nowhere near the sea')."""
    words = []
    for token in tokens[j : j + 7]:
        if token.brk:
            break
        words.append(token.word)
    verb = next((k for k, w in enumerate(words) if w in _BE), -1)
    joined = verb == 0 or 0 < verb <= 3 and words[0] in ("and", "or")  # ('the bride and
    # groom were nowhere to be seen')
    unseen = joined and words[verb + 1 : verb + 3] == ["nowhere", "to"]
    return _said_gone(tokens, j, 3, _VANISHED, 2) or unseen


def _described(tokens: list[Token], i: int) -> bool:
    """The person is what someone named already is: 'my grandfather, who was a farmer', 'she
    was a nurse' (not 'there was a woman')."""
    k = i - 1
    while k >= 0 and tokens[k].word in _ARTICLES and not tokens[k + 1].brk:
        k -= 1
    verb = k
    return (
        verb >= 1
        and tokens[verb].word in _BE
        and not tokens[verb + 1].brk
        and not tokens[verb].brk
        and tokens[verb - 1].word in _REFERRING
    )


def _dislocated(tokens: list[Token], i: int) -> bool:
    """A person added after a comma to say who a pronoun was, ending the clause: 'She had a
    heart of gold, my mother, but...', 'She was the apple of my eye, that child.'"""
    k = i - 1
    while k >= 0 and tokens[k].word in _POSSESSIVES | _THAT and not tokens[k + 1].brk:
        k -= 1
    opens = k + 1 < i and tokens[k + 1].brk
    ends = i + 1 == len(tokens) or tokens[i + 1].brk
    return opens and ends and k >= 0 and tokens[0].word in _PRONOUNS


_OWNERS = frozenset(["the", "a", "an", "my", "your", "his", "her", "our", "their", "its", "it"])
_BARE_CONTRACTIONS = frozenset(
    w + "nt" for w in ("have", "has", "had", "do", "does", "did", "ca", "wo", "is", "are",
                       "was", "were", "should", "could", "would", "must", "need")
)
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")  # the word right after one space
_QUALITIES = frozenset(["colour_material", "people_figures", "motion_transformation"])
_CONTRACTED = _words(  # words whose 's is "is" or "has"
    "he she it that there here what who where which this everyone someone nobody everything"
    " something nothing let"
)
_GONE = frozenset(["gone", "dead", "died", "missing", "away"])
_SMELLS = _words(
    "smell smells smelled smelt smelling scent scents whiff stink stinks stank stunk stench reek"
    " reeks reeked odour odor aroma"
)
_NOT_SENSED = _words(  # a new clause or a phrase of its own: 'the sound of rain on the roof'
    "was were is are i we you he she they it there then but as when while saw see seen looked"
    " on in at into onto under over by from with through across near behind beside above below"
)
_HEARING = _words("hear hears heard hearing")
_INSTEAD = _words("only just")  # after a comma, what is sensed instead: 'no music, only the sea'
_SOUNDS = _words("sound sounds noise noises")
_LISTENING = _words("listen listens listened listening")
_VANISHED = frozenset(["gone", "vanished", "disappeared"])
_LIKENED = _words(  # nouns likening a quantity to an image: "a sea of faces", "a river of lava",
    # "a mountain of old jumpers"
    "sea ocean river wall tide flood avalanche torrent cascade blanket carpet mountain column "
    "pillar curtain"
)
_LIKENED_MANY = _words("cloud")  # likening only a number of things: "a cloud of moths" (not
# "a cloud of smoke", "a cloud of violet and rose": a cloud)
_COLLECTIVES = _words(
    "flock flocks herd herds swarm swarms shoal shoals pack packs pod pods colony colonies troop "
    "troops gaggle murmuration drove droves"
)
_BE = frozenset(["is", "was", "were", "are", "been", "be", "has", "had", "have"])
_ARTICLES = frozenset(["a", "an", "the", "some", "one"])
_REFERRING = frozenset(["who", "he", "she", "they", "that", "which"])
_POSSESSIVES = frozenset(["my", "your", "his", "her", "our", "their"])
_THAT = frozenset(["that", "this", "the"])
_PRONOUNS = frozenset(["he", "she", "they", "it", "him", "her", "them"])
_OBJECT_TAGS = frozenset(("DT", "PRP", "PRP$", "NN", "NNS", "NNP", "JJ", "CD"))


def after_possessive(tokens: list[Token], i: int) -> bool:
    """Whether token i follows a possessive: tokenize drops a possessive 's, leaving its three
    characters ("'s ") between the two tokens (not "she's shed a tear": she has)."""
    if i == 0 or tokens[i].brk or tokens[i].start - tokens[i - 1].end != 3:
        return False
    return tokens[i - 1].word not in _CONTRACTED


def _after_bare_possessive(tokens: list[Token], i: int, tag_of: _Tags) -> bool:
    """'back in grandads shed', 'at my uncles shed': a word after a plural-looking noun that
    follows a preposition (and perhaps 'my'), with no object after it, is that person's thing:
    notes write the possessive without its apostrophe. A subject seldom follows a preposition,
    and 'the trees shed their leaves' has an object."""
    k = i - 1
    if k < 1 or tokens[i].brk or tokens[k].brk or tag_of(k) not in ("NNS", "NNPS"):
        return False
    if not tokens[k].word.endswith("s") or tokens[k].word.endswith("ss"):
        return False
    j = k - 1
    if tokens[j].word in _POSSESSIVES and j > 0 and not tokens[k].brk:
        j -= 1
    if tokens[j + 1].brk or tag_of(j) != "IN":
        return False
    nxt = i + 1
    return nxt == len(tokens) or tokens[nxt].brk or tag_of(nxt) not in _OBJECT_TAGS


_LIST_JOINS = frozenset(["or", "nor", "and", "any", "even"])


def _listed(tokens: list[Token], start: int, end: int) -> bool:
    """Whether tokens[start:end] only join one more item to a list: ', a', 'or a', 'nor',
    ', or any' ('and' only after a comma: 'a fence, a tree and a road')."""
    between = [t.word for t in tokens[start:end]]
    if not between and not (start < len(tokens) and tokens[start].brk):
        return False
    if not set(between) <= _LIST_JOINS | _DETERMINERS:
        return False
    return "and" not in between or tokens[start].brk


def _state_word(tokens: list[Token], i: int) -> list[str]:
    """The word after the verb at i in its clause, past adverbs of manner ("slowly", "gently":
    no noun, verb or adjective reads as them), where a state it comes to would be: "turned
    slowly from apricot to violet", and the word after it when that is a colour ("turned
    blood red"); none at the clause's end."""
    for k in range(i + 1, min(i + 4, len(tokens))):
        token = tokens[k]
        if token.brk:
            break
        if not (token.word.endswith("ly") and not readings(token.word)):
            shade = k + 1 < len(tokens) and not tokens[k + 1].brk and tokens[k + 1].word in _HUES
            return [token.word, tokens[k + 1].word] if shade else [token.word]
    return []


def _infinitive(tokens: list[Token], i: int) -> bool:
    """Whether the token is a verb after 'to' with its object: 'to water the plants', 'to
    ship them' (not 'to shore the next day', 'to bed that night')."""
    if i == 0 or tokens[i].brk or tokens[i - 1].word != "to" or i + 2 >= len(tokens):
        return False
    then, after = tokens[i + 1], tokens[i + 2]
    if then.brk or then.word not in _DETERMINERS | _OBJECT_PRONOUNS:
        return False
    return after.brk or after.word not in _TIMES


def _adverb_of_place(tokens: list[Token], i: int) -> bool:
    """A noun that says where someone goes, with no article, right after a verb of motion (and
    its object) or a way of going: 'went home', 'drove it home', 'went underground', 'the bus
    home', 'on my way home'. It names a direction."""
    k = i - 1
    if k >= 0 and tokens[k].word in _OBJECTS and not tokens[k + 1].brk:
        k -= 1
    after = i + 1
    ends = after == len(tokens) or tokens[after].brk or tokens[after].word in _THEN
    after_way = i > 0 and not tokens[i].brk and tokens[i - 1].word in _WAYS_OF_GOING
    if after_way and tokens[i].word in DIRECTIONS:
        return True  # "the bus home", "on my way home", "the train downtown"
    return ends and k >= 0 and not tokens[k + 1].brk and tokens[k].word in _GOING


_GOING = frozenset(
    [
        "go", "goes", "went", "gone", "going", "come", "comes", "came", "coming", "drive",
        "drove", "driven", "driving", "walk", "walked", "walking", "ran", "run", "running",
        "head", "headed", "heading", "hurried", "rushed", "flew", "sailed", "rode", "cycled",
        "brought", "bring", "take", "took", "taken", "sent", "send", "get", "got",
    ]
)
_WAYS_OF_GOING = frozenset(
    ["way", "bus", "train", "taxi", "cab", "tram", "ferry", "boat", "flight", "plane", "drive",
     "ride", "walk", "journey", "trip", "road"]
)
DIRECTIONS = frozenset(  # nouns that also say which way: "the bus home"
    ["home", "downtown", "uptown", "upstairs", "downstairs", "underground", "inland", "ashore"]
)
_OBJECTS = frozenset(["it", "him", "her", "them", "me", "us", "you"])
_THEN = frozenset(["and", "but", "then", "to", "for", "with", "after", "before", "again"])


_Tags = Callable[[int], "str | None"]
_Lemmas = Callable[[], frozenset[str]]


def _next_in_series(tokens: list[Token], i: int, tag_of: _Tags) -> bool:
    """Whether a present-tense verb opening a clause is the next in a subject's series of
    actions: "He stamps the drawing, lifts the barrier": a verb of a subject came before it, and
    an object follows it (not "waves the colour of ink")."""
    nxt = tokens[i + 1].word
    if nxt in _DETERMINERS:
        after = tokens[i + 2] if i + 2 < len(tokens) and not tokens[i + 2].brk else None
        if after is not None and after.word in _MEASURES:
            return False
    elif nxt not in _PERSONAL_OBJECTS:
        return False
    return any(
        tag_of(k) == "VBZ" and not tokens[k].brk and tag_of(k - 1) in _SUBJECTS
        for k in range(1, i)
    )


def sentence_tags(text: str, offset: int, tokens: list[Token]) -> TokenTags | None:
    """Part-of-speech tags of the tokens, read from the words as written, computed as far as
    they are asked for (None: no tagger)."""
    words: list[str] = []
    index = []
    for k, token in enumerate(tokens):
        if token.brk:
            words.append(",")
        index.append(len(words))
        word = text[token.start - offset : token.end - offset]
        gap = text[tokens[k - 1].end - offset : token.start - offset] if k else ""
        if k == 0 or (token.brk and not _OPENS.isdisjoint(gap)):
            word = word.lower() if word != "I" else word  # a sentence's or a quotation's first
        words.append(word)
    words.append(".")
    found = tagging(words)
    return None if found is None else TokenTags(found, index)


class TokenTags:
    """A sentence's tags by token (the tagger's input also holds punctuation)."""

    __slots__ = ("_tagging", "_words")

    def __init__(self, found: Tagging, words: list[int]) -> None:
        self._tagging = found
        self._words = words  # token -> its word in the tagger's input

    def __getitem__(self, k: int) -> str:
        return self._tagging[self._words[k]]


_NUMBERED = re.compile(r"[ \t]+\d")  # a number after a word: "Ward 9"


_LABEL = re.compile(r"\s*([A-Z][\w']*(?: [A-Z][\w']*)?):\s")  # a script line's speaker


def proper_names(sentences: list[tuple[str, int, list[Token]]]) -> frozenset[str]:
    """Lowercased words written capitalized inside a sentence ('we called him Pickle'):
    names in this dream, not imagery, wherever they appear capitalized. `sentences` holds
    (text, offset, tokens) triples; 'the Moon' (after a determiner) is not a name, nor is a
    numbered place ('back on Ward 9', 'from Platform 4'). The speakers' labels of a dialogue
    written as a script are names too: a label ('SAM:', 'Robin:') that opens two lines or
    more."""
    labels = Counter(
        found.group(1).lower() for text, _, _ in sentences if (found := _LABEL.match(text))
    )
    names = {word for label, count in labels.items() if count > 1 for word in label.split()}
    for text, offset, tokens in sentences:
        for prev, token in zip(tokens, tokens[1:], strict=False):
            start = token.start - offset
            if not text[start].isupper() or token.word == "i" or prev.word in _DETERMINERS:
                continue
            if _NUMBERED.match(text, token.end - offset):
                continue
            before = text[:start].rstrip()
            quoted = before[-1:] in _CLOSING_QUOTES and before[-2:-1] in (",", "!", "?")
            if before[-1:].isalpha() or before[-1:] in (",", ";") or quoted:
                names.add(token.word)  # (after a quotation: '"Come in," Danny said')
    return frozenset(names)


@lru_cache(maxsize=8192)
def _verb_form(word: str) -> bool:
    """'swung', 'tumbled': an inflected verb that is no noun or adjective."""
    found = readings(word)
    verbs = found.get("VERB", ())
    return bool(verbs) and word not in verbs and len(found) == 1


def _is_noun_only(word: str) -> bool:
    """'fear', 'grief', 'joy' (feelings named as things), not 'crushed' or 'lovely'."""
    found = readings(word)
    return "NOUN" in found and not word.endswith(("ed", "ing", "ly"))


def _noun_tag(tag: str | None) -> bool:
    """A noun's tag, or no tagger to say otherwise."""
    return tag is None or tag.startswith("NN")


def _adjective(word: str) -> bool:
    """A word that may be an adjective and is no particle ('cold', not 'out' or 'over')."""
    return word not in _PARTICLES and "ADJ" in readings(word)
