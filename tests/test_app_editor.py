"""Writing, editing and deleting a dream in the app under Xvfb, with real key presses
(xdotool), and playing what was written."""

from __future__ import annotations

import time

import pytest
from app_support import App, app_env, window_box, xdotool

pytestmark = [pytest.mark.window, pytest.mark.slow]

MENU = ["menu", "--windowed", "--size", "640x360", "--narrator", "silent", "--no-sound"]


def test_write_a_new_dream_with_the_keyboard_save_it_and_play_it(xvfb, tmp_path):
    with App(MENU, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: menu")
        window_box(xvfb)
        app.key("n")
        app.wait_for("event: editor new")
        app.type("Owl Library")
        app.key("Home")
        app.type("The ")
        app.key("Tab")
        app.type("I walked into a libary")
        for key in ("Left", "Left", "Left"):
            app.key(key)
        app.type("r")  # library
        app.key("End")
        app.type(".")
        app.key("Return")
        app.type("ZOwls read to me. Xx")
        app.key("BackSpace")
        app.key("BackSpace")
        app.key("Home")
        app.key("Delete")  # the Z
        app.key("Up")
        app.key("End")
        app.key("Left")
        app.type(" at night")
        app.key("ctrl+s")
        saved = app.wait_for("event: saved").split(" ", 2)[-1]
        assert saved == str(tmp_path / "data" / "reverie" / "dreams" / "the-owl-library.txt")
        with open(saved, encoding="utf-8") as handle:
            assert handle.read() == (
                "Title: The Owl Library\n\nI walked into a library at night.\nOwls read to me. \n"
            )
        app.key("Return")  # the saved dream is the one selected: play it
        assert app.wait_for("event: play", timeout=90).split(" ", 2)[-1] == saved
        app.key("Escape")
        app.wait_for("event: menu")
        app.key("Escape")
        assert app.finish() == 0, app.stderr


def test_edit_rename_and_delete_your_own_dream_sorted_by_date(xvfb, tmp_path):
    folder = tmp_path / "data" / "reverie" / "dreams"
    folder.mkdir(parents=True)
    moth = folder / "moth.txt"
    moth.write_text("Title: Moth\n\nA moth carried a lantern over the lake.\n", encoding="utf-8")
    with App(MENU, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: menu")
        window_box(xvfb)
        app.key("d")
        assert app.wait_for("event: sort") == "event: sort date moth"  # the newest, selected
        app.key("e")
        assert app.wait_for("event: editor") == "event: editor edit moth"
        app.key("Tab")
        app.key("End")
        app.type(" Lantern")
        app.key("ctrl+s")
        renamed = folder / "moth-lantern.txt"
        assert app.wait_for("event: saved") == f"event: saved {renamed}"
        assert not moth.exists()
        assert renamed.read_text(encoding="utf-8") == (
            "Title: Moth Lantern\n\nA moth carried a lantern over the lake.\n"
        )
        app.key("Delete")
        assert app.wait_for("event: delete?") == "event: delete? moth-lantern"
        app.key("n")  # any other key keeps it
        app.wait_for("event: kept")
        assert renamed.exists()
        app.key("Delete")
        app.wait_for("event: delete?")
        app.key("y")
        assert app.wait_for("event: deleted") == "event: deleted moth-lantern"
        assert not renamed.exists()
        app.key("Escape")
        assert app.finish() == 0, app.stderr



def test_a_held_ctrl_shortcut_is_not_a_list_key(xvfb, tmp_path):
    """Ctrl+S held a little too long in the editor repeats in the list: the list's keys are
    plain letters, so Ctrl with one does nothing there (Ctrl+N opens no editor, S settings)."""
    with App(MENU, app_env(xvfb, tmp_path)) as app:
        app.wait_for("event: menu")
        window_box(xvfb)
        app.key("ctrl+n")
        app.key("s")
        app.wait_for("event: settings")
        assert "event: editor new" not in app.lines
        app.key("Escape")
        app.wait_for("event: settings saved")
        app.key("Escape")
        assert app.finish() == 0, app.stderr

def _pump(menu, done, timeout: float = 20.0) -> None:
    import pygame

    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "the menu never got there"
        for event in pygame.event.get():
            menu.handle(event)
        menu.draw(0.0, 0.02)
        time.sleep(0.02)


def test_paste_then_leave_with_unsaved_changes_asked_twice(xvfb, tmp_path, monkeypatch):
    import pygame

    from renderer.app.clipboard import copy_text
    from renderer.app.menu import Menu
    from renderer.app.scene import SceneView
    from renderer.app.settings import Settings
    from renderer.app.window import Window

    monkeypatch.setenv("DISPLAY", xvfb)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = Window((480, 270), title="Reverie paste test")
    scene = SceneView(window.ctx, window.size)
    try:
        menu = Menu(window, scene, Settings(), [], sound=False)
        menu.write_new()
        menu.draw(0.0, 0.02)
        assert copy_text("A heron waited.\nThe reeds whispered.")
        box = window_box(xvfb, "Reverie paste test")
        xdotool(xvfb, "mousemove", str(box[0] + 10), str(box[1] + 10))
        xdotool(xvfb, "key", "Tab")
        xdotool(xvfb, "key", "ctrl+v")
        deadline = time.monotonic() + 20
        while menu.editor.body.text != "A heron waited.\nThe reeds whispered.":
            assert time.monotonic() < deadline, repr(menu.editor.body.text)
            for event in pygame.event.get():
                menu.handle(event)
            menu.draw(0.0, 0.02)
            time.sleep(0.02)

        back = menu.layout.settings_button  # "Back (Esc)" while writing
        xdotool(xvfb, "mousemove", str(box[0] + back.centerx), str(box[1] + back.centery))
        xdotool(xvfb, "click", "1")
        _pump(menu, lambda: menu.editor is not None and menu.editor.notice != "")
        assert menu.mode == "editor" and "Unsaved changes" in menu.editor.notice  # kept
        xdotool(xvfb, "click", "1")  # asked twice: the changes are discarded
        _pump(menu, lambda: menu.mode == "list")
        assert menu.editor is None
    finally:
        scene.release()
        window.close()
