"""`reverie bench`: runs the benchmark parts and prints them as text or one JSON object.

A part is a name (also its command-line flag), a function that measures and returns a JSON
object, and a function that formats that object as text. To add one, append a BenchPart to
PARTS; with no flag given every part runs, and the combined JSON keys results by part name.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass

from renderer.errors import ReverieError


@dataclass(frozen=True)
class BenchPart:
    name: str  # the flag (--NAME) and the key in the combined JSON
    run: Callable[[argparse.Namespace], dict]
    text: Callable[[dict], str]


def _mapper(args: argparse.Namespace) -> dict:
    from renderer.mapping.bench import bench_mapper

    del args
    return bench_mapper()


def _mapper_text(result: dict) -> str:
    return "\n".join(f"{key}: {value}" for key, value in result.items())


def _gfx(args: argparse.Namespace) -> dict:
    from renderer.gfx.bench import bench_gfx
    from renderer.gfx.still import parse_size

    return bench_gfx(parse_size(args.size), args.frames)


def _gfx_text(result: dict) -> str:
    from renderer.gfx.bench import format_gfx

    return format_gfx(result)


def _audio(args: argparse.Namespace) -> dict:
    from renderer.audio.bench import bench_audio
    from renderer.narration.bench import bench_narration

    del args
    return {"narration": bench_narration(), "mixdown": bench_audio()}


def _audio_text(result: dict) -> str:
    from renderer.audio.bench import format_audio
    from renderer.narration.bench import format_narration

    return format_narration(result["narration"]) + "\n" + format_audio(result["mixdown"])


def _export(args: argparse.Namespace) -> dict:
    from renderer.export.bench import bench_export
    from renderer.gfx.still import parse_size

    return bench_export(parse_size(args.size), args.frames)


def _export_text(result: dict) -> str:
    from renderer.export.bench import format_export

    return format_export(result)


PARTS: list[BenchPart] = [
    BenchPart("mapper", _mapper, _mapper_text),
    BenchPart("gfx", _gfx, _gfx_text),
    BenchPart("audio", _audio, _audio_text),
    BenchPart("export", _export, _export_text),
]


def selected_parts(args: argparse.Namespace) -> list[BenchPart]:
    """The parts named by flags, or all of them when none is."""
    flags = ("mapper", "gfx", "audio", "export")
    wanted = [name for name in flags if getattr(args, name, False)]
    known = {part.name: part for part in PARTS}
    missing = [name for name in wanted if name not in known]
    if missing:
        raise ReverieError(
            f"no benchmark for {', '.join(missing)} yet (available: {', '.join(known)})"
        )
    return [known[name] for name in wanted] if wanted else list(PARTS)


def run_benchmarks(args: argparse.Namespace) -> int:
    """Run the selected parts; one part with --json prints exactly that part's object."""
    if args.frames < 1:
        raise ReverieError(f"--frames must be at least 1, got {args.frames}")
    parts = selected_parts(args)
    results = {}
    for part in parts:
        results[part.name] = part.run(args)
        if not args.json:
            print(f"== {part.name} ==")
            print(part.text(results[part.name]), flush=True)
    if args.json:
        payload = results[parts[0].name] if len(parts) == 1 else results
        print(json.dumps(payload, indent=2))
    return 0
