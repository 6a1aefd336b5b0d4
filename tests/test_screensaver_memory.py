"""Memory over many dream changes: the real screensaver in a tiny window under Xvfb with quick
crossfades goes three times through every dream; at each change, what it holds is counted.
Old dreams (their timelines and players) are let go, threads do not pile up, and over the third
pass (when caches keyed by dream are full and the programs of the layers shown are compiled, on
a loaded machine too) neither Python's allocated blocks nor resident memory keep growing.
`reverie bench --soak` measures the same over real time."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from app_support import REPO, app_env

pytestmark = [pytest.mark.window, pytest.mark.slow]

PASSES = 3

SCRIPT = """
import gc, json, sys, threading, time, weakref
from renderer.app.screensaver import Screensaver, Stop, shuffled
from renderer.app.settings import load_settings
from renderer.app.window import Window
from renderer.bench.soak import rss_mb
from renderer.library import catalog

entries = catalog()
wanted = int(sys.argv[1]) * len(entries)
stop = Stop()
window = Window((160, 90), title="Reverie memory")
saver = Screensaver(window, shuffled(entries, 1), load_settings(), hack=False, narrate=False,
                    dream_seconds=0.5, stop=stop, stats=None, crossfade_s=0.25)
shows = weakref.WeakSet()  # each holds its dream's timeline (and player)

def watch():
    try:
        sample()
    finally:
        stop.reason = stop.reason or "the watcher failed"

def sample():
    seen = 0
    while not stop:
        time.sleep(0.01)
        ready = saver._next  # the next dream, once its worker is done
        if ready is not None:
            shows.add(ready)
        if saver.changes > seen and ready is not None:
            seen = saver.changes
            gc.collect()
            sys.stdout.write(json.dumps({
                "changes": seen, "dreams": len(entries), "shows": len(shows),
                "threads": threading.active_count(),
                "blocks": sys.getallocatedblocks(), "rss_mb": rss_mb(),
            }) + "\\n")  # one write, so the app's event lines never split it
            sys.stdout.flush()
            if seen >= wanted:
                stop.reason = "done"

threading.Thread(target=watch, daemon=True).start()
try:
    saver.run()
finally:
    window.close()
"""


def test_dream_changes_do_not_accumulate(xvfb, tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(PASSES)],
        cwd=REPO,
        env=app_env(xvfb, tmp_path),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    samples = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    dreams = samples[0]["dreams"]
    assert samples[-1]["changes"] >= PASSES * dreams, samples
    for sample in samples:
        # the dream on screen and the next one, prepared; nothing older
        assert sample["shows"] <= 2, sample
        assert sample["threads"] <= 3, sample  # main, the watcher, at most one dream worker
    # a layer first drawn late in a dream is compiled then: on a loaded machine the first pass
    # shows fewer frames of each dream, so the second pass is the baseline for the third. Each
    # pass is taken at its highest: a sample may catch the next dream's timeline (some 6,000
    # blocks) still being made, and the highest holds it in both passes
    second = [s for s in samples if (PASSES - 2) * dreams < s["changes"] <= (PASSES - 1) * dreams]
    third = [s for s in samples if s["changes"] > (PASSES - 1) * dreams]
    for measure in ("blocks", "rss_mb"):
        warm, last = max(s[measure] for s in second), max(s[measure] for s in third)
        # one timeline kept per change would add some 6,000 blocks each, 48,000 over a pass;
        # a leak of a texture or a timeline per change (a few MB each) would pass 24 MB
        assert last - warm < (5000 if measure == "blocks" else 24), (measure, second, third)
