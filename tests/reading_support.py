"""Shared helpers for the reading and direction tests: what a short text's words are read as,
where each of its sentences is set, and what is drawn while each is spoken."""

from __future__ import annotations

from renderer import pipeline
from renderer.director import SceneScript, direct
from renderer.dream import parse_dream
from renderer.mapping import analyze


def motifs_of(text: str) -> dict[str, str | None]:
    """Each keyword's words (lowercased) and the motif they are read as, idioms left out."""
    plan = analyze(parse_dream(text, source="test"))
    return {k.text.lower(): k.motif for s in plan.sentences for k in s.named if not k.idiom}


def script_of(text: str) -> SceneScript:
    """The scene script the director makes of a short text."""
    return direct(pipeline.plan(parse_dream(text, "test")))


def settings_of(text: str) -> list[str | None]:
    """The place or open air in force in each sentence (None where there is none yet)."""
    return [d.setting[0] if d.setting else None for d in script_of(text).sentences]


def drawn_of(text: str) -> list[set[str]]:
    """The motifs drawn at the midpoint of each sentence, with the silent narrator's timing."""
    timeline = pipeline.Production(
        parse_dream(text, "test"), pipeline.VoiceChoice("silent").create()
    ).timeline()
    return [set(timeline.state_at((s.start + s.end) / 2).drawn) for s in timeline.sentences]
