"""Finding ffmpeg, checking its encoders, and running it as the encoder process.

The encoder dies with Reverie whatever ends Reverie: Linux's parent-death signal
(renderer.lifeline) kills it, and the guardian process (renderer.export.guard) does too.
Files are always handed to it as file: URLs.

The imageio-ffmpeg wheel ships a static ffmpeg, so nothing needs installing; a system ffmpeg
on PATH is preferred only when it is newer. `ffmpeg -encoders` is asked once per binary.
"""

from __future__ import annotations

import collections
import contextlib
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO

from renderer import lifeline
from renderer.errors import ReverieError
from renderer.export import guard

_VERSION = re.compile(r"ffmpeg version n?(\d+)\.(\d+)(?:\.(\d+))?")
_ENCODER_LINE = re.compile(r"^\s*[VAS][A-Z.]{5}\s+(\S+)")

# What each container needs: (video encoder, audio encoder).
ENCODERS = {".mp4": ("libx264", "aac"), ".webm": ("libvpx-vp9", "libopus")}


@dataclass(frozen=True)
class Ffmpeg:
    path: str
    version: tuple[int, ...] | None  # None: a build whose version we cannot read (git snapshot)

    @property
    def label(self) -> str:
        version = ".".join(map(str, self.version)) if self.version else "unknown version"
        return f"{self.path} ({version})"


def parse_version(text: str) -> tuple[int, ...] | None:
    """`ffmpeg -version` output -> (major, minor, patch), or None when it names no release."""
    match = _VERSION.search(text)
    if match is None:
        return None
    return tuple(int(part) for part in match.groups() if part is not None)


def parse_encoders(text: str) -> frozenset[str]:
    """Encoder names from `ffmpeg -encoders` output (lines like ' V....D libx264  H.264...')."""
    names = set()
    for line in text.splitlines():
        match = _ENCODER_LINE.match(line)
        if match and match.group(1) != "=":
            names.add(match.group(1))
    return frozenset(names)


