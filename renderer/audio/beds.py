"""Procedural ambient beds: seamless stereo loops at 48 kHz, deterministic from a seed.

Every bed is built circularly (noise made in the frequency domain with random phases, sines
on exact loop harmonics, events and reverb tails wrapped around the end), so sample n-1 runs
into sample 0 like any other pair of samples: no click at the loop point.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from renderer.audio import RATE
from renderer.audio.dsp import (
    add_circular,
    band,
    convolve_circular,
    db_to_gain,
    filter_circular,
    impulses,
    reverb_circular,
    smooth_random,
    spectral_noise,
    tilt,
)
from renderer.audio.loudness import integrated_loudness
from renderer.audio.music import Key, midi_to_hz
from renderer.paths import cache_dir

BED_LUFS = -27.0  # loudness of every bed at gain 1 (before its trim)
PEAK_CEILING = db_to_gain(-6.0)  # a bed's transients are rounded off near this
CACHE_LIMIT = 200 * 2**20  # bytes of generated beds kept in the user's cache folder

Generator = Callable[[int, np.random.Generator, Key], np.ndarray]


def _pan(mono: np.ndarray, pan: float) -> np.ndarray:
    """Equal-power pan, pan in -1 (left) .. 1 (right)."""
    a = 0.25 * np.pi * (pan + 1.0)
    return np.stack([mono * np.cos(a), mono * np.sin(a)], axis=1).astype(np.float32)


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / max(float(np.sqrt(np.mean(x * x))), 1e-12)).astype(np.float32)


def _time(n: int) -> np.ndarray:
    return np.arange(n, dtype=np.float64) / RATE


def _on_loop(freq: float, n: int) -> float:
    """The nearest frequency with a whole number of cycles in the loop."""
    cycles = n / RATE
    return max(round(freq * cycles), 1) / cycles


def water(n: int, rng: np.random.Generator, key: Key) -> np.ndarray:
    """A brook: band-limited flow with a slow wobble, and babble of small rising bubbles."""
    flow = spectral_noise(n, rng, tilt(-0.5, band(250.0, 3500.0)), 2)
    flow *= 1.0 + 0.35 * smooth_random(n, rng, 1.2, 2)
    babble = np.zeros((n, 2), np.float32)
    for _ in range(int(70 * n / RATE)):
        tau = rng.uniform(0.008, 0.03)
        t = np.arange(int(5 * tau * RATE)) / RATE
        freq = rng.uniform(350.0, 1600.0) * (1.0 + rng.uniform(0.2, 0.8) * t / (5 * tau))
        blip = np.sin(2 * np.pi * np.cumsum(freq) / RATE) * np.exp(-t / tau)
        blip *= rng.lognormal(0.0, 0.5) * np.minimum(t / 0.002, 1.0)
        add_circular(babble, _pan(blip.astype(np.float32), rng.uniform(-0.8, 0.8)), rng.integers(n))
    return 0.8 * flow + 0.6 * _unit(babble)


def rain(n: int, rng: np.random.Generator, key: Key) -> np.ndarray:
    """Soft rain: pink hiss under dense droplet ticks and a few brighter plinks."""
    hiss = spectral_noise(n, rng, tilt(-0.5, band(400.0, 9000.0)), 2)
    burst_t = np.arange(int(0.006 * RATE)) / RATE
    tick = (rng.standard_normal(burst_t.size) * np.exp(-burst_t / 0.0012)).astype(np.float32)
    drops = np.zeros((n, 2), np.float32)
    for ch in range(2):
        train = impulses(n, rng, 260.0, lambda c: rng.uniform(0.2, 1.0, c) * rng.choice([-1, 1], c))
        drops[:, ch] = convolve_circular(train, tick)
        for pitch in (2600.0, 3400.0, 4300.0):
            t = np.arange(int(0.04 * RATE)) / RATE
            plink = (np.sin(2 * np.pi * pitch * t) * np.exp(-t / 0.006)).astype(np.float32)
            train = impulses(n, rng, 5.0, lambda c: rng.lognormal(-0.5, 0.6, c))
            drops[:, ch] += 0.5 * convolve_circular(train, plink)
    drops = filter_circular(drops, band(900.0, 9000.0))
    return 0.7 * hiss + 0.8 * _unit(drops)


def wind(n: int, rng: np.random.Generator, key: Key) -> np.ndarray:
    """Wind: three noise bands swelling in slow gusts, a faint whistle, a low rumble."""
    gust = np.exp(1.0 * smooth_random(n, rng, 0.08))
    out = 0.5 * spectral_noise(n, rng, tilt(-1.0, band(20.0, 160.0)), 2) * gust
    for lo, hi, level in ((160.0, 480.0, 1.0), (420.0, 1200.0, 0.6), (1000.0, 2600.0, 0.3)):
        env = np.exp(0.8 * smooth_random(n, rng, 0.15)) * gust
        out += level * spectral_noise(n, rng, band(lo, hi, 3), 2) * env
    centre = rng.uniform(650.0, 950.0)
    whistle = spectral_noise(n, rng, band(centre * 0.97, centre * 1.03, 4), 2)
    out += 0.12 * whistle * gust**2
    return out


def forest(n: int, rng: np.random.Generator, key: Key) -> np.ndarray:
    """A night forest: a few crickets chirping in bouts, a distant owl, a faint rustle."""
    t = _time(n)
    out = 0.12 * spectral_noise(n, rng, tilt(-0.5, band(600.0, 4000.0)), 2)
    out *= 1.0 + 0.4 * smooth_random(n, rng, 0.3, 2)
    crickets = np.zeros((n, 2), np.float32)
    for _ in range(4):
        freq = _on_loop(rng.uniform(3900.0, 5200.0), n)
        carrier = np.sin(2 * np.pi * freq * t + rng.uniform(0.0, 2 * np.pi))
        gate = np.zeros((n, 1), np.float32)
        period, pulses, pulse_rate = rng.uniform(0.45, 0.9), rng.integers(3, 6), rng.uniform(28, 40)
        pulse = np.hanning(int(0.6 * RATE / pulse_rate)).astype(np.float32)[:, None]
        at = rng.uniform(0.0, period)
        while at < n / RATE - period:
            for k in range(pulses):
                add_circular(gate, pulse * rng.uniform(0.7, 1.0), int((at + k / pulse_rate) * RATE))
            at += period * rng.uniform(0.85, 1.15)
        bouts = np.clip(0.7 + 0.7 * smooth_random(n, rng, 0.08)[:, 0], 0.0, 1.0)
        voice = (carrier * gate[:, 0] * bouts).astype(np.float32)
        crickets += _pan(voice, rng.uniform(-0.9, 0.9)) * rng.uniform(0.4, 1.0)
    out += 0.5 * _unit(crickets)
    owl = np.zeros((n, 2), np.float32)
    for _ in range(max(1, round(n / RATE / 14))):
        start, pitch = rng.integers(n), rng.uniform(330.0, 400.0)
        for offset in (0.0, 0.85, 1.2, 1.55):
            ht = np.arange(int(0.32 * RATE)) / RATE
            freq = pitch * (1.0 - 0.08 * ht / ht[-1])
            phase = 2 * np.pi * np.cumsum(freq) / RATE
            env = np.sin(np.pi * ht / ht[-1]) ** 2 * np.exp(-3.0 * ht)
            hoot = (np.sin(phase) + 0.15 * np.sin(2 * phase)) * env
            add_circular(owl, _pan(hoot.astype(np.float32), -0.4), start + int(offset * RATE))
    out += 0.18 * _unit(owl)
    return reverb_circular(out, rng, 1.6, 0.35)


def surf(n: int, rng: np.random.Generator, key: Key) -> np.ndarray:
    """Ocean surf: slow swells (about 10 s) of low roar with a hissing crest that lags behind."""
    t = _time(n)
    waves = max(1, round(n / RATE / 10.0))
    phase = 2 * np.pi * waves * t / (n / RATE)
    out = np.zeros((n, 2), np.float32)
    size = 1.0 + 0.25 * smooth_random(n, rng, 0.06)[:, 0]
    for ch, lag in ((0, 0.0), (1, 0.35)):
        p = phase - 2 * np.pi * waves * lag / (n / RATE)
        swell = (0.5 - 0.5 * np.cos(p + 0.5 * np.sin(p))) * size
        crest = np.roll(swell, int(0.9 * RATE)) ** 3
        low = spectral_noise(n, rng, tilt(-1.0, band(40.0, 700.0)), 1)[:, 0]
        hiss = spectral_noise(n, rng, tilt(-0.5, band(800.0, 7000.0)), 1)[:, 0]
        out[:, ch] = low * (0.25 + swell**1.5) + 0.45 * hiss * (0.08 + crest)
    return out


def fire(n: int, rng: np.random.Generator, key: Key) -> np.ndarray:
    """A fire: low rumble and flickering roar under sparse crackles and a few pops."""
    out = spectral_noise(n, rng, tilt(-1.0, band(30.0, 250.0)), 2)
    out *= 1.0 + 0.3 * smooth_random(n, rng, 0.8)
    flicker = 0.5 + 0.5 * np.tanh(smooth_random(n, rng, 3.0))
    out += 0.25 * spectral_noise(n, rng, band(300.0, 1500.0), 2) * flicker
    kt = np.arange(int(0.004 * RATE)) / RATE
    click = (rng.standard_normal(kt.size) * np.exp(-kt / 0.0004)).astype(np.float32)
    pt = np.arange(int(0.03 * RATE)) / RATE
    pop = (rng.standard_normal(pt.size) * np.exp(-pt / 0.003)).astype(np.float32)
    crackle = np.zeros((n, 2), np.float32)
    for ch in range(2):
        train = impulses(n, rng, 12.0, lambda c: 0.3 + np.minimum(rng.pareto(2.5, c), 2.0))
        for _ in range(int(3 * n / RATE)):  # clusters of quick clicks
            at = rng.integers(n)
            for _ in range(rng.integers(2, 7)):
                train[(at + rng.integers(0, int(0.05 * RATE))) % n] += rng.uniform(0.2, 1.0)
        crackle[:, ch] = filter_circular(convolve_circular(train, click), band(1500.0, 10000.0))
        pops = impulses(n, rng, 1.2, lambda c: 0.5 + np.minimum(rng.pareto(3.0, c), 1.5))
        crackle[:, ch] += 0.6 * filter_circular(convolve_circular(pops, pop), band(400.0, 2500.0))
    return out + 0.35 * _unit(crackle)


def pad(n: int, rng: np.random.Generator, key: Key) -> np.ndarray:
    """A cosmic drone: the key's chord as detuned soft saws, breathing slowly, in a long hall."""
    t = _time(n)
    cycles = n / RATE
    bins = n // 2 + 1
    out = np.zeros((n, 2), np.float32)
    weights = (1.0, 0.8, 0.6, 0.5, 0.35, 0.25)
    for interval, weight in zip(key.chord, weights, strict=True):
        f0 = midi_to_hz(key.root_midi + interval)
        spec = np.zeros((2, bins), np.complex128)
        for detune, pan_side in ((-1, 0), (0, None), (1, 1)):
            k0 = round(f0 * cycles) + detune * max(1, round(f0 * 0.004 * cycles))
            for h in range(1, int(2500.0 / f0) + 1):
                amp = weight / h**1.7
                channels = (0, 1) if pan_side is None else (pan_side,)
                for ch in channels:
                    if h * k0 < bins:
                        spec[ch, h * k0] += amp * np.exp(1j * rng.uniform(0.0, 2 * np.pi))
        note = np.fft.irfft(spec, n, axis=1).T
        turns = rng.integers(1, 4)  # breaths per loop
        breath = 0.7 + 0.3 * np.sin(2 * np.pi * turns * t / cycles + rng.uniform(0.0, 2 * np.pi))
        out += (note * breath[:, None]).astype(np.float32)
    out = _unit(filter_circular(out, band(None, 3000.0)))
    return reverb_circular(out, rng, 4.0, 0.45)


