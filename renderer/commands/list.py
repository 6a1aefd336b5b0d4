"""`reverie list`: the dreams Reverie knows (bundled and the user's own)."""

from __future__ import annotations

import argparse

HELP = "list the bundled dreams and the dreams in your dreams folder"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the list as JSON")


def run(args: argparse.Namespace) -> int:
    from renderer.library import print_catalog

    print_catalog(as_json=args.json)
    return 0
