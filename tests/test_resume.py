"""Where a dream was left: kept per dream, forgotten when its text changes or it ends."""

from __future__ import annotations

from dataclasses import replace

from renderer.app.resume import MIN_RESUME_S, Positions
from renderer.dream import parse_dream


def _dream(text: str = "A lantern drifted down the river. The moon followed it."):
    return parse_dream(text, source="/dreams/river.txt")


def test_a_position_is_kept_across_stores_and_forgotten_at_the_end(tmp_path):
    path = tmp_path / "positions.json"
    dream = _dream()
    Positions(path).remember(dream, 42.5)
    assert Positions(path).position(dream) == 42.5
    Positions(path).forget(dream)
    assert Positions(path).position(dream) == 0.0


def test_an_edited_dream_or_a_position_near_the_start_starts_from_the_beginning(tmp_path):
    path = tmp_path / "positions.json"
    dream = _dream()
    store = Positions(path)
    store.remember(dream, 30.0)
    edited = _dream("A lantern drifted down the river. The sun followed it.")
    assert edited.source == dream.source and Positions(path).position(edited) == 0.0
    store.remember(dream, MIN_RESUME_S / 2)
    assert Positions(path).position(dream) == 0.0
    other = replace(dream, source="/dreams/other.txt")
    assert Positions(path).position(other) == 0.0


def test_a_broken_file_is_said_once_and_playback_starts_at_zero(tmp_path, capsys):
    path = tmp_path / "positions.json"
    path.write_text("{not json", encoding="utf-8")
    store = Positions(path)
    assert store.position(_dream()) == 0.0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot read" in err[0]
    store.remember(_dream(), 12.0)  # and it is replaced by a good one
    assert Positions(path).position(_dream()) == 12.0
