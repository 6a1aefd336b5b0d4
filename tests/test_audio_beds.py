"""Ambient beds on real samples: level, no repetition, determinism, what each one sounds
like, the key and mode of the tonal ones, and the texture cache's defences."""

from __future__ import annotations

import numpy as np
import pytest

from renderer.audio import RATE
from renderer.audio.beds import BED_LUFS, BEDS, BedPlayer, textures_for
from renderer.audio.loudness import integrated_loudness
from renderer.audio.music import key_for
from renderer.audio.repetition import autocorrelation, repetition
from renderer.audio.streams import ValueNoise, grains
from renderer.audio.textures import (
    LENGTH,
    TEXTURES,
    TextureId,
    cache_file,
    make_texture,
    texture,
    write_checked,
)

pytestmark = pytest.mark.audio

SEED = 20240611
LONG_S = 180  # lags up to 120 s keep a minute of overlap (fewer chance correlations)


def bright(t: np.ndarray) -> np.ndarray:
    return np.full(t.shape, 0.8)


def dark(t: np.ndarray) -> np.ndarray:
    return np.zeros(t.shape)


def player(name: str, seed: int = SEED) -> BedPlayer:
    return BedPlayer(name, seed, {t: texture(t) for t in textures_for(name, seed)})


def render(name: str, seconds: float, seed: int = SEED, bright_at=bright) -> np.ndarray:
    p = player(name, seed)
    n = int(seconds * RATE)
    block = 10 * RATE
    return np.concatenate([p.render(s, min(block, n - s), bright_at) for s in range(0, n, block)])


@pytest.fixture(scope="module")
def long_beds() -> dict[str, np.ndarray]:
    return {name: render(name, LONG_S) for name in BEDS}


def octave_profile(x: np.ndarray) -> np.ndarray:
    """Share of energy per octave band 62.5 Hz .. 16 kHz, in dB."""
    spec = np.abs(np.fft.rfft(x.mean(axis=1))) ** 2
    freqs = np.fft.rfftfreq(x.shape[0], 1.0 / RATE)
    lows = 62.5 * 2.0 ** np.arange(9)
    bands = np.array([spec[(freqs >= lo) & (freqs < 2 * lo)].sum() for lo in lows])
    return 10 * np.log10(bands / bands.sum() + 1e-12)


# -- the repetition measure -------------------------------------------------------------------
def test_repetition_measure_finds_a_loop_and_passes_fresh_noise():
    rng = np.random.default_rng(1)
    loop = rng.standard_normal((16 * RATE, 2)).astype(np.float32)
    looped = np.concatenate([loop] * 9)  # 144 s
    value, lag = repetition(looped, RATE)
    assert value > 0.99 and lag % 16.0 == pytest.approx(0.0, abs=0.01)
    lags, correlation = autocorrelation(looped, RATE)
    assert lags[0] == pytest.approx(5.0) and lags[-1] == pytest.approx(120.0)
    on_loop = np.isin(np.round(lags * RATE).astype(int) % (16 * RATE), 0)
    assert on_loop.sum() == 7  # 16, 32, ..., 112 s
    assert correlation[on_loop].min() > 0.99 and np.abs(correlation[~on_loop]).max() < 0.05
    fresh = rng.standard_normal((144 * RATE, 2)).astype(np.float32)
    assert repetition(fresh, RATE)[0] < 0.02
    # A loop half as loud as fresh noise over it: its share of the power, 0.2.
    mixed = 0.5 * looped + fresh
    assert repetition(mixed, RATE)[0] == pytest.approx(0.2, abs=0.03)


def test_a_loop_played_as_grains_no_longer_repeats():
    """The same 15 s of material, read as random-offset grains, measures as fresh sound."""
    rng = np.random.default_rng(2)
    material = rng.standard_normal(LENGTH).astype(np.float32)
    n = 140 * RATE
    played = np.stack([grains(material, (7, ch), 0, n, RATE) for ch in range(2)], axis=1)
    assert repetition(np.tile(material, 10)[:n], RATE)[0] > 0.99
    assert repetition(played, RATE)[0] < 0.1
    # constant power through the crossfades: 1 s RMS stays within 1.5 dB
    levels = 20 * np.log10(np.sqrt(np.mean(played[: 60 * RATE, 0].reshape(60, RATE) ** 2, axis=1)))
    assert np.ptp(levels) < 1.5


