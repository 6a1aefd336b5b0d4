"""`reverie still`: render one frame (or a contact sheet) of a dream to a PNG.

The frame at --at T is the one playback shows at T: the same pipeline builds the timeline,
with the same narrator (your settings, or --narrator/--voice/--rate)."""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from renderer.commands.options import add_voice_arguments, parse_size, voice_choice
from renderer.errors import ReverieError

if TYPE_CHECKING:
    import numpy as np

    from renderer.frame import FrameState
    from renderer.gfx.compositor import Compositor
    from renderer.gfx.shaders import ShaderLibrary
    from renderer.output.driver import FrameDriver
    from renderer.output.pixels import PixelSink
    from renderer.timeline import Timeline

HELP = "render a frame of a dream's scene to a PNG file"
MOTIF_INTENSITY = 0.8
MOTIF_TIME = 10.0  # seconds, for --motifs without a dream
CELL = (320, 180)  # a contact sheet's cell


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dream", nargs="?", help="a text file, or the name of a bundled dream")
    parser.add_argument("--at", type=float, default=None, help="time in seconds")
    parser.add_argument("--motifs", default=None, help="comma-separated motifs, e.g. nebula,river")
    parser.add_argument("--sheet", action="store_true", help="one frame per sentence, in a grid")
    parser.add_argument("--size", default="1280x720", help="WxH (default 1280x720)")
    parser.add_argument("--seed", type=int, default=None, help="override the dream's seed")
    parser.add_argument("-o", "--output", required=True, help="the PNG file to write")
    parser.add_argument(
        "--watch", action="store_true", help="re-render when shaders or visuals change"
    )
    add_voice_arguments(parser)


def motif_state(
    motifs: list[str], timeline: Timeline | None, seed: int | None, t: float | None
) -> FrameState:
    """Chosen motifs at MOTIF_INTENSITY over a dream's palette (or the default calm one)."""
    from renderer.frame import FrameState
    from renderer.mapping.palette import hex_to_rgb
    from renderer.timeline import DEFAULT_PALETTE

    if timeline is not None:
        base = timeline.state_at(timeline.duration / 2 if t is None else t)
        return replace(
            base,
            intensities=dict.fromkeys(motifs, MOTIF_INTENSITY),
            outside=frozenset(),
            fade=1.0,
            seed=base.seed if seed is None else seed,
        )
    return FrameState(
        time=MOTIF_TIME if t is None else t,
        intensities=dict.fromkeys(motifs, MOTIF_INTENSITY),
        palette=tuple(hex_to_rgb(c) for c in DEFAULT_PALETTE),
        valence=0.3,
        arousal=0.25,
        seed=0 if seed is None else seed,
    )


def _split_motifs(text: str, known: set[str]) -> list[str]:
    motifs = [m.strip().lower() for m in text.split(",") if m.strip()]
    if not motifs:
        raise ReverieError("--motifs needs at least one motif name, e.g. --motifs nebula,river")
    unknown = [m for m in motifs if m not in known]
    if unknown:
        raise ReverieError(
            f"unknown motif(s) {', '.join(unknown)}; valid motifs: {', '.join(sorted(known))}"
        )
    return motifs


def _seeded(state: FrameState, seed: int | None) -> FrameState:
    return state if seed is None else replace(state, seed=seed)


def sheet_times(timeline: Timeline) -> list[tuple[int, float]]:
    """(sentence index, time at its midpoint) for every spoken sentence."""
    return [(s.index, (s.start + s.end) / 2) for s in timeline.sentences]


def snapshot(driver: FrameDriver, sink: PixelSink, state: FrameState) -> np.ndarray:
    """One isolated frame of `state` as pixels."""
    driver.compositor.reset()
    driver.render(state, sink)
    assert sink.pixels is not None
    return sink.pixels


