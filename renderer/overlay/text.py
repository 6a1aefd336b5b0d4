"""Text for overlays: pygame's bundled default font (no downloads), word wrapping, soft shadows."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pygame

Color = tuple[int, int, int]
_WORD = re.compile(r"\S+")


@cache
def font(size: int, bold: bool = False) -> pygame.font.Font:
    """pygame's default font at `size` pixels (cached)."""
    import pygame

    if not pygame.font.get_init():
        pygame.font.init()
    face = pygame.font.Font(None, max(8, int(size)))
    face.set_bold(bold)
    return face


def words_with_offsets(text: str) -> list[tuple[str, int, int]]:
    """The whitespace-separated words of `text` with their (start, end) offsets."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def wrap(
    words: list[tuple[str, int, int]], face: pygame.font.Font, width: int
) -> list[list[tuple[str, int, int]]]:
    """Greedy line breaking of `words` into lines at most `width` pixels wide."""
    space = face.size(" ")[0]
    lines: list[list[tuple[str, int, int]]] = [[]]
    used = 0
    for word in words:
        w = face.size(word[0])[0]
        if lines[-1] and used + space + w > width:
            lines.append([])
            used = 0
        used += (space if lines[-1] else 0) + w
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
