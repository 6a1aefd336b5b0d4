"""Hand-made ScenePlans for the narration/timeline tests: the real dream parser, and a tiny
keyword finder standing in for the mapper (so these tests pin timing, not mapping)."""

from __future__ import annotations

import re
from typing import Any

from renderer.director import direct
from renderer.dream import parse_dream
from renderer.mapping.plan import Keyword, Mood, MotifScore, ScenePlan, SentencePlan
from renderer.narration.types import Narrator
from renderer.timeline import Timeline, build_timeline

LEXICON = {
    "river": "river",
    "water": "river",
    "fireflies": "fireflies",
    "sky": "sky",
    "nebula": "nebula",
    "forest": "forest",
    "glass": "crystal",
    "moon": "moon",
}

DREAM = (
    "I walked along a glowing river \u2014 fireflies drifted over the water.\n\n"
    "Then the sky opened into a nebula. The forest answered softly.\n\n"
    "Glass leaves fell. Quiet."
)


def make_plan(
    text: str = DREAM,
    lexicon: dict[str, str] = LEXICON,
    palette: tuple[str, ...] = ("#0b1e3f", "#3ad1c4", "#f2e9a0"),
) -> ScenePlan:
    dream = parse_dream(text, "test-dream")
    plans = []
    previous: dict[str, float] = {}
    for s in dream.sentences:
        keywords = []
        for word, motif in lexicon.items():
            for m in re.finditer(rf"\b{word}\b", s.text, re.IGNORECASE):
                start = s.start + m.start()
                keywords.append(
                    Keyword(
                        dream.text[start : start + len(word)], start, start + len(word), motif, 0.9
                    )
                )
        keywords.sort(key=lambda k: k.start)
        motifs = {m: v * 0.5 for m, v in previous.items() if v * 0.5 >= 0.1}
        motifs.update({k.motif: k.weight for k in keywords})
        previous = motifs
        valence = 0.8 if s.index % 2 else -0.4
        plans.append(
            SentencePlan(
                s.index,
                tuple(keywords),
                motifs,
                Mood(valence, 0.2 + 0.1 * s.index),
                (0.2, 0.5, 0.9),
            )
        )
    scores = {}
    for p in plans:
        for k in p.keywords:
            scores.setdefault(k.motif, MotifScore(k.motif, 0.0, p.index))
    return ScenePlan(dream, tuple(plans), tuple(scores.values()), palette)


def build(plan: ScenePlan, narrator: Narrator, **options: Any) -> Timeline:
    """The plan's timeline as the pipeline builds it: directed, then laid out in time."""
    return build_timeline(plan, direct(plan), narrator, **options)
