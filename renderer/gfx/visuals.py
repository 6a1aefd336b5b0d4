"""The visuals registry: how each motif is drawn and heard (assets/visuals/*.toml).

Each file may declare layers and motifs; the loader merges all files and checks every table
(an unknown key is an error too):
    [layers.NAME]  stage = "background"     # one of STAGES: drawn by stage, then in file order
                   program = "land_figure"  # optional: shaders/layers/PROGRAM.glsl (default NAME)
                   defines = { LAND_KIND = 3, LAND_RECT = "vec4(0.0, 0.0, asp, 0.5)" }
                                            # optional: #defines that choose the program's
                                            # variant; an upper-case name each, set to a number
                                            # or to one line of GLSL
                   reads_scene = false      # optional: it samples the scene drawn behind it
                                            # (lib/scene_behind.glsl)
                   reads_box = [x0, y0, x1, y1]  # optional, with reads_scene: the part of
                                            # the screen (uv) it samples; its program gets
                                            # #define READS_BOX vec4(..)
                   resolution = 0.25        # optional: 0.25 | 0.5 (default)
                   sprites = 2048           # optional: drawn as that many quads, not one
                                            # full-screen triangle (see lib/sky_fullscreen.glsl)
                   surface = true           # optional: open water to a horizon at u_params.x
                   ground = true            # optional: stands on the land, so it moves to the
                                            # far shore of a surface (lib/land_shore.glsl)
                   floor = true             # optional: its picture has the floor things stand
                                            # on (an interior, the tops of a sea of clouds)
                   footing = true           # optional: the ground drawn under creatures; it
                                            # gives way to a floor, as do the near
                                            # silhouettes the ground layers call for
                   walls = true             # optional: an interior, whose walls hide the land
                   outdoors = true          # optional: land (or a flock) only out of doors:
                                            # drawn with walls, it is seen through their
                                            # windows (drawn behind them)
                   swims = true             # optional: a creature of the water: over open
                                            # water (a surface) it is seen in it, under the
                                            # horizon (lib/land_shore.glsl)
                   stream = true            # optional: water too narrow for land to stand
                                            # behind it (a river): where no open water is
                                            # drawn, the small creatures of the water swim in
                                            # its near reach
                   small = true             # optional, with swims: small enough for a stream
                   depth = 0.3              # optional: how near it lies for the camera's
                                            # drift, 0 (the sky, fixed) .. 1 (the nearest);
                                            # default by stage (STAGE_DEPTHS); 0 for a layer
                                            # that reads the scene (lib/camera.glsl)
                   near = "NAME3"           # optional: the near silhouette that frames the
                                            # picture when this layer is the strongest that
                                            # asks for one (a layer without motifs)
    [motifs.M]     layer = "NAME", params = [a, b, c, d]       # -> u_params
                   sound = { water = 1.0, rain = 0.4 }  # the ambient beds it sounds through
                                    # (renderer/audio/beds.py) with weights in (0, 1];
                                    # {} for silence; every motif has one
                   priority = 0.5   # optional, 0..1 (default 1): accents yield draw slots
                   also = "NAME2"   # optional: a second program draws part of the motif
                                    # (its smooth part at a quarter size, say); one draw slot
                   one = "NAME3"    # optional: the layer that draws it instead in a dream
                                    # that names only one of it (a lantern, not a sky of them)
    [motifs.M]     grade = true     # instead of a layer (with its sound): post leans the
                                    # picture's colour to the sentence's tint by the motif's
                                    # intensity (no pass)

Layers are drawn at half the internal resolution (per side), or at a quarter when smooth
enough (skies, mist, glows); post upsamples them (see compositor.py). A layer that reads the
scene is drawn at half.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from renderer import paths
from renderer.audio.beds import BEDS
from renderer.errors import ReverieError
from renderer.gfx.shaders import SHADER_STAGES, ProgramSpec

STAGES = ("background", "midground", "foreground", "particles", "effects")
RESOLUTIONS = (0.25, 0.5)
# a layer's depth for the camera by stage, unless it says (renderer/gfx/camera.py)
STAGE_DEPTHS = {
    "background": 0.0, "midground": 0.35, "foreground": 0.75, "particles": 0.5, "effects": 0.0
}  # fmt: skip
MAX_SPRITES = 65_536
LAYER_KEYS = (
    "stage", "program", "defines", "reads_scene", "reads_box", "resolution", "sprites", "surface",
    "ground", "depth", "near", "floor", "footing", "walls", "outdoors", "swims", "stream",
    "small",
)  # fmt: skip
MOTIF_KEYS = ("layer", "params", "sound", "priority", "also", "grade", "one")
FULL_BOX = (0.0, 0.0, 1.0, 1.0)
Box = tuple[float, float, float, float]
_PROGRAM = re.compile(r"[a-z0-9_]+")
_DEFINE = re.compile(r"(?!GL_)[A-Z][A-Z0-9_]*")  # GL_ names belong to OpenGL


@dataclass(frozen=True)
class LayerSpec:
    name: str
    stage: str
    reads_scene: bool
    order: int  # the stage's index, then declaration order: the drawing order
    source: Path  # the visuals file that declared it
    program: ProgramSpec  # "layers/NAME" compiled from shaders/layers/PROGRAM.glsl + defines
    resolution: float = 0.5  # drawn at this fraction of the internal size (per side)
    sprites: int = 0  # quads placed by the vertex stage; 0: one full-screen triangle
    surface: bool = False  # open water to a horizon at params[0]: ground layers move behind
    ground: bool = False  # a land layer standing on the ground (lib/land_shore.glsl)
    reads_box: Box = FULL_BOX  # the part of the screen (uv) a layer reading the scene samples
    depth: float = 0.0  # for the camera: 0 the sky (fixed) .. 1 the nearest (lib/camera.glsl)
    near: str | None = None  # the near framing silhouette this layer calls for (a layer)
    floor: bool = False  # its picture has the floor things stand on (an interior, cloud tops)
    footing: bool = False  # the ground under creatures, which gives way to a floor
    walls: bool = False  # an interior, whose walls hide the land outside but for its windows
    outdoors: bool = False  # land or a flock out of doors: with walls, seen through windows
    swims: bool = False  # a creature of the water: over open water, seen in it
    stream: bool = False  # narrow water (a river): small swimmers swim in its near reach
    small: bool = False  # a swimmer small enough for a stream

    @property
    def vertices(self) -> int:
        """How many vertices one draw of the layer takes (gl_VertexID 0..vertices-1): two
        triangles per sprite, or for the whole layer (lib/quad.glsl)."""
        return 6 * max(self.sprites, 1)


@dataclass(frozen=True)
class MotifVisual:
    motif: str
    layer: str | None  # None: a grade motif, drawn by post (no layer)
    params: tuple[float, float, float, float]
    source: Path
    sound: dict[str, float]  # ambient bed -> weight 0..1 (renderer/audio/soundmap.py)
    priority: float = 1.0  # ranks draws as intensity * priority when slots are short
    also: str | None = None  # a second layer drawing part of the motif, with the same params
    one: str | None = None  # the layer drawing it alone in a dream that names only one of it

    @property
    def layer_names(self) -> tuple[str, ...]:
        return tuple(name for name in (self.layer, self.also) if name is not None)

    def layers_drawn(self, single: bool) -> tuple[str, ...]:
        """The layers that draw it, as one thing when `single` (and it has a layer for that)."""
        return (self.one,) if single and self.one is not None else self.layer_names

    @property
    def is_grade(self) -> bool:
        return self.layer is None


@dataclass(frozen=True)
class Visuals:
    layers: dict[str, LayerSpec]
    motifs: dict[str, MotifVisual]

    def layers_of(self, motif: str, single: bool = False) -> tuple[LayerSpec, ...]:
        """The layers that draw a motif (none when it has no visual); `single`: in a dream
        that names only one of it."""
        visual = self.motifs.get(motif)
        return () if visual is None else tuple(self.layers[n] for n in visual.layers_drawn(single))

    def typical_motif(self, layer: str) -> str | None:
        """The first motif drawn by a layer (alphabetically; as many or as one), e.g. for
        benchmarks."""
        names = sorted(
            m for m, v in self.motifs.items() if layer in v.layer_names or layer == v.one
        )
        return names[0] if names else None

    def single_of(self, layer: str) -> frozenset[str]:
        """The motifs a layer draws only where the dream names one of them (FrameState.single
        to draw it)."""
        return frozenset(m for m, v in self.motifs.items() if v.one == layer)


def load_visuals(folder: Path | None = None) -> Visuals:
    """Merge every *.toml in assets/visuals (or `folder`) into one checked registry."""
    folder = folder or paths.assets_dir() / "visuals"
    files = [(file, _read(file)) for file in sorted(folder.glob("*.toml"))]
    layers: dict[str, LayerSpec] = {}
    for file, data in files:
        for name, spec in data.get("layers", {}).items():
            if name in layers:
                raise _fail(file, f"layer {name!r} is also declared in {layers[name].source}")
            layers[name] = _layer(file, name, spec, len(layers))
    motifs: dict[str, MotifVisual] = {}
    for file, data in files:
        for name, spec in data.get("motifs", {}).items():
            if name in motifs:
                raise _fail(file, f"motif {name!r} is also mapped in {motifs[name].source}")
            motifs[name] = _motif(file, name, spec, layers)
    for layer in layers.values():
        if layer.near is not None and layer.near not in layers:
            raise _fail(layer.source, f"layers.{layer.name}.near: unknown layer {layer.near!r}")
    return Visuals(layers, motifs)


def _fail(file: Path, message: str) -> ReverieError:
    return ReverieError(f"{file}: {message}")


def _read(file: Path) -> dict[str, dict[str, Any]]:
    """A visuals file's two tables, `layers` and `motifs`."""
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise _fail(file, f"cannot read visuals ({error})") from None
    unknown = set(data) - {"layers", "motifs"}
    if unknown:
        raise _fail(file, f"unknown table(s) {', '.join(sorted(unknown))}")
    for table in ("layers", "motifs"):
        if not isinstance(data.get(table, {}), dict):
            raise _fail(file, f"{table} must be a table of tables")
    return data


