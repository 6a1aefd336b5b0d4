"""The one pygame window every mode draws in: an OpenGL 3.3 core context, vsync where the
driver allows it, fullscreen toggling, a cursor that hides itself, or an existing X window.

Drawing into a window made by another program (XScreenSaver, a preview pane): SDL adopts it
when SDL_WINDOWID is set before pygame.display.init(), but such an adopted window is not an
OpenGL window unless the hint SDL_VIDEO_FOREIGN_WINDOW_OPENGL=1 is set too (SDL >= 2.0.22);
with both, set_mode(OPENGL) makes a GL context on the foreign window (checked under Xvfb).
The adopted window's size is whatever its owner made it: read it from the window every frame.
"""

from __future__ import annotations

import os
import time
import warnings
from typing import TYPE_CHECKING

from renderer.errors import ReverieError
from renderer.gfx.context import no_display_message

if TYPE_CHECKING:
    import moderngl

DEFAULT_SIZE = (1280, 720)
CURSOR_HIDE_S = 2.0


def parse_window_id(text: str) -> int:
    """'0x2a00007' or '44040199' -> the X window id; a ReverieError for anything else."""
    try:
        value = int(text.strip(), 0)
    except (ValueError, AttributeError):
        raise ReverieError(f"not an X window id: {text!r} (expected e.g. 0x2a00007)") from None
    if value <= 0:
        raise ReverieError(f"not an X window id: {text!r} (expected e.g. 0x2a00007)")
    return value


def x_root_window() -> int:
    """The X root window of $DISPLAY (for `--root` without XSCREENSAVER_WINDOW)."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("X11")
    if name is None:
        raise ReverieError("--root needs libX11 (or XSCREENSAVER_WINDOW set by XScreenSaver)")
    x11 = ctypes.CDLL(name)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        raise ReverieError(no_display_message("cannot open the X display"))
    try:
        return int(x11.XDefaultRootWindow(display))
    finally:
        x11.XCloseDisplay(display)


class XGeometry:
    """The real size of an X window, asked of the X server. Without a window manager, SDL's
    fullscreen toggle leaves the window as it was while SDL reports the screen's size."""

    def __init__(self) -> None:
        import ctypes
        import ctypes.util

        self._x11 = None
        self._display = None
        name = ctypes.util.find_library("X11")
        if name is None:
            return
        x11 = ctypes.CDLL(name)
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        uint = ctypes.POINTER(ctypes.c_uint)
        sint = ctypes.POINTER(ctypes.c_int)
        x11.XGetGeometry.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            sint, sint, uint, uint, uint, uint,
        ]  # fmt: skip
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        display = x11.XOpenDisplay(None)
        if display:
            self._x11, self._display = x11, display

    def size(self, window_id: int) -> tuple[int, int] | None:
        """(width, height) of the window, or None when X cannot say."""
        import ctypes

        if self._x11 is None:
            return None
        root = ctypes.c_ulong()
        x, y = ctypes.c_int(), ctypes.c_int()
        w, h, border, depth = (ctypes.c_uint() for _ in range(4))
        ok = self._x11.XGetGeometry(
            self._display, window_id, ctypes.byref(root), ctypes.byref(x), ctypes.byref(y),
            ctypes.byref(w), ctypes.byref(h), ctypes.byref(border), ctypes.byref(depth),
        )  # fmt: skip
        return (int(w.value), int(h.value)) if ok else None

    def close(self) -> None:
        if self._x11 is not None:
            self._x11.XCloseDisplay(self._display)
            self._x11 = None


