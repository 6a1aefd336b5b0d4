"""`reverie bench`: speed of the mapper, the renderer, narration and export."""

from __future__ import annotations

import argparse

HELP = "measure speed: mapper words/s, ms per frame, synthesis and export speed"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mapper", action="store_true", help="only the scene mapper")
    parser.add_argument("--gfx", action="store_true", help="only the shader layers and scenes")
    parser.add_argument("--audio", action="store_true", help="only narration and mixdown")
    parser.add_argument("--export", action="store_true", help="only video export")
    parser.add_argument("--size", default="1280x720", help="WxH for the renderer (1280x720)")
    parser.add_argument("--frames", type=int, default=60, help="frames per measurement")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")


def run(args: argparse.Namespace) -> int:
    from renderer.benchmarks import run_benchmarks

    return run_benchmarks(args)
