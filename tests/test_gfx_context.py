"""Context creation: headless EGL, and the window probe `reverie doctor` uses (under Xvfb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from gfx_support import gl_context

from renderer.gfx.context import REQUIRED_VERSION, describe

pytestmark = pytest.mark.gl


def test_headless_context_is_33_core_or_newer() -> None:
    ctx = gl_context()
    try:
        assert ctx.version_code >= REQUIRED_VERSION
        renderer, version = describe(ctx).split(", OpenGL ")
        assert renderer and version[0].isdigit()
    finally:
        ctx.release()


@pytest.mark.window
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_probe_window_gl_under_xvfb() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    code = "from renderer.gfx.context import probe_window_gl; print(probe_window_gl())"
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert ", OpenGL " in done.stdout
