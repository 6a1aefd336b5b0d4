"""Playback's on-screen controls over the scene: a small badge that fades after pause, mute or
volume changes, a seek bar with the elapsed and total time that shows on mouse movement, and
the help card listing the keys. Each is one Overlay, redrawn only when what it shows changes."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from renderer.app.keys import PLAY_KEYS
from renderer.overlay.overlay import Overlay
from renderer.overlay.text import blend_rect, font

if TYPE_CHECKING:
    import moderngl
    import pygame

INK = (236, 232, 222)
DIM = (170, 170, 180)
GLASS = (8, 10, 18, 150)  # the translucent dark behind every control
BADGE_HOLD_S = 1.2  # a badge stays this long, then fades
BADGE_FADE_S = 0.8
BAR_HOLD_S = 2.5  # the seek bar stays this long after the mouse stops
BAR_FADE_S = 0.5


def format_clock(seconds: float) -> str:
    """1:05, or 1:02:05 past an hour."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _fade(since: float | None, hold: float, fade: float) -> float:
    """Opacity of something shown at `since`: 1 for `hold` seconds, then down to 0."""
    if since is None:
        return 0.0
    age = time.monotonic() - since
    return 1.0 if age < hold else max(0.0, 1.0 - (age - hold) / fade)


def _speaker(surface: pygame.Surface, rect: pygame.Rect, color: tuple[int, int, int]) -> None:
    import pygame

    x, y, s = rect.x, rect.y, rect.height
    body = pygame.Rect(x, y + s * 0.34, s * 0.26, s * 0.32)
    pygame.draw.rect(surface, color, body)
    cone = [(body.right, body.top), (x + s * 0.56, y + s * 0.1), (x + s * 0.56, y + s * 0.9),
            (body.right, body.bottom)]  # fmt: skip
    pygame.draw.polygon(surface, color, cone)


