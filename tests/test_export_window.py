"""Exporting a range of a long dream costs what the range needs: the ambience Score covers only
the window, and only the sentences spoken before its end are synthesized. A window renders
what the same span of a longer render holds."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import wave
from pathlib import Path

import numpy as np
import pytest

from renderer.audio import RATE
from renderer.audio.events import EVENTS
from renderer.audio.mixer import Mixer
from renderer.audio.score import WINDOW_MARGIN_S, score_from_timeline
from renderer.audio.voice import DUCK_RELEASE_S
from renderer.export import job
from renderer.export.job import ExportOptions, mixed_audio
from renderer.pipeline import VoiceChoice, dream_timeline
from renderer.timeline import Timeline

REPO = Path(__file__).resolve().parents[1]
RUN_ON = "the lantern drifted over the black river and the moss glowed under the old oaks "
SENTENCES = (
    "I walked along a glowing river under a sky of slow nebulae.",
    "Lanterns drifted over the water like sleepy fireflies.",
    "A bell rang somewhere in the forest, far away.",
    "Then the mist rose and the trees turned to glass.",
    "An owl called from the tower above the sleeping town.",
    "Rain began to fall on the quiet streets.",
)
LONG_DREAM = "\n\n".join(" ".join(SENTENCES[i:] + SENTENCES[:i]) for i in range(4))


def run_on_line(size: int) -> str:
    return (RUN_ON * (size // len(RUN_ON) + 1))[:size].rsplit(" ", 1)[0]


def peak_rss_mb(args: list[str], env: dict[str, str], limit_s: float = 600.0) -> float:
    """Run `python -m renderer ARGS` to the end; its peak resident memory in MB (read from
    the kernel's accounting of that one child)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "renderer", *args], cwd=REPO, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    watchdog = threading.Timer(limit_s, process.kill)
    watchdog.start()
    try:
        stderr = process.stderr.read() if process.stderr else b""
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    finally:
        watchdog.cancel()
    assert process.returncode == 0, stderr.decode(errors="replace")
    return usage.ru_maxrss / 1024.0


def test_exporting_the_start_of_a_100_kb_run_on_line_takes_bounded_memory(
    tmp_path: Path,
) -> None:
    """`export --end 3` of a 100 KB line (over two hours of dream) needs about what the same
    three seconds of a short dream need: its text and timeline, not a Score of the whole
    night (which took 600 MB more, for beds it never plays)."""
    env = dict(os.environ)
    short, long = tmp_path / "short.txt", tmp_path / "long.txt"
    short.write_text(run_on_line(1000))
    long.write_text(run_on_line(100_000))
    common = ["--end", "3", "--narrator", "silent", "--captions", "none"]
    # the short dream's first run makes (or finds) the textures both use: then neither pays
    short_args = ["export", str(short), "-o", str(tmp_path / "a.wav"), "--force", *common]
    peak_rss_mb(short_args, env)
    reference = peak_rss_mb(short_args, env)
    measured = peak_rss_mb(["export", str(long), "-o", str(tmp_path / "b.wav"), *common], env)
    with wave.open(str(tmp_path / "b.wav")) as wav:
        assert wav.getnframes() == 3 * RATE
    assert measured < reference + 150.0, (reference, measured)


def test_exporting_a_whole_long_dream_takes_the_memory_of_a_short_one(tmp_path: Path) -> None:
    """A 20-minute dream exported whole (.wav, silent narrator) peaks near a 3-minute one:
    its audio is mixed and written in blocks, and its beds keep only the events that sound
    (the whole mix in memory took 2.5 GB for 8 minutes and 8.9 GB for 42 before)."""
    env = dict(os.environ)
    paragraph = " ".join(SENTENCES)
    words = len(paragraph.split())
    short, long = tmp_path / "short.txt", tmp_path / "long.txt"
    short.write_text("\n\n".join([paragraph] * (350 // words)))
    long.write_text("\n\n".join([paragraph] * (2300 // words)))
    common = ["--narrator", "silent", "--captions", "none"]
    short_args = ["export", str(short), "-o", str(tmp_path / "a.wav"), "--force", *common]
    peak_rss_mb(short_args, env)  # (makes or finds the textures both use)
    reference = peak_rss_mb(short_args, env)
    measured = peak_rss_mb(["export", str(long), "-o", str(tmp_path / "b.wav"), *common], env)
    with wave.open(str(tmp_path / "b.wav")) as wav:
        assert wav.getnframes() > 18 * 60 * RATE
    with wave.open(str(tmp_path / "a.wav")) as wav:
        assert wav.getnframes() < 4 * 60 * RATE
    assert measured < reference + 150.0, (reference, measured)


def test_a_window_is_wider_than_anything_that_reaches_into_it() -> None:
    """An event reads the brightness where it starts, and the duck remembers a release: both
    fit inside the window's margin, so a window renders as the whole Score does."""
    assert max(longest for _, longest in EVENTS.values()) < WINDOW_MARGIN_S / 1.5
    assert DUCK_RELEASE_S * 8 < WINDOW_MARGIN_S


@pytest.fixture(scope="module")
def long_dream(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("window") / "long.txt"
    path.write_text(LONG_DREAM)
    return path


@pytest.fixture(scope="module")
def whole(long_dream: Path) -> Timeline:
    return dream_timeline(str(long_dream), VoiceChoice("pyttsx3"))


def test_a_range_waits_only_for_the_sentences_before_its_end(
    long_dream: Path, whole: Timeline
) -> None:
    """The timeline for a range holds fewer sentences than the dream, and up to the range's
    end it is the complete timeline: the same sentence and word times, the same states."""
    end = whole.sentences[5].end
    part = dream_timeline(str(long_dream), VoiceChoice("pyttsx3"), until=end)
    assert not part.complete and len(part.sentences) < len(whole.sentences)
    assert part.sentences == whole.sentences[: len(part.sentences)]
    for t in np.arange(0.0, end + 2.0, 0.25):
        assert part.state_at(t) == whole.state_at(t), t


def test_the_audio_of_a_window_is_that_span_of_the_whole_mix(
    long_dream: Path, whole: Timeline
) -> None:
    """The mix of [start, end] from a windowed Score of a partial timeline equals the same
    samples of the whole mix (whole Score, complete timeline). Only the duck may differ: a
    window's one-pole starts from rest WINDOW_MARGIN_S earlier, a difference that has decayed
    by exp(-margin / release) by then, under one float32 step (hence the 1e-6 tolerance)."""
    start, end = whole.sentences[8].start - 1.0, whole.sentences[9].end
    options = ExportOptions(str(long_dream), Path("x.wav"), voice=VoiceChoice("pyttsx3"))
    part = dream_timeline(str(long_dream), VoiceChoice("pyttsx3"), until=end)
    window = np.concatenate(list(mixed_audio(options, part, start, end - start)))
    first, count = round(start * RATE), round((end - start) * RATE)
    reference = Mixer(score_from_timeline(whole)).render(first, count)
    assert np.sqrt(np.mean(window**2)) > 0.01  # voice and ambience are there
    np.testing.assert_allclose(window, reference, rtol=0, atol=1e-6)


def test_a_whole_export_mixed_in_blocks_is_the_whole_mix(
    long_dream: Path, whole: Timeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Export mixes a whole dream one windowed Score at a time (here 17 s, so that blocks
    end inside sentences and inside the mixer's own blocks): each block holds the samples of
    the whole Score's mix at its place, within the duck's float32 step (see above)."""
    monkeypatch.setattr(job, "EXPORT_BLOCK", 17 * RATE)
    options = ExportOptions(str(long_dream), Path("x.wav"), voice=VoiceChoice("pyttsx3"))
    reference = Mixer(score_from_timeline(whole))
    at = 0
    for block in mixed_audio(options, whole, 0.0, whole.duration):
        np.testing.assert_allclose(block, reference.render(at, block.shape[0]), rtol=0, atol=1e-6)
        at += block.shape[0]
    assert at == round(whole.duration * RATE) > 5 * 17 * RATE


def test_a_short_range_of_a_long_dream_is_exported_with_its_voice(
    tmp_path: Path, long_dream: Path, whole: Timeline
) -> None:
    """`export --start --end` of a few seconds in the dream: the voice is heard where the
    timeline speaks a sentence, and fewer sentences than the dream has were synthesized
    (counted in the narration cache, which holds one entry for each)."""
    sentence = whole.sentences[4]
    start, end = whole.sentences[3].end + 0.05, sentence.end + 1.0  # from the pause before it
    cache = tmp_path / "cache"
    out = tmp_path / "range.wav"
    done = subprocess.run(
        [sys.executable, "-m", "renderer", "export", str(long_dream), "-o", str(out),
         "--start", f"{start:.3f}", "--end", f"{end:.3f}", "--narrator", "pyttsx3",
         "--no-ambient", "--captions", "none"],
        cwd=REPO, env={**os.environ, "REVERIE_CACHE_DIR": str(cache)},
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    with wave.open(str(out)) as wav:
        pcm = np.frombuffer(wav.readframes(wav.getnframes()), "<i2").reshape(-1, 2)
    mono = pcm[:, 0].astype(np.float64) / 32768.0

    def rms(t0: float, t1: float) -> float:
        piece = mono[round((t0 - start) * RATE) : round((t1 - start) * RATE)]
        return float(np.sqrt(np.mean(piece**2)))

    assert rms(sentence.start, sentence.end) > 0.02  # spoken
    assert sentence.start - start > 0.3
    assert rms(start, sentence.start - 0.05) < 0.002  # the pause before it is silent
    synthesized = list((cache / "narration").rglob("*.npz"))
    assert 5 <= len(synthesized) < len(whole.sentences)
