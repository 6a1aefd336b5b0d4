"""The soundscape: the beds a Score uses, looped and mixed with gains that follow its curves."""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future

import numpy as np

from renderer.audio import RATE
from renderer.audio.beds import BEDS, bed_loop
from renderer.audio.dsp import equal_power, loop_slice
from renderer.audio.music import Key, key_for
from renderer.audio.score import CONTROL_HZ, ControlGrid, Score

LATE_FADE_S = 2.0  # a bed that arrives while playing fades in over this long

BedId = tuple[str, int, Key]


class _BedBank:
    """Makes beds on one background thread, so live playback never waits for one."""

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
            bed = self._todo.get()
            future = self._futures[bed]
            try:
                future.set_result(bed_loop(*bed))
            except BaseException as error:  # noqa: BLE001 - handed to whoever waits
                future.set_exception(error)


_BANK = _BedBank()


class Soundscape:
    """Ambience of a Score. Tonal beds exist in a bright and a dark mode of the dream's key
    and crossfade (equal power) with the mood; the others simply follow their levels.

    wait=True (export) makes every bed before returning; wait=False (live) asks for them in
    the background and lets each one fade in when it is ready.
    """

    def __init__(self, score: Score, wait: bool = True) -> None:
        self.score = score
        self._parts: dict[str, tuple[Future[np.ndarray], Future[np.ndarray] | None]] = {}
        self._heard: dict[str, int] = {}  # bed -> samples rendered since it arrived (live)
        self._late = not wait
        for name, curve in score.levels.items():
            if not np.any(curve > 0):
                continue
            bright = _BANK.request((name, score.seed, key_for(score.seed, True)))
            tonal = BEDS[name][3]
            dark = _BANK.request((name, score.seed, key_for(score.seed, False))) if tonal else None
            self._parts[name] = (bright, dark)
        if wait:
            for bright, dark in self._parts.values():
                bright.result()
                if dark is not None:
                    dark.result()

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
