"""Soundscape and mixer, measured on real samples: loops, loudness, ducking, gains, export."""

from __future__ import annotations

import time
import wave

import numpy as np
import pytest

from renderer.audio import RATE
from renderer.audio.beds import BED_LUFS, BEDS, bed_loop, make_bed
from renderer.audio.dsp import resample
from renderer.audio.loudness import integrated_loudness, k_weighting
from renderer.audio.mixer import CEILING, Mixer, mixdown
from renderer.audio.music import key_for
from renderer.audio.render import write_wav
from renderer.audio.score import CONTROL_HZ, ControlGrid, Score, VoiceClip
from renderer.audio.soundmap import bed_levels, beds_for, motif_families
from renderer.audio.voice import VOICE_LUFS

pytestmark = pytest.mark.audio

SEED = 20240611
TTS_RATE = 22050


def tone(freq: float, seconds: float, rate: int = RATE, amp: float = 1.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def speechlike(seconds: float, seed: int, rate: int = TTS_RATE) -> np.ndarray:
    """A voice-like clip: a gliding harmonic source, 4 syllables/s, short gaps between words."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    f0 = 120 + 25 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 6))
    phase = 2 * np.pi * np.cumsum(f0) / rate
    source = sum(np.sin(h * phase) / h for h in range(1, 25) if h * 300 < rate / 2)
    syllables = np.clip(np.sin(2 * np.pi * 4.0 * t), 0, 1) ** 0.5
    words = (np.sin(2 * np.pi * 0.9 * t + 1.0) > -0.8).astype(float)
    edge = np.minimum(1.0, np.minimum(t, t[-1] - t) / 0.02)
    return (0.3 * source * syllables * words * edge).astype(np.float32)


def constant_score(
    duration: float, levels: dict[str, float], clips: tuple[VoiceClip, ...] = ()
) -> Score:
    steps = int(duration * CONTROL_HZ) + 2
    return Score(
        duration=duration,
        seed=SEED,
        levels={k: np.full(steps, v, np.float32) for k, v in levels.items()},
        brightness=np.full(steps, 0.8, np.float32),
        fade=np.ones(steps, np.float32),
        clips=clips,
    )


def db(x: float) -> float:
    return 20.0 * np.log10(max(x, 1e-12))


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64))))


# -- the meter ---------------------------------------------------------------------------------
def test_k_weighting_matches_the_published_48k_coefficients():
    (b1, a1), (b2, a2) = k_weighting(48000)
    assert np.allclose(b1, [1.53512485958697, -2.69169618940638, 1.19839281085285])
    assert np.allclose(a1, [1.0, -1.69065929318241, 0.73248077421585])
    assert np.allclose(b2, [1.0, -2.0, 1.0])
    assert np.allclose(a2, [1.0, -1.99004745483398, 0.99007225036621])


def test_meter_reads_known_sines():
    sine = tone(997.0, 5.0)
    one_channel = np.stack([sine, np.zeros_like(sine)], axis=1)
    assert integrated_loudness(one_channel) == pytest.approx(-3.01, abs=0.05)  # BS.1770 example
    assert integrated_loudness(np.stack([sine, sine], axis=1)) == pytest.approx(0.0, abs=0.05)
    quiet = 10 ** (-20 / 20) * sine
    assert integrated_loudness(quiet) == pytest.approx(-23.01, abs=0.05)  # mono: one channel


def test_meter_gates_silence_and_low_level_passages():
    loud = 0.5 * tone(997.0, 4.0)
    with_gaps = np.concatenate([loud, np.zeros(4 * RATE, np.float32), loud])
    # (blocks straddling an edge are partly loud and pass the gates: a small, correct dip)
    assert integrated_loudness(with_gaps) == pytest.approx(integrated_loudness(loud), abs=0.3)
    assert integrated_loudness(np.zeros(RATE, np.float32)) == float("-inf")
    # A passage 20 dB down falls under the relative gate; 6 dB down is counted.
    assert integrated_loudness(np.concatenate([loud, 0.1 * loud])) == pytest.approx(
        integrated_loudness(loud), abs=0.3
    )
    assert integrated_loudness(np.concatenate([loud, 0.5 * loud])) < integrated_loudness(loud) - 1


# -- beds ----------------------------------------------------------------------------------------
def _hf(x: np.ndarray) -> np.ndarray:
    """Second difference: a click shows up as a spike here."""
    return x[2:] - 2 * x[1:-1] + x[:-2]


def seam_report(loop: np.ndarray) -> tuple[float, float, float, float]:
    """(seam jump, largest jump elsewhere, seam HF energy, 99.9th pct HF energy elsewhere).

    HF energy: sum of squared second differences over 5 ms, centred on the seam (the loop
    played twice) or at 400 other places."""
    jumps = np.abs(np.diff(loop, axis=0)).max(axis=1)
    seam_jump = float(np.abs(loop[0] - loop[-1]).max())
    twice = np.concatenate([loop, loop])
    n, w = loop.shape[0], int(0.0025 * RATE)

    def energy(centre: int) -> float:
        return float(np.sum(_hf(twice[centre - w : centre + w]) ** 2))

    others = [energy(c) for c in np.linspace(w + 2, n - w - 2, 400).astype(int)]
    return seam_jump, float(jumps.max()), energy(n), float(np.percentile(others, 99.9))


@pytest.fixture(scope="module", params=list(BEDS))
def bed(request) -> tuple[str, np.ndarray]:
    return request.param, bed_loop(request.param, SEED, key_for(SEED, bright=True))


def test_bed_loops_are_click_free(bed):
    name, loop = bed
    seam_jump, max_jump, seam_hf, hf_999 = seam_report(loop)
    assert seam_jump <= max_jump, name
    assert seam_hf <= hf_999, name


def test_seam_check_catches_a_bad_loop():
    """The click check can fail: a loop cut from a longer take clicks at its seam."""
    take = bed_loop("pad", SEED, key_for(SEED, bright=True))
    cut = take[: int(7.3 * RATE)]
    seam_jump, max_jump, seam_hf, hf_999 = seam_report(cut)
    assert seam_jump > max_jump or seam_hf > hf_999


def test_beds_are_levelled_seamless_and_within_peak(bed):
    name, loop = bed
    seconds, _, trim, _ = BEDS[name]
    assert loop.shape == (int(seconds * RATE), 2) and loop.dtype == np.float32
    assert 8.0 <= seconds <= 24.0
    assert integrated_loudness(loop, circular=True) == pytest.approx(BED_LUFS + trim, abs=0.3)
    assert np.abs(loop).max() < 10 ** (-5 / 20)  # transients rounded off near -6 dBFS
    assert min(rms(loop[:, 0]), rms(loop[:, 1])) > 1e-3  # both channels carry sound


def centroid(x: np.ndarray) -> float:
    spec = np.abs(np.fft.rfft(x.mean(axis=1))) ** 2
    freqs = np.fft.rfftfreq(x.shape[0], 1.0 / RATE)
    return float(np.sum(spec * freqs) / np.sum(spec))


def octave_profile(x: np.ndarray) -> np.ndarray:
    """Share of energy per octave band 62.5 Hz .. 32 kHz, in dB."""
    spec = np.abs(np.fft.rfft(x.mean(axis=1))) ** 2
    freqs = np.fft.rfftfreq(x.shape[0], 1.0 / RATE)
    lows = 62.5 * 2.0 ** np.arange(9)
    bands = np.array([spec[(freqs >= lo) & (freqs < 2 * lo)].sum() for lo in lows])
    return 10 * np.log10(bands / bands.sum() + 1e-12)


def test_beds_are_distinct():
    key = key_for(SEED, bright=True)
    loops = {name: bed_loop(name, SEED, key) for name in BEDS}
    profiles = {name: octave_profile(x) for name, x in loops.items()}
    names = list(BEDS)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            distance = np.sqrt(np.mean((profiles[a] - profiles[b]) ** 2))
            assert distance > 3.0, (a, b, distance)
    centroids = {name: centroid(x) for name, x in loops.items()}
    assert centroids["pad"] < centroids["surf"] < centroids["water"] < centroids["rain"]
    assert centroids["forest"] > 2000 and centroids["rain"] > 2000  # crickets, droplets


def test_beds_are_deterministic_per_seed():
    key = key_for(SEED, bright=True)
    first = bed_loop("water", SEED, key)
    fresh = make_bed("water", SEED, key)  # no caches
    assert np.array_equal(first, fresh.astype(np.float16).astype(np.float32))
    assert not np.array_equal(first, bed_loop("water", SEED + 1, key))


def test_tonal_beds_follow_key_and_mode():
    bright, dark = key_for(SEED, True), key_for(SEED, False)
    assert bright.root_midi == dark.root_midi and 43 <= bright.root_midi <= 54
    assert {key_for(s, True).root_midi % 12 for s in range(12)} == set(range(12))

    def strongest_pitch_classes(loop: np.ndarray) -> set[int]:
        spec = np.abs(np.fft.rfft(loop.mean(axis=1)))
        freqs = np.fft.rfftfreq(loop.shape[0], 1.0 / RATE)
        band = (freqs > 150) & (freqs < 1200)
        peaks = freqs[band][np.argsort(spec[band])[-40:]]
        return {round(12 * np.log2(f / 440.0) + 69) % 12 for f in peaks}

    root = bright.root_midi % 12
    major_third, minor_third = (root + 4) % 12, (root + 3) % 12
    bright_pcs = strongest_pitch_classes(bed_loop("pad", SEED, bright))
    dark_pcs = strongest_pitch_classes(bed_loop("pad", SEED, dark))
    assert major_third in bright_pcs and minor_third not in bright_pcs
    assert minor_third in dark_pcs and major_third not in dark_pcs


# -- motifs -> beds ------------------------------------------------------------------------------
def test_every_lexicon_motif_sounds_through_a_bed():
    families = motif_families()
    assert len(families) >= 79
    for motif in families:
        assert beds_for(motif), motif
        assert set(beds_for(motif)) <= set(BEDS)


def test_bed_levels_combine_motifs():
    assert bed_levels({"river": 0.5}) == {"water": 0.5}
    both = bed_levels({"river": 0.5, "waterfall": 0.5})
    assert 0.5 < both["water"] < 1.0
    assert bed_levels({"river": 0.0}) == {}
    assert bed_levels({"stars": 1.0})["pad"] == pytest.approx(1.0)


# -- the mix -------------------------------------------------------------------------------------
def test_resampler_keeps_pitch_length_and_level():
    x = tone(1000.0, 1.0, TTS_RATE, 0.5)
    y = resample(x, TTS_RATE, RATE)
    assert y.size == RATE
    spec = np.abs(np.fft.rfft(y[1000:-1000] * np.hanning(y.size - 2000)))
    peak = np.fft.rfftfreq(y.size - 2000, 1.0 / RATE)[np.argmax(spec)]
    assert peak == pytest.approx(1000.0, abs=2.0)
    assert rms(y[1000:-1000]) == pytest.approx(0.5 / np.sqrt(2), rel=0.01)
    # An 8 kHz tone (under the 11.025 kHz Nyquist) survives; nothing lands above it.
    y = resample(tone(8000.0, 1.0, TTS_RATE, 0.5), TTS_RATE, RATE)
    spec = np.abs(np.fft.rfft(y))
    freqs = np.fft.rfftfreq(y.size, 1.0 / RATE)
    assert spec[freqs > 11100].max() < 1e-3 * spec.max()


def narrated_score(ambient_levels: dict[str, float]) -> Score:
    """30 s: three 5 s sentences with long pauses (ducking fully releases between them)."""
    clips = tuple(
        VoiceClip(start, speechlike(5.0, i), TTS_RATE, i) for i, start in enumerate((2, 12, 22))
    )
    return constant_score(30.0, ambient_levels, clips)


def window_rms_db(x: np.ndarray, t0: float, t1: float) -> float:
    return db(rms(x[int(t0 * RATE) : int(t1 * RATE)]))


def test_narration_ducks_the_ambience_by_about_8_db():
    score = narrated_score({"wind": 0.8, "pad": 0.35})
    mixer = Mixer(score)
    total = mixer.length
    ambience = mixer.soundscape.render(0, total) * mixer.voice.duck_gain(0, total)[:, None]
    # Same bed stretches compared: ambience heard while speaking vs. the same loop un-ducked.
    raw = mixer.soundscape.render(0, total)
    def change(t0: float, t1: float) -> float:
        return window_rms_db(ambience, t0, t1) - window_rms_db(raw, t0, t1)

    for start in (2, 12, 22):
        during, pause = change(start + 1, start + 4), change(start + 7.5, start + 9.5)
        assert pause == pytest.approx(0.0, abs=0.5)
        assert during - pause == pytest.approx(-8.0, abs=2.0)
    # And in the exported mix: the ambience heard (full mix minus the narration-only mix)
    # against the ambience-only mix, under the voice and in a pause.
    heard = mixdown(score) - mixdown(score, ambient=False)
    alone = mixdown(score, narration=False)

    def level(t0: float, t1: float) -> float:
        return window_rms_db(heard, t0, t1) - window_rms_db(alone, t0, t1)

    assert level(8.5, 11.5) == pytest.approx(0.0, abs=0.5)
    assert level(3, 6) - level(8.5, 11.5) == pytest.approx(-8.0, abs=2.0)


def test_ducking_is_smooth():
    score = narrated_score({"pad": 0.35})
    duck = Mixer(score).voice.duck_gain(0, int(30 * RATE))
    step = np.abs(np.diff(20 * np.log10(duck)))
    assert step.max() < 0.01  # dB per sample: no zipper
    onset = 20 * np.log10(duck[int(1.5 * RATE) : int(2.6 * RATE)])
    reached = np.argmax(onset < -7.2) / RATE  # 90 % of the duck
    assert 0.1 < reached < 0.7  # attack (with its 80 ms lead) lands at the voice's onset
    release = 20 * np.log10(duck[int(7.0 * RATE) : int(9.5 * RATE)])
    back = np.argmax(release > -0.8) / RATE
    assert 0.4 < back < 1.6  # hold + ~600 ms release


def test_narration_loudness_is_minus_16_lufs():
    score = narrated_score({})
    voice = mixdown(score, ambient=False)
    assert integrated_loudness(voice) == pytest.approx(VOICE_LUFS, abs=1.0)
    quieter = tuple(
        VoiceClip(c.start, 0.1 * c.samples, c.rate, c.key) for c in score.clips
    )  # a quiet TTS voice is brought up to the same level
    louder_mix = mixdown(constant_score(30.0, {}, quieter), ambient=False)
    assert integrated_loudness(louder_mix) == pytest.approx(VOICE_LUFS, abs=1.0)


def test_ambience_sits_well_below_the_voice_and_peaks_stay_under_ceiling():
    score = narrated_score({"wind": 0.9, "forest": 0.7, "pad": 0.35})
    ambience = mixdown(score, narration=False)
    assert -30.0 <= integrated_loudness(ambience) <= -22.0
    hot = tuple(VoiceClip(c.start, 3.0 * c.samples, c.rate, c.key) for c in score.clips)
    mix = mixdown(constant_score(30.0, {"wind": 1.0, "fire": 1.0, "rain": 1.0}, hot))
    assert np.abs(mix).max() < CEILING
    assert db(float(np.abs(mix).max())) < -1.0


def test_a_bed_at_intensity_zero_contributes_nothing():
    steps = int(20 * CONTROL_HZ) + 2
    t = np.arange(steps) / CONTROL_HZ
    rising = np.clip((t - 10) / 2, 0, 1).astype(np.float32)  # silent for 10 s, then up
    score = Score(
        20.0,
        SEED,
        {"rain": rising},
        np.full(steps, 0.8, np.float32),
        np.ones(steps, np.float32),
    )
    mix = mixdown(score, narration=False)
    assert np.all(mix[: int(9.9 * RATE)] == 0.0)
    assert window_rms_db(mix, 13, 19) > -45
    # Gains follow the curve: at half intensity the bed is 6 dB down.
    flat = np.ones(steps, np.float32)
    half = Score(20.0, SEED, {"rain": 0.5 * flat}, score.brightness, score.fade)
    full = Score(20.0, SEED, {"rain": flat}, score.brightness, score.fade)
    ratio = window_rms_db(mixdown(half, narration=False), 2, 8) - window_rms_db(
        mixdown(full, narration=False), 2, 8
    )
    assert ratio == pytest.approx(-6.02, abs=0.2)


def test_gain_changes_are_ramped_per_sample():
    steps = int(6 * CONTROL_HZ) + 2
    jump = np.where(np.arange(steps) < 3 * CONTROL_HZ, 0.0, 1.0).astype(np.float32)
    score = Score(6.0, SEED, {"pad": jump}, np.full(steps, 0.8, np.float32), np.ones(steps))
    gain = ControlGrid(0, 6 * RATE, RATE, CONTROL_HZ).sample(score.levels["pad"])
    assert np.abs(np.diff(gain)).max() <= 1.0 / (RATE / CONTROL_HZ) + 1e-6


def test_chunked_rendering_equals_mixdown():
    """Live playback renders in chunks; it must produce the exported samples exactly."""
    score = narrated_score({"water": 0.6, "pad": 0.35})
    whole = mixdown(score)
    mixer = Mixer(score)
    chunk = int(0.25 * RATE)
    parts = [mixer.render(s, chunk) for s in range(0, whole.shape[0], chunk)]
    assert np.array_equal(np.concatenate(parts)[: whole.shape[0]], whole)


def test_write_wav_is_16_bit_stereo_at_48k(tmp_path):
    score = narrated_score({"surf": 0.7, "pad": 0.35})
    mix = mixdown(score)
    path = tmp_path / "mix.wav"
    write_wav(path, mix, RATE)
    with wave.open(str(path), "rb") as f:
        assert (f.getnchannels(), f.getsampwidth(), f.getframerate()) == (2, 2, RATE)
        assert f.getnframes() == mix.shape[0] == 30 * RATE
        data = np.frombuffer(f.readframes(f.getnframes()), "<i2").reshape(-1, 2) / 32768.0
    assert np.abs(data - mix).max() < 3.0 / 32768.0


def test_live_mixer_never_waits_for_a_bed_and_fades_late_ones_in():
    score = constant_score(60.0, {"surf": 0.8})
    score = Score(60.0, SEED + 99, score.levels, score.brightness, score.fade)  # uncached seed
    mixer = Mixer(score, narration=False, wait=False)
    chunk = int(0.25 * RATE)
    first = mixer.render(0, chunk)
    assert not np.any(first)  # the bed is still being made: silence, not a stall
    deadline, start, block = 240, chunk, first
    while not np.any(block) and deadline:
        time.sleep(0.05)
        block = mixer.render(start, chunk)
        start += chunk
        deadline -= 1
    assert np.any(block), "the bed never arrived"
    ramp = np.concatenate([block] + [mixer.render(start + k * chunk, chunk) for k in range(12)])
    level = [rms(ramp[i : i + chunk // 5]) for i in range(0, ramp.shape[0], chunk // 5)]
    assert level[0] < 0.2 * max(level)  # it enters quietly ...
    assert np.argmax(level) > 5  # ... and rises over the fade (no pop)


def test_real_speech_is_levelled_and_ducks_the_ambience(tmp_path):
    """The same measurements on real TTS output (espeak-ng), through the WAV writer."""
    import shutil
    import subprocess

    espeak = shutil.which("espeak-ng")
    if espeak is None:
        pytest.skip("espeak-ng is not installed")
    texts = ("The river of stars was singing under a silver moon.", "I followed it home.")
    clips = []
    for i, (text, start) in enumerate(zip(texts, (1.0, 10.0), strict=True)):
        path = tmp_path / f"s{i}.wav"
        subprocess.run([espeak, "-w", str(path), text], check=True, capture_output=True)
        with wave.open(str(path), "rb") as f:
            rate = f.getframerate()
            pcm = np.frombuffer(f.readframes(f.getnframes()), "<i2").astype(np.float32) / 32768
        clips.append(VoiceClip(start, pcm, rate, i))
    score = constant_score(18.0, {"rain": 0.8, "pad": 0.35}, tuple(clips))
    out = tmp_path / "mix.wav"
    write_wav(out, mixdown(score), RATE)
    with wave.open(str(out), "rb") as f:
        mix = np.frombuffer(f.readframes(f.getnframes()), "<i2").reshape(-1, 2) / 32768.0
    voice = mixdown(score, ambient=False)
    assert integrated_loudness(voice) == pytest.approx(VOICE_LUFS, abs=1.0)
    assert np.abs(mix).max() < CEILING
    ambience = mix - voice
    first_end = 1.0 + clips[0].samples.size / clips[0].rate
    under = window_rms_db(ambience, 1.5, first_end - 0.5)
    pause = window_rms_db(ambience, first_end + 2.0, 9.8)
    assert under - pause == pytest.approx(-8.0, abs=2.0)


def test_mixdown_of_a_real_timeline():
    """A bundled dream through the real mapper and timeline (silent narrator: no TTS)."""
    from renderer.audio.mixer import mixdown
    from renderer.audio.score import score_from_timeline
    from renderer.library import load_dream
    from renderer.mapping import analyze
    from renderer.narration import create_narrator
    from renderer.timeline import build_timeline

    timeline = build_timeline(analyze(load_dream("glass-orchard")), create_narrator("silent"))
    score = score_from_timeline(timeline)
    assert score.complete and score.seed == timeline.seed
    assert "pad" in score.levels and len(score.levels) >= 2  # the drone and the dream's beds
    mix = mixdown(score, narration=True, ambient=True)
    assert mix.shape == (int(round(timeline.duration * RATE)), 2) and mix.dtype == np.float32
    assert np.abs(mix[:100]).max() < 1e-3  # fades in from silence
    middle = mix[mix.shape[0] // 2 - 5 * RATE : mix.shape[0] // 2 + 5 * RATE]
    assert -34.0 < integrated_loudness(middle) < -20.0
    assert np.abs(mix).max() < CEILING
    assert not np.any(mixdown(score, narration=True, ambient=False))


def test_an_unfinished_score_keeps_its_ambience_past_the_end():
    score = constant_score(4.0, {"pad": 0.5})
    partial = Score(4.0, SEED, score.levels, score.brightness, score.fade, complete=False)
    past_end = 5 * RATE
    assert not np.any(Mixer(score).render(past_end, RATE))
    assert np.any(Mixer(partial).render(past_end, RATE))
