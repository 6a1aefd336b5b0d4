"""How many of a thing a dream names: the motifs it only ever names one of ("a lantern", "the
old lamp", never "lanterns"), which are drawn as one thing where their visuals have a layer for
one (renderer/gfx/visuals.py: `one`)."""

from __future__ import annotations

from renderer.mapping.matcher import readings
from renderer.mapping.plan import Keyword, ScenePlan
from renderer.place_words import WORD

# nouns in the singular that name many: "a flock", "a murmuration"
FLOCKS = frozenset(["flock", "murmuration", "swarm", "school", "shoal", "herd", "colony", "pack"])
# words before a noun in the singular that still make it many: "every lamp", "a dozen candle"
# nouns whose plural is the same word: one only after a word of one
SAME_PLURAL = frozenset([
    "fish", "sheep", "deer", "salmon", "trout", "cod", "carp", "moose", "bison", "squid",
    "shrimp", "reindeer", "elk", "swine", "aircraft",
])  # fmt: skip
ONE = frozenset(["a", "an", "one", "single", "lone", "solitary", "only", "this", "that"])
THE = frozenset(["the", "my", "your", "his", "her", "its", "our", "their"])
MANY = frozenset([
    "every", "each", "all", "both", "many", "several", "countless", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozen",
    "hundred", "thousand", "million",
])  # fmt: skip


def single_motifs(plan: ScenePlan) -> frozenset[str]:
    """The motifs that a dream names one of and never many of, in the namings that are drawn
    (not negated, not a figure; what a thing does, "a fish swam", names none)."""
    text = plan.dream.text
    counts: dict[str, set[str]] = {}
    for sentence in plan.sentences:
        for keyword in sentence.named:
            last = keyword.text.lower().split()[-1]
            if keyword.drawn and not keyword.figurative and "NOUN" in readings(last):
                counts.setdefault(keyword.motif, set()).add(how_many(text, keyword))
    return frozenset(m for m, seen in counts.items() if "one" in seen and "many" not in seen)


def how_many(text: str, keyword: Keyword) -> str:
    """How many things a keyword names: "one" (a noun in the singular, not after a number or
    a word of many: "a lantern", "the old lamp"), "many" ("lanterns", "two lamps", "every
    candle", "a flock") or, for a noun whose plural is the same word, "one" only after a word
    of one ("a fish"), "many" bare or after a word of many ("fish swam round me") and else
    "either" ("the fish")."""
    last = keyword.text.lower().split()[-1]
    if last not in readings(last).get("NOUN", (last,)) or last in FLOCKS:
        return "many"
    before = WORD.findall(text[max(0, keyword.start - 24) : keyword.start].lower())[-2:]
    if not MANY.isdisjoint(before):
        return "many"
    if last not in SAME_PLURAL or not ONE.isdisjoint(before):
        return "one"
    return "many" if not before or before[-1] not in THE else "either"
