"""The menu's settings panel: one row per setting, changed with the keyboard.

Up/Down choose a row, Left/Right (or Return) change its value; any other key closes the panel
(the menu saves the settings then).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from renderer.app.settings import NARRATORS, Settings
from renderer.overlay.text import blend_rect, ellipsize, font

if TYPE_CHECKING:
    import pygame

INK = (236, 232, 222)
DIM = (160, 160, 170)
RATES = (0, 100, 120, 140, 160, 180, 200, 220, 240)
VOLUMES = tuple(round(v * 0.1, 1) for v in range(11))
SLEEP = (0.0, 10.0, 15.0, 20.0, 30.0, 45.0, 60.0, 90.0, 120.0)


@dataclass(frozen=True)
class Row:
    label: str
    key: str  # the Settings field
    choices: Callable[[], tuple[Any, ...]]
    show: Callable[[Any], str]


def _voices(backend: str) -> tuple[str, ...]:
    """ "" (the default voice) and the voice ids of the backend that works here."""
    if backend == "silent":
        return ("",)
    from renderer.narration import list_voices

    try:
        voices = list_voices()
    except Exception:  # noqa: BLE001 - a broken engine just offers its default voice
        return ("",)
    names = voices.get("pyttsx3" if backend == "auto" else backend, [])
    return ("", *sorted(v.id for v in names))


class SettingsPanel:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.row = 0
        self._voice_cache: dict[str, tuple[str, ...]] = {}
        self.rows = (
            Row("Narrator", "narrator", lambda: NARRATORS, str),
            Row("Voice", "voice", self._voice_choices, lambda v: v or "default"),
            Row("Speaking rate", "rate", lambda: RATES, lambda v: f"{v} wpm" if v else "default"),
            Row("Voice volume", "voice_volume", lambda: VOLUMES, lambda v: f"{round(v * 100)}%"),
            Row(
                "Ambience volume",
                "ambience_volume",
                lambda: VOLUMES,
                lambda v: f"{round(v * 100)}%",
            ),
            Row("Captions", "captions", lambda: (True, False), lambda v: "on" if v else "off"),
            Row("Fullscreen", "fullscreen", lambda: (True, False), lambda v: "on" if v else "off"),
            Row(
                "Sleep timer", "sleep_timer", lambda: SLEEP, lambda v: f"{v:g} min" if v else "off"
            ),
        )

    def _voice_choices(self) -> tuple[str, ...]:
        backend = self.settings.narrator
        if backend not in self._voice_cache:
            self._voice_cache[backend] = _voices(backend)
        return self._voice_cache[backend]

    def open(self) -> None:
        self.row = 0

    def change(self, step: int) -> None:
        """Move the current row's value one choice up or down (wrapping)."""
        row = self.rows[self.row]
        choices = row.choices()
        current = getattr(self.settings, row.key)
        if current in choices:
            index = (choices.index(current) + step) % len(choices)
        else:  # a value from the file that is not on the list: go to the nearest end
            index = 0 if step > 0 else len(choices) - 1
        setattr(self.settings, row.key, choices[index])
        if row.key == "narrator" and self.settings.voice not in self._voice_choices():
            self.settings.voice = ""

    def handle_key(self, key: int) -> bool:
        """True when the key was used here; False means: close the panel."""
        import pygame

        if key == pygame.K_UP:
            self.row = (self.row - 1) % len(self.rows)
        elif key == pygame.K_DOWN:
            self.row = (self.row + 1) % len(self.rows)
        elif key in (pygame.K_RIGHT, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
            self.change(+1)
        elif key == pygame.K_LEFT:
            self.change(-1)
        else:
            return False
        return True

    def draw(self, ui: pygame.Surface, body: pygame.Rect, accent: tuple[int, int, int]) -> None:
        import pygame

        h = ui.get_height()
        face = font(max(13, int(h / 30)))
        gap = max(4, int(h * 0.012))
        row_h = face.get_linesize() + gap
        y = body.y
        for index, row in enumerate(self.rows):
            if y + row_h > body.bottom:
                break
            selected = index == self.row
            rect = pygame.Rect(body.x - gap, y, body.width + 2 * gap, row_h)
            if selected:
                blend_rect(ui, (*accent, 46), rect, radius=gap * 2)
            ui.blit(
                face.render(row.label, True, INK if selected else DIM), (body.x + gap, y + gap // 2)
            )
            value = row.show(getattr(self.settings, row.key))
            text = f"<  {value}  >" if selected else value
            image = face.render(
                ellipsize(text, face, body.width // 2), True, accent if selected else INK
            )
            ui.blit(image, (body.right - gap - image.get_width(), y + gap // 2))
            y += row_h + gap // 2
