"""`reverie doctor`: what this machine offers Reverie, each part OK or missing with a fix.

GL (EGL and window) and audio are probed each in a fresh Python process: a driver that
prints raw X or ALSA messages, or ends its process, cannot stop the other checks; what the
probe printed on its error stream is not shown.
"""

from __future__ import annotations

import argparse
import os
import platform
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

HELP = "check Python, OpenGL, audio, text-to-speech, the typeface and ffmpeg on this machine"

Check = tuple[bool, str, str]  # ok, what was found, how to fix


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options


def _python() -> Check:
    ok = sys.version_info >= (3, 11)
    return ok, f"Python {platform.python_version()}", "install Python 3.11 or newer"


_EGL_PROBE = """
from renderer.gfx.context import create_headless_context, describe
ctx = create_headless_context()
print("EGL:", describe(ctx))
"""
_WINDOW_PROBE = """
from renderer.gfx.context import probe_window_gl
print("window:", probe_window_gl())
"""
_AUDIO_PROBE = """
import os
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame
from renderer.errors import ReverieError
try:
    pygame.mixer.init()
except pygame.error as error:
    raise ReverieError(f"no audio device ({error})")
rate, _, channels = pygame.mixer.get_init()
print(f"audio device: {rate} Hz, {channels} channel(s)")
"""
_PROBE_WRAPPER = """
import sys
from renderer.errors import ReverieError
try:
    exec(compile(sys.argv[1], "probe", "exec"))
except ReverieError as error:
    print(" ".join(str(error).split()))
    sys.exit(3)
"""
PROBE_TIMEOUT_S = 60


def probe(code: str) -> tuple[bool, str]:
    """Run `code` in a fresh Python: (True, what it printed last) or (False, why not)."""
    package_root = str(Path(__file__).resolve().parents[2])
    path = os.pathsep.join(filter(None, (package_root, os.environ.get("PYTHONPATH"))))
    try:
        done = subprocess.run(
            [sys.executable, "-c", _PROBE_WRAPPER, code],
            capture_output=True, text=True, timeout=PROBE_TIMEOUT_S,
            env={**os.environ, "PYTHONPATH": path},
        )
    except subprocess.TimeoutExpired:
        return False, f"the probe did not finish in {PROBE_TIMEOUT_S} s"
    lines = done.stdout.strip().splitlines()
    said = lines[-1] if lines else ""
    if done.returncode == 0 and said:
        return True, said
    if done.returncode == 3 and said:
        return False, said
    return False, f"the probe failed ({_exit_reason(done.returncode)})"


def _exit_reason(code: int) -> str:
    if code < 0:
        return f"killed by signal {signal.Signals(-code).name}"
    return f"exit status {code}"


def _gl_headless() -> Check:
    ok, found = probe(_EGL_PROBE)
    if not ok:
        return False, found, "apt-get install libegl1 libegl-mesa0 libgl1-mesa-dri"
    return True, found, ""


def _gl_window() -> Check:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        fix = "run on a desktop, or under Xvfb: xvfb-run reverie ..."
        return False, "no display (DISPLAY is not set)", fix
    ok, found = probe(_WINDOW_PROBE)
    if not ok:
        fix = "check DISPLAY, and install your GPU's OpenGL driver (Mesa: libgl1-mesa-dri)"
        return False, found, fix
    return True, found, ""


def _audio() -> Check:
    ok, found = probe(_AUDIO_PROBE)
    if not ok:
        return False, found, "Reverie plays silently with captions; connect an audio output"
    return True, found, ""


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
