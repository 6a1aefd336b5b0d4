"""The editor's key repeat: a key repeats only while it is still down after a pump, so a slow
frame never turns one press into several."""

from __future__ import annotations

from types import SimpleNamespace

from renderer.app.key_repeat import DELAY_S, INTERVAL_S, KeyRepeat

BACKSPACE, ESCAPE, CTRL = 8, 27, 0x00C0


def _repeat() -> KeyRepeat:
    return KeyRepeat((ESCAPE,), CTRL)


def _pressed(*down: int) -> dict[int, bool]:
    return {key: key in down for key in (BACKSPACE, ESCAPE)}


def test_a_held_key_repeats_after_the_delay_once_per_frame() -> None:
    repeat = _repeat()
    press = SimpleNamespace(key=BACKSPACE, mod=0)
    repeat.press(press, 10.0)
    assert repeat.due(10.0 + DELAY_S / 2, _pressed(BACKSPACE)) is None
    assert repeat.due(10.0 + DELAY_S, _pressed(BACKSPACE)) is press
    assert repeat.due(10.0 + DELAY_S + INTERVAL_S / 2, _pressed(BACKSPACE)) is None
    assert repeat.due(10.0 + DELAY_S + INTERVAL_S, _pressed(BACKSPACE)) is press
    # after a stalled frame, one repeat, not the many the stall would have held
    assert repeat.due(12.0, _pressed(BACKSPACE)) is press
    assert repeat.due(12.0, _pressed(BACKSPACE)) is None


def test_a_key_released_during_a_slow_frame_never_repeats() -> None:
    repeat = _repeat()
    repeat.press(SimpleNamespace(key=BACKSPACE, mod=0), 10.0)
    assert repeat.due(11.5, _pressed()) is None  # its release came in with the late pump
    assert repeat.due(11.6, _pressed(BACKSPACE)) is None  # and it stays released


def test_shortcuts_and_escape_never_repeat() -> None:
    repeat = _repeat()
    repeat.press(SimpleNamespace(key=BACKSPACE, mod=CTRL), 10.0)
    assert repeat.due(11.0, _pressed(BACKSPACE)) is None
    repeat.press(SimpleNamespace(key=ESCAPE, mod=0), 10.0)
    assert repeat.due(11.0, _pressed(ESCAPE)) is None


def test_a_key_up_ends_the_repeat() -> None:
    repeat = _repeat()
    repeat.press(SimpleNamespace(key=BACKSPACE, mod=0), 10.0)
    repeat.release(BACKSPACE)
    assert repeat.due(11.0, _pressed(BACKSPACE)) is None
