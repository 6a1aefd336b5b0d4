"""A short spoken sample of the voice the settings panel is on.

    preview = VoicePreview()
    preview.play("auto", "en_US-joe-medium", rate=None, volume=1.0)   # returns at once
    preview.stop()                                                     # silence, now

A worker thread synthesizes the sample (a new Piper phrase takes seconds; each voice's sample
is kept, and the narrator's own disk cache keeps it across runs) and plays it on the mixer at
the narration's level (renderer.audio.voice.prepare_clip, times the voice volume). Only the
latest request counts: a voice passed over while another was being synthesized is never heard,
and stop() or a new play() silences the sample that is playing.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from typing import TYPE_CHECKING

import numpy as np

from renderer.app.scene import log_event

if TYPE_CHECKING:
    import pygame

PREVIEW_CHANNEL = 1  # the live player streams on channel 0
KEPT = 8  # samples kept for voices heard again (about 1 MB each)
Request = tuple[str, str, int | None]  # (narrator backend, voice id, rate)


class VoicePreview:
    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._wanted: tuple[Request, float] | None = None  # the latest request, not yet taken
        self._current: Request | None = None  # what should be heard now (None: nothing)
        self._samples: dict[Request, np.ndarray] = {}  # prepared mono audio at the mixer rate
        self._sound: pygame.mixer.Sound | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self._failed: set[str] = set()

    def play(self, backend: str, voice: str, rate: int | None, volume: float) -> None:
        """Speak the sample of this narrator and voice (replacing any other); returns at once."""
        if backend == "silent":
            self.stop()
            return
        request = (backend, voice, rate or None)
        with self._lock:
            self._silence()
            self._wanted, self._current = (request, volume), request
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._work, name="reverie-voice-preview", daemon=True
                )
                self._thread.start()
            self._lock.notify()

    def stop(self) -> None:
        """Silence the sample and forget any that is still being made."""
        with self._lock:
            self._wanted = self._current = None
            self._silence()

    def close(self) -> None:
        self.stop()
        with self._lock:
            self._closed = True
            self._lock.notify()

    def _silence(self) -> None:
        if self._sound is not None:
            import pygame

            with contextlib.suppress(pygame.error):  # the mixer was closed: already silent
                self._sound.stop()
            self._sound = None
            log_event("preview stopped")

    def _work(self) -> None:
        while True:
            with self._lock:
                while self._wanted is None and not self._closed:
                    self._lock.wait()
                if self._closed:
                    return
                assert self._wanted is not None
                (request, volume), self._wanted = self._wanted, None
            samples = self._samples.pop(request, None)
            if samples is None:
                samples = self._synthesize(request)
                if samples is None:
                    continue
            self._samples[request] = samples  # the most recently heard last
            while len(self._samples) > KEPT:
                del self._samples[next(iter(self._samples))]
            pcm = playable(samples, volume)
            with self._lock:
                if self._current == request and self._wanted is None:
                    self._start(request, pcm)

    def _synthesize(self, request: Request) -> np.ndarray | None:
        from renderer.errors import ReverieError

        try:
            return sample_audio(*request)
        except ReverieError as error:
            self._say_once(f"no preview of this voice ({error})")
            return None

    def _start(self, request: Request, pcm: np.ndarray) -> None:
        """Play `pcm` (playable's frames) on the preview channel (called with the lock held)."""
        import pygame

        from renderer.audio import RATE
        from renderer.audio.player import open_mixer

        try:
            open_mixer()
        except pygame.error:
            self._say_once("no audio device: voice previews are not heard")
            return
        self._sound = pygame.mixer.Sound(buffer=pcm.tobytes())
        pygame.mixer.Channel(PREVIEW_CHANNEL).play(self._sound)
        log_event(f"preview {request[0]} {request[1] or 'default'} {len(pcm) / RATE:.3f}")

    def _say_once(self, message: str) -> None:
        if message not in self._failed:
            self._failed.add(message)
            print(f"reverie: {message}", file=sys.stderr)


def sample_audio(backend: str, voice: str, rate: int | None) -> np.ndarray | None:
    """The voice's sample (mono, at the mixer's rate, at the narration's level), or None when
    the narrator speaks nothing. Raises ReverieError when the voice cannot speak here."""
    from renderer.audio.score import VoiceClip
    from renderer.audio.voice import prepare_clip
    from renderer.narration.voices import preview_of

    utterance = preview_of(backend, voice, rate)
    if not utterance.has_audio:
        return None
    return prepare_clip(VoiceClip(0.0, utterance.samples, utterance.sample_rate, -1))


def playable(samples: np.ndarray, volume: float) -> np.ndarray:
    """16-bit stereo frames of a sample at `volume`, through the master limiter."""
    from renderer.audio.master import limit

    stereo = limit(np.repeat((samples * volume)[:, None], 2, axis=1).astype(np.float32))
    return np.clip(np.round(stereo * 32767.0), -32768, 32767).astype(np.int16)
