"""`reverie play DREAM`: fullscreen ambient playback of one dream."""

from __future__ import annotations

import argparse

HELP = "play a dream: narration, soundscape and living visuals"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dream", help="a text file, or the name of a bundled dream")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--fullscreen", action="store_true", default=None, help="fullscreen")
    mode.add_argument("--windowed", action="store_true", help="in a window")
    parser.add_argument("--size", default=None, help="window size WxH (default 1280x720)")
    parser.add_argument("--loop", action="store_true", help="start again at the end")
    parser.add_argument("--sleep-timer", type=float, default=None, metavar="MINUTES",
                        help="fade everything out and quit after MINUTES")
    parser.add_argument("--narrator", default=None, help="auto, pyttsx3, piper or silent")
    parser.add_argument("--voice", default=None, help="voice id (see `reverie voices`)")
    parser.add_argument("--rate", type=int, default=None, help="speaking rate, words per minute")
    parser.add_argument("--no-captions", action="store_true", help="start with captions hidden")
    parser.add_argument("--no-sound", action="store_true",
                        help="no narration or ambience: the pictures and captions only")
    parser.add_argument("--stats", action="store_true",
                        help="print frames per second and the worst frame time at exit")


def run(args: argparse.Namespace) -> int:
    from renderer.validate import check_narration_options

    check_narration_options(args)
    from renderer.app.player import run_play

    return run_play(args)
