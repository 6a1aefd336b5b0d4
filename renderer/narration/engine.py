"""One dedicated thread for the TTS engines: every engine call of the process runs on it.

At exit the thread finishes the call in hand and drops the rest: a neural engine (Piper's
onnxruntime) torn down in the middle of a sentence would abort the whole process."""

from __future__ import annotations

import atexit
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")
EXIT_WAIT_S = 30.0  # the longest an exiting process waits for the sentence in hand


class EngineClosed(RuntimeError):
    """The process is exiting: the engine takes no more work."""


class EngineThread:
    """A single daemon worker that runs submitted calls in order."""

    def __init__(self, name: str = "reverie-tts") -> None:
        self._jobs: queue.SimpleQueue[tuple[Callable[[], object], Future[Any]] | None] = (
            queue.SimpleQueue()
        )
        self._closing = False
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()
        atexit.register(self.close)

    def _loop(self) -> None:
        while (item := self._jobs.get()) is not None:
            job, future = item
            if self._closing:
                future.set_exception(EngineClosed("the speech engine has stopped"))
                continue
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(job())
            except BaseException as error:  # noqa: BLE001 - handed to the caller
                future.set_exception(error)

    def call(self, job: Callable[[], T]) -> T:
        """Run `job` on the engine thread and return its result (re-raising its exception)."""
        if threading.current_thread() is self._thread:
            return job()
        if self._closing:
            raise EngineClosed("the speech engine has stopped")
        future: Future[T] = Future()
        self._jobs.put((job, future))
        return future.result()

    def close(self) -> None:
        """Finish the call in hand, refuse the rest, and stop (called at exit)."""
        self._closing = True
        self._jobs.put(None)
        self._thread.join(timeout=EXIT_WAIT_S)


_ENGINE: EngineThread | None = None
_LOCK = threading.Lock()


def engine_thread() -> EngineThread:
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            _ENGINE = EngineThread()
        return _ENGINE
