"""Live playback: the silent clock, the pygame player (SDL disk/dummy drivers), and the clock
measured against the samples the audio device actually received."""

from __future__ import annotations

import os
import time

import numpy as np
import pytest

from renderer.audio import RATE, playback
from renderer.audio.playback import NO_DEVICE, AudioPlayer, SilentPlayer, create_player
from renderer.audio.score import CONTROL_HZ, Score, VoiceClip

pytestmark = pytest.mark.audio

MARK_EVERY = 1.0  # a marker beep at 0.5, 1.5, 2.5, ... seconds


def marker_score(duration: float = 20.0, ambient: bool = False) -> Score:
    steps = int(duration * CONTROL_HZ) + 2
    t = np.arange(int(0.02 * RATE)) / RATE
    beep = (0.5 * np.sin(2 * np.pi * 1000.0 * t)).astype(np.float32)
    clips = tuple(
        VoiceClip(k * MARK_EVERY + 0.5, beep, RATE, k) for k in range(int(duration / MARK_EVERY))
    )
    levels = {"pad": np.full(steps, 0.35, np.float32)} if ambient else {}
    return Score(
        duration, 7, levels, np.full(steps, 0.8, np.float32), np.ones(steps, np.float32), clips
    )


# -- the silent clock ------------------------------------------------------------------------------
def test_silent_clock_runs_pauses_resumes_and_seeks():
    player = SilentPlayer(marker_score())
    assert player.position() == 0.0 and player.paused
    player.start()
    time.sleep(0.2)
    first = player.position()
    assert 0.15 <= first <= 1.0
    player.pause()
    held = player.position()
    time.sleep(0.15)
    assert player.position() == held and player.paused
    player.resume()
    time.sleep(0.1)
    assert held + 0.05 <= player.position() <= held + 1.0
    player.seek(12.5)
    assert 12.5 <= player.position() <= 13.0
    player.pause()
    player.seek(3.0)
    time.sleep(0.05)
    assert player.position() == 3.0 and player.paused  # a paused seek stays paused
    player.resume()
    assert not player.paused
    player.seek(25.0)
    assert player.finished
    player.set_volume(voice=1.5, ambient=-1.0, master=0.5)
    assert (player.volumes.voice, player.volumes.ambient, player.volumes.master) == (1, 0, 0.5)


def test_no_audio_device_falls_back_to_silence_and_says_so_once(monkeypatch, capfd):
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-driver")
    monkeypatch.setattr(playback, "_said_no_device", False)
    first = create_player(marker_score())
    second = create_player(marker_score())
    assert isinstance(first, SilentPlayer) and isinstance(second, SilentPlayer)
    assert not first.audible
    err = capfd.readouterr().err
    assert err.count(NO_DEVICE) == 1
    assert "ALSA" not in err


# -- pygame.mixer --------------------------------------------------------------------------------
def _waits_for(condition, timeout: float = 5.0) -> bool:
    """True once condition() holds (polled), False if it never does within timeout seconds:
    a loaded machine delays the audio thread, which must not fail the test."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_audio_player_on_the_dummy_driver_advances_and_pauses(monkeypatch):
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    player = create_player(marker_score(ambient=True))
    assert isinstance(player, AudioPlayer)
    try:
        player.start()
        assert _waits_for(lambda: player.position() >= 0.3)  # the clock moves
        player.pause()
        held = player.position()
        time.sleep(0.3)
        assert player.position() == held  # and holds while paused
        player.resume()
        assert _waits_for(lambda: player.position() >= held + 0.2)
        player.seek(10.0)
        assert 10.0 <= player.position() <= 10.5  # a seek lands where asked
        assert _waits_for(lambda: player.position() >= 10.2)  # and plays on from there
        player.set_volume(master=0.5)
        player.mute()
    finally:
        player.close()


def marker_onsets(path) -> np.ndarray:
    """Frame indices in the device's output where a marker beep begins."""
    pcm = np.fromfile(path, "<i2").reshape(-1, 2)[:, 0].astype(np.float32) / 32768.0
    loud = np.flatnonzero(np.abs(pcm) > 0.05)
    if loud.size == 0:
        return loud
    starts = loud[np.concatenate([[True], np.diff(loud) > int(0.3 * RATE)])]
    return starts


def test_clock_follows_the_samples_heard_through_pauses_and_seeks(monkeypatch, tmp_path):
    """SDL's disk driver writes what it plays, in real time: at each moment we note the
    clock and how many frames the device has taken. The marker beeps in that output tell
    which timeline time was being heard; the clock must agree within 50 ms."""
    out = tmp_path / "device.raw"
    monkeypatch.setenv("SDL_AUDIODRIVER", "disk")
    monkeypatch.setenv("SDL_DISKAUDIOFILE", str(out))
    player = AudioPlayer(marker_score())
    readings: list[tuple[float, float, int]] = []  # (wall, clock, device frames)

    def play_for(seconds: float, settle: float = 1.2) -> None:
        begin = time.perf_counter()
        segment = []
        while time.perf_counter() - begin < seconds:
            time.sleep(0.05)
            if time.perf_counter() - begin > settle:  # a marker has been heard since
                now = time.perf_counter()
                segment.append((now, player.position(), os.path.getsize(out) // 4))
        readings.extend(steady(segment))

    try:
        player.start()
        play_for(3.0)
        player.pause()
        time.sleep(0.6)
        player.resume()
        play_for(2.5)
        player.seek(12.2)
        play_for(2.5)
    finally:
        player.close()
    onsets = marker_onsets(out)
    assert onsets.size >= 4
    errors = []
    for _, position, frames in readings:
        heard_onsets = onsets[onsets <= frames]
        since = (frames - heard_onsets[-1]) / RATE
        marker = round((position - since - 0.5) / MARK_EVERY) * MARK_EVERY + 0.5
        errors.append(position - (marker + since))
    errors = np.abs(np.array(errors))
    assert len(errors) >= 8
    # The disk driver writes in bursts of a few buffers, so one reading can be off by ~25 ms
    # by itself; the clock must agree on the whole and nearly always.
    assert np.median(errors) < 0.03, errors
    assert np.percentile(errors, 80) < 0.05, errors


def steady(segment: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """The readings not just after a stall of the device itself (on this shared machine its
    thread can starve; the clock hears of a stall at the next chunk, 0.25 s later): a stall
    shows as the device falling behind the wall clock."""
    lag = np.array([wall - frames / RATE for wall, _, frames in segment])
    walls = np.array([wall for wall, _, _ in segment])
    keep = []
    for i, reading in enumerate(segment):
        recent = lag[(walls > walls[i] - 0.4) & (walls <= walls[i])]
        if lag[i] - recent.min() < 0.03:
            keep.append(reading)
    return keep


def test_audio_player_follows_a_grown_score_without_blocking(monkeypatch):
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    full = marker_score(ambient=True)
    first = Score(2.0, full.seed, full.levels, full.brightness, full.fade, full.clips[:2], False)
    player = AudioPlayer(first)
    try:
        player.start()
        begin = time.perf_counter()
        player.update(full)
        assert time.perf_counter() - begin < 0.1  # the preparation happens elsewhere
        deadline = time.perf_counter() + 10.0
        while player.score is not full and time.perf_counter() < deadline:
            time.sleep(0.02)
        assert player.score is full
        assert not player.finished
        assert len(player.mixer.voice._placed) == len(full.clips)
    finally:
        player.close()
