"""Captions: the current sentence in the lower third, at most two lines of about 50 characters,
the spoken word highlighted, over a soft dark backing; they fade in and out instead of popping,
and `c` hides them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from renderer.frame import Caption
from renderer.overlay.overlay import Overlay
from renderer.overlay.text import font, soft_shadow, words_with_offsets, wrap

if TYPE_CHECKING:
    import moderngl
    import pygame

TEXT = (236, 232, 222)
BACKING = (6, 8, 16)
BACKING_ALPHA = 165
FADE_S = 0.45
MAX_LINES = 2
MAX_CHARS = 50
BOTTOM_MARGIN = 0.045  # of the screen's height, under the caption's backing


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


def caption_lines(
    caption: Caption, face: pygame.font.Font, width: int
) -> list[list[tuple[str, int, int]]]:
    """The lines to show: the sentence wrapped to MAX_CHARS and `width` pixels, and for a long
    sentence the page of MAX_LINES lines that holds the spoken word."""
    lines = wrap(words_with_offsets(caption.text), face, width, MAX_CHARS)
    current = next(
        (
            i
            for i, line in enumerate(lines)
            if any(s <= caption.word_start < e for _, s, e in line)
        ),
        0,
    )
    first = current - current % MAX_LINES
    return lines[first : first + MAX_LINES]


def render_caption(
    caption: Caption, width: int, height: int, accent: tuple[int, int, int]
) -> pygame.Surface:
    """The caption as an RGBA surface for a window width x height: its lines, centred, over a
    soft dark backing and a shadow, the spoken word in `accent`."""
    import pygame

    size = max(10, min(int(height / 20), int(width / 28)))
    face = font(size)
    lines = caption_lines(caption, face, int(width * 0.84))
    line_h = face.get_linesize()
    space = face.size(" ")[0]
    widths = [sum(face.size(w)[0] for w, _, _ in line) + space * (len(line) - 1) for line in lines]
    text = pygame.Surface((max(widths), line_h * len(lines)), pygame.SRCALPHA)
    for row, (line, line_w) in enumerate(zip(lines, widths, strict=True)):
        x = (text.get_width() - line_w) // 2
        for word, start, end in line:
            spoken = (
                caption.word_start >= 0 and start < caption.word_end and caption.word_start < end
            )
            image = face.render(word, True, accent if spoken else TEXT)
            text.blit(image, (x, row * line_h))
            x += image.get_width() + space
    pad = size  # the backing reaches this far past the text, fading out over the last part
    backing = pygame.Surface(
        (text.get_width() + pad, text.get_height() + pad // 2), pygame.SRCALPHA
    )
    backing.fill((*BACKING, 255))
    out = soft_shadow(backing, pad // 2, BACKING_ALPHA)
    out.fill((*BACKING, 0), special_flags=pygame.BLEND_RGB_MAX)  # tint it: soft_shadow is black
    origin = (
        (out.get_width() - text.get_width()) // 2,
        (out.get_height() - text.get_height()) // 2,
    )
    radius = max(2, size // 8)
    shadow = soft_shadow(text, radius, 190)
    out.blit(shadow, (origin[0] - radius, origin[1] - radius + max(1, size // 16)))
    out.blit(text, origin)
    return out


def caption_position(image_size: tuple[int, int], screen_size: tuple[int, int]) -> tuple[int, int]:
    """Where a caption image's top-left corner goes: centred, its bottom a margin above the
    screen's bottom edge."""
    (w, h), (sw, sh) = image_size, screen_size
    return (sw - w) // 2, max(0, sh - int(sh * BOTTOM_MARGIN) - h)


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
        position = caption_position(self._image_size, screen_size)
        self.overlay.draw(screen_size, position, self.opacity * master)

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
