"""Live playback of a long dream holds only the audio near the play position: the narration
keeps no samples (they come back from the narrator's cache when played) and the player
prepares only a window of clips, also after a seek far ahead."""

from __future__ import annotations

import os
import time

import numpy as np
import pytest
from narration_plans import DREAM, make_plan

from renderer.audio import RATE
from renderer.audio import player as audio_player
from renderer.audio.player import AudioPlayer
from renderer.audio.score import (
    WINDOW_MARGIN_S,
    StoredClip,
    score_from_timeline,
    score_window,
)
from renderer.director import direct
from renderer.narration import Narration, create_narrator
from renderer.timeline import build_timeline

pytestmark = pytest.mark.audio

LONG_DREAM = "\n\n".join([DREAM] * 12)  # about three minutes of speech


@pytest.fixture(autouse=True)
def _cache(monkeypatch, tmp_path):
    monkeypatch.setenv("REVERIE_CACHE_DIR", str(tmp_path / "cache"))


def test_live_narration_holds_no_samples_and_gives_them_back():
    narrator = create_narrator("pyttsx3")
    plan = make_plan(LONG_DREAM)
    script = direct(plan)
    texts = [s.text for s in plan.dream.sentences]
    reference = build_timeline(plan, script, Narration(narrator, texts))  # (now cached)
    live = Narration(narrator, texts, hold_audio=False)
    timeline = build_timeline(plan, script, live)

    assert all(u.samples.size == 0 for u in live.complete())  # nothing held
    # the timeline is the same: times, clips and the voice envelope the pictures follow
    assert [(s.start, s.end) for s in timeline.sentences] == [
        (s.start, s.end) for s in reference.sentences
    ]
    assert [(c.start, c.frames) for c in timeline.clips] == [
        (c.start, c.frames) for c in reference.clips
    ]
    for t in np.linspace(0.0, timeline.duration, 97):
        assert timeline.state_at(t).voice == reference.state_at(t).voice
    # and the samples come back as they were spoken
    for clip, kept in zip(timeline.clips, reference.clips, strict=True):
        assert np.array_equal(clip.load(), kept.load())


def test_a_long_dream_plays_from_a_window_of_its_narration(monkeypatch, tmp_path):
    monkeypatch.setenv("SDL_AUDIODRIVER", "disk")
    out = tmp_path / "device.raw"
    monkeypatch.setenv("SDL_DISKAUDIOFILE", str(out))
    monkeypatch.setattr(audio_player, "BEHIND_S", 1.0)
    monkeypatch.setattr(audio_player, "AHEAD_S", 3.0)
    plan = make_plan(LONG_DREAM)
    texts = [s.text for s in plan.dream.sentences]
    narration = Narration(create_narrator("pyttsx3"), texts, hold_audio=False)
    timeline = build_timeline(plan, direct(plan), narration)
    score = score_from_timeline(timeline)
    assert all(isinstance(clip, StoredClip) for clip in score.clips)
    late = timeline.clips[len(timeline.clips) * 3 // 4 :]
    last = max(late, key=lambda c: c.frames)  # a long sentence far ahead
    assert last.frames / last.sample_rate > 2.0
    reach = 1.0 + 3.0 + 2 * WINDOW_MARGIN_S
    assert last.start > 2 * reach  # the dream is longer than what the player may hold

    player = AudioPlayer(score, ambient=False)
    try:
        player.start()
        deadline = time.monotonic() + 30.0
        while player.position() < 1.0 and time.monotonic() < deadline:
            time.sleep(0.02)
        player.seek(last.start)
        written_before = os.path.getsize(out) // 4
        deadline = time.monotonic() + 60.0
        while player.position() < last.start + 1.5 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert player.position() >= last.start + 1.5
        held = [key for key, _, _ in list(player.mixer.voice.cache)]
    finally:
        player.close()
    starts = {c.sentence: c.start for c in timeline.clips}
    assert 0 < len(held) < len(timeline.clips) / 2
    assert all(abs(starts[key] - last.start) <= reach for key in held)
    # its voice was heard right after the seek (from half a second on: what was queued
    # before the seek may still have been written)
    pcm = np.fromfile(out, "<i2").reshape(-1, 2)[:, 0].astype(np.float32) / 32768.0
    after = pcm[written_before + RATE // 2 : written_before + RATE // 2 + RATE]
    assert np.sqrt(np.mean(after**2)) > 0.01


def test_a_window_cut_from_the_whole_score_is_the_window_made_from_the_timeline():
    """Live playback cuts its windows from the whole Score (score_window); export makes them
    from the timeline: the two agree, so both play the same sound."""
    plan = make_plan(LONG_DREAM)
    texts = [s.text for s in plan.dream.sentences]
    narration = Narration(create_narrator("pyttsx3"), texts, hold_audio=False)
    timeline = build_timeline(plan, direct(plan), narration)
    whole = score_from_timeline(timeline)
    for span in ((0.0, 5.0), (40.0, 100.0), (timeline.duration - 3.0, timeline.duration + 60.0)):
        cut, made = score_window(whole, span), score_from_timeline(timeline, span)
        assert cut.window == made.window and cut.levels.keys() == made.levels.keys()
        for name in made.levels:
            assert np.allclose(cut.levels[name], made.levels[name], atol=1e-6)
        assert np.allclose(cut.brightness, made.brightness, atol=1e-6)
        assert np.array_equal(cut.fade, made.fade)
        assert [c.key for c in cut.clips] == [c.key for c in made.clips]
        assert len(made.clips) < len(whole.clips)
