"""Playback's feedback and controls in a real window under Xvfb, with real input (xdotool): the
fading badge, the help card, fullscreen by key and double-click, a click to pause, the seek bar,
and resuming where a dream was left."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from app_support import REPO, App, app_env, grab, wait_for_picture, wait_for_still, window_box

from renderer.app.hud import BADGE_FADE_S, BADGE_HOLD_S, seek_band, seek_track

pytestmark = [pytest.mark.window, pytest.mark.slow]

SIZE = (480, 270)
PLAY = ["play", "default", "--windowed", "--size", "480x270", "--narrator", "silent",
        "--no-sound"]  # fmt: skip


def _changed(display: str, box, before: np.ndarray, region, timeout: float = 5.0) -> np.ndarray:
    """Grabs of `box` until the part `region` (x0, y0, x1, y1) differs clearly from `before`."""
    import time

    x0, y0, x1, y1 = region
    deadline = time.monotonic() + timeout
    while True:
        now = grab(display, box)
        diff = np.abs(now[y0:y1, x0:x1].astype(int) - before[y0:y1, x0:x1].astype(int))
        if (diff.max(axis=2) > 30).sum() > 300:  # a badge at this size covers ~2000 pixels
            return now
        assert time.monotonic() < deadline, f"nothing appeared in {region}"
        time.sleep(0.1)


def _badge_after(app: App, key: str, display: str, box, still: np.ndarray, region) -> np.ndarray:
    """Press `key` until its badge is seen in `region` (a loaded machine may take longer to
    grab the window than the badge stays; each press shows it again)."""
    for _ in range(4):
        try:
            return _changed(display, box, still, region)
        except AssertionError:
            app.key(key)
    return _changed(display, box, still, region)


def _paused_still(app: App, display: str, box) -> np.ndarray:
    app.key("space")
    app.wait_for("event: pause")
    return _rest(display, box)


def _rest(display: str, box) -> np.ndarray:
    """The picture once it stays the same for longer than a badge shows."""
    return wait_for_still(display, box, quiet=BADGE_HOLD_S + BADGE_FADE_S + 0.3, timeout=30)


def test_badges_and_help_show_over_the_paused_picture_and_fade(xvfb, tmp_path):
    with App(PLAY, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: play")
        box = window_box(xvfb)
        wait_for_picture(xvfb, box, min_detail=1.0, min_std=8.0)
        still = _paused_still(app, xvfb, box)
        corner = (SIZE[0] // 2, 0, SIZE[0], SIZE[1] // 4)  # the badge's corner

        app.key("9")
        assert app.wait_for("event: volume") == "event: volume 0.90"
        shown = _badge_after(app, "9", xvfb, box, still, corner)
        x0, y0, x1, y1 = corner
        assert shown[y0:y1, x0:x1].max() > 200  # light text and meter on dark glass
        assert np.array_equal(_rest(xvfb, box), still)  # faded away

        app.key("m")
        assert app.wait_for("event: mute") == "event: mute on"
        _badge_after(app, "m", xvfb, box, still, corner)
        assert np.array_equal(_rest(xvfb, box), still)

        app.key("h")
        assert app.wait_for("event: help") == "event: help on"
        middle = (SIZE[0] // 4, SIZE[1] // 4, 3 * SIZE[0] // 4, 3 * SIZE[1] // 4)
        card = _changed(xvfb, box, still, middle)[middle[1] : middle[3], middle[0] : middle[2]]
        assert np.median(card) < 80 and card.max() > 200  # light text on a dark card
        app.key("question")  # ? hides it again
        assert app.wait_for("event: help") == "event: help off"
        assert np.array_equal(_rest(xvfb, box), still)
        app.key("Escape")
        assert app.finish() == 0, app.stderr


def test_f_and_double_click_toggle_fullscreen_for_the_real_window_size(xvfb, tmp_path):
    with App(PLAY, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: play")
        x, y, w, h = window_box(xvfb)
        app.key("f")
        # no window manager here: the window keeps its size, and the app lays out for it
        on = app.wait_for("event: fullscreen")
        real = window_box(xvfb)[2:]
        assert on == f"event: fullscreen on {real[0]}x{real[1]}", (on, real)
        app.click(x + w // 2, y + h // 3, repeat=2)
        assert app.wait_for("event: fullscreen").startswith("event: fullscreen off")
        app.click(x + w // 2, y + h // 3)  # one click: pause, once no second click came
        app.wait_for("event: pause")
        app.key("Escape")
        assert app.finish() == 0, app.stderr
    assert not any(line.startswith("event: pause") for line in app.lines[:-3]), app.lines


def _duration(dream: str) -> float:
    result = subprocess.run(
        [sys.executable, "-m", "renderer", "timeline", dream, "--json", "--narrator", "silent"],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return json.loads(result.stdout)["duration"]


def test_seek_bar_shows_on_mouse_movement_and_a_click_jumps_there(xvfb, tmp_path):
    import pygame

    pygame.font.init()
    left, right, track_y = seek_track(SIZE)
    total = _duration("default")
    with App(PLAY, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: play")
        box = window_box(xvfb)
        x, y = box[:2]
        wait_for_picture(xvfb, box, min_detail=1.0, min_std=8.0)
        still = _paused_still(app, xvfb, box)
        band = (0, seek_band(SIZE)[0], SIZE[0], SIZE[1])
        app.move(x + SIZE[0] // 2, y + SIZE[1] // 2)
        _changed(xvfb, box, still, band)  # the bar shows over the paused picture
        target = 0.5
        app.click(x + left + round((right - left) * target), y + track_y)
        seek = float(app.wait_for("event: seek").split()[-1])
        assert seek == pytest.approx(target * total, abs=0.02 * total)
        app.key("Escape")
        assert app.finish() == 0, app.stderr
    assert sum(line.startswith("event: pause") for line in app.lines) == 1  # no click-pause


def test_a_dream_resumes_where_it_was_left_and_starts_over_once_finished(xvfb, tmp_path):
    with App(PLAY, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: play")
        app.key("Right")
        app.wait_for("event: seek")
        app.key("Right")
        left_at = float(app.wait_for("event: seek").split()[-1])  # the third sentence's start
        app.key("Escape")
        assert app.finish() == 0, app.stderr
    assert left_at > 2.0
    with App(PLAY, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: play")
        assert float(app.wait_for("event: resume").split()[-1]) == pytest.approx(left_at, abs=2e-3)
        app.key("Escape")
        assert app.finish() == 0, app.stderr

    short = tmp_path / "short.txt"
    short.write_text("The river glowed under a violet moon. A heron waited.\n", encoding="utf-8")
    args = ["play", str(short), "--windowed", "--size", "320x180", "--narrator", "silent",
            "--no-sound"]  # fmt: skip
    positions = tmp_path / "data" / "reverie" / "positions.json"
    with App(args, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: play")
        app.key("Right")
        app.wait_for("event: seek")
        app.wait_for("event: end", timeout=90)  # played to the end
        assert app.finish() == 0, app.stderr
    assert str(short) not in json.loads(positions.read_text(encoding="utf-8"))
    assert "lantern-river" in json.loads(positions.read_text(encoding="utf-8"))  # kept
    with App(args, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: play")
        app.key("Escape")
        assert app.finish() == 0, app.stderr
    assert not any(line.startswith("event: resume") for line in app.lines), app.lines
