"""One dream made playable: its Production (plan, narration synthesized in the background, the
first sentence at once) and a timeline + audio score that grow as more sentences are ready.
The narration's samples are not held: the audio player loads those it is about to play.

Rebuilding a timeline and its score takes a noticeable fraction of a second for a long dream,
so it happens on a worker thread; the render loop only picks up the newest finished pair.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from renderer.pipeline import Production, VoiceChoice, narrator_for

if TYPE_CHECKING:
    from renderer.audio.score import Score
    from renderer.dream import Dream
    from renderer.mapping.plan import ScenePlan
    from renderer.timeline import Timeline


class DreamSession:
    """A dream's production and the newest (timeline, score) built from it."""

    def __init__(
        self, dream: Dream, voice: VoiceChoice, *, plan: ScenePlan | None = None
    ) -> None:
        self.production = Production(
            dream, narrator_for(dream, voice), scene_plan=plan, hold_audio=False
        )
        self.production.wait_first_sentence()
        self._lock = threading.Lock()
        self._built = -1
        self._fresh = False
        self.timeline, self.score = self._build()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if not self.timeline.complete:
            self._thread = threading.Thread(target=self._grow, name="reverie-timeline", daemon=True)
            self._thread.start()

    @property
    def plan(self) -> ScenePlan:
        return self.production.plan

    def _build(self) -> tuple[Timeline, Score]:
        from renderer.audio.score import score_from_timeline

        ready = self.production.narration.ready_count
        timeline = self.production.timeline(partial=True)
        self._built = ready
        return timeline, score_from_timeline(timeline)

    def _grow(self) -> None:
        narration = self.production.narration
        while not self._stop.is_set():
            waiting_for = self._built  # the first sentence not yet in the timeline
            if narration.sentence(waiting_for, wait=True, timeout=0.5) is None:
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
        self.production.close()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