def _table(file: Path, where: str, raw: object, keys: tuple[str, ...]) -> dict[str, Any]:
    """`raw` (parsed TOML) as a table whose keys are all among `keys`."""
    if not isinstance(raw, dict):
        raise _fail(file, f"{where} must be a table")
    for key in raw:
        if key not in keys:
            raise _fail(file, f"{where}.{key}: unknown key (known: {', '.join(keys)})")
    return raw


def _layer(file: Path, name: str, raw: object, index: int) -> LayerSpec:
    """[layers.NAME]; `index` counts the layers declared before it (the drawing order)."""
    where = f"layers.{name}"
    spec = _table(file, where, raw, LAYER_KEYS)
    stage = spec.get("stage")
    if not isinstance(stage, str) or stage not in STAGES:
        raise _fail(file, f"{where}.stage: unknown stage {stage!r} (one of {', '.join(STAGES)})")
    reads_scene = spec.get("reads_scene", False)
    if not isinstance(reads_scene, bool):
        raise _fail(file, f"{where}.reads_scene must be true or false")
    resolution = spec.get("resolution", 0.5)
    if not isinstance(resolution, float) or resolution not in RESOLUTIONS:
        raise _fail(file, f"{where}.resolution must be 0.25 or 0.5")
    if reads_scene and resolution != 0.5:
        raise _fail(file, f"{where}: reads_scene needs resolution 0.5")
    sprites = _sprites(file, where, spec.get("sprites", 0))
    names = (
        "surface", "ground", "floor", "footing", "walls", "outdoors", "swims", "stream", "small"
    )  # fmt: skip
    flags = [spec.get(key, False) for key in names]
    if not all(isinstance(flag, bool) for flag in flags):
        raise _fail(file, f"{where}: {', '.join(names[:-1])} and {names[-1]} must be true or false")
    surface, ground, floor, footing, walls, outdoors, swims, stream, small = flags
    if small and not swims:
        raise _fail(file, f"{where}: only a layer that swims can be small")
    box = _reads_box(file, where, spec.get("reads_box"), reads_scene)
    defines = _defines(file, where, spec.get("defines", {}))
    if reads_scene:
        defines += (("READS_BOX", "vec4({}, {}, {}, {})".format(*box)),)
    program = ProgramSpec(
        f"layers/{name}", f"layers/{_program_file(file, where, spec.get('program', name))}", defines
    )
    order = STAGES.index(stage) * 10_000 + index
    depth = spec.get("depth", 0.0 if reads_scene else STAGE_DEPTHS[stage])
    if isinstance(depth, bool) or not isinstance(depth, int | float) or not 0 <= depth <= 1:
        raise _fail(file, f"{where}.depth must be a number in 0..1")
    if reads_scene and depth != 0:
        raise _fail(file, f"{where}: a layer that reads the scene stays at depth 0")
    near = spec.get("near")
    if near is not None and (not isinstance(near, str) or not _PROGRAM.fullmatch(near)):
        raise _fail(file, f"{where}.near must name a layer")
    return LayerSpec(
        name, stage, reads_scene, order, file, program, resolution, sprites, surface, ground, box,
        float(depth), near, floor, footing, walls, outdoors, swims, stream, small,
    )  # fmt: skip


