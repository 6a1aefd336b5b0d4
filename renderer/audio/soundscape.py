"""The soundscape: the beds a Score uses, looped and mixed with gains that follow its curves."""

from __future__ import annotations

import multiprocessing
import queue
import threading
from concurrent.futures import Future

import numpy as np

from renderer.audio import RATE
from renderer.audio.beds import BEDS, bed_loop, is_cached, make_beds
from renderer.audio.dsp import equal_power, loop_slice
from renderer.audio.music import Key, key_for
from renderer.audio.score import CONTROL_HZ, ControlGrid, Score

LATE_FADE_S = 2.0  # a bed that arrives while playing fades in over this long

BedId = tuple[str, int, Key]


class _BedBank:
    """Makes beds for live playback without ever blocking it: a background thread hands the
    missing ones to a helper process (numpy's big FFTs hold the GIL for long stretches, which
    would starve the audio feeder and pygame's own mixer callback), then loads them from the
    disk cache. Should the process or the cache fail, the thread makes them itself."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._futures: dict[BedId, Future[np.ndarray]] = {}
        self._todo: queue.Queue[BedId] = queue.Queue()
        self._thread: threading.Thread | None = None

    def request(self, bed: BedId) -> Future[np.ndarray]:
        with self._lock:
            if bed not in self._futures:
                self._futures[bed] = Future()
                self._todo.put(bed)
                if self._thread is None:
                    self._thread = threading.Thread(
                        target=self._work, name="reverie-beds", daemon=True
                    )
                    self._thread.start()
            return self._futures[bed]

    def _work(self) -> None:
        while True:
            batch = [self._todo.get()]
            while not self._todo.empty():
                batch.append(self._todo.get())
            missing = [bed for bed in batch if not is_cached(*bed)]
            if missing:
                _make_elsewhere(missing)
            for bed in batch:
                future = self._futures[bed]
                try:
                    future.set_result(bed_loop(*bed))
                except BaseException as error:  # noqa: BLE001 - handed to whoever waits
                    future.set_exception(error)


def _make_elsewhere(beds: list[BedId]) -> None:
    """Make beds into the disk cache in a fresh process; any failure is left to the caller."""
    try:
        context = multiprocessing.get_context("spawn")
        worker = context.Process(target=make_beds, args=(beds,), name="reverie-beds", daemon=True)
        worker.start()
        worker.join()
    except (OSError, RuntimeError, ValueError):
        pass


_BANK = _BedBank()


def _made_here(bed: BedId) -> Future[np.ndarray]:
    """A bed made (or loaded) now, on this thread: export, tests, tools."""
    future: Future[np.ndarray] = Future()
    future.set_result(bed_loop(*bed))
    return future


class Soundscape:
    """Ambience of a Score. Tonal beds exist in a bright and a dark mode of the dream's key
    and crossfade (equal power) with the mood; the others simply follow their levels.

    wait=True (export) makes every bed before returning; wait=False (live) asks for them in
    the background (_BedBank) and lets each one fade in when it is ready.
    """

    def __init__(self, score: Score, wait: bool = True) -> None:
        self.score = score
        self._parts: dict[str, tuple[Future[np.ndarray], Future[np.ndarray] | None]] = {}
        self._heard: dict[str, int] = {}  # bed -> samples rendered since it arrived (live)
        self._late = not wait
        get = _made_here if wait else _BANK.request
        for name, curve in score.levels.items():
            if not np.any(curve > 0):
                continue
            bright = get((name, score.seed, key_for(score.seed, True)))
            tonal = BEDS[name][3]
            dark = get((name, score.seed, key_for(score.seed, False))) if tonal else None
            self._parts[name] = (bright, dark)

    def _ready(self, name: str) -> tuple[np.ndarray, np.ndarray | None] | None:
        bright, dark = self._parts[name]
        if not bright.done() or (dark is not None and not dark.done()):
            return None
        return bright.result(), None if dark is None else dark.result()

    def render(self, start: int, n: int) -> np.ndarray:
        """Stereo ambience (n, 2) for samples start .. start+n-1 (before ducking)."""
        score = self.score
        out = np.zeros((n, 2), np.float32)
        grid = ControlGrid(start, n, RATE, CONTROL_HZ)
        fade = grid.sample(score.fade)
        if not np.any(fade > 0):
            return out
        brightness = None
        for name in self._parts:
            gain = grid.sample(score.levels[name]) * fade
            if not np.any(gain > 0):
                continue
            loops = self._ready(name)
            if loops is None:
                continue
            if self._late:
                heard = self._heard.get(name, 0)
                if heard < LATE_FADE_S * RATE:
                    ramp = (heard + np.arange(n)) / (LATE_FADE_S * RATE)
                    gain *= np.clip(ramp, 0.0, 1.0).astype(np.float32)
                self._heard[name] = heard + n
            loop, dark = loops
            if dark is None:
                out += loop_slice(loop, start, n) * gain[:, None]
                continue
            if brightness is None:
                brightness = grid.sample(score.brightness)
            to_dark, to_bright = equal_power(brightness)
            out += loop_slice(loop, start, n) * (gain * to_bright)[:, None]
            out += loop_slice(dark, start, n) * (gain * to_dark)[:, None]
        return out

    def carry_over(self, earlier: Soundscape) -> None:
        """Keep the fade-in state of beds already playing in an earlier soundscape."""
        self._heard.update(earlier._heard)
