"""Ambient beds: what a place sounds like, as textures (played as endless grains) under slow
swells, plus events scheduled from the dream's seed: an owl now and then, a bird's phrase,
the next wave, a pop in the fire. Nothing is a loop, so nothing comes round again, and any
stretch of a bed renders the same samples alone as inside a longer run.

A bed at gain 1 sounds at about BED_LUFS + its trim: each layer's level is its loudness in
dB against BED_LUFS, each event's level the RMS of its loudest 400 ms against BED_LUFS.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

import numpy as np

from renderer.audio import RATE
from renderer.audio.dsp import db_to_gain, equal_power
from renderer.audio.events import EVENTS, Moment, make_event
from renderer.audio.music import key_for
from renderer.audio.streams import ValueNoise, grains, slow_curve, uniform
from renderer.audio.textures import TextureId

BED_LUFS = -27.0  # loudness of every bed at gain 1 (before its trim)
# A unit-loudness texture on both channels (independent grains) reads 10*log10(2) - 0.691 LUFS.
LAYER_GAIN = db_to_gain(BED_LUFS - (10.0 * np.log10(2.0) - 0.691))
EVENT_PEAK_DB = 14.0  # an event's peak stays within this much above its loudness target
SWELL_VARIANCE = 0.75  # mean variance of ValueNoise between and on its knots


@dataclass(frozen=True)
class Swell:
    """A slow random change of level: depth_db * ValueNoise(period_s), loudness-neutral."""

    period_s: float
    depth_db: float


@dataclass(frozen=True)
class Layer:
    texture: str
    level_db: float
    hop_s: float = 1.5  # grain hop: grains last twice this
    swells: tuple[Swell, ...] = ()
    waves: str = ""  # "roar" or "wash": follows the surf's scheduled waves
    chord: int | None = None  # a pad chord (tonal beds): 0 tonic, 1 neighbour


@dataclass(frozen=True)
class Scattered:
    """Events at random: one chance per slot of every_s seconds, placed inside the slot."""

    sound: str
    every_s: float
    chance: float
    level_db: float
    spread: float = 0.7  # pan range, -spread .. spread


@dataclass(frozen=True)
class Rhythm:
    """Events on a beat that drifts (a train's wheels): at beat + each pattern offset."""

    sound: str
    period_s: float
    pattern: tuple[float, ...]
    level_db: float
    drift: float = 1.5  # beats the tempo may run ahead or behind, slowly


@dataclass(frozen=True)
class Bed:
    layers: tuple[Layer, ...]
    events: tuple[Scattered | Rhythm, ...] = ()
    trim_db: float = 0.0


def _gusts(period: float, depth: float) -> tuple[Swell, ...]:
    return (Swell(period, depth), Swell(period * 3.7, depth * 0.6))


BEDS: dict[str, Bed] = {
    "water": Bed(  # a river or a brook
        (
            Layer("flow", -1.5, swells=(Swell(7.0, 2.0),)),
            Layer("babble", -5.0, hop_s=1.0, swells=(Swell(3.0, 3.0),)),
            Layer("undertow", -8.0, hop_s=2.5, swells=(Swell(11.0, 2.0),)),
        ),
        (Scattered("bubbles", 9.0, 0.5, -6.0, 0.5),),
    ),
    "rain": Bed(
        (
            Layer("rain_hiss", -1.5, swells=(Swell(13.0, 2.0),)),
            Layer("rain_drops", -4.0, hop_s=1.0, swells=(Swell(5.0, 2.5),)),
            Layer("air", -12.0, hop_s=2.5),
        ),
        (Scattered("drip", 4.0, 0.5, -7.0, 0.8),),
    ),
    "surf": Bed(
        (
            Layer("surf_roar", -2.0, hop_s=2.0, waves="roar"),
            Layer("surf_wash", -4.0, hop_s=1.5, waves="wash"),
            Layer("air", -12.0, hop_s=2.5),
        ),
    ),
    "drips": Bed(  # a cave, a cellar, a well
        (Layer("cave_air", -4.0, hop_s=2.5, swells=(Swell(17.0, 2.0),)),),
        (Scattered("drip", 2.2, 0.75, 2.0, 0.6),),
        trim_db=-2.0,
    ),
    "underwater": Bed(
        (Layer("deep", -1.0, hop_s=2.5, swells=(Swell(6.0, 3.0), Swell(19.0, 2.0))),),
        (Scattered("bubbles", 3.5, 0.7, -3.0, 0.6),),
    ),
    "wind": Bed(
        (
            Layer("wind_low", -3.0, hop_s=2.5, swells=_gusts(6.0, 4.0)),
            Layer("wind_mid", -3.0, swells=_gusts(4.5, 5.0)),
            Layer("wind_high", -9.0, swells=_gusts(3.5, 6.0)),
            Layer("whistle", -14.0, hop_s=2.0, swells=_gusts(5.0, 8.0)),
        ),
    ),
    "forest": Bed(  # a forest at night
        (
            Layer("insects", -6.0, hop_s=2.0, swells=(Swell(9.0, 2.0),)),
            Layer("leaves", -10.0, hop_s=1.0, swells=_gusts(5.0, 5.0)),
            Layer("air", -6.0, hop_s=2.5),
        ),
        (
            Scattered("crickets", 2.5, 0.55, -5.0, 0.9),
            Scattered("owl", 24.0, 0.6, 0.0, 0.6),
        ),
    ),
    "birds": Bed(  # birdsong in the day
        (
            Layer("leaves", -8.0, hop_s=1.0, swells=_gusts(6.0, 4.0)),
            Layer("air", -4.0, hop_s=2.5),
        ),
        (
            Scattered("songbird", 5.0, 0.6, -1.0, 0.8),
            Scattered("chickadee", 13.0, 0.4, -3.0, 0.8),
            Scattered("trill", 11.0, 0.4, -4.0, 0.8),
            Scattered("dove", 21.0, 0.4, -5.0, 0.6),
        ),
    ),
    "fire": Bed(
        (
            Layer("fire_body", -1.5, swells=(Swell(0.3, 2.0), Swell(4.0, 2.0))),
            Layer("crackle", -6.0, hop_s=1.0, swells=(Swell(1.5, 4.0),)),
        ),
        (Scattered("pop", 1.6, 0.45, -4.0, 0.5),),
    ),
    "bells": Bed(  # far-off bells over open air
        (Layer("air", -3.0, hop_s=2.5, swells=(Swell(9.0, 2.0),)),),
        (Scattered("bell", 19.0, 0.65, 3.0, 0.5),),
    ),
    "chimes": Bed(
        (Layer("air", -5.0, hop_s=2.5, swells=(Swell(9.0, 2.0),)),),
        (Scattered("chime", 4.0, 0.55, 2.0, 0.7),),
        trim_db=-3.0,
    ),
    "room": Bed(  # an indoor space at rest
        (Layer("room_tone", 0.0, hop_s=2.5, swells=(Swell(12.0, 1.5),)),),
        trim_db=-3.0,
    ),
    "crowd": Bed(
        (
            Layer("murmur", -1.0, hop_s=2.0, swells=(Swell(8.0, 2.5),)),
            Layer("room_tone", -6.0, hop_s=2.5),
        ),
        (Scattered("clink", 6.0, 0.35, -4.0, 0.8),),
        trim_db=-2.0,
    ),
    "city": Bed(  # a city at night, from a window
        (Layer("traffic", -1.0, hop_s=2.5, swells=(Swell(10.0, 2.5),)),),
        (Scattered("car", 9.0, 0.5, -2.0, 0.0),),
    ),
    "machine": Bed(
        (Layer("engine", -1.0, hop_s=2.5, swells=(Swell(1.1, 1.0), Swell(15.0, 2.0))),),
        trim_db=-2.0,
    ),
    "train": Bed(
        (Layer("train_body", -1.0, hop_s=2.0, swells=(Swell(2.5, 2.0), Swell(13.0, 2.0))),),
        (Rhythm("clack", 1.25, (0.0, 0.11, 0.36, 0.47), -3.0),),
    ),
    "pad": Bed(  # the dream's chord, drifting between a tonic and a neighbour
        (
            Layer("pad", 0.0, hop_s=2.5, swells=(Swell(8.0, 1.5),), chord=0),
            Layer("pad", 0.0, hop_s=2.5, swells=(Swell(8.0, 1.5),), chord=1),
        ),
        trim_db=-2.0,
    ),
}
CHORD_TURN_S = 24.0  # the pad's chords trade places over about this long
WAVE_EVERY_S = 9.0  # surf: one wave per slot this long


@cache
def _name_key(name: str) -> int:
    return int.from_bytes(hashlib.sha1(name.encode()).digest()[:4], "little")


def textures_for(name: str, seed: int) -> list[TextureId]:
    """The textures bed `name` plays for a dream with this seed (tonal ones in its key, both
    modes)."""
    root = key_for(seed, True).root_midi
    ids: list[TextureId] = []
    for layer in BEDS[name].layers:
        if layer.chord is None:
            ids.append(TextureId(layer.texture))
        else:
            ids.extend(TextureId(layer.texture, (root, bright, layer.chord)) for bright in (1, 0))
    return list(dict.fromkeys(ids))


def _swell_gain(swells: tuple[Swell, ...], keys: tuple[int, ...], t: np.ndarray) -> np.ndarray:
    """The product of the swells (linear gain), corrected so that it keeps the mean power."""
    db = np.zeros(t.size)
    for i, swell in enumerate(swells):
        a = swell.depth_db * np.log(10.0) / 10.0
        bias = 10.0 / np.log(10.0) * a * a * SWELL_VARIANCE / 2.0
        db += swell.depth_db * ValueNoise((*keys, i), swell.period_s).at(t) - bias
    return 10.0 ** (db / 20.0)


def _wave_shape(part: str, u: np.ndarray) -> np.ndarray:
    """One wave seen from its start (u seconds): the roar swells for 3.5 s, breaks, and dies
    away; the wash hisses up the beach as it breaks and drains back."""
    if part == "roar":
        rise = np.sin(0.5 * np.pi * np.clip(u / 3.5, 0.0, 1.0)) ** 2
        return np.where(u < 3.5, rise, np.exp(-(u - 3.5) / 2.2))
    up = np.clip((u - 3.0) / 0.6, 0.0, 1.0)
    return up * up * (3.0 - 2.0 * up) * np.exp(-np.maximum(u - 3.6, 0.0) / 2.6)


def _waves(part: str, keys: tuple[int, ...], t: np.ndarray) -> np.ndarray:
    """The sum of every scheduled wave's shape at times t (seconds), plus a calm floor."""
    first = int(np.floor((t[0] - 15.0) / WAVE_EVERY_S))
    last = int(np.floor(t[-1] / WAVE_EVERY_S))
    slots = np.arange(max(first, 0), last + 1)
    starts = (slots + 0.15 + 0.7 * uniform(keys, slots)) * WAVE_EVERY_S
    sizes = 0.5 + 0.5 * uniform((*keys, 1), slots)
    env = np.full(t.size, 0.12 if part == "roar" else 0.05)
    for start, size in zip(starts.tolist(), sizes.tolist(), strict=True):
        u = t - start
        live = (u >= 0.0) & (u < 15.0)
        if np.any(live):
            env[live] += size * _wave_shape(part, u[live])
    return env / _wave_rms(part)


@cache
def _wave_rms(part: str) -> float:
    """RMS of the raw wave envelope over a long stretch (so a wave layer keeps its level)."""
    t = np.arange(0.0, 1800.0, 0.05)
    env = np.full(t.size, 0.12 if part == "roar" else 0.05)
    slots = np.arange(int(1800.0 / WAVE_EVERY_S))
    starts = (slots + 0.15 + 0.7 * uniform((1,), slots)) * WAVE_EVERY_S
    for start, size in zip(starts, 0.5 + 0.5 * uniform((2,), slots), strict=True):
        u = t - start
        live = (u >= 0.0) & (u < 15.0)
        env[live] += size * _wave_shape(part, u[live])
    return float(np.sqrt(np.mean(env * env)))


def _pan(x: np.ndarray, pan: float) -> np.ndarray:
    if x.ndim == 2:
        return x
    a = 0.25 * np.pi * (pan + 1.0)
    return np.stack([x * np.cos(a), x * np.sin(a)], axis=1)


def level_event(x: np.ndarray, target_db: float) -> np.ndarray:
    """Scale an event so its loudest 400 ms has an RMS of target_db (dBFS; about its
    momentary loudness, as events sit in the mid and high frequencies), and its peak stays
    within EVENT_PEAK_DB above that."""
    mono = x if x.ndim == 1 else x.sum(axis=1) / np.sqrt(2.0)
    window = min(int(0.4 * RATE), mono.size)
    csum = np.concatenate([[0.0], np.cumsum(mono.astype(np.float64) ** 2)])
    power = float((csum[window:] - csum[:-window]).max()) / int(0.4 * RATE)
    gain = db_to_gain(target_db) / max(np.sqrt(power), 1e-9)
    peak = float(np.abs(x).max()) * gain
    gain *= min(1.0, db_to_gain(target_db + EVENT_PEAK_DB) / max(peak, 1e-12))
    return np.asarray((x * gain).astype(np.float32))


BrightAt = Callable[[np.ndarray], np.ndarray]  # times (s) -> mood brightness 0 (dark) .. 1


class BedPlayer:
    """One bed of one dream, rendered at gain 1 for any stretch of samples."""

    def __init__(self, name: str, seed: int, textures: dict[TextureId, np.ndarray]) -> None:
        self.name = name
        self.bed = BEDS[name]
        self.seed = seed & 0xFFFFFFFF
        self.key = key_for(seed, True)
        self.textures = textures
        self._keys = (self.seed, _name_key(name))
        # the synthesized events that may sound in the stretch last rendered, by identity
        self._events: dict[tuple[int, int, int], np.ndarray] = {}

    def render(self, start: int, n: int, bright_at: BrightAt) -> np.ndarray:
        """Stereo (n, 2) float32 for samples start .. start+n-1."""
        out = np.zeros((n, 2), np.float32)
        modes = None
        if any(layer.chord is not None for layer in self.bed.layers):
            modes = equal_power(slow_curve(bright_at, start, n))  # (to dark, to bright)
        for index, layer in enumerate(self.bed.layers):
            keys = (*self._keys, index)
            level = LAYER_GAIN * db_to_gain(layer.level_db)
            gain = level * slow_curve(partial(self._layer_gain, layer, keys), start, n)
            hop = int(layer.hop_s * RATE)
            for ch in range(2):
                if modes is None or layer.chord is None:
                    texture = self.textures[TextureId(layer.texture)]
                    sound = grains(texture, (*keys, ch), start, n, hop)
                else:
                    root = self.key.root_midi
                    sound = np.zeros(n, np.float32)
                    for bright, weight in enumerate(modes):
                        texture = self.textures[
                            TextureId(layer.texture, (root, bright, layer.chord))
                        ]
                        sound += grains(texture, (*keys, ch), start, n, hop) * weight
                out[:, ch] += sound * gain
        for index, spec in enumerate(self.bed.events):
            self._add_events(out, index, spec, start, n, bright_at)
        return db_to_gain(self.bed.trim_db) * out

    def _layer_gain(self, layer: Layer, keys: tuple[int, ...], t: np.ndarray) -> np.ndarray:
        """The layer's slow gain at times t: its swells, the waves, its share of the chord."""
        gain = _swell_gain(layer.swells, keys, t)
        if layer.waves:
            gain = gain * _waves(layer.waves, self._keys, t)
        if layer.chord is not None:
            gain = gain * self._chord_weight(layer.chord, t)
        return gain

    def _chord_weight(self, chord: int, t: np.ndarray) -> np.ndarray:
        turn = 0.5 + 0.5 * np.tanh(2.0 * ValueNoise((*self._keys, 99), CHORD_TURN_S).at(t))
        tonic, neighbour = equal_power(turn)
        return neighbour if chord else tonic

    def _add_events(
        self,
        out: np.ndarray,
        index: int,
        spec: Scattered | Rhythm,
        start: int,
        n: int,
        bright_at: BrightAt,
    ) -> None:
        longest = EVENTS[spec.sound][1]
        t0, t1 = (start - longest * RATE) / RATE, (start + n) / RATE
        keys = (*self._keys, 1000 + index)
        schedule = self._schedule(spec, keys, t0, t1)
        for ident, at in schedule:
            first = int(round(at * RATE))
            if first >= start + n:
                continue
            sound = self._event(index, spec, ident, at, bright_at)
            lo, hi = max(start, first), min(start + n, first + sound.shape[0])
            if lo < hi:
                out[lo - start : hi - start] += sound[lo - first : hi - first]
        # Forget the events of this kind that are over (or not begun): memory holds what
        # sounds now, however long the bed plays; a seek back makes them again, the same.
        sounding = {(index, *ident) for ident, _ in schedule}
        for key in [k for k in self._events if k[0] == index and k not in sounding]:
            del self._events[key]

    @staticmethod
    def _schedule(
        spec: Scattered | Rhythm, keys: tuple[int, ...], t0: float, t1: float
    ) -> list[tuple[tuple[int, int], float]]:
        """(identity, start time) of the events that may sound between t0 and t1."""
        if isinstance(spec, Scattered):
            slots = np.arange(max(int(np.floor(t0 / spec.every_s)), 0), int(t1 / spec.every_s) + 1)
            live = uniform((*keys, 0), slots) < spec.chance
            starts = (slots + 0.1 + 0.8 * uniform((*keys, 1), slots)) * spec.every_s
            chosen = zip(slots, starts, live, strict=True)
            return [((int(s), 0), float(at)) for s, at, on in chosen if on]
        drift = ValueNoise((*keys, 2), 30.0)
        step = 0.01  # the beat is found on a fixed grid of times: the same for any stretch
        grid = np.arange(int(np.floor(max(t0, 0.0) / step)) - 50, int(t1 / step) + 50) * step
        beats = grid / spec.period_s + spec.drift * drift.at(grid)
        events = []
        for beat in range(int(np.floor(beats[0])), int(np.ceil(beats[-1])) + 1):
            for j, offset in enumerate(spec.pattern):
                at = float(np.interp(beat + offset, beats, grid, left=np.nan, right=np.nan))
                if np.isfinite(at) and t0 <= at < t1:
                    jitter = 0.004 * (uniform((*keys, 3, j), beat)[0] - 0.5)
                    events.append(((beat, j), at + jitter))
        return events

    def _event(
        self,
        index: int,
        spec: Scattered | Rhythm,
        ident: tuple[int, int],
        at: float,
        bright_at: BrightAt,
    ) -> np.ndarray:
        """The event's stereo samples, made once (kept while it sounds)."""
        cache_key = (index, *ident)
        if cache_key in self._events:
            return self._events[cache_key]
        rng = np.random.default_rng([*self._keys, index, ident[0] & 0xFFFFFFFF, ident[1]])
        bright = bool(bright_at(np.array([at]))[0] >= 0.5)
        mono = make_event(spec.sound, rng, Moment(self.key.root_midi, bright))
        level = spec.level_db + rng.uniform(-3.0, 1.0)
        pan = rng.uniform(-1.0, 1.0) * (spec.spread if isinstance(spec, Scattered) else 0.3)
        sound = _pan(level_event(mono, BED_LUFS + level), pan).astype(np.float32)
        sound.setflags(write=False)
        self._events[cache_key] = sound
        return sound
