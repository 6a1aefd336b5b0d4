"""The castle: its words read as the castle place (and the verb 'keep' reads nothing), a passage
there is set at the castle, and its layer draws towers rising over a crenellated wall on a rise,
with warm windows by night and pale stone by day (real shaders, EGL)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from gfx_support import NIGHT, offscreen_renderer
from reading_support import settings_of

from renderer.dream import parse_dream
from renderer.mapping import analyze


def _read(text: str) -> dict[str, str]:
    """Surface text -> motif, for the keywords the mapper finds."""
    plan = analyze(parse_dream(text, source="test"))
    return {k.text: k.motif for s in plan.sentences for k in s.keywords if not k.idiom}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I was in a castle.", "castle"),
        ("The fortress loomed over the valley.", "fortress"),
        ("The citadel was white in the sun.", "citadel"),
        ("We climbed to the top of the keep.", "keep"),
        ("We stood on the battlements.", "battlements"),
        ("The ramparts were covered in ivy.", "ramparts"),
        ("A turret leaned over the river.", "turret"),
        ("The drawbridge came down.", "drawbridge"),
        ("Black water filled the moat.", "moat"),
        ("We stayed at a chateau in France.", "chateau"),
        ("The old schloss stood on the Rhine.", "schloss"),
        ("We held the stronghold all night.", "stronghold"),
    ],
)
def test_castle_words_read_as_the_castle(text: str, surface: str) -> None:
    assert _read(text).get(surface) == "castle"


@pytest.mark.parametrize(
    "text",
    [
        "I keep dreaming about my grandmother.",
        "Keep walking, she said.",
        "The alarm keeps ringing and she keeps the car running.",
        "He built castles in the air.",
        "The children made a sandcastle.",
    ],
)
def test_the_verb_keep_and_idioms_draw_no_castle(text: str) -> None:
    assert "castle" not in _read(text).values()


def test_a_passage_at_a_castle_is_set_there_until_the_dream_moves() -> None:
    text = (
        "The castle stood on a hill above the sea. We walked up to the gate. "
        "Inside, the torches were lit. Then I was on a beach."
    )
    # 'Inside,' after the castle is its inside, the hall ([insides] in assets/direction.toml)
    assert settings_of(text) == ["castle", "castle", "hall", "beach"]
    # being in a castle is being inside it, and its stairs are no new place
    assert settings_of("I was in a castle. The stairs went round and round.") == ["hall"] * 2
    assert settings_of("I was outside a castle. The stairs went round and round.") == ["castle"] * 2


def test_the_moat_is_a_thing_of_the_castle_not_a_setting() -> None:
    assert settings_of("I was in the kitchen. A moat ran under the window.") == ["kitchen"] * 2


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _render(renderer, daylight: float) -> tuple[np.ndarray, np.ndarray]:
    """The night scene without and with the castle at `daylight`, as float RGB."""
    scene = replace(NIGHT, daylight=daylight)
    renderer.compositor.reset()
    plain = renderer.render(scene).astype(np.float32)
    renderer.compositor.reset()
    drawn = renderer.render(replace(scene, intensities={**scene.intensities, "castle": 0.9}))
    return plain, drawn.astype(np.float32)


def _top_edge(plain: np.ndarray, drawn: np.ndarray) -> np.ndarray:
    """Per column, the height (fraction of the frame) of the castle's highest pixel."""
    changed = np.abs(drawn - plain).mean(axis=2) > 12.0
    height = changed.shape[0]
    rows = np.where(changed.any(axis=0), changed.argmax(axis=0), height)
    return 1.0 - rows / height


def test_towers_and_a_keep_rise_over_the_crenellated_wall(renderer) -> None:
    plain, drawn = _render(renderer, 1.0)  # its outline against the plain sky of day
    change = np.abs(drawn - plain).mean(axis=2)
    height, width = change.shape
    assert change[: int(height * 0.35)].mean() < 0.5  # the sky above is left alone
    assert change[int(height * 0.85) :].mean() > 5.0  # the rise below
    top = _top_edge(plain, drawn)[int(width * 0.42) : int(width * 0.7)]
    wall = np.percentile(top, 20)  # the curtain wall's walk, between the towers
    above = top > wall + 0.03
    peaks = int(above[0]) + int(np.count_nonzero(above[1:] & ~above[:-1]))
    assert peaks >= 3  # separate towers, not one block
    assert top.max() > wall + 0.15  # the tallest roof well over the wall
    # merlons: the wall's own top steps up and down along its run
    run = top[np.abs(top - wall) < 0.03]
    assert np.count_nonzero(np.diff(run) != 0) >= 6


def test_warm_windows_by_night_pale_stone_by_day(renderer) -> None:
    _, night = _render(renderer, 0.0)
    _, day = _render(renderer, 1.0)
    height, width, _ = night.shape

    def box(image: np.ndarray, y0: float, y1: float) -> np.ndarray:
        rows = slice(int(height * (1.0 - y1)), int(height * (1.0 - y0)))
        return image[rows, int(width * 0.45) : int(width * 0.68)].reshape(-1, 3)

    # the curtain wall's stone: pale by day, dark by night
    assert box(day, 0.2, 0.33).mean() > 1.8 * box(night, 0.2, 0.33).mean()

    def warm(pixels: np.ndarray) -> int:
        return int(np.count_nonzero((pixels[:, 0] > 150.0) & (pixels[:, 0] > pixels[:, 2] + 60.0)))

    # by night windows and the gate glow warm in the castle; by day they are dim
    assert warm(box(night, 0.18, 0.5)) >= 12
    assert warm(box(day, 0.18, 0.5)) < warm(box(night, 0.18, 0.5)) / 2
