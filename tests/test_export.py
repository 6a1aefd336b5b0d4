"""Export's parts without video: caption cues and files, ffmpeg discovery, progress lines,
output checks, and `.wav` export."""

from __future__ import annotations

import io
import re
import subprocess
import wave
from pathlib import Path

import pytest

from renderer.cli import main
from renderer.errors import ReverieError
from renderer.export import ffmpeg as ff
from renderer.export.captions import MIN_CLIPPED_S, caption_cues, to_srt, to_vtt
from renderer.export.files import Staging
from renderer.export.job import ExportOptions, build_export_timeline, export
from renderer.export.progress import Progress
from renderer.pipeline import VoiceChoice
from renderer.timeline import Timeline

DREAM = (
    "I walked along a glowing river under a sky of slow nebulae.\n\n"
    "Lanterns drifted over the water like sleepy fireflies. "
    "Then the mist rose and everything turned to glass.\n"
)


@pytest.fixture(scope="module")
def dream_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dream") / "short.txt"
    path.write_text(DREAM)
    return path


@pytest.fixture(scope="module")
def timeline(dream_file: Path) -> Timeline:
    options = ExportOptions(str(dream_file), Path("x.mp4"), voice=VoiceChoice("silent"))
    return build_export_timeline(options)


def _srt_times(text: str) -> list[tuple[float, float]]:
    def seconds(h: str, m: str, s: str, ms: str) -> float:
        return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000

    pattern = r"(\d\d):(\d\d):(\d\d)[,.](\d{3}) --> (\d\d):(\d\d):(\d\d)[,.](\d{3})"
    return [(seconds(*m[:4]), seconds(*m[4:])) for m in re.findall(pattern, text)]


def test_cues_are_the_timeline_sentences(timeline: Timeline) -> None:
    cues = caption_cues(timeline, 0.0, timeline.duration)
    assert len(cues) == len(timeline.sentences) == 3
    for cue, sentence in zip(cues, timeline.sentences, strict=True):
        assert (cue.start, cue.end, cue.text) == (sentence.start, sentence.end, sentence.text)
    srt = to_srt(cues)
    assert srt.startswith("1\n") and "\n3\n" in srt
    times = _srt_times(srt)
    assert times == [(round(s.start, 3), round(s.end, 3)) for s in timeline.sentences]
    vtt = to_vtt(cues)
    assert vtt.startswith("WEBVTT\n\n")
    assert _srt_times(vtt) == times and "," not in vtt.split("\n", 3)[2]


def test_cues_are_clipped_and_shifted_to_the_range(timeline: Timeline) -> None:
    first, second, third = timeline.sentences
    start = (first.start + first.end) / 2  # in the middle of sentence 1
    end = (second.start + second.end) / 2  # in the middle of sentence 2
    cues = caption_cues(timeline, start, end)
    assert [c.text for c in cues] == [first.text, second.text]
    assert cues[0].start == 0.0 and cues[0].end == pytest.approx(first.end - start)
    assert cues[1].start == pytest.approx(second.start - start)
    assert cues[1].end == pytest.approx(end - start)
    assert caption_cues(timeline, third.end + 0.1, timeline.duration) == []


def test_a_sentence_cut_to_a_flash_by_the_range_gets_no_cue(timeline: Timeline) -> None:
    first, second, _ = timeline.sentences
    assert first.end - first.start > 2 * MIN_CLIPPED_S
    cues = caption_cues(timeline, first.end - 0.25, timeline.duration)  # like --start 30
    assert cues[0].text == second.text and cues[0].start == pytest.approx(
        second.start - first.end + 0.25
    )
    kept = caption_cues(timeline, first.end - MIN_CLIPPED_S - 0.1, timeline.duration)
    assert kept[0].text == first.text and kept[0].end - kept[0].start >= MIN_CLIPPED_S
    end_cut = caption_cues(timeline, 0.0, second.start + 0.25)
    assert [c.text for c in end_cut] == [first.text]


def test_ffmpeg_versions_and_encoders_are_read_from_the_real_binaries() -> None:
    found = ff.candidates()
    assert found, "imageio-ffmpeg ships an ffmpeg"
    for binary in found:
        text = subprocess.run([binary.path, "-version"], capture_output=True, text=True).stdout
        assert binary.version == ff.parse_version(text) and binary.version is not None
        assert {"libx264", "aac"} <= ff.encoders(binary.path)
    versions = [b.version for b in found]
    assert versions == sorted(versions, reverse=True)
    assert ff.find_ffmpeg(".mp4") == found[0]  # the newest one that can write the file
    assert ff.parse_version("ffmpeg version n9.0.2-17-g2a5 Copyright") == (9, 0, 2)
    assert ff.parse_version("ffmpeg version 5.1.9-0+deb12u1 Copyright") == (5, 1, 9)
    assert ff.parse_version("ffmpeg version N-112233-gabc Copyright") is None


def test_a_missing_encoder_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ff.ENCODERS, ".mp4", ("libx264", "libnot-a-real-encoder"))
    with pytest.raises(ReverieError, match="lacks the libnot-a-real-encoder encoder") as error:
        ff.find_ffmpeg(".mp4")
    assert "\n" not in str(error.value)


