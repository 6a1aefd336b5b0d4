"""Textures: 15 s of stationary mono sound (the flow of a river, rain's hiss, a chord as a
cloud of narrow noise bands...) that `streams.grains` plays for as long as a dream lasts.

A texture has no events and no swells of its own: whatever a listener could recognise
coming back lives in the scheduled events and the time-addressed swells (beds.py). Textures
are circular (noise shaped in the frequency domain, tones on whole cycles), K-weighted to
unit loudness, and the same for every dream: made once per machine and kept in the cache
folder, each file checked (size, checksum, finite and bounded samples) when it is read.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import sys
import threading
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from renderer.atomic import write_atomic
from renderer.audio import RATE
from renderer.audio.dsp import (
    Shape,
    add_circular,
    band,
    convolve_circular,
    filter_circular,
    impulses,
    smooth_random,
    spectral_noise,
    tilt,
)
from renderer.audio.loudness import k_filter
from renderer.audio.music import chord_notes, midi_to_hz
from renderer.paths import cache_dir

SECONDS = 15.0
LENGTH = int(SECONDS * RATE)
CACHE_LIMIT = 200 * 2**20  # bytes of textures kept in the user's cache folder
LOWEST_HZ = 28.0  # nothing below this: inaudible rumble would only eat headroom
CREST = 6.0  # a texture's peaks are rounded off toward this many times its RMS
MAX_ABS = 8.0  # no texture sample goes beyond this: larger means a damaged file
_DIGEST = 32  # a sha256 of the .npy payload ends every cache file


class TextureId(NamedTuple):
    """A texture by name; tonal ones also by root (MIDI), mode (1 bright, 0 dark), chord."""

    name: str
    variant: tuple[int, ...] = ()


Generator = Callable[[int, np.random.Generator, tuple[int, ...]], np.ndarray]


def _noise(n: int, rng: np.random.Generator, shape: Shape) -> np.ndarray:
    return spectral_noise(n, rng, shape, 1)[:, 0]


def _slow(n: int, rng: np.random.Generator, hz: float) -> np.ndarray:
    return smooth_random(n, rng, hz, 1)[:, 0]


def _whole(freq: float, n: int) -> float:
    """The nearest frequency with a whole number of cycles in n samples (circular tones)."""
    cycles = n / RATE
    return max(round(freq * cycles), 1) / cycles


def _space(x: np.ndarray, rng: np.random.Generator, seconds: float, wet: float) -> np.ndarray:
    """A circular diffuse tail (a room, a hall, a forest) mixed in at `wet`."""
    k = min(int(seconds * RATE), x.size)
    t = np.arange(k) / RATE
    tail = rng.standard_normal(k) * np.exp(-6.9 * t / seconds)
    tail = filter_circular(tail.astype(np.float32), band(None, 4000.0, 1))
    tail /= np.sqrt(np.sum(tail * tail))
    return (1.0 - wet) * x + wet * convolve_circular(x, tail)


def partials(
    n: int, rng: np.random.Generator, freqs: list[float], amps: list[float], width: float
) -> np.ndarray:
    """Tones as narrow bands of noise (Gaussian, `width` Hz plus 0.2 % of each frequency), at
    RMS 1: they shimmer and drift like bowed strings or voices, and never repeat exactly."""
    spec = np.zeros(n // 2 + 1, np.complex128)
    step = RATE / n
    for freq, amp in zip(freqs, amps, strict=True):
        sigma = width + 0.002 * freq
        lo = max(1, int((freq - 4 * sigma) / step))
        hi = min(spec.size, int((freq + 4 * sigma) / step) + 2)
        f = np.arange(lo, hi) * step
        shape = amp * np.exp(-0.5 * ((f - freq) / sigma) ** 2) / np.sqrt(sigma)
        spec[lo:hi] += shape * (rng.standard_normal(hi - lo) + 1j * rng.standard_normal(hi - lo))
    out = np.fft.irfft(spec, n)
    return out / max(float(np.sqrt(np.mean(out * out))), 1e-12)


def _blips(
    n: int, rng: np.random.Generator, per_s: float, lo: float, hi: float, rise: tuple[float, float]
) -> np.ndarray:
    """Small resonating bubbles: short sines gliding upward as they ring out."""
    out = np.zeros((n, 1), np.float32)
    for _ in range(int(per_s * n / RATE)):
        tau = rng.uniform(0.006, 0.03)
        t = np.arange(int(5 * tau * RATE)) / RATE
        freq = rng.uniform(lo, hi) * (1.0 + rng.uniform(*rise) * t / (5 * tau))
        blip = np.sin(2 * np.pi * np.cumsum(freq) / RATE) * np.exp(-t / tau)
        blip *= rng.lognormal(0.0, 0.5) * np.minimum(t / 0.002, 1.0)
        add_circular(out, blip.astype(np.float32)[:, None], int(rng.integers(n)))
    return out[:, 0]


# -- water -------------------------------------------------------------------------------------
def flow(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """The body of a river: broad rushing noise and a gurgling mid band."""
    body = _noise(n, rng, tilt(-0.4, band(150.0, 5000.0, 1)))
    gurgle = _noise(n, rng, band(300.0, 1300.0, 2)) * (1.0 + 0.6 * _slow(n, rng, 3.0))
    return body + 0.6 * gurgle


def babble(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """A brook's babble: many small rising bubbles."""
    return _blips(n, rng, 70.0, 350.0, 1600.0, (0.2, 0.8))


