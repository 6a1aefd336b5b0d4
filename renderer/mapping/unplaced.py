"""The concrete nouns of a dream that no keyword covers: things the mapper cannot place
(assets/concrete_nouns.toml), listed by `reverie analyze` so the vocabulary can follow them."""

from __future__ import annotations

import tomllib
from collections import Counter
from functools import cache

from renderer.errors import ReverieError
from renderer.mapping.matcher import readings, sentence_tags, tokenize
from renderer.mapping.plan import ScenePlan
from renderer.paths import assets_dir


@cache
def concrete_nouns() -> frozenset[str]:
    path = assets_dir() / "concrete_nouns.toml"
    try:
        return frozenset(tomllib.loads(path.read_text(encoding="utf-8"))["words"])
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError) as error:
        raise ReverieError(f"cannot read the concrete nouns {path}: {error}") from error


def unplaced_nouns(plan: ScenePlan) -> list[tuple[str, int]]:
    """(noun, times) for each concrete noun used as a noun that no keyword covers, most
    frequent first, then by first appearance."""
    known = concrete_nouns()
    found: Counter[str] = Counter()
    for sentence, sentence_plan in zip(plan.dream.sentences, plan.sentences, strict=True):
        tokens = tokenize(sentence.text, sentence.start)
        tags = None
        for k, token in enumerate(tokens):
            if any(kw.start < token.end and token.start < kw.end for kw in sentence_plan.named):
                continue
            nouns = {token.word, *readings(token.word).get("NOUN", ())} & known
            if not nouns:
                continue
            if tags is None:
                tags = sentence_tags(sentence.text, sentence.start, tokens)
            if tags is None or tags[k] in ("NN", "NNS"):
                found[min(nouns, key=len)] += 1
    return found.most_common()