# -- every bed -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(BEDS))
def test_bed_level_peak_stereo_and_no_repetition(name, long_beds):
    x = long_beds[name]
    assert x.shape == (LONG_S * RATE, 2) and x.dtype == np.float32
    assert np.all(np.isfinite(x))
    assert integrated_loudness(x) == pytest.approx(BED_LUFS + BEDS[name].trim_db, abs=3.5)
    assert 20 * np.log10(np.abs(x).max()) < -6.0
    left, right = x[:, 0], x[:, 1]
    assert min(np.std(left), np.std(right)) > 1e-4
    assert abs(np.corrcoef(left, right)[0, 1]) < 0.5  # wide, not mono
    value, lag = repetition(x, RATE)
    assert value < 0.25, (name, value, lag)


def test_beds_sound_different_from_each_other(long_beds):
    profiles = {name: octave_profile(x) for name, x in long_beds.items()}
    names = list(BEDS)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            distance = np.sqrt(np.mean((profiles[a] - profiles[b]) ** 2))
            assert distance > 1.5, (a, b, distance)


def test_what_each_bed_is_made_of(long_beds):
    def share(name: str, lo: float, hi: float) -> float:
        x = long_beds[name].mean(axis=1)
        spec = np.abs(np.fft.rfft(x)) ** 2
        freqs = np.fft.rfftfreq(x.size, 1.0 / RATE)
        return float(spec[(freqs >= lo) & (freqs < hi)].sum() / spec.sum())

    assert share("rain", 2000, 12000) > 0.4  # hiss and droplets
    assert share("forest", 3500, 8000) > 0.1  # insects and crickets
    assert share("birds", 1800, 7000) > 0.2  # song
    assert share("underwater", 20, 1000) > 0.85  # muffled
    assert share("city", 20, 300) > 0.6 and share("machine", 20, 700) > 0.8  # hum
    assert share("pad", 80, 1500) > 0.9


def test_events_come_from_the_seed_and_never_twice_the_same():
    """Owls call at different times for different seeds; in one night no two calls match."""
    p = player("forest")
    owl = next(i for i, e in enumerate(BEDS["forest"].events) if e.sound == "owl")
    spec = BEDS["forest"].events[owl]
    keys = (*p._keys, 1000 + owl)
    calls = p._schedule(spec, keys, 0.0, 1200.0)
    other = player("forest", SEED + 1)
    other_calls = other._schedule(spec, (*other._keys, 1000 + owl), 0.0, 1200.0)
    expected = 1200.0 / spec.every_s * spec.chance
    assert 0.5 * expected < len(calls) < 1.5 * expected
    assert [at for _, at in calls] != [at for _, at in other_calls]
    sounds = [p._event(owl, spec, ident, at, bright)[:, 0] for ident, at in calls[:8]]
    for i in range(len(sounds)):
        for j in range(i + 1, len(sounds)):
            n = min(sounds[i].size, sounds[j].size)
            a, b = sounds[i][:n], sounds[j][:n]
            assert abs(np.dot(a, b)) / np.sqrt(np.dot(a, a) * np.dot(b, b)) < 0.5


@pytest.mark.parametrize("name", ["train", "forest", "surf", "pad"])
def test_any_stretch_renders_the_same_samples(name):
    """Live playback renders short chunks, export long blocks: the samples are identical."""
    whole = player(name).render(0, 30 * RATE, bright)
    p = player(name)
    parts, at = [], 0
    for size in (1234, 12000, 48000 * 3 + 17, 5, 200000):
        while at < whole.shape[0]:
            n = min(size, whole.shape[0] - at)
            parts.append(p.render(at, n, bright))
            at += n
            if len(parts) % 7 == 0:
                break
    assert np.array_equal(np.concatenate(parts), whole)
    assert np.array_equal(player(name).render(0, 30 * RATE, bright), whole)
    assert not np.array_equal(player(name, SEED + 5).render(0, 30 * RATE, bright), whole)


def test_value_noise_is_smooth_and_unit_scaled():
    t = np.arange(0.0, 2000.0, 0.05)
    v = ValueNoise((3, 4), 2.0).at(t)
    assert 0.7 < np.std(v) < 1.0 and abs(np.mean(v)) < 0.1
    assert np.abs(np.diff(v)).max() < 0.3  # no jumps between knots
    assert np.array_equal(ValueNoise((3, 4), 2.0).at(t[1000:1100]), v[1000:1100])


# -- key and mode --------------------------------------------------------------------------------
def chroma(x: np.ndarray) -> np.ndarray:
    """Energy per pitch class (0 = C) between 150 and 1200 Hz, within 30 cents of a note."""
    spec = np.abs(np.fft.rfft(x.mean(axis=1))) ** 2
    freqs = np.fft.rfftfreq(x.shape[0], 1.0 / RATE)
    band = (freqs > 150) & (freqs < 1200)
    notes = 12 * np.log2(freqs[band] / 440.0) + 69
    near = np.abs(notes - np.round(notes)) < 0.3
    classes = np.round(notes[near]).astype(int) % 12
    return np.bincount(classes, weights=spec[band][near], minlength=12)


