"""Export under attack and failure: random exclusive partial names, planted links, ffmpeg
protocol names, unwritable folders, a full disk, SIGKILL, two exports racing to one file, and
caption text that must be escaped."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import fill
from processes import command_line, descendants, running

from renderer.export.captions import Cue, to_srt, to_vtt
from renderer.export.files import Staging, partial_path
from tests.test_export import DREAM

REPO = Path(__file__).resolve().parents[1]
QUICK = ["--size", "160x96", "--fps", "12", "--narrator", "silent", "--no-ambient"]


@pytest.fixture(scope="module")
def dream_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dream") / "short.txt"
    path.write_text(DREAM)
    return path


def reverie(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """`python -m renderer ARGS` run from `cwd` with this checkout's code."""
    return subprocess.run(
        [sys.executable, "-m", "renderer", *args], cwd=cwd, capture_output=True, text=True,
        timeout=300, check=False, env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def playable(path: Path) -> bool:
    """ffmpeg decodes the whole file, video and audio, without an error."""
    done = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:v", "-map", "0:a", "-f", "null", "-"],
        capture_output=True, text=True, check=False,
    )
    return done.returncode == 0 and not done.stderr.strip()


def test_partial_names_are_random_exclusive_and_private(tmp_path: Path) -> None:
    target = tmp_path / "clip.mp4"
    first, second = partial_path(target), partial_path(target)
    assert first != second and first.parent == second.parent == tmp_path
    assert first.name.startswith(".clip.") and first.name.endswith(".partial.mp4")
    info = os.lstat(first)
    assert stat.S_ISREG(info.st_mode) and info.st_mode & 0o777 == 0o600


def test_a_read_only_folder_does_not_hide_the_real_error(tmp_path: Path) -> None:
    staging = Staging()
    temp = staging.temp_for(tmp_path / "clip.mp4")
    tmp_path.chmod(0o500)  # the cleanup's unlink fails now (root ignores modes: it succeeds)
    try:
        staging.discard()  # never raises
    finally:
        tmp_path.chmod(0o700)
    temp.unlink(missing_ok=True)


