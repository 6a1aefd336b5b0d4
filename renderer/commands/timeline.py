"""`reverie timeline DREAM [--json]`: when each sentence, word and motif cue happens."""

from __future__ import annotations

import argparse
import json
import sys

HELP = "show the narration timeline of a dream (sentences, words, motif cues)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dream", help="a text file, or the name of a bundled dream")
    parser.add_argument("--json", action="store_true", help="print the JSON timeline")
    parser.add_argument(
        "--narrator",
        default="auto",
        choices=("auto", "pyttsx3", "piper", "silent"),
        help="the narrator backend (auto: pyttsx3 if it works, else silent captions)",
    )
    parser.add_argument("--voice", default=None, help="voice id (see `reverie voices`)")
    parser.add_argument("--rate", type=int, default=None, help="speaking rate, words per minute")
    parser.add_argument("--volume", type=float, default=None, help="narrator volume, 0..1")


def run(args: argparse.Namespace) -> int:
    from renderer.validate import check_narration_options

    check_narration_options(args)
    from renderer.language import speech_choice
    from renderer.library import load_dream
    from renderer.mapping import analyze
    from renderer.narration import create_narrator
    from renderer.timeline import build_timeline, render_timeline_table, timeline_to_json

    plan = analyze(load_dream(args.dream))
    choice = speech_choice(plan.dream.language, args.narrator, args.voice)
    if choice.note:
        print(f"reverie: {choice.note}", file=sys.stderr)
    narrator = create_narrator(
        choice.narrator, voice=choice.voice, rate=args.rate, volume=args.volume
    )
    timeline = build_timeline(plan, narrator)
    if args.json:
        json.dump(timeline_to_json(timeline), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(render_timeline_table(timeline))
    return 0
