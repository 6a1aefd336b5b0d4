"""The screensaver under Xvfb: standalone exit on a key; the XScreenSaver hack drawing into a
window made by another program (--window-id, XSCREENSAVER_WINDOW with --root), ignoring input
and ending cleanly on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from app_support import App, app_env, grab, wait_for_picture, window_box, xdotool
from processes import command_line, descendants, running, wait_until

pytestmark = [pytest.mark.window, pytest.mark.slow]

# Another program's window: plain pygame (no GL), painted flat white once, then left alone.
HOST = """
import os, sys, time
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
import pygame
pygame.display.init()
pygame.display.set_caption("Host window")
surface = pygame.display.set_mode((320, 180))
surface.fill((255, 255, 255))
pygame.display.flip()
print(hex(pygame.display.get_wm_info()["window"]), flush=True)
end = time.monotonic() + 120
while time.monotonic() < end and sys.stdin.readline() == "":
    pass
"""


@pytest.fixture
def host(xvfb, tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOST],
        env=app_env(xvfb, tmp_path),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    window_id = proc.stdout.readline().strip()
    assert window_id.startswith("0x"), window_id
    box = window_box(xvfb, "Host window")
    time.sleep(0.3)
    assert grab(xvfb, box).min() == 255  # all white before the screensaver draws
    yield window_id, box
    proc.kill()
    proc.wait()


def test_screensaver_ignores_jitter_and_exits_on_a_key(xvfb, tmp_path):
    xdotool(xvfb, "mousemove", "5", "5")
    args = ["screensaver", "--preview", "--seed", "7"]
    with App(args, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: show")
        box = window_box(xvfb)
        assert box[2:] == (480, 270)
        wait_for_picture(xvfb, box)
        time.sleep(1.0)  # past the startup grace
        xdotool(xvfb, "mousemove_relative", "--", "3", "2")  # jitter: not a real movement
        time.sleep(1.0)
        assert app.proc.poll() is None, "the screensaver quit on mouse jitter"
        app.key("a")
        assert app.finish(20) == 0, app.stderr
    assert "event: exit input" in app.lines


def _draws_into_host_and_ends_on_sigterm(app: App, xvfb: str, box) -> None:
    app.wait_for("event: show")
    first = wait_for_picture(xvfb, box)  # fails if nothing is drawn into the host window
    app.key("a")  # a hack never exits on input
    xdotool(xvfb, "mousemove_relative", "--", "60", "40")
    time.sleep(1.5)
    assert app.proc.poll() is None, "the hack exited on input"
    assert not np.array_equal(first, grab(xvfb, box)), "the picture does not move"
    app.proc.send_signal(signal.SIGTERM)
    assert app.finish(20) == 0, app.stderr
    assert "Traceback" not in app.stderr
    assert "event: exit SIGTERM" in app.lines


def test_window_id_draws_into_a_window_made_by_another_program(xvfb, tmp_path, host):
    window_id, box = host
    args = ["screensaver", "--window-id", window_id, "--seed", "3"]
    with App(args, app_env(xvfb, tmp_path)) as app:
        _draws_into_host_and_ends_on_sigterm(app, xvfb, box)


def test_root_uses_xscreensaver_window(xvfb, tmp_path, host):
    window_id, box = host
    env = app_env(xvfb, tmp_path, XSCREENSAVER_WINDOW=window_id)
    with App(["screensaver", "--root", "--seed", "5"], env) as app:
        _draws_into_host_and_ends_on_sigterm(app, xvfb, box)


def test_classic_hack_options_as_xscreensaver_passes_them(xvfb, tmp_path, host):
    window_id, box = host
    args = ["screensaver", "-window-id", window_id, "-fps", "-delay", "20000", "--seed", "3"]
    with App(args, app_env(xvfb, tmp_path)) as app:
        _draws_into_host_and_ends_on_sigterm(app, xvfb, box)
    assert any(line.startswith("stats: ") for line in app.lines), app.lines  # -fps


def test_hack_ends_cleanly_when_its_window_is_destroyed(xvfb, tmp_path, host):
    """The window's owner goes away without a signal (frames then fail with X errors): the hack
    ends through its clean path, not from Xlib's error handler."""
    window_id, box = host
    with App(["screensaver", "--window-id", window_id, "--seed", "3"],
             app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: show")
        wait_for_picture(xvfb, box)
        xdotool(xvfb, "windowkill", window_id)  # the host loses its connection and windows
        app.wait_for("event: exit window gone", timeout=30)
        assert app.finish(20) == 0, app.stderr
    assert "X Error" not in app.stderr


def test_sigkill_of_the_narrating_hack_leaves_no_process(xvfb, tmp_path, host):
    """With --narrate the beds are made in helper processes (in a fresh cache there are none
    yet). Killed outright, the hack leaves nothing running and no bed is made after the kill
    (test_helper_processes kills a helper in the middle of its work)."""
    window_id, _ = host
    env = app_env(xvfb, tmp_path, XSCREENSAVER_WINDOW=window_id)
    env.pop("REVERIE_CACHE_DIR", None)  # the test session's cache may hold the beds already
    textures = tmp_path / "cache" / "reverie" / "textures"
    with App(["screensaver", "--root", "--narrate", "--seed", "5"], env) as app:
        app.wait_for("event: show", timeout=300)
        wait_until(
            lambda: any("spawn_main" in command_line(p) for p in descendants(app.proc.pid)),
            300, "no helper process appeared",
        )
        family = descendants(app.proc.pid)
        app.proc.kill()
        app.proc.wait()
        made = set(textures.glob("*.npy"))
        wait_until(lambda: not any(running(p) for p in family), 60,
                   f"processes left after SIGKILL: {[command_line(p) for p in family]}")
    assert set(textures.glob("*.npy")) == made, "a bed was made after the hack was killed"
