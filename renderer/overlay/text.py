"""Text for overlays: the Lato typeface (Debian's fonts-lato, kerned by SDL_ttf), word
wrapping, soft shadows and backings."""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pygame

Color = tuple[int, int, int]
_WORD = re.compile(r"\S+")


# The typeface, installed by `make setup` (fonts-lato); DejaVu Sans (fonts-dejavu-core, on most
# Debian systems) when it is missing. Both carry kerning tables.
FONT_FILES = {
    False: (
        Path("/usr/share/fonts/truetype/lato/Lato-Medium.ttf"),
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    ),
    True: (
        Path("/usr/share/fonts/truetype/lato/Lato-Bold.ttf"),
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ),
}


@cache
def font_file(bold: bool = False) -> Path | None:
    """The first installed file of the typeface's weight, or None."""
    return next((path for path in FONT_FILES[bold] if path.is_file()), None)


@cache
def _say_default_font() -> None:
    print(
        "reverie: the Lato font (Debian package fonts-lato) is not installed; "
        "text uses pygame's default font, without kerning",
        file=sys.stderr,
    )


@cache
def font(size: int, bold: bool = False) -> pygame.font.Font:
    """The typeface at `size` pixels (cached); pygame's default font when it is missing (said
    once), and a synthetic bold when only the regular weight is there."""
    import pygame

    if not pygame.font.get_init():
        pygame.font.init()
    path = font_file(bold) or font_file(False)
    if path is None:
        _say_default_font()
    face = pygame.font.Font(str(path) if path else None, max(8, int(size)))
    face.set_bold(bold and font_file(True) is None)
    return face


def words_with_offsets(text: str) -> list[tuple[str, int, int]]:
    """The whitespace-separated words of `text` with their (start, end) offsets."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def wrap(
    words: list[tuple[str, int, int]],
    face: pygame.font.Font,
    width: int,
    max_chars: int | None = None,
) -> list[list[tuple[str, int, int]]]:
    """Greedy line breaking of `words` into lines at most `width` pixels wide and, when given,
    at most `max_chars` characters long (a longer word stands alone on its line)."""
    space = face.size(" ")[0]
    lines: list[list[tuple[str, int, int]]] = [[]]
    used = chars = 0
    for word in words:
        w = face.size(word[0])[0]
        too_wide = used + space + w > width
        too_long = max_chars is not None and chars + 1 + len(word[0]) > max_chars
        if lines[-1] and (too_wide or too_long):
            lines.append([])
            used = chars = 0
        used += (space if lines[-1] else 0) + w
        chars += (1 if lines[-1] else 0) + len(word[0])
        lines[-1].append(word)
    return [line for line in lines if line]


def ellipsize(text: str, face: pygame.font.Font, width: int) -> str:
    """`text`, cut with an ellipsis to fit `width` pixels."""
    if face.size(text)[0] <= width:
        return text
    while text and face.size(text + "…")[0] > width:
        text = text[:-1]
    return text.rstrip() + "…"


def soft_shadow(surface: pygame.Surface, radius: int, alpha: int) -> pygame.Surface:
    """A blurred dark copy of `surface`'s alpha (grown by `radius` on each side)."""
    import pygame

    w, h = surface.get_size()
    pad = max(1, radius)
    shadow = pygame.Surface((w + 2 * pad, h + 2 * pad), pygame.SRCALPHA)
    mask = surface.copy()
    mask.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MIN)
    shadow.blit(mask, (pad, pad))
    factor = max(2, radius)
    small = pygame.transform.smoothscale(
        shadow, (max(1, shadow.get_width() // factor), max(1, shadow.get_height() // factor))
    )
    blurred = pygame.transform.smoothscale(small, shadow.get_size())
    blurred.fill((255, 255, 255, alpha), special_flags=pygame.BLEND_RGBA_MULT)
    return blurred


def blend_rect(
    target: pygame.Surface,
    color: tuple[int, int, int, int],
    rect: pygame.Rect,
    radius: int = 0,
    width: int = 0,
) -> None:
    """A (rounded) rectangle alpha-blended over what `target` holds (pygame.draw replaces)."""
    import pygame

    layer = pygame.Surface(rect.size, pygame.SRCALPHA)
    pygame.draw.rect(layer, color, layer.get_rect(), width=width, border_radius=radius)
    target.blit(layer, rect.topleft)
