"""`reverie bench --mapper`: reading throughput (the mapper and the scene director) in words
per second on a ~600-word dream, and the first analysis of a dream including loading."""

from __future__ import annotations

import time
from typing import Any

from renderer.director import direct
from renderer.dream import Dream, parse_dream
from renderer.mapping import analyze
from renderer.paths import seeds_dir

TARGET_WORDS = 600
_BUILT_IN = (
    "I walked down to the river where the fireflies drifted over black water, and the nebula "
    "above the willows glowed violet and rose gold. Crystalline flowers opened along the bank; "
    "their petals shimmered like frost. A heron stood in the shallows and the moon rose over the "
    "hills, pale as pearl. There were no stars at first, then thousands, spinning slowly into a "
    "spiral of light. Threads of light fell through the mist and the whole forest was glowing. "
)


def bench_text() -> tuple[str, str]:
    """A bundled seed trimmed to about 600 words, or the built-in text repeated."""
    seeds = sorted(seeds_dir().glob("*.txt")) if seeds_dir().is_dir() else []
    if seeds:
        source = seeds[0]
        words = source.read_text(encoding="utf-8").split()
        while len(words) < TARGET_WORDS:
            words += words
        return " ".join(words[:TARGET_WORDS]), source.name
    words = _BUILT_IN.split()
    return " ".join((words * (TARGET_WORDS // len(words) + 1))[:TARGET_WORDS]), "built-in"


def bench_mapper(seconds: float = 2.0) -> dict[str, Any]:
    """Analyze the same dream repeatedly (after a warm-up) for about `seconds`."""
    text, source = bench_text()
    dream: Dream = parse_dream(text, source=source)
    began = time.perf_counter()
    direct(analyze(dream))  # the first: lexicon, lemmatizer, sentiment analyzer, caches
    first = time.perf_counter() - began
    runs = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    while True:
        direct(analyze(dream))
        runs += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds and runs >= 3:
            break
    per_dream = elapsed / runs
    cpu_per_dream = (time.process_time() - cpu_start) / runs
    return {
        "source": source,
        "words": dream.word_count,
        "runs": runs,
        "first_analysis_s": round(first, 3),
        "words_per_second": round(dream.word_count / per_dream),
        "ms_per_dream": round(per_dream * 1000, 2),
        "cpu_ms_per_dream": round(cpu_per_dream * 1000, 2),  # less sensitive to other load
    }
