"""The soundscape: the beds a Score uses, looped and mixed with gains that follow its curves."""

from __future__ import annotations

import numpy as np

from renderer.audio import RATE
from renderer.audio.beds import BEDS, bed_loop
from renderer.audio.dsp import equal_power
from renderer.audio.music import key_for
from renderer.audio.score import Score


class Soundscape:
    """Ambience of a Score. Tonal beds exist in a bright and a dark mode of the dream's key
    and crossfade (equal power) with the mood; the others simply follow their levels."""

    def __init__(self, score: Score) -> None:
        self.score = score
        self._loops: dict[str, tuple[np.ndarray, np.ndarray | None]] = {}
        for name, curve in score.levels.items():
            if not np.any(curve > 0):
                continue
            if BEDS[name][3]:
                bright = bed_loop(name, score.seed, key_for(score.seed, True))
                dark = bed_loop(name, score.seed, key_for(score.seed, False))
                self._loops[name] = (bright, dark)
            else:
                self._loops[name] = (bed_loop(name, score.seed, key_for(score.seed, True)), None)

    @property
    def beds(self) -> tuple[str, ...]:
        return tuple(self._loops)

    def render(self, start: int, n: int) -> np.ndarray:
        """Stereo ambience (n, 2) for samples start .. start+n-1 (before ducking)."""
        score = self.score
        out = np.zeros((n, 2), np.float32)
        fade = score.control_at(score.fade, start, n, RATE)
        if not np.any(fade > 0):
            return out
        brightness = None
        for name, (loop, dark) in self._loops.items():
            gain = score.control_at(score.levels[name], start, n, RATE) * fade
            if not np.any(gain > 0):
                continue
            idx = (start + np.arange(n)) % loop.shape[0]
            if dark is None:
                out += loop[idx] * gain[:, None]
                continue
            if brightness is None:
                brightness = score.control_at(score.brightness, start, n, RATE)
            to_dark, to_bright = equal_power(brightness)
            out += loop[idx] * (gain * to_bright)[:, None]
            out += dark[idx % dark.shape[0]] * (gain * to_dark)[:, None]
        return out
