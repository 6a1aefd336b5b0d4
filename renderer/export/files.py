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
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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
    try:  # a nameless file where the system has them (O_TMPFILE): nothing to leave behind
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError as error:
        raise ReverieError(
            f"cannot write into the folder {path.parent}: {error.strerror or error}"
        ) from None


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
        with interrupts_deferred():  # a file made is a file recorded, so discard() finds it
            try:
                temp = partial_path(target, suffix)
            except OSError as error:
                raise disk_error(error, target) from None
            self._temps.append(temp)
            guard.watch_file(temp)
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


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM during an export.

    Its own subclass because CPython remembers a bare KeyboardInterrupt that escapes code run
    from a string (dataclasses and namedtuples build methods that way while a module imports):
    under `python -m` the process then dies by SIGINT at exit even though Reverie caught the
    interrupt and chose its exit status. CPython checks for that exact type only."""


class _Interrupts:
    """What the export's signal handler has seen: a signal, and whether raising must wait."""

    pending = False
    deferred = 0


@contextmanager
def interrupts_as_exceptions() -> Iterator[None]:
    """Within the block, SIGTERM and Ctrl-C raise Interrupted (main thread only; a SIGINT that
    the process ignores stays ignored).

    An exception raised from a signal handler lands wherever Python happens to be, and a few
    places swallow it (a fork handler, a finalizer, a weak reference's callback): the signal is
    also remembered, and `raise_if_interrupted` raises it again at the export's next safe
    point. Where Python would print such a swallowed interrupt as an ignored exception with
    its traceback, it stays quiet: the one-line error comes when it is raised again."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        _Interrupts.pending = True
        if not _Interrupts.deferred:
            raise Interrupted

    unraisable = sys.unraisablehook

    def quiet(event: Any) -> None:
        if not (event.exc_type is not None and issubclass(event.exc_type, Interrupted)):
            unraisable(event)

    caught = [signal.SIGTERM]
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        caught.append(signal.SIGINT)
    _Interrupts.pending = False
    previous = {signum: signal.signal(signum, handler) for signum in caught}
    sys.unraisablehook = quiet
    try:
        yield
    finally:
        for signum, before in previous.items():
            signal.signal(signum, before)
        sys.unraisablehook = unraisable
        _Interrupts.pending = False


def raise_if_interrupted() -> None:
    """Raise Interrupted if a signal came and its exception was lost."""
    if _Interrupts.pending:
        raise Interrupted


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold a signal's exception until the block ends: for starting a child process, where
    an exception between fork and exec would be raised in the child or half-lost in the
    parent."""
    _Interrupts.deferred += 1
    try:
        yield
    finally:
        _Interrupts.deferred -= 1
    raise_if_interrupted()
