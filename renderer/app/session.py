"""One dream made playable: its scene plan, narration synthesized in the background (the first
sentence at once), and a timeline + audio score that grow as more sentences are ready.

Rebuilding a timeline and its score takes a noticeable fraction of a second for a long dream,
so it happens on a worker thread; the render loop only picks up the newest finished pair.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from renderer.app.settings import Settings

if TYPE_CHECKING:
    from renderer.audio.score import Score
    from renderer.dream import Dream
    from renderer.mapping.plan import ScenePlan
    from renderer.narration import Narration
    from renderer.timeline import Timeline

FIRST_SENTENCE_TIMEOUT_S = 30.0


def narrator_for(settings: Settings, narrate: bool, language: str = "en"):  # noqa: ANN201
    """The narrator the settings ask for (the silent one when narration is off), with a voice
    for the dream's `language` when it is not English (renderer.language)."""
    import sys

    from renderer.language import speech_choice
    from renderer.narration import create_narrator

    if not narrate:
        return create_narrator("silent", rate=settings.rate or None)
    choice = speech_choice(language, settings.narrator, settings.voice or None)
    if choice.note:
        print(f"reverie: {choice.note}", file=sys.stderr)
    return create_narrator(choice.narrator, voice=choice.voice, rate=settings.rate or None)


class DreamSession:
    """A dream's plan, narration, and the newest (timeline, score) built from it."""

    def __init__(
        self,
        dream: Dream,
        settings: Settings,
        *,
        narrate: bool = True,
        plan: ScenePlan | None = None,
    ) -> None:
        from renderer.mapping import analyze
        from renderer.narration import Narration

        self.dream = dream
        self.plan = plan or analyze(dream)
        self.narration: Narration = Narration(
            narrator_for(settings, narrate, dream.language), [s.text for s in dream.sentences]
        )
        self.narration.sentence(0, wait=True, timeout=FIRST_SENTENCE_TIMEOUT_S)
        self._lock = threading.Lock()
        self._built = -1
        self._fresh = False
        self.timeline, self.score = self._build()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if not self.timeline.complete:
            self._thread = threading.Thread(target=self._grow, name="reverie-timeline", daemon=True)
            self._thread.start()

    def _build(self) -> tuple[Timeline, Score]:
        from renderer.audio.score import score_from_timeline
        from renderer.timeline import build_timeline

        ready = self.narration.ready_count
        timeline = build_timeline(self.plan, self.narration, partial=True)
        self._built = ready
        return timeline, score_from_timeline(timeline)

    def _grow(self) -> None:
        while not self._stop.is_set():
            waiting_for = self._built  # the first sentence not yet in the timeline
            if self.narration.sentence(waiting_for, wait=True, timeout=0.5) is None:
                continue
            timeline, score = self._build()
            with self._lock:
                self.timeline, self.score, self._fresh = timeline, score, True
            if timeline.complete:
                return

    def take_update(self) -> tuple[Timeline, Score] | None:
        """The newer (timeline, score) if one was built since the last call, else None."""
        with self._lock:
            if not self._fresh:
                return None
            self._fresh = False
            return self.timeline, self.score

    def close(self) -> None:
        self._stop.set()
        self.narration.cancel()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
