"""One dedicated thread for the TTS engines: every engine call of the process runs on it."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")


class EngineThread:
    """A single daemon worker that runs submitted calls in order."""

    def __init__(self, name: str = "reverie-tts") -> None:
        self._jobs: queue.SimpleQueue[tuple[Callable[[], object], Future]] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            job, future = self._jobs.get()
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
        future: Future = Future()
        self._jobs.put((job, future))
        return future.result()


_ENGINE: EngineThread | None = None
_LOCK = threading.Lock()


def engine_thread() -> EngineThread:
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            _ENGINE = EngineThread()
        return _ENGINE
