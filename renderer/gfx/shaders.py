"""The shader library: programs from one file and a few #defines, with #include, #line mapping
and hot reload.

A program is one file (e.g. shaders/layers/nebula.glsl) with `#if defined VERTEX_SHADER` /
`#elif defined FRAGMENT_SHADER` sections, compiled with the #defines that choose its variant (a
ProgramSpec: a layer's `defines` in assets/visuals). The loader puts the stage's #define and the
program's defines right after the #version line, ahead of the first #line directive, so they
shift no line; it splices `#include "lib/x.glsl"` files in, emitting `#line N FILEINDEX`
directives so that compiler messages can be rewritten to name the real file and line. A #line
inside a group the preprocessor skips is ignored, so one follows every conditional directive
too. Each included file is wrapped in a guard, so a file included again into the same stage
expands to nothing (one included only in the other stage's section still reaches this one).

Mesa reports the source-string number of the *previous* #line region for the first error
after a switch, so the file index is also encoded in the line number itself
(FILEINDEX * LINE_STRIDE + N); only that encoding is trusted when messages are mapped back.

The fragment stage reads its uniforms through flat inputs the vertex stage copies them into
(forward_uniforms): llvmpipe reloads a uniform for every block of pixels that reads it, while a
flat input is set up once per triangle. A program whose uniforms cannot be forwarded (one
declared only in the FRAGMENT_SHADER section) is an error naming them. Only the benchmark's
yardstick (reference/), which must not change with the loader, is compiled as written.
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
SHADER_STAGES = ("VERTEX_SHADER", "FRAGMENT_SHADER")
_INCLUDE = re.compile(r'^\s*#\s*include\b(?:\s+"([^"]+)"\s*(?://.*)?$)?')
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


@dataclass(frozen=True, order=True)
class ProgramSpec:
    """What to compile: a source file and the #defines that choose its variant. The library
    keeps one program per name."""

    name: str  # the program's name in the library: "layers/deer", "post/final"
    source: str  # its file under the library root, without .glsl: "layers/land_beast"
    defines: tuple[tuple[str, str], ...] = ()  # (NAME, replacement text) for each #define

    @classmethod
    def of(cls, program: str | ProgramSpec) -> ProgramSpec:
        """The spec itself, or for a bare name its own file without defines."""
        return program if isinstance(program, ProgramSpec) else cls(program, program)


@dataclass(frozen=True)
class ShaderSource:
    """One stage's expanded text and the files it came from (index -> path)."""

    text: str
    files: tuple[Path, ...]


def expand(
    path: Path, stage: str, root: Path, defines: tuple[tuple[str, str], ...] = ()
) -> ShaderSource:
    """The text of `path` for `stage` with `defines` set and includes resolved (relative to
    `root`), each included file at most once."""
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
            out.extend(f"#define {name} {value}" for name, value in defines)
            out.append(f"#line {base + 2} {index}")
            lines = lines[1:]
            first = 2
        else:
            guard = f"included_{index}"  # by its index; lower case, unlike a layer's defines
            out.extend((f"#ifndef {guard}", f"#define {guard}", f"#line {base + 1} {index}"))
            first = 1
        for number, line in enumerate(lines, start=first):
            match = _INCLUDE.match(line)
            if match is None:
                out.append(line)
                if _CONDITIONAL.match(line):  # re-sync: #line is ignored in skipped groups
                    out.append(f"#line {base + number + 1} {index}")
                continue
            target = _included(match.group(1), f"{_display(file, root)}:{number}", root)
            emit(target, depth + 1, (*chain, file))
            out.append(f"#line {base + number + 1} {index}")
        if depth > 0:
            out.append("#endif")

    emit(path.resolve(), 0, ())
    return ShaderSource("\n".join(out) + "\n", tuple(files))


def _included(name: str | None, where: str, root: Path) -> Path:
    """The file an #include at `where` (file:line) names, relative to `root`."""
    if name is None:
        raise ShaderError(f'{where}: #include needs a "path"')
    target = (root / name).resolve()
    if not target.is_file():
        raise ShaderError(f'{where}: #include "{name}" not found')
    return target


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