def chimes(n: int, rng: np.random.Generator, key: Key) -> np.ndarray:
    """Crystal chimes: sparse bell strikes on the key's pentatonic scale, ringing in a hall."""
    notes = [key.root_midi + 24 + o + s for o in (0, 12) for s in key.pentatonic]
    ratios, amps, decays = (1.0, 2.76, 5.40, 8.93), (1.0, 0.45, 0.22, 0.1), (3.0, 1.4, 0.7, 0.35)
    out = np.zeros((n, 2), np.float32)
    bt = np.arange(int(4.0 * RATE)) / RATE
    attack = np.minimum(bt / 0.003, 1.0)
    for _ in range(max(2, rng.poisson(0.45 * n / RATE))):
        start = rng.integers(n)
        for step in range(rng.choice([1, 1, 2, 3])):  # now and then a little run
            f = midi_to_hz(notes[rng.integers(len(notes))])
            scale = (600.0 / f) ** 0.5
            bell = sum(
                a * np.sin(2 * np.pi * f * r * bt) * np.exp(-bt / (d * scale))
                for r, a, d in zip(ratios, amps, decays, strict=True)
                if f * r < 16000.0
            )
            strike = (bell * attack * rng.uniform(0.3, 1.0)).astype(np.float32)
            add_circular(out, _pan(strike, rng.uniform(-0.7, 0.7)), start + int(step * 0.18 * RATE))
    return reverb_circular(out, rng, 3.5, 0.45)


