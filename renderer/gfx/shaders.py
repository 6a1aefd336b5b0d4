"""The shader library: single-file programs with #include, #line mapping and hot reload.

A program is one file (e.g. shaders/layers/nebula.glsl) with `#if defined VERTEX_SHADER` /
`#elif defined FRAGMENT_SHADER` sections; the loader inserts the matching #define after the
#version line and splices `#include "lib/x.glsl"` files in, emitting `#line N FILEINDEX`
directives so that compiler messages can be rewritten to name the real file and line. A
#line inside a group the preprocessor skips is ignored, so one follows every conditional
directive too.

Mesa reports the source-string number of the *previous* #line region for the first error
after a switch, so the file index is also encoded in the line number itself
(FILEINDEX * LINE_STRIDE + N); only that encoding is trusted when messages are mapped back.

The fragment stage reads its uniforms through flat inputs the vertex stage copies them into
(forward_uniforms): llvmpipe reloads a uniform for every block of pixels that reads it, while a
flat input is set up once per triangle. A program is compiled as written when that does not
link (a uniform declared only in the FRAGMENT_SHADER section), and always for the benchmark's
yardstick (reference/), which must not change with the loader.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from renderer import paths
from renderer.errors import ReverieError

if TYPE_CHECKING:
    import moderngl

log = logging.getLogger("reverie.gfx")

LINE_STRIDE = 100_000
STAGES = ("VERTEX_SHADER", "FRAGMENT_SHADER")
_INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"\s*$')
_VERSION = re.compile(r"^\s*#\s*version\b")
_CONDITIONAL = re.compile(r"^\s*#\s*(if|ifdef|ifndef|elif|else|endif)\b")
_MESSAGE = re.compile(r"^\s*(\d+):(\d+)\((\d+)\):\s*(error|warning)\s*:\s*(.*)$")
_MAX_DEPTH = 16
_UNIFORM = re.compile(r"^(\s*)uniform\s+(?!sampler)(\w+)\s+(\w+)\s*(\[\s*\d+\s*\])?\s*;", re.M)
AS_WRITTEN = "reference/"  # programs compiled without forwarding (the benchmark's yardstick)


class ShaderError(ReverieError):
    """A program that cannot be loaded or compiled; the message names file:line."""

    def __init__(
        self, message: str, details: tuple[str, ...] = (), files: tuple[Path, ...] = ()
    ) -> None:
        super().__init__(message)
        self.details = details or (message,)
        self.files = files  # the files involved, watched for a fix


@dataclass(frozen=True)
class ShaderSource:
    """One stage's expanded text and the files it came from (index -> path)."""

    text: str
    files: tuple[Path, ...]


def expand(path: Path, stage: str, root: Path) -> ShaderSource:
    """The text of `path` for `stage` with includes resolved (relative to `root`)."""
    files: list[Path] = []
    out: list[str] = []

    def index_of(file: Path) -> int:
        if file not in files:
            files.append(file)
        return files.index(file)

    def emit(file: Path, depth: int, chain: tuple[Path, ...]) -> None:
        if depth > _MAX_DEPTH or file in chain:
            raise ShaderError(f"{_display(file, root)}: #include cycle or nesting too deep")
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise ShaderError(f"{_display(file, root)}: cannot read ({error.strerror})") from None
        index = index_of(file)
        base = index * LINE_STRIDE
        if depth == 0:
            if not lines or not _VERSION.match(lines[0]):
                raise ShaderError(f"{_display(file, root)}:1: the first line must be #version")
            out.append(lines[0])
            out.append(f"#define {stage}")
            out.append(f"#line {base + 2} {index}")
            lines = lines[1:]
            first = 2
        else:
            out.append(f"#line {base + 1} {index}")
            first = 1
        for number, line in enumerate(lines, start=first):
            match = _INCLUDE.match(line)
            if match is None:
                out.append(line)
                if _CONDITIONAL.match(line):  # re-sync: #line is ignored in skipped groups
                    out.append(f"#line {base + number + 1} {index}")
                continue
            target = (root / match.group(1)).resolve()
            if not target.is_file():
                raise ShaderError(
                    f'{_display(file, root)}:{number}: #include "{match.group(1)}" not found'
                )
            emit(target, depth + 1, (*chain, file))
            out.append(f"#line {base + number + 1} {index}")

    emit(path.resolve(), 0, ())
    return ShaderSource("\n".join(out) + "\n", tuple(files))


