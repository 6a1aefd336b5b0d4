"""The mix, measured on real samples: loudness, true peak and the one limiter, the voice's
clean edges, ducking, stems, gains, export. (The beds themselves: test_audio_beds.py.)"""

from __future__ import annotations

import time
import wave

import numpy as np
import pytest

from renderer.audio import RATE
from renderer.audio.beds import BEDS
from renderer.audio.dsp import resample
from renderer.audio.loudness import integrated_loudness, k_weighting
from renderer.audio.master import limit, sample_true_peaks, true_peak_db
from renderer.audio.mixer import Mixer, mixdown
from renderer.audio.render import DITHER_CHUNK, WavWriter, write_wav
from renderer.audio.score import CONTROL_HZ, ControlGrid, Score, VoiceClip
from renderer.audio.soundmap import bed_levels, beds_for
from renderer.audio.voice import DUCK_DB, VOICE_LUFS, prepare_clip
from renderer.mapping.lexicon import load_lexicon

pytestmark = pytest.mark.audio

SEED = 20240611
TTS_RATE = 22050


def tone(freq: float, seconds: float, rate: int = RATE, amp: float = 1.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def speechlike(seconds: float, seed: int, rate: int = TTS_RATE) -> np.ndarray:
    """A voice-like clip: a gliding harmonic source, 4 syllables/s of uneven stress, short
    gaps between words."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    f0 = 120 + 25 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 6))
    phase = 2 * np.pi * np.cumsum(f0) / rate
    source = sum(
        np.sin(h * phase + rng.uniform(0, 6.3)) / h for h in range(1, 25) if h * 300 < rate / 2
    )
    stress = rng.uniform(0.3, 1.0, int(seconds * 4) + 2)[(t * 4).astype(int)]
    syllables = np.clip(np.sin(2 * np.pi * 4.0 * t), 0, 1) ** 0.5 * stress
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


# -- motifs -> beds ------------------------------------------------------------------------------
def test_every_place_sounds_and_catch_alls_keep_quiet():
    """The setting sets the bed: every place sounds; people and catch-all things add nothing
    (a murmur through a whole dream came from them)."""
    from renderer.director import role_of

    motifs = load_lexicon().motifs
    assert len(motifs) >= 79
    for motif in motifs:
        assert set(beds_for(motif)) <= set(BEDS)
        if role_of(motif) == "place":
            assert beds_for(motif), motif
    for quiet in ("figure", "child", "clothing", "food", "hue"):
        assert beds_for(quiet) == {}
    assert beds_for("birds") == {"birds": 1.0}  # birdsong, not crickets
    assert beds_for("no_such_motif") == {}


def test_bed_levels_combine_motifs():
    assert bed_levels({"river": 0.5}) == {"water": 0.5}
    both = bed_levels({"river": 0.5, "waterfall": 0.5})
    assert 0.5 < both["water"] < 1.0
    assert bed_levels({"river": 0.0}) == {}
    assert bed_levels({"stars": 1.0})["pad"] == pytest.approx(1.0)


# -- resampling ----------------------------------------------------------------------------------
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


# -- true peak and the limiter -------------------------------------------------------------------
def ffmpeg_true_peak(path) -> float:  # noqa: ANN001
    """The true peak ffmpeg's ebur128 filter reads from a file (dBTP)."""
    import re
    import shutil
    import subprocess

    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("ffmpeg is not installed")
    result = subprocess.run(
        [ffmpeg, "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128=peak=true",
         "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(re.findall(r"Peak:\s+(-?[\d.]+|-inf) dBFS", result.stderr)[-1])


def test_true_peak_reads_between_the_samples_like_ffmpeg(tmp_path):
    # A sine at a quarter of the rate, sampled 45 degrees off its crests: every sample sits at
    # 0.707 of the true crest, which the waveform reaches between them.
    # (faded in and out over 0.1 s: an abrupt edge would overshoot by itself)
    t = np.arange(4 * RATE)
    fade = np.minimum(1.0, np.minimum(t, t[-1] - t) / (0.1 * RATE))
    sine = 0.5 * np.sin(2 * np.pi * t / 4 + np.pi / 4) * fade
    stereo = np.stack([sine, sine], axis=1).astype(np.float32)
    assert db(float(np.abs(stereo).max())) == pytest.approx(-9.03, abs=0.05)
    assert true_peak_db(stereo) == pytest.approx(-6.02, abs=0.05)
    noise = (0.15 * np.random.default_rng(1).standard_normal((5 * RATE, 2))).astype(np.float32)
    for name, x in (("sine", stereo), ("noise", noise)):
        write_wav(tmp_path / f"{name}.wav", x)
        assert ffmpeg_true_peak(tmp_path / f"{name}.wav") == pytest.approx(true_peak_db(x), abs=0.2)


def test_the_limiter_holds_minus_3_dbtp_and_leaves_quiet_sound_alone(tmp_path):
    rng = np.random.default_rng(5)
    quiet = (0.1 * rng.standard_normal((RATE, 2))).astype(np.float32)
    assert np.array_equal(limit(quiet), quiet)
    hot = np.concatenate([quiet, 4.0 * quiet, quiet])  # +12 dB in the middle second
    out = limit(hot)
    assert true_peak_db(out) <= -3.0
    assert np.array_equal(out[: RATE // 2], hot[: RATE // 2])  # untouched well before
    assert np.max(sample_true_peaks(out)) <= 10 ** (-3.0 / 20)
    write_wav(tmp_path / "hot.wav", out)
    assert ffmpeg_true_peak(tmp_path / "hot.wav") <= -3.0


# -- the voice -----------------------------------------------------------------------------------
def test_voice_clips_are_high_passed_free_of_dc_and_fade_at_their_edges():
    t = np.arange(int(2.0 * TTS_RATE)) / TTS_RATE
    rumble = 0.3 * np.sin(2 * np.pi * 30.0 * t)
    voice = speechlike(2.0, 3)
    dc = 0.05
    clip = VoiceClip(0.0, (voice + rumble + dc).astype(np.float32), TTS_RATE, 0)
    out = prepare_clip(clip)
    clean = prepare_clip(VoiceClip(0.0, voice, TTS_RATE, 1))
    assert abs(float(np.mean(out))) < 1e-3

    def rumble_to_voice(x: np.ndarray, rate: int) -> float:
        spec = np.abs(np.fft.rfft(x)) ** 2
        freqs = np.fft.rfftfreq(x.size, 1.0 / rate)
        return spec[(freqs > 28) & (freqs < 32)].sum() / spec[(freqs > 150) & (freqs < 4000)].sum()

    # 2nd order at 80 Hz: 17 dB down at 30 Hz
    assert 10 * np.log10(rumble_to_voice(out, RATE) / rumble_to_voice(clip.samples, TTS_RATE)) < -15
    # A clip that starts mid-waveform starts at silence: no step at the clip's first sample.
    step = VoiceClip(0.0, np.full(TTS_RATE, 0.5, np.float32) * voice[:TTS_RATE], TTS_RATE, 2)
    first = prepare_clip(step)
    assert abs(float(first[0])) < 1e-4 and abs(float(first[-1])) < 1e-4
    assert np.abs(np.diff(first[:240])).max() < 0.05
    assert clean.size == out.size == 2 * RATE


def test_one_limiter_takes_only_the_peaks_that_need_it():
    """The clip is levelled, not limited: a burst in it stays over the ceiling until the mix's
    one limiter takes it, there and nowhere else."""
    samples = speechlike(5.0, 4)
    burst = slice(int(2.06 * TTS_RATE), int(2.065 * TTS_RATE))  # on a syllable
    samples[burst] *= 6.0
    clip = VoiceClip(1.0, samples, TTS_RATE, 0)
    prepared = prepare_clip(clip)
    assert db(float(np.abs(prepared).max())) > -1.0  # not limited here
    voice = mixdown(constant_score(8.0, {}, (clip,)), ambient=False)
    assert integrated_loudness(voice) == pytest.approx(VOICE_LUFS, abs=1.0)
    assert true_peak_db(voice) <= -3.0
    placed = np.zeros(voice.shape[0], np.float32)
    placed[RATE : RATE + prepared.size] = prepared
    loud = np.abs(placed) > 0.05
    reduction = 20 * np.log10(np.abs(voice[loud, 0]) / np.abs(placed[loud]))
    at = np.flatnonzero(loud) / RATE
    near_burst = np.abs(at - 3.06) < 0.03  # 1 s + 2.06 s in
    assert reduction[near_burst].min() < -8.0
    assert reduction[~near_burst].min() > -3.0  # elsewhere the voice goes through nearly whole


# -- ducking -------------------------------------------------------------------------------------
def narrated_score(ambient_levels: dict[str, float]) -> Score:
    """40 s: three 5 s sentences with 9 s pauses (the duck fully releases between them)."""
    clips = tuple(
        VoiceClip(start, speechlike(5.0, i), TTS_RATE, i) for i, start in enumerate((2, 16, 30))
    )
    return constant_score(40.0, ambient_levels, clips)


def window_rms_db(x: np.ndarray, t0: float, t1: float) -> float:
    return db(rms(x[int(t0 * RATE) : int(t1 * RATE)]))


def test_narration_ducks_the_ambience_and_releases_in_long_pauses():
    score = narrated_score({"wind": 0.8, "pad": 0.35})
    mixer = Mixer(score)
    total = mixer.length
    raw = mixer.soundscape.render(0, total)
    ambience = raw * mixer.voice.duck_gain(0, total)[:, None]

    def change(t0: float, t1: float) -> float:
        return window_rms_db(ambience, t0, t1) - window_rms_db(raw, t0, t1)

    for start in (2, 16, 30):
        during = change(start + 1, start + 4)
        assert during == pytest.approx(DUCK_DB, abs=1.0)
    for end in (7, 21):
        assert change(end + 6.0, end + 8.0) == pytest.approx(0.0, abs=0.6)
    # And in the mix: the ambience stem against the ambience alone.
    _, heard = mixer.stems(0, total)
    alone = mixdown(score, narration=False)

    def level(t0: float, t1: float) -> float:
        return window_rms_db(heard, t0, t1) - window_rms_db(alone, t0, t1)

    assert level(13.0, 15.0) == pytest.approx(0.0, abs=0.6)
    assert level(3, 6) == pytest.approx(DUCK_DB, abs=1.5)


def test_ducking_holds_through_sentence_and_paragraph_pauses():
    """A paragraph pause (2.2 s) does not let the bed swell up and duck again (no pumping)."""
    clips = tuple(
        VoiceClip(start, speechlike(4.0, i), TTS_RATE, i) for i, start in enumerate((2, 7, 13.2))
    )
    mixer = Mixer(constant_score(24.0, {"rain": 0.8}, clips))
    gain_db = 20 * np.log10(mixer.voice.duck_gain(0, 24 * RATE))
    for gap_start, gap_end in ((6.0, 7.0), (11.0, 13.2)):  # a sentence and a paragraph pause
        held = gain_db[int(gap_start * RATE) : int(gap_end * RATE)]
        assert held.max() - held.min() < 1.0, (gap_start, held.max(), held.min())
        assert held.max() < DUCK_DB + 1.0


def test_ducking_is_smooth():
    score = narrated_score({"pad": 0.35})
    duck = Mixer(score).voice.duck_gain(0, int(40 * RATE))
    step = np.abs(np.diff(20 * np.log10(duck)))
    assert step.max() < 0.01  # dB per sample: no zipper
    onset = 20 * np.log10(duck[int(0.5 * RATE) : int(3.0 * RATE)])
    reached = np.argmax(onset < 0.9 * DUCK_DB) / RATE + 0.5
    assert 1.5 < reached < 2.6  # the duck (with its lead) is down by the voice's onset
    release = 20 * np.log10(duck[int(7.0 * RATE) : int(15.0 * RATE)])
    back = np.argmax(release > 0.1 * DUCK_DB) / RATE
    assert 3.0 < back < 7.0  # held 3 s, then a slow release


# -- levels, stems and the export ----------------------------------------------------------------
def test_narration_loudness_is_minus_16_lufs():
    score = narrated_score({})
    voice = mixdown(score, ambient=False)
    assert integrated_loudness(voice) == pytest.approx(VOICE_LUFS, abs=1.0)
    quieter = tuple(
        VoiceClip(c.start, 0.1 * c.samples, c.rate, c.key) for c in score.clips
    )  # a quiet TTS voice is brought up to the same level
    louder_mix = mixdown(constant_score(40.0, {}, quieter), ambient=False)
    assert integrated_loudness(louder_mix) == pytest.approx(VOICE_LUFS, abs=1.0)


def test_ambience_sits_well_below_the_voice_and_the_mix_stays_under_minus_3_dbtp(tmp_path):
    score = narrated_score({"wind": 0.9, "forest": 0.7, "pad": 0.35})
    ambience = mixdown(score, narration=False)
    assert -31.0 <= integrated_loudness(ambience) <= -20.0
    hot = tuple(VoiceClip(c.start, 3.0 * c.samples, c.rate, c.key) for c in score.clips)
    mix = mixdown(constant_score(40.0, {"wind": 1.0, "fire": 1.0, "rain": 1.0}, hot))
    assert true_peak_db(mix) <= -3.0
    write_wav(tmp_path / "mix.wav", mix)
    assert ffmpeg_true_peak(tmp_path / "mix.wav") <= -3.0


def test_stems_line_up_with_the_mix():
    score = narrated_score({"water": 0.7, "pad": 0.35})
    mixer = Mixer(score)
    mix = mixdown(score)
    voice, ambience = mixer.stems(0, mixer.length)
    assert voice.shape == ambience.shape == mix.shape
    assert np.abs(voice + ambience - mix).max() < 1e-6
    # the voice stem is the narration where the timeline puts it
    for clip in score.clips:
        at = int(clip.start * RATE)
        assert rms(voice[at - RATE // 2 : at - RATE // 4]) == 0.0
        assert rms(voice[at + RATE // 2 : at + RATE]) > 0.01
    # and any stretch of the stems is the same stretch of the whole
    part_voice, part_ambience = mixer.stems(5 * RATE, 3 * RATE)
    assert np.array_equal(part_voice, voice[5 * RATE : 8 * RATE])
    assert np.array_equal(part_ambience, ambience[5 * RATE : 8 * RATE])


def test_nan_inf_and_extreme_samples_never_reach_the_mix():
    clips = []
    for i, bad in enumerate((np.nan, np.inf, -np.inf, 1e6)):
        samples = speechlike(3.0, i)
        samples[1000:1400] = bad
        clips.append(VoiceClip(1.0 + 4 * i, samples, TTS_RATE, i))
    mix = mixdown(constant_score(18.0, {"rain": 0.6, "pad": 0.35}, tuple(clips)))
    assert np.all(np.isfinite(mix))
    assert true_peak_db(mix) <= -3.0
    assert rms(mix[int(16.5 * RATE) :]) > 1e-4  # the ambience plays on after the bad clips


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
        assert f.getnframes() == mix.shape[0] == 40 * RATE
        data = np.frombuffer(f.readframes(f.getnframes()), "<i2").reshape(-1, 2) / 32768.0
    assert np.abs(data - mix).max() < 3.0 / 32768.0
    assert np.abs(data.mean(axis=0)).max() < 2.0 / 32768.0  # no DC offset


def test_a_wav_written_in_blocks_holds_the_bytes_of_one_written_whole(tmp_path):
    """Export writes its audio as it is mixed: blocks of any size, across the dither's own
    chunks, give the very file the whole signal gives (the dither follows the position)."""
    score = narrated_score({"rain": 0.6, "pad": 0.35})
    mix = mixdown(score)[: 5 * RATE]
    write_wav(tmp_path / "whole.wav", mix)
    cuts = [0, 1, 4_000, DITHER_CHUNK - 3, DITHER_CHUNK + 5, 3 * DITHER_CHUNK, mix.shape[0]]
    with WavWriter(tmp_path / "blocks.wav", mix.shape[0]) as wav:
        for a, b in zip(cuts[:-1], cuts[1:], strict=True):
            wav.write(mix[a:b])
    whole = (tmp_path / "whole.wav").read_bytes()
    assert (tmp_path / "blocks.wav").read_bytes() == whole
    pcm = np.frombuffer(whole[44:], "<i2").reshape(-1, 2) / 32768.0
    dithered = pcm - mix  # the dither is there (TPDF: +-1 step), and not one repeated chunk
    assert 0.3 / 32768.0 < np.std(dithered) < 1.0 / 32768.0
    assert not np.array_equal(dithered[:DITHER_CHUNK], dithered[DITHER_CHUNK : 2 * DITHER_CHUNK])


def test_a_wav_writer_refuses_a_short_or_long_file(tmp_path):
    with pytest.raises(ValueError, match="10 of 20"), WavWriter(tmp_path / "a.wav", 20) as wav:
        wav.write(np.zeros((10, 2), np.float32))
    wav = WavWriter(tmp_path / "b.wav", 5)
    with pytest.raises(ValueError, match="more samples"):
        wav.write(np.zeros((6, 2), np.float32))
    wav.write(np.zeros((5, 2), np.float32))
    wav.close()
    assert (tmp_path / "b.wav").stat().st_size == 44 + 5 * 4


def test_live_mixer_never_waits_for_a_bed_and_fades_late_ones_in(tmp_path, monkeypatch):
    from renderer.audio.textures import texture

    monkeypatch.setenv("REVERIE_CACHE_DIR", str(tmp_path))  # nothing made yet
    texture.cache_clear()
    try:
        score = constant_score(60.0, {"surf": 0.8})
        mixer = Mixer(score, narration=False, wait=False)
        chunk = int(0.25 * RATE)
        first = mixer.render(0, chunk)
        assert not np.any(first)  # the bed is still being made: silence, not a stall
        deadline, start, block = 600, chunk, first
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
    finally:
        texture.cache_clear()


def test_real_speech_is_levelled_and_ducks_the_ambience(tmp_path):
    """The same measurements on real TTS output (espeak-ng), through the WAV writer."""
    import shutil
    import subprocess

    espeak = shutil.which("espeak-ng")
    if espeak is None:
        pytest.skip("espeak-ng is not installed")
    texts = ("The river of stars was singing under a silver moon.", "I followed it home.")
    clips = []
    for i, (text, start) in enumerate(zip(texts, (1.0, 12.0), strict=True)):
        path = tmp_path / f"s{i}.wav"
        subprocess.run([espeak, "-w", str(path), text], check=True, capture_output=True)
        with wave.open(str(path), "rb") as f:
            rate = f.getframerate()
            pcm = np.frombuffer(f.readframes(f.getnframes()), "<i2").astype(np.float32) / 32768
        clips.append(VoiceClip(start, pcm, rate, i))
    score = constant_score(20.0, {"rain": 0.8, "pad": 0.35}, tuple(clips))
    out = tmp_path / "mix.wav"
    write_wav(out, mixdown(score), RATE)
    assert ffmpeg_true_peak(out) <= -3.0
    voice_stem, ambience = Mixer(score).stems(0, 20 * RATE)
    assert integrated_loudness(voice_stem) == pytest.approx(VOICE_LUFS, abs=1.0)
    first_end = 1.0 + clips[0].samples.size / clips[0].rate
    under = window_rms_db(ambience, 1.5, first_end - 0.5)
    pause = window_rms_db(ambience, first_end + 6.0, 11.0)
    assert under - pause == pytest.approx(DUCK_DB, abs=1.5)


def test_mixdown_of_a_real_timeline():
    """A bundled dream through the real mapper and timeline (silent narrator: no TTS)."""
    from renderer.audio.score import score_from_timeline
    from renderer.pipeline import VoiceChoice, dream_timeline

    timeline = dream_timeline("glass-orchard", VoiceChoice("silent"))
    score = score_from_timeline(timeline)
    assert score.complete and score.seed == timeline.seed
    assert "pad" in score.levels and len(score.levels) >= 2  # the drone and the dream's beds
    mix = mixdown(score, narration=True, ambient=True)
    assert mix.shape == (int(round(timeline.duration * RATE)), 2) and mix.dtype == np.float32
    assert np.abs(mix[:100]).max() < 1e-3  # fades in from silence
    middle = mix[mix.shape[0] // 2 - 5 * RATE : mix.shape[0] // 2 + 5 * RATE]
    assert -34.0 < integrated_loudness(middle) < -18.0
    assert true_peak_db(mix) <= -3.0
    assert not np.any(mixdown(score, narration=True, ambient=False))


def test_an_unfinished_score_keeps_its_ambience_past_the_end():
    score = constant_score(4.0, {"pad": 0.5})
    partial = Score(4.0, SEED, score.levels, score.brightness, score.fade, complete=False)
    past_end = 5 * RATE
    assert not np.any(Mixer(score).render(past_end, RATE))
    assert np.any(Mixer(partial).render(past_end, RATE))
