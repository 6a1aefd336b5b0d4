"""`reverie bench --export`: how fast a piece of a dream exports (wall time vs video time),
and where the time goes (rendering + readback vs waiting for the encoder)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

BENCH_DREAM = "default"


def bench_export(
    size: tuple[int, int] = (1280, 720), frames: int = 60, fps: float = 30.0, scale: float = 1.0
) -> dict[str, Any]:
    """Export `frames` frames of the default dream's middle to a temporary .mp4 (silent
    narrator, ambience on, no captions) and report the speed."""
    import io

    from renderer.export.ffmpeg import find_ffmpeg
    from renderer.export.job import ExportOptions, build_export_timeline, export
    from renderer.pipeline import VoiceChoice

    silent = VoiceChoice("silent")
    with tempfile.TemporaryDirectory(prefix="reverie-bench-") as folder:
        probe = ExportOptions(BENCH_DREAM, Path(folder) / "bench.mp4", voice=silent)
        middle = build_export_timeline(probe).duration / 2
        options = ExportOptions(
            BENCH_DREAM,
            Path(folder) / "bench.mp4",
            size=size,
            fps=fps,
            start=middle,
            end=middle + frames / fps,
            captions="none",
            voice=silent,
            scale=scale,
        )
        result = export(options, log=io.StringIO(), tty=False)
    t = result.timings
    per = 1000.0 / max(result.frames, 1)
    return {
        "size": f"{size[0]}x{size[1]}",
        "fps": fps,
        "scale": scale,
        "frames": result.frames,
        "video_s": round(result.duration, 3),
        "encode_wall_s": round(t["frames"] + t["finish"], 3),
        "speed": round(result.speed, 3),
        "render_ms_per_frame": round(t["render"] * per, 2),
        "encode_wait_ms_per_frame": round(t["waited"] * per, 2),
        "encode_cpu_ms_per_frame": round(t["encode_cpu"] * per, 2),
        "ffmpeg_finish_s": round(t["finish"], 3),
        "ffmpeg": find_ffmpeg(".mp4").label,
    }


def format_export(result: dict[str, Any]) -> str:
    return (
        f"export {result['size']} @ {result['fps']:g} fps, scale {result['scale']:g}: "
        f"{result['frames']} frames ({result['video_s']:.1f} s of video) in "
        f"{result['encode_wall_s']:.1f} s = {result['speed']:.2f}x realtime "
        f"(>= 1 keeps up)\n"
        f"render {result['render_ms_per_frame']:.1f} ms/frame incl. readback, "
        f"encoder wait {result['encode_wait_ms_per_frame']:.1f} ms/frame, "
        f"ffmpeg CPU {result['encode_cpu_ms_per_frame']:.1f} ms/frame, "
        f"ffmpeg finish {result['ffmpeg_finish_s']:.2f} s\n"
        f"ffmpeg {result['ffmpeg']}"
    )
