"""The menu in a real window under Xvfb, driven by real mouse clicks and keys (xdotool): the
settings rows and their < > arrows, the list's scroll cues, and the dreams folder."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest
from app_support import window_box, xdotool

from renderer.app.settings import Settings, load_settings

pytestmark = [pytest.mark.window, pytest.mark.slow]


@pytest.fixture
def menu(xvfb, tmp_path, monkeypatch):
    from renderer.app.menu import Menu
    from renderer.app.scene import SceneView
    from renderer.app.window import Window

    monkeypatch.setenv("DISPLAY", xvfb)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    extra = []
    for n in range(6):
        path = tmp_path / f"extra {n}.txt"
        path.write_text(f"I dreamt of {n + 2} lanterns over a lake.\n", encoding="utf-8")
        extra.append(str(path))
    window = Window((640, 360), title="Reverie menu test")
    scene = SceneView(window.ctx, window.size)
    try:
        menu = Menu(window, scene, Settings(), extra, sound=False)
        menu.draw(0.0, 0.02)
        yield menu
    finally:
        scene.release()
        window.close()


def _pump(menu, done: Callable[[], bool], timeout: float = 20.0) -> None:
    """Hand the window's events to the menu and redraw until `done()`."""
    import pygame

    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "the menu never got there"
        for event in pygame.event.get():
            menu.handle(event)
        menu.draw(time.monotonic(), 0.02)
        time.sleep(0.02)


def _click(display: str, box, point: tuple[int, int]) -> None:
    x, y = box[0] + point[0], box[1] + point[1]
    xdotool(display, "mousemove", str(x), str(y))
    xdotool(display, "click", "1")


def test_clicking_a_settings_row_selects_it_and_its_arrows_change_it(menu, xvfb, tmp_path):
    box = window_box(xvfb, "Reverie menu test")
    button = menu.layout.settings_button
    _click(xvfb, box, button.center)
    _pump(menu, lambda: menu.mode == "settings")
    keys = [row.key for row in menu.panel.rows]

    captions = keys.index("captions")
    _click(xvfb, box, menu.panel.hits[captions].more.center)
    _pump(menu, lambda: menu.settings.captions is False)
    assert menu.panel.row == captions

    sleep = keys.index("sleep_timer")
    _click(xvfb, box, (menu.panel.hits[sleep].row.x + 20, menu.panel.hits[sleep].row.centery))
    _pump(menu, lambda: menu.panel.row == sleep)
    assert menu.settings.sleep_timer == 0.0  # a click on the row itself only selects it

    volume = keys.index("voice_volume")
    _click(xvfb, box, menu.panel.hits[volume].less.center)
    _pump(menu, lambda: menu.settings.voice_volume == 0.9)

    _click(xvfb, box, menu.layout.settings_button.center)  # Back: saves
    _pump(menu, lambda: menu.mode == "list")
    saved = load_settings(tmp_path / "config" / "reverie" / "settings.toml")
    assert saved == Settings(captions=False, voice_volume=0.9)


def test_the_list_shows_scroll_cues_where_it_goes_on_and_they_scroll(menu, xvfb):
    import numpy as np

    assert len(menu.items) >= 14
    assert menu.layout.more_above is None and menu.layout.more_below is not None
    ui = menu.render_ui(menu.window.size)
    cue = menu.layout.more_below
    pixels = np.array([ui.get_at((x, y))[:3] for x in range(cue.left, cue.right)
                       for y in range(cue.top, cue.bottom)])  # fmt: skip
    assert pixels.max() > 200  # a light arrow is drawn there

    shown = len(menu.layout.items)
    box = window_box(xvfb, "Reverie menu test")
    _click(xvfb, box, cue.center)
    _pump(menu, lambda: menu.selected == shown)  # the next dream, the list scrolled to it
    assert menu.top > 0 and menu.layout.more_above is not None

    menu.select(len(menu.items) - 1)
    menu.draw(0.0, 0.02)
    assert menu.layout.more_below is None and menu.layout.more_above is not None


def test_the_menu_shows_the_dreams_folder_and_o_opens_it(menu, xvfb, tmp_path, monkeypatch):
    from renderer.app.menu import shown_path
    from renderer.paths import user_dreams_dir

    folder = user_dreams_dir()
    assert any(shown_path(folder) in line for line in menu._footer())
    # an xdg-open on PATH that records what it was asked to open
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "opened.txt"
    opener = bin_dir / "xdg-open"
    opener.write_text(f'#!/bin/sh\nprintf %s "$1" > "{record}"\n', encoding="utf-8")
    opener.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    box = window_box(xvfb, "Reverie menu test")
    xdotool(xvfb, "mousemove", str(box[0] + box[2] - 5), str(box[1] + 5))  # off the list
    xdotool(xvfb, "key", "o")
    _pump(menu, lambda: record.exists() and record.read_text(encoding="utf-8") != "")
    assert record.read_text(encoding="utf-8") == str(folder) and folder.is_dir()
    assert menu.message.startswith("opened")

    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    menu.open_dreams_folder()
    assert shown_path(folder) in menu.message and "no xdg-open" in menu.message
