"""`reverie [FILES...]`: the dream menu, with the highlighted dream playing behind it."""

from __future__ import annotations

import argparse

HELP = "open the dream menu (the default when no command is given)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", help="extra dream files to list")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--fullscreen", action="store_true", default=None, help="fullscreen")
    mode.add_argument("--windowed", action="store_true", help="in a window")
    parser.add_argument("--size", default=None, help="window size WxH (default 1280x720)")
    parser.add_argument("--narrator", default=None, help="auto, pyttsx3, piper or silent")
    parser.add_argument("--no-sound", action="store_true",
                        help="no narration or ambience: the pictures and captions only")
    parser.add_argument("--stats", action="store_true",
                        help="print frames per second and the worst frame time at exit")


def run(args: argparse.Namespace) -> int:
    from renderer.app.menu import run_menu

    return run_menu(args)
