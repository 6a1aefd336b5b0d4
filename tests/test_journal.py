"""Saving, renaming, deleting and sorting the user's own dreams."""

from __future__ import annotations

import os

import pytest

from renderer.app.journal import by_date, delete_dream, file_text, save_dream
from renderer.errors import ReverieError
from renderer.library import catalog, load_dream


@pytest.fixture
def dreams(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "reverie" / "dreams"


def test_a_new_dream_is_saved_under_its_title_and_reads_back(dreams):
    path = save_dream("Night Swim", "I swam through a lake of stars.\nThe water hummed.")
    assert path == dreams / "night-swim.txt"
    assert path.read_text(encoding="utf-8") == (
        "Title: Night Swim\n\nI swam through a lake of stars.\nThe water hummed.\n"
    )
    dream = load_dream("night-swim")
    assert dream.title == "Night Swim" and dream.text.startswith("I swam through")
    again = save_dream("Night Swim", "Another night, another lake.")
    assert again == dreams / "night-swim-2.txt"  # never over another dream
    bundled = save_dream("Lantern River", "My own lantern river.")
    assert bundled.name == "lantern-river-2.txt"  # nor hiding a bundled one


def test_editing_renames_when_the_title_changes_and_keeps_the_file_otherwise(dreams):
    path = save_dream("Moth", "A moth carried a lantern.")
    same = save_dream("Moth", "A moth carried a small lantern.", replacing=path)
    assert same == path and "small lantern" in path.read_text(encoding="utf-8")
    renamed = save_dream("Moth Lantern", "A moth carried a small lantern.", replacing=path)
    assert renamed == dreams / "moth-lantern.txt" and not path.exists()


def test_a_title_the_text_already_gives_is_not_written_twice():
    assert file_text("Moth", "# Moth\n\nA moth flew.") == "# Moth\n\nA moth flew.\n"


def test_an_empty_dream_is_refused_and_nothing_is_written(dreams):
    with pytest.raises(ReverieError):
        save_dream("Nothing", "  \n ")
    assert not dreams.exists() or not any(dreams.iterdir())


def test_only_the_users_own_dreams_can_be_deleted_and_the_newest_sorts_first(dreams):
    old = save_dream("Old", "An old dream of a quiet house.")
    new = save_dream("New", "A new dream of a loud sea.")
    os.utime(old, (1_000_000, 1_000_000))
    entries = catalog()
    assert by_date(entries)[0].path == new
    bundled = next(e for e in entries if e.source_kind == "bundled")
    with pytest.raises(ReverieError):
        delete_dream(bundled)
    assert bundled.path.exists()
    delete_dream(next(e for e in entries if e.path == old))
    assert not old.exists() and new.exists()
