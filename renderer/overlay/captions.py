"""Captions: the current sentence in the lower third, the spoken word highlighted, over a soft
shadow; they fade in and out instead of popping, and `c` hides them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from renderer.frame import Caption
from renderer.overlay.overlay import Overlay
from renderer.overlay.text import font, soft_shadow, words_with_offsets, wrap

if TYPE_CHECKING:
    import moderngl
    import pygame

TEXT = (236, 232, 222)
FADE_S = 0.45
MAX_LINES = 3


def highlight_color(palette: tuple[tuple[float, float, float], ...]) -> tuple[int, int, int]:
    """The palette's most colourful light colour, lifted toward white so it reads over the
    scene (a warm gold when the palette has none)."""

    def score(c: tuple[float, float, float]) -> float:
        luma = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
        return (max(c) - min(c)) * min(luma * 3.0, 1.0)

    best = max(palette, key=score) if palette else (1.0, 0.8, 0.4)
    if score(best) < 0.1:
        best = (1.0, 0.8, 0.4)
    peak = max(max(best), 1e-3)
    r, g, b = (int(255 * (0.3 + 0.7 * min(v / peak, 1.0))) for v in best)
    return (r, g, b)


def render_caption(
    caption: Caption, width: int, height: int, accent: tuple[int, int, int]
) -> pygame.Surface:
    """The caption as an RGBA surface sized to its text (for a window width x height)."""
    import pygame

    size = max(14, min(int(height / 19), int(width / 30)))
    face = font(size)
    lines = wrap(words_with_offsets(caption.text), face, int(width * 0.72))
    if len(lines) > MAX_LINES:  # a very long sentence: show the lines around the spoken word
        current = next(
            (
                i
                for i, line in enumerate(lines)
                if any(s <= caption.word_start < e for _, s, e in line)
            ),
            0,
        )
        first = min(max(0, current - 1), len(lines) - MAX_LINES)
        lines = lines[first : first + MAX_LINES]
    line_h = face.get_linesize()
    space = face.size(" ")[0]
    text_w = max(
        sum(face.size(w)[0] for w, _, _ in line) + space * (len(line) - 1) for line in lines
    )
    text = pygame.Surface((text_w, line_h * len(lines)), pygame.SRCALPHA)
    for row, line in enumerate(lines):
        line_w = sum(face.size(w)[0] for w, _, _ in line) + space * (len(line) - 1)
        x = (text_w - line_w) // 2
        for word, start, end in line:
            spoken = (
                caption.word_start >= 0 and start < caption.word_end and caption.word_start < end
            )
            image = face.render(word, True, accent if spoken else TEXT)
            text.blit(image, (x, row * line_h))
            x += image.get_width() + space
    radius = max(3, size // 4)
    shadow = soft_shadow(text, radius, 200)
    out = pygame.Surface(shadow.get_size(), pygame.SRCALPHA)
    out.blit(shadow, (0, max(1, size // 16)))
    out.blit(shadow, (0, 0))
    out.blit(text, (radius, radius))
    return out


class CaptionOverlay:
    """Draws FrameState captions; fades between sentences and when toggled."""

    def __init__(self, ctx: moderngl.Context, visible: bool = True) -> None:
        self.overlay = Overlay(ctx)
        self.visible = visible
        self.opacity = 0.0
        self._key: tuple[str, int, int, tuple[int, int], tuple[int, int, int]] | None = None
        self._shown: Caption | None = None
        self._image_size = (0, 0)

    def toggle(self) -> None:
        self.visible = not self.visible

    def draw(
        self,
        caption: Caption | None,
        screen_size: tuple[int, int],
        palette: tuple[tuple[float, float, float], ...],
        dt: float,
        master: float = 1.0,
    ) -> None:
        """Draw `caption` (None: fade the last one out); dt is the frame's time step (s)."""
        changed_sentence = caption is not None and (
            self._shown is None or caption.text != self._shown.text
        )
        want = 1.0 if (self.visible and caption is not None and not changed_sentence) else 0.0
        if changed_sentence and self.opacity <= 0.02:
            self._shown = caption  # the old sentence has faded out: show the new one
            want = 1.0 if self.visible else 0.0
        elif caption is not None and not changed_sentence:
            self._shown = caption  # the same sentence: follow the spoken word
        step = dt / FADE_S if dt > 0 else 0.0
        self.opacity = min(max(self.opacity + (step if want > self.opacity else -step), 0.0), 1.0)
        if self._shown is None or self.opacity <= 0.0:
            return
        shown = self._shown
        accent = highlight_color(palette)
        key = (shown.text, shown.word_start, shown.word_end, screen_size, accent)
        if key != self._key:
            self.overlay.upload(render_caption(shown, *screen_size, accent))
            self._key = key
            self._image_size = self.overlay.texture.size if self.overlay.texture else (0, 0)
        w, h = self._image_size
        x = (screen_size[0] - w) // 2
        y = int(screen_size[1] * 0.86) - h // 2
        y = min(y, screen_size[1] - h)
        self.overlay.draw(screen_size, (x, y), self.opacity * master)

    def release(self) -> None:
        self.overlay.release()


class TitleCard:
    """A dream's title and a quiet line under it, centred (shown while a dream is prepared)."""

    def __init__(self, ctx: moderngl.Context) -> None:
        self.overlay = Overlay(ctx)
        self._key: tuple[str, str, tuple[int, int]] | None = None

    def draw(self, title: str, line: str, screen_size: tuple[int, int], opacity: float) -> None:
        import pygame

        key = (title, line, screen_size)
        if key != self._key:
            w, h = screen_size
            big = font(max(18, min(int(h / 11), int(w / 18))))
            small = font(max(12, min(int(h / 30), int(w / 50))))
            heading = big.render(title, True, TEXT)
            sub = small.render(line, True, (200, 196, 190))
            gap = small.get_linesize() // 2
            text = pygame.Surface(
                (
                    max(heading.get_width(), sub.get_width()),
                    heading.get_height() + gap + sub.get_height(),
                ),
                pygame.SRCALPHA,
            )
            text.blit(heading, ((text.get_width() - heading.get_width()) // 2, 0))
            text.blit(sub, ((text.get_width() - sub.get_width()) // 2, heading.get_height() + gap))
            radius = max(4, big.get_height() // 5)
            shadow = soft_shadow(text, radius, 210)
            out = pygame.Surface(shadow.get_size(), pygame.SRCALPHA)
            out.blit(shadow, (0, 0))
            out.blit(text, (radius, radius))
            self.overlay.upload(out)
            self._key = key
        assert self.overlay.texture is not None
        w, h = self.overlay.texture.size
        position = ((screen_size[0] - w) // 2, (screen_size[1] - h) // 2)
        self.overlay.draw(screen_size, position, opacity)

    def release(self) -> None:
        self.overlay.release()
