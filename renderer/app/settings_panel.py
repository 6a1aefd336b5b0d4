"""The menu's settings panel: one row per setting, changed with the keyboard or the mouse.

Up/Down choose a row, Left/Right (or Return) change its value; any other key closes the panel
(the menu saves the settings then). A click on a row selects it; a click on its < or > changes
it. Voices show by name and language, those of the user's language first, then English; moving
to a voice speaks a short sample of it (renderer.app.voice_preview), until another voice is
chosen or the panel closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from renderer.app.settings import Settings
from renderer.app.voice_preview import VoicePreview
from renderer.narration.factory import BACKENDS
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


@dataclass
class RowHits:
    """Where the last drawn row and its arrows are (for clicks)."""

    row: pygame.Rect
    less: pygame.Rect
    more: pygame.Rect


def _voices(backend: str) -> dict[str, str]:
    """Voice id -> label for `backend` ("auto": every voice), best first (the user's language,
    then neural voices, renderer.narration.voices); "" is the narrator's default."""
    if backend == "silent":
        return {"": "default"}
    from renderer.narration.voices import voice_choices

    try:
        choices = voice_choices()
    except Exception:  # noqa: BLE001 - a broken engine just offers its default voice
        return {"": "default"}
    found = [c for c in choices if backend in ("auto", c.backend)]
    return {"": "default", **{c.id: c.label for c in found}}


class SettingsPanel:
    def __init__(self, settings: Settings, preview: VoicePreview | None = None) -> None:
        self.settings = settings
        self.preview = preview  # None: voices are not spoken (a panel without sound)
        self.row = 0
        self.hits: list[RowHits] = []
        self._voice_cache: dict[str, dict[str, str]] = {}
        self.rows = (
            Row("Narrator", "narrator", lambda: BACKENDS, str),
            Row("Voice", "voice", self._voice_choices, self._voice_name),
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

    def _voice_labels(self) -> dict[str, str]:
        backend = self.settings.narrator
        if backend not in self._voice_cache:
            self._voice_cache[backend] = _voices(backend)
        return self._voice_cache[backend]

    def _voice_choices(self) -> tuple[str, ...]:
        return tuple(self._voice_labels())

    def _voice_name(self, voice: str) -> str:
        return self._voice_labels().get(voice, voice or "default")

    def open(self) -> None:
        self.row = 0

    def close(self) -> None:
        """The panel goes away: a voice sample still speaking stops."""
        if self.preview is not None:
            self.preview.stop()

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
        if row.key == "voice" and self.preview is not None:
            s = self.settings
            self.preview.play(s.narrator, s.voice, s.rate or None, s.voice_volume)

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

    def click(self, pos: tuple[int, int]) -> bool:
        """A click at `pos`: select the row under it, or change it by its < or >. True when
        the click was on a row."""
        for index, hit in enumerate(self.hits):
            if hit.less.collidepoint(pos) or hit.more.collidepoint(pos):
                self.row = index
                self.change(-1 if hit.less.collidepoint(pos) else +1)
                return True
            if hit.row.collidepoint(pos):
                self.row = index
                return True
        return False

    def draw(self, ui: pygame.Surface, body: pygame.Rect, accent: tuple[int, int, int]) -> None:
        import pygame

        h = ui.get_height()
        face = font(max(13, int(h / 30)))
        gap = max(4, int(h * 0.012))
        row_h = face.get_linesize() + gap
        arrow_w = face.size("<")[0] + 2 * gap
        y = body.y
        self.hits = []
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
            more = pygame.Rect(rect.right - gap - arrow_w, y, arrow_w, row_h)
            image = face.render(
                ellipsize(value, face, body.width // 2), True, accent if selected else INK
            )
            ui.blit(image, (more.x - image.get_width(), y + gap // 2))
            less = pygame.Rect(more.x - image.get_width() - arrow_w, y, arrow_w, row_h)
            arrow_color = accent if selected else DIM
            for arrow, box in (("<", less), (">", more)):
                glyph = face.render(arrow, True, arrow_color)
                ui.blit(glyph, glyph.get_rect(center=box.center))
            self.hits.append(RowHits(rect, less, more))
            y += row_h + gap // 2
