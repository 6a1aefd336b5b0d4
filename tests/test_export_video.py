"""Real exports checked with ffprobe/ffmpeg: codecs, size, rate, duration, narration audio,
caption cues, determinism, burned captions, and no file left behind when interrupted."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from renderer.export.job import ExportOptions, ExportResult, build_export_timeline, export
from renderer.narration.pauses import LEAD_IN_S
from renderer.pipeline import VoiceChoice
from renderer.timeline import Timeline
from tests.test_export import DREAM, _srt_times

pytestmark = pytest.mark.skipif(shutil.which("ffprobe") is None, reason="needs ffprobe")

SIZE = (160, 96)
FPS = 12.0
LEAD = LEAD_IN_S  # the ambience plays alone before the first word


@pytest.fixture(scope="module")
def dream_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dream") / "short.txt"
    path.write_text(DREAM)
    return path


def probe(path: Path) -> dict:
    done = subprocess.run(
        ["ffprobe", "-v", "error", "-count_frames", "-show_streams", "-show_format",
         "-of", "json", str(path)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout)


def decode_audio(path: Path) -> np.ndarray:
    """The file's audio as mono float samples at 48 kHz."""
    raw = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:a", "-ac", "1", "-ar", "48000",
         "-f", "s16le", "-"],
        capture_output=True, check=True,
    ).stdout
    return np.frombuffer(raw, "<i2").astype(np.float64) / 32768.0


def decode_frames(path: Path, size: tuple[int, int]) -> np.ndarray:
    raw = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:v", "-f", "rawvideo",
         "-pix_fmt", "rgb24", "-"],
        capture_output=True, check=True,
    ).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, size[1], size[0], 3)


Narrated = tuple[Path, ExportResult, Timeline]  # the .mp4, its export result, its timeline


