"""Discrete sounds a listener could recognise (an owl, a bird's phrase, a bell, a pop in the
fire): synthesized one at a time from their own random generator, never looped, so no two
are alike. beds.py schedules them from the dream's seed and sets their level and place.

Every sound is mono float32 (or stereo (n, 2) when it moves, like a passing car), starts
from silence and ends in silence, and lasts at most the seconds EVENTS lists for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from renderer.audio import RATE
from renderer.audio.dsp import Shape, band, fft_size
from renderer.audio.music import midi_to_hz


@dataclass(frozen=True)
class Moment:
    """What an event may depend on besides its randomness: the key and the mood's mode."""

    root_midi: int
    bright: bool


Sound = Callable[[np.random.Generator, Moment], np.ndarray]


def _t(seconds: float) -> np.ndarray:
    return np.arange(int(seconds * RATE)) / RATE


def _filtered(x: np.ndarray, shape: Shape) -> np.ndarray:
    """Zero-phase filtering of a finished sound (zero-padded: no wrap-around)."""
    n = fft_size(x.shape[0] + RATE // 10)
    spec = np.fft.rfft(x, n, axis=0)
    mag = shape(np.fft.rfftfreq(n, 1.0 / RATE))
    if x.ndim == 2:
        mag = mag[:, None]
    return np.fft.irfft(spec * mag, n, axis=0)[: x.shape[0]]


def _space(x: np.ndarray, rng: np.random.Generator, seconds: float, wet: float) -> np.ndarray:
    """The sound in a space: a decaying diffuse tail `seconds` long (to -60 dB) added at
    `wet`, its onset delayed a little at random (a nearer or farther wall)."""
    k = int(seconds * RATE)
    n = 1 << (x.size + k - 1).bit_length()
    delay = int(rng.uniform(0.0, 0.015) * RATE)
    wet_part = np.fft.irfft(np.fft.rfft(x, n) * _tail_spectrum(seconds, n), n)[: x.size + k]
    out = np.zeros(x.size + k + delay)
    out[delay:] = wet * wet_part
    out[: x.size] += (1.0 - wet) * x
    return out[: x.size + k]


@lru_cache(maxsize=16)
def _tail_spectrum(seconds: float, n: int) -> np.ndarray:
    """The spectrum (size n) of a diffuse tail: decaying, darkened noise at unit energy."""
    k = int(seconds * RATE)
    rng = np.random.default_rng(int(seconds * 1000))
    tail = rng.standard_normal(k) * np.exp(-6.9 * _t(seconds)[:k] / seconds)
    tail = _filtered(tail, band(None, 4500.0, 1))
    spectrum = np.fft.rfft(tail / np.sqrt(np.sum(tail * tail)), n)
    spectrum.setflags(write=False)
    return spectrum


def _edges(x: np.ndarray, seconds: float = 0.004) -> np.ndarray:
    """Fade both ends to silence."""
    k = min(int(seconds * RATE), x.shape[0] // 2)
    if k:
        ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(k) / k)
        x[:k] *= ramp if x.ndim == 1 else ramp[:, None]
        x[-k:] *= ramp[::-1] if x.ndim == 1 else ramp[::-1, None]
    return x


def _glide(freqs: np.ndarray) -> np.ndarray:
    """Phase (radians) of a tone following `freqs` (Hz per sample)."""
    return 2 * np.pi * np.cumsum(freqs) / RATE


def _place(out: np.ndarray, sound: np.ndarray, at_s: float) -> None:
    i = int(at_s * RATE)
    part = sound[: max(0, out.size - i)]
    out[i : i + part.size] += part


# -- night -----------------------------------------------------------------------------------
def owl(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """An owl across the clearing: a tawny's long hoot and quavering answer, or a horned
    owl's five soft hoots."""
    pitch = rng.uniform(300.0, 420.0)
    if rng.random() < 0.5:
        notes = [(0.0, 0.5, 1.0, 0.0), (1.9, 0.9, 0.8, 13.0)]  # (start, length, level, quaver Hz)
    else:
        notes = [(0.0, 0.38, 1.0, 0.0), (0.5, 0.16, 0.7, 0.0), (0.7, 0.16, 0.7, 0.0)]
        notes += [(1.25, 0.42, 0.9, 0.0), (1.85, 0.42, 0.8, 0.0)]
    out = np.zeros(int(3.2 * RATE))
    for start, length, level, quaver in notes:
        t = _t(length)
        f = pitch * (1.02 - 0.06 * t / length) * (1.0 + 0.004 * np.sin(2 * np.pi * 5.0 * t))
        phase = _glide(f)
        env = np.sin(np.pi * t / length) ** 1.5
        if quaver:
            env *= 0.55 + 0.45 * np.sin(2 * np.pi * quaver * t)
        hoot = np.sin(phase) + 0.18 * np.sin(2 * phase) + 0.05 * np.sin(3 * phase)
        breath = _filtered(rng.standard_normal(t.size), band(pitch * 0.8, pitch * 1.6, 2))
        _place(out, level * env * (hoot + 0.06 * breath / np.std(breath)), start)
    out = _filtered(out, band(120.0, 1800.0, 1))
    return _space(out, rng, 2.4, 0.4)


def crickets(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """One cricket's bout: chirps of 3-5 pulses, for a few seconds, fading in and out."""
    carrier = rng.uniform(3900.0, 5400.0)
    pulse_hz, pulses = rng.uniform(26.0, 40.0), int(rng.integers(3, 6))
    period, length = rng.uniform(0.45, 0.9), rng.uniform(3.0, 8.0)
    t = _t(length)
    gate = np.zeros(t.size)
    pulse = np.hanning(int(0.6 * RATE / pulse_hz))
    at = rng.uniform(0.0, period)
    while at < length - period:
        level = rng.uniform(0.7, 1.0)
        for k in range(pulses):
            _place(gate, level * pulse, at + k / pulse_hz)
        at += period * rng.uniform(0.92, 1.08)
    swell = np.minimum(1.0, np.minimum(t, length - t) / 0.8)
    phase = 2 * np.pi * carrier * t
    song = (np.sin(phase) + 0.12 * np.sin(2 * phase)) * gate * swell
    return _space(song, rng, 1.2, 0.25)


# -- birds -----------------------------------------------------------------------------------
def _note(
    length: float, f0: float, f1: float, wobble: float = 0.0, harmonic: float = 0.08
) -> np.ndarray:
    t = _t(length)
    f = f0 + (f1 - f0) * t / length
    if wobble:
        f = f * (1.0 + 0.03 * np.sin(2 * np.pi * wobble * t))
    phase = _glide(f)
    env = np.sin(np.pi * t / length) ** 0.7
    return np.asarray(env * (np.sin(phase) + harmonic * np.sin(2 * phase)))


def _distant(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A bird somewhere in the trees: the highs softened by distance, a little reverb."""
    far = rng.uniform(0.0, 1.0)
    x = _filtered(x, band(900.0, 9000.0 - 4500.0 * far, 1))
    return _space(x, rng, 1.6, 0.2 + 0.3 * far)


def songbird(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A thrush-like phrase: five to ten varied whistled notes, some sliding, some warbled."""
    out = np.zeros(int(3.2 * RATE))
    at, centre = 0.0, rng.uniform(2200.0, 3800.0)
    motif = [(rng.uniform(0.7, 1.5), rng.uniform(0.7, 1.5)) for _ in range(3)]
    for i in range(int(rng.integers(5, 11))):
        a, b = (
            motif[i % 3] if rng.random() < 0.6 else (rng.uniform(0.6, 1.6), rng.uniform(0.6, 1.6))
        )
        length = rng.uniform(0.06, 0.2)
        wobble = rng.uniform(20.0, 45.0) if rng.random() < 0.3 else 0.0
        _place(out, rng.uniform(0.5, 1.0) * _note(length, centre * a, centre * b, wobble), at)
        at += length + rng.uniform(0.02, 0.12)
        if at > 2.6:
            break
    return _distant(out, rng)


def chickadee(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A clear two-note whistle, high then a step lower ("fee-bee"), once to three times."""
    high = rng.uniform(3600.0, 4300.0)
    out = np.zeros(int(4.8 * RATE))
    for k in range(int(rng.integers(1, 4))):
        at = k * rng.uniform(1.1, 1.4)
        _place(out, _note(0.32, high, high * 0.99, harmonic=0.03), at)
        _place(out, 0.8 * _note(0.36, high * 0.86, high * 0.84, harmonic=0.03), at + 0.42)
    return _distant(out, rng)


def trill(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A dry trill: a quick run of identical down-slurred chips, fading toward the end."""
    rate, count = rng.uniform(11.0, 18.0), int(rng.integers(10, 24))
    top = rng.uniform(4500.0, 6500.0)
    out = np.zeros(int(2.6 * RATE))
    for k in range(count):
        level = 1.0 - 0.5 * k / count
        _place(out, level * _note(0.045, top, top * 0.65, harmonic=0.05), k / rate)
    return _distant(out, rng)


def dove(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A dove far off: a soft, breathy coo-OO-coo-coo."""
    base = rng.uniform(430.0, 560.0)
    out = np.zeros(int(3.4 * RATE))
    pattern = (
        (0.0, 0.28, 1.0, 0.7),
        (0.38, 0.62, 1.15, 1.0),
        (1.2, 0.3, 1.0, 0.7),
        (1.7, 0.3, 1.0, 0.6),
    )
    for start, length, rise, level in pattern:
        t = _t(length)
        f = base * (1.0 + (rise - 1.0) * np.sin(np.pi * t / length))
        phase = _glide(f)
        env = np.sin(np.pi * t / length) ** 2
        _place(out, level * env * (np.sin(phase) + 0.3 * np.sin(2 * phase)), start)
    out = _filtered(out, band(250.0, 1500.0, 1))
    return _space(out, rng, 1.8, 0.35)


# -- bells and chimes ------------------------------------------------------------------------
_BELL = (  # partial (relative to the nominal), level, decay (s) at a nominal of 500 Hz
    (0.25, 0.5, 9.0), (0.5, 0.45, 6.0), (0.6, 0.5, 5.0), (0.75, 0.25, 3.5),
    (1.0, 0.6, 3.0), (1.5, 0.3, 2.0), (2.0, 0.2, 1.5), (2.5, 0.12, 1.1), (3.0, 0.08, 0.8),
)  # fmt: skip


@lru_cache(maxsize=12)
def _bell_stroke(note: int) -> np.ndarray:
    """One stroke of the bell tuned to `note` (MIDI, the nominal): every partial beats slowly
    against a twin (the same bell sounds the same each time it is struck)."""
    rng = np.random.default_rng(note)
    nominal = midi_to_hz(note)
    t = _t(9.0)
    stroke = np.zeros(t.size)
    for ratio, level, decay in _BELL:
        f = nominal * ratio
        ring = np.sin(2 * np.pi * f * t + rng.uniform(0, 6.3))
        ring += 0.6 * np.sin(2 * np.pi * (f + rng.uniform(0.2, 0.9)) * t + rng.uniform(0, 6.3))
        stroke += level * ring * np.exp(-t / (decay * (500.0 / nominal) ** 0.5))
    stroke *= np.minimum(t / 0.002, 1.0)
    stroke.setflags(write=False)
    return stroke


def bell(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A church bell far away, tuned to the dream's key: one stroke, or two or three bells in
    turn."""
    scale = (0, 2, 4, 7, 9) if moment.bright else (0, 3, 5, 7, 10)
    out = np.zeros(int(14.0 * RATE))
    for k in range(int(rng.choice([1, 1, 2, 3]))):
        note = moment.root_midi + 24 + scale[int(rng.integers(len(scale)))]
        _place(out, rng.uniform(0.6, 1.0) * _bell_stroke(note), k * rng.uniform(1.4, 2.2))
    out = _filtered(out, band(80.0, 3000.0, 1))
    return _space(out, rng, 3.5, 0.45)


@lru_cache(maxsize=24)
def _chime_strike(note: int) -> np.ndarray:
    """One glass chime tuned to `note` (MIDI), struck: inharmonic partials ringing out."""
    f = midi_to_hz(note)
    t = _t(3.5)
    scale = (600.0 / f) ** 0.5
    strike: np.ndarray = sum(
        a * np.sin(2 * np.pi * f * r * t) * np.exp(-t / (d * scale))
        for r, a, d in ((1.0, 1.0, 3.0), (2.76, 0.45, 1.4), (5.40, 0.22, 0.7), (8.93, 0.1, 0.35))
        if f * r < 16000.0
    )
    strike = strike * np.minimum(t / 0.003, 1.0)
    strike.setflags(write=False)
    return strike


def chime(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """Glass chimes stirred: one to six strikes on the mode's pentatonic notes, high up."""
    scale = (0, 2, 4, 7, 9) if moment.bright else (0, 3, 5, 7, 10)
    notes = [moment.root_midi + 24 + octave + s for octave in (0, 12) for s in scale]
    out = np.zeros(int(6.0 * RATE))
    at = 0.0
    for _ in range(int(rng.integers(1, 7))):
        note = notes[int(rng.integers(len(notes)))]
        _place(out, rng.uniform(0.35, 1.0) * _chime_strike(note), at)
        at += rng.uniform(0.12, 0.5)
    return _space(out, rng, 2.6, 0.45)


# -- fire, water, people, machines -----------------------------------------------------------
def pop(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A knot in the wood bursting: one to four sharp pops."""
    out = np.zeros(int(0.5 * RATE))
    t = _t(0.06)
    for _ in range(int(rng.integers(1, 5))):
        burst = rng.standard_normal(t.size) * np.exp(-t / rng.uniform(0.002, 0.008))
        centre = rng.uniform(500.0, 3000.0)
        burst = _filtered(burst, band(centre * 0.5, centre * 2.0, 1))
        _place(out, rng.uniform(0.4, 1.0) * burst / np.abs(burst).max(), rng.uniform(0.0, 0.35))
    return out


def drip(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A drop falling into still water in a cave: a rising plink and its echoes."""
    tau, f0 = rng.uniform(0.02, 0.06), rng.uniform(700.0, 2200.0)
    t = _t(5 * tau)
    plink = np.sin(_glide(f0 * (1.0 + rng.uniform(0.3, 1.2) * t / t[-1]))) * np.exp(-t / tau)
    click = rng.standard_normal(int(0.002 * RATE)) * 0.3
    plink[: click.size] += click
    return _space(plink * np.minimum(t / 0.001, 1.0), rng, rng.uniform(2.0, 3.5), 0.6)


def bubbles(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A stream of bubbles rising through water, muffled."""
    out = np.zeros(int(2.6 * RATE))
    for _ in range(int(rng.integers(3, 16))):
        tau, f0 = rng.uniform(0.01, 0.04), rng.uniform(250.0, 900.0)
        t = _t(5 * tau)
        blip = np.sin(_glide(f0 * (1.0 + rng.uniform(0.3, 0.9) * t / t[-1]))) * np.exp(-t / tau)
        _place(
            out, rng.uniform(0.3, 1.0) * blip * np.minimum(t / 0.002, 1.0), rng.uniform(0.0, 2.0)
        )
    return _space(_filtered(out, band(150.0, 1600.0, 2)), rng, 0.8, 0.3)


def clink(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A glass or a spoon touched somewhere in the room."""
    out = np.zeros(int(2.2 * RATE))
    t = _t(0.7)
    for k in range(int(rng.choice([1, 1, 2]))):
        f = rng.uniform(2400.0, 4500.0)
        ring = sum(
            a * np.sin(2 * np.pi * f * r * t) * np.exp(-t / d)
            for r, a, d in ((1.0, 1.0, 0.25), (2.32, 0.4, 0.12), (3.87, 0.2, 0.06))
        )
        _place(out, ring * np.minimum(t / 0.001, 1.0), k * rng.uniform(0.15, 0.4))
    return _space(out, rng, 1.3, 0.5)


def car(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A car passing on a wet street below: a swell of tyre hiss whose pitch falls as it
    goes by, moving across (stereo)."""
    length = rng.uniform(5.0, 8.0)
    t = _t(length)
    u = t / length
    noise = rng.standard_normal(t.size)
    near = _filtered(noise, band(500.0, 3000.0, 1))
    far = _filtered(noise, band(200.0, 900.0, 1))
    doppler = 0.5 + 0.5 * np.tanh(6.0 * (u - 0.5))  # high before it passes, low after
    mono = (near * (1.0 - doppler) + 1.3 * far * doppler) * np.exp(-0.5 * ((u - 0.5) / 0.17) ** 2)
    side = rng.choice([-1.0, 1.0])
    angle = 0.25 * np.pi * (1.0 + side * np.clip(2.4 * (u - 0.5), -0.9, 0.9))
    return np.stack([mono * np.cos(angle), mono * np.sin(angle)], axis=1)


def clack(rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A wheel crossing a rail joint, heard from inside the carriage."""
    t = _t(0.18)
    thump = np.sin(2 * np.pi * rng.uniform(55.0, 85.0) * t) * np.exp(-t / 0.045)
    ring = sum(
        rng.uniform(0.3, 1.0)
        * np.sin(2 * np.pi * rng.uniform(300.0, 1400.0) * t)
        * np.exp(-t / rng.uniform(0.02, 0.06))
        for _ in range(3)
    )
    hit = rng.standard_normal(t.size) * np.exp(-t / 0.004)
    x = thump + 0.35 * ring + 0.4 * hit
    return _filtered(x * np.minimum(t / 0.0008, 1.0), band(40.0, 2500.0, 1))


# name -> (sound, longest in seconds)
EVENTS: dict[str, tuple[Sound, float]] = {
    "owl": (owl, 5.6),
    "crickets": (crickets, 9.2),
    "songbird": (songbird, 4.8),
    "chickadee": (chickadee, 6.4),
    "trill": (trill, 4.2),
    "dove": (dove, 5.2),
    "bell": (bell, 17.5),
    "chime": (chime, 8.6),
    "pop": (pop, 0.5),
    "drip": (drip, 3.8),
    "bubbles": (bubbles, 3.4),
    "clink": (clink, 3.5),
    "car": (car, 8.0),
    "clack": (clack, 0.18),
}


def make_event(name: str, rng: np.random.Generator, moment: Moment) -> np.ndarray:
    """A fresh event, DC-free with faded edges, never longer than EVENTS says."""
    sound, longest = EVENTS[name]
    x = np.asarray(sound(rng, moment), np.float64)[: int(longest * RATE)]
    x = x - x.mean(axis=0)
    return _edges(x).astype(np.float32)
