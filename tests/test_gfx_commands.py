"""`reverie still` and `reverie bench --gfx` through the real CLI (EGL, tiny sizes)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from gfx_support import gl_context
from PIL import Image

from renderer.cli import main
from renderer.commands.options import parse_size
from renderer.commands.still import CELL

pytestmark = pytest.mark.gl


@pytest.fixture(scope="module", autouse=True)
def _needs_gl():
    gl_context().release()


def _image(path: Path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("RGB")).astype(np.float32)


def test_still_of_chosen_motifs(tmp_path: Path) -> None:
    out = tmp_path / "motifs.png"
    assert main(["still", "--motifs", "nebula,stars", "--size", "96x54", "-o", str(out)]) == 0
    pixels = _image(out)
    assert pixels.shape == (54, 96, 3) and pixels.std() > 3
    other = tmp_path / "other.png"
    assert main(["still", "--motifs", "mountains", "--size", "96x54", "-o", str(other)]) == 0
    assert np.abs(_image(other) - pixels).mean() > 5


def test_still_of_a_dream_follows_its_timeline(tmp_path: Path) -> None:
    early, late = tmp_path / "early.png", tmp_path / "late.png"
    args = ["still", "lantern-river", "--size", "96x54", "--seed", "5"]
    assert main([*args, "--at", "3", "-o", str(early)]) == 0
    assert main([*args, "--at", "40", "-o", str(late)]) == 0
    assert np.abs(_image(early) - _image(late)).mean() > 3


def test_contact_sheet_has_one_labelled_cell_per_sentence(tmp_path: Path) -> None:
    from renderer.pipeline import VoiceChoice, dream_timeline

    out = tmp_path / "sheet.png"
    assert main(["still", "nebula-choir", "--sheet", "-o", str(out)]) == 0
    count = len(dream_timeline("nebula-choir", VoiceChoice("silent")).sentences)
    columns = min(4, count)
    rows = -(-count // columns)
    with Image.open(out) as image:
        assert image.size == (columns * (CELL[0] + 4) + 4, rows * (CELL[1] + 4) + 4)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--motifs", "nebula", "--size", "big"], "--size must look like 1280x720"),
        (["--motifs", "nebula", "--size", "4x4"], "out of range"),
        (["--motifs", "nebula,unicorn_cloud"], "unknown motif(s) unicorn_cloud; valid motifs:"),
        ([], "give a DREAM"),
        (["--motifs", "nebula", "--sheet"], "--sheet needs a DREAM"),
    ],
)
def test_still_mistakes_are_one_line_errors(tmp_path, capsys, args, needle) -> None:
    assert main(["still", *args, "-o", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


def test_parse_size() -> None:
    assert parse_size("1280x720") == (1280, 720)
    assert parse_size(" 64X36 ") == (64, 36)


def test_bench_gfx_json_has_exactly_the_contract_keys(capsys) -> None:
    assert main(["bench", "--gfx", "--json", "--size", "48x27", "--frames", "1"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"gl_renderer", "size", "reference_ms", "layers", "scenes"}
    assert result["size"] == [48, 27] and result["reference_ms"] > 0
    assert result["layers"] and all(ms > 0 for ms in result["layers"].values())
    assert len(result["scenes"]) == 3
    for scene in result["scenes"]:
        assert set(scene) == {"dream", "ms", "cpu_ratio", "adaptive_fps", "adaptive_scale"}
        assert 0.5 <= scene["adaptive_scale"] <= 1.0 and scene["adaptive_fps"] > 0
        assert scene["cpu_ratio"] > 0
