"""The mixer: ambience ducked under the narration, voice and ambience volumes, and the one
limiter (master.py). Renders any stretch of a Score, so export and live playback share one
code path, and gives the voice and ambience stems of the very same mix."""

from __future__ import annotations

import numpy as np

from renderer.audio import RATE
from renderer.audio.master import BLOCK, MARGIN, limiter_gain, sanitize
from renderer.audio.score import Score
from renderer.audio.soundscape import Soundscape
from renderer.audio.voice import VoiceTrack

MIX_BLOCK = 10 * RATE  # mixdown renders in blocks this long (bounded memory)


class Mixer:
    """Narration + ducked soundscape for one Score, limited; volumes are linear gains.

    narration=False leaves the voice out and the ambience unducked (on the same Score, so
    the same timeline); stems() gives the voice and the ducked ambience of the full mix.
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
        self.voice = VoiceTrack(
            score.clips if narration else (), score.duration, clip_cache, score.window_s
        )
        self.soundscape = Soundscape(score, wait) if ambient else None
        self.voice_volume = 1.0
        self.ambient_volume = 1.0

    def follow(self, score: Score) -> Mixer:
        """A mixer for a grown Score (more sentences ready) or the next window of a dream,
        that reuses this one's work: its bed players and the prepared clips the Score still
        holds (so the kept clips never outgrow the Score's)."""
        self.voice.keep_only(score.clips)
        mixer = Mixer(score, self.narration, self.ambient, self.wait, self.voice.cache)
        if mixer.soundscape is not None and self.soundscape is not None:
            mixer.soundscape.carry_over(self.soundscape)
        mixer.voice_volume, mixer.ambient_volume = self.voice_volume, self.ambient_volume
        return mixer

    @property
    def length(self) -> int:
        """The Score's length in samples."""
        return int(round(self.score.duration * RATE))

    def _sources(self, start: int, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(voice (n, 2), ducked ambience (n, 2)) before the limiter, finite and bounded,
        silent past the end of a complete Score."""
        voice = np.zeros((n, 2), np.float32)
        ambience: np.ndarray = np.zeros((n, 2), np.float32)
        if self.soundscape is not None and self.ambient_volume > 0:
            ambience = self.soundscape.render(start, n) * self.ambient_volume
            if self.narration:
                ambience *= self.voice.duck_gain(start, n)[:, None]
        if self.narration and self.voice_volume > 0:
            voice[:] = (self.voice.render(start, n) * self.voice_volume)[:, None]
        end = self.length - start  # nothing after the end of the dream
        if self.score.complete and end < n:
            voice[max(end, 0) :] = 0.0
            ambience[max(end, 0) :] = 0.0
        return sanitize(voice), sanitize(ambience)

    def stems(self, start: int, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(voice, ambience), each (n, 2) float32, as heard in the mix of the same stretch:
        both carry the limiter's gain, and render() is their sum."""
        lo = max(0, (start - MARGIN) // BLOCK * BLOCK)
        hi = start + n + MARGIN
        voice, ambience = self._sources(lo, hi - lo)
        gain = limiter_gain(voice + ambience, lo)[start - lo : start - lo + n, None]
        cut = slice(start - lo, start - lo + n)
        return voice[cut] * gain, ambience[cut] * gain

    def render(self, start: int, n: int) -> np.ndarray:
        """The mix (n, 2) float32 for samples start .. start+n-1 (silence past the end)."""
        voice, ambience = self.stems(start, n)
        return np.asarray(voice + ambience)


def mixdown(score: Score, narration: bool = True, ambient: bool = True) -> np.ndarray:
    """The whole Score as float32 stereo (n, 2) at 48 kHz."""
    mixer = Mixer(score, narration, ambient)
    total = mixer.length
    out = np.empty((total, 2), np.float32)
    for start in range(0, total, MIX_BLOCK):
        n = min(MIX_BLOCK, total - start)
        out[start : start + n] = mixer.render(start, n)
    return out