def test_planted_links_are_neither_followed_nor_kept(dream_file: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "out.mp4"
    for name in (".out.partial.mp4", ".out.partial.wav", "out.srt"):
        (tmp_path / name).symlink_to(victim)
    out.symlink_to(victim)
    done = reverie("export", str(dream_file), "-o", str(out), "--end", "1", "--force", *QUICK)
    assert done.returncode == 0, done.stderr
    assert victim.read_text() == "precious"
    assert not out.is_symlink() and playable(out)
    srt = tmp_path / "out.srt"
    assert not srt.is_symlink() and srt.is_file()  # written afresh (its cues may be none)


@pytest.mark.parametrize("name", ["v2:final.mp4", "pipe:1.mp4"])
def test_names_that_look_like_protocols_are_files(
    dream_file: Path, tmp_path: Path, name: str
) -> None:
    done = reverie("export", str(dream_file), "-o", name, "--end", "1", *QUICK, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert playable(tmp_path / name)


def test_an_unwritable_folder_is_named_as_such(dream_file: Path, read_only_disk: Path) -> None:
    folder = read_only_disk
    for out in ("clip.mp4", "clip.wav"):
        done = reverie("export", str(dream_file), "-o", str(folder / out), *QUICK)
        assert done.returncode == 2
        assert done.stderr == (
            f"reverie: error: cannot write into the folder {folder}: Read-only file system\n"
        )
    done = reverie("still", str(dream_file), "--at", "1", "-o", str(folder / "x.png"),
                   "--size", "160x96")
    assert done.returncode == 1  # (the narrator chosen may be said first, on its own line)
    last = done.stderr.splitlines()[-1]
    assert last == f"reverie: error: {folder / 'x.png'}: Read-only file system"


def test_a_full_disk_is_one_line_and_leaves_nothing(dream_file: Path, tiny_disk: Path) -> None:
    fill(tiny_disk / "filler")
    done = reverie("export", str(dream_file), "-o", str(tiny_disk / "clip.wav"), *QUICK)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "No space left on device" in done.stderr
    assert "Traceback" not in done.stderr and "Wave_write" not in done.stderr
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]


def test_sigkill_leaves_no_ffmpeg_and_no_partial_file(dream_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "cut.mp4"
    process = subprocess.Popen(
        [sys.executable, "-m", "renderer", "export", str(dream_file), "-o", str(out), *QUICK],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    ffmpeg: list[int] = []
    while not ffmpeg or not any(p.stat().st_size for p in tmp_path.glob(".cut.*.partial.mp4")):
        assert process.poll() is None and time.monotonic() < deadline
        ffmpeg = [
            c for c in descendants(process.pid) if "ffmpeg" in command_line(c)
        ]
        time.sleep(0.05)
    process.kill()
    process.wait()
    deadline = time.monotonic() + 30
    while any(running(pid) for pid in ffmpeg) or list(tmp_path.iterdir()):
        assert time.monotonic() < deadline, (ffmpeg, list(tmp_path.iterdir()))
        time.sleep(0.05)


def test_two_exports_racing_to_one_file_leave_a_playable_file(
    dream_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "same.mp4"
    command = [sys.executable, "-m", "renderer", "export", str(dream_file), "-o", str(out),
               "--end", "2", "--force", *QUICK]
    racers = [subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for racer in racers:
        _, err = racer.communicate(timeout=300)
        assert racer.returncode == 0, err
    assert playable(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["same.mp4", "same.srt"]


# --- captions --------------------------------------------------------------------------------


def test_webvtt_text_is_escaped() -> None:
    vtt = to_vtt([Cue(0.0, 1.0, "<b>Tom</b> & <v Evil>Jerry</v> --> end")])
    assert "&lt;b&gt;Tom&lt;/b&gt; &amp; &lt;v Evil&gt;Jerry&lt;/v&gt; --&gt; end" in vtt
    assert "<" not in vtt.split("\n", 2)[2] and vtt.count("-->") == 1


def test_srt_text_has_no_tags() -> None:
    srt = to_srt([Cue(0.0, 1.0, "<b>Tom</b> & <font color=red>Jerry</font> --> end")])
    assert srt.splitlines()[2] == "Tom & Jerry -> end"


def run_as_module(folder: Path, code: str) -> subprocess.CompletedProcess[str]:
    """`python -m` of a module holding `code` (with this checkout importable), as the
    `reverie` command runs under `python -m renderer`; SIGINT is not ignored."""
    (folder / "probe.py").write_text(code)
    return subprocess.run(
        [sys.executable, "-m", "probe"], capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), str(REPO)])},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


INTERRUPTED_IN_STRING_CODE = """
import os, signal
from renderer.export.files import interrupts_as_exceptions
try:
    with interrupts_as_exceptions():
        # dataclasses build methods from strings like this; a signal can land inside one
        code = "os.kill(os.getpid(), signal.{sig})\\nwhile True: pass"
        exec(code, {{"os": os, "signal": signal}})
except KeyboardInterrupt:
    raise SystemExit(130)
"""


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_an_interrupt_inside_string_code_still_exits_130_under_python_m(
    tmp_path: Path, sig: str
) -> None:
    # CPython kills a `python -m` process by SIGINT at exit when a bare KeyboardInterrupt has
    # escaped code run from a string, whatever exit status the program chose after catching it
    done = run_as_module(tmp_path, INTERRUPTED_IN_STRING_CODE.format(sig=sig))
    assert done.returncode == 130, done.stderr


SWALLOWED_BY_A_FINALIZER = """
import os, signal, sys
from renderer.export.files import interrupts_as_exceptions, raise_if_interrupted

class Finalized:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGTERM)  # its exception is dropped here

try:
    with interrupts_as_exceptions():
        Finalized()
        print("the block went on", flush=True)
        raise_if_interrupted()
        print("not interrupted", flush=True)
except KeyboardInterrupt:
    raise SystemExit(130)
"""


def test_an_interrupt_a_finalizer_swallowed_is_raised_at_the_next_safe_point(
    tmp_path: Path,
) -> None:
    done = run_as_module(tmp_path, SWALLOWED_BY_A_FINALIZER)
    assert done.stdout.splitlines() == ["the block went on"], done.stderr
    assert done.returncode == 130, done.stderr
    assert done.stderr == ""  # not printed as an ignored exception with its traceback