def _unforwarded(where: str, fragment: str, log_text: str) -> str:
    """Why the fragment stage's uniforms could not be forwarded through the vertex stage, for
    a program that compiles as written: uniforms it declares only in its fragment section."""
    named = set(re.findall(r"\w+", log_text))
    local = sorted(m.group(3) for m in _UNIFORM.finditer(fragment) if m.group(3) in named)
    if local:
        return (
            f"{where}: uniform {', '.join(local)} is declared in the fragment stage only; "
            "declare it where both stages see it (the vertex stage forwards it)"
        )
    messages = [m.group(5).strip() for m in map(_MESSAGE.match, log_text.splitlines()) if m]
    cause = messages[0] if messages else " ".join(log_text.split())
    return f"{where}: the uniforms cannot be forwarded to the fragment stage: {cause}"


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
    # the value last written to each uniform: most stay the same from frame to frame, and a
    # write costs a GL call while the rasterizer waits for the next draw
    written: dict[str, Any] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        import moderngl

        self.uniforms = {
            name: member
            for name in self.program
            if isinstance(member := self.program[name], moderngl.Uniform)
        }

    def set(self, uniform: str, value: Any) -> None:
        """Set a uniform if the program uses it (unused ones are optimized away) and its
        value changed."""
        member = self.uniforms.get(uniform)
        if member is not None and self.written.get(uniform) != value:
            self.written[uniform] = value
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
    spec: ProgramSpec
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

    def path_of(self, source: str) -> Path:
        return self.root / f"{source}.glsl"

    def compile(self, program: str | ProgramSpec) -> tuple[Shader, dict[Path, float]]:
        """Compile a program afresh (no cache); raises ShaderError naming file:line."""
        import moderngl

        spec = ProgramSpec.of(program)
        path = self.path_of(spec.source)
        if not path.is_file():
            raise ShaderError(f"{_display(path, self.root)}: no such shader file")
        sources = {stage: expand(path, stage, self.root, spec.defines) for stage in SHADER_STAGES}
        mtimes = {f: f.stat().st_mtime for source in sources.values() for f in source.files}
        vertex, fragment = sources["VERTEX_SHADER"].text, sources["FRAGMENT_SHADER"].text
        if spec.source.startswith(AS_WRITTEN):
            linked = self._link(path, sources, mtimes)
            return Shader(spec.name, linked, self.ctx.vertex_array(linked, [])), mtimes
        try:
            linked = self.ctx.program(*forward_uniforms(vertex, fragment))
        except moderngl.Error as error:
            self._link(path, sources, mtimes).release()  # a mistake as written names its line
            cause = _unforwarded(_display(path, self.root), fragment, str(error))
            raise ShaderError(cause, files=tuple(mtimes)) from None
        return Shader(spec.name, linked, self.ctx.vertex_array(linked, []), True), mtimes

    def _link(
        self, path: Path, sources: dict[str, ShaderSource], mtimes: dict[Path, float]
    ) -> moderngl.Program:
        """The program as written; raises ShaderError naming the file:line of its first error."""
        import moderngl

        try:
            return self.ctx.program(
                vertex_shader=sources["VERTEX_SHADER"].text,
                fragment_shader=sources["FRAGMENT_SHADER"].text,
            )
        except moderngl.Error as error:
            text = str(error)
            stage = "FRAGMENT_SHADER" if "fragment_shader" in text else "VERTEX_SHADER"
            details = map_messages(text, sources[stage].files, self.root)
            errors = [d for d in details if ": error: " in d] or list(details)
            if errors:
                first = errors[0]
            else:
                first = f"{_display(path, self.root)}: {' '.join(text.split())}"
            raise ShaderError(first, details, tuple(mtimes)) from None

    def load(self, program: str | ProgramSpec) -> Shader:
        """The cached program, compiled anew when its spec changed (a reloaded visuals file);
        raises ShaderError if it does not compile."""
        spec = ProgramSpec.of(program)
        entry = self._entries.get(spec.name)
        if entry is None or entry.spec != spec:
            if entry is not None and entry.shader is not None:
                entry.shader.release()
            self.failures.pop(spec.name, None)
            try:
                shader, mtimes = self.compile(spec)
            except ShaderError as error:
                known = dict.fromkeys(error.files, 0.0)
                self._entries[spec.name] = _Entry(spec, None, self._current_mtimes(spec, known))
                self.failures[spec.name] = str(error)
                raise
            entry = self._entries[spec.name] = _Entry(spec, shader, mtimes)
        if entry.shader is None:
            raise ShaderError(self.failures.get(spec.name, f"{spec.name}: failed to compile"))
        return entry.shader

    def get(self, program: str | ProgramSpec) -> Shader | None:
        """The cached program, or None if it failed (the failure is reported once)."""
        try:
            return self.load(program)
        except ShaderError as error:
            self._report(str(error))
            return None

    def reload_changed(self) -> list[str]:
        """Recompile programs whose files changed (--watch); a failed reload keeps the old one."""
        reloaded: list[str] = []
        for name, entry in list(self._entries.items()):
            current = self._current_mtimes(entry.spec, entry.mtimes)
            if current == entry.mtimes:
                continue
            entry.mtimes = current
            try:
                shader, mtimes = self.compile(entry.spec)
            except ShaderError as error:
                self.failures[name] = str(error)
                self._report(str(error))
                continue
            if entry.shader is not None:
                entry.shader.release()
            entry.shader, entry.mtimes = shader, mtimes
            self.failures.pop(name, None)
            reloaded.append(name)
            log.warning("reloaded %s", _display(self.path_of(entry.spec.source), self.root))
        return reloaded

    def _current_mtimes(
        self, spec: ProgramSpec, known: dict[Path, float] | None = None
    ) -> dict[Path, float]:
        files = set(known or ()) | {self.path_of(spec.source).resolve()}
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
