"""Narration of a whole dream: the first sentence at once, the rest ahead of playback."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Sequence

from renderer.narration.engine import EngineClosed
from renderer.narration.silent import paced_utterance
from renderer.narration.types import Narrator, Utterance


def _print_warning(message: str) -> None:
    print(f"reverie: warning: {message}", file=sys.stderr)


class Narration:
    """Synthesizes `texts` in order on a background thread (inline for instant narrators).

    A sentence the engine cannot speak is kept as a caption-only utterance (reading-pace
    word timings, no audio) with a warning: one bad sentence never stops the dream.
    """

    def __init__(
        self,
        narrator: Narrator,
        texts: Sequence[str],
        *,
        warn: Callable[[str], None] = _print_warning,
    ) -> None:
        self.narrator = narrator
        self.texts = tuple(texts)
        self.warnings: list[str] = []
        self.first_ready_s: float | None = None  # seconds from creation to sentence 0
        self._warn = warn
        self._results: list[Utterance | None] = [None] * len(self.texts)
        self._ready = 0
        self._cond = threading.Condition()
        self._cancelled = False
        self._started = time.perf_counter()
        self._thread: threading.Thread | None = None
        if narrator.instant:
            for i in range(len(self.texts)):
                self._store(i, self._speak(i))
        else:
            self._thread = threading.Thread(target=self._run, name="reverie-narration", daemon=True)
            self._thread.start()

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def ready_count(self) -> int:
        """How many sentences, from the first, are ready."""
        with self._cond:
            return self._ready

    @property
    def done(self) -> bool:
        return self.ready_count == len(self.texts)

    def sentence(
        self, index: int, wait: bool = True, timeout: float | None = None
    ) -> Utterance | None:
        """Sentence `index`'s Utterance; None if not ready (wait=False) or on timeout."""
        with self._cond:
            if wait:
                self._cond.wait_for(lambda: self._results[index] is not None, timeout)
            return self._results[index]

    def complete(self, timeout: float | None = None) -> list[Utterance]:
        """Block until every sentence is ready (for export and whole timelines)."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._ready == len(self.texts), timeout):
                raise TimeoutError("narration did not finish in time")
            return [u for u in self._results if u is not None]

    def ready_prefix(self) -> list[Utterance]:
        """The utterances ready so far, in order, without waiting."""
        with self._cond:
            return [u for u in self._results[: self._ready] if u is not None]

    def cancel(self) -> None:
        """Stop synthesizing further sentences (the current one finishes)."""
        with self._cond:
            self._cancelled = True

    def _run(self) -> None:
        for i in range(len(self.texts)):
            with self._cond:
                if self._cancelled:
                    return
            try:
                self._store(i, self._speak(i))
            except EngineClosed:  # the process is exiting
                return

    def _speak(self, index: int) -> Utterance:
        text = self.texts[index]
        try:
            return self.narrator.synthesize(text)
        except EngineClosed:
            raise
        except Exception as error:  # noqa: BLE001 - one sentence never stops the dream
            message = (
                f"sentence {index + 1} could not be spoken ({error}); showing it as a caption only"
            )
            self.warnings.append(message)
            self._warn(message)
            return paced_utterance(text, self.narrator.rate, self.narrator.sample_rate, (message,))

    def _store(self, index: int, utterance: Utterance) -> None:
        with self._cond:
            self._results[index] = utterance
            while self._ready < len(self._results) and self._results[self._ready] is not None:
                self._ready += 1
            if index == 0:
                self.first_ready_s = time.perf_counter() - self._started
            self._cond.notify_all()
