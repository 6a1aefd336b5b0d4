"""`reverie still`: render one frame (or a contact sheet) of a dream to a PNG."""

from __future__ import annotations

import argparse

HELP = "render a frame of a dream's scene to a PNG file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dream", nargs="?", help="a text file, or the name of a bundled dream")
    parser.add_argument("--at", type=float, default=None, help="time in seconds")
    parser.add_argument("--motifs", default=None, help="comma-separated motifs, e.g. nebula,river")
    parser.add_argument("--sheet", action="store_true", help="one frame per sentence, in a grid")
    parser.add_argument("--size", default="1280x720", help="WxH (default 1280x720)")
    parser.add_argument("--seed", type=int, default=None, help="override the dream's seed")
    parser.add_argument("-o", "--output", required=True, help="the PNG file to write")
    parser.add_argument(
        "--watch", action="store_true", help="re-render when shaders or visuals change"
    )


def run(args: argparse.Namespace) -> int:
    from renderer.gfx.still import run_still

    return run_still(args)
