"""`reverie voices`: the narrator voices installed here, by name and language, best first."""

from __future__ import annotations

import argparse

HELP = "list the narrator voices installed here, best first"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--backend", default=None, help="only this backend (piper, pyttsx3)")


def run(args: argparse.Namespace) -> int:
    from renderer.errors import ReverieError
    from renderer.narration.voices import voice_choices

    choices = [c for c in voice_choices() if args.backend in (None, c.backend)]
    if args.backend and args.backend not in ("piper", "pyttsx3"):
        raise ReverieError(f"unknown backend {args.backend!r}: choose piper or pyttsx3")
    if not choices:
        print("no voices installed here: narration shows captions only")
        return 0
    print(f"{len(choices)} voices, best first (choose one with --voice ID):")
    width = max(len(c.id) for c in choices)
    for rank, choice in enumerate(choices):
        default = "  (the default)" if rank == 0 and args.backend is None else ""
        print(f"  {choice.id:<{width}}  {choice.label}  [{choice.language}]{default}")
    return 0
