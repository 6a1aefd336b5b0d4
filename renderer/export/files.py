"""Safe output: every file is written under a hidden temporary name beside its target and
renamed into place only when complete; anything unfinished is removed.

A temporary name is random and created exclusively (tempfile.mkstemp: O_EXCL, never through a
link), so nobody can plant a file or link there first and two exports to one target never
share one; the rename replaces the target itself (a link there is replaced, not followed).
The guardian process (renderer.export.guard) removes the temporary files even when Reverie is
killed outright.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from renderer.errors import ReverieError
from renderer.export import guard

SUFFIXES = (".mp4", ".webm", ".wav")


def partial_path(target: Path, suffix: str | None = None) -> Path:
    """A new, empty, exclusive temporary file beside `target`: 'out/demo.mp4' ->
    'out/.demo.k2j8x_1q.partial.mp4' (same folder, so the rename is atomic)."""
    fd, name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.stem}.", suffix=f".partial{suffix or target.suffix}"
    )
    os.close(fd)
    return Path(name)


def check_target(path: Path, force: bool) -> None:
    """Refuse folders, missing or unwritable folders, and existing files without --force."""
    if path.is_dir():
        raise ReverieError(f"{path} is a folder; give a file name such as dream.mp4")
    if not path.parent.is_dir():
        raise ReverieError(f"the folder {path.parent} does not exist")
    if path.exists() and not force:
        raise ReverieError(f"{path} already exists (use --force to overwrite it)")
    try:
        probe = partial_path(path)
    except OSError as error:
        raise ReverieError(
            f"cannot write into the folder {path.parent}: {error.strerror or error}"
        ) from None
    probe.unlink()


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
        """A new exclusive temporary file for `target` (with `suffix` instead of its own)."""
        try:
            temp = partial_path(target, suffix)
        except OSError as error:
            raise disk_error(error, target) from None
        guard.watch_file(temp)
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
        """Move a finished temporary file onto its target, with the usual file mode."""
        try:
            os.chmod(temp, 0o666 & ~_umask())
            os.replace(temp, target)
        except OSError as error:
            raise disk_error(error, target) from None
        self._temps.remove(temp)
        guard.forget_file(temp)

    def discard(self) -> None:
        """Remove every temporary file not committed; a failure here never hides the error
        that led to it."""
        for temp in self._temps:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            guard.forget_file(temp)
        self._temps.clear()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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