def room(n: int, rng: np.random.Generator, key: Key) -> np.ndarray:
    """Room tone of a hall or stage: muffled murmur of many voices, low air, a slow swell."""
    murmur = np.zeros((n, 2), np.float32)
    for _ in range(14):
        syllables = np.maximum(smooth_random(n, rng, 5.0)[:, 0], 0.0) ** 1.5
        phrases = np.maximum(0.3 + smooth_random(n, rng, 0.25)[:, 0], 0.0)
        voice = (rng.standard_normal(n) * syllables * phrases).astype(np.float32)
        murmur += _pan(voice, rng.uniform(-0.9, 0.9))
    murmur = filter_circular(murmur, tilt(-0.3, band(180.0, 1100.0)))
    air = spectral_noise(n, rng, tilt(-1.0, band(25.0, 300.0)), 2)
    out = (_unit(murmur) + 0.4 * air) * (1.0 + 0.25 * smooth_random(n, rng, 0.06))
    return reverb_circular(out, rng, 2.5, 0.6)


# name -> (loop seconds, generator, level trim dB, tonal: depends on the key's mode)
BEDS: dict[str, tuple[float, Generator, float, bool]] = {
    "water": (12.0, water, 0.0, False),
    "rain": (10.0, rain, 0.0, False),
    "wind": (20.0, wind, 0.0, False),
    "forest": (24.0, forest, 0.0, False),
    "surf": (20.0, surf, 0.0, False),
    "fire": (14.0, fire, 0.0, False),
    "pad": (20.0, pad, -2.0, True),
    "chimes": (24.0, chimes, -3.0, True),
    "room": (16.0, room, -2.0, False),
}


