"""`reverie [FILES...]`: the dream menu, with the highlighted dream playing behind it."""

from __future__ import annotations

import argparse

HELP = "open the dream menu (the default when no command is given)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", help="extra dream files to list")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--fullscreen", action="store_true", default=None, help="fullscreen")
    mode.add_argument("--windowed", action="store_true", help="in a window")


def run(args: argparse.Namespace) -> int:
    from renderer.app.menu import run_menu

    return run_menu(args)
