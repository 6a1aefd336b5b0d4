"""The desktop clipboard's text through SDL (pygame.scrap cannot place text on X11 here).

pygame's own SDL library is already loaded; opening the same file again gives the same
library, whose video subsystem pygame has started, so SDL's clipboard calls work on it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import glob
import os
from functools import cache


@cache
def _sdl() -> ctypes.CDLL | None:
    import pygame

    bundled = glob.glob(os.path.join(os.path.dirname(pygame.__file__) + ".libs", "libSDL2-*.so*"))
    path = bundled[0] if bundled else ctypes.util.find_library("SDL2")
    if path is None:
        return None
    try:
        sdl = ctypes.CDLL(path)
    except OSError:
        return None
    sdl.SDL_SetClipboardText.argtypes = [ctypes.c_char_p]
    sdl.SDL_SetClipboardText.restype = ctypes.c_int
    sdl.SDL_GetClipboardText.restype = ctypes.c_void_p
    sdl.SDL_free.argtypes = [ctypes.c_void_p]
    return sdl


def paste_text() -> str | None:
    """The clipboard's text ("" when empty); None when there is no clipboard to ask."""
    sdl = _sdl()
    if sdl is None:
        return None
    pointer = sdl.SDL_GetClipboardText()
    if not pointer:
        return ""
    try:
        return ctypes.string_at(pointer).decode("utf-8", "replace")
    finally:
        sdl.SDL_free(pointer)


def copy_text(text: str) -> bool:
    """Put `text` on the clipboard; whether that worked."""
    sdl = _sdl()
    return sdl is not None and sdl.SDL_SetClipboardText(text.encode("utf-8")) == 0
