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
MANY = frozenset([
    "every", "each", "all", "both", "many", "several", "countless", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozen",
    "hundred", "thousand", "million",
])  # fmt: skip


def single_motifs(plan: ScenePlan) -> frozenset[str]:
    """The motifs whose every naming that is drawn (not negated, not a figure) names one thing."""
    text = plan.dream.text
    ones: dict[str, bool] = {}
    for sentence in plan.sentences:
        for keyword in sentence.named:
            if keyword.drawn and not keyword.figurative:
                ones[keyword.motif] = ones.get(keyword.motif, True) and names_one(text, keyword)
    return frozenset(m for m, one in ones.items() if one)


def names_one(text: str, keyword: Keyword) -> bool:
    """Whether a keyword names one thing: a noun in the singular, not after a number or a
    word of many, nor one that names many ("a lantern", "the old lamp"; not "lanterns", "two
    lamps", "every candle", "a flock")."""
    last = keyword.text.lower().split()[-1]
    if last not in readings(last).get("NOUN", (last,)) or last in FLOCKS:
        return False
    before = WORD.findall(text[max(0, keyword.start - 24) : keyword.start].lower())[-2:]
    return MANY.isdisjoint(before)