def _reads_box(file: Path, where: str, raw: object, reads_scene: bool) -> Box:
    """A layer's `reads_box`: x0, y0, x1, y1 in uv, 0 <= x0 < x1 <= 1 (the full screen if
    not given)."""
    if raw is None:
        return FULL_BOX
    if not reads_scene:
        raise _fail(file, f"{where}.reads_box needs reads_scene = true")
    numbers = raw if isinstance(raw, list) else []
    if len(numbers) != 4 or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in numbers
    ):
        raise _fail(file, f"{where}.reads_box must be four numbers [x0, y0, x1, y1]")
    x0, y0, x1, y1 = (float(v) for v in numbers)
    if not (0.0 <= x0 < x1 <= 1.0 and 0.0 <= y0 < y1 <= 1.0):
        raise _fail(file, f"{where}.reads_box must lie in 0..1 with x0 < x1 and y0 < y1")
    return (x0, y0, x1, y1)


def _sprites(file: Path, where: str, raw: object) -> int:
    """A layer's `sprites`: how many quads its vertex stage places (0: one triangle)."""
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise _fail(file, f"{where}.sprites must be a whole number")
    if not 0 <= raw <= MAX_SPRITES:
        raise _fail(file, f"{where}.sprites must be 0..{MAX_SPRITES}")
    return raw


