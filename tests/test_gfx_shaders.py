"""The shader library: every bundled program compiles; includes, #line mapping, hot reload."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
from gfx_support import LAYER_HEAD, LAYER_TAIL, gl_context

from renderer import paths
from renderer.gfx.shaders import ProgramSpec, Shader, ShaderError, ShaderLibrary, expand
from renderer.gfx.visuals import load_visuals

if TYPE_CHECKING:
    import moderngl

pytestmark = pytest.mark.gl


def _programs() -> dict[str, ProgramSpec]:
    """Every bundled program: each layer's (its file and defines) and the other folders' files."""
    programs = {layer.program.name: layer.program for layer in load_visuals().layers.values()}
    for folder in ("post", "transitions", "reference"):
        for path in (paths.shaders_dir() / folder).glob("*.glsl"):
            programs[f"{folder}/{path.stem}"] = ProgramSpec.of(f"{folder}/{path.stem}")
    return programs


PROGRAMS = _programs()


@pytest.fixture(scope="module")
def ctx():
    context = gl_context()
    yield context
    context.release()


@pytest.fixture(scope="module")
def library(ctx):
    return ShaderLibrary(ctx)


def test_there_are_programs_to_check() -> None:
    assert "post/final" in PROGRAMS and "reference/fbm" in PROGRAMS
    assert PROGRAMS["layers/deer"].defines  # a variant chosen in assets/visuals


def test_every_layer_program_file_is_used() -> None:
    files = {f"layers/{p.stem}" for p in (paths.shaders_dir() / "layers").glob("*.glsl")}
    assert files == {layer.program.source for layer in load_visuals().layers.values()}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_every_program_compiles(library: ShaderLibrary, name: str) -> None:
    shader = library.load(PROGRAMS[name])  # raises ShaderError naming file:line
    assert shader.program.glo > 0
    # every program but the benchmark's yardstick reads its uniforms as flat inputs
    assert shader.forwarded == (not name.startswith("reference/"))


def _write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _minimal_root(tmp_path: Path, header: str) -> Path:
    """A library root with the given lib/header.glsl and the real fullscreen vertex stage."""
    root = tmp_path / "shaders"
    _write(root, "lib/header.glsl", header)
    for lib in ("lib/fullscreen.glsl", "lib/quad.glsl"):
        _write(root, lib, (paths.shaders_dir() / lib).read_text())
    return root


def _draw_pixel(ctx: moderngl.Context, shader: Shader) -> list[float]:
    """The colour shader draws into a 4x4 float target (one pixel of it)."""
    target = ctx.framebuffer(color_attachments=[ctx.texture((4, 4), 4, dtype="f4")])
    target.use()
    target.clear()
    shader.draw(6)
    data = np.frombuffer(target.read(components=4, dtype="f4"), dtype=np.float32)
    target.color_attachments[0].release()
    target.release()
    return data[:4].tolist()


def test_uniforms_reach_the_fragment_stage_through_the_vertex_stage(ctx, tmp_path) -> None:
    header = "uniform float u_a;\nuniform vec3 u_pal[3];\nuniform int u_n;\nuniform vec2 u_b;\n"
    root = _minimal_root(tmp_path, header)
    body = "void main() { f_color = vec4(u_a, u_pal[2].g, float(u_n), u_b.y); }\n"
    _write(root, "layers/x.glsl", LAYER_HEAD + body + LAYER_TAIL)
    library = ShaderLibrary(ctx, root)
    shader = library.load("layers/x")
    assert shader.forwarded
    shader.set("u_a", 0.25)
    shader.set("u_pal", [(0.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.5, 0.0)])
    shader.set("u_n", 3)
    shader.set("u_b", (0.0, 0.75))
    assert _draw_pixel(ctx, shader) == pytest.approx([0.25, 0.5, 3.0, 0.75])


def test_a_uniform_the_vertex_stage_cannot_forward_is_an_error(ctx, tmp_path) -> None:
    root = _minimal_root(tmp_path, "uniform float u_a;\n")
    local = LAYER_HEAD + "uniform float u_c;\nvoid main() { f_color = vec4(u_a, u_c, 0, 1); }\n"
    _write(root, "layers/local.glsl", local + LAYER_TAIL)
    with pytest.raises(ShaderError) as info:
        ShaderLibrary(ctx, root).load("layers/local")
    message = str(info.value)
    assert message.startswith("shaders/layers/local.glsl: uniform u_c is declared in the fragment")
    assert "u_a" not in message and "\n" not in message


def test_includes_are_spliced_with_line_directives(tmp_path: Path) -> None:
    root = tmp_path / "shaders"
    _write(root, "lib/a.glsl", '// a\n#include "lib/b.glsl"  // b()\nfloat a() { return b(); }\n')
    _write(root, "lib/b.glsl", "float b() { return 1.0; }\n")
    main = _write(root, "layers/x.glsl", '#version 330 core\n#include "lib/a.glsl"\nvoid f() {}\n')
    source = expand(main, "FRAGMENT_SHADER", root)
    lines = source.text.splitlines()
    assert lines[0] == "#version 330 core" and lines[1] == "#define FRAGMENT_SHADER"
    assert [p.name for p in source.files] == ["x.glsl", "a.glsl", "b.glsl"]
    assert "float b() { return 1.0; }" in lines and "float a() { return b(); }" in lines
    assert sum(line.startswith("#line ") for line in lines) >= 5


ONCE = """#version 330 core
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/half.glsl"
#include "lib/quad.glsl"
flat out float v_half;
void main() {
    v_half = half_of(u_a);
    gl_Position = vec4(quad_fullscreen(gl_VertexID) * 2.0 - 1.0, 0.0, 1.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/half.glsl"
#include "lib/quarter.glsl"
#include "lib/half.glsl"
flat in float v_half;
out vec4 f_color;
void main() {
    f_color = vec4(v_half, half_of(u_a), quarter_of(u_a), LAST);
}
#endif
"""


def test_a_file_included_again_into_a_stage_expands_to_nothing(ctx, tmp_path) -> None:
    root = _minimal_root(tmp_path, "uniform float u_a;\n")
    _write(root, "lib/half.glsl", "float half_of(float x) { return 0.5 * x; }\n")
    quarter = "float quarter_of(float x) { return half_of(half_of(x)); }\n"
    quarter = '#include "lib/half.glsl"\n' + quarter
    _write(root, "lib/quarter.glsl", quarter)
    # half.glsl in each stage's section, and three times into the fragment stage
    path = _write(root, "layers/x.glsl", ONCE.replace("LAST", "1.0"))
    shader = ShaderLibrary(ctx, root).load("layers/x")
    shader.set("u_a", 1.0)
    assert _draw_pixel(ctx, shader) == pytest.approx([0.5, 0.5, 0.25, 1.0])
    # after a skipped include, lines are still counted in the including file
    path.write_text(ONCE.replace("LAST", "missing_value"))
    line = next(n for n, text in enumerate(ONCE.splitlines(), 1) if "LAST" in text)
    with pytest.raises(ShaderError, match=rf"^shaders/layers/x.glsl:{line}: error: .*missing"):
        ShaderLibrary(ctx, root).load("layers/x")


VARIANTS = """
#if KIND == 1
const vec4 SHADE = vec4(COLOUR);
#else
const vec4 SHADE = vec4(0.0);
#endif
void main() {
#ifdef BROKEN
    f_color = SHADE * not_declared;
#else
    f_color = SHADE;
#endif
}
"""


def test_defines_choose_a_variant_and_keep_line_numbers(ctx, tmp_path) -> None:
    root = _minimal_root(tmp_path, "")
    path = _write(root, "layers/x.glsl", LAYER_HEAD + VARIANTS + LAYER_TAIL)
    library = ShaderLibrary(ctx, root)
    lit = (("KIND", "1"), ("COLOUR", "0.25, 0.5, 0.75, 1.0"))
    shader = library.load(ProgramSpec("layers/lit", "layers/x", lit))
    assert _draw_pixel(ctx, shader) == pytest.approx([0.25, 0.5, 0.75, 1.0])
    assert library.load(ProgramSpec("layers/lit", "layers/x", lit)) is shader  # cached
    dark = library.load(ProgramSpec("layers/lit", "layers/x", (("KIND", "0"),)))
    assert dark is not shader and _draw_pixel(ctx, dark) == [0.0] * 4  # new defines: compiled
    line = path.read_text().splitlines().index("    f_color = SHADE * not_declared;") + 1
    broken = ProgramSpec("layers/broken", "layers/x", (*lit, ("BROKEN", "1")))
    with pytest.raises(ShaderError, match=rf"^shaders/layers/x.glsl:{line}: error: .*not_declared"):
        library.load(broken)


def test_include_cycles_and_missing_includes_name_the_file(tmp_path: Path) -> None:
    root = tmp_path / "shaders"
    _write(root, "lib/loop.glsl", '#include "lib/loop.glsl"\n')
    main = _write(root, "layers/x.glsl", '#version 330 core\n#include "lib/loop.glsl"\n')
    with pytest.raises(ShaderError, match="lib/loop.glsl"):
        expand(main, "VERTEX_SHADER", root)
    main.write_text('#version 330 core\n\n#include "lib/nope.glsl"\n')
    with pytest.raises(ShaderError, match=r"shaders/layers/x.glsl:3: #include .*not found"):
        expand(main, "VERTEX_SHADER", root)
    main.write_text("#version 330 core\n#include <lib/loop.glsl>\n")
    with pytest.raises(ShaderError, match=r"shaders/layers/x.glsl:2: #include needs a \"path\""):
        expand(main, "VERTEX_SHADER", root)


def test_errors_name_the_layer_file_and_line(ctx, tmp_path: Path) -> None:
    root = _minimal_root(tmp_path, (paths.shaders_dir() / "lib/header.glsl").read_text())
    body = "void main() {\n    float x = 1.0;\n    f_color = vec4(undefined_thing);\n}\n"
    path = _write(root, "layers/broken.glsl", LAYER_HEAD + body + LAYER_TAIL)
    line = path.read_text().splitlines().index("    f_color = vec4(undefined_thing);") + 1
    with pytest.raises(ShaderError) as info:
        ShaderLibrary(ctx, root).load("layers/broken")
    assert str(info.value).startswith(f"shaders/layers/broken.glsl:{line}: error: ")
    assert "undefined_thing" in str(info.value)
    assert "\n" not in str(info.value)


def test_errors_inside_an_include_name_the_included_file(ctx, tmp_path: Path) -> None:
    root = _minimal_root(tmp_path, "uniform float u_time;\n")
    _write(root, "lib/bad.glsl", "// ok\n// ok\nfloat bad() { return nothing_here; }\n")
    text = LAYER_HEAD.replace("noperspective in", '#include "lib/bad.glsl"\nnoperspective in')
    _write(root, "layers/x.glsl", text + "void main() { f_color = vec4(bad()); }\n" + LAYER_TAIL)
    with pytest.raises(ShaderError, match=r"^shaders/lib/bad.glsl:3: error: .*nothing_here"):
        ShaderLibrary(ctx, root).load("layers/x")


def test_failed_program_is_reported_once_and_yields_none(ctx, tmp_path, caplog) -> None:
    root = _minimal_root(tmp_path, "")
    _write(root, "layers/bad.glsl", LAYER_HEAD + "void main() { oops; }\n" + LAYER_TAIL)
    library = ShaderLibrary(ctx, root)
    with caplog.at_level(logging.WARNING, logger="reverie.gfx"):
        assert library.get("layers/bad") is None
        assert library.get("layers/bad") is None
    reports = [r.getMessage() for r in caplog.records]
    assert len(reports) == 1 and reports[0].startswith("shaders/layers/bad.glsl:")
    assert "layers/bad" in library.failures


def test_hot_reload_keeps_the_old_program_until_the_new_one_compiles(ctx, tmp_path) -> None:
    root = _minimal_root(tmp_path, "uniform float u_intensity;\n")
    path = _write(
        root, "layers/x.glsl", LAYER_HEAD + "void main() { f_color = vec4(1.0); }\n" + LAYER_TAIL
    )
    library = ShaderLibrary(ctx, root)
    first = library.get("layers/x")
    assert first is not None

    def touch(text: str, bump: int) -> None:
        path.write_text(text)
        stamp = path.stat().st_mtime + bump
        os.utime(path, (stamp, stamp))

    touch(LAYER_HEAD + "void main() { f_color = vec4(nope); }\n" + LAYER_TAIL, 5)
    assert library.reload_changed() == []
    assert library.get("layers/x") is first  # the old program keeps rendering
    touch(LAYER_HEAD + "void main() { f_color = vec4(u_intensity); }\n" + LAYER_TAIL, 10)
    assert library.reload_changed() == ["layers/x"]
    fresh = library.get("layers/x")
    assert fresh is not None and fresh is not first and fresh.has("u_intensity")
