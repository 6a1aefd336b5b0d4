"""Narration benchmarks: time to the first sentence, synthesis speed, timeline build speed."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from renderer.narration.base import AudioNarrator
from renderer.narration.cache import NarrationCache
from renderer.narration.session import Narration
from renderer.narration.types import Narrator


def _backend(narrator: Narrator, texts: list[str], cache: Path) -> dict[str, Any]:
    """First-sentence latency and real-time factor for one narrator, cold then warm cache."""
    if isinstance(narrator, AudioNarrator):
        narrator.cache = NarrationCache(cache)
    start = time.perf_counter()
    narration = Narration(narrator, texts, warn=lambda _message: None)
    narration.sentence(0)
    first = time.perf_counter() - start
    utterances = narration.complete()
    wall = time.perf_counter() - start
    audio = sum(u.duration for u in utterances)
    start = time.perf_counter()
    Narration(narrator, texts).complete()
    warm = time.perf_counter() - start
    return {
        "voice": narrator.voice_label,
        "sentences": len(texts),
        "audio_s": round(audio, 2),
        "first_sentence_ms": round(first * 1000, 1),
        "synthesis_s": round(wall, 3),
        "realtime_factor": round(audio / wall, 1) if wall > 0 else None,
        "cached_s": round(warm, 3),
        "failed_sentences": len(narration.warnings),
    }


def bench_narration(dream_spec: str | None = None) -> dict[str, Any]:
    """Measure every narrator backend available here on one dream (default: the default one)."""
    from renderer import pipeline
    from renderer.library import default_dream_name
    from renderer.narration.factory import create_narrator
    from renderer.narration.piper import piper_voices

    dream = pipeline.load(dream_spec or default_dream_name())
    texts = [s.text for s in dream.sentences]
    result: dict[str, Any] = {"dream": dream.title, "words": dream.word_count}
    with tempfile.TemporaryDirectory(prefix="reverie-bench-") as folder:
        start = time.perf_counter()
        espeak = create_narrator("pyttsx3")
        result["pyttsx3_init_ms"] = round((time.perf_counter() - start) * 1000, 1)
        result["pyttsx3"] = _backend(espeak, texts, Path(folder) / "pyttsx3")
        if piper_voices():
            start = time.perf_counter()
            piper = create_narrator("piper")
            result["piper_load_s"] = round(time.perf_counter() - start, 2)
            result["piper"] = _backend(piper, texts, Path(folder) / "piper")
        plan = pipeline.plan(dream)
        for name, narrator in (("silent", create_narrator("silent")), ("pyttsx3", espeak)):
            start = time.perf_counter()
            timeline = pipeline.Production(dream, narrator, scene_plan=plan).timeline()
            result[f"timeline_{name}_ms"] = round((time.perf_counter() - start) * 1000, 1)
        frames = 2000
        start = time.perf_counter()
        for i in range(frames):
            timeline.state_at(timeline.duration * i / frames)
        result["state_at_us"] = round((time.perf_counter() - start) / frames * 1e6, 1)
        result["duration_s"] = round(timeline.duration, 1)
    return result


def format_narration(result: dict[str, Any]) -> str:
    """The bench result as readable lines."""
    lines = [f"dream: {result['dream']} ({result['words']} words, {result['duration_s']} s)"]
    for backend in ("pyttsx3", "piper"):
        r = result.get(backend)
        if r is None:
            lines.append(f"{backend}: not installed")
            continue
        lines.append(
            f"{backend} ({r['voice']}): first sentence {r['first_sentence_ms']} ms, "
            f"{r['audio_s']} s of speech in {r['synthesis_s']} s "
            f"(x{r['realtime_factor']} real time), cached {r['cached_s']} s"
        )
    if "piper_load_s" in result:
        lines.append(f"piper voice load: {result['piper_load_s']} s")
    lines.append(
        f"timeline build: silent {result['timeline_silent_ms']} ms, "
        f"pyttsx3 (cached) {result['timeline_pyttsx3_ms']} ms; "
        f"state_at {result['state_at_us']} us/frame"
    )
    return "\n".join(lines)
