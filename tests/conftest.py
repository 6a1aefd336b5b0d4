"""Shared pytest options, a private cache folder for the session, and a virtual X screen."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_SESSION_CACHE: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """Narration and ambience caches go to a temporary folder, never the user's own."""
    del config
    if "REVERIE_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="reverie-test-cache-")
        _SESSION_CACHE.append(folder)
        os.environ["REVERIE_CACHE_DIR"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    del config
    for folder in _SESSION_CACHE:
        os.environ.pop("REVERIE_CACHE_DIR", None)
        shutil.rmtree(folder, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.npz from the current renderer instead of comparing",
    )


# -- a virtual X screen for window tests (the app engineer's) ---------------------------------

@pytest.fixture(scope="session")
def xvfb() -> Iterator[str]:
    """An Xvfb server (1280x720x24) for the session; yields ':N'."""
    from renderer.xvfb import MISSING, xvfb

    if shutil.which("Xvfb") is None:
        pytest.skip(f"{MISSING}: window tests need it")
    with xvfb((1280, 720)) as display:
        yield display


# -- a tiny real file system, to fill up (reliability tests) ------------------------------------


@contextlib.contextmanager
def _tmpfs(folder: Path, options: str) -> Iterator[Path]:
    """A tmpfs mounted on a fresh `folder` with mount `options` (needs root, as in CI; the
    test is skipped where it cannot mount)."""
    import subprocess

    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True, text=True, check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB file system; filled, writes fail with ENOSPC."""
    with _tmpfs(tmp_path / "tiny", "size=64k") as folder:
        yield folder


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    """A read-only file system: writes fail with EROFS."""
    with _tmpfs(tmp_path / "ro", "size=64k,ro") as folder:
        yield folder


def fill(path: Path) -> None:
    """Write `path` until its file system is full."""
    import errno

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        while True:
            os.write(fd, b"x" * 4096)
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
    finally:
        os.close(fd)