def _program_file(file: Path, where: str, raw: object) -> str:
    """A layer's `program`: the name of a file in shaders/layers (without .glsl)."""
    if not isinstance(raw, str) or not _PROGRAM.fullmatch(raw):
        raise _fail(file, f"{where}.program must name a shaders/layers file (a-z, 0-9, _)")
    return raw


def _defines(file: Path, where: str, raw: object) -> tuple[tuple[str, str], ...]:
    """A layer's `defines`: (NAME, replacement text) pairs, in the file's order."""
    if not isinstance(raw, dict):
        raise _fail(file, f"{where}.defines must be a table, e.g. {{ LAND_KIND = 1 }}")
    defines = []
    for name, value in raw.items():
        key = f"{where}.defines.{name}"
        if not _DEFINE.fullmatch(name) or name in SHADER_STAGES:
            raise _fail(
                file, f"{key}: a define's name is upper case (A-Z, 0-9, _), no GL_ or stage"
            )
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            defines.append((name, str(value)))
        elif isinstance(value, str) and value.strip() and "\n" not in value:
            defines.append((name, value.strip()))
        else:
            raise _fail(file, f"{key} must be a number or one line of GLSL text")
    return tuple(defines)


def _motif(file: Path, name: str, raw: object, layers: dict[str, LayerSpec]) -> MotifVisual:
    """[motifs.NAME], drawn by `layers` (or by post: a grade motif)."""
    where = f"motifs.{name}"
    spec = _table(file, where, raw, MOTIF_KEYS)
    layer, grade = spec.get("layer"), spec.get("grade", False)
    if grade is not False and (grade is not True or layer is not None or "also" in spec):
        raise _fail(file, f"{where}: grade = true stands alone, without a layer")
    drawn_by: str | None = None  # a grade motif's
    if not grade:
        if not isinstance(layer, str) or layer not in layers:
            raise _fail(file, f"{where}.layer: unknown layer {layer!r}")
        drawn_by = layer
    priority = spec.get("priority", 1.0)
    if isinstance(priority, bool) or not isinstance(priority, int | float) or not 0 < priority <= 1:
        raise _fail(file, f"{where}.priority must be a number in (0, 1]")
    also = spec.get("also")
    if also is not None and (not isinstance(also, str) or also not in layers or also == layer):
        raise _fail(file, f"{where}.also: 'also' must name another layer, not {also!r}")
    one = spec.get("one")
    if one is not None and (not isinstance(one, str) or one not in layers or one == layer):
        raise _fail(file, f"{where}.one: 'one' must name another layer, not {one!r}")
    params = _params(file, where, spec.get("params"))
    if drawn_by is not None and layers[drawn_by].surface and not 0.0 < params[0] < 1.0:
        raise _fail(file, f"{where}.params: a surface layer's params[0] is its horizon (0..1)")
    sound = _sound(file, where, spec.get("sound"))
    return MotifVisual(name, drawn_by, params, file, sound, float(priority), also, one)


def _params(file: Path, where: str, raw: object) -> tuple[float, float, float, float]:
    """A motif's `params` (u_params): up to 4 numbers, the rest 0."""
    if raw is None:
        return (0.0, 0.0, 0.0, 0.0)
    if (
        not isinstance(raw, list)
        or len(raw) > 4
        or not all(isinstance(x, int | float) and not isinstance(x, bool) for x in raw)
    ):
        raise _fail(file, f"{where}.params must be a list of up to 4 numbers")
    values = [float(x) for x in raw] + [0.0] * (4 - len(raw))
    return (values[0], values[1], values[2], values[3])


def _sound(file: Path, where: str, raw: object) -> dict[str, float]:
    """A motif's `sound`: the ambient beds it sounds through, each with a weight in (0, 1]."""
    if not isinstance(raw, dict):
        beds = ", ".join(BEDS)
        raise _fail(file, f"{where}.sound must be a table of beds ({beds}), e.g. {{ wind = 0.5 }}")
    sound = {}
    for bed, weight in raw.items():
        if bed not in BEDS:
            raise _fail(file, f"{where}.sound.{bed}: unknown bed (one of {', '.join(BEDS)})")
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 1:
            raise _fail(file, f"{where}.sound.{bed} must be a weight in (0, 1]")
        sound[bed] = float(weight)
    return sound
