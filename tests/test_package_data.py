"""A non-editable install (a built wheel) still finds shaders/, assets/ and seeds/."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(out), str(REPO)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, (
        "building the wheel failed (the build backend, hatchling, must be installed; "
        f"it is in the [test] extra):\n{result.stderr[-2000:]}"
    )
    wheels = list(out.glob("reverie-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_carries_the_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "renderer/_data/shaders/lib/header.glsl" in names
    assert "renderer/_data/assets/lexicon.toml" in names
    seeds = {n for n in names if n.startswith("renderer/_data/seeds/") and n.endswith(".txt")}
    repo_seeds = {f"renderer/_data/seeds/{p.name}" for p in (REPO / "seeds").glob("*.txt")}
    assert seeds == repo_seeds and len(seeds) >= 8
    assert "renderer/paths.py" in names and "renderer/dream.py" in names


def test_installed_wheel_finds_its_data(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         "--target", str(site), str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    probe = (
        "import sys, renderer.paths as p\n"
        "from renderer.library import catalog, load_dream\n"
        "root = p.data_root()\n"
        "assert root == p.shaders_dir().parent\n"
        "assert (p.assets_dir() / 'lexicon.toml').is_file()\n"
        "assert (p.shaders_dir() / 'lib' / 'header.glsl').is_file()\n"
        "names = [e.name for e in catalog()]\n"
        "assert 'lantern-river' in names, names\n"
        "assert load_dream('default').source == 'lantern-river'\n"
        "print(root)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(site), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    root = Path(result.stdout.strip())
    assert root.is_relative_to(site.resolve()), root
    assert root == (site / "renderer" / "_data").resolve()
