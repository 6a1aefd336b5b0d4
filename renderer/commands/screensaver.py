"""`reverie screensaver`: drift through dreams; also an XScreenSaver hack."""

from __future__ import annotations

import argparse

HELP = "screensaver: dreams in shuffled order with slow crossfades"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # XScreenSaver's own hacks spell these with one dash (-root, -window-id): accept both.
    parser.add_argument("--root", "-root", action="store_true",
                        help="draw into the window XScreenSaver gives (XSCREENSAVER_WINDOW)")
    parser.add_argument("--window-id", "-window-id", default=None,
                        help="draw into this X window (0x...)")
    parser.add_argument("--preview", action="store_true", help="run in a small window")
    parser.add_argument("--narrate", action="store_true", help="read the dreams aloud, softly")
    parser.add_argument("--dream-seconds", type=float, default=None,
                        help="how long each dream stays before the next (default: its length)")
    parser.add_argument("--seed", type=int, default=None,
                        help="the shuffle's seed (default: a new order every run)")
    parser.add_argument("--stats", action="store_true",
                        help="print frames per second and the worst frame time at exit")


def run(args: argparse.Namespace) -> int:
    from renderer.app.screensaver import run_screensaver

    return run_screensaver(args)
