"""The one place a dream becomes something to show: Dream -> ScenePlan -> SceneScript ->
Narration -> Timeline, and the compositor that draws a Timeline's states in a GL context.

Every command and app builds its chain here, so a still, an export and live playback of the
same dream with the same voice see the same timeline:

    voice = VoiceChoice.from_settings(load_settings())
    timeline = dream_timeline("lantern-river", voice)           # still, export, timeline, bench
    production = Production(dream, narrator_for(dream, voice))  # live: narration in background
    timeline = production.timeline(partial=True)
    compositor = create_compositor(ctx, (1280, 720))
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import moderngl

    from renderer.app.settings import Settings
    from renderer.director import SceneScript
    from renderer.dream import Dream
    from renderer.gfx.compositor import Compositor
    from renderer.gfx.shaders import ShaderLibrary
    from renderer.gfx.visuals import Visuals
    from renderer.mapping.plan import ScenePlan
    from renderer.narration.types import Narrator
    from renderer.timeline import Timeline

FIRST_SENTENCE_TIMEOUT_S = 30.0  # live playback waits this long at most for sentence 0
# A timeline of the sentences ready so far agrees with the complete one until shortly before
# its speech ends (where the next sentence's pause, setting and focus would begin): one whose
# speech runs this long past a time agrees with it up to that time and a little beyond.
AGREES_BEFORE_END_S = 10.0


@dataclass(frozen=True)
class VoiceChoice:
    """Which narrator reads the dream: a backend, a voice, a pace and a volume."""

    narrator: str = "auto"  # one of renderer.narration.factory.BACKENDS
    voice: str | None = None
    rate: int | None = None  # words per minute (None: the narrator's own)
    volume: float | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> VoiceChoice:
        """The voice the user's settings choose (0 and "" mean the narrator's defaults)."""
        return cls(settings.narrator, settings.voice or None, settings.rate or None)

    def silent(self) -> VoiceChoice:
        """Captions at this voice's reading pace, without speech."""
        return replace(self, narrator="silent", voice=None, volume=None)

    def create(self) -> Narrator:
        from renderer.narration.factory import create_narrator

        return create_narrator(self.narrator, voice=self.voice, rate=self.rate, volume=self.volume)

    def for_language(self, language: str) -> VoiceChoice:
        """This voice for a dream in `language`: another language is read by an installed
        voice that speaks it, or shown as captions only (said once, on stderr)."""
        import sys

        from renderer.language import speech_choice

        choice = speech_choice(language, self.narrator, self.voice)
        if choice.note:
            print(f"reverie: {choice.note}", file=sys.stderr)
        return replace(self, narrator=choice.narrator, voice=choice.voice)


def narrator_for(dream: Dream, voice: VoiceChoice) -> Narrator:
    """The narrator that reads `dream` with `voice` (in the dream's language)."""
    return voice.for_language(dream.language).create()


def load(spec: str, seed: int | None = None) -> Dream:
    """A dream by name or path (renderer.library.load_dream), with its seed overridden."""
    from renderer.library import load_dream

    dream = load_dream(spec)
    return dream if seed is None else replace(dream, seed=seed)


def plan(dream: Dream) -> ScenePlan:
    """The dream's imagery, palette and mood, sentence by sentence."""
    from renderer.mapping import analyze

    return analyze(dream)


def direct(scene_plan: ScenePlan) -> SceneScript:
    """Where each passage happens and what each sentence is about."""
    from renderer.director import direct as direct_plan

    return direct_plan(scene_plan)


class Production:
    """A dream being made ready to show: its plan and scene script, its narration synthesized
    on a background thread (first sentence first, or inline for instant narrators) and
    timelines built from the sentences ready so far."""

    def __init__(
        self,
        dream: Dream,
        narrator: Narrator,
        *,
        scene_plan: ScenePlan | None = None,
        hold_audio: bool = True,
    ) -> None:
        from renderer.narration import Narration

        self.dream = dream
        self.plan = scene_plan or plan(dream)
        self.script = direct(self.plan)
        texts = [s.text for s in dream.sentences]
        self.narration = Narration(narrator, texts, hold_audio=hold_audio)

    def wait_first_sentence(self, timeout: float = FIRST_SENTENCE_TIMEOUT_S) -> None:
        if len(self.narration):
            self.narration.sentence(0, wait=True, timeout=timeout)

    def timeline(self, partial: bool = False) -> Timeline:
        """The whole timeline (waits for every sentence), or with partial=True the timeline of
        the sentences ready now (its earlier times never move as more arrive)."""
        from renderer.timeline import build_timeline

        return build_timeline(self.plan, self.script, self.narration, partial=partial)

    def timeline_until(self, t: float) -> Timeline:
        """A timeline that agrees with the complete one up to time t: it waits only for the
        sentences spoken before t (and AGREES_BEFORE_END_S more), in order."""
        from renderer.timeline import sentence_spans

        sentences = self.dream.sentences
        while True:
            ready = self.narration.ready_prefix()
            if len(ready) == len(sentences):
                break
            spans = sentence_spans(sentences, self.script, ready)
            if spans and spans[-1][1] >= t + AGREES_BEFORE_END_S:
                break
            self.narration.sentence(len(ready), wait=True)
        return self.timeline(partial=True)

    def close(self) -> None:
        """Stop synthesizing further sentences."""
        self.narration.cancel()


def dream_timeline(
    spec: str,
    voice: VoiceChoice,
    seed: int | None = None,
    until: float | None = None,
    hold_audio: bool = True,
) -> Timeline:
    """The complete timeline of a dream by name or path, read by `voice`; with `until`, a
    timeline that agrees with it up to that time, for which only the sentences spoken
    before then are synthesized. hold_audio=False: its clips load their samples when played
    (from the narration cache) instead of holding them."""
    dream = load(spec, seed)
    production = Production(dream, narrator_for(dream, voice), hold_audio=hold_audio)
    try:
        return production.timeline() if until is None else production.timeline_until(until)
    finally:
        production.close()


def create_compositor(
    ctx: moderngl.Context,
    size: tuple[int, int],
    *,
    scale: float = 1.0,
    library: ShaderLibrary | None = None,
    visuals: Visuals | None = None,
) -> Compositor:
    """A compositor drawing at `size` in `ctx` (a new shader library and the bundled visuals
    unless given: several compositors of one context may share them)."""
    from renderer.gfx.compositor import Compositor
    from renderer.gfx.shaders import ShaderLibrary
    from renderer.gfx.visuals import load_visuals

    return Compositor(
        ctx,
        library or ShaderLibrary(ctx),
        visuals or load_visuals(),
        size,
        scale=scale,
    )
