"""The soundscape: the beds a Score uses, each at the gain its curve gives, over time."""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from concurrent.futures import Future

import numpy as np

from renderer.audio import RATE
from renderer.audio.beds import BedPlayer, textures_for
from renderer.audio.score import CONTROL_HZ, ControlGrid, Score
from renderer.audio.textures import TextureId, is_cached, make_textures, texture
from renderer.lifeline import die_with_parent

LATE_FADE_S = 2.0  # a bed that arrives while playing fades in over this long


class _TextureBank:
    """Makes textures for live playback without ever blocking it: a background thread hands
    the missing ones to a helper process (numpy's big FFTs hold the GIL for long stretches,
    which would starve the audio feeder and pygame's own mixer callback), then loads them
    from the cache folder. Should the process or the cache fail, the thread makes them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._futures: dict[TextureId, Future[np.ndarray]] = {}
        self._todo: queue.Queue[TextureId] = queue.Queue()
        self._thread: threading.Thread | None = None

    def request(self, texture_id: TextureId) -> Future[np.ndarray]:
        with self._lock:
            if texture_id not in self._futures:
                self._futures[texture_id] = Future()
                self._todo.put(texture_id)
                if self._thread is None:
                    self._thread = threading.Thread(
                        target=self._work, name="reverie-textures", daemon=True
                    )
                    self._thread.start()
            return self._futures[texture_id]

    def _work(self) -> None:
        while True:
            batch = [self._todo.get()]
            while not self._todo.empty():
                batch.append(self._todo.get())
            missing = [t for t in batch if not is_cached(t)]
            if missing:
                _make_elsewhere(missing)
            for texture_id in batch:
                future = self._futures[texture_id]
                try:
                    future.set_result(texture(texture_id))
                except BaseException as error:  # noqa: BLE001 - handed to whoever waits
                    future.set_exception(error)


def _make_elsewhere(textures: list[TextureId]) -> None:
    """Make textures into the cache folder in a fresh process; a failure is left to the
    caller, which makes them itself."""
    try:
        context = multiprocessing.get_context("spawn")
        worker = context.Process(
            target=_make_in_helper,
            args=(textures, os.getpid()),
            name="reverie-textures",
            daemon=True,
        )
        worker.start()
        worker.join()
    except (OSError, RuntimeError, ValueError):
        pass


def _make_in_helper(textures: list[TextureId], parent: int) -> None:
    """The helper process: it dies with Reverie, however Reverie ends (the bank's thread,
    which starts it, lives as long as the process), and makes the textures."""
    die_with_parent(parent)
    make_textures(textures)


_BANK = _TextureBank()


def _made_here(texture_id: TextureId) -> Future[np.ndarray]:
    """A texture loaded (or made) now, on this thread: export, tests, tools."""
    future: Future[np.ndarray] = Future()
    future.set_result(texture(texture_id))
    return future


class Soundscape:
    """The ambience of a Score: every bed it uses at the level its curve sets, tonal ones in
    the mode its brightness curve sets.

    wait=True (export) loads every texture before returning; wait=False (live) asks for them
    in the background (_TextureBank) and lets each bed fade in when its textures are ready.
    """

    def __init__(self, score: Score, wait: bool = True) -> None:
        self.score = score
        get = _made_here if wait else _BANK.request
        self._needs: dict[str, dict[TextureId, Future[np.ndarray]]] = {}
        for name, curve in score.levels.items():
            if np.any(curve > 0):
                self._needs[name] = {t: get(t) for t in textures_for(name, score.seed)}
        self._players: dict[str, BedPlayer] = {}
        self._arrived: dict[str, int] = {}  # bed -> the sample it was first heard at (live)
        self._late = not wait

    def _player(self, name: str) -> BedPlayer | None:
        if name not in self._players:
            needs = self._needs[name]
            if not all(f.done() for f in needs.values()):
                return None
            loaded = {t: f.result() for t, f in needs.items()}
            self._players[name] = BedPlayer(name, self.score.seed, loaded)
        return self._players[name]

    def _bright_at(self, t: np.ndarray) -> np.ndarray:
        curve = self.score.brightness
        steps = t * CONTROL_HZ - self.score.first
        return np.asarray(np.interp(steps, np.arange(curve.size), curve))

    def render(self, start: int, n: int) -> np.ndarray:
        """Stereo ambience (n, 2) for samples start .. start+n-1 (before ducking)."""
        score = self.score
        out = np.zeros((n, 2), np.float32)
        grid = ControlGrid(start, n, RATE, CONTROL_HZ)
        fade = grid.sample(score.fade, score.first)
        if not np.any(fade > 0):
            return out
        for name in self._needs:
            gain = grid.sample(score.levels[name], score.first) * fade
            if not np.any(gain > 0):
                continue
            player = self._player(name)
            if player is None:
                continue
            if self._late:
                arrived = self._arrived.setdefault(name, start)
                if start + n > arrived and start < arrived + LATE_FADE_S * RATE:
                    ramp = (start - arrived + np.arange(n)) / (LATE_FADE_S * RATE)
                    gain = gain * np.clip(ramp, 0.0, 1.0).astype(np.float32)
            out += player.render(start, n, self._bright_at) * gain[:, None]
        return out

    def carry_over(self, earlier: Soundscape) -> None:
        """Keep the fade-in state and the bed players of an earlier soundscape of the same
        dream (a grown Score), so nothing already playing starts over."""
        self._arrived.update(earlier._arrived)
        if earlier.score.seed == self.score.seed:
            for name, player in earlier._players.items():
                if name in self._needs:
                    self._players[name] = player
