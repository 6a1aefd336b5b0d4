"""`reverie timeline DREAM [--json]`: when each sentence, word and motif cue happens."""

from __future__ import annotations

import argparse
import json
import sys

from renderer.commands.options import add_voice_arguments, voice_choice

HELP = "show the narration timeline of a dream (sentences, words, motif cues)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dream", help="a text file, or the name of a bundled dream")
    parser.add_argument("--json", action="store_true", help="print the JSON timeline")
    add_voice_arguments(parser)
    parser.add_argument("--volume", type=float, default=None, help="narrator volume, 0..1")


def run(args: argparse.Namespace) -> int:
    from renderer.pipeline import dream_timeline
    from renderer.timeline import render_timeline_table, timeline_to_json

    timeline = dream_timeline(args.dream, voice_choice(args))
    if args.json:
        json.dump(timeline_to_json(timeline), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(render_timeline_table(timeline))
    return 0