@cache
def _code_version() -> str:
    """A digest of the code that shapes the beds: a changed generator never reads old files."""
    digest = hashlib.sha1()
    for module in ("beds", "dsp", "loudness", "music"):
        digest.update((Path(__file__).parent / f"{module}.py").read_bytes())
    return digest.hexdigest()[:12]


def _cache_file(name: str, seed: int, key: Key) -> Path:
    salt = f"{key.root_midi}{'b' if key.bright else 'd'}" if BEDS[name][3] else "x"
    return cache_dir() / "beds" / f"{name}-{seed & 0xFFFFFFFF}-{salt}-{_code_version()}.npy"


def _load(path: Path, seconds: float) -> np.ndarray | None:
    try:
        loop = np.load(path, allow_pickle=False)
    except (OSError, ValueError):
        return None
    if loop.shape != (int(seconds * RATE), 2) or loop.dtype != np.float16:
        return None
    return loop.astype(np.float32)


def _store(path: Path, loop: np.ndarray) -> None:
    """Write atomically as float16 (~66 dB below each sample: inaudible in a bed), then keep
    the folder under CACHE_LIMIT (oldest first; other code versions go at once). A cache
    that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        with open(tmp, "wb") as f:
            np.save(f, loop.astype(np.float16), allow_pickle=False)
        os.replace(tmp, path)
        files = sorted(path.parent.glob("*.npy"), key=lambda p: p.stat().st_mtime, reverse=True)
        total = 0
        for file in files:
            total += file.stat().st_size
            if total > CACHE_LIMIT or not file.stem.endswith(_code_version()):
                file.unlink(missing_ok=True)
    except OSError:
        pass


@lru_cache(maxsize=32)
def bed_loop(name: str, seed: int, key: Key) -> np.ndarray:
    """The loop (n, 2) float32 for bed `name`, at BED_LUFS + its trim (read-only array).
    Kept in memory and in the user's cache folder (a few MB per bed)."""
    path = _cache_file(name, seed, key)
    loop = _load(path, BEDS[name][0])
    if loop is None:
        # Rounded as stored, so a fresh bed and a cached one are the same samples.
        loop = make_bed(name, seed, key).astype(np.float16).astype(np.float32)
        _store(path, loop)
    loop.setflags(write=False)
    return loop


def is_cached(name: str, seed: int, key: Key) -> bool:
    return _cache_file(name, seed, key).is_file()


def make_beds(beds: list[tuple[str, int, Key]]) -> None:
    """Make beds into the disk cache: the target of a helper process, which first steps
    down in priority so playback and drawing keep the CPU they need."""
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(10)
    for name, seed, key in beds:
        bed_loop(name, seed, key)


def make_bed(name: str, seed: int, key: Key) -> np.ndarray:
    """Generate bed `name` afresh (no caches)."""
    seconds, generate, trim, tonal = BEDS[name]
    salt = (key.root_midi, int(key.bright)) if tonal else (0, 0)
    rng = np.random.default_rng([seed & 0xFFFFFFFF, list(BEDS).index(name), *salt])
    loop = generate(int(seconds * RATE), rng, key).astype(np.float32)
    loop -= loop.mean(axis=0)
    loop *= db_to_gain(BED_LUFS + trim - integrated_loudness(loop, circular=True))
    # Round off rare transient peaks (memoryless, so the loop stays seamless), then level
    # again for what that took away.
    loop = (PEAK_CEILING * np.tanh(loop / PEAK_CEILING)).astype(np.float32)
    loop *= db_to_gain(BED_LUFS + trim - integrated_loudness(loop, circular=True))
    return loop
