"""The dream menu in a real window under Xvfb: listing, choosing, playing, coming back."""

from __future__ import annotations

import pytest
from app_support import App, app_env, wait_for_picture, window_box

from renderer.app.settings import Settings, load_settings

pytestmark = [pytest.mark.window, pytest.mark.slow]

MENU = ["menu", "--windowed", "--size", "640x360", "--narrator", "silent", "--no-sound"]
BUNDLED = 8


def test_menu_lists_dreams_and_return_plays_the_chosen_one(xvfb, tmp_path):
    extra = tmp_path / "Moth Lantern.txt"
    extra.write_text("A moth carried a lantern over the dark lake.\n", encoding="utf-8")
    with App([*MENU, str(extra)], app_env(xvfb, tmp_path)) as app:
        count = int(app.wait_for("event: menu").split()[-1])
        assert count == BUNDLED + 1
        box = window_box(xvfb)
        wait_for_picture(xvfb, box, min_detail=1.0, min_std=0.0)  # text and a panel, not empty
        app.key("Down")
        chosen = app.wait_for("event: select").split()[-1]
        app.key("Return")
        assert app.wait_for("event: play", timeout=90).split()[-1] == chosen
        app.key("Escape")
        assert int(app.wait_for("event: menu").split()[-1]) == count  # back in the menu
        app.key("Escape")
        assert app.finish() == 0, app.stderr


def test_settings_panel_changes_and_saves_a_setting(xvfb, tmp_path):
    with App(MENU, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: menu")
        app.key("s")
        app.wait_for("event: settings")
        for key in ("Down", "Down", "Down", "Down", "Down", "Right", "Escape"):  # captions: off
            app.key(key)
        app.wait_for("event: settings saved")
        app.key("Escape")
        assert app.finish() == 0, app.stderr
    path = tmp_path / "config" / "reverie" / "settings.toml"
    assert load_settings(path) == Settings(captions=False)


def test_a_broken_settings_file_keeps_its_valid_settings(xvfb, tmp_path):
    path = tmp_path / "config" / "reverie" / "settings.toml"
    path.parent.mkdir(parents=True)
    path.write_text('narrator = "silent"\ncaptions = "maybe"\n[[[', encoding="utf-8")
    with App(MENU, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: menu")
        app.key("Escape")
        assert app.finish() == 0, app.stderr
    broken = [line for line in app.stderr.splitlines() if "is broken" in line]
    assert len(broken) == 1 and "using defaults" in broken[0] and "Traceback" not in app.stderr
    assert load_settings(path) == Settings(narrator="silent")  # its valid setting is kept


def test_dropping_a_text_file_adds_it_to_the_users_dreams(xvfb, tmp_path, monkeypatch):
    import pygame

    from renderer.app.menu import Menu
    from renderer.app.scene import SceneView
    from renderer.app.window import Window
    from renderer.paths import user_dreams_dir

    monkeypatch.setenv("DISPLAY", xvfb)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dropped = tmp_path / "Night Swim.txt"
    dropped.write_text("I swam through a lake of stars.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    window = Window((320, 180))
    scene = SceneView(window.ctx, window.size)
    try:
        menu = Menu(window, scene, Settings(), [])
        before = [item.entry.name for item in menu.items]
        pygame.event.post(pygame.event.Event(pygame.DROPFILE, file=str(dropped)))
        for event in pygame.event.get():
            menu.handle(event)
        chosen = menu.items[menu.selected].entry
        assert chosen.name == "night-swim" and chosen.source_kind == "user"
        assert len(menu.items) == len(before) + 1
        copy = user_dreams_dir() / "night-swim.txt"
        assert copy.read_bytes() == dropped.read_bytes()
        menu.draw(0.0, 0.02)

        pygame.event.post(pygame.event.Event(pygame.DROPFILE, file=str(empty)))
        for event in pygame.event.get():
            menu.handle(event)
        assert len(menu.items) == len(before) + 1  # nothing added
        assert "empty" in menu.message  # the reason is shown in the panel
        menu.draw(0.1, 0.02)
    finally:
        scene.release()
        window.close()
