"""Key repeat for the dream editor, timed by whether the key is still down after each pump.

pygame's own repeat (`pygame.key.set_repeat`) fires from a timer 400 ms after a key goes down
unless its release has been pumped by then, so a frame slower than that (software GL on a
loaded machine) turns one press into several. Here a key repeats only while SDL's key state,
read after the frame's pump, still holds it down: one repeat per frame at most.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

DELAY_S = 0.4  # a key held this long starts repeating
INTERVAL_S = 0.035  # then repeats this often


class KeyRepeat:
    """The key being held in the editor, and when it repeats next."""

    def __init__(self, unrepeated: Sequence[int], shortcut_mods: int) -> None:
        self.unrepeated = frozenset(unrepeated)  # keys that never repeat (Escape, Tab)
        self.shortcut_mods = shortcut_mods  # a key held with these is a shortcut: no repeat
        self._held: Any = None  # the KEYDOWN event being held
        self._next = 0.0

    def press(self, event: Any, now: float) -> None:
        """A key went down: it may repeat from DELAY_S on, unless it is a shortcut."""
        repeats = event.key not in self.unrepeated and not event.mod & self.shortcut_mods
        self._held = event if repeats else None
        self._next = now + DELAY_S

    def release(self, key: int) -> None:
        if self._held is not None and self._held.key == key:
            self._held = None

    def clear(self) -> None:
        self._held = None

    def due(self, now: float, pressed: Sequence[bool]) -> Any:
        """The KEYDOWN event to repeat now, or None: only while the key is still down."""
        if self._held is None or now < self._next:
            return None
        if not pressed[self._held.key]:
            self._held = None
            return None
        self._next = max(self._next, now) + INTERVAL_S
        return self._held
