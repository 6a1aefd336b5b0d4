"""Failing parts give one clear line: no display or a display that does not exist, no GLX, a
foreign window that does not exist, a post program that does not compile, bad narration
options; and `doctor` reports every part whatever fails, without raw X or ALSA output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW_NOISE = ("Traceback", "X Error", "X_GLX", "ALSA lib", "BadValue", "BadAccess", "XDG_RUNTIME")


def reverie(
    *args: str, env: dict[str, str] | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "renderer", *args], cwd=REPO, capture_output=True, text=True,
        timeout=timeout, check=False,
        env={**os.environ, "SDL_AUDIODRIVER": "dummy", "PYTHONPATH": str(REPO), **(env or {})},
    )


def one_line_error(done: subprocess.CompletedProcess[str], *phrases: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reverie: error: "), done.stderr
    for phrase in phrases:
        assert phrase in lines[0]
    assert not any(noise in done.stderr for noise in RAW_NOISE)


@pytest.fixture(scope="module")
def xvfb_without_glx() -> Iterator[str]:
    """An X server without the GLX extension: no OpenGL window can be made on it."""
    from renderer.xvfb import MISSING, xvfb

    if shutil.which("Xvfb") is None:
        pytest.skip(MISSING)
    with xvfb((640, 480), ("-extension", "GLX")) as display:
        yield display


@pytest.mark.parametrize("display", [":4091", "not-a-display"])
def test_a_display_that_does_not_exist_is_an_error(display: str) -> None:
    done = reverie("play", "default", "--windowed", "--no-sound", env={"DISPLAY": display})
    one_line_error(done, "no display", f"cannot open the X display '{display}'")


def test_no_display_at_all_is_an_error() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-m", "renderer", "menu", "--windowed"], cwd=REPO, env=env,
        capture_output=True, text=True, timeout=120, check=False,
    )
    one_line_error(done, "no display", "DISPLAY is not set")


@pytest.mark.parametrize("command", [["play", "default"], ["menu"]])
def test_no_glx_is_one_line(xvfb_without_glx: str, command: list[str]) -> None:
    done = reverie(*command, "--windowed", "--no-sound", env={"DISPLAY": xvfb_without_glx})
    one_line_error(done, "OpenGL window", "GLX")


@pytest.mark.window
def test_a_foreign_window_that_does_not_exist_is_one_line(xvfb: str) -> None:
    done = reverie("screensaver", "--window-id", "0xdeadbeef", env={"DISPLAY": xvfb})
    one_line_error(done, "there is no X window 0xdeadbeef", "BadWindow")


def _doctor_lines(done: subprocess.CompletedProcess[str]) -> dict[str, str]:
    assert not any(noise in done.stdout + done.stderr for noise in RAW_NOISE), done
    parts = {}
    for line in done.stdout.splitlines():
        if line.startswith(("OK ", "MISSING ")):
            status, rest = line.split(None, 1)
            parts[rest[:18].strip()] = status
    return parts


PARTS = {"python", "opengl (headless)", "opengl (window)", "audio output", "text-to-speech",
         "ffmpeg", "typeface"}


@pytest.mark.window
def test_doctor_on_a_healthy_display_reports_every_part(xvfb: str) -> None:
    parts = _doctor_lines(reverie("doctor", env={"DISPLAY": xvfb}))
    assert set(parts) == PARTS
    assert parts["opengl (window)"] == "OK" and parts["opengl (headless)"] == "OK"


def test_doctor_without_glx_reports_every_part(xvfb_without_glx: str) -> None:
    done = reverie("doctor", env={"DISPLAY": xvfb_without_glx, "SDL_AUDIODRIVER": "alsa"})
    parts = _doctor_lines(done)
    assert set(parts) == PARTS and parts["opengl (window)"] == "MISSING"
    assert "GLX" in done.stdout


def test_doctor_with_a_missing_display_reports_every_part() -> None:
    done = reverie("doctor", env={"DISPLAY": ":4092"})
    parts = _doctor_lines(done)
    assert set(parts) == PARTS and parts["opengl (window)"] == "MISSING"
    assert "cannot open the X display ':4092'" in done.stdout


def test_a_broken_post_program_is_an_error_not_a_black_picture(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    for part in ("renderer", "shaders", "assets", "seeds"):
        shutil.copytree(REPO / part, tree / part, ignore=shutil.ignore_patterns("__pycache__"))
    with (tree / "shaders" / "post" / "final.glsl").open("a") as shader:
        shader.write("\nthis is not glsl;\n")
    out = tmp_path / "frame.png"
    done = subprocess.run(
        [sys.executable, "-m", "renderer", "still", "default", "--at", "5", "-o", str(out),
         "--size", "160x96"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert done.returncode == 2
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("reverie: error: the picture cannot be drawn: ")
    assert "post/final.glsl" in last
    assert "Traceback" not in done.stderr and not out.exists()


@pytest.mark.parametrize(
    ("option", "phrase"),
    [
        (["--voice", "no-such-voice"], "unknown voice 'no-such-voice'"),
        (["--rate", "100000"], "--rate must be 80..320 words per minute, got 100000"),
        (["--narrator", "pyttsx3", "--voice", "zz-nothing"], "voice 'zz-nothing' for pyttsx3"),
    ],
)
@pytest.mark.parametrize("command", ["export", "timeline", "play"])
def test_bad_narration_options_are_one_line_exit_2(
    tmp_path: Path, command: str, option: list[str], phrase: str
) -> None:
    extra = ["-o", str(tmp_path / "x.wav")] if command == "export" else []
    done = reverie(command, "default", *extra, *option, env={"DISPLAY": ":4093"})
    one_line_error(done, phrase)
    assert not list(tmp_path.iterdir())


def test_a_negative_volume_is_one_line_exit_2() -> None:
    one_line_error(reverie("timeline", "default", "--volume", "-1"), "--volume must be 0..1")
