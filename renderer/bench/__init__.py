"""Benchmarks (`reverie bench`): the mapper, the renderer, narration and mixdown, export, the
look of the pictures, and (only when asked) the screensaver's memory over a long run.

A part is a name (also its command-line flag), a function that measures and returns a JSON
object, and a function that formats that object as text. To add one, append a BenchPart to
PARTS; renderer/commands/bench.py runs the parts asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class BenchSettings:
    size: tuple[int, int] = (1280, 720)  # the renderer's output size
    frames: int = 60  # frames per measurement
    minutes: float = 30.0  # how long a timed part (the soak) runs


@dataclass(frozen=True)
class BenchPart:
    name: str  # the flag (--NAME) and the key in the combined JSON
    help: str
    run: Callable[[BenchSettings], dict[str, Any]]
    text: Callable[[dict[str, Any]], str]
    timed: bool = False  # its flag takes MINUTES to run for; it runs only when asked


def _mapper(settings: BenchSettings) -> dict[str, Any]:
    from renderer.bench.mapper import bench_mapper

    del settings
    return bench_mapper()


def _mapper_text(result: dict[str, Any]) -> str:
    return "\n".join(f"{key}: {value}" for key, value in result.items())


def _gfx(settings: BenchSettings) -> dict[str, Any]:
    from renderer.bench.gfx import bench_gfx

    return bench_gfx(settings.size, settings.frames)


def _gfx_text(result: dict[str, Any]) -> str:
    from renderer.bench.gfx import format_gfx

    return format_gfx(result)


def _audio(settings: BenchSettings) -> dict[str, Any]:
    from renderer.bench.audio import bench_audio
    from renderer.bench.narration import bench_narration

    del settings
    return {"narration": bench_narration(), "mixdown": bench_audio()}


def _audio_text(result: dict[str, Any]) -> str:
    from renderer.bench.audio import format_audio
    from renderer.bench.narration import format_narration

    return format_narration(result["narration"]) + "\n" + format_audio(result["mixdown"])


def _export(settings: BenchSettings) -> dict[str, Any]:
    from renderer.bench.export import bench_export

    return bench_export(settings.size, settings.frames)


def _export_text(result: dict[str, Any]) -> str:
    from renderer.bench.export import format_export

    return format_export(result)


def _look(settings: BenchSettings) -> dict[str, Any]:
    from renderer.bench.look import bench_look

    return bench_look(settings.size)


def _look_text(result: dict[str, Any]) -> str:
    from renderer.bench.look import format_look

    return format_look(result)


def _soak(settings: BenchSettings) -> dict[str, Any]:
    from renderer.bench.soak import bench_soak

    return bench_soak(settings.minutes)


def _soak_text(result: dict[str, Any]) -> str:
    from renderer.bench.soak import format_soak

    return format_soak(result)


PARTS: tuple[BenchPart, ...] = (
    BenchPart("mapper", "only the scene mapper", _mapper, _mapper_text),
    BenchPart("gfx", "only the shader layers and scenes", _gfx, _gfx_text),
    BenchPart("audio", "only narration and mixdown", _audio, _audio_text),
    BenchPart("export", "only video export", _export, _export_text),
    BenchPart("look", "only the pictures' hue spread, darks and lights", _look, _look_text),
    BenchPart("soak", "only the screensaver's memory over MINUTES (not run by default)",
              _soak, _soak_text, timed=True),
)
