"""Audio benchmarks: texture generation, mixdown speed of a 3-minute dream, live chunk cost."""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from renderer.audio import RATE
from renderer.audio.beds import textures_for
from renderer.audio.mixer import Mixer, mixdown
from renderer.audio.player import CHUNK_S
from renderer.audio.score import CONTROL_HZ, Score, VoiceClip
from renderer.audio.textures import make_texture

BENCH_SEED = 4242
TTS_RATE = 22050


def _voice_like(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A stand-in sentence at the TTS rate: gliding harmonics in syllables and words."""
    t = np.arange(int(seconds * TTS_RATE)) / TTS_RATE
    f0 = 120 + 25 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 6))
    phase = 2 * np.pi * np.cumsum(f0) / TTS_RATE
    source = sum(np.sin(h * phase) / h for h in range(1, 25))
    syllables = np.clip(np.sin(2 * np.pi * 4.0 * t), 0, 1) ** 0.5
    words = np.sin(2 * np.pi * 0.9 * t + 1.0) > -0.8
    return (0.3 * source * syllables * words).astype(np.float32)


def dream_score(minutes: float = 3.0, seed: int = BENCH_SEED) -> Score:
    """A dream-shaped Score: sentences every ~6 s, five beds rising and falling, the pad."""
    rng = np.random.default_rng(seed)
    duration = minutes * 60.0
    steps = int(duration * CONTROL_HZ) + 2
    t = np.arange(steps) / CONTROL_HZ
    levels = {"pad": np.full(steps, 0.35, np.float32)}
    for i, bed in enumerate(("water", "wind", "forest", "chimes", "room")):
        wave = 0.5 + 0.5 * np.sin(2 * np.pi * t / (40.0 + 9 * i) + rng.uniform(0, 6))
        levels[bed] = np.clip(wave * 1.2 - 0.2, 0, 1).astype(np.float32)
    clips, at, key = [], 1.0, 0
    while at < duration - 8.0:
        length = float(rng.uniform(3.0, 6.0))
        clips.append(VoiceClip(at, _voice_like(length, rng), TTS_RATE, key))
        at, key = at + length + float(rng.uniform(0.45, 1.2)), key + 1
    valence = np.sin(2 * np.pi * t / 70.0)
    brightness = np.clip(0.6 + 1.6 * valence, 0, 1).astype(np.float32)
    return Score(duration, seed, levels, brightness, np.ones(steps, np.float32), tuple(clips))


def bench_audio(minutes: float = 3.0) -> dict[str, Any]:
    """Seconds of audio per wall second for the mixdown (textures made fresh, then cached),
    the time to make each bed's textures, and what one live chunk costs."""
    score = dream_score(minutes)
    beds = {}
    for name in score.levels:
        start = time.perf_counter()
        for texture_id in textures_for(name, BENCH_SEED):
            make_texture(texture_id)
        beds[name] = round(time.perf_counter() - start, 3)
    mixdown(score)  # textures now cached (memory and disk): the steady state of export
    start = time.perf_counter()
    mix = mixdown(score)
    warm = time.perf_counter() - start
    mixer = Mixer(score)
    chunk = int(CHUNK_S * RATE)
    starts = range(0, mixer.length - chunk, mixer.length // 40)
    begin = time.perf_counter()
    for at in starts:
        mixer.render(at, chunk)
    per_chunk = (time.perf_counter() - begin) / len(starts)
    audio_s = mix.shape[0] / RATE
    return {
        "audio_s": round(audio_s, 1),
        "sentences": len(score.clips),
        "beds_active": len(score.levels),
        "bed_generation_s": beds,
        "bed_generation_total_s": round(sum(beds.values()), 2),
        "mixdown_s": round(warm, 3),
        "mixdown_realtime_factor": round(audio_s / warm, 1),
        # A machine that never played these beds also makes their textures (once).
        "mixdown_first_time_s": round(warm + sum(beds.values()), 2),
        "live_chunk_ms": round(per_chunk * 1000, 2),
        "live_cpu_share": round(per_chunk / CHUNK_S, 4),
    }


def format_audio(result: dict[str, Any]) -> str:
    beds = ", ".join(f"{k} {v:.2f}s" for k, v in result["bed_generation_s"].items())
    return "\n".join(
        [
            f"mixdown: {result['audio_s']} s of audio ({result['sentences']} sentences, "
            f"{result['beds_active']} beds) in {result['mixdown_s']} s = "
            f"{result['mixdown_realtime_factor']}x real time (beds cached)",
            f"first time on a machine (textures made too): {result['mixdown_first_time_s']} s",
            f"textures made fresh: {result['bed_generation_total_s']} s ({beds})",
            f"live: {result['live_chunk_ms']} ms per {CHUNK_S} s chunk "
            f"({result['live_cpu_share'] * 100:.1f} % of one core)",
        ]
    )
