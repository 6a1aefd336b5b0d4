"""The time of day (renderer/mapping/daylight.py and the shaders that follow it): time words set
each sentence's daylight and hold until the next one; by day the land is lit, the sky is a
bright blue over pale air and the rims are sunlight, not a glow (real shaders, EGL)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, offscreen_renderer

from renderer import pipeline
from renderer.director import direct
from renderer.dream import parse_dream
from renderer.mapping import analyze
from renderer.mapping.daylight import daylight
from renderer.mapping.matcher import tokenize


def _levels(*sentences: str) -> list[float]:
    return daylight([(s, 0, tokenize(s)) for s in sentences])


def test_a_time_word_holds_until_the_next_and_sets_the_sentences_before_it():
    levels = _levels(
        "I walked down to the river.",
        "It was a hot afternoon and the water was slow.",
        "We swam for a long time.",
        "By nightfall the frogs were singing.",
        "Then it was midnight and the moon was up.",
    )
    assert levels[0] == levels[1] == levels[2] == 1.0
    assert 0.0 < levels[3] < 1.0
    assert levels[4] == 0.0


def test_a_dream_without_time_words_keeps_the_night_and_a_negated_one_does_not_count():
    assert _levels("I was in a hall of mirrors.", "Someone called my name.") == [0.0, 0.0]
    assert _levels("There was no sun, only a grey lid of cloud.") == [0.0]
    assert _levels("There was no moon.", "It was noon.") == [1.0, 1.0]


def test_comparisons_and_quoted_words_tell_no_time_and_a_sky_hint_sets_it_only_first():
    assert _levels("It turned the way a sunflower turns toward morning.") == [0.0]
    assert _levels("On the way home that afternoon I saw a fox.") == [1.0]  # no comparison
    assert _levels("The hall was bright, as if it were noon.") == [0.0]
    assert _levels("The hall glowed like a summer afternoon.") == [0.0]
    assert _levels('"We travel at night," she said.', "The sand was warm.") == [0.0, 0.0]
    assert _levels("It was noon.", 'She said, "Come back tonight."') == [1.0, 1.0]
    # the first hint sets the time; later hints change nothing, a named time does
    assert _levels("Stars hung over the roofs.", "We flew toward the sun.") == [0.0, 0.0]
    assert _levels("The sun was going down.", "Then it was night.") == [0.45, 0.0]
    assert _levels("The sun was hot on my neck.") == [1.0]


def test_the_plan_and_the_timeline_carry_the_daylight():
    dream = parse_dream("The morning sun lay on the meadow. At dusk a fox crossed it.", "test")
    plan = analyze(dream)
    assert [s.daylight for s in plan.sentences] == [0.85, 0.45]
    timeline = pipeline.Production(dream, pipeline.VoiceChoice("silent").create()).timeline()
    first, second = timeline.sentences
    assert timeline.state_at((first.start + first.end) / 2).daylight == 0.85
    assert timeline.state_at(second.end).daylight == 0.45
    between = timeline.state_at((first.end + second.start) / 2).daylight
    assert 0.45 <= between <= 0.85  # eased from one to the next


def test_the_sky_of_another_time_leaves_the_setting():
    dream = parse_dream("At noon the sun burned over the hills. At midnight I was there.", "t")
    script = direct(analyze(dream))
    assert "sun" in script.sentences[0].setting
    assert "sun" not in script.sentences[1].setting


# -- the picture ---------------------------------------------------------------------------------
SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _meadow(renderer: Offscreen, light: float) -> np.ndarray:
    renderer.compositor.reset()
    state = replace(NIGHT, intensities={"meadow": 0.8}, daylight=light)
    return renderer.render(state).astype(np.float32) / 255.0


def _saturation(pixels: np.ndarray) -> np.ndarray:
    top, low = pixels.max(axis=-1), pixels.min(axis=-1)
    return (top - low) / np.maximum(top, 1e-3)


@pytest.mark.gl
def test_by_day_the_sky_is_a_bright_blue_over_pale_air_and_the_land_is_lit(renderer):
    night, day = _meadow(renderer, 0.0), _meadow(renderer, 1.0)
    h = SIZE[1]
    zenith, low_air = slice(0, h // 8), slice(int(h * 0.45), int(h * 0.55))
    land = slice(-h // 6, None)
    r, g, b = day[zenith].reshape(-1, 3).mean(axis=0)
    assert b > r + 0.15 and b > g  # a blue sky overhead
    assert day[low_air].mean() > day[zenith].mean()  # paler toward the horizon
    assert day[low_air].mean() > night[low_air].mean() + 0.1
    assert day[land].mean() > night[land].mean() + 0.03  # the land lit, not a black silhouette


@pytest.mark.gl
def test_by_day_the_rims_are_sunlight_not_the_palettes_most_colourful_glow(renderer):
    """The ridges' rim lines are the brightest land pixels; at night they take the palette's
    most colourful colour, by day the sun's light, far less saturated."""
    def rims(frame: np.ndarray) -> np.ndarray:
        lower = frame[SIZE[1] * 2 // 3 :].reshape(-1, 3)
        luma = lower @ np.array([0.2126, 0.7152, 0.0722])
        return lower[luma >= np.percentile(luma, 99)]

    night, day = rims(_meadow(renderer, 0.0)), rims(_meadow(renderer, 1.0))
    assert np.median(_saturation(day)) < np.median(_saturation(night)) - 0.15


@pytest.mark.gl
def test_stars_do_not_show_in_daylight(renderer):
    def stars_add(light: float) -> float:
        frames = []
        for shown in ({"stars": 1.0}, {}):
            renderer.compositor.reset()
            frames.append(renderer.render(replace(NIGHT, intensities=shown, daylight=light)))
        with_stars, without = (f.astype(np.float32) for f in frames)
        return float(np.abs(with_stars - without).max())

    assert stars_add(0.0) > 60.0  # at night a star is a bright point
    assert stars_add(1.0) < 3.0


def test_a_watch_or_a_shift_of_the_night_and_a_clock_time_set_the_time():
    assert _levels(
        "Dreamed I was on the bridge wing, middle watch.",
        "I stood on the quay in broad daylight.",
    ) == [0.0, 1.0]
    clocks = _levels("it was 3am and raining.", "at 7:52 p.m. the bus came.", "At 2.30pm we ate.")
    assert clocks == [0.0, 0.45, 1.0]
    assert _levels("I am here, 9 apples.", "The sun was out.") == [1.0, 1.0]  # no clock time


def test_an_hour_said_in_words_sets_the_time_by_its_part_of_the_day():
    spoken = _levels(
        "I got a taxi at two in the morning.",
        "By eleven in the morning the rain had stopped.",
        "At ten at night the bells rang.",
        "We met at 6 o'clock in the evening.",
    )
    assert spoken == [0.0, 0.85, 0.0, 0.45]
    assert _levels("I woke in the morning.") == [0.85]  # no hour: the morning


def test_a_blue_sky_hints_at_day_until_a_time_is_named():
    assert _levels("Waterloo is a wheat field under a huge blue sky.", "We walked.") == [1.0, 1.0]
    assert _levels("The sky was grey.", "We walked.") == [0.0, 0.0]  # no hint: the night's


def test_a_grey_or_overcast_sky_hints_at_day() -> None:
    assert _levels("I stood in a field under a grey sky.", "We walked.") == [1.0, 1.0]
    assert _levels("It was overcast.", "Later the stars came out.") == [1.0, 1.0]
