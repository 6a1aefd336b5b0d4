"""The all-night soak (`reverie bench --soak MINUTES`): the screensaver's preview, run in this
process under its own Xvfb with short dreams, so that it goes through many dream changes, and
its memory sampled as it runs.

- start: when the window and its compositors are made, before the first dream;
- warm-up: when every dream has been shown once and at least WARMUP_SHARE of the run has passed
  (caches keyed by dream are full by then);
- end: the last sample, before the window closes.
- growth: the least-squares slope of the resident memory (RSS) after warm-up, in MB per hour.
- Python's own allocations are traced (tracemalloc) from warm-up to the end; the lines that
  grew most are listed.
"""

from __future__ import annotations

import gc
import os
import threading
import time
import tracemalloc
from dataclasses import asdict, dataclass
from typing import Any

from renderer.errors import ReverieError
from renderer.xvfb import xvfb

SAMPLE_S = 5.0
WARMUP_SHARE = 0.25
DREAM_SECONDS = 12.0  # the shortest a dream stays (two crossfades)
TOP_GROWTH = 6


@dataclass(frozen=True)
class Sample:
    seconds: float  # since the first frame
    rss_mb: float
    changes: int  # dream changes so far
    threads: int


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process in MB (from /proc)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise ReverieError("the soak needs /proc (Linux)")


def growth_per_hour(samples: list[Sample]) -> float:
    """The least-squares slope of RSS over time, in MB per hour (0 for under two samples)."""
    if len(samples) < 2:
        return 0.0
    mean_t = sum(s.seconds for s in samples) / len(samples)
    mean_m = sum(s.rss_mb for s in samples) / len(samples)
    spread = sum((s.seconds - mean_t) ** 2 for s in samples)
    if spread == 0:
        return 0.0
    slope = sum((s.seconds - mean_t) * (s.rss_mb - mean_m) for s in samples) / spread
    return slope * 3600


def bench_soak(minutes: float, dream_seconds: float = DREAM_SECONDS) -> dict[str, Any]:
    """Run the screensaver preview for `minutes` and report its memory over time."""
    with xvfb() as display:
        os.environ["DISPLAY"] = display
        os.environ.pop("XSCREENSAVER_WINDOW", None)
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
        return _soak(minutes * 60, dream_seconds)


def _soak(seconds: float, dream_seconds: float) -> dict[str, Any]:
    from renderer.app.screensaver import Screensaver, Stop, shuffled
    from renderer.app.settings import load_settings
    from renderer.app.window import Window
    from renderer.commands.screensaver import PREVIEW_SIZE
    from renderer.library import catalog

    entries = catalog()
    stop = Stop()
    window = Window(PREVIEW_SIZE, title="Reverie soak")
    saver = Screensaver(
        window, shuffled(entries, 1), load_settings(), hack=False, narrate=False,
        dream_seconds=dream_seconds, stop=stop, stats=None,
    )
    samples: list[Sample] = []
    marks: dict[str, Sample] = {}
    snapshots: list[tracemalloc.Snapshot] = []

    origin = time.monotonic()

    def sample() -> Sample:
        return Sample(round(time.monotonic() - origin, 1), round(rss_mb(), 1), saver.changes,
                      threading.active_count())

    marks["start"] = sample()
    samples.append(marks["start"])

    def watch() -> None:
        while not stop:
            time.sleep(SAMPLE_S)
            now = sample()
            samples.append(now)
            if ("warm" not in marks and now.changes >= len(entries)
                    and now.seconds >= seconds * WARMUP_SHARE):
                gc.collect()
                marks["warm"] = now = sample()
                tracemalloc.start()
                snapshots.append(tracemalloc.take_snapshot())
            if now.seconds >= seconds:
                stop.reason = "soak over"

    watcher = threading.Thread(target=watch, name="reverie-soak", daemon=True)
    watcher.start()
    try:
        saver.run()
    finally:
        window.close()
    stop.reason = stop.reason or "ended"
    watcher.join()
    gc.collect()
    marks["end"] = samples[-1]
    warm = marks.get("warm")
    after = [s for s in samples if warm is not None and s.seconds >= warm.seconds]
    growth = []
    if snapshots:
        end = tracemalloc.take_snapshot()
        tracemalloc.stop()
        growth = [
            {"where": str(stat.traceback[0]), "kib": round(stat.size_diff / 1024, 1),
             "blocks": stat.count_diff}
            for stat in end.compare_to(snapshots[0], "lineno")[:TOP_GROWTH]
        ]
    return {
        "minutes": round(seconds / 60, 1),
        "dream_seconds": dream_seconds,
        "dreams": len(entries),
        "start": asdict(marks["start"]),
        "warm": asdict(warm) if warm else None,
        "end": asdict(marks["end"]),
        "mb_per_hour_after_warmup": round(growth_per_hour(after), 1) if warm else None,
        "python_growth": growth,
        "samples": [asdict(s) for s in samples],
    }


def format_soak(result: dict[str, Any]) -> str:
    def line(name: str, mark: dict[str, Any] | None) -> str:
        if mark is None:
            return f"{name:>6}: not reached (run longer)"
        return (f"{name:>6}: {mark['rss_mb']:7.1f} MB RSS at {mark['seconds']:7.1f} s, "
                f"{mark['changes']} dream changes, {mark['threads']} threads")

    lines = [
        f"{result['minutes']} minutes, {result['dreams']} dreams, "
        f"{result['dream_seconds']} s each",
        line("start", result["start"]),
        line("warm", result["warm"]),
        line("end", result["end"]),
    ]
    if result["mb_per_hour_after_warmup"] is not None:
        lines.append(f"growth after warm-up: {result['mb_per_hour_after_warmup']} MB/hour")
    if result["python_growth"]:
        lines.append("Python allocations that grew most after warm-up:")
        lines += [f"  {g['kib']:+9.1f} KiB {g['blocks']:+6d} blocks  {g['where']}"
                  for g in result["python_growth"]]
    return "\n".join(lines)
