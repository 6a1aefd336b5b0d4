"""One export: dream -> timeline -> (frames + mixed audio) -> ffmpeg, plus caption sidecars.

The frame at index i shows timeline.state_at(start + i / fps): a fixed-step clock, the same
function live playback calls, so frames are deterministic and in step with the audio.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from renderer.errors import ReverieError
from renderer.export.files import (
    Staging,
    check_target,
    disk_error,
    output_path,
    sigterm_as_interrupt,
)

if TYPE_CHECKING:
    import numpy as np

    from renderer.export.ffmpeg import Ffmpeg
    from renderer.timeline import Timeline

DEFAULT_SCALE = 1.0  # internal render resolution for export (fixed: frames stay deterministic)
MAX_FPS = 120.0


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
    narrator: str = "auto"
    voice: str | None = None
    rate: int | None = None
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
    def realtime_ratio(self) -> float:
        """Wall time of the frame + encode stage over the video's duration (<= 1: real time)."""
        encode = self.timings.get("frames", 0.0) + self.timings.get("finish", 0.0)
        return encode / self.duration if self.duration > 0 else 0.0

    def breakdown(self) -> str:
        t = self.timings
        if self.frames == 0:
            return f"timeline {t['timeline']:.1f} s, audio mix {t['mix']:.1f} s"
        per = 1000.0 / self.frames
        return (
            f"render {t['render'] * per:.0f} ms/frame (incl. readback), "
            f"encode waited {t['waited'] * per:.0f} ms/frame, "
            f"ffmpeg {t['encode_cpu'] * per:.0f} ms CPU/frame + {t['finish']:.1f} s to finish; "
            f"{self.realtime_ratio:.2f}x the video's duration "
            f"(before that: timeline {t['timeline']:.1f} s, audio mix {t['mix']:.1f} s)"
        )


def options_from_args(args: argparse.Namespace) -> ExportOptions:
    from renderer.gfx.still import parse_size

    captions = args.captions
    output = output_path(args.output, args.force)
    size = parse_size(args.size)
    if not (math.isfinite(args.fps) and 1.0 <= args.fps <= MAX_FPS):
        raise ReverieError(f"--fps must be between 1 and {MAX_FPS:g}, got {args.fps:g}")
    if output.suffix.lower() != ".wav" and (size[0] % 2 or size[1] % 2):
        raise ReverieError(f"--size {size[0]}x{size[1]}: video needs an even width and height")
    if output.suffix.lower() == ".wav" and captions == "burn":
        raise ReverieError("--captions burn needs a video (.mp4 or .webm); use srt or vtt")
    if not (math.isfinite(args.start) and args.start >= 0):
        raise ReverieError(f"--start must be a time in seconds >= 0, got {args.start}")
    if args.end is not None and not (math.isfinite(args.end) and args.end > args.start):
        raise ReverieError(f"--end must be after --start ({args.start:g} s), got {args.end}")
    scale = getattr(args, "scale", DEFAULT_SCALE)
    if not 0.5 <= scale <= 1.0:
        raise ReverieError(f"--scale must be between 0.5 and 1, got {scale:g}")
    return ExportOptions(
        dream=args.dream,
        output=output,
        size=size,
        fps=float(args.fps),
        start=float(args.start),
        end=None if args.end is None else float(args.end),
        captions=captions,
        narration=not args.no_narration,
        ambient=not args.no_ambient,
        narrator=args.narrator,
        voice=args.voice,
        rate=args.rate,
        seed=args.seed,
        force=args.force,
        scale=scale,
    )


def sidecar_path(options: ExportOptions) -> Path | None:
    if options.captions in ("srt", "vtt"):
        return options.output.with_suffix(f".{options.captions}")
    return None