def test_a_full_disk_is_reported_plainly(tmp_path: Path) -> None:
    """ffmpeg writing into /dev/full (every write fails with ENOSPC)."""
    silence = tmp_path / "silence.wav"
    with wave.open(str(silence), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(48000)
        out.writeframes(bytes(4 * 4800))
    binary = ff.find_ffmpeg(".mp4")
    command = ff.video_command(binary, ".mp4", (64, 48), 10.0, silence, Path("/dev/full"))
    command[command.index("+faststart")] = "+frag_keyframe+empty_moov"  # no seeking back
    encoder = ff.Encoder(command, Path("out.mp4"))
    with pytest.raises(ReverieError, match="disk full while writing out.mp4"):
        try:
            encoder.stdin.write(bytes(64 * 48 * 3) * 10)
        except BrokenPipeError:
            encoder.process.wait()
            raise encoder.failure() from None
        encoder.finish()


def test_progress_is_quiet_and_line_based_off_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(50, 10.0, stream, tty=False)
    for done in range(1, 51):
        progress.update(done)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 10
    assert re.fullmatch(
        r"export: 40% \(20/50 frames\), \d+\.\d\dx realtime, ETA (\d+ s|\d+:\d\d)", lines[3]
    )
    assert lines[-1].startswith("export: 100% (50/50 frames)")


def test_progress_on_a_terminal_is_one_updating_line() -> None:
    stream = io.StringIO()
    progress = Progress(5, 10.0, stream, tty=True)
    for done in range(1, 6):
        progress.update(done)
    progress.close()
    text = stream.getvalue()
    assert text.startswith("\r[") and text.endswith("\n") and text.count("\n") == 1
    assert "5/5 frames" in text and "realtime" in text and "ETA" in text


def test_staging_removes_what_was_not_committed(tmp_path: Path) -> None:
    target = tmp_path / "clip.mp4"
    staging = Staging()
    kept = staging.write_text(tmp_path / "clip.srt", "1\n")
    staging.commit(kept, tmp_path / "clip.srt")
    staging.write_text(target, "half a video")
    staging.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clip.srt"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-o", "{d}/clip.avi"], "'.avi' is not a known type; use .mp4, .webm or .wav"),
        (["-o", "{d}/noext"], "has no extension; the known ones are .mp4, .webm or .wav"),
        (["-o", "{d}/old.mp4"], "already exists (use --force to overwrite it)"),
        (["-o", "{d}/missing/clip.mp4"], "does not exist"),
        (["-o", "{d}/clip.mp4", "--size", "161x96"], "even width and height"),
        (["-o", "{d}/clip.wav", "--captions", "burn"], "--captions burn needs a video"),
        (["-o", "{d}/clip.mp4", "--start", "9999"], "past the end of the dream"),
    ],
)
def test_bad_requests_are_one_line_errors(
    tmp_path: Path,
    dream_file: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    old = tmp_path / "old.mp4"
    old.write_bytes(b"keep me")
    args = [a.format(d=tmp_path) for a in argv]
    code = main(["export", str(dream_file), "--narrator", "silent", "--no-ambient", *args])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("reverie: error:") and message in err
    assert old.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.mp4"]


def test_wav_export_is_the_mix_for_the_whole_timeline(tmp_path: Path, dream_file: Path) -> None:
    out = tmp_path / "dream.wav"
    options = ExportOptions(
        str(dream_file), out, voice=VoiceChoice("silent"), fps=10.0, captions="vtt"
    )
    result = export(options, log=io.StringIO())
    timeline = build_export_timeline(options)
    with wave.open(str(out)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (2, 2, 48000)
        seconds = wav.getnframes() / 48000
        samples = wav.readframes(wav.getnframes())
    assert abs(seconds - timeline.duration) <= 0.1 + 1 / 10
    assert result.duration == pytest.approx(seconds, abs=1e-3)
    assert any(samples[i] for i in range(0, len(samples), 97))  # the ambience is there
    assert len(_srt_times((tmp_path / "dream.vtt").read_text())) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dream.vtt", "dream.wav"]


def test_the_summary_counts_speed_as_the_progress_line_does() -> None:
    from renderer.export.job import ExportResult

    timings = {"timeline": 0.5, "mix": 0.2, "render": 3.0, "waited": 0.5, "encode_cpu": 2.0,
               "frames": 4.0, "finish": 1.0}  # fmt: skip
    result = ExportResult(Path("x.mp4"), None, 300, 10.0, 6.0, timings)
    assert result.speed == pytest.approx(2.0)  # 10 s of video in 5 s: twice as fast as playback
    assert "2.00x realtime" in result.breakdown()
    progress = io.StringIO()
    line = Progress(300, 30.0, stream=progress, tty=False)
    line.started -= 5.0  # 300 frames (10 s of video at 30 fps) done 5 s after the start
    line.update(300)
    assert "2.00x realtime" in progress.getvalue()
