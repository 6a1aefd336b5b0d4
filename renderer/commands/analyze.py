"""`reverie analyze DREAM [--json]`: the imagery, palette and mood the mapper finds."""

from __future__ import annotations

import argparse
import json
import sys

HELP = "show the imagery, motifs, palette and mood found in a dream"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dream", help="a text file, or the name of a bundled dream")
    parser.add_argument("--json", action="store_true", help="print the JSON scene plan")


def run(args: argparse.Namespace) -> int:
    from renderer import pipeline

    dream = pipeline.load(args.dream)  # bad input fails here, before the mapper loads

    from renderer.mapping.report import plan_to_json, render_table
    from renderer.spelling import dream_corrections

    plan = pipeline.plan(dream)
    script = pipeline.direct(plan)
    fixes = dream_corrections(dream)
    if args.json:
        report = plan_to_json(plan, script)
        report["language"] = dream.language
        report["corrections"] = [
            {"start": f.start, "end": f.end, "text": f.written, "read_as": f.read_as}
            for f in fixes
        ]
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(render_table(plan, script, color=sys.stdout.isatty()))
        print(f"\nlanguage: {dream.language}")
        if fixes:
            print("read aloud as: " + ", ".join(f"{f.written} -> {f.read_as}" for f in fixes))
    return 0