@pytest.fixture(scope="module")
def narrated(
    dream_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Narrated:
    """An .mp4 of the dream read by espeak-ng (no ambience, so pauses are silent)."""
    out = tmp_path_factory.mktemp("mp4") / "dream.mp4"
    options = ExportOptions(
        str(dream_file), out, size=SIZE, fps=FPS, voice=VoiceChoice("pyttsx3"), ambient=False
    )
    result = export(options, log=io.StringIO())
    return out, result, build_export_timeline(options)


def _check_video(path: Path, codecs: tuple[str, str], duration: float) -> None:
    info = probe(path)
    video = next(s for s in info["streams"] if s["codec_type"] == "video")
    audio = next(s for s in info["streams"] if s["codec_type"] == "audio")
    assert (video["codec_name"], audio["codec_name"]) == codecs
    assert (video["width"], video["height"]) == SIZE
    assert video["pix_fmt"] == "yuv420p"
    assert video["r_frame_rate"] == "12/1"
    assert int(video["nb_read_frames"]) == round(duration * FPS)
    assert abs(float(info["format"]["duration"]) - duration) <= 1 / FPS + 0.1


def test_mp4_is_h264_and_aac_for_the_whole_timeline(narrated: Narrated) -> None:
    path, result, timeline = narrated
    _check_video(path, ("h264", "aac"), timeline.duration)
    assert result.frames == round(timeline.duration * FPS)
    assert sorted(p.name for p in path.parent.iterdir()) == ["dream.mp4", "dream.srt"]


def test_narration_is_heard_in_the_sentences_and_not_in_the_pauses(narrated: Narrated) -> None:
    path, _, timeline = narrated
    audio = decode_audio(path)

    def rms(a: float, b: float) -> float:
        part = audio[int(a * 48000) : int(b * 48000)]
        return float(np.sqrt(np.mean(part**2)))

    sentences = timeline.sentences
    spoken = [rms(s.start + 0.1, s.end - 0.1) for s in sentences]
    pauses = [rms(0.05, sentences[0].start - 0.1)]
    gaps = zip(sentences, sentences[1:], strict=False)
    pauses += [rms(a.end + 0.1, b.start - 0.1) for a, b in gaps]
    pauses.append(rms(sentences[-1].end + 0.3, timeline.duration - 0.2))
    assert min(spoken) > 0.02, spoken
    assert max(pauses) < min(spoken) / 10, (spoken, pauses)


def test_srt_cues_match_the_timeline_sentences(narrated: Narrated) -> None:
    path, _, timeline = narrated
    text = path.with_suffix(".srt").read_text()
    times = _srt_times(text)
    assert len(times) == len(timeline.sentences)
    for (start, end), sentence in zip(times, timeline.sentences, strict=True):
        assert start == pytest.approx(sentence.start, abs=0.0011)
        assert end == pytest.approx(sentence.end, abs=0.0011)
        assert sentence.text in text


def test_webm_is_vp9_and_opus_with_a_vtt_range(dream_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "part.webm"
    options = ExportOptions(
        str(dream_file), out, size=SIZE, fps=FPS, start=LEAD + 2.0, end=LEAD + 6.0,
        captions="vtt",
        voice=VoiceChoice("silent"), ambient=False,
    )
    export(options, log=io.StringIO())
    _check_video(out, ("vp9", "opus"), 4.0)
    timeline = build_export_timeline(options)
    start, end = LEAD + 2.0, LEAD + 6.0
    inside = [s for s in timeline.sentences if s.end > start and s.start < end]
    times = _srt_times(out.with_suffix(".vtt").read_text())
    assert len(times) == len(inside)
    assert times[0][0] == pytest.approx(max(inside[0].start, start) - start, abs=0.0011)
    assert times[-1][1] == pytest.approx(min(inside[-1].end, end) - start, abs=0.0011)


def _frames(dream_file: Path, folder: Path, name: str, seed: int, captions: str) -> np.ndarray:
    out = folder / name
    options = ExportOptions(
        str(dream_file), out, size=SIZE, fps=FPS, start=LEAD + 2.5, end=LEAD + 4.5,
        captions=captions,
        voice=VoiceChoice("silent"), ambient=False, seed=seed,
    )
    export(options, log=io.StringIO())
    return decode_frames(out, SIZE)


def test_same_seed_same_frames_and_captions_burn_in(dream_file: Path, tmp_path: Path) -> None:
    first = _frames(dream_file, tmp_path, "a.mp4", 7, "burn")
    second = _frames(dream_file, tmp_path, "b.mp4", 7, "burn")
    other = _frames(dream_file, tmp_path, "c.mp4", 8, "burn")
    plain = _frames(dream_file, tmp_path, "d.mp4", 7, "none")
    plain_again = _frames(dream_file, tmp_path, "e.mp4", 7, "none")
    assert first.shape == plain.shape == (24, SIZE[1], SIZE[0], 3)
    assert np.array_equal(first, second)
    assert np.array_equal(plain, plain_again)  # the half-size picture path is deterministic too
    assert np.abs(first[:, : SIZE[1] // 2].astype(int) - first[0, : SIZE[1] // 2]).max() > 8
    assert not np.array_equal(first, other)
    # captions sit in the lower third: only there do burned frames differ from plain ones (a
    # plain export upsamples the half-size picture in ffmpeg, a burned one in GL: the same)
    diff = np.abs(first.astype(int) - plain.astype(int))
    assert diff[:, int(SIZE[1] * 0.7) :].max() > 60
    assert diff[:, : SIZE[1] // 2].mean() < 3.0  # elsewhere only H.264's noise
    assert not list(tmp_path.glob(".*"))


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_export_leaves_nothing(
    dream_file: Path, tmp_path: Path, sig: signal.Signals
) -> None:
    out = tmp_path / "cut.mp4"
    command = [
        sys.executable, "-m", "renderer", "export", str(dream_file), "-o", str(out),
        "--size", "320x192", "--fps", "24", "--narrator", "silent", "--no-ambient",
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        # a test run in a background job inherits SIGINT ignored, and Python keeps it so
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    # ffmpeg has opened its partial file (a small video may reach the disk only at its end)
    while not any(tmp_path.glob(".cut.*.partial.mp4")):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    process.send_signal(sig)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    # progress lines may come first; the last is the one-line error, and no traceback
    last = err.splitlines()[-1]
    assert re.fullmatch(r"reverie: error: export interrupted; nothing was written to .*", last)
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


CHANGING = (
    "I was walking through a dark forest at night. The trees were very tall and still. "
    "An owl watched me from a branch. Moss covered the stones along the path, and the air "
    "smelled of rain. I walked on for a long time without meeting anyone at all.\n\n"
    "Then I stepped onto a wide beach by the ocean. Waves broke slowly on the sand. "
    "A whale rose far out in the water, and the moon came up over it.\n\n"
    "Suddenly I was back in the forest, and fireflies drifted between the trunks."
)


def test_an_export_across_a_change_of_setting_never_cuts(tmp_path: Path) -> None:
    """20 seconds around the forest -> beach change: no frame-to-frame change is more than
    six times the clip's median change (motifs and settings ease in and out)."""
    dream = tmp_path / "changing.txt"
    dream.write_text(CHANGING)
    options = ExportOptions(str(dream), tmp_path / "x.mp4", voice=VoiceChoice("silent"))
    timeline = build_export_timeline(options)
    change = next(s.start for s in timeline.sentences if "beach" in s.text)
    start = change - 10.0
    assert start > timeline.lead_in + 1.0  # past the fade-in from black
    out = tmp_path / "change.mp4"
    size = (192, 108)
    export(
        ExportOptions(
            str(dream), out, size=size, fps=FPS, start=start, end=start + 20.0, captions="none",
            voice=VoiceChoice("silent"), ambient=False,
        ),
        log=io.StringIO(),
    )
    frames = decode_frames(out, size).astype(np.float32)
    steps = np.abs(np.diff(frames, axis=0)).mean(axis=(1, 2, 3))
    assert len(steps) >= 20 * FPS - 2
    assert steps.max() <= 6 * np.median(steps), (steps.max(), np.median(steps))
