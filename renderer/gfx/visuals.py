"""The visuals registry: which layer program draws which motif (assets/visuals/*.toml).

Each file may declare layers and motifs; the loader merges all files and checks them:
    [layers.NAME]  stage = "background", reads_scene = false   # shaders/layers/NAME.glsl
                   resolution = 0.25        # optional: 0.25 | 0.5 (default)
                   sprites = 2048           # optional: drawn as that many quads, not one
                                            # full-screen triangle (see lib/sky_fullscreen.glsl)
                   surface = true           # optional: open water to a horizon at u_params.x
                   ground = true            # optional: stands on the land, so it moves to the
                                            # far shore of a surface (lib/land_shore.glsl)
    [motifs.M]     layer = "NAME", params = [a, b, c, d]       # -> u_params
                   priority = 0.5   # optional, 0..1 (default 1): accents yield draw slots
                   also = "NAME2"   # optional: a second program draws part of the motif
                                    # (its smooth part at a quarter size, say); one draw slot
    [motifs.M]     grade = true     # instead of a layer: post leans the picture's colour to
                                    # the sentence's tint by the motif's intensity (no pass)

Layers are drawn at half the internal resolution (per side), or at a quarter when smooth
enough (skies, mist, glows); post upsamples them (see compositor.py). A layer that reads the
scene is drawn at half.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from renderer import paths
from renderer.errors import ReverieError

STAGES = ("background", "midground", "foreground", "particles", "effects")
RESOLUTIONS = (0.25, 0.5)
MAX_SPRITES = 65_536


@dataclass(frozen=True)
class LayerSpec:
    name: str  # shaders/layers/NAME.glsl
    stage: str
    reads_scene: bool
    order: int  # the stage's index, then declaration order: the drawing order
    source: Path  # the visuals file that declared it
    resolution: float = 0.5  # drawn at this fraction of the internal size (per side)
    sprites: int = 0  # quads placed by the vertex stage; 0: one full-screen triangle
    surface: bool = False  # open water to a horizon at params[0]: ground layers move behind
    ground: bool = False  # a land layer standing on the ground (lib/land_shore.glsl)

    @property
    def vertices(self) -> int:
        """How many vertices one draw of the layer takes (gl_VertexID 0..vertices-1): two
        triangles per sprite, or for the whole layer (lib/quad.glsl)."""
        return 6 * max(self.sprites, 1)

    @property
    def program(self) -> str:
        return f"layers/{self.name}"


@dataclass(frozen=True)
class MotifVisual:
    motif: str
    layer: str | None  # None: a grade motif, drawn by post (no layer)
    params: tuple[float, float, float, float]
    source: Path
    priority: float = 1.0  # ranks draws as intensity * priority when slots are short
    also: str | None = None  # a second layer drawing part of the motif, with the same params

    @property
    def layer_names(self) -> tuple[str, ...]:
        return tuple(name for name in (self.layer, self.also) if name is not None)

    @property
    def is_grade(self) -> bool:
        return self.layer is None


@dataclass(frozen=True)
class Visuals:
    layers: dict[str, LayerSpec]
    motifs: dict[str, MotifVisual]

    def layers_of(self, motif: str) -> tuple[LayerSpec, ...]:
        """The layers that draw a motif (none when it has no visual)."""
        visual = self.motifs.get(motif)
        return () if visual is None else tuple(self.layers[n] for n in visual.layer_names)

    def typical_motif(self, layer: str) -> str | None:
        """The first motif drawn by a layer (alphabetically), e.g. for benchmarks."""
        names = sorted(m for m, v in self.motifs.items() if layer in v.layer_names)
        return names[0] if names else None


def _fail(file: Path, message: str) -> ReverieError:
    return ReverieError(f"{file}: {message}")


def _params(file: Path, motif: str, raw: object) -> tuple[float, float, float, float]:
    if raw is None:
        return (0.0, 0.0, 0.0, 0.0)
    if (
        not isinstance(raw, list)
        or len(raw) > 4
        or not all(isinstance(x, int | float) and not isinstance(x, bool) for x in raw)
    ):
        raise _fail(file, f"motifs.{motif}.params must be a list of up to 4 numbers")
    values = [float(x) for x in raw] + [0.0] * (4 - len(raw))
    return (values[0], values[1], values[2], values[3])


def load_visuals(folder: Path | None = None) -> Visuals:
    """Merge every *.toml in assets/visuals (or `folder`) into one checked registry."""
    folder = folder or paths.assets_dir() / "visuals"
    files = sorted(folder.glob("*.toml"))
    layers: dict[str, LayerSpec] = {}
    motifs: dict[str, MotifVisual] = {}
    pending: list[tuple[Path, str, dict]] = []
    count = 0
    for file in files:
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise _fail(file, f"cannot read visuals ({error})") from None
        unknown = set(data) - {"layers", "motifs"}
        if unknown:
            raise _fail(file, f"unknown table(s) {', '.join(sorted(unknown))}")
        for name, spec in data.get("layers", {}).items():
            if name in layers:
                raise _fail(file, f"layer {name!r} is also declared in {layers[name].source}")
            stage = spec.get("stage") if isinstance(spec, dict) else None
            if stage not in STAGES:
                raise _fail(
                    file, f"layer {name!r}: unknown stage {stage!r} (one of {', '.join(STAGES)})"
                )
            reads_scene = spec.get("reads_scene", False)
            if not isinstance(reads_scene, bool):
                raise _fail(file, f"layer {name!r}: reads_scene must be true or false")
            resolution = spec.get("resolution", 0.5)
            if isinstance(resolution, bool) or resolution not in RESOLUTIONS:
                raise _fail(file, f"layer {name!r}: resolution must be 0.25 or 0.5")
            if reads_scene and resolution != 0.5:
                raise _fail(file, f"layer {name!r}: reads_scene needs resolution 0.5")
            sprites = spec.get("sprites", 0)
            if isinstance(sprites, bool) or not isinstance(sprites, int):
                raise _fail(file, f"layer {name!r}: sprites must be a whole number")
            if not 0 <= sprites <= MAX_SPRITES:
                raise _fail(file, f"layer {name!r}: sprites must be 0..{MAX_SPRITES}")
            surface, ground = spec.get("surface", False), spec.get("ground", False)
            if not isinstance(surface, bool) or not isinstance(ground, bool):
                raise _fail(file, f"layer {name!r}: surface and ground must be true or false")
            order = STAGES.index(stage) * 10_000 + count
            count += 1
            layers[name] = LayerSpec(
                name, stage, reads_scene, order, file, float(resolution), sprites, surface, ground
            )
        for motif, spec in data.get("motifs", {}).items():
            if not isinstance(spec, dict):
                raise _fail(file, f"motifs.{motif} must be a table")
            pending.append((file, motif, spec))
    for file, motif, spec in pending:
        if motif in motifs:
            raise _fail(file, f"motif {motif!r} is also mapped in {motifs[motif].source}")
        layer, grade = spec.get("layer"), spec.get("grade", False)
        if grade is not False and (grade is not True or layer is not None or "also" in spec):
            raise _fail(file, f"motif {motif!r}: grade = true stands alone, without a layer")
        if not grade and layer not in layers:
            raise _fail(file, f"motif {motif!r}: unknown layer {layer!r}")
        priority = spec.get("priority", 1.0)
        if not isinstance(priority, int | float) or not 0.0 < priority <= 1.0:
            raise _fail(file, f"motif {motif!r}: priority must be a number in (0, 1]")
        also = spec.get("also")
        if also is not None and (also not in layers or also == layer):
            raise _fail(file, f"motif {motif!r}: 'also' must name another layer, not {also!r}")
        params = _params(file, motif, spec.get("params"))
        if layer in layers and layers[layer].surface and not 0.0 < params[0] < 1.0:
            raise _fail(file, f"motif {motif!r}: a surface layer's params[0] is its horizon (0..1)")
        motifs[motif] = MotifVisual(motif, layer, params, file, float(priority), also)
    return Visuals(layers, motifs)
