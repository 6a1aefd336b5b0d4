"""Safe output: every file is written under a hidden temporary name beside its target and
renamed into place only when complete; anything unfinished is removed."""

from __future__ import annotations

import errno
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from renderer.errors import ReverieError

SUFFIXES = (".mp4", ".webm", ".wav")


def partial_path(target: Path) -> Path:
    """'out/demo.mp4' -> 'out/.demo.partial.mp4' (same folder, so the rename is atomic)."""
    return target.with_name(f".{target.stem}.partial{target.suffix}")


def check_target(path: Path, force: bool) -> None:
    """Refuse folders, missing parent folders, and existing files without --force."""
    if path.is_dir():
        raise ReverieError(f"{path} is a folder; give a file name such as dream.mp4")
    if not path.parent.is_dir():
        raise ReverieError(f"the folder {path.parent} does not exist")
    if path.exists() and not force:
        raise ReverieError(f"{path} already exists (use --force to overwrite it)")


def output_path(text: str, force: bool) -> Path:
    """The -o argument checked: a known extension, a real folder, no silent overwrite."""
    path = Path(text).expanduser()
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        known = ", ".join(SUFFIXES[:-1]) + f" or {SUFFIXES[-1]}"
        if not path.suffix:
            raise ReverieError(
                f"-o {text} has no extension; the known ones are {known} (e.g. {text}.mp4)"
            )
        raise ReverieError(f"-o {text}: '{path.suffix}' is not a known type; use {known}")
    check_target(path, force)
    return path


def disk_error(error: OSError, path: Path) -> ReverieError:
    """An OSError while writing `path` as a one-line message (a full disk said plainly)."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ReverieError(f"disk full while writing {path}")
    return ReverieError(f"cannot write {path}: {error.strerror or error}")


class Staging:
    """Temporary files for one export: commit() renames them into place, discard() removes
    whatever is left (on failure or interrupt)."""

    def __init__(self) -> None:
        self._temps: list[Path] = []

    def temp_for(self, target: Path, suffix: str | None = None) -> Path:
        temp = partial_path(target)
        if suffix is not None:
            temp = temp.with_suffix(suffix)
        self._temps.append(temp)
        return temp

    def write_text(self, target: Path, text: str) -> Path:
        """Write `text` to `target`'s temporary file; returns it (for commit)."""
        temp = self.temp_for(target)
        try:
            temp.write_text(text, encoding="utf-8")
        except OSError as error:
            raise disk_error(error, target) from None
        return temp

    def commit(self, temp: Path, target: Path) -> None:
        try:
            os.replace(temp, target)
        except OSError as error:
            raise disk_error(error, target) from None
        self._temps.remove(temp)

    def discard(self) -> None:
        for temp in self._temps:
            temp.unlink(missing_ok=True)
        self._temps.clear()


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises KeyboardInterrupt like Ctrl-C (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
