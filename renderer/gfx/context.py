"""The one place GL contexts are made: headless EGL, or the current pygame window's context,
on a display checked first (open_display).

Everything else receives the context explicitly; nothing here keeps a global.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from renderer.errors import ReverieError

if TYPE_CHECKING:
    import moderngl

REQUIRED_VERSION = 330


def describe(ctx: moderngl.Context) -> str:
    """'renderer, version' as the driver reports them."""
    return f"{ctx.info['GL_RENDERER']}, OpenGL {ctx.info['GL_VERSION']}"


def _require_core(ctx: moderngl.Context) -> moderngl.Context:
    if ctx.version_code < REQUIRED_VERSION:
        found = describe(ctx)
        ctx.release()
        raise ReverieError(f"OpenGL 3.3 core needed, found {found}")
    return ctx


def create_headless_context() -> moderngl.Context:
    """An offscreen OpenGL >= 3.3 core context through EGL (no display needed)."""
    import moderngl

    try:
        # the stub types every keyword setting as a dict; glcontext's backend is a name
        ctx = moderngl.create_standalone_context(
            require=REQUIRED_VERSION, backend="egl"  # type: ignore[arg-type]
        )
    except Exception as error:  # moderngl/glcontext raise plain Exceptions here
        message = " ".join(str(error).split()) or type(error).__name__
        raise ReverieError(
            f"OpenGL 3.3 core needed, found no usable EGL context ({message})"
        ) from None
    return _require_core(ctx)


def set_window_gl_attributes() -> None:
    """Ask SDL for a 3.3 core context; call after pygame.init() and before set_mode()."""
    import pygame

    pygame.display.gl_set_attribute(pygame.GL_CONTEXT_MAJOR_VERSION, 3)
    pygame.display.gl_set_attribute(pygame.GL_CONTEXT_MINOR_VERSION, 3)
    pygame.display.gl_set_attribute(pygame.GL_CONTEXT_PROFILE_MASK, pygame.GL_CONTEXT_PROFILE_CORE)
    pygame.display.gl_set_attribute(pygame.GL_DOUBLEBUFFER, 1)


def create_window_context() -> moderngl.Context:
    """The context of the pygame window that exists now (made with OPENGL | DOUBLEBUF)."""
    import moderngl

    try:
        ctx = moderngl.create_context(require=REQUIRED_VERSION)
    except Exception as error:
        message = " ".join(str(error).split()) or type(error).__name__
        raise ReverieError(f"OpenGL 3.3 core needed, found {message}") from None
    return _require_core(ctx)


def no_display_message(reason: str) -> str:
    return f"no display: {reason} (try `reverie export` or xvfb-run)"


def open_display(foreign_id: int | None = None) -> None:
    """Start pygame's display on a real screen, or raise a one-line ReverieError.

    The X display (and the foreign window, when drawing into one) is checked before SDL
    touches it; a display that cannot be opened is an error, never SDL's invisible
    offscreen window; X errors are recorded instead of ending the process (xdisplay).
    """
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from renderer.gfx import xdisplay

    x_display = os.environ.get("DISPLAY", "")
    if os.name == "posix" and not x_display and not os.environ.get("WAYLAND_DISPLAY"):
        raise ReverieError(no_display_message("DISPLAY is not set"))
    connection = xdisplay.connect(x_display) if x_display else 0
    if connection is None:
        raise ReverieError(no_display_message(f"cannot open the X display {x_display!r}"))
    try:
        if foreign_id is not None and (problem := xdisplay.window_problem(connection, foreign_id)):
            raise ReverieError(problem)
        xdisplay.quiet_x_errors()
        try:
            pygame.display.init()
        except pygame.error as error:
            raise ReverieError(no_display_message(str(error) or "no video device")) from None
        xdisplay.quiet_x_errors()
    finally:
        xdisplay.disconnect(connection)
    driver = pygame.display.get_driver()
    if driver in ("offscreen", "dummy") and not os.environ.get("SDL_VIDEODRIVER"):
        pygame.display.quit()
        raise ReverieError(no_display_message(f"SDL found no screen, only its {driver} driver"))


def probe_window_gl() -> str:
    """Open a tiny hidden pygame GL window and return 'renderer, version' (for `doctor`)."""
    import pygame

    open_display()
    try:
        set_window_gl_attributes()
        try:
            pygame.display.set_mode((16, 16), pygame.OPENGL | pygame.DOUBLEBUF | pygame.HIDDEN)
        except pygame.error as error:
            raise ReverieError(f"cannot open an OpenGL window: {error}") from None
        ctx = create_window_context()
        try:
            return describe(ctx)
        finally:
            ctx.release()
    finally:
        pygame.display.quit()
