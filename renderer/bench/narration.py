"""Narration benchmarks: time to the first word of a new and of a cached dream, synthesis
speed and pace per engine, timeline build speed."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from renderer.narration.base import AudioNarrator
from renderer.narration.cache import NarrationCache
from renderer.narration.session import Narration


def _first_word(backend: str, texts: list[str], cache: Path) -> tuple[float, Narration]:
    """Seconds from asking for a narrator to the first sentence being ready (a voice model
    loading on the way counts), and the running Narration."""
    from renderer.narration.factory import create_narrator

    start = time.perf_counter()
    narrator = create_narrator(backend)
    if isinstance(narrator, AudioNarrator):
        narrator.cache = NarrationCache(cache)
    narration = Narration(narrator, texts, warn=lambda _message: None)
    narration.sentence(0)
    return time.perf_counter() - start, narration


def _backend(backend: str, texts: list[str], cache: Path) -> dict[str, Any]:
    """A new dream (nothing cached; the engine's first use in this process), then the same
    dream again (all cached): first word, real-time factor and pace."""
    first, narration = _first_word(backend, texts, cache)
    began = time.perf_counter()
    utterances = narration.complete()
    rest = time.perf_counter() - began  # sentences 2.. while sentence 1 would be playing
    audio = sum(u.duration for u in utterances)
    words = sum(len(u.words) for u in utterances)
    cached_first, again = _first_word(backend, texts, cache)
    again.complete()
    later = sum(u.duration for u in utterances[1:])
    return {
        "voice": narration.narrator.voice_label,
        "sentences": len(texts),
        "audio_s": round(audio, 2),
        "words_per_minute": round(60.0 * words / audio, 1) if audio > 0 else None,
        "first_word_new_s": round(first, 3),
        "first_word_cached_ms": round(cached_first * 1000, 1),
        "synthesis_s": round(first + rest, 3),
        "realtime_factor": round(later / rest, 1) if rest > 0 else None,
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
        result["pyttsx3"] = _backend("pyttsx3", texts, Path(folder) / "pyttsx3")
        if piper_voices():
            result["piper"] = _backend("piper", texts, Path(folder) / "piper")
        plan = pipeline.plan(dream)
        espeak = create_narrator("pyttsx3")
        if isinstance(espeak, AudioNarrator):
            espeak.cache = NarrationCache(Path(folder) / "pyttsx3")
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
            f"{backend} ({r['voice']}): first word {r['first_word_new_s']} s new, "
            f"{r['first_word_cached_ms']} ms cached; {r['audio_s']} s of speech "
            f"({r['words_per_minute']} words/min) in {r['synthesis_s']} s "
            f"(x{r['realtime_factor']} real time)"
        )
    lines.append(
        f"timeline build: silent {result['timeline_silent_ms']} ms, "
        f"pyttsx3 (cached) {result['timeline_pyttsx3_ms']} ms; "
        f"state_at {result['state_at_us']} us/frame"
    )
    return "\n".join(lines)
