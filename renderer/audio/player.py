"""Live playback: the mix streamed to pygame.mixer in short chunks, and the playback clock the
visuals follow.

The clock is derived from the audio actually consumed: a feeder thread renders chunks from the
Score and queues them on one pygame channel. When the mixer starts a queued chunk, the feeder
knows it started between its last two polls, and moves the clock's offset (wall time - chunk
start), if need be, to the nearer edge of that window. Between chunk starts the clock runs on
perf_counter, but never past the start of the chunk still waiting in the queue. No frame dt is
ever summed, so it cannot drift from the sound, and a device that stalls or runs slow holds
the clock back with it.

The mixer holds only a window of the dream around the play position (BEHIND_S before it,
AHEAD_S after it, and the Score's window margins): voice clips are prepared as the window
moves ahead, on a helper thread, and released behind it, so memory does not grow with the
dream's length. A seek outside the window prepares a short one at once.

Without an audio device the same API runs on a silent perf_counter clock (SilentPlayer).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np

from renderer.audio import RATE
from renderer.audio.mixer import Mixer
from renderer.audio.score import Score, score_window

if TYPE_CHECKING:
    import pygame

CHUNK_S = 0.25  # one queued Sound; voice/ambience volume changes land within two chunks
POLL_S = 0.002  # how often the feeder looks for a chunk change
MIXER_BUFFER = 1024  # samples per device buffer (about 21 ms of output latency)
NO_DEVICE = "no audio device: playing silently with captions"
BEHIND_S = 15.0  # the mixer's window reaches this far back from the play position (a seek
AHEAD_S = 60.0  # to the sentence before needs no new window) and this far ahead of it;
REFILL_S = 30.0  # the next window is asked for once less than this of it is left ahead
SEEK_AHEAD_S = 5.0  # a window made at once (a seek) reaches this far: the full one follows

_said_no_device = False


def _say_no_device() -> None:
    global _said_no_device
    if not _said_no_device:
        _said_no_device = True
        print(NO_DEVICE, file=sys.stderr)


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence file descriptor 2 (C libraries write there directly) for a moment."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def open_mixer() -> None:
    """pygame.mixer at RATE, 16 bit, stereo (pygame.error when there is no audio device)."""
    import pygame

    if pygame.mixer.get_init() not in (None, (RATE, -16, 2)):
        pygame.mixer.quit()  # opened by pygame.init() with other settings
    with _quiet_stderr():  # ALSA prints its own complaints when there is no device
        pygame.mixer.init(RATE, -16, 2, MIXER_BUFFER, allowedchanges=0)


class _Volumes:
    """Voice, ambience and master volumes (0..1) and mute, shared by both players."""

    def __init__(self) -> None:
        self.voice = 1.0
        self.ambient = 1.0
        self.master = 1.0
        self.muted = False

    def set(self, voice: float | None, ambient: float | None, master: float | None) -> None:
        if voice is not None:
            self.voice = min(max(voice, 0.0), 1.0)
        if ambient is not None:
            self.ambient = min(max(ambient, 0.0), 1.0)
        if master is not None:
            self.master = min(max(master, 0.0), 1.0)


class SilentPlayer:
    """The playback API on a perf_counter clock, for machines without sound."""

    audible = False

    def __init__(self, score: Score) -> None:
        self.score = score
        self.volumes = _Volumes()
        self._base = 0.0  # position at _since (or the frozen position while paused)
        self._since: float | None = None  # perf_counter when the clock last ran from _base

    def start(self, at: float = 0.0) -> None:
        self._base, self._since = max(at, 0.0), time.perf_counter()

    def position(self) -> float:
        """Seconds into the dream."""
        if self._since is None:
            return self._base
        return self._base + time.perf_counter() - self._since

    @property
    def paused(self) -> bool:
        return self._since is None

    def pause(self) -> None:
        if self._since is not None:
            self._base, self._since = self.position(), None

    def resume(self) -> None:
        if self._since is None:
            self._since = time.perf_counter()

    def seek(self, t: float) -> None:
        """Jump to t seconds (e.g. a sentence start); a paused player stays paused."""
        self._base = max(t, 0.0)
        if self._since is not None:
            self._since = time.perf_counter()

    def set_volume(
        self, voice: float | None = None, ambient: float | None = None, master: float | None = None
    ) -> None:
        self.volumes.set(voice, ambient, master)

    def mute(self, muted: bool = True) -> None:
        self.volumes.muted = muted

    def update(self, score: Score) -> None:
        """Follow a grown Score (more sentences ready)."""
        self.score = score

    @property
    def finished(self) -> bool:
        """The whole dream (not just the sentences ready so far) has been played."""
        return self.score.complete and self.position() >= self.score.duration

    def close(self) -> None:
        self.pause()


class AudioPlayer:
    """Narration and soundscape through pygame.mixer, with the clock taken from the sound."""

    audible = True

    def __init__(self, score: Score, narration: bool = True, ambient: bool = True) -> None:
        import pygame

        open_mixer()
        self._pygame = pygame
        self._channel = pygame.mixer.Channel(0)
        self.score = score  # the whole Score being heard
        self._latest = score  # the newest whole Score given (heard once its window is ready)
        self._span = _span_at(0.0, AHEAD_S)  # what the mixer covers (start, end seconds)
        self._asked_to = self._span[1]  # the end of the newest window asked for
        self.mixer = Mixer(score_window(score, self._span), narration, ambient, wait=False)
        self.volumes = _Volumes()
        self._lock = threading.RLock()
        self._preparing = threading.Lock()  # one window is prepared at a time
        self._chunk = int(CHUNK_S * RATE)
        self._cursor = 0  # next sample to render
        self._queued_start = 0  # timeline sample where the queued chunk begins
        self._offset = 0.0  # wall time - timeline time of what is being heard (+ latency)
        self._frozen: float | None = 0.0  # the position while paused / before start
        self._last = 0.0
        self._generation = 0  # windows asked for so far (the newest one wins)
        self._failed = False  # a mixing error was reported
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- clock -------------------------------------------------------------------------------
    def position(self) -> float:
        """Seconds into the dream, as heard."""
        with self._lock:
            if self._frozen is not None:
                return self._frozen
            latency = MIXER_BUFFER / RATE
            pos = time.perf_counter() - self._offset - latency
            # Nothing of the queued chunk is heard before it starts: a late device (a stall,
            # an underrun) holds the clock here instead of letting it run ahead.
            pos = max(min(pos, self._queued_start / RATE), self._last)
            self._last = pos
            return pos

    @property
    def paused(self) -> bool:
        return self._frozen is not None

    @property
    def finished(self) -> bool:
        """The whole dream (not just the sentences ready so far) has been played."""
        return self.score.complete and self.position() >= self.score.duration

    # -- transport ---------------------------------------------------------------------------
    def start(self, at: float = 0.0) -> None:
        """Begin playing at `at` seconds."""
        with self._lock:
            self._restart(at)
        if self._thread is None:
            self._thread = threading.Thread(target=self._feed, name="reverie-audio", daemon=True)
            self._thread.start()

    def pause(self) -> None:
        with self._lock:
            if self._frozen is None:
                self._frozen = self.position()
                self._pygame.mixer.pause()

    def resume(self) -> None:
        with self._lock:
            if self._frozen is not None:
                # Chunk starts seen before the pause no longer hold; re-anchor at the frozen point.
                self._offset = time.perf_counter() - self._frozen - MIXER_BUFFER / RATE
                self._last = self._frozen
                self._frozen = None
                self._pygame.mixer.unpause()

    def seek(self, t: float) -> None:
        """Jump to t seconds; a paused player stays paused, at t."""
        with self._lock:
            was_paused = self._frozen is not None
            self._restart(t)
            if was_paused:
                self._frozen = self._last
                self._pygame.mixer.pause()

    def _restart(self, t: float) -> None:
        t = max(t, 0.0)
        self._channel.stop()
        self._pygame.mixer.unpause()
        self._cursor = int(round(t * RATE))
        first = self._render_next()
        self._offset = time.perf_counter() - t
        self._channel.play(first)
        self._queued_start = self._cursor
        self._channel.queue(self._render_next())
        self._frozen = None
        self._last = t

    # -- volumes -----------------------------------------------------------------------------
    def set_volume(
        self, voice: float | None = None, ambient: float | None = None, master: float | None = None
    ) -> None:
        """Volumes 0..1; master and mute act at once, voice and ambience from the next chunk."""
        with self._lock:
            self.volumes.set(voice, ambient, master)
            self._apply_master()

    def mute(self, muted: bool = True) -> None:
        with self._lock:
            self.volumes.muted = muted
            self._apply_master()

    def _apply_master(self) -> None:
        self._channel.set_volume(0.0 if self.volumes.muted else self.volumes.master)

    def update(self, score: Score) -> None:
        """Follow a grown Score (more sentences ready). Returns at once: the new sentences
        are prepared on a helper thread and heard from the chunk after they are ready."""
        with self._lock:
            self._latest = score
            self._prepare(self._cursor / RATE)

    # -- the window --------------------------------------------------------------------------
    def _prepare(self, at: float) -> None:
        """Ask for the window at `at` seconds of the newest Score, prepared on a helper
        thread and heard from the chunk after it is ready (unless a newer one was asked for)."""
        with self._lock:
            self._generation += 1
            generation, score, span = self._generation, self._latest, _span_at(at, AHEAD_S)
            self._asked_to = span[1]

        def prepare() -> None:
            with self._preparing:
                with self._lock:
                    if generation != self._generation:
                        return  # a newer window was asked for meanwhile
                    current = self.mixer
                mixer = current.follow(score_window(score, span))
                with self._lock:
                    if generation == self._generation:
                        self.score, self.mixer, self._span = score, mixer, span

        threading.Thread(target=prepare, name="reverie-audio-window", daemon=True).start()

    def _move_window(self) -> None:
        """Before a chunk is rendered: a chunk outside the window gets a short window now
        (after a seek, or if the full one was not ready in time), and the full one is asked
        for; one near the window's end asks for the next."""
        start, end = self._cursor / RATE, (self._cursor + self._chunk) / RATE
        if not self._span[0] <= start <= end <= self._span[1]:
            self._generation += 1  # any window being prepared is for elsewhere
            span = _span_at(start, SEEK_AHEAD_S)
            self.mixer = self.mixer.follow(score_window(self._latest, span))
            self.score, self._span = self._latest, span
            self._prepare(start)
        elif end > self._asked_to - REFILL_S:
            self._prepare(start)

    def close(self) -> None:
        """Stop the sound and the feeder; the mixer is shut down."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=1.0)
        with self._lock:
            if self._frozen is None:
                self._frozen = self.position()
            self._channel.stop()
        self._pygame.mixer.quit()

    # -- feeder ------------------------------------------------------------------------------
    def _render_next(self) -> pygame.mixer.Sound:
        try:
            self._move_window()
            self.mixer.voice_volume = self.volumes.voice
            self.mixer.ambient_volume = self.volumes.ambient
            block = self.mixer.render(self._cursor, self._chunk)
        except Exception as error:  # noqa: BLE001 - the show goes on, in silence
            if not self._failed:
                self._failed = True
                print(f"audio: mixing failed ({error}); continuing silently", file=sys.stderr)
            block = np.zeros((self._chunk, 2), np.float32)
        self._cursor += self._chunk
        pcm = np.clip(np.round(block * 32767.0), -32768, 32767).astype(np.int16)
        return self._pygame.mixer.Sound(buffer=pcm.tobytes())

    def _feed(self) -> None:
        """Keep one chunk queued; note when the mixer starts each queued chunk."""
        polled = time.perf_counter()  # when the queued chunk was last seen still waiting
        while not self._stop.wait(POLL_S):
            with self._lock:
                now = time.perf_counter()
                if self._frozen is not None or self._channel.get_queue() is not None:
                    polled = now
                    continue
                if self._channel.get_busy():
                    # The queued chunk started between the last poll and now: the clock's own
                    # start time is kept if it falls in that window, else moved to its nearer
                    # edge. A late device moves it later; a feeder that was itself held up
                    # (a long window) changes nothing it cannot know.
                    due = self._offset + self._queued_start / RATE
                    started = min(max(due, polled), now)
                    self._offset = started - self._queued_start / RATE
                else:
                    # We were starved and the channel ran dry: the sound resumes now, later
                    # than planned, so the clock re-anchors (and holds still until it is due).
                    self._offset = now - self._cursor / RATE
                    self._channel.play(self._render_next())
                self._queued_start = self._cursor
                self._channel.queue(self._render_next())


def _span_at(t: float, ahead: float) -> tuple[float, float]:
    """The window (start, end seconds) the mixer holds for play position t."""
    return max(t - BEHIND_S, 0.0), t + ahead


Player = AudioPlayer | SilentPlayer


def create_player(score: Score, narration: bool = True, ambient: bool = True) -> Player:
    """An AudioPlayer, or a SilentPlayer (said once on stderr) when there is no audio device."""
    if os.environ.get("SDL_AUDIODRIVER", "").lower() == "dummy":
        _say_no_device()  # the dummy driver "plays" into nothing: keep its clock, say so
    try:
        return AudioPlayer(score, narration, ambient)
    except Exception:  # pygame.error, or no pygame/SDL audio at all
        _say_no_device()
        return SilentPlayer(score)