def contact_sheet(
    driver: FrameDriver, sink: PixelSink, frames: list[tuple[str, FrameState]], columns: int = 4
) -> np.ndarray:
    """Frames in a grid of sink-sized cells, each labelled in its corner."""
    import numpy as np
    from PIL import Image, ImageDraw

    w, h = sink.output.size
    columns = max(1, min(columns, len(frames)))
    rows = math.ceil(len(frames) / columns)
    gap = 4
    sheet = Image.new("RGB", (columns * (w + gap) + gap, rows * (h + gap) + gap), (8, 8, 12))
    draw = ImageDraw.Draw(sheet)
    for i, (label, state) in enumerate(frames):
        x = gap + (i % columns) * (w + gap)
        y = gap + (i // columns) * (h + gap)
        sheet.paste(Image.fromarray(snapshot(driver, sink, state)), (x, y))
        box = draw.textbbox((x + 5, y + 4), label)
        draw.rectangle((box[0] - 3, box[1] - 2, box[2] + 3, box[3] + 2), fill=(0, 0, 0))
        draw.text((x + 5, y + 4), label, fill=(235, 235, 240))
    return np.asarray(sheet)


def _check_output(path: str) -> Path:
    out = Path(path).expanduser()
    if out.is_dir():
        raise ReverieError(f"-o {path} is a folder; give a file name such as frame.png")
    if not out.parent.exists():
        raise ReverieError(f"-o {path}: the folder {out.parent} does not exist")
    if out.suffix.lower() != ".png":
        raise ReverieError(f"-o {path}: stills are PNG files; use a .png name")
    return out


def run(args: argparse.Namespace) -> int:
    from renderer import pipeline
    from renderer.gfx.context import create_headless_context
    from renderer.gfx.visuals import load_visuals
    from renderer.output.driver import FrameDriver
    from renderer.output.pixels import PixelSink, save_png

    out = _check_output(args.output)
    size = parse_size(args.size)
    if not args.dream and not args.motifs:
        raise ReverieError("give a DREAM (name or file) or --motifs, e.g. --motifs nebula,river")
    if args.sheet and not args.dream:
        raise ReverieError("--sheet needs a DREAM: one frame per sentence of it")
    if args.at is not None and (not math.isfinite(args.at) or args.at < 0):
        raise ReverieError(f"--at must be a time in seconds >= 0, got {args.at}")
    visuals = load_visuals()
    motifs = _split_motifs(args.motifs, set(visuals.motifs)) if args.motifs else None
    timeline = None
    if args.dream:  # a frame at --at needs only the sentences spoken before it
        until = None if args.sheet else args.at
        timeline = pipeline.dream_timeline(args.dream, voice_choice(args), until=until)
    if timeline is not None and args.at is not None and args.at > timeline.duration:
        raise ReverieError(
            f"--at {args.at:g} s is past the end of the dream ({timeline.duration:.1f} s)"
        )

    ctx = create_headless_context()
    cell = CELL if args.sheet else size
    compositor = pipeline.create_compositor(ctx, cell, visuals=visuals)
    driver = FrameDriver(compositor, strict=True)
    sink = PixelSink(ctx, cell)

    def state_at(t: float | None) -> FrameState:
        if motifs is not None:
            return motif_state(motifs, timeline, args.seed, t)
        assert timeline is not None
        return _seeded(timeline.state_at(timeline.duration / 2 if t is None else t), args.seed)

    def render() -> None:
        if args.sheet:
            assert timeline is not None
            frames = [(f"{index}", state_at(t)) for index, t in sheet_times(timeline)]
            pixels = contact_sheet(driver, sink, frames)
        else:
            pixels = snapshot(driver, sink, state_at(args.at))
        save_png(pixels, str(out))

    render()
    print(f"wrote {out}")
    if getattr(args, "watch", False):
        _watch(compositor.library, compositor, render, out)
    return 0


def _watch(
    library: ShaderLibrary, compositor: Compositor, render: Callable[[], None], out: Path
) -> None:
    """Re-render whenever a shader or a visuals file changes (until Ctrl-C)."""
    from renderer import paths
    from renderer.gfx.visuals import load_visuals

    def visuals_mtimes() -> dict[Path, float]:
        return {f: f.stat().st_mtime for f in (paths.assets_dir() / "visuals").glob("*.toml")}

    seen = visuals_mtimes()
    print("watching shaders/ and assets/visuals/ for changes (Ctrl-C to stop)")
    while True:
        time.sleep(0.5)
        changed = bool(library.reload_changed())
        if visuals_mtimes() != seen:
            seen = visuals_mtimes()
            try:
                compositor.visuals = load_visuals()
                changed = True
            except ReverieError as error:
                print(f"reverie: {error}")
        if changed:
            compositor.reset()
            render()
            print(f"wrote {out}")