def forward_uniforms(vertex: str, fragment: str) -> tuple[str, str]:
    """Both stages' texts with the fragment stage's non-sampler uniforms turned into flat
    inputs (`fwd_NAME`) that a new vertex main() fills from the uniforms before it runs the
    program's own (renamed by a #define). Lines keep their numbers, so #line mapping holds.
    On llvmpipe a vec3 uniform read per pixel costs about 0.14 ms per 640x360 pass; a flat
    input costs nothing measurable."""
    found: dict[str, str] = {}  # uniform name -> its flat declaration ("vec3 fwd_u_pal[4]")

    def to_input(match: re.Match[str]) -> str:
        indent, kind, name, array = match.group(1), match.group(2), match.group(3), match.group(4)
        found[name] = f"{kind} fwd_{name}{array or ''}"
        return f"{indent}flat in {found[name]};"

    fragment = _UNIFORM.sub(to_input, fragment)
    if not found:
        return vertex, fragment
    fragment = re.sub(r"\b(" + "|".join(found) + r")\b", r"fwd_\1", fragment)
    lines = vertex.split("\n")
    lines.insert(2, "#define main program_main")  # after #version and the stage's #define
    lines += ["#undef main", *(f"flat out {decl};" for decl in found.values()), "void main() {"]
    lines += [*(f"    fwd_{name} = {name};" for name in found), "    program_main();", "}", ""]
    return "\n".join(lines), fragment


def _display(path: Path, root: Path) -> str:
    """`shaders/layers/x.glsl` style: the path relative to the library root's parent."""
    try:
        return f"{root.name}/{path.resolve().relative_to(root.resolve()).as_posix()}"
    except ValueError:
        return str(path)


def map_messages(log_text: str, files: tuple[Path, ...], root: Path) -> tuple[str, ...]:
    """Compiler output rewritten to 'shaders/x.glsl:LINE: error: message' lines."""
    mapped: list[str] = []
    for raw in log_text.splitlines():
        match = _MESSAGE.match(raw)
        if match is None:
            continue
        encoded, kind, message = int(match.group(2)), match.group(4), match.group(5).strip()
        index, line = divmod(encoded, LINE_STRIDE)
        name = _display(files[index], root) if index < len(files) else "?"
        mapped.append(f"{name}:{line}: {kind}: {message}")
    return tuple(mapped)


@dataclass
class Shader:
    """A compiled program with its fullscreen vertex array (no buffers: gl_VertexID)."""

    name: str
    program: moderngl.Program
    vao: moderngl.VertexArray
    forwarded: bool = False  # the fragment stage reads its uniforms as flat inputs
    # the program's active uniforms by name: moderngl's `name in program` walks all its
    # members, which cost about 0.6 ms of every frame's ~100 uniform writes
    uniforms: dict[str, Any] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        import moderngl

        self.uniforms = {
            name: member
            for name in self.program
            if isinstance(member := self.program[name], moderngl.Uniform)
        }

    def set(self, uniform: str, value: Any) -> None:
        """Set a uniform if the program uses it (unused ones are optimized away)."""
        member = self.uniforms.get(uniform)
        if member is not None:
            if isinstance(value, list) and member.array_length < len(value):
                value = value[: member.array_length]  # trailing elements optimized away
            member.value = value

    def has(self, uniform: str) -> bool:
        return uniform in self.uniforms

    def draw(self, vertices: int = 3) -> None:
        """One draw of `vertices` vertices from gl_VertexID alone (3: a full-screen triangle)."""
        self.vao.render(vertices=vertices)

    def release(self) -> None:
        self.vao.release()
        self.program.release()


@dataclass
class _Entry:
    shader: Shader | None
    mtimes: dict[Path, float] = field(default_factory=dict)


