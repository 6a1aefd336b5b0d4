"""The look of the pictures, measured on stills at sentence midpoints: how many hues a frame
holds, how dark its darks and how bright its lights are.

- hue spread: 1 - the mean resultant length of the hues of the saturated pixels (HSV
  saturation > 0.2, value > 0.1); 0 for one tint, up to 1 for hues all round the wheel.
- dark and bright: the 5th and 95th percentiles of the frame's luma, 0..255.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from renderer.timeline import Timeline

LUMA = np.array([0.2126, 0.7152, 0.0722])
MIN_SATURATION, MIN_VALUE = 0.2, 0.1
STILLS_PER_DREAM = 3


@dataclass(frozen=True)
class Look:
    hue_spread: float  # 0..1
    dark: float  # the 5th percentile of luma, 0..255
    bright: float  # the 95th percentile of luma, 0..255


def measure(pixels: np.ndarray) -> Look:
    """The look of an (h, w, 3) uint8 sRGB frame."""
    rgb = pixels.reshape(-1, 3).astype(np.float64) / 255.0
    top, low = rgb.max(axis=1), rgb.min(axis=1)
    saturation = np.where(top > 0, (top - low) / np.maximum(top, 1e-9), 0.0)
    keep = (saturation > MIN_SATURATION) & (top > MIN_VALUE)
    spread = 0.0
    if keep.any():
        angle = hue_angles(rgb[keep])
        spread = 1.0 - float(np.hypot(np.cos(angle).mean(), np.sin(angle).mean()))
    luma = rgb @ LUMA * 255.0
    dark, bright = np.percentile(luma, [5, 95])
    return Look(round(spread, 4), round(float(dark), 1), round(float(bright), 1))


def hue_angles(rgb: np.ndarray) -> np.ndarray:
    """The HSV hue of (n, 3) RGB rows in radians (rows must not be grey)."""
    r, g, b = rgb[:, 0], rgb[:, 1], rgb[:, 2]
    return np.asarray(np.arctan2(np.sqrt(3.0) * (g - b), 2.0 * r - g - b))


def midpoints(timeline: Timeline, count: int = STILLS_PER_DREAM) -> list[float]:
    """The midpoints of `count` sentences spread over the dream (its 1/6, 3/6, 5/6 points)."""
    sentences = timeline.sentences
    picks = sorted({int(len(sentences) * (2 * k + 1) / (2 * count)) for k in range(count)})
    return [(sentences[i].start + sentences[i].end) / 2 for i in picks]


def summarize(looks: list[Look]) -> dict[str, Any]:
    """Medians over stills, and how many stills show almost one hue (spread < 0.05)."""
    return {
        "stills": len(looks),
        "median_hue_spread": round(statistics.median(x.hue_spread for x in looks), 4),
        "one_tint_stills": sum(x.hue_spread < 0.05 for x in looks),
        "median_dark": statistics.median(x.dark for x in looks),
        "median_bright": statistics.median(x.bright for x in looks),
    }


def bench_look(size: tuple[int, int]) -> dict[str, Any]:
    """The look of every bundled dream at its sentence midpoints (silent narration times)."""
    from renderer import pipeline
    from renderer.commands.still import snapshot
    from renderer.gfx.context import create_headless_context
    from renderer.output.driver import FrameDriver
    from renderer.output.pixels import PixelSink
    from renderer.paths import seeds_dir

    ctx = create_headless_context()
    compositor = pipeline.create_compositor(ctx, size)
    driver = FrameDriver(compositor, strict=True)
    sink = PixelSink(ctx, size)
    stills: dict[str, list[dict[str, Any]]] = {}
    looks: list[Look] = []
    for dream in sorted(seeds_dir().glob("*.txt")):
        timeline = pipeline.dream_timeline(str(dream), pipeline.VoiceChoice("silent"))
        for t in midpoints(timeline):
            look = measure(snapshot(driver, sink, timeline.state_at(t)))
            looks.append(look)
            stills.setdefault(dream.stem, []).append({"at": round(t, 2), **asdict(look)})
    return {"size": list(size), "summary": summarize(looks), "stills": stills}


def format_look(result: dict[str, Any]) -> str:
    lines = [
        f"{name} at {s['at']:.1f} s: hue spread {s['hue_spread']:.3f}, "
        f"dark {s['dark']:.0f}, bright {s['bright']:.0f}"
        for name, stills in result["stills"].items()
        for s in stills
    ]
    summary = result["summary"]
    lines.append(
        f"{summary['stills']} stills at {result['size'][0]}x{result['size'][1]}: "
        f"median hue spread {summary['median_hue_spread']:.3f} "
        f"({summary['one_tint_stills']} under 0.05), median dark 5% "
        f"{summary['median_dark']:.0f}/255, median bright 5% {summary['median_bright']:.0f}/255"
    )
    return "\n".join(lines)
