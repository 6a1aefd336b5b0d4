"""`reverie export DREAM -o FILE`: a dream as a video (or WAV) with narration and captions."""

from __future__ import annotations

import argparse
import math
from typing import TYPE_CHECKING

from renderer.commands.options import add_voice_arguments, parse_size, voice_choice
from renderer.errors import ReverieError

if TYPE_CHECKING:
    from renderer.export.job import ExportOptions

HELP = "export a dream to .mp4 / .webm video or .wav audio"
MAX_FPS = 120.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dream", help="a text file, or the name of a bundled dream")
    parser.add_argument("-o", "--output", required=True, help=".mp4, .webm or .wav")
    parser.add_argument("--size", default="1280x720", help="WxH (default 1280x720)")
    parser.add_argument("--fps", type=float, default=30.0, help="frames per second (30)")
    parser.add_argument("--start", type=float, default=0.0, help="start time, seconds")
    parser.add_argument("--end", type=float, default=None, help="end time, seconds")
    parser.add_argument(
        "--captions", choices=("srt", "vtt", "burn", "none"), default="srt",
        help="sidecar subtitles, burned in, or none (default srt)",
    )
    parser.add_argument("--no-narration", action="store_true", help="leave the voice out")
    parser.add_argument("--no-ambient", action="store_true", help="leave the soundscape out")
    add_voice_arguments(parser)
    parser.add_argument("--seed", type=int, default=None, help="override the dream's seed")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument(
        "--scale", type=float, default=1.0,
        help="internal render resolution, 0.5..1 of --size (faster below 1; default 1)",
    )


def options_from_args(args: argparse.Namespace) -> ExportOptions:
    from renderer.export.files import output_path
    from renderer.export.job import ExportOptions

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
    if not (math.isfinite(args.scale) and 0.5 <= args.scale <= 1.0):
        raise ReverieError(f"--scale must be between 0.5 and 1, got {args.scale:g}")
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
        voice=voice_choice(args),
        seed=args.seed,
        force=args.force,
        scale=args.scale,
    )


def run(args: argparse.Namespace) -> int:
    from renderer.export.job import export

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
