"""Finding dreams: names, paths, the user's folder, the catalog and `reverie list`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import fill

from renderer import library
from renderer.errors import ReverieError
from renderer.library import (
    DreamEntry,
    add_user_dream,
    catalog,
    default_dream_name,
    dream_name,
    format_catalog,
    load_dream,
    print_catalog,
)
from renderer.paths import seeds_dir, user_dreams_dir

FIXTURES = Path(__file__).parent / "fixtures" / "dreams"
BUNDLED = (
    "lantern-river", "nebula-choir", "ice-whales", "ember-dunes",
    "rain-city", "velvet-stage", "glass-orchard", "storm-wings",
)


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the platform data dir at tmp_path, so no test touches the real home."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "reverie" / "dreams"


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small bundled-seeds folder of our own."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "lantern-river.txt").write_text("Lantern River\n\nThe river glowed. Lanterns.")
    (folder / "glass-orchard.txt").write_text("The glass trees rang like bells.")
    (folder / "notes.json").write_text("{}")
    monkeypatch.setattr(library, "seeds_dir", lambda: folder)
    return folder


def write_user_dream(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_user_dreams_dir_follows_xdg(user_home: Path) -> None:
    assert user_dreams_dir() == user_home


def test_dream_name() -> None:
    assert dream_name("seeds/glass-orchard.txt") == "glass-orchard"
    assert dream_name("My Rain  Dream.md") == "my-rain-dream"
    assert dream_name("ice_whales") == "ice-whales"


def test_load_by_path_name_and_default(seeds: Path) -> None:
    by_path = load_dream(str(FIXTURES / "utf8-bom.txt"))
    assert by_path.source == str(FIXTURES / "utf8-bom.txt")
    assert by_path.text.startswith("The river glowed")
    named = load_dream("glass-orchard")
    assert named.source == "glass-orchard" and named.title == "Glass Orchard"
    assert load_dream("Glass-Orchard.txt").text == named.text
    default = load_dream("default")
    assert default_dream_name() == "lantern-river"
    assert default.source == "lantern-river" and default.title == "Lantern River"


def test_user_dream_wins_over_bundled(seeds: Path, user_home: Path) -> None:
    mine = write_user_dream(user_home, "glass-orchard.txt", "My own orchard of ice.")
    dream = load_dream("glass-orchard")
    assert dream.text == "My own orchard of ice."
    assert dream.source == str(mine)
    entries = {e.name: e for e in catalog()}
    assert entries["glass-orchard"].source_kind == "user"
    assert [e.name for e in catalog()].count("glass-orchard") == 1


def test_unknown_name_suggests_and_points_to_list(seeds: Path) -> None:
    with pytest.raises(ReverieError) as info:
        load_dream("glass-orchid")
    message = str(info.value)
    assert "glass-orchard" in message and "reverie list" in message and "\n" not in message
    with pytest.raises(ReverieError, match="no dream named zzzz"):
        load_dream("zzzz")


def test_missing_paths_get_the_file_error(seeds: Path, tmp_path: Path) -> None:
    with pytest.raises(ReverieError, match="no such file"):
        load_dream(str(tmp_path / "nope.txt"))
    with pytest.raises(ReverieError, match="no such file"):
        load_dream("nope.txt")
    with pytest.raises(ReverieError, match="is a folder"):
        load_dream(str(tmp_path))


def test_catalog_order_kinds_and_fields(seeds: Path, user_home: Path) -> None:
    write_user_dream(user_home, "Night Swim.txt", "Night Swim\n\nThe sea was warm and dark.")
    extra = FIXTURES / "cp1252.txt"
    entries = catalog(extra_files=[extra])
    assert [(e.name, e.source_kind) for e in entries] == [
        ("glass-orchard", "bundled"),
        ("lantern-river", "bundled"),
        ("night-swim", "user"),
        ("cp1252", "file"),
    ]
    swim = entries[2]
    assert swim == DreamEntry(
        name="night-swim",
        title="Night Swim",
        path=user_home / "Night Swim.txt",
        word_count=6,
        opening_line="The sea was warm and dark.",
        source_kind="user",
    )


def test_catalog_skips_bad_user_files_with_a_warning(
    seeds: Path, user_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_user_dream(user_home, "empty.txt", b"")
    write_user_dream(user_home, "binary.txt", (FIXTURES / "binary.bin").read_bytes())
    write_user_dream(user_home, "good.txt", "A good dream of rain.")
    (user_home / "folder.txt").mkdir()  # not a file: not a dream, no warning
    names = [e.name for e in catalog()]
    assert names == ["glass-orchard", "lantern-river", "good"]
    warnings = capsys.readouterr().err.strip().splitlines()
    assert len(warnings) == 2
    assert all(w.startswith("reverie: warning: skipping a dream: ") for w in warnings)
    assert any("empty.txt" in w for w in warnings) and any("binary.txt" in w for w in warnings)


def test_opening_line_is_shortened(seeds: Path, user_home: Path) -> None:
    write_user_dream(user_home, "long.txt", " ".join(["glowing"] * 40) + ".")
    entry = next(e for e in catalog() if e.name == "long")
    assert entry.opening_line.endswith("...") and len(entry.opening_line) <= 90


def test_add_user_dream(seeds: Path, user_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "glass-orchard.txt"
    source.write_text("A second orchard, of frost.")
    copied = add_user_dream(source)
    assert copied == user_home / "glass-orchard-2.txt"  # never hides the bundled one
    assert copied.read_bytes() == source.read_bytes()
    assert add_user_dream(source) == copied  # same bytes: no second copy
    other = tmp_path / "other" / "glass-orchard.txt"
    other.parent.mkdir()
    other.write_text("A third orchard.")
    assert add_user_dream(other) == user_home / "glass-orchard-3.txt"
    assert load_dream("glass-orchard-2").text == "A second orchard, of frost."


def test_add_user_dream_refuses_bad_files(seeds: Path, user_home: Path) -> None:
    with pytest.raises(ReverieError, match="binary"):
        add_user_dream(FIXTURES / "binary.bin")
    assert not user_home.exists() or not any(user_home.iterdir())


def test_a_dropped_symlink_is_not_followed(seeds: Path, user_home: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("The private river of someone else.")
    secret.chmod(0o640)
    link = tmp_path / "innocent.txt"
    link.symlink_to(secret)
    with pytest.raises(ReverieError, match="symbolic link"):
        add_user_dream(link)
    assert not user_home.exists() or not any(user_home.iterdir())


def test_a_copied_dream_is_readable_by_the_user_only(
    seeds: Path, user_home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "shared.txt"
    source.write_text("A lantern on the water.")
    source.chmod(0o644)
    copied = add_user_dream(source)
    assert copied.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in user_home.iterdir()] == ["shared.txt"]  # no temporary left


def test_a_copy_onto_a_full_disk_fails_cleanly(monkeypatch, tiny_disk: Path, tmp_path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tiny_disk))
    folder = tiny_disk / "reverie" / "dreams"
    folder.mkdir(parents=True)
    fill(tiny_disk / "filler")
    source = tmp_path / "big.txt"
    source.write_text("The river glowed. " * 2000)
    with pytest.raises(ReverieError, match="No space left"):
        add_user_dream(source)
    assert list(folder.iterdir()) == []


def test_table_and_json(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def motifs(dream):
        return [w.strip(".").lower() for w in dream.text.split()][:5]

    print_catalog(as_json=False, top_motifs=motifs)
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["NAME", "TITLE", "WORDS", "MOTIFS", "FROM"]
    assert table[1].split() == ["glass-orchard", "Glass", "Orchard", "6", "the,", "glass,",
                                "trees", "bundled"]
    assert "Lantern River" in table[2] and "the, river, glowed" in table[2]
    assert any(str(user_dreams_dir()) in line for line in table)

    print_catalog(as_json=True, top_motifs=motifs)
    data = json.loads(capsys.readouterr().out)
    assert data["default"] == "lantern-river"
    assert data["user_dreams_dir"] == str(user_dreams_dir())
    first = data["dreams"][0]
    assert first["name"] == "glass-orchard" and first["motifs"] == ["the", "glass", "trees"]
    assert first["path"] == str(seeds / "glass-orchard.txt") and first["word_count"] == 6


def test_empty_catalog_table(tmp_path: Path) -> None:
    text = format_catalog([], tmp_path)
    assert text.startswith("No dreams found.") and str(tmp_path) in text


def test_bundled_seeds_all_load() -> None:
    """The real bundled dreams: all eight load, and `default` is one of them."""
    entries = {e.name: e for e in catalog()}
    assert set(BUNDLED) <= set(entries)
    for name in BUNDLED:
        assert entries[name].source_kind == "bundled"
        assert entries[name].path.parent == seeds_dir()
        assert 300 <= entries[name].word_count <= 800
        dream = load_dream(name)
        assert dream.source == name and dream.sentences
    assert load_dream("default").source == default_dream_name()


def test_cli_list(tmp_path: Path, user_home: Path) -> None:
    """`reverie list` with the real mapper; a broken user dream is a warning, not a crash."""
    write_user_dream(user_home, "broken.txt", b"\x00\x01\x02\x03" * 10)
    write_user_dream(user_home, "mine.txt", "The moon rose over a glowing river of lanterns.")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("REVERIE_DEBUG", None)
    result = subprocess.run(
        [sys.executable, "-m", "renderer", "list", "--json"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 1 and "broken.txt" in warnings[0]
    data = json.loads(result.stdout)
    names = [d["name"] for d in data["dreams"]]
    assert set(BUNDLED) <= set(names) and "mine" in names
    assert all(1 <= len(d["motifs"]) <= 3 for d in data["dreams"])
