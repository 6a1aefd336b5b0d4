"""`reverie play` in a real window under Xvfb, driven by real key presses (xdotool)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import numpy as np
import pytest
from app_support import (
    REPO,
    App,
    app_env,
    grab,
    wait_for_picture,
    wait_for_still,
    window_box,
)

from renderer.app import scene

pytestmark = [pytest.mark.window, pytest.mark.slow]

PLAY = ["play", "default", "--windowed", "--size", "480x270", "--narrator", "silent", "--no-sound"]


def test_play_shows_a_scene_space_freezes_picture_and_clock_escape_quits(xvfb, tmp_path):
    with App([*PLAY, "--stats"], app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: play lantern-river")
        box = window_box(xvfb)
        assert box[2:] == (480, 270)
        scene = wait_for_picture(xvfb, box, min_detail=1.0, min_std=8.0)  # past the fade-in
        assert len(np.unique(scene.reshape(-1, 3), axis=0)) > 500  # not a flat gradient

        app.key("space")
        paused_at = float(app.wait_for("event: pause").split()[-1])
        first = wait_for_still(xvfb, box)
        time.sleep(1.0)
        second = grab(xvfb, box)
        assert np.array_equal(first, second), "the picture moved while paused"

        app.key("space")
        resumed_at = float(app.wait_for("event: resume").split()[-1])
        assert resumed_at == pytest.approx(paused_at, abs=1e-3)  # the clock stood still
        time.sleep(1.0)
        assert not np.array_equal(second, grab(xvfb, box)), "the picture did not resume"

        app.key("Right")
        seek = float(app.wait_for("event: seek").split()[-1])
        assert seek > resumed_at
        app.key("Escape")
        assert app.finish() == 0, app.stderr
    # how many frames pass the warm-up depends on this shared machine's speed (FrameStats'
    # own test checks the figures): here, that the frames presented were counted
    stats = [line for line in app.lines if line.startswith("stats: ")]
    assert len(stats) == 1 and int(stats[0].split()[1]) > 0, app.lines


def test_frame_stats_measure_after_the_warm_up_and_skip_pauses(monkeypatch):
    warmup = scene.FrameStats.WARMUP_FRAMES
    times = [0.1 * k for k in range(warmup)]  # the warm-up: not measured
    times += [times[-1] + 0.05 * k for k in range(1, 41)]  # 40 frames, 50 ms apart: 2 s
    times += [60.0, 60.25]  # after a pause: one frame of 250 ms
    clock = iter(times)
    monkeypatch.setattr(scene.time, "perf_counter", lambda: next(clock))
    stats = scene.FrameStats()
    for _ in range(warmup):
        stats.tick()
    assert stats.summary(1.0) == f"stats: {warmup} frames (too few to measure)"
    for _ in range(40):
        stats.tick()
    stats.pause_gap()
    stats.tick()
    stats.tick()
    assert stats.summary(0.75) == (  # 41 frames in 2.25 s: 18.2 fps
        "stats: 41 frames in 2.2 s, 18.2 fps, worst frame 250 ms, scale 0.750"
    )


def test_no_display_is_a_one_line_error(tmp_path):
    env = app_env(":0", tmp_path)
    env.pop("DISPLAY")
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "renderer", *PLAY],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reverie: error: no display:"), lines
    assert "xvfb-run" in lines[0] and "Traceback" not in result.stderr


def test_unknown_dream_is_reported_before_any_window(tmp_path):
    env = app_env(os.environ.get("DISPLAY", ":0"), tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "renderer", "play", "no-such-dream-here", "--no-sound"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "no dream named" in result.stderr


@pytest.fixture
def short_dream(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("The river glowed under a violet moon.\n", encoding="utf-8")
    return path


def _short(path, *extra: str) -> list[str]:
    return ["play", str(path), "--windowed", "--size", "320x180", "--narrator", "silent",
            "--no-sound", *extra]  # fmt: skip


def test_the_end_fades_to_dark_and_exits(xvfb, tmp_path, short_dream):
    with App(_short(short_dream), app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: play")
        box = window_box(xvfb)
        app.wait_for("event: end", timeout=60)
        assert app.finish() == 0, app.stderr
    assert box[2:] == (320, 180)


def test_loop_starts_again_at_the_end(xvfb, tmp_path, short_dream):
    with App(_short(short_dream, "--loop"), app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: play")
        app.wait_for("event: seek 0.000", timeout=60)
        assert app.proc.poll() is None
        app.key("Escape")
        assert app.finish() == 0, app.stderr
    assert "event: end" not in app.lines


def test_sleep_timer_fades_out_and_exits(xvfb, tmp_path):
    args = [*PLAY, "--sleep-timer", "0.1"]  # six seconds
    with App(args, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: play")
        app.wait_for("event: sleep", timeout=60)
        assert app.finish() == 0, app.stderr


def test_with_the_audio_player_the_clock_pauses_and_no_device_is_said_once(xvfb, tmp_path):
    args = ["play", "default", "--windowed", "--size", "320x180", "--narrator", "silent"]
    with App(args, app_env(xvfb, tmp_path)) as app:  # SDL_AUDIODRIVER=dummy: the real player
        app.wait_for("event: play", timeout=120)
        time.sleep(1.0)
        app.key("space")
        paused_at = float(app.wait_for("event: pause").split()[-1])
        time.sleep(1.0)
        app.key("space")
        assert float(app.wait_for("event: resume").split()[-1]) == pytest.approx(
            paused_at, abs=1e-3
        )
        app.key("Escape")
        assert app.finish() == 0, app.stderr
    assert paused_at > 0.5
    assert app.stderr.count("no audio device") == 1, app.stderr