def test_the_pad_is_in_the_dreams_key_and_its_mode_follows_the_mood():
    bright_key, dark_key = key_for(SEED, True), key_for(SEED, False)
    assert bright_key.root_midi == dark_key.root_midi and 43 <= bright_key.root_midi <= 54
    assert {key_for(s, True).root_midi % 12 for s in range(12)} == set(range(12))
    root = bright_key.root_midi % 12
    major, minor = (root + 4) % 12, (root + 3) % 12
    happy = chroma(render("pad", 60, bright_at=lambda t: np.ones(t.shape)))
    sad = chroma(render("pad", 60, bright_at=dark))
    assert happy[major] > 10 * happy[minor]
    assert sad[minor] > 10 * sad[major]
    for energy in (happy, sad):  # the root and its fifth carry the chord
        assert min(energy[root], energy[(root + 7) % 12]) > np.median(energy)


# -- textures and their cache --------------------------------------------------------------------
def _hf(x: np.ndarray) -> np.ndarray:
    return x[2:] - 2 * x[1:-1] + x[:-2]


@pytest.mark.parametrize("name", sorted(TEXTURES))
def test_textures_are_circular_level_and_bounded(name):
    variant = (47, 1, 0) if name == "pad" else ()
    x = texture(TextureId(name, variant))
    assert x.shape == (LENGTH,) and np.all(np.isfinite(x))
    assert np.abs(x).max() < 6.5  # peaks rounded off at about 6x the RMS
    # the wrap-around is like any other pair of samples: no click where grains cross it
    twice = np.concatenate([x, x])
    w = int(0.0025 * RATE)
    energy = [float(np.sum(_hf(twice[c - w : c + w]) ** 2)) for c in range(w + 2, LENGTH, 997)]
    seam = float(np.sum(_hf(twice[LENGTH - w : LENGTH + w]) ** 2))
    assert seam <= np.percentile(energy, 99.9)


def test_a_cut_texture_would_click_at_its_seam():
    """The seam check can fail: material cut from a longer take clicks where it wraps."""
    x = texture(TextureId("pad", (47, 1, 0)))[: int(7.3 * RATE)]
    twice = np.concatenate([x, x])
    w = int(0.0025 * RATE)
    energy = [float(np.sum(_hf(twice[c - w : c + w]) ** 2)) for c in range(w + 2, x.size, 997)]
    assert float(np.sum(_hf(twice[x.size - w : x.size + w]) ** 2)) > np.percentile(energy, 99.9)


@pytest.mark.parametrize(
    "damage",
    ["empty", "cut", "random", "nan", "inf", "huge"],
)
def test_a_damaged_texture_file_is_discarded_and_rebuilt_with_one_warning(
    damage, tmp_path, monkeypatch, capfd
):
    from renderer.audio import textures

    monkeypatch.setenv("REVERIE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(textures, "_warned", set())
    texture.cache_clear()
    tid = TextureId("rain_hiss")
    good = make_texture(tid).astype(np.float16).astype(np.float32)
    path = cache_file(tid)
    path.parent.mkdir(parents=True)
    if damage == "empty":
        path.write_bytes(b"")
    elif damage == "cut":
        write_checked(path, good)
        path.write_bytes(path.read_bytes()[:5000])
    elif damage == "random":
        path.write_bytes(np.random.default_rng(3).bytes(LENGTH * 2 + 160))
    else:  # well-formed files whose samples are not sound (checksums match)
        bad = good.astype(np.float16)
        bad[1000:1010] = {"nan": np.nan, "inf": np.inf, "huge": 3e4}[damage]
        write_checked(path, bad)
    try:
        x = texture(tid)
        assert np.array_equal(x, good)
        assert np.array_equal(np.load(path.open("rb"), allow_pickle=False)[:LENGTH], good)
        texture.cache_clear()
        assert np.array_equal(texture(tid), good)  # the rebuilt file reads back
    finally:
        texture.cache_clear()
    err = capfd.readouterr().err
    assert err.count("damaged ambience cache file") == 1, err


def test_a_full_disk_leaves_no_temporary_files(tmp_path, monkeypatch):
    import errno
    import os

    from renderer.audio import textures

    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fd: int, mode: str) -> None:
            self.handle = real_fdopen(fd, mode)

        def __enter__(self):  # noqa: ANN204
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(textures.os, "fdopen", FullDisk)
    path = tmp_path / "textures" / "x.npy"
    for _ in range(3):
        write_checked(path, np.zeros(16, np.float16))
    assert list((tmp_path / "textures").iterdir()) == []
