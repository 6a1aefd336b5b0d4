"""The dream menu: the catalog over the highlighted dream's live base scene, a settings panel,
drag and drop to add dreams; Return plays in the same window, Escape there comes back here.

Keys: Up/Down choose, Return play, s settings, o open the dreams folder, n write a new dream,
e edit one of your own, Delete delete it (after asking), d sort by date or name, F11
fullscreen, Escape quit.
Mouse: hover highlights, click plays, the wheel scrolls (arrows at the list's edges say there is
more, and scroll a page when clicked); drop a .txt file to add it.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from renderer.app.editor import DreamEditor
from renderer.app.key_repeat import KeyRepeat
from renderer.app.scene import FrameStats, SceneView, base_state, log_event
from renderer.app.settings import Settings, save_settings
from renderer.app.settings_panel import SettingsPanel
from renderer.app.voice_preview import VoicePreview
from renderer.app.window import Window
from renderer.errors import ReverieError
from renderer.output.window import WindowSink
from renderer.overlay.captions import highlight_color
from renderer.overlay.overlay import Overlay
from renderer.overlay.text import blend_rect, ellipsize, font

if TYPE_CHECKING:
    import pygame

    from renderer.director import SceneScript
    from renderer.frame import FrameState
    from renderer.library import DreamEntry
    from renderer.mapping.plan import ScenePlan

SCENE_FADE_OUT_S = 0.35
SCENE_FADE_IN_S = 1.2
SCENE_LEVEL = 0.85  # the scene behind the menu stays a little dimmed
MESSAGE_S = 6.0
FOLDER_LABEL = "Your dreams:"
INK = (236, 232, 222)
DIM = (160, 160, 170)
PANEL = (9, 11, 20, 178)


@dataclass
class Item:
    entry: DreamEntry
    plan: ScenePlan | None = None
    script: SceneScript | None = None

    @property
    def tags(self) -> list[str]:
        if self.script is None:
            return []
        return [m.name.replace("_", " ") for m in self.script.motifs[:3]]


@dataclass
class Layout:
    """Clickable rectangles of the last drawn menu."""

    items: dict[int, pygame.Rect] = field(default_factory=dict)
    settings_button: pygame.Rect | None = None
    folder_button: pygame.Rect | None = None
    more_above: pygame.Rect | None = None  # the scroll cues, when the list goes on
    more_below: pygame.Rect | None = None


def shown_path(path: Path) -> str:
    """`path` with the home folder written as ~."""
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def dream_spec(entry: DreamEntry) -> str:
    """What load_dream needs: bundled and user dreams by name, other files by path."""
    return str(entry.path) if entry.source_kind == "file" else entry.name


class Menu:
    def __init__(
        self,
        window: Window,
        scene: SceneView,
        settings: Settings,
        extra_files: list[str],
        *,
        overrides: Callable[[Settings], Settings] = lambda settings: settings,
        sound: bool = True,
        stats: FrameStats | None = None,
    ) -> None:
        self.window, self.scene, self.settings = window, scene, settings  # the saved settings
        self.overrides = overrides  # this run's command-line choices over the saved settings
        self.extra_files = extra_files
        self.sound = sound
        self.stats = stats
        self.overlay = Overlay(window.ctx)
        self.sink = WindowSink(window, self._draw_ui)
        self.panel = SettingsPanel(settings, VoicePreview() if sound else None)
        self.items: list[Item] = []
        self.selected = 0
        self.top = 0  # the first item shown (scrolling)
        self.mode = "list"  # list | settings | editor
        self.editor: DreamEditor | None = None
        self._opener = ""  # the key that opened the editor: its own text input is not typed
        self._repeat: KeyRepeat | None = None  # the editor's key repeat
        self.doomed: DreamEntry | None = None  # a dream asked to be deleted, not yet confirmed
        self.by_date = False
        self.message = ""
        self.message_until = 0.0
        self.layout = Layout()
        self._dirty = True
        self._ui_key: tuple[tuple[int, int], str, int] | None = None
        self._shown: Item | None = None  # the dream whose scene is behind the menu now
        self._scene_fade = 0.0
        self._fullscreen_before = settings.fullscreen
        self._plans: dict[Path, tuple[ScenePlan, SceneScript]] = {}
        self._plans_lock = threading.Lock()
        self.reload()

    # -- the catalog -------------------------------------------------------------------------
    def reload(self, select: Path | None = None) -> None:
        from renderer.app.journal import by_date
        from renderer.library import catalog

        entries = catalog(self.extra_files)
        self.items = [Item(entry) for entry in (by_date(entries) if self.by_date else entries)]
        if select is not None:
            for i, item in enumerate(self.items):
                if item.entry.path.resolve() == select.resolve():
                    self.selected = i
        self.selected = min(self.selected, max(len(self.items) - 1, 0))
        self._dirty = True
        threading.Thread(target=self._analyze_all, name="reverie-menu-plans", daemon=True).start()

    def _analyze_all(self) -> None:
        """Worker: plan every listed dream (for its tags and its scene), selected one first."""
        from renderer import pipeline
        from renderer.dream import read_dream_file

        order = sorted(range(len(self.items)), key=lambda i: abs(i - self.selected))
        items = list(self.items)
        for i in order:
            item = items[i]
            with self._plans_lock:
                known = self._plans.get(item.entry.path)
            if known is None:
                try:
                    plan = pipeline.plan(read_dream_file(item.entry.path))
                except ReverieError:
                    continue
                known = (plan, pipeline.direct(plan))
                with self._plans_lock:
                    self._plans[item.entry.path] = known
            item.plan, item.script = known
            self._dirty = True

    def select(self, index: int) -> None:
        if not self.items:
            return
        index = min(max(index, 0), len(self.items) - 1)
        if index != self.selected:
            self.selected = index
            self._dirty = True
            log_event(f"select {self.items[index].entry.name}")

    def say(self, message: str) -> None:
        self.message = message
        self.message_until = time.monotonic() + MESSAGE_S
        self._dirty = True

    def add_dropped(self, path: str) -> None:
        from renderer.library import add_user_dream

        try:
            copy = add_user_dream(path)
        except ReverieError as error:
            self.say(str(error))
            return
        self.reload(select=copy)
        self.say(f"added {Path(path).name}")
        log_event(f"added {copy.name}")

    def open_dreams_folder(self) -> None:
        """Open the user's dreams folder in the desktop's file manager (xdg-open), or say
        where it is when there is none."""
        from renderer.paths import user_dreams_dir

        folder = user_dreams_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.say(f"cannot create {folder}: {error.strerror or error}")
            return
        opener = shutil.which("xdg-open")
        if opener is None:
            self.say(f"your dreams folder is {shown_path(folder)} (no xdg-open to open it)")
            return
        try:
            subprocess.Popen(
                [opener, str(folder)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as error:
            self.say(f"cannot open {shown_path(folder)}: {error.strerror or error}")
            return
        self.say(f"opened {shown_path(folder)}")
        log_event(f"opened {folder}")

    # -- the journal: writing, editing, deleting, sorting ------------------------------------
    def write_new(self) -> None:
        self._open_editor(DreamEditor(), "n")
        log_event("editor new")

    def edit_selected(self) -> None:
        from renderer.dream import parse_dream

        if not self.items:
            return
        entry = self.items[self.selected].entry
        if entry.source_kind != "user":
            self.say("Only your own dreams can be edited: N writes a new one")
            return
        try:
            text = entry.path.read_text(encoding="utf-8", errors="replace")
            title = parse_dream(text, source=str(entry.path)).title
        except (OSError, ReverieError) as error:
            self.say(f"cannot edit {entry.path}: {getattr(error, 'strerror', None) or error}")
            return
        first, _, rest = text.partition("\n")
        body = rest if first.lower().startswith("title:") else text  # the editor writes it
        self._open_editor(DreamEditor(title, body.strip("\n"), entry.path), "e")
        log_event(f"editor edit {entry.name}")

    def _open_editor(self, editor: DreamEditor, opener: str) -> None:
        import pygame

        self.editor = editor
        self.mode = "editor"
        self._opener = opener
        pygame.key.start_text_input()
        self._repeat = KeyRepeat(
            (pygame.K_ESCAPE, pygame.K_TAB), pygame.KMOD_CTRL | pygame.KMOD_ALT | pygame.KMOD_META
        )
        self._dirty = True

    def close_editor(self, select: Path | None = None) -> None:
        self.editor = None
        self.mode = "list"
        self._repeat = None
        self.reload(select=select)

    def save_editor(self) -> None:
        from renderer.app.journal import save_dream

        assert self.editor is not None
        try:
            path = save_dream(self.editor.title.text, self.editor.body.text, self.editor.path)
        except ReverieError as error:
            self.editor.notice = str(error)
            self._dirty = True
            return
        self.close_editor(select=path)
        self.say(f"saved {shown_path(path)}")
        log_event(f"saved {path}")

    def ask_delete(self) -> None:
        if not self.items:
            return
        entry = self.items[self.selected].entry
        if entry.source_kind != "user":
            self.say("Only your own dreams can be deleted")
            return
        self.doomed = entry
        self.say(f"Delete “{entry.title}”? Y or Delete deletes it; any other key keeps it")
        log_event(f"delete? {entry.name}")

    def _confirm_delete(self, key: int) -> None:
        import pygame

        from renderer.app.journal import delete_dream

        entry, self.doomed = self.doomed, None
        assert entry is not None
        if key not in (pygame.K_y, pygame.K_DELETE):
            self.say(f"kept {entry.title}")
            log_event(f"kept {entry.name}")
            return
        try:
            delete_dream(entry)
        except ReverieError as error:
            self.say(str(error))
            return
        self.reload()
        self.say(f"deleted {entry.title}")
        log_event(f"deleted {entry.name}")

    def toggle_sort(self) -> None:
        """Newest first, or by name; the first dream of the new order is selected."""
        self.by_date = not self.by_date
        self.selected = self.top = 0
        self.reload()
        self.say("newest first" if self.by_date else "sorted by name")
        first = self.items[0].entry.name if self.items else ""
        log_event(f"sort {'date' if self.by_date else 'name'} {first}")

    def _handle_editor(self, event: pygame.event.Event) -> None:
        import pygame

        assert self.editor is not None
        opener, self._opener = self._opener, ""
        if event.type == pygame.TEXTINPUT and event.text == opener:
            return
        action = self.editor.handle(event, self.window.size[1])
        if action == "save":
            self.save_editor()
        elif action == "cancel":
            self.close_editor(select=self.editor.path)
            log_event("editor closed")
        self._dirty = True

    # -- input -------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> str | None:
        """React to one event; returns "quit" or "play" when the menu should act."""
        import pygame

        if event.type == pygame.QUIT:
            return "quit"
        if self.mode == "editor" and event.type in (pygame.KEYDOWN, pygame.TEXTINPUT):
            if event.type == pygame.KEYDOWN and self._repeat is not None:
                self._repeat.press(event, time.perf_counter())
            self._handle_editor(event)
            return None
        if event.type == pygame.KEYUP and self._repeat is not None:
            self._repeat.release(event.key)
            return None
        if self.doomed is not None and event.type == pygame.KEYDOWN:
            self._confirm_delete(event.key)
            return None
        if event.type == pygame.DROPFILE:
            self.add_dropped(event.file)
        elif event.type == pygame.KEYDOWN:
            if event.key == pygame.K_F11:
                self.window.toggle_fullscreen()
                return None
            if self.mode == "settings":
                if self.panel.handle_key(event.key):
                    self._dirty = True
                    return None
                self.close_settings()
                return None
            if event.mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT | pygame.KMOD_META):
                return None  # the list's keys are plain: a held Ctrl+S from the editor repeats here
            if event.key == pygame.K_ESCAPE:
                return "quit"
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and self.items:
                return "play"
            if event.key == pygame.K_UP:
                self.select(self.selected - 1)
            elif event.key == pygame.K_DOWN:
                self.select(self.selected + 1)
            elif event.key == pygame.K_PAGEUP:
                self.select(self.selected - 5)
            elif event.key == pygame.K_PAGEDOWN:
                self.select(self.selected + 5)
            elif event.key == pygame.K_s:
                self.open_settings()
            elif event.key == pygame.K_o:
                self.open_dreams_folder()
            elif event.key == pygame.K_n:
                self.write_new()
            elif event.key == pygame.K_e:
                self.edit_selected()
            elif event.key == pygame.K_DELETE:
                self.ask_delete()
            elif event.key == pygame.K_d:
                self.toggle_sort()
        elif event.type == pygame.MOUSEMOTION:
            self.window.note_motion()
            if self.mode == "list":
                hit = self._item_at(event.pos)
                if hit is not None:
                    self.select(hit)
        elif event.type == pygame.MOUSEWHEEL and self.mode == "list":
            self.select(self.selected - event.y)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            return self._click(event.pos)
        return None

    def _click(self, pos: tuple[int, int]) -> str | None:
        layout = self.layout
        if layout.settings_button is not None and layout.settings_button.collidepoint(pos):
            if self.mode == "list":
                self.open_settings()
            elif self.mode == "settings":
                self.close_settings()
            elif self.editor is not None and self.editor.leave():
                self.close_editor(select=self.editor.path)
                log_event("editor closed")
            self._dirty = True
        elif self.mode == "editor":
            return None
        elif self.mode == "settings":
            if self.panel.click(pos):
                self._dirty = True
                row = self.panel.rows[self.panel.row]
                log_event(f"setting {row.key} {getattr(self.settings, row.key)}")
        elif layout.folder_button is not None and layout.folder_button.collidepoint(pos):
            self.open_dreams_folder()
        elif layout.more_above is not None and layout.more_above.collidepoint(pos):
            self.select(self.top - 1)
        elif layout.more_below is not None and layout.more_below.collidepoint(pos):
            self.select(self.top + len(layout.items))
        elif (hit := self._item_at(pos)) is not None:
            self.select(hit)
            return "play"
        return None

    def _item_at(self, pos: tuple[int, int]) -> int | None:
        for index, rect in self.layout.items.items():
            if rect.collidepoint(pos):
                return index
        return None

    def open_settings(self) -> None:
        self.mode = "settings"
        self._fullscreen_before = self.settings.fullscreen
        self.panel.open()
        self._dirty = True
        log_event("settings")

    def close_settings(self) -> None:
        self.mode = "list"
        self.panel.close()
        save_settings(self.settings)
        changed = self.settings.fullscreen != self._fullscreen_before
        if changed and self.settings.fullscreen != self.window.fullscreen:
            self.window.toggle_fullscreen()
        self._dirty = True
        log_event("settings saved")

    # -- the loop ----------------------------------------------------------------------------
    def run(self) -> int:
        import pygame

        clock = pygame.time.Clock()
        started = time.perf_counter()
        log_event(f"menu {len(self.items)}")
        last = started
        while True:
            for event in pygame.event.get():
                action = self.handle(event)
                if action == "quit":
                    self.panel.close()
                    return 0
                if action == "play":
                    if self.play() == "quit":
                        return 0
                    log_event(f"menu {len(self.items)}")
                    last = time.perf_counter()
            now = time.perf_counter()
            held = self._repeat.due(now, pygame.key.get_pressed()) if self._repeat else None
            if held is not None and self.mode == "editor":
                self._handle_editor(held)
            self.window.update_cursor()
            self.draw(now - started, now - last)
            last = now
            if self.stats:
                self.stats.tick()
            clock.tick(60)

    def play(self) -> str:
        """Play the selected dream in this window; its outcome ("quit" closes the app)."""
        from renderer.app.playback import Playback
        from renderer.library import load_dream

        item = self.items[self.selected]
        try:
            dream = load_dream(dream_spec(item.entry))
        except ReverieError as error:
            self.say(str(error))
            return "menu"
        settings = self.overrides(self.settings)
        settings.fullscreen = self.window.fullscreen
        try:
            outcome = Playback(
                self.window, self.scene, dream, settings, plan=item.plan, sound=self.sound
            ).run()
        except ReverieError as error:  # e.g. the chosen narrator does not work here
            self.say(str(error))
            outcome = "menu"
        self.scene.reset()
        if self.stats:
            self.stats.pause_gap()
        self._dirty = True
        self._scene_fade = 0.0
        return "quit" if outcome == "quit" else "menu"

    def _scene_state(self, t: float, dt: float) -> FrameState | None:
        """The highlighted dream's base scene, dipping to dark when the highlight changes."""
        item = self.items[self.selected] if self.items else None
        wanted = item if item is not None and item.script is not None else None
        if wanted is not self._shown:
            self._scene_fade = max(0.0, self._scene_fade - dt / SCENE_FADE_OUT_S)
            if self._scene_fade <= 0.0:
                self._shown = wanted
                self.scene.reset()
                if wanted is not None and wanted.script is not None:
                    self.scene.warm_motifs(wanted.script.opening())
        elif self._shown is not None:
            self._scene_fade = min(1.0, self._scene_fade + dt / SCENE_FADE_IN_S)
        if self._shown is None or self._shown.plan is None or self._shown.script is None:
            return None
        level = self._scene_fade * self._scene_fade * (3 - 2 * self._scene_fade) * SCENE_LEVEL
        return base_state(self._shown.plan, self._shown.script, t, fade=level)

    def draw(self, t: float, dt: float) -> None:
        state = self._scene_state(t, dt)
        if state is None:
            self.sink.blank((0.02, 0.02, 0.04))
        else:
            self.scene.render(state, self.sink)

    def _draw_ui(self, state: FrameState | None, dt: float) -> None:
        """Over each frame: the menu panel (redrawn only when it changed)."""
        del state, dt
        size = self.window.size
        if self.message and time.monotonic() > self.message_until:
            self.message = ""
            self.doomed = None  # the question is gone: keys are keys again
            self._dirty = True
        key = (size, self.mode, self.selected)
        if self._dirty or key != self._ui_key:
            self.overlay.upload(self.render_ui(size))
            self._dirty = False
            self._ui_key = key
        self.overlay.draw(size, (0, 0))

    # -- drawing the panel -------------------------------------------------------------------
    def accent(self) -> tuple[int, int, int]:
        plan = self.items[self.selected].plan if self.items else None
        if plan is None:
            return (230, 200, 140)
        from renderer.timeline import palette_of

        return highlight_color(palette_of(plan))

    def render_ui(self, size: tuple[int, int]) -> pygame.Surface:
        import pygame

        w, h = size
        ui = pygame.Surface(size, pygame.SRCALPHA)
        margin = max(8, int(h * 0.05))
        share, most = (0.72, 980) if self.mode == "editor" else (0.46, 660)  # room to write
        panel = pygame.Rect(margin, margin, max(260, min(int(w * share), most)), h - 2 * margin)
        panel.width = min(panel.width, w - 2 * margin)
        radius = max(6, int(h * 0.022))
        pygame.draw.rect(ui, PANEL, panel, border_radius=radius)  # the base: no blending
        pad = max(10, int(panel.width * 0.06))
        inner = panel.inflate(-2 * pad, -2 * pad)
        accent = self.accent()

        title_face = font(max(20, int(h / 13)), bold=True)
        small = font(max(12, int(h / 38)))
        heading = title_face.render("Reverie", True, INK)
        ui.blit(heading, (inner.x, inner.y))
        y = inner.y + heading.get_height()
        sub = {
            "settings": "settings",
            "editor": "edit your dream" if self.editor and self.editor.path else "write a dream",
        }.get(self.mode, "dreams, read aloud over living light")
        ui.blit(small.render(sub, True, DIM), (inner.x, y))
        y += small.get_linesize() + pad // 2

        label = "Settings (S)" if self.mode == "list" else "Back (Esc)"
        text = small.render(label, True, INK)
        button = pygame.Rect(0, 0, text.get_width() + pad, text.get_height() + pad // 2)
        button.topright = (inner.right, inner.y + 4)
        blend_rect(ui, (*accent, 60), button, radius=button.height // 2)
        blend_rect(ui, (*accent, 140), button, width=1, radius=button.height // 2)
        ui.blit(text, text.get_rect(center=button.center))
        self.layout = Layout(settings_button=button)

        footer_lines = self._footer()
        footer_h = small.get_linesize() * (len(footer_lines) + (1 if self.message else 0))
        body = pygame.Rect(inner.x, y, inner.width, inner.bottom - footer_h - y - pad // 2)
        if self.mode == "settings":
            self.panel.draw(ui, body, accent)
        elif self.mode == "editor" and self.editor is not None:
            self.editor.draw(ui, body, accent)
        else:  # on its own layer, so that the scroll cues fade the dreams, not the panel
            listed = pygame.Surface(size, pygame.SRCALPHA)
            self._draw_list(listed, body, accent)
            ui.blit(listed, (0, 0))
        fy = inner.bottom - footer_h
        if self.message:
            ui.blit(
                small.render(ellipsize(self.message, small, inner.width), True, accent),
                (inner.x, fy),
            )
            fy += small.get_linesize()
        for line in footer_lines:
            image = small.render(ellipsize(line, small, inner.width), True, DIM)
            ui.blit(image, (inner.x, fy))
            if line.startswith(FOLDER_LABEL):
                self.layout.folder_button = image.get_rect(topleft=(inner.x, fy))
            fy += small.get_linesize()
        return ui

    def _footer(self) -> list[str]:
        from renderer.paths import user_dreams_dir

        if self.mode == "settings":
            return ["Up/Down choose   Left/Right change   click a row or its < >   Esc back"]
        if self.mode == "editor":
            return ["Tab title/text   Ctrl+V paste   Ctrl+S save   Esc back"]
        order = "name" if self.by_date else "date"
        return [
            "Up/Down choose   Return play   S settings   Esc quit",
            f"N write a dream   E edit   Del delete   D sort by {order}",
            f"{FOLDER_LABEL} {shown_path(user_dreams_dir())}   (O opens it; drop a .txt to add)",
        ]

    def _draw_list(
        self, ui: pygame.Surface, body: pygame.Rect, accent: tuple[int, int, int]
    ) -> None:
        import pygame

        h = self.window.size[1]
        name_face = font(max(14, int(h / 26)), bold=True)
        line_face = font(max(11, int(h / 42)))
        tag_face = font(max(10, int(h / 50)))
        gap = max(4, int(h * 0.012))
        item_h = (
            name_face.get_linesize() + line_face.get_linesize() + tag_face.get_linesize() + 2 * gap
        )
        visible = max(1, body.height // item_h)
        if self.selected < self.top:
            self.top = self.selected
        elif self.selected >= self.top + visible:
            self.top = self.selected - visible + 1
        if not self.items:
            ui.blit(
                line_face.render("No dreams yet: drop a .txt file here.", True, DIM), body.topleft
            )
            return
        y = body.y
        for index in range(self.top, min(len(self.items), self.top + visible)):
            item = self.items[index]
            rect = pygame.Rect(body.x - gap, y, body.width + 2 * gap, item_h - gap // 2)
            self.layout.items[index] = rect
            if index == self.selected:
                blend_rect(ui, (*accent, 46), rect, radius=gap * 2)
                bar = pygame.Rect(rect.x, rect.y + gap, max(3, gap // 2), rect.height - 2 * gap)
                blend_rect(ui, (*accent, 230), bar, radius=2)
            x = body.x + gap
            width = body.width - 2 * gap
            color = INK if index == self.selected else (205, 203, 198)
            title = ellipsize(item.entry.title, name_face, width)
            ui.blit(name_face.render(title, True, color), (x, y + gap // 2))
            ty = y + gap // 2 + name_face.get_linesize()
            opening = ellipsize(item.entry.opening_line, line_face, width)
            ui.blit(line_face.render(opening, True, DIM), (x, ty))
            ty += line_face.get_linesize() + 2
            tx = x
            for tag in item.tags:
                chip = tag_face.render(tag, True, accent if index == self.selected else DIM)
                chip_rect = pygame.Rect(tx, ty, chip.get_width() + gap * 2, chip.get_height() + 2)
                if chip_rect.right > x + width:
                    break
                blend_rect(ui, (255, 255, 255, 22), chip_rect, radius=chip_rect.height // 2)
                ui.blit(chip, (tx + gap, ty + 1))
                tx = chip_rect.right + gap
            y += item_h
        if self.top > 0:
            self.layout.more_above = self._scroll_cue(ui, body, item_h, up=True)
        if self.top + visible < len(self.items):
            self.layout.more_below = self._scroll_cue(ui, body, item_h, up=False)
        if self.top > 0 or self.top + visible < len(self.items):
            more = f"{self.selected + 1} of {len(self.items)}"
            text = tag_face.render(more, True, DIM)
            ui.blit(text, (body.right - text.get_width(), body.bottom - text.get_height()))

    @staticmethod
    def _scroll_cue(ui: pygame.Surface, body: pygame.Rect, item_h: int, up: bool) -> pygame.Rect:
        """Fade the list out toward the edge where it goes on, with an arrow there; returns
        the arrow's clickable rectangle."""
        import pygame

        listed = body.clip(ui.get_rect())
        depth = min(max(12, item_h // 2), listed.height // 2)
        strip = pygame.Rect(listed.x - 20, 0, listed.width + 40, depth).clip(ui.get_rect())
        strip.top = listed.top if up else listed.bottom - depth
        fade = pygame.Surface(strip.size, pygame.SRCALPHA)
        for row in range(depth):
            edge = row if up else depth - 1 - row  # 0 at the edge
            keep = 70 + int(185 * edge / max(1, depth - 1))
            pygame.draw.line(fade, (255, 255, 255, keep), (0, row), (strip.width, row))
        ui.blit(fade, strip.topleft, special_flags=pygame.BLEND_RGBA_MULT)
        size = max(6, depth // 3)
        cx = listed.centerx
        cy = strip.top + size if up else strip.bottom - size
        tip = cy - size // 2 if up else cy + size // 2
        back = cy + size // 2 if up else cy - size // 2
        points = [(cx - size, back), (cx, tip), (cx + size, back)]
        pygame.draw.lines(ui, INK, False, points, 3)
        return pygame.Rect(cx - 2 * size, cy - size, 4 * size, 2 * size)
