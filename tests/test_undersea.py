"""Under the sea: being underwater or on the sea floor is a place of its own (not the sea seen
from its shore), and its layer draws the water all round: light from the surface overhead, the
deep dark below it and a floor of sand (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import script_of, settings_of

SIZE = (320, 180)


@pytest.mark.parametrize(
    "text",
    [
        "I was at the bottom of the sea.",
        "I was swimming underwater and could breathe.",
        "We walked across the sea floor between the rocks.",
        "I dived down to the coral reef.",
    ],
)
def test_being_underwater_is_under_the_sea(text: str) -> None:
    assert settings_of(text) == ["undersea"]


def test_the_sea_from_its_shore_or_a_boat_is_the_ocean() -> None:
    assert settings_of("I stood on the shore and looked at the sea.") == ["beach"]
    assert settings_of("We sailed across the open sea.") == ["ocean"]


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


@pytest.mark.gl
def test_the_water_replaces_the_sky_lit_from_above_dark_below(renderer) -> None:
    sky = renderer.fresh(intensities={"stars": 0.7}, daylight=1.0)
    sea = renderer.fresh(intensities={"stars": 0.7, "undersea": 0.9}, daylight=1.0)
    assert np.abs(sea - sky).mean() > 20.0  # the sky is gone
    top = frame_box(sea, 0.0, 1.0, 0.85, 1.0).mean()
    deep = frame_box(sea, 0.0, 1.0, 0.2, 0.35).mean()
    assert top > 1.5 * deep  # the light comes from the surface
    water = frame_box(sea, 0.0, 1.0, 0.4, 0.6).reshape(-1, 3).mean(axis=0)
    assert water[2] > water[0] and water[1] > water[0]  # blue-green water


@pytest.mark.gl
def test_a_warm_fill_does_not_turn_the_water_red(renderer) -> None:
    coral = ((0.06, 0.04, 0.05), (0.97, 0.5, 0.45), (0.9, 0.6, 0.3), (0.95, 0.85, 0.7))
    sea = renderer.fresh(intensities={"undersea": 0.9}, daylight=1.0, palette=coral)
    water = frame_box(sea, 0.0, 1.0, 0.4, 0.8).reshape(-1, 3).mean(axis=0)
    assert water[2] > water[0] and water[1] > water[0] * 0.9  # still sea-coloured


@pytest.mark.gl
def test_the_sea_floor_is_sand_and_the_surface_moves(renderer) -> None:
    sea = renderer.fresh(intensities={"undersea": 0.9}, daylight=1.0)
    floor = frame_box(sea, 0.0, 1.0, 0.0, 0.05).reshape(-1, 3).mean(axis=0)
    assert floor[0] > floor[2]  # warm sand under blue water
    later = renderer.fresh(intensities={"undersea": 0.9}, daylight=1.0, time=25.0)
    surface = np.abs(frame_box(later - sea, 0.0, 1.0, 0.85, 1.0)).mean()
    assert surface > 2.0  # the light on the surface shifts


@pytest.mark.gl
def test_by_night_the_deep_is_near_black(renderer) -> None:
    sea = renderer.fresh(intensities={"undersea": 0.9}, daylight=0.0)
    assert np.percentile(sea.mean(axis=2), 5) < 12.0


def test_in_a_submarine_one_is_under_the_sea() -> None:
    assert settings_of("We were inside the submarine, far below the waves.") == ["undersea"]


def test_under_a_swimming_pools_water_one_is_in_the_pool() -> None:
    text = (
        "I was at the swimming baths at night. I swam underwater past the tiles. "
        "I dived into the deep end."
    )
    assert settings_of(text) == ["pool"] * 3


def test_under_the_sea_no_sky_weather_or_surface_is_drawn() -> None:
    script = script_of(
        "It was pouring with rain on the beach. I dived under the waves and swam down to the "
        "bottom of the sea. A whale passed the porthole. The moon was full."
    )
    deep = script.sentences[1:]
    assert [s.setting[:1] for s in deep] == [("undersea",)] * 3
    assert not any({"rain", "ocean", "moon"} & {*s.setting, *s.focus} for s in deep)
    assert "whale" in deep[1].focus
