"""`reverie export DREAM -o FILE`: a dream as a video (or WAV) with narration and captions."""

from __future__ import annotations

import argparse

HELP = "export a dream to .mp4 / .webm video or .wav audio"


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
    parser.add_argument("--narrator", default="auto", help="auto, pyttsx3, piper or silent")
    parser.add_argument("--voice", default=None, help="voice id (see `reverie voices`)")
    parser.add_argument("--rate", type=int, default=None, help="speaking rate, words per minute")
    parser.add_argument("--seed", type=int, default=None, help="override the dream's seed")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument(
        "--scale", type=float, default=1.0,
        help="internal render resolution, 0.5..1 of --size (faster below 1; default 1)",
    )


def run(args: argparse.Namespace) -> int:
    from renderer.validate import check_narration_options

    check_narration_options(args)
    from renderer.export import run_export

    return run_export(args)
