"""The mixer: ambience ducked under the narration, voice and ambience volumes, a soft
ceiling. Renders any stretch of a Score, so export and live playback share one code path."""

from __future__ import annotations

import numpy as np

from renderer.audio import RATE
from renderer.audio.dsp import db_to_gain
from renderer.audio.score import Score
from renderer.audio.soundscape import Soundscape
from renderer.audio.voice import VoiceTrack

CEILING = db_to_gain(-1.0)  # the mix never peaks above this
KNEE = db_to_gain(-4.0)  # the soft clip leaves everything below this untouched
MIX_BLOCK = 10 * RATE  # mixdown renders in blocks this long (bounded memory)


def soft_clip(x: np.ndarray) -> np.ndarray:
    """Identity below KNEE, then a tanh curve that approaches CEILING and never reaches it."""
    mag = np.abs(x)
    over = mag > KNEE
    if not np.any(over):
        return x
    room = CEILING - KNEE
    y = x.copy()
    y[over] = np.sign(x[over]) * (KNEE + room * np.tanh((mag[over] - KNEE) / room))
    return y


class Mixer:
    """Narration + ducked soundscape for one Score; volumes are linear gains (0..1+).

    wait=False (live playback) lets beds arrive in the background and fade in."""

    def __init__(
        self,
        score: Score,
        narration: bool = True,
        ambient: bool = True,
        wait: bool = True,
        clip_cache: dict[tuple[int, int, int], np.ndarray] | None = None,
    ) -> None:
        self.score = score
        self.narration = narration
        self.ambient = ambient
        self.wait = wait
        self.voice = VoiceTrack(score.clips if narration else (), score.duration, clip_cache)
        self.soundscape = Soundscape(score, wait) if ambient else None
        self.voice_volume = 1.0
        self.ambient_volume = 1.0

    def follow(self, score: Score) -> Mixer:
        """A mixer for a grown Score (more sentences ready) that reuses this one's work."""
        mixer = Mixer(score, self.narration, self.ambient, self.wait, self.voice.cache)
        if mixer.soundscape is not None and self.soundscape is not None:
            mixer.soundscape.carry_over(self.soundscape)
        mixer.voice_volume, mixer.ambient_volume = self.voice_volume, self.ambient_volume
        return mixer

    @property
    def length(self) -> int:
        """The Score's length in samples."""
        return int(round(self.score.duration * RATE))

    def render(self, start: int, n: int) -> np.ndarray:
        """The mix (n, 2) float32 for samples start .. start+n-1 (silence past the end)."""
        out = np.zeros((n, 2), np.float32)
        if self.soundscape is not None and self.ambient_volume > 0:
            ambience = self.soundscape.render(start, n)
            if self.narration:
                ambience *= self.voice.duck_gain(start, n)[:, None]
            out += ambience * self.ambient_volume
        if self.narration and self.voice_volume > 0:
            out += (self.voice.render(start, n) * self.voice_volume)[:, None]
        end = self.length - start  # nothing after the end of the dream
        if self.score.complete and end < n:
            out[max(end, 0) :] = 0.0
        return soft_clip(out)


def mixdown(score: Score, narration: bool = True, ambient: bool = True) -> np.ndarray:
    """The whole Score as float32 stereo (n, 2) at 48 kHz."""
    mixer = Mixer(score, narration, ambient)
    total = mixer.length
    out = np.empty((total, 2), np.float32)
    for start in range(0, total, MIX_BLOCK):
        n = min(MIX_BLOCK, total - start)
        out[start : start + n] = mixer.render(start, n)
    return out
