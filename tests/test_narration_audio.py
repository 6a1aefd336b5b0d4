"""The timeline checked against the synthesized audio itself (espeak-ng; Piper when installed)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib import util

import numpy as np
import pytest
from narration_plans import build, make_plan

from renderer.narration import create_narrator
from renderer.narration.align import align_words
from renderer.narration.clean import words_in

pytestmark = pytest.mark.audio

WINDOW_S, HOP_S = 0.010, 0.0025


@pytest.fixture(scope="module", autouse=True)
def _cache(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("REVERIE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


def rms_curve(track: np.ndarray, rate: int) -> tuple[np.ndarray, np.ndarray]:
    """(window centre times, RMS) over 10 ms windows every 2.5 ms."""
    win, hop = int(WINDOW_S * rate), int(HOP_S * rate)
    n = max(0, (track.size - win) // hop)
    frames = np.lib.stride_tricks.as_strided(track, (n, win), (hop * 4, 4))
    rms = np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1))
    return np.arange(n) * HOP_S + WINDOW_S / 2, rms


def narration_track(timeline) -> tuple[np.ndarray, int]:
    """The narration as the mixer plays it (the voice alone, no ambience), one channel."""
    from renderer.audio import RATE
    from renderer.audio.mixer import mixdown
    from renderer.audio.score import score_from_timeline

    mix = mixdown(score_from_timeline(timeline), narration=True, ambient=False)
    return mix[:, 0].copy(), RATE


def check_against_audio(timeline) -> None:
    """Speech where sentences are, silence in the pauses, onsets where sentences start, words
    starting on voiced audio, cues on spoken word starts."""
    track, rate = narration_track(timeline)
    assert track.size == pytest.approx(timeline.duration * rate, abs=2)
    times, rms = rms_curve(track, rate)
    errors = []
    for s in timeline.sentences:
        inside = (times >= s.start) & (times < s.end)
        assert rms[inside].mean() > 0.02, f"sentence {s.index} is silent"
        near = (times >= s.start - 0.3) & (times < s.end)
        peak = rms[near].max()
        # speech begins where it rises out of silence: 40 dB below the sentence's peak (the
        # soft start of a fricative such as the f of "fireflies" is speech already)
        onset = times[np.flatnonzero(near & (rms > peak * 10 ** (-40 / 20)))[0]]
        errors.append(abs(onset - s.start))
        loud = rms > peak * 10 ** (-40 / 20)
        voiced_words = sum(
            bool(loud[(times >= w.start) & (times < w.start + 0.06)].any()) for w in s.words
        )
        assert voiced_words >= 0.9 * len(s.words), f"sentence {s.index}: words off the audio"
    # (soft onsets such as the "th" of "Then" last longer at the calm default pace)
    assert np.median(errors) <= 0.040 and max(errors) <= 0.080, errors
    spoken = timeline.sentences
    for a, b in zip(spoken, spoken[1:], strict=False):
        gap = (times >= a.end + 0.04) & (times < b.start - 0.04)
        assert gap.any() and rms[gap].max() < 1e-3, f"noise in the pause after {a.index}"
    lead = times < spoken[0].start - 0.04
    tail = times > spoken[-1].end + 0.04
    assert rms[lead].max() < 1e-3 and rms[tail].max() < 1e-3
    word_starts = {(w.start, s.index) for s in spoken for w in s.words}
    assert timeline.cues and all((c.time, c.sentence) in word_starts for c in timeline.cues)


def test_espeak_timeline_matches_its_audio():
    timeline = build(make_plan(), create_narrator("pyttsx3"))
    assert timeline.voice_label == "pyttsx3:en-us" and len(timeline.clips) == 5
    check_against_audio(timeline)
    state = timeline.state_at(timeline.sentences[0].words[2].start + 0.05)
    assert state.voice > 0.2
    pause = (timeline.sentences[0].end + timeline.sentences[1].start) / 2
    assert timeline.state_at(pause).voice < 0.01


def test_espeak_word_starts_follow_the_engine_events_through_non_ascii_text():
    narrator = create_narrator("pyttsx3")
    text = "Na\u00efve caf\u00e9 lights \u2014 \u00fcber the \u00e9tang, glowed."
    utterance = narrator.synthesize(text)
    assert [w.text for w in utterance.words] == [
        "Na\u00efve", "caf\u00e9", "lights", "\u00fcber", "the", "\u00e9tang", "glowed"
    ]  # fmt: skip
    starts = [w.start for w in utterance.words]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert starts[0] < 0.05 and starts[-1] < utterance.duration - 0.2


def test_audio_alignment_fallback_finds_word_onsets_near_espeaks_own():
    """The SAPI5/NSSpeech/Piper fallback, measured against espeak's exact word events (at a
    brisk 175 words per minute: its errors grow with the length of the words)."""
    narrator = create_narrator("pyttsx3", rate=175)
    errors = []
    for text in (
        "The lantern river bent around the sleeping hill, and the fish sang in silver.",
        "Far above, a whale of cloud turned slowly; its shadow cooled the orchard.",
    ):
        rendered = narrator._render(text)
        guessed = align_words(rendered.samples, rendered.sample_rate, text, words_in(text))
        errors += [abs(g - t) for g, t in zip(guessed, rendered.onsets, strict=True)]
    assert np.median(errors) < 0.12 and max(errors) < 0.5, np.round(errors, 3)


def test_pyttsx3_file_backend_speaks_with_aligned_words(tmp_path):
    """The save_to_file path (used where the espeak binding is missing), in its own process
    so that pyttsx3's driver owns espeak there."""
    script = textwrap.dedent(
        """
        from renderer.narration.pyttsx3_file import FileNarrator
        u = FileNarrator(None, 150, 1.0).synthesize("The moon rose, and the tide followed it.")
        assert u.has_audio and u.duration > 1.0, u.duration
        words = [w.text for w in u.words]
        assert words == "The moon rose and the tide followed it".split(), words
        starts = [w.start for w in u.words]
        assert starts == sorted(starts) and starts[-1] < u.duration - 0.1, starts
        print("ok", round(u.duration, 2))
        """
    )
    env = dict(os.environ, REVERIE_CACHE_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stdout


@pytest.mark.slow
@pytest.mark.skipif(util.find_spec("piper") is None, reason="Piper ([neural] extra) not installed")
def test_piper_timeline_matches_its_audio():
    narrator = create_narrator("piper")
    plan = make_plan("The river glowed under the sky. Fireflies rose over 1999 glass flowers.")
    timeline = build(plan, narrator)
    assert timeline.voice_label == "piper:en_US-joe-medium"
    check_against_audio(timeline)
    words = [w.text for s in timeline.sentences for w in s.words]
    assert "1999" in words and "Fireflies" in words
