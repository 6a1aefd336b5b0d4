"""One export: dream -> timeline -> (frames + mixed audio) -> ffmpeg, plus caption sidecars.

The frame at index i shows timeline.state_at(start + i / fps): a fixed-step clock, the same
function live playback calls, so frames are deterministic and in step with the audio.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from renderer.audio import RATE
from renderer.errors import ReverieError
from renderer.export.files import (
    Staging,
    check_target,
    disk_error,
    interrupts_as_exceptions,
    interrupts_deferred,
    raise_if_interrupted,
)
from renderer.pipeline import VoiceChoice, create_compositor, dream_timeline

if TYPE_CHECKING:
    import numpy as np

    from renderer.export.ffmpeg import Ffmpeg
    from renderer.timeline import Timeline

DEFAULT_SCALE = 1.0  # internal render resolution for export (fixed: frames stay deterministic)
MAX_FPS = 120.0
EXPORT_BLOCK = 60 * RATE  # samples of audio mixed from one windowed Score (60 s)


@dataclass(frozen=True)
class ExportOptions:
    dream: str
    output: Path
    size: tuple[int, int] = (1280, 720)
    fps: float = 30.0
    start: float = 0.0
    end: float | None = None
    captions: str = "srt"  # srt | vtt | burn | none
    narration: bool = True
    ambient: bool = True
    voice: VoiceChoice = VoiceChoice()  # who reads it; also the clock with narration off
    seed: int | None = None
    force: bool = False
    scale: float = DEFAULT_SCALE

    @property
    def kind(self) -> str:
        return self.output.suffix.lower()


@dataclass(frozen=True)
class ExportResult:
    output: Path
    sidecar: Path | None
    frames: int
    duration: float  # seconds of video (or audio)
    wall_s: float  # the whole export, from dream to renamed file
    timings: dict[str, float]  # stage -> seconds

    @property
    def speed(self) -> float:
        """Seconds of video made per second of the frame + encode stage: "Nx realtime", as
        the progress line counts it (>= 1 keeps up with playback)."""
        encode = self.timings.get("frames", 0.0) + self.timings.get("finish", 0.0)
        return self.duration / encode if encode > 0 else 0.0

    def breakdown(self) -> str:
        t = self.timings
        if self.frames == 0:
            return f"timeline {t['timeline']:.1f} s, audio mix {t['mix']:.1f} s"
        per = 1000.0 / self.frames
        return (
            f"render {t['render'] * per:.0f} ms/frame (incl. readback), "
            f"encode waited {t['waited'] * per:.0f} ms/frame, "
            f"ffmpeg {t['encode_cpu'] * per:.0f} ms CPU/frame + {t['finish']:.1f} s to finish; "
            f"{self.speed:.2f}x realtime "
            f"(before that: timeline {t['timeline']:.1f} s, audio mix {t['mix']:.1f} s)"
        )


def sidecar_path(options: ExportOptions) -> Path | None:
    if options.captions in ("srt", "vtt"):
        return options.output.with_suffix(f".{options.captions}")
    return None


def build_export_timeline(options: ExportOptions) -> Timeline:
    """The dream's timeline as playback builds it, with the narrator asked for: the same with
    or without narration in the mix, so a voice stem and an ambience stem line up. With an
    --end, only the sentences spoken before it are synthesized."""
    return dream_timeline(options.dream, options.voice, options.seed, options.end)


def time_range(options: ExportOptions, timeline: Timeline) -> tuple[float, float, int]:
    """(start, end, frames): end clipped to the timeline; frames = round((end-start) * fps)."""
    end = timeline.duration if options.end is None else min(options.end, timeline.duration)
    if options.start >= end:
        raise ReverieError(
            f"--start {options.start:g} s is past the end of the dream ({timeline.duration:.1f} s)"
        )
    frames = max(1, round((end - options.start) * options.fps))
    return options.start, end, frames


def mixed_audio(
    options: ExportOptions, timeline: Timeline, start: float, seconds: float
) -> Iterator[np.ndarray]:
    """The mix (narration + ambience as asked) of [start, start + seconds], as consecutive
    blocks of at most MIX_BLOCK samples (silence past the dream's end). Every EXPORT_BLOCK
    of it comes from a Score of that stretch alone, so memory does not grow with the range's
    length; the stretches join seamlessly (a window renders what the whole Score does)."""
    from renderer.audio.mixer import MIX_BLOCK, Mixer
    from renderer.audio.score import score_from_timeline

    first, count = round(start * RATE), round(seconds * RATE)
    mixer: Mixer | None = None
    for block in range(0, count, EXPORT_BLOCK):
        at, length = first + block, min(EXPORT_BLOCK, count - block)
        score = score_from_timeline(timeline, (at / RATE, (at + length) / RATE))
        if mixer is None:
            mixer = Mixer(score, options.narration, options.ambient)
        else:
            mixer = mixer.follow(score)
        for offset in range(0, length, MIX_BLOCK):
            raise_if_interrupted()
            yield mixer.render(at + offset, min(MIX_BLOCK, length - offset))


def export(
    options: ExportOptions, log: TextIO | None = None, tty: bool | None = None
) -> ExportResult:
    """Run one export; raises ReverieError (and leaves no partial file) on failure, and lets
    KeyboardInterrupt (Ctrl-C, or SIGTERM from the main thread) through after cleaning up."""
    with interrupts_as_exceptions():
        return _export(options, log, tty)


def _export(options: ExportOptions, log: TextIO | None, tty: bool | None) -> ExportResult:
    from renderer.audio.render import WavWriter
    from renderer.export.captions import caption_cues, to_srt, to_vtt
    from renderer.export.ffmpeg import find_ffmpeg

    log = log or sys.stderr
    began = time.perf_counter()
    sidecar = sidecar_path(options)
    check_target(options.output, options.force)
    if sidecar is not None:
        check_target(sidecar, options.force)
    ffmpeg = None if options.kind == ".wav" else find_ffmpeg(options.kind)

    timings: dict[str, float] = {}
    clock = time.perf_counter()
    timeline = build_export_timeline(options)
    start, end, frames = time_range(options, timeline)
    timings["timeline"] = time.perf_counter() - clock
    for warning in timeline.warnings:
        print(f"reverie: warning: {warning}", file=log)

    duration = frames / options.fps
    staging = Staging()
    try:
        clock = time.perf_counter()
        audio_temp = staging.temp_for(options.output, ".wav" if ffmpeg else None)
        with WavWriter(audio_temp, round(duration * RATE)) as wav:
            for block in mixed_audio(options, timeline, start, duration):
                wav.write(block)
        timings["mix"] = time.perf_counter() - clock
        if ffmpeg is None:
            staging.commit(audio_temp, options.output)
            frames = 0
        else:
            video_temp = staging.temp_for(options.output)
            _encode(
                options, ffmpeg, timeline, (start, frames), (audio_temp, video_temp),
                timings, log, tty,
            )
            staging.commit(video_temp, options.output)
        if sidecar is not None:
            cues = caption_cues(timeline, start, end)
            text = to_srt(cues) if options.captions == "srt" else to_vtt(cues)
            staging.commit(staging.write_text(sidecar, text), sidecar)
    except OSError as error:
        raise disk_error(error, options.output) from None
    finally:
        staging.discard()
    return ExportResult(
        options.output, sidecar, frames, duration, time.perf_counter() - began, timings
    )


def _encode(
    options: ExportOptions,
    ffmpeg: Ffmpeg,
    timeline: Timeline,
    span: tuple[float, int],
    files: tuple[Path, Path],
    timings: dict[str, float],
    log: TextIO,
    tty: bool | None,
) -> None:
    """Render span = (start, frames) into ffmpeg, which reads files[0] (the audio) and
    writes files[1]."""
    from renderer.export.ffmpeg import Encoder, video_command
    from renderer.export.progress import Progress
    from renderer.gfx.context import create_headless_context
    from renderer.output.driver import FrameDriver
    from renderer.output.video import VideoSink

    (start, frames), (audio, target) = span, files
    ctx = create_headless_context()
    compositor = create_compositor(ctx, options.size, scale=options.scale)
    driver = FrameDriver(compositor, strict=True)
    sink = VideoSink(
        ctx, options.size, compositor.picture_size, options.fps, burn=options.captions == "burn"
    )
    command = video_command(
        ffmpeg, options.kind, options.size, options.fps, audio, target, sink.frame_size
    )
    encoder: Encoder | None = None
    progress = Progress(frames, options.fps, log, tty)
    finished = False
    try:
        with interrupts_deferred():  # ffmpeg starts by fork and exec
            encoder = Encoder(command, options.output)
        pipe = sink.connect(encoder.stdin)
        clock = time.perf_counter()
        try:
            for i in range(frames):
                raise_if_interrupted()
                driver.render(timeline.state_at(start + i / options.fps), sink)
                progress.update(i + 1)
            rendered = time.perf_counter() - clock - pipe.waited_s
            pipe.close()
        except ReverieError as error:  # the writer lost ffmpeg: say why ffmpeg stopped
            if not pipe.broken:
                raise
            encoder.kill()
            raise encoder.failure() from error
        timings["frames"] = time.perf_counter() - clock
        timings["render"] = rendered
        timings["waited"] = pipe.waited_s
        clock = time.perf_counter()
        cpu = encoder.finish()
        timings["encode_cpu"] = cpu
        timings["finish"] = time.perf_counter() - clock
        finished = True
    finally:
        progress.close()
        if not finished and encoder is not None:
            encoder.kill()
        sink.release()
        compositor.release()
        compositor.library.release()
        ctx.release()
