"""`reverie still`: one frame of a dream (or of chosen motifs), or a contact sheet, as a PNG."""

from __future__ import annotations

import argparse
import math
import re
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from renderer.errors import ReverieError
from renderer.frame import FrameState

if TYPE_CHECKING:
    import numpy as np

    from renderer.gfx.compositor import OffscreenRenderer
    from renderer.timeline import Timeline

MOTIF_INTENSITY = 0.8
MOTIF_TIME = 10.0  # seconds, for --motifs without a dream
CELL = (320, 180)  # a contact sheet's cell
MAX_SIDE = 8192


def parse_size(text: str) -> tuple[int, int]:
    """'1280x720' -> (1280, 720); anything else is a one-line ReverieError."""
    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text or "")
    if match is None:
        raise ReverieError(f"--size must look like 1280x720, got {text!r}")
    w, h = int(match.group(1)), int(match.group(2))
    if not (8 <= w <= MAX_SIDE and 8 <= h <= MAX_SIDE):
        raise ReverieError(f"--size {w}x{h} is out of range (each side 8..{MAX_SIDE})")
    return w, h


def dream_timeline(spec: str) -> Timeline:
    """The real timeline of a dream at the silent narrator's natural reading pace."""
    from renderer.library import load_dream
    from renderer.mapping import analyze
    from renderer.narration import create_narrator
    from renderer.timeline import build_timeline

    return build_timeline(analyze(load_dream(spec)), create_narrator("silent"))


def motif_state(
    motifs: list[str], timeline: Timeline | None, seed: int | None, t: float | None
) -> FrameState:
    """Chosen motifs at MOTIF_INTENSITY over a dream's palette (or the default calm one)."""
    from renderer.timeline import DEFAULT_PALETTE, hex_to_rgb

    if timeline is not None:
        base = timeline.state_at(timeline.duration / 2 if t is None else t)
        return replace(
            base,
            intensities=dict.fromkeys(motifs, MOTIF_INTENSITY),
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


def contact_sheet(
    renderer: OffscreenRenderer, frames: list[tuple[str, FrameState]], columns: int = 4
) -> np.ndarray:
    """Frames in a grid of renderer-sized cells, each labelled in its corner."""
    import numpy as np
    from PIL import Image, ImageDraw

    w, h = renderer.compositor.size
    columns = max(1, min(columns, len(frames)))
    rows = math.ceil(len(frames) / columns)
    gap = 4
    sheet = Image.new("RGB", (columns * (w + gap) + gap, rows * (h + gap) + gap), (8, 8, 12))
    draw = ImageDraw.Draw(sheet)
    for i, (label, state) in enumerate(frames):
        renderer.compositor.reset()
        x = gap + (i % columns) * (w + gap)
        y = gap + (i // columns) * (h + gap)
        sheet.paste(Image.fromarray(renderer.render(state)), (x, y))
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


def run_still(args: argparse.Namespace) -> int:
    """The `reverie still` command."""
    from renderer.gfx.compositor import Compositor, OffscreenRenderer, save_png
    from renderer.gfx.context import create_headless_context
    from renderer.gfx.shaders import ShaderLibrary
    from renderer.gfx.visuals import load_visuals

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
    timeline = dream_timeline(args.dream) if args.dream else None

    ctx = create_headless_context()
    library = ShaderLibrary(ctx)
    compositor = Compositor(ctx, library, visuals, CELL if args.sheet else size)
    renderer = OffscreenRenderer(compositor)

    def render() -> None:
        if args.sheet:
            assert timeline is not None
            frames = [
                (f"{index}", _seeded(timeline.state_at(t), args.seed))
                if motifs is None
                else (f"{index}", motif_state(motifs, timeline, args.seed, t))
                for index, t in sheet_times(timeline)
            ]
            pixels = contact_sheet(renderer, frames)
        elif motifs is not None:
            pixels = renderer.render(motif_state(motifs, timeline, args.seed, args.at))
        else:
            assert timeline is not None
            t = timeline.duration / 2 if args.at is None else args.at
            pixels = renderer.render(_seeded(timeline.state_at(t), args.seed))
        if broken := [name for name in library.failures if name.startswith("post/")]:
            raise ReverieError(f"{broken[0]} does not compile: the picture would be black")
        save_png(pixels, str(out))

    render()
    print(f"wrote {out}")
    if getattr(args, "watch", False):
        _watch(library, compositor, render, out)
    return 0


def _watch(library, compositor, render, out: Path) -> None:  # noqa: ANN001
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