class ShaderLibrary:
    """Programs of one GL context, compiled on first use and cached by name ("layers/x")."""

    def __init__(self, ctx: moderngl.Context, root: Path | None = None) -> None:
        self.ctx = ctx
        self.root = (root or paths.shaders_dir()).resolve()
        self._entries: dict[str, _Entry] = {}
        self._reported: set[str] = set()
        self.failures: dict[str, str] = {}  # name -> the one-line message of its failure

    def path_of(self, name: str) -> Path:
        return self.root / f"{name}.glsl"

    def names(self, folder: str) -> list[str]:
        """Program names found in a folder of the library, e.g. names("layers")."""
        return sorted(f"{folder}/{p.stem}" for p in (self.root / folder).glob("*.glsl"))

    def compile(self, name: str) -> tuple[Shader, dict[Path, float]]:
        """Compile a program afresh (no cache); raises ShaderError naming file:line."""
        import moderngl

        path = self.path_of(name)
        if not path.is_file():
            raise ShaderError(f"{_display(path, self.root)}: no such shader file")
        sources = {stage: expand(path, stage, self.root) for stage in STAGES}
        files = sources["VERTEX_SHADER"].files + sources["FRAGMENT_SHADER"].files
        mtimes = {f: f.stat().st_mtime for f in files}
        vertex, fragment = sources["VERTEX_SHADER"].text, sources["FRAGMENT_SHADER"].text
        if not name.startswith(AS_WRITTEN):
            try:
                program = self.ctx.program(*forward_uniforms(vertex, fragment))
                return Shader(name, program, self.ctx.vertex_array(program, []), True), mtimes
            except moderngl.Error:
                pass  # compiled as written below: that names the real file:line of an error
        try:
            program = self.ctx.program(vertex_shader=vertex, fragment_shader=fragment)
        except moderngl.Error as error:
            text = str(error)
            stage = "FRAGMENT_SHADER" if "fragment_shader" in text else "VERTEX_SHADER"
            details = map_messages(text, sources[stage].files, self.root)
            errors = [d for d in details if ": error: " in d] or list(details)
            if errors:
                first = errors[0]
            else:
                summary = " ".join(text.split())
                first = f"{_display(path, self.root)}: {summary}"
            raise ShaderError(first, details, tuple(mtimes)) from None
        return Shader(name, program, self.ctx.vertex_array(program, [])), mtimes

    def load(self, name: str) -> Shader:
        """The cached program; raises ShaderError if it does not compile."""
        entry = self._entries.get(name)
        if entry is None:
            try:
                shader, mtimes = self.compile(name)
            except ShaderError as error:
                known = dict.fromkeys(error.files, 0.0)
                self._entries[name] = _Entry(None, self._current_mtimes(name, known))
                self.failures[name] = str(error)
                raise
            entry = self._entries[name] = _Entry(shader, mtimes)
        if entry.shader is None:
            raise ShaderError(self.failures.get(name, f"{name}: failed to compile"))
        return entry.shader

    def get(self, name: str) -> Shader | None:
        """The cached program, or None if it failed (the failure is reported once)."""
        try:
            return self.load(name)
        except ShaderError as error:
            self._report(str(error))
            return None

    def reload_changed(self) -> list[str]:
        """Recompile programs whose files changed (--watch); a failed reload keeps the old one."""
        reloaded: list[str] = []
        for name, entry in list(self._entries.items()):
            current = self._current_mtimes(name, entry.mtimes)
            if current == entry.mtimes:
                continue
            entry.mtimes = current
            try:
                shader, mtimes = self.compile(name)
            except ShaderError as error:
                self.failures[name] = str(error)
                self._report(str(error))
                continue
            if entry.shader is not None:
                entry.shader.release()
            entry.shader, entry.mtimes = shader, mtimes
            self.failures.pop(name, None)
            reloaded.append(name)
            log.warning("reloaded %s", _display(self.path_of(name), self.root))
        return reloaded

    def _current_mtimes(
        self, name: str, known: dict[Path, float] | None = None
    ) -> dict[Path, float]:
        files = set(known or ()) | {self.path_of(name).resolve()}
        return {f: f.stat().st_mtime if f.exists() else -1.0 for f in files}

    def _report(self, message: str) -> None:
        if message not in self._reported:
            self._reported.add(message)
            log.warning("%s", message)

    def release(self) -> None:
        for entry in self._entries.values():
            if entry.shader is not None:
                entry.shader.release()
        self._entries.clear()
