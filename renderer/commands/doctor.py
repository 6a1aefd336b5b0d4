"""`reverie doctor`: what this machine offers Reverie, each part OK or missing with a fix."""

from __future__ import annotations

import argparse
import os
import platform
import sys
from collections.abc import Callable

HELP = "check Python, OpenGL, audio, text-to-speech, the typeface and ffmpeg on this machine"

Check = tuple[bool, str, str]  # ok, what was found, how to fix


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options


def _python() -> Check:
    ok = sys.version_info >= (3, 11)
    return ok, f"Python {platform.python_version()}", "install Python 3.11 or newer"


def _gl_headless() -> Check:
    import moderngl

    try:
        ctx = moderngl.create_standalone_context(backend="egl")
    except Exception as error:
        fix = "apt-get install libegl1 libegl-mesa0 libgl1-mesa-dri"
        return False, f"no EGL context ({error})", fix
    found = f"{ctx.info['GL_RENDERER']}, OpenGL {ctx.info['GL_VERSION']}"
    ok = ctx.version_code >= 330
    ctx.release()
    return ok, f"EGL: {found}", "Reverie needs OpenGL 3.3 core: update Mesa or the GPU driver"


def _gl_window() -> Check:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        fix = "run on a desktop, or under Xvfb: xvfb-run reverie ..."
        return False, "no display (DISPLAY is not set)", fix
    from renderer.gfx.context import probe_window_gl

    try:
        found = probe_window_gl()
    except Exception as error:
        fix = "install your GPU's OpenGL driver (Mesa: libgl1-mesa-dri)"
        return False, f"window GL failed ({error})", fix
    return True, f"window: {found}", ""


def _audio() -> Check:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    try:
        pygame.mixer.init()
    except pygame.error as error:
        fix = "Reverie plays silently with captions; connect an audio output"
        return False, f"no audio device ({error})", fix
    found = pygame.mixer.get_init()
    pygame.mixer.quit()
    return True, f"audio device: {found[0]} Hz, {found[2]} channel(s)", ""


def _tts() -> Check:
    from renderer.narration import list_voices

    voices = list_voices()
    found = ", ".join(f"{name}: {len(items)} voices" for name, items in voices.items() if items)
    if not found:
        fix = "apt-get install espeak-ng (Reverie shows captions meanwhile)"
        return False, "no text-to-speech engine", fix
    return True, found, ""


def _typeface() -> Check:
    from renderer.overlay.text import FONT_FILES, font_file

    found = font_file()
    fix = "apt-get install fonts-lato"
    if found is None:
        return False, "no Lato or DejaVu Sans: pygame's unkerned font stands in", fix
    return found == FONT_FILES[False][0], f"captions and menu in {found.name}", fix


def _ffmpeg() -> Check:
    from renderer.errors import ReverieError
    from renderer.export.ffmpeg import find_ffmpeg

    try:
        found = find_ffmpeg(".mp4")
    except ReverieError as error:
        return False, str(error), "pip install imageio-ffmpeg (or apt-get install ffmpeg)"
    return True, f"ffmpeg {found.label}, used for export", ""


CHECKS: tuple[tuple[str, Callable[[], Check]], ...] = (
    ("python", _python),
    ("opengl (headless)", _gl_headless),
    ("opengl (window)", _gl_window),
    ("audio output", _audio),
    ("text-to-speech", _tts),
    ("typeface", _typeface),
    ("ffmpeg", _ffmpeg),
)


def run(args: argparse.Namespace) -> int:
    del args
    failures = 0
    for name, check in CHECKS:
        try:
            ok, found, fix = check()
        except Exception as error:
            ok, found, fix = False, f"check failed: {error}", "see the message"
        failures += not ok
        status = "OK     " if ok else "MISSING"
        print(f"{status} {name:<18} {found}")
        if not ok and fix:
            print(f"        {'':<18} fix: {fix}")
    return 0 if failures == 0 else 1
