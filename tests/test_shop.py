"""Supermarkets and big stores: their words read as the shop (only in a shop's sense; a small
shop is the corner shop, tests/test_corner_shop.py), a passage in one has it as its setting, and
its layer draws a supermarket aisle (real shaders, EGL)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, offscreen_renderer
from reading_support import settings_of
from test_gfx_places import _box, _rgb, _warm_and_cool

from renderer import pipeline
from renderer.bench.look import measure
from renderer.director import direct
from renderer.dream import parse_dream
from renderer.mapping import analyze
from renderer.mapping.lexicon import load_lexicon


def _read(text: str) -> dict[str, str]:
    """Surface text -> motif, for the keywords the mapper finds."""
    plan = analyze(parse_dream(text, source="test"))
    return {k.text: k.motif for s in plan.sentences for k in s.keywords if not k.idiom}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("We were in a huge supermarket.", "supermarket"),
        ("I was in a store with no doors.", "store"),
        ("I was at the grocery store.", "grocery store"),
        ("I was in a department store looking for shoes.", "department store"),
        ("I queued at the checkout.", "checkout"),
        ("The cashier opened the till.", "till"),
        ("The aisles went on forever, the shelves stacked with cereal.", "aisles"),
        ("I pushed my trolley down the aisle past the cereal.", "trolley"),
    ],
)
def test_shop_words_read_as_the_shop(text: str, surface: str) -> None:
    assert _read(text).get(surface) == "shop"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A street market filled the square.", "street market"),
        ("The market stalls were covered in awnings.", "market stalls"),
        ("The fruit stall was piled with oranges.", "stall"),
        ("I went to the market.", "market"),
        ("We haggled in the souk.", "souk"),
    ],
)
def test_street_market_words_read_as_the_market(text: str, surface: str) -> None:
    assert _read(text).get(surface) == "market"


@pytest.mark.parametrize(
    ("text", "surface", "motif"),
    [
        ("I was lost in the market hall.", "market hall", "shop"),
        ("I walked down the aisle of the plane.", "aisle", "corridor"),
        ("She walked down the aisle in the church.", "aisle", "corridor"),
        ("We sat in the stalls and watched the play.", "stalls", "stage"),
        ("The horse stood in its stall.", "stall", "barn"),
        ("A trolley bus rattled past.", "trolley bus", "road"),
        ("There was a newspaper kiosk by the gate.", "kiosk", "city"),
        ("Signs flickered above the shops in the rain.", "shops", "city"),
        ("The bookshop smelled of dust.", "bookshop", "library"),
    ],
)
def test_the_same_words_in_other_places_are_not_the_shop(text, surface, motif) -> None:
    assert _read(text).get(surface) == motif


@pytest.mark.parametrize(
    "text",
    [
        "We talked shop all night.",
        "I waited till dawn.",
        "What lies in store for us?",
        "The stock market fell all night.",
        "He stored the boxes.",
        "I hid in a toilet stall.",
    ],
)
def test_idioms_verbs_and_other_senses_draw_no_shop(text: str) -> None:
    assert "shop" not in _read(text).values()


def test_a_passage_in_a_supermarket_is_set_there_until_the_dream_moves() -> None:
    text = (
        "I was in a huge supermarket late at night. The aisles went on forever. "
        "I pushed a trolley past the cereal. Then I walked out onto a beach."
    )
    assert settings_of(text) == ["shop", "shop", "shop", "beach"]


def test_a_street_market_is_a_setting_in_the_open_air() -> None:
    text = "I wandered into a night market. The stalls were piled with oranges. It was raining."
    assert settings_of(text) == ["market"] * 3
    script = direct(pipeline.plan(parse_dream(text, "t")))
    assert "rain" in script.sentences[2].setting  # out of doors, the rain is part of it


def test_a_shop_is_an_interior_where_the_rain_outside_is_no_setting() -> None:
    places = settings_of("It was raining. I ran into a supermarket. The bread was warm.")
    assert places[1:] == ["shop", "shop"]
    script = direct(pipeline.plan(parse_dream("I ran into a supermarket. It was raining.", "t")))
    assert script.sentences[1].setting == ("shop",)


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _rows(luma: np.ndarray, x0: float, x1: float, y0: float, y1: float) -> int:
    """How many bright bands a vertical strip crosses: rows of goods between dark shelves."""
    height, width = luma.shape
    strip = luma[
        int(height * (1.0 - y1)) : int(height * (1.0 - y0)), int(width * x0) : int(width * x1)
    ]
    profile = strip.mean(axis=1)
    high = profile > np.median(profile) + 0.25 * (profile.max() - np.median(profile))
    return int(np.count_nonzero(high[1:] & ~high[:-1]))


@pytest.mark.gl
def test_the_aisle_has_shelves_of_goods_under_a_line_of_tubes(renderer: Offscreen) -> None:
    image = renderer.alone("shop")
    luma = image.mean(axis=2)
    # the shelves on both sides, row over row of goods
    assert _rows(luma, 0.02, 0.08, 0.1, 0.9) >= 5
    assert _rows(luma, 0.92, 0.98, 0.1, 0.9) >= 5
    # goods of many colours: the shelves hold several hues, not one tint
    assert measure(image[:, : SIZE[0] // 5].astype(np.uint8)).hue_spread > 0.3
    # the tubes over the aisle: a bright line at the top of the middle, dark ceiling beside it
    middle = _box(luma, 0.48, 0.52, 0.8, 0.95)
    assert middle > _box(luma, 0.4, 0.44, 0.85, 0.95) + 60.0
    # the polished floor mirrors them down the aisle's middle
    assert _box(luma, 0.48, 0.52, 0.05, 0.3) > _box(luma, 0.38, 0.42, 0.05, 0.3) + 8.0


@pytest.mark.gl
def test_the_shop_fills_the_frame_and_is_lit_warm_against_cool(renderer: Offscreen) -> None:
    sky, image = renderer.alone(None), renderer.alone("shop")
    assert np.abs(image - sky).mean(axis=2)[:, : SIZE[0] // 10].mean() > 8.0  # shelves, not sky
    warm, cool = _warm_and_cool(image.astype(np.uint8))
    assert warm > 0.03 and cool > 0.03, (warm, cool)
    look = measure(image.astype(np.uint8))
    assert look.dark < 20.0 and look.bright > 120.0, look


@pytest.mark.gl
def test_daylight_through_the_front_brightens_the_store(renderer: Offscreen) -> None:
    night = renderer.alone("shop")
    renderer.compositor.reset()
    day = renderer.render(replace(NIGHT, intensities={"shop": 0.9}, daylight=1.0))
    day = day.astype(np.float32)
    assert day.mean() > night.mean() + 15.0
    # most of all the floor toward the front
    floor_day = _rgb(day, 0.4, 0.6, 0.3, 0.45).mean()
    assert floor_day > _rgb(night, 0.4, 0.6, 0.3, 0.45).mean() + 25.0


def test_a_made_things_table_older_than_the_lexicon_leaves_its_words_their_motif(
    tmp_path: Path,
) -> None:
    motif = '[motifs.{}]\nfamily = "structures_places"\ncolors = ["#000000"]\nterms = [{}]\n'
    (tmp_path / "lexicon.toml").write_text(
        motif.format("objects", '"lid"') + motif.format("shop", '"department store"')
    )
    (tmp_path / "lexicon_things.toml").write_text(
        '[motifs.objects]\nterms = ["department store", "counter"]\n'
    )
    lexicon = load_lexicon(tmp_path / "lexicon.toml")
    assert lexicon.motifs["shop"].terms == ("department store",)
    assert lexicon.motifs["objects"].terms == ("lid", "counter")


def _bands(luma: np.ndarray, x0: float, x1: float, y0: float, y1: float) -> int:
    """How many bright bands a horizontal strip crosses: an awning's cream stripes, each
    brighter than the strip's mean around it (so the sky beside them does not count)."""
    height, width = luma.shape
    rows = slice(int(height * (1.0 - y1)), int(height * (1.0 - y0)))
    profile = luma[rows, int(width * x0) : int(width * x1)].mean(axis=0)
    span = max(len(profile) // 6, 3) | 1  # odd, a few stripes wide
    padded = np.pad(profile, span // 2, mode="edge")
    around = np.convolve(padded, np.ones(span) / span, mode="valid")
    high = profile > around + 4.0
    return int(np.count_nonzero(high[1:] & ~high[:-1]))


@pytest.mark.gl
def test_the_market_lane_runs_between_striped_awnings_under_the_sky(
    renderer: Offscreen,
) -> None:
    sky, image = renderer.alone(None), renderer.alone("market")
    change = np.abs(image - sky).mean(axis=2)
    assert _box(change, 0.45, 0.55, 0.88, 1.0) < 3.0  # the sky over the lane is left alone
    assert _box(change, 0.0, 0.1, 0.0, 0.6) > 30.0  # the stalls hide it at the sides
    # the near awnings' stripes, on both sides
    luma = image.mean(axis=2)
    assert _bands(luma, 0.0, 0.35, 0.67, 0.71) >= 3
    assert _bands(luma, 0.65, 1.0, 0.67, 0.71) >= 3
    # the stalls on both sides are lit warm by their bulbs
    for stalls in (_rgb(image, 0.0, 0.3, 0.2, 0.6), _rgb(image, 0.7, 1.0, 0.2, 0.6)):
        assert stalls[0] > stalls[2] + 20.0, stalls


@pytest.mark.gl
def test_the_market_by_day_takes_the_daylight(renderer: Offscreen) -> None:
    night = renderer.alone("market")
    renderer.compositor.reset()
    day = renderer.render(replace(NIGHT, intensities={"market": 0.9}, daylight=1.0))
    paving_day = _rgb(day.astype(np.float32), 0.4, 0.6, 0.0, 0.2).mean()
    assert paving_day > _rgb(night, 0.4, 0.6, 0.0, 0.2).mean() + 30.0
