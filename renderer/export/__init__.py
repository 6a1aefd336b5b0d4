"""Export: a dream as an .mp4 / .webm video (or .wav audio) with narration, ambience and
captions. `export(options)` does one; `run_export(args)` is the `reverie export` command;
`bench_export()` measures speed for `reverie bench --export`."""

from renderer.export.bench import bench_export, format_export
from renderer.export.job import ExportOptions, ExportResult, export, run_export

__all__ = ["ExportOptions", "ExportResult", "bench_export", "export", "format_export", "run_export"]
