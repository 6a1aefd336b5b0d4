"""The dream editor panel: a title field and the dream's text, written with the keyboard.

Typing (text input events), Return for a line break (in the title it moves to the text), Tab
between the fields, the arrows, Home/End (of the shown line), Backspace/Delete, Ctrl+V to paste
from the clipboard, Ctrl+S to save, Esc to leave (twice when there are unsaved changes).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from renderer.app.clipboard import paste_text
from renderer.app.textbuffer import TextBuffer, wrap_lines
from renderer.overlay.text import blend_rect, font

if TYPE_CHECKING:
    import pygame

INK = (236, 232, 222)
DIM = (160, 160, 170)
FIELD = (255, 255, 255, 18)


class DreamEditor:
    """Edits one dream: a new one (path None) or the user's file at `path`."""

    def __init__(self, title: str = "", body: str = "", path: Path | None = None) -> None:
        self.title = TextBuffer(title, single_line=True)
        self.body = TextBuffer(body)
        self.path = path
        self.focus = "body" if path is not None else "title"
        self.notice = ""  # a line for the user under the fields
        self._saved = (self.title.text, self.body.text)
        self._leaving = False  # Esc was pressed once with unsaved changes
        self._lines: list[tuple[int, int]] = []
        self._width = 0
        self._top = 0  # the first shown line of the text

    @property
    def field(self) -> TextBuffer:
        return self.title if self.focus == "title" else self.body

    @property
    def changed(self) -> bool:
        return (self.title.text, self.body.text) != self._saved

    def _face(self, height: int) -> pygame.font.Font:
        return font(max(13, height // 30))

    def _layout(self, buffer: TextBuffer, face: pygame.font.Font) -> list[tuple[int, int]]:
        """The shown lines of a field (the text wraps at the width it was last drawn at)."""
        if buffer is self.title:
            return [(0, len(buffer.text))]
        width = self._width if self._width > 0 else 10**9
        return wrap_lines(buffer.text, width, lambda s: face.size(s)[0])

    def handle(self, event: pygame.event.Event, height: int) -> str | None:
        """React to one event; "save" or "cancel" when the menu should act."""
        import pygame

        if event.type == pygame.TEXTINPUT:
            self.field.insert(event.text)
            self._leaving = False
            return None
        if event.type != pygame.KEYDOWN:
            return None
        ctrl = bool(event.mod & pygame.KMOD_CTRL)
        if event.key == pygame.K_ESCAPE:
            return "cancel" if self.leave() else None
        self._leaving = False
        if ctrl and event.key == pygame.K_s:
            return "save"
        if ctrl and event.key == pygame.K_v:
            self.paste()
        elif event.key == pygame.K_TAB:
            self.focus = "body" if self.focus == "title" else "title"
        elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            if self.focus == "title":
                self.focus = "body"
            else:
                self.body.insert("\n")
        elif event.key == pygame.K_BACKSPACE:
            self.field.backspace()
        elif event.key == pygame.K_DELETE:
            self.field.delete()
        elif event.key == pygame.K_LEFT:
            self.field.left()
        elif event.key == pygame.K_RIGHT:
            self.field.right()
        else:
            self._move(event.key, self._face(height))
        return None

    def _move(self, key: int, face: pygame.font.Font) -> None:
        import pygame

        field = self.field
        lines = self._layout(field, face)
        if key == pygame.K_HOME:
            field.home(lines)
        elif key == pygame.K_END:
            field.end(lines)
        elif key in (pygame.K_UP, pygame.K_DOWN):
            if field is self.title:
                self.focus = "body" if key == pygame.K_DOWN else "title"
                return
            step = -1 if key == pygame.K_UP else 1
            if step < 0 and field.line_of_cursor(lines) == 0:
                self.focus = "title"
                return
            field.vertical(lines, step, lambda s: face.size(s)[0])

    def leave(self) -> bool:
        """Whether the editor may close now: yes without unsaved changes; with them, only when
        asked twice in a row (the first time says so)."""
        if self.changed and not self._leaving:
            self._leaving = True
            self.notice = "Unsaved changes: Esc again to discard them, Ctrl+S to save"
            return False
        return True

    def paste(self) -> None:
        text = paste_text()
        if text is None:
            self.notice = "There is no clipboard to paste from here"
        elif text:
            self.field.insert(text)

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self._saved = (self.title.text, self.body.text)

    # -- drawing -----------------------------------------------------------------------------
    def draw(self, ui: pygame.Surface, area: pygame.Rect, accent: tuple[int, int, int]) -> None:
        import pygame

        h = ui.get_height()
        face = self._face(h)
        small = font(max(11, h // 40))
        gap = max(4, h // 90)
        line_h = face.get_linesize()

        ui.blit(small.render("Title", True, DIM), (area.x, area.y))
        y = area.y + small.get_linesize()
        title_box = pygame.Rect(area.x, y, area.width, line_h + 2 * gap)
        self._field_box(ui, title_box, accent, self.focus == "title")
        self._draw_text(ui, self.title, [(0, len(self.title.text))], title_box, face, 0)
        y = title_box.bottom + gap
        ui.blit(small.render("Your dream", True, DIM), (area.x, y))
        y += small.get_linesize()
        bottom = area.bottom - (small.get_linesize() if self.notice else 0)
        text_box = pygame.Rect(area.x, y, area.width, max(line_h + 2 * gap, bottom - y))
        self._field_box(ui, text_box, accent, self.focus == "body")
        self._width = text_box.width - 2 * gap
        lines = self._layout(self.body, face)
        shown = max(1, (text_box.height - 2 * gap) // line_h)
        row = self.body.line_of_cursor(lines)
        if row < self._top:
            self._top = row
        elif row >= self._top + shown:
            self._top = row - shown + 1
        self._draw_text(ui, self.body, lines[self._top : self._top + shown], text_box, face, gap)
        if not self.body.text and self.focus == "body":
            hint = face.render("I was walking through…", True, (120, 120, 130))
            ui.blit(hint, (text_box.x + gap + 2, text_box.y + gap))
        if self.notice:
            notice = small.render(self.notice, True, accent)
            ui.blit(notice, (area.x, area.bottom - small.get_linesize()))

    @staticmethod
    def _field_box(
        ui: pygame.Surface, box: pygame.Rect, accent: tuple[int, int, int], focused: bool
    ) -> None:
        blend_rect(ui, FIELD, box, radius=6)
        blend_rect(ui, (*accent, 170 if focused else 50), box, radius=6, width=1)

    def _draw_text(
        self,
        ui: pygame.Surface,
        buffer: TextBuffer,
        lines: list[tuple[int, int]],
        box: pygame.Rect,
        face: pygame.font.Font,
        gap: int,
    ) -> None:
        import pygame

        if buffer is self.title:
            x0, y = box.x + max(4, box.height // 6), box.y + (box.height - face.get_height()) // 2
        else:
            x0, y = box.x + gap, box.y + gap
        focused = self.field is buffer
        line_h = face.get_linesize()
        cursor_row = buffer.line_of_cursor(lines) if lines else 0
        for index, (start, end) in enumerate(lines):
            text = buffer.text[start:end]
            if text:
                ui.blit(face.render(text, True, INK), (x0, y))
            if focused and index == cursor_row and start <= buffer.cursor <= end:
                x = x0 + face.size(buffer.text[start : buffer.cursor])[0]
                pygame.draw.line(ui, INK, (x, y + 1), (x, y + face.get_height() - 1), 2)
            y += line_h
