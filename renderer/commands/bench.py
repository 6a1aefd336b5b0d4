"""`reverie bench`: speed of the mapper, the renderer, narration and export; memory over a
long screensaver run (--soak MINUTES)."""

from __future__ import annotations

import argparse
import json
import math

from renderer.bench import PARTS, BenchSettings
from renderer.commands.options import parse_size
from renderer.errors import ReverieError

HELP = "measure speed: mapper words/s, ms per frame, synthesis and export speed"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    for part in PARTS:
        if part.timed:
            parser.add_argument(f"--{part.name}", type=float, default=None, metavar="MINUTES",
                                help=part.help)
        else:
            parser.add_argument(f"--{part.name}", action="store_true", help=part.help)
    parser.add_argument("--size", default="1280x720", help="WxH for the renderer (1280x720)")
    parser.add_argument("--frames", type=int, default=60, help="frames per measurement")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")


def run(args: argparse.Namespace) -> int:
    """Run the parts asked for (all untimed parts without a flag); one part with --json prints
    exactly that part's object."""
    if args.frames < 1:
        raise ReverieError(f"--frames must be at least 1, got {args.frames}")
    minutes = [m for m in (getattr(args, p.name) for p in PARTS if p.timed) if m is not None]
    for value in minutes:
        if not 0 < value < math.inf:
            raise ReverieError(f"MINUTES must be a number more than 0, got {value}")
    settings = BenchSettings(parse_size(args.size), args.frames, *minutes[:1])
    asked = [part for part in PARTS if getattr(args, part.name) not in (None, False)]
    parts = asked or [part for part in PARTS if not part.timed]
    results = {}
    for part in parts:
        results[part.name] = part.run(settings)
        if not args.json:
            print(f"== {part.name} ==")
            print(part.text(results[part.name]), flush=True)
    if args.json:
        payload = results[parts[0].name] if len(parts) == 1 else results
        print(json.dumps(payload, indent=2))
    return 0
