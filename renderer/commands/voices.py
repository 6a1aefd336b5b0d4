"""`reverie voices`: the narrator voices available, per backend."""

from __future__ import annotations

import argparse

HELP = "list the narrator voices available on this machine"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--backend", default=None, help="only this backend (pyttsx3, piper)")


def run(args: argparse.Namespace) -> int:
    from renderer.narration import list_voices

    for backend, voices in list_voices().items():
        if args.backend and backend != args.backend:
            continue
        print(f"{backend}: {len(voices)} voice(s)")
        for voice in voices:
            print(f"  {voice.id:<28} {voice.name}  [{', '.join(voice.languages)}]")
    return 0