def build_export_timeline(options: ExportOptions) -> Timeline:
    """The dream's timeline as playback builds it (with the narrator asked for)."""
    from renderer.library import load_dream
    from renderer.mapping import analyze
    from renderer.narration import create_narrator
    from renderer.timeline import build_timeline

    dream = load_dream(options.dream)
    if options.seed is not None:
        dream = replace(dream, seed=options.seed)
    if options.narration:
        from renderer.language import speech_choice

        choice = speech_choice(dream.language, options.narrator, options.voice)
        if choice.note:
            print(f"reverie: {choice.note}", file=sys.stderr)
        narrator = create_narrator(choice.narrator, voice=choice.voice, rate=options.rate)
    else:  # no voice: the silent narrator keeps a natural reading pace for the captions
        narrator = create_narrator("silent", rate=options.rate)
    return build_timeline(analyze(dream), narrator)


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
) -> np.ndarray:
    """The mix (narration + ambience as asked) for [start, start + seconds] only, in the
    mixer's own blocks (silence past the dream's end)."""
    import numpy as np

    from renderer.audio import RATE
    from renderer.audio.mixer import MIX_BLOCK, Mixer
    from renderer.audio.score import score_from_timeline

    mixer = Mixer(score_from_timeline(timeline), options.narration, options.ambient)
    first, count = round(start * RATE), round(seconds * RATE)
    out = np.empty((count, 2), np.float32)
    for offset in range(0, count, MIX_BLOCK):
        n = min(MIX_BLOCK, count - offset)
        out[offset : offset + n] = mixer.render(first + offset, n)
    return out


def export(
    options: ExportOptions, log: TextIO | None = None, tty: bool | None = None
) -> ExportResult:
    """Run one export; raises ReverieError (and leaves no partial file) on failure, and lets
    KeyboardInterrupt through after cleaning up."""
    from renderer.audio.render import write_wav
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
        with sigterm_as_interrupt():
            clock = time.perf_counter()
            audio = mixed_audio(options, timeline, start, duration)
            timings["mix"] = time.perf_counter() - clock
            audio_temp = staging.temp_for(options.output, ".wav" if ffmpeg else None)
            write_wav(audio_temp, audio)
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
    from renderer.export.frames import FramePipe, FrameRenderer
    from renderer.export.progress import Progress

    (start, frames), (audio, target) = span, files
    renderer = FrameRenderer(options.size, options.scale, options.fps, options.captions == "burn")
    encoder = Encoder(
        video_command(
            ffmpeg, options.kind, options.size, options.fps, audio, target, renderer.frame_size
        ),
        options.output,
    )
    progress = Progress(frames, options.fps, log, tty)
    finished = False
    try:
        pipe = FramePipe(encoder.stdin, renderer.frame_bytes)
        clock = time.perf_counter()
        rendering = 0.0
        try:
            for i in range(frames):
                state = timeline.state_at(start + i / options.fps)
                buffer = pipe.acquire()
                began = time.perf_counter()
                renderer.render_into(state, buffer)
                rendering += time.perf_counter() - began
                pipe.submit(buffer)
                progress.update(i + 1)
            pipe.close()
        except ReverieError:  # the writer lost ffmpeg: say why ffmpeg stopped
            encoder.kill()
            raise encoder.failure() from None
        timings["frames"] = time.perf_counter() - clock
        timings["render"] = rendering
        timings["waited"] = pipe.waited_s
        clock = time.perf_counter()
        cpu = encoder.finish()
        timings["encode_cpu"] = cpu
        timings["finish"] = time.perf_counter() - clock
        finished = True
    finally:
        progress.close()
        if not finished:
            encoder.kill()
        renderer.release()


def run_export(args: argparse.Namespace) -> int:
    """The `reverie export` command."""
    options = options_from_args(args)
    try:
        result = export(options)
    except KeyboardInterrupt:
        raise ReverieError(
            f"export interrupted; nothing was written to {options.output} "
            "(the unfinished files were removed)",
            exit_code=130,
        ) from None
    what = "audio" if options.kind == ".wav" else "video"
    print(f"wrote {result.output} ({what}, {result.duration:.1f} s)")
    if result.sidecar is not None:
        print(f"wrote {result.sidecar} (captions)")
    print(f"export: {result.breakdown()}; total {result.wall_s:.1f} s")
    return 0
