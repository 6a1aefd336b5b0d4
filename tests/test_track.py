"""The track: a country lane, a dirt road or a footpath reads as a way of earth, not the
paved road (nor a train's track, a motorway's lane or a song); it is where the dreamer is
when they go along it and nothing else names the place, a thing in the place otherwise; its
layer draws an unlit track winding to the horizon (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, frame_box, offscreen_renderer
from reading_support import motifs_of, settings_of

from renderer import pipeline
from renderer.dream import parse_dream

SIZE = (320, 180)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We turned down a country lane.", "country lane"),
        ("I followed a muddy farm track between the fields.", "farm track"),
        ("The dirt road went on for miles.", "dirt road"),
        ("We cycled along the canal towpath.", "towpath"),
        ("A narrow path ran through the woods.", "path"),
        ("The hiking trail was steep.", "hiking trail"),
        ("The lane was full of puddles.", "lane"),
    ],
)
def test_ways_of_earth_read_as_the_track(text: str, word: str) -> None:
    assert motifs_of(text)[word] == "track"


@pytest.mark.parametrize(
    ("text", "word", "motif"),
    [
        ("The train came slowly down the track to the station.", "track", "train"),
        ("A lorry sat in the fast lane of the motorway.", "lane", "road"),
        ("We drove along the highway all night.", "highway", "road"),
    ],
)
def test_the_same_words_in_other_senses_are_not_the_track(text: str, word: str, motif: str) -> None:
    assert motifs_of(text)[word] == motif


def test_a_song_or_an_idiom_is_no_track() -> None:
    assert "track" not in motifs_of("They played my favourite track from the album on the radio.")
    plan = pipeline.plan(parse_dream("I lost track of time.", "test"))
    assert all(k.figurative for s in plan.sentences for k in s.keywords)


def test_going_along_a_track_is_being_on_it_and_a_path_in_a_wood_is_in_the_wood() -> None:
    assert settings_of("I was walking down a long dirt road.") == ["track"]
    assert settings_of("I walked along a narrow path through the woods. The trees were tall.") == [
        "forest",
        "forest",
    ]
    assert settings_of("A path led to the house. I went inside.") == ["room", "room"]
    orchard = "I walked into the orchard. Along the paths grew crystal flowers."
    assert settings_of(orchard) == ["forest", "forest"]  # paths that are only there


def test_a_path_through_the_woods_is_drawn_in_them() -> None:
    dream = parse_dream("I walked along a narrow path through the woods. The trees were tall.", "t")
    timeline = pipeline.Production(dream, pipeline.VoiceChoice("silent").create()).timeline()
    named = timeline.sentences[0]
    states = [timeline.state_at(named.start + (named.end - named.start) * f) for f in (0.8, 1.0)]
    assert any("track" in state.drawn and "forest" in state.drawn for state in states)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _render(renderer: Offscreen, motifs: dict[str, float], **changes: object) -> np.ndarray:
    return renderer.fresh(intensities={**NIGHT.intensities, **motifs}, **changes)


@pytest.mark.gl
def test_the_track_lies_on_its_land_and_leaves_the_sky_alone(renderer) -> None:
    change = np.abs(_render(renderer, {"track": 0.9}) - _render(renderer, {})).mean(axis=2)
    assert frame_box(change, 0.0, 1.0, 0.8, 1.0).mean() < 0.5  # the stars above are untouched
    assert frame_box(change, 0.0, 1.0, 0.0, 0.3).mean() > 15.0  # the land covers the stars below


@pytest.mark.gl
def test_by_day_the_track_is_bare_earth_between_grass(renderer) -> None:
    image = _render(renderer, {"track": 0.9}, daylight=1.0)
    earth = frame_box(image, 0.42, 0.58, 0.0, 0.15).reshape(-1, 3).mean(axis=0)
    assert earth[0] > earth[2] + 25.0  # warm, as earth is
    beside = frame_box(image, 0.05, 0.2, 0.0, 0.15).reshape(-1, 3).mean(axis=0)
    assert earth[0] - earth[2] > beside[0] - beside[2] + 25.0  # warmer than the land it crosses


@pytest.mark.gl
def test_at_night_the_track_has_no_lamps_and_no_traffic(renderer) -> None:
    """Where the road shows its lamps and cars' lights, the track stays in the dark."""
    for time in (20.0, 50.0, 80.0):
        road = _render(renderer, {"road": 0.9}, time=time)
        track = _render(renderer, {"track": 0.9}, time=time)
        for image, most in ((road, None), (track, 40)):
            below = frame_box(image, 0.0, 1.0, 0.0, 0.38)
            lit = np.count_nonzero(below.min(axis=2) > 150.0)
            if most is None:
                assert lit > 200, time
            else:
                assert lit <= most, time


def test_a_path_on_a_plantation_is_on_the_plantation() -> None:
    text = "I am walking along a narrow path on a tea plantation. The bushes are wet."
    assert settings_of(text) == ["meadow", "meadow"]