def _run(path: str, *args: str) -> str:
    try:
        done = subprocess.run(
            [path, "-hide_banner", *args], capture_output=True, text=True, timeout=20
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout if done.returncode == 0 else ""


@cache
def probe(path: str) -> Ffmpeg | None:
    """The ffmpeg at `path` with its version, or None when it does not run."""
    text = _run(path, "-version")
    if not text:
        return None
    return Ffmpeg(path, parse_version(text))


@cache
def encoders(path: str) -> frozenset[str]:
    """The encoders the ffmpeg at `path` was built with (asked once per binary)."""
    return parse_encoders(_run(path, "-encoders"))


def candidates() -> list[Ffmpeg]:
    """Usable ffmpeg binaries, best first: the newest; the bundled one wins a tie."""
    found: list[Ffmpeg] = []
    try:
        import imageio_ffmpeg

        bundled = probe(imageio_ffmpeg.get_ffmpeg_exe())
        if bundled is not None:
            found.append(bundled)
    except (ImportError, RuntimeError):
        pass
    system = shutil.which("ffmpeg")
    if system and all(Path(system).resolve() != Path(f.path).resolve() for f in found):
        found_system = probe(system)
        if found_system is not None:
            found.append(found_system)
    # sorted() is stable, so the bundled binary stays first among equal versions
    return sorted(found, key=lambda f: f.version or (), reverse=True)


def find_ffmpeg(suffix: str) -> Ffmpeg:
    """The best ffmpeg that has the encoders a `suffix` file needs (one-line error if none)."""
    needed = ENCODERS[suffix]
    found = candidates()
    if not found:
        raise ReverieError(
            "no ffmpeg found: install the imageio-ffmpeg package or a system ffmpeg"
        )
    for ffmpeg in found:
        if all(name in encoders(ffmpeg.path) for name in needed):
            return ffmpeg
    best = found[0]
    missing = [name for name in needed if name not in encoders(best.path)]
    raise ReverieError(
        f"ffmpeg {best.label} lacks the {' and '.join(missing)} encoder needed for {suffix} files"
    )


def fps_arg(fps: float) -> str:
    """A frame rate as ffmpeg's exact rational (29.97 -> 30000/1001)."""
    from fractions import Fraction

    rate = Fraction(fps).limit_denominator(1001)
    return str(rate.numerator) if rate.denominator == 1 else f"{rate.numerator}/{rate.denominator}"


def video_command(
    ffmpeg: Ffmpeg,
    suffix: str,
    size: tuple[int, int],
    fps: float,
    audio: Path,
    out: Path,
    frame_size: tuple[int, int] | None = None,
) -> list[str]:
    """ffmpeg reading bottom-up rgb24 frames of `frame_size` (default `size`) on stdin plus a
    WAV, writing `out` at `size` (a smaller frame is upsampled bilinearly)."""
    width, height = size
    fw, fh = frame_size or size
    command = [
        ffmpeg.path, "-hide_banner", "-nostats", "-loglevel", "error", "-y",
        "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{fw}x{fh}", "-r", fps_arg(fps),
        "-i", "-",
        "-i", file_url(audio),
        "-map", "0:v", "-map", "1:a",
        # GL rows come bottom-up: vflip only flips line pointers (no copy); one swscale step
        # scales and converts to YUV
        "-vf", f"vflip,scale={width}:{height}:flags=bilinear"
        ":out_color_matrix=bt709:out_range=tv,format=yuv420p",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
    ]
    if suffix == ".mp4":
        # superfast keeps CABAC and deblocking; on 2 cores it leaves the renderer ~15% more
        # CPU than veryfast, for a somewhat larger file at the same quality (CRF)
        command += [
            "-c:v", "libx264", "-preset", "superfast", "-crf", "20",
            "-c:a", "aac", "-b:a", "160k",
            "-movflags", "+faststart", "-f", "mp4",
        ]
    else:
        command += [
            "-c:v", "libvpx-vp9", "-crf", "32", "-b:v", "0",
            "-deadline", "realtime", "-cpu-used", "8", "-row-mt", "1",
            "-c:a", "libopus", "-b:a", "128k", "-f", "webm",
        ]
    return [*command, file_url(out)]


def file_url(path: Path) -> str:
    """A path as ffmpeg's file: URL, so a name like 'v2:final.mp4' or 'pipe:1.mp4' is never
    taken for another protocol."""
    return f"file:{path}"


class Encoder:
    """A running ffmpeg: frames go to `stdin`; its error output is kept for the message."""

    def __init__(self, command: list[str], target: Path) -> None:
        self.target = target
        try:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                bufsize=0,
                start_new_session=True,  # Ctrl-C reaches us, and we decide what ffmpeg does
                preexec_fn=lifeline.preexec_hook(),
            )
        except OSError as error:
            raise ReverieError(f"cannot start ffmpeg: {error.strerror or error}") from None
        guard.watch_process(self.process.pid)
        stdin, stderr = self.process.stdin, self.process.stderr
        assert stdin is not None and stderr is not None, "ffmpeg's stdin and stderr are pipes"
        self.stdin: IO[bytes] = stdin
        self._stderr: IO[bytes] = stderr
        _grow_pipe(self.stdin.fileno())
        self._errors: collections.deque[str] = collections.deque(maxlen=50)
        self._reader = threading.Thread(target=self._read_errors, name="ffmpeg-stderr", daemon=True)
        self._reader.start()

    def _read_errors(self) -> None:
        for raw in self._stderr:
            line = raw.decode("utf-8", "replace").strip()
            if line:
                self._errors.append(line)

    def failure(self) -> ReverieError:
        """What went wrong, in one line (after ffmpeg has exited)."""
        self._reader.join(timeout=5)
        lines = list(self._errors)
        if any("No space left" in line for line in lines):
            return ReverieError(f"disk full while writing {self.target}")
        detail = lines[-1] if lines else f"exit status {self.process.returncode}"
        return ReverieError(f"ffmpeg failed while writing {self.target}: {detail}")

    def finish(self) -> float:
        """Close the frame pipe and wait for ffmpeg to write the file; returns the CPU
        seconds ffmpeg used (where the platform reports it, else 0)."""
        before = _children_cpu()
        with contextlib.suppress(OSError):
            self.stdin.close()
        code = self.process.wait()
        guard.forget_process(self.process.pid)
        if code != 0:
            raise self.failure()
        return max(0.0, _children_cpu() - before)

    def kill(self) -> None:
        """Stop ffmpeg at once (interrupt or failure); safe to call twice."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        guard.forget_process(self.process.pid)
        with contextlib.suppress(OSError):
            self.stdin.close()


def _children_cpu() -> float:
    """User + system CPU seconds of the waited-for child processes (0 where unknown)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _grow_pipe(fd: int) -> None:
    """A 1 MiB pipe buffer (Linux): fewer wake-ups per frame; harmless where unsupported."""
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
    except (ImportError, OSError):
        pass
