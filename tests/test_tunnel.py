"""A tunnel: a built one reads as the tunnel (one dug through the rock is the cavern's), its
lamps and tiled walls are its own, and its layer draws a tiled vault down to an opening onto
the world outside, lit in warm pools by lamps along the walls (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import drawn_of, settings_of


@pytest.mark.parametrize(
    "text",
    [
        "I walked down a long tunnel lined with white tiles.",
        "The car went into the road tunnel and the radio stopped.",
        "We ran through the underpass to get out of the rain.",
        "I was in one of the tunnels under the station.",
    ],
)
def test_a_built_tunnel_is_the_tunnel(text: str) -> None:
    assert settings_of(text)[-1] == "tunnel"


@pytest.mark.parametrize(
    "text",
    [
        "The miners had carved a tunnel through the salt.",
        "Deep in the cave a narrow tunnel went down into the rock.",
        "I crawled into a rabbit's tunnel under the hedge.",
    ],
)
def test_a_tunnel_through_the_rock_or_the_earth_is_the_cavern(text: str) -> None:
    assert settings_of(text)[-1] == "cavern"


def test_the_tunnels_tiles_and_lamps_are_its_own() -> None:
    text = "I walked down a tunnel of old tiles, and the lamps on the walls flickered."
    assert drawn_of(text)[0] == {"tunnel"}  # no city of tiles, no lanterns floating in it
    under = "I walked through the tunnel under the river, and the tiles were wet with water."
    assert drawn_of(under)[0] == {"tunnel"}  # no river or lake across its floor


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


@pytest.mark.gl
def test_a_tiled_vault_to_an_opening_lit_by_lamps_along_the_walls(renderer) -> None:
    sky = renderer.alone(None)
    tunnel = renderer.alone("tunnel")
    change = np.abs(tunnel - sky).mean(axis=2)
    assert frame_box(change, 0.0, 1.0, 0.85, 1.0).mean() > 8.0  # its vault hides the sky
    assert frame_box(change, 0.47, 0.53, 0.44, 0.5).mean() < 0.3 * change.mean()  # but not there
    light = tunnel.mean(axis=2)
    for side in ((0.1, 0.35), (0.65, 0.9)):  # the lamps burn along both walls
        wall = frame_box(light, *side, 0.45, 0.65)
        assert wall.max() > 200.0 and wall.max() > 1.5 * np.median(wall)
    red, green, blue = frame_box(tunnel, 0.0, 1.0, 0.6, 1.0).reshape(-1, 3).T.astype(float)
    assert np.count_nonzero(blue > red + 20.0) > 200  # cool daylight on the vault's tiles
    floor = frame_box(light, 0.2, 0.8, 0.0, 0.15)
    assert floor.mean() < 0.6 * frame_box(light, 0.0, 1.0, 0.6, 0.9).mean()  # a dark wet floor


def test_a_tunnel_passed_through_is_not_drawn_over_where_one_comes_out() -> None:
    text = (
        "We were on the boat ride. The boat went into a tunnel, and when it came out the fair "
        "had gone and the boat was floating down a stream in a forest."
    )
    assert settings_of(text)[-1] == "forest"
    assert "tunnel" not in drawn_of(text)[-1]  # no vault over the trees
    assert settings_of("I drove into the tunnel. It was long and tiled.") == ["tunnel"] * 2