class Badge:
    """A small calm badge in the top-right corner: an icon and a word, fading out."""

    def __init__(self, ctx: moderngl.Context) -> None:
        self.overlay = Overlay(ctx)
        self.kind = ""
        self.label = ""
        self.level: float | None = None
        self.since: float | None = None
        self._drawn: tuple[str, str, float | None, int] | None = None

    def show(self, kind: str, label: str, level: float | None = None) -> None:
        """kind: "pause", "play", "mute" or "volume"; level: 0..1 for a volume meter."""
        self.kind, self.label, self.level = kind, label, level
        self.since = time.monotonic()

    @property
    def opacity(self) -> float:
        return _fade(self.since, BADGE_HOLD_S, BADGE_FADE_S)

    def render(self, height: int) -> pygame.Surface:
        import pygame

        face = font(max(13, height // 28))
        icon = face.get_height()
        pad = max(6, icon // 2)
        text = face.render(self.label, True, INK)
        meter = icon * 3 if self.level is not None else 0
        width = pad + icon + pad + text.get_width() + (pad + meter if meter else 0) + pad
        surface = pygame.Surface((width, icon + 2 * pad), pygame.SRCALPHA)
        pygame.draw.rect(surface, GLASS, surface.get_rect(), border_radius=(icon + 2 * pad) // 2)
        box = pygame.Rect(pad, pad, icon, icon)
        if self.kind == "pause":
            bar = max(2, icon // 4)
            pygame.draw.rect(surface, INK, (box.x + icon // 6, box.y, bar, icon))
            pygame.draw.rect(surface, INK, (box.right - icon // 6 - bar, box.y, bar, icon))
        elif self.kind == "play":
            pygame.draw.polygon(
                surface, INK, [(box.x + icon // 6, box.y), (box.right, box.centery),
                               (box.x + icon // 6, box.bottom)]  # fmt: skip
            )
        else:
            _speaker(surface, box, INK)
            if self.kind == "mute":
                a, b = box.x + icon * 0.66, box.right
                pygame.draw.line(surface, INK, (a, box.y + icon * 0.3), (b, box.y + icon * 0.7), 2)
                pygame.draw.line(surface, INK, (a, box.y + icon * 0.7), (b, box.y + icon * 0.3), 2)
        x = box.right + pad
        surface.blit(text, (x, pad + (icon - text.get_height()) // 2))
        if self.level is not None:
            track = pygame.Rect(x + text.get_width() + pad, pad + icon // 2 - 2, meter, 4)
            blend_rect(surface, (255, 255, 255, 60), track, radius=2)
            filled = track.copy()
            filled.width = round(meter * min(max(self.level, 0.0), 1.0))
            if filled.width:
                pygame.draw.rect(surface, INK, filled, border_radius=2)
        return surface

    def draw(self, size: tuple[int, int]) -> None:
        opacity = self.opacity
        if opacity <= 0.0:
            return
        key = (self.kind, self.label, self.level, size[1])
        if key != self._drawn:
            self.overlay.upload(self.render(size[1]))
            self._drawn = key
        assert self.overlay.texture is not None
        margin = max(10, size[1] // 24)
        width = self.overlay.texture.size[0]
        self.overlay.draw(size, (size[0] - margin - width, margin), opacity)

    def release(self) -> None:
        self.overlay.release()


def seek_band(size: tuple[int, int]) -> tuple[int, int]:
    """(top, height) of the seek bar's band at the bottom of a window of `size`."""
    height = max(30, size[1] // 11)
    return size[1] - height, height


def seek_track(size: tuple[int, int]) -> tuple[int, int, int]:
    """(left, right, y) of the seek bar's track line, in window pixels."""
    face = font(max(12, size[1] // 32))
    margin = max(12, size[0] // 40)
    label = face.size("0:00:00")[0]
    top, height = seek_band(size)
    return margin + label + margin // 2, size[0] - margin - label - margin // 2, top + height // 2


class SeekBar:
    """Elapsed time, a track with the played part filled, the total; click to jump."""

    def __init__(self, ctx: moderngl.Context) -> None:
        self.overlay = Overlay(ctx)
        self.since: float | None = None
        self.hover: float | None = None  # the fraction under the mouse, when over the track
        self._drawn: tuple[tuple[int, int], int, int, bool, float | None] | None = None

    def poke(self, pos: tuple[int, int], size: tuple[int, int]) -> None:
        """The mouse moved to `pos`: show the bar, and mark the time under the mouse."""
        self.since = time.monotonic()
        self.hover = self.fraction_at(pos, size)

    @property
    def opacity(self) -> float:
        return _fade(self.since, BAR_HOLD_S, BAR_FADE_S)

    def fraction_at(self, pos: tuple[int, int], size: tuple[int, int]) -> float | None:
        """Where along the track (0..1) a click at `pos` lands; None when not on the bar."""
        left, right, _ = seek_track(size)
        top, _ = seek_band(size)
        if pos[1] < top or not left - 8 <= pos[0] <= right + 8:
            return None
        return min(max((pos[0] - left) / max(1, right - left), 0.0), 1.0)

    def render(
        self, size: tuple[int, int], elapsed: float, total: float, estimated: bool
    ) -> pygame.Surface:
        import pygame

        top, height = seek_band(size)
        left, right, y = seek_track(size)
        y -= top
        surface = pygame.Surface((size[0], height), pygame.SRCALPHA)
        for row in range(height):  # a soft dark gradient up from the bottom edge
            alpha = int(170 * (row / height) ** 0.8)
            pygame.draw.line(surface, (8, 10, 18, alpha), (0, row), (size[0], row))
        face = font(max(12, size[1] // 32))
        margin = max(12, size[0] // 40)
        now = face.render(format_clock(elapsed), True, INK)
        surface.blit(now, (margin, y - now.get_height() // 2))
        end = face.render(("~" if estimated else "") + format_clock(total), True, DIM)
        surface.blit(end, (size[0] - margin - end.get_width(), y - end.get_height() // 2))
        track = pygame.Rect(left, y - 2, right - left, 4)
        blend_rect(surface, (255, 255, 255, 70), track, radius=2)
        fraction = min(max(elapsed / total, 0.0), 1.0) if total > 0 else 0.0
        played = track.copy()
        played.width = round(track.width * fraction)
        if played.width:
            pygame.draw.rect(surface, INK, played, border_radius=2)
        if self.hover is not None:
            x = left + round(track.width * self.hover)
            pygame.draw.line(surface, DIM, (x, y - 7), (x, y + 7), 2)
        pygame.draw.circle(surface, INK, (left + played.width, y), 6)
        return surface

    def draw(self, size: tuple[int, int], elapsed: float, total: float, estimated: bool) -> None:
        opacity = self.opacity
        if opacity <= 0.0:
            return
        key = (size, int(elapsed), round(total), estimated, self.hover)
        if key != self._drawn:
            self.overlay.upload(self.render(size, elapsed, total, estimated))
            self._drawn = key
        self.overlay.draw(size, (0, seek_band(size)[0]), opacity)

    def release(self) -> None:
        self.overlay.release()


class HelpCard:
    """The keys, on a card in the middle of the window (h or ? shows and hides it)."""

    def __init__(self, ctx: moderngl.Context) -> None:
        self.overlay = Overlay(ctx)
        self.visible = False
        self._drawn: tuple[int, int] | None = None

    def toggle(self) -> None:
        self.visible = not self.visible

    def render(self, size: tuple[int, int]) -> pygame.Surface:
        import pygame

        title = font(max(16, size[1] // 20), bold=True)
        face = font(max(12, size[1] // 30))
        pad = max(10, size[1] // 30)
        key_w = max(face.size(key)[0] for key, _ in PLAY_KEYS)
        action_w = max(face.size(action)[0] for _, action in PLAY_KEYS)
        line = face.get_linesize()
        width = min(size[0] - 20, pad * 3 + key_w + action_w)
        height = min(size[1] - 20, pad * 2 + title.get_linesize() + line * len(PLAY_KEYS))
        surface = pygame.Surface((width, height), pygame.SRCALPHA)
        pygame.draw.rect(surface, (8, 10, 18, 200), surface.get_rect(), border_radius=pad)
        surface.blit(title.render("Keys", True, INK), (pad, pad))
        y = pad + title.get_linesize()
        for key, action in PLAY_KEYS:
            surface.blit(face.render(key, True, INK), (pad, y))
            surface.blit(face.render(action, True, DIM), (pad * 2 + key_w, y))
            y += line
        return surface

    def draw(self, size: tuple[int, int]) -> None:
        if not self.visible:
            return
        if self._drawn != size:
            self.overlay.upload(self.render(size))
            self._drawn = size
        assert self.overlay.texture is not None
        w, h = self.overlay.texture.size
        self.overlay.draw(size, ((size[0] - w) // 2, (size[1] - h) // 2))

    def release(self) -> None:
        self.overlay.release()
