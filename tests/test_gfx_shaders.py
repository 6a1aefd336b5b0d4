"""The shader library: every bundled program compiles; includes, #line mapping, hot reload."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np
import pytest
from gfx_support import LAYER_HEAD, LAYER_TAIL, gl_context

from renderer import paths
from renderer.gfx.shaders import ShaderError, ShaderLibrary, expand

pytestmark = pytest.mark.gl

PROGRAM_FOLDERS = ("layers", "post", "transitions", "reference")


def _programs() -> list[str]:
    root = paths.shaders_dir()
    return sorted(
        f"{folder}/{p.stem}" for folder in PROGRAM_FOLDERS for p in (root / folder).glob("*.glsl")
    )


@pytest.fixture(scope="module")
def ctx():
    context = gl_context()
    yield context
    context.release()


@pytest.fixture(scope="module")
def library(ctx):
    return ShaderLibrary(ctx)


def test_there_are_programs_to_check() -> None:
    programs = _programs()
    assert "post/final" in programs and "reference/fbm" in programs
    assert any(p.startswith("layers/") for p in programs)


@pytest.mark.parametrize("name", _programs())
def test_every_program_compiles(library: ShaderLibrary, name: str) -> None:
    shader = library.load(name)  # raises ShaderError naming file:line
    assert shader.program.glo > 0
    # every program but the benchmark's yardstick reads its uniforms as flat inputs
    assert shader.forwarded == (not name.startswith("reference/"))


def _write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _draw_pixel(ctx, shader) -> list[float]:  # noqa: ANN001
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
    root = tmp_path / "shaders"
    header = "uniform float u_a;\nuniform vec3 u_pal[3];\nuniform int u_n;\nuniform vec2 u_b;\n"
    _write(root, "lib/header.glsl", header)
    _write(root, "lib/fullscreen.glsl", (paths.shaders_dir() / "lib/fullscreen.glsl").read_text())
    _write(root, "lib/quad.glsl", (paths.shaders_dir() / "lib/quad.glsl").read_text())
    body = "void main() { f_color = vec4(u_a, u_pal[2].g, float(u_n), u_b.y); }\n"
    _write(root, "layers/x.glsl", LAYER_HEAD + body + LAYER_TAIL)
    # a uniform declared in the fragment section only: compiled as written
    local = LAYER_HEAD + "uniform float u_c;\nvoid main() { f_color = vec4(u_c); }\n"
    _write(root, "layers/local.glsl", local + LAYER_TAIL)
    library = ShaderLibrary(ctx, root)
    shader = library.load("layers/x")
    assert shader.forwarded
    shader.set("u_a", 0.25)
    shader.set("u_pal", [(0.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.5, 0.0)])
    shader.set("u_n", 3)
    shader.set("u_b", (0.0, 0.75))
    assert _draw_pixel(ctx, shader) == pytest.approx([0.25, 0.5, 3.0, 0.75])
    plain = library.load("layers/local")
    assert not plain.forwarded
    plain.set("u_c", 0.125)
    assert _draw_pixel(ctx, plain) == pytest.approx([0.125] * 4)


def test_includes_are_spliced_with_line_directives(tmp_path: Path) -> None:
    root = tmp_path / "shaders"
    _write(root, "lib/a.glsl", '// a\n#include "lib/b.glsl"\nfloat a() { return b(); }\n')
    _write(root, "lib/b.glsl", "float b() { return 1.0; }\n")
    main = _write(root, "layers/x.glsl", '#version 330 core\n#include "lib/a.glsl"\nvoid f() {}\n')
    source = expand(main, "FRAGMENT_SHADER", root)
    lines = source.text.splitlines()
    assert lines[0] == "#version 330 core" and lines[1] == "#define FRAGMENT_SHADER"
    assert [p.name for p in source.files] == ["x.glsl", "a.glsl", "b.glsl"]
    assert "float b() { return 1.0; }" in lines and "float a() { return b(); }" in lines
    assert sum(line.startswith("#line ") for line in lines) >= 5


def test_include_cycles_and_missing_includes_name_the_file(tmp_path: Path) -> None:
    root = tmp_path / "shaders"
    _write(root, "lib/loop.glsl", '#include "lib/loop.glsl"\n')
    main = _write(root, "layers/x.glsl", '#version 330 core\n#include "lib/loop.glsl"\n')
    with pytest.raises(ShaderError, match="lib/loop.glsl"):
        expand(main, "VERTEX_SHADER", root)
    main.write_text('#version 330 core\n\n#include "lib/nope.glsl"\n')
    with pytest.raises(ShaderError, match=r"shaders/layers/x.glsl:3: #include .*not found"):
        expand(main, "VERTEX_SHADER", root)


def test_errors_name_the_layer_file_and_line(ctx, tmp_path: Path) -> None:
    root = tmp_path / "shaders"
    _write(root, "lib/header.glsl", (paths.shaders_dir() / "lib/header.glsl").read_text())
    _write(root, "lib/fullscreen.glsl", (paths.shaders_dir() / "lib/fullscreen.glsl").read_text())
    _write(root, "lib/quad.glsl", (paths.shaders_dir() / "lib/quad.glsl").read_text())
    body = "void main() {\n    float x = 1.0;\n    f_color = vec4(undefined_thing);\n}\n"
    path = _write(root, "layers/broken.glsl", LAYER_HEAD + body + LAYER_TAIL)
    line = path.read_text().splitlines().index("    f_color = vec4(undefined_thing);") + 1
    with pytest.raises(ShaderError) as info:
        ShaderLibrary(ctx, root).load("layers/broken")
    assert str(info.value).startswith(f"shaders/layers/broken.glsl:{line}: error: ")
    assert "undefined_thing" in str(info.value)
    assert "\n" not in str(info.value)


def test_errors_inside_an_include_name_the_included_file(ctx, tmp_path: Path) -> None:
    root = tmp_path / "shaders"
    _write(root, "lib/header.glsl", "uniform float u_time;\n")
    _write(root, "lib/fullscreen.glsl", (paths.shaders_dir() / "lib/fullscreen.glsl").read_text())
    _write(root, "lib/quad.glsl", (paths.shaders_dir() / "lib/quad.glsl").read_text())
    _write(root, "lib/bad.glsl", "// ok\n// ok\nfloat bad() { return nothing_here; }\n")
    text = LAYER_HEAD.replace("noperspective in", '#include "lib/bad.glsl"\nnoperspective in')
    _write(root, "layers/x.glsl", text + "void main() { f_color = vec4(bad()); }\n" + LAYER_TAIL)
    with pytest.raises(ShaderError, match=r"^shaders/lib/bad.glsl:3: error: .*nothing_here"):
        ShaderLibrary(ctx, root).load("layers/x")


def test_failed_program_is_reported_once_and_yields_none(ctx, tmp_path, caplog) -> None:
    root = tmp_path / "shaders"
    _write(root, "lib/header.glsl", "")
    _write(root, "lib/fullscreen.glsl", (paths.shaders_dir() / "lib/fullscreen.glsl").read_text())
    _write(root, "lib/quad.glsl", (paths.shaders_dir() / "lib/quad.glsl").read_text())
    _write(root, "layers/bad.glsl", LAYER_HEAD + "void main() { oops; }\n" + LAYER_TAIL)
    library = ShaderLibrary(ctx, root)
    with caplog.at_level(logging.WARNING, logger="reverie.gfx"):
        assert library.get("layers/bad") is None
        assert library.get("layers/bad") is None
    reports = [r.getMessage() for r in caplog.records]
    assert len(reports) == 1 and reports[0].startswith("shaders/layers/bad.glsl:")
    assert "layers/bad" in library.failures


def test_hot_reload_keeps_the_old_program_until_the_new_one_compiles(ctx, tmp_path) -> None:
    root = tmp_path / "shaders"
    _write(root, "lib/header.glsl", "uniform float u_intensity;\n")
    _write(root, "lib/fullscreen.glsl", (paths.shaders_dir() / "lib/fullscreen.glsl").read_text())
    _write(root, "lib/quad.glsl", (paths.shaders_dir() / "lib/quad.glsl").read_text())
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