class Window:
    """A pygame OpenGL window (or an adopted foreign X window) with its moderngl context."""

    def __init__(
        self,
        size: tuple[int, int] = DEFAULT_SIZE,
        *,
        fullscreen: bool = False,
        title: str = "Reverie",
        foreign_id: int | None = None,
    ) -> None:
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        if foreign_id is not None:
            os.environ["SDL_WINDOWID"] = str(foreign_id)
            os.environ["SDL_VIDEO_FOREIGN_WINDOW_OPENGL"] = "1"
        import pygame

        from renderer.gfx.context import (
            create_window_context,
            open_display,
            set_window_gl_attributes,
        )

        open_display(foreign_id)
        self.foreign_id = foreign_id
        self.foreign = foreign_id is not None
        self._x_errors_seen = 0
        self.windowed_size = (max(1, size[0]), max(1, size[1]))
        self.fullscreen = fullscreen and not self.foreign
        pygame.display.set_caption(title)
        set_window_gl_attributes()
        self.vsync = self._open(self.windowed_size, self.fullscreen)
        self.ctx: moderngl.Context = create_window_context()
        self._last_motion = time.monotonic()
        self._cursor_visible = True
        self._x_window = self._x11_window_id()
        self._x_geometry: XGeometry | None = None
        if self.fullscreen or self.foreign:
            self.hide_cursor()

    @staticmethod
    def _x11_window_id() -> int | None:
        import pygame

        if pygame.display.get_driver() != "x11":
            return None
        window = pygame.display.get_wm_info().get("window")
        return int(window) if isinstance(window, int) and window > 0 else None

    def _open(self, size: tuple[int, int], fullscreen: bool) -> bool:
        """set_mode with vsync when the driver allows it; returns whether vsync is on."""
        import pygame

        flags = pygame.OPENGL | pygame.DOUBLEBUF
        if fullscreen:
            flags |= pygame.FULLSCREEN
            size = (0, 0)
        elif self.foreign:
            size = (0, 0)
        else:
            flags |= pygame.RESIZABLE
        with warnings.catch_warnings(record=True) as caught:  # "vsync not available" warns
            warnings.simplefilter("always")
            try:
                pygame.display.set_mode(size, flags, vsync=1)
                return not caught
            except pygame.error:
                pass
        try:
            pygame.display.set_mode(size, flags)
        except pygame.error as error:
            raise ReverieError(f"cannot open an OpenGL window: {error}") from None
        return False

    @property
    def size(self) -> tuple[int, int]:
        """The drawable size in pixels, now (a foreign window may be resized by its owner).
        In fullscreen on X it is the X window's own size: with no window manager to obey the
        request, the window keeps its size while SDL reports the screen's."""
        import pygame

        w, h = pygame.display.get_window_size()
        if self.fullscreen and self._x_window is not None:
            if self._x_geometry is None:
                self._x_geometry = XGeometry()
            real = self._x_geometry.size(self._x_window)
            if real is not None:
                w, h = real
        return (max(1, w), max(1, h))

    def gone(self) -> bool:
        """Whether the adopted window has been destroyed by its owner. The X server is asked
        only after an X error was recorded (a frame drawn into a destroyed window causes one),
        so this costs nothing while all is well."""
        from renderer.gfx import xdisplay

        count = xdisplay.error_count()
        if self.foreign_id is None or count == self._x_errors_seen:
            return False
        self._x_errors_seen = count
        connection = xdisplay.connect(os.environ.get("DISPLAY", ""))
        if connection is None:  # the X server itself is gone
            return True
        try:
            return bool(xdisplay.window_problem(connection, self.foreign_id))
        finally:
            xdisplay.disconnect(connection)

    def toggle_fullscreen(self) -> None:
        import pygame

        if self.foreign:
            return
        if not self.fullscreen:
            self.windowed_size = self.size
        try:
            pygame.display.toggle_fullscreen()
        except pygame.error:
            return
        self.fullscreen = not self.fullscreen
        if self.fullscreen:
            self.hide_cursor()
        else:
            self.show_cursor()

    def note_motion(self) -> None:
        """The mouse moved: show the cursor (it hides again after CURSOR_HIDE_S)."""
        self._last_motion = time.monotonic()
        if not self._cursor_visible and not self.foreign:
            self.show_cursor()

    def update_cursor(self) -> None:
        if self._cursor_visible and time.monotonic() - self._last_motion > CURSOR_HIDE_S:
            self.hide_cursor()

    def hide_cursor(self) -> None:
        import pygame

        pygame.mouse.set_visible(False)
        self._cursor_visible = False

    def show_cursor(self) -> None:
        import pygame

        pygame.mouse.set_visible(True)
        self._cursor_visible = True

    def begin_frame(self) -> moderngl.Framebuffer:
        """The screen framebuffer, with the viewport covering the whole window."""
        screen = self.ctx.screen
        screen.use()
        self.ctx.viewport = (0, 0, *self.size)
        return screen

    def flip(self) -> None:
        import pygame

        pygame.display.flip()

    def close(self) -> None:
        import pygame

        if self._x_geometry is not None:
            self._x_geometry.close()
        self.ctx.release()
        pygame.display.quit()