def undertow(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """Deep moving water: a low, soft roar."""
    return _noise(n, rng, tilt(-1.0, band(40.0, 450.0)))


def rain_hiss(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """The hiss of rain on everything at once."""
    return _noise(n, rng, tilt(-0.5, band(400.0, 9000.0)))


def rain_drops(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """Dense droplet ticks and brighter plinks on leaves and stone."""
    burst = np.arange(int(0.006 * RATE)) / RATE
    tick = (rng.standard_normal(burst.size) * np.exp(-burst / 0.0012)).astype(np.float32)
    train = impulses(n, rng, 260.0, lambda c: rng.uniform(0.2, 1.0, c) * rng.choice([-1, 1], c))
    drops = convolve_circular(train, tick)
    for pitch in (2600.0, 3400.0, 4300.0):
        t = np.arange(int(0.04 * RATE)) / RATE
        plink = (np.sin(2 * np.pi * pitch * t) * np.exp(-t / 0.006)).astype(np.float32)
        drops += 0.5 * convolve_circular(
            impulses(n, rng, 5.0, lambda c: rng.lognormal(-0.5, 0.6, c)), plink
        )
    return filter_circular(drops, band(900.0, 9000.0))


def surf_roar(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """The low roar of breaking water."""
    return _noise(n, rng, tilt(-1.0, band(40.0, 900.0)))


def surf_wash(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """Foam and shingle: the hiss of water running up and back."""
    fizz = _noise(n, rng, tilt(-0.5, band(900.0, 8000.0)))
    return fizz * (1.0 + 0.5 * _slow(n, rng, 6.0))


def deep(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """Under water: pressure rumble, everything above 600 Hz muffled away."""
    low = _noise(n, rng, tilt(-1.2, band(30.0, 600.0, 2)))
    murk = _noise(n, rng, band(120.0, 500.0, 2)) * (1.0 + 0.5 * _slow(n, rng, 0.7))
    return low + 0.4 * murk


def cave_air(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """Still air in a cave: a low hush and the faint hum of its resonances."""
    hush = _noise(n, rng, tilt(-1.0, band(40.0, 1500.0)))
    modes = [_whole(f, n) for f in rng.uniform(70.0, 240.0, 4)]
    return hush + 0.5 * partials(n, rng, modes, [1.0] * 4, 1.5)


# -- air ---------------------------------------------------------------------------------------
def air(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """Open air far from anything: a soft, dark broadband hush."""
    return _noise(n, rng, tilt(-1.0, band(50.0, 6000.0, 1)))


def wind_low(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    return _noise(n, rng, tilt(-1.0, band(20.0, 180.0)))


def wind_mid(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    return _noise(n, rng, band(160.0, 1100.0, 3))


def wind_high(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    return _noise(n, rng, band(1000.0, 3200.0, 3))


def whistle(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """Wind over an edge: two narrow, wavering bands."""
    return partials(n, rng, [740.0, 1130.0], [1.0, 0.5], 6.0)


def leaves(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """Leaves moving: bright noise in quick, uneven flurries."""
    hiss = _noise(n, rng, tilt(-0.5, band(1500.0, 9000.0)))
    flurries = np.maximum(_slow(n, rng, 12.0) + 0.3, 0.0) ** 2
    return np.asarray(hiss * flurries)


# -- night and day -----------------------------------------------------------------------------
def insects(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """A distant insect chorus: high narrow bands, each pulsing at its own fast rate."""
    t = np.arange(n) / RATE
    out = np.zeros(n)
    for _ in range(6):
        centre = rng.uniform(3800.0, 7200.0)
        voice = partials(n, rng, [centre], [1.0], 25.0)
        pulse = _whole(rng.uniform(18.0, 55.0), n)
        gate = (0.5 + 0.5 * np.sin(2 * np.pi * pulse * t + rng.uniform(0, 2 * np.pi))) ** 3
        out += voice * gate * rng.uniform(0.5, 1.0)
    return out


# -- fire --------------------------------------------------------------------------------------
def fire_body(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """A fire's low rumble and soft roar."""
    rumble = _noise(n, rng, tilt(-1.0, band(30.0, 250.0)))
    return rumble + 0.3 * _noise(n, rng, band(300.0, 1500.0))


def crackle(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """Fine crackling: sparse clicks, some in quick clusters."""
    kt = np.arange(int(0.004 * RATE)) / RATE
    click = (rng.standard_normal(kt.size) * np.exp(-kt / 0.0004)).astype(np.float32)
    train = impulses(n, rng, 14.0, lambda c: 0.3 + np.minimum(rng.pareto(2.5, c), 2.0))
    for _ in range(int(3 * n / RATE)):
        at = int(rng.integers(n))
        for _ in range(int(rng.integers(2, 7))):
            train[(at + int(rng.integers(0, int(0.05 * RATE)))) % n] += rng.uniform(0.2, 1.0)
    return filter_circular(convolve_circular(train, click), band(1500.0, 10000.0))


# -- people and machines -----------------------------------------------------------------------
def room_tone(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """An indoor space at rest: low air, a faint ventilation hush, its own resonances."""
    low = _noise(n, rng, tilt(-1.0, band(25.0, 300.0)))
    hush = _noise(n, rng, tilt(-1.5, band(300.0, 4000.0)))
    modes = [_whole(f, n) for f in (rng.uniform(95.0, 125.0), rng.uniform(150.0, 190.0))]
    return low + 0.25 * hush + 0.3 * partials(n, rng, modes, [1.0, 0.6], 0.8)


def murmur(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """Many people talking softly in a room: buzzing voices in syllables and phrases,
    shaped like speech, blurred by the room."""
    t = np.arange(n) / RATE
    voices = np.zeros(n)
    for _ in range(16):
        base = _whole(rng.uniform(95.0, 230.0), n)
        glide = 0.12 * base * _slow(n, rng, 2.0)
        phase = base * t + np.cumsum(glide - glide.mean()) / RATE
        buzz = 2.0 * (phase % 1.0) - 1.0
        breath = _noise(n, rng, band(1500.0, 5000.0))
        syllables = np.maximum(_slow(n, rng, 5.0), 0.0) ** 1.5
        phrases = np.maximum(0.2 + _slow(n, rng, 0.3), 0.0)
        voices += (buzz + 0.15 * breath) * syllables * phrases
    speech = tilt(-0.4, band(200.0, 3200.0, 2))
    formants = band(350.0, 900.0, 1)
    shaped = filter_circular(voices.astype(np.float32), lambda f: speech(f) * (0.4 + formants(f)))
    return _space(shaped, rng, 1.6, 0.55)


def traffic(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """A city heard from a window at night: distant rumble, tyres on wet roads, mains hum."""
    rumble = _noise(n, rng, tilt(-1.0, band(30.0, 300.0)))
    tyres = _noise(n, rng, tilt(-1.0, band(300.0, 2500.0))) * (1.0 + 0.4 * _slow(n, rng, 0.2))
    mains = [_whole(50.0 * h, n) for h in (1, 2, 3, 4)]
    hum = partials(n, rng, mains, [1.0, 0.6, 0.35, 0.2], 0.4)
    return rumble + 0.35 * tyres + 0.1 * hum


def engine(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """The hum of big machines in another room: a low harmonic drone that wanders slightly,
    over a mechanical hush."""
    base = rng.uniform(43.0, 52.0)
    freqs = [_whole(base * h, n) for h in range(1, 13)]
    drone = partials(n, rng, freqs, [1.0 / h**0.8 for h in range(1, 13)], 0.8)
    hush = _noise(n, rng, tilt(-1.0, band(80.0, 1200.0)))
    return drone + 0.5 * hush


def train_body(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """Inside a moving train: rolling rumble and the hush of the wheels on steel."""
    rumble = _noise(n, rng, tilt(-1.0, band(25.0, 200.0)))
    roll = _noise(n, rng, tilt(-1.0, band(200.0, 1200.0)))
    rail = _noise(n, rng, band(1800.0, 6000.0, 2))
    return rumble + 0.45 * roll + 0.06 * rail


# -- music -------------------------------------------------------------------------------------
def pad(n: int, rng: np.random.Generator, variant: tuple[int, ...]) -> np.ndarray:
    """A chord of the dream's key as a cloud of narrow noise bands (a slow, breathing, choir-
    or strings-like drone): variant = (root MIDI note, 1 bright / 0 dark, chord 0 or 1)."""
    root, bright, which = variant
    freqs, amps = [], []
    for note, weight in chord_notes(root, bool(bright), which):
        f0 = midi_to_hz(note)
        for h in range(1, 9):
            if f0 * h < 3200.0:
                freqs.append(f0 * h)
                amps.append(weight / h**1.6)
    out = partials(n, rng, freqs, amps, 0.35)
    return filter_circular(out.astype(np.float32), tilt(-0.3, band(None, 2600.0, 2)))


TEXTURES: dict[str, Generator] = {
    g.__name__: g
    for g in (
        flow, babble, undertow, rain_hiss, rain_drops, surf_roar, surf_wash, deep, cave_air,
        air, wind_low, wind_mid, wind_high, whistle, leaves, insects, fire_body, crackle,
        room_tone, murmur, traffic, engine, train_body, pad,
    )
}  # fmt: skip


def make_texture(texture: TextureId) -> np.ndarray:
    """Generate a texture afresh: mono float32, high-passed at LOWEST_HZ, K-weighted to unit
    loudness, peaks within about CREST."""
    generate = TEXTURES[texture.name]
    name_key = int.from_bytes(hashlib.sha1(texture.name.encode()).digest()[:4], "little")
    rng = np.random.default_rng([name_key, *texture.variant])
    x = np.asarray(generate(LENGTH, rng, texture.variant), np.float64)
    x = filter_circular(x.astype(np.float32), band(LOWEST_HZ, None, 2)).astype(np.float64)
    for _ in range(2):  # level, round off rare peaks (memoryless: still circular), level again
        x -= x.mean()
        weighted = k_filter(x, RATE, circular=True)
        x /= max(float(np.sqrt(np.mean(weighted * weighted))), 1e-12)
        x = CREST * np.tanh(x / CREST)
    return x.astype(np.float32)


# -- the cache -------------------------------------------------------------------------------------
@cache
def _code_version() -> str:
    """A digest of the code that shapes textures: a changed generator never reads old files."""
    digest = hashlib.sha1()
    for module in ("textures", "dsp", "loudness", "music"):
        digest.update((Path(__file__).parent / f"{module}.py").read_bytes())
    return digest.hexdigest()[:12]


def cache_file(texture: TextureId) -> Path:
    variant = "-".join(str(v) for v in texture.variant) or "x"
    return cache_dir() / "textures" / f"{texture.name}-{variant}-{_code_version()}.npy"


_warned: set[str] = set()
_warn_lock = threading.Lock()


def _warn_once(what: str, path: Path) -> None:
    with _warn_lock:
        if what in _warned:
            return
        _warned.add(what)
    print(f"reverie: warning: {what} ({path.name}); discarded and rebuilt", file=sys.stderr)


def read_checked(path: Path, shape: tuple[int, ...], limit: float) -> np.ndarray | None:
    """A float16 array stored by write_checked, or None when the file is missing or damaged
    (wrong size or checksum, wrong shape, non-finite or out-of-range samples): a damaged
    file is removed, with one warning per process."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    payload, digest = data[:-_DIGEST], data[-_DIGEST:]
    array: np.ndarray | None = None
    if len(data) > _DIGEST and hashlib.sha256(payload).digest() == digest:
        with contextlib.suppress(ValueError, OSError, EOFError):
            array = np.load(io.BytesIO(payload), allow_pickle=False)
    if (
        array is None
        or array.shape != shape
        or array.dtype != np.float16
        or not np.all(np.isfinite(array))
        or float(np.max(np.abs(array), initial=0.0)) > limit
    ):
        _warn_once("a damaged ambience cache file", path)
        path.unlink(missing_ok=True)
        return None
    return array


def write_checked(path: Path, array: np.ndarray, limit_bytes: int = CACHE_LIMIT) -> None:
    """Store float16 samples with a checksum, atomically; then keep the folder under
    limit_bytes (oldest first; files of other code versions go at once). A cache that cannot
    be written (full or read-only disk) is skipped and leaves no temporary file behind."""
    buffer = io.BytesIO()
    np.save(buffer, array.astype(np.float16), allow_pickle=False)
    payload = buffer.getvalue()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, payload + hashlib.sha256(payload).digest())
        _trim(path.parent, limit_bytes)
    except OSError:
        pass


def _trim(folder: Path, limit_bytes: int) -> None:
    files = sorted(folder.glob("*.npy"), key=lambda p: p.stat().st_mtime, reverse=True)
    total = 0
    for file in files:
        total += file.stat().st_size
        if total > limit_bytes or not file.stem.endswith(_code_version()):
            file.unlink(missing_ok=True)


@lru_cache(maxsize=32)
def texture(texture_id: TextureId) -> np.ndarray:
    """The texture (read-only float32, as stored: rounded to float16), from the cache
    folder, or made and stored."""
    path = cache_file(texture_id)
    data = read_checked(path, (LENGTH,), MAX_ABS)
    if data is None:
        data = make_texture(texture_id).astype(np.float16)
        write_checked(path, data)
    samples = data.astype(np.float32)
    samples.setflags(write=False)
    return samples


def is_cached(texture_id: TextureId) -> bool:
    return cache_file(texture_id).is_file()


def make_textures(textures: list[TextureId]) -> None:
    """Make textures into the cache folder: the target of a helper process, which first
    steps down in priority so playback and drawing keep the CPU they need."""
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(10)
    for texture_id in textures:
        if not is_cached(texture_id):
            write_checked(cache_file(texture_id), make_texture(texture_id).astype(np.float16))
