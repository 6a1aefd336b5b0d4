"""The colours a dream gives its things: "a green moon", "the balloon was red". A colour word
right before a thing (other adjectives between them aside) or said of it after "was",
"turned" or "glowed" colours that thing's layer from then on (renderer/timeline.py blends it
in, renderer/gfx/compositor.py recolours the layer's palette)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from renderer.mapping.lexicon import Lexicon
from renderer.mapping.matcher import Token, forms
from renderer.mapping.palette import color_words
from renderer.mapping.plan import Keyword
from renderer.place_words import DETERMINERS

SAID = frozenset(  # what says a thing's colour after it: "the sky turned violet"
    ["was", "were", "is", "are", "turned", "turns", "went", "goes", "glowed", "glows", "shone",
     "shines", "looked", "looks", "became", "becomes", "grew", "grows", "burned", "burns"]
)  # fmt: skip
REACH = 3  # the most words from a colour to its thing
# A colour word that is also the stuff or the fruit a thing is of, before a word for what is
# of it, names what the thing is, not its colour: "a coral reef", "an orange grove", "a gold
# mine" (not "a green tree", "a silver birch")
STUFF = frozenset(
    ["coral", "gold", "orange", "cherry", "lemon", "lime", "peach", "plum", "apricot",
     "chestnut", "olive", "salmon", "amber"]
)  # fmt: skip
OF_STUFF = frozenset(
    ["reef", "reefs", "mine", "mines", "tree", "trees", "grove", "groves", "orchard", "orchards"]
)


class Named(NamedTuple):
    """The colours a sentence gives its things."""

    colors: dict[str, str]  # motif -> the hex colour named for it
    lenders: dict[int, str]  # where a colour word that gave a thing its colour starts -> the
    # thing's motif


def named_colors(
    tokens: list[Token],
    keywords: tuple[Keyword, ...],
    lexicon: Lexicon,
    colorable: Callable[[Keyword], bool],
    is_color: Callable[[Keyword], bool],
) -> Named:
    """Motif -> the hex colour the sentence names for it, for the keywords that `colorable`
    accepts, from the keywords that `is_color` says are colour words or materials; a thing
    whose name holds a colour before its last word has that colour ("a green field", not
    "moonlight"). A thing named in more than one colour keeps its own ("blue stars, gold
    stars, red stars"); of a thing and a part of it, each in a colour, the thing named first
    gives the colour ("a fat orange cat ... opened one yellow eye")."""
    colors: dict[int, str] = {}  # token index -> the colour its colour keyword names
    lender: dict[int, int] = {}  # token index -> where its colour keyword starts
    lent: dict[int, str] = {}
    shades: set[int] = set()  # token indices of colour words naming no colour ("dark", "pale")
    found: dict[str, dict[str, str]] = {}  # motif -> its keywords' words -> their colours
    for keyword in keywords:
        words = keyword.text.lower().replace("-", " ").split()  # as tokenized: "snow-capped"
        inside = [k for k, t in enumerate(tokens) if keyword.start <= t.start < keyword.end]
        if is_color(keyword) and (hexes := color_words(words, lexicon)):
            colors.update((k, hexes[-1]) for k in inside)
            lender.update((k, keyword.start) for k in inside)
            continue
        if is_color(keyword):
            shades.update(inside)
        own = color_words(words[:-1], lexicon)
        of_stuff = len(words) == 2 and words[0] in STUFF and words[1] in OF_STUFF
        if own and colorable(keyword) and not (keyword.negated or keyword.figurative or of_stuff):
            _add(found, keyword, own[-1])
    things = {t: k for k in keywords for t, token in enumerate(tokens) if token.start == k.start}
    for index, keyword in sorted(things.items(), key=lambda item: item[0]):
        if index in colors or keyword.negated or keyword.figurative or not colorable(keyword):
            continue
        last = max(k for k, t in enumerate(tokens) if t.start < keyword.end)
        source = _before(tokens, index, colors)
        if source is None:
            source = _after(tokens, last, colors, things, shades)
        if source is not None:
            _add(found, keyword, colors[source])
            lent[lender[source]] = keyword.motif
    for keyword in keywords:  # a thing named in no colour has its own: "poppies", "a swan"
        if keyword.motif in found or keyword.negated or keyword.figurative:
            continue
        its_own = _own_color(keyword.text.lower(), lexicon)
        if its_own is not None and colorable(keyword):
            _add(found, keyword, its_own)
    firsts = {motif: next(iter(named.values())) for motif, named in found.items()}
    return Named({motif: hex_ for motif, hex_ in firsts.items() if hex_}, lent)


def _own_color(text: str, lexicon: Lexicon) -> str | None:
    """The colour a thing's name says it is ("poppies", "the polar bear"), if any."""
    found = forms(text) | forms(text.split()[-1])
    return next((lexicon.own_colors[f] for f in sorted(found) if f in lexicon.own_colors), None)


def _add(found: dict[str, dict[str, str]], keyword: Keyword, hex_: str) -> None:
    """Note the colour named for the keyword's thing under the word that names it; a word
    named in two colours keeps its own ("" : "blue stars, gold stars")."""
    named = found.setdefault(keyword.motif, {})
    word = keyword.text.lower()
    named[word] = hex_ if named.get(word, hex_) == hex_ else ""


def _before(tokens: list[Token], index: int, colors: dict[int, str]) -> int | None:
    """Where the colour among the words right before the thing is: "a green moon", "the red
    paper lantern" (not past a determiner or a clause break)."""
    for k in range(index - 1, max(index - 1 - REACH, -1), -1):
        if tokens[k + 1].brk or tokens[k].word in DETERMINERS:
            return None
        if k in colors:
            return k
    return None


def _after(
    tokens: list[Token],
    last: int,
    colors: dict[int, str],
    things: dict[int, Keyword],
    shades: set[int],
) -> int | None:
    """Where the colour said of the thing after it is: "the moon was green", "the sky turned a
    deep violet", "the sea is very dark green" (not past another thing or a clause break)."""
    said = False
    for k in range(last + 1, min(last + 2 + REACH, len(tokens))):
        if tokens[k].brk or k in things and k not in colors and k not in shades:
            return None
        if k in colors:
            return k if said else None
        said = said or tokens[k].word in SAID
    return None
