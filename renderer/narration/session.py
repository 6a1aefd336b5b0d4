"""Narration of a whole dream: the first sentence at once, the rest ahead of playback."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from renderer.narration.base import frame_energy
from renderer.narration.engine import EngineClosed
from renderer.narration.silent import paced_utterance
from renderer.narration.types import Narrator, Utterance

LOUDNESS_HZ = 100  # each sentence's loudness (RMS) is kept at this many frames per second


def _print_warning(message: str) -> None:
    print(f"reverie: warning: {message}", file=sys.stderr)


class Narration:
    """Synthesizes `texts` in order on a background thread (inline for instant narrators).

    A sentence the engine cannot speak is kept as a caption-only utterance (reading-pace
    word timings, no audio) with a warning: one bad sentence never stops the dream.

    hold_audio=False (live playback) keeps each sentence's timings, length and loudness but
    not its samples: audio() loads them again (from the narrator's cache) when they are
    played, so a long dream's narration is not held in memory.
    """

    def __init__(
        self,
        narrator: Narrator,
        texts: Sequence[str],
        *,
        warn: Callable[[str], None] = _print_warning,
        hold_audio: bool = True,
    ) -> None:
        self.narrator = narrator
        self.texts = tuple(texts)
        self.hold_audio = hold_audio
        self.warnings: list[str] = []
        self.first_ready_s: float | None = None  # seconds from creation to sentence 0
        self._warn = warn
        self._results: list[Utterance | None] = [None] * len(self.texts)
        self._frames = [0] * len(self.texts)  # samples in each sentence's audio
        self._loudness = [np.zeros(0, np.float32)] * len(self.texts)  # RMS at LOUDNESS_HZ
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

    def frames(self, index: int) -> int:
        """How many samples ready sentence `index` has (0: no audio)."""
        return self._frames[index]

    def loudness(self, index: int) -> np.ndarray:
        """Ready sentence `index`'s RMS per 1/LOUDNESS_HZ s (empty without audio)."""
        return self._loudness[index]

    def audio(self, index: int) -> np.ndarray:
        """Ready sentence `index`'s samples: held, or spoken again (the narrator's cache gives
        them back as they were); silence if the engine fails now."""
        utterance = self._results[index]
        if utterance is not None and (self.hold_audio or not self._frames[index]):
            return utterance.samples
        try:
            return self.narrator.synthesize(self.texts[index]).samples
        except Exception as error:  # noqa: BLE001 - one sentence never stops the dream
            self._warn(f"sentence {index + 1} could not be spoken again ({error}); it is silent")
            return np.zeros(self._frames[index], np.float32)

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
        frames = utterance.samples.size
        loudness = frame_energy(utterance.samples, utterance.sample_rate, 1.0 / LOUDNESS_HZ)
        if not self.hold_audio:
            utterance = replace(utterance, samples=np.zeros(0, np.float32))
        with self._cond:
            self._frames[index], self._loudness[index] = frames, loudness
            self._results[index] = utterance
            while self._ready < len(self._results) and self._results[self._ready] is not None:
                self._ready += 1
            if index == 0:
                self.first_ready_s = time.perf_counter() - self._started
            self._cond.notify_all()
