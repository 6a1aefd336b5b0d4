"""The eye's adaptation (renderer/gfx/exposure.py): a dim frame is lifted until its lights read
near white, a bright one keeps its designed exposure, the darks stay dark, and the change eases
over seconds, never popping (the GL tests draw real shaders on EGL)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from gfx_support import HELD_EXPOSURE, NIGHT, Offscreen, offscreen_renderer

from renderer.bench.look import measure
from renderer.gfx.compositor import Compositor, PostSettings
from renderer.gfx.exposure import (
    ADAPT_SECONDS,
    DARK_CAP,
    KEY,
    MAX_GAIN,
    METER_SECONDS,
    SETTLE_STEPS,
    eased,
    levels_of,
    wanted_gain,
)

SIZE = (160, 90)
DIM = replace(NIGHT, intensities={"marsh": 0.9})  # a marsh by night with no light named
BRIGHT = replace(NIGHT, intensities={"ocean": 0.9}, daylight=1.0)  # the sea by day


def test_a_dim_frame_wants_more_light_up_to_the_ceiling() -> None:
    assert wanted_gain(1.0, 0.01, KEY) == pytest.approx(1.0)
    assert wanted_gain(1.0, 0.01, KEY * 0.8) == pytest.approx(1.5625)
    assert wanted_gain(1.0, 0.01, KEY / 4) == MAX_GAIN
    assert wanted_gain(1.0, 0.01, KEY / 4, ceiling=1.5) == 1.5
    assert wanted_gain(2.0, 0.01, KEY) == pytest.approx(2.0)  # a settled gain stays


def test_a_bright_frame_is_never_darkened() -> None:
    assert wanted_gain(1.0, 0.01, 0.98) == 1.0
    assert wanted_gain(2.0, 0.01, 0.98) == pytest.approx(2.0 * (KEY / 0.98) ** 2)


def test_the_darks_are_not_lifted_past_the_cap() -> None:
    assert wanted_gain(1.0, DARK_CAP, KEY / 2) == 1.0
    assert wanted_gain(1.0, DARK_CAP / 1.2, KEY / 2) == pytest.approx(1.44)


def test_the_gain_eases_over_seconds() -> None:
    gain = 1.0
    for _ in range(round(30 * ADAPT_SECONDS)):
        gain = eased(gain, 2.0, 1 / 30)
    assert gain == pytest.approx(2.0 ** (1.0 - np.exp(-1.0)), rel=1e-3)  # one time constant
    assert eased(1.5, 2.0, 0.0) == 1.5
    assert eased(1.0, 2.0, 10 * ADAPT_SECONDS) == pytest.approx(2.0, rel=1e-3)


def test_levels_read_the_darkest_and_brightest_twentieth() -> None:
    pixels = np.full((10, 100, 4), 128, dtype=np.uint8)
    pixels[:1] = 0  # 10% black
    pixels[-1:] = 255  # 10% white
    assert levels_of(pixels) == pytest.approx((0.0, 1.0))
    pixels[-1:] = 128
    assert levels_of(pixels) == pytest.approx((0.0, 128 / 255), abs=1e-4)


@pytest.fixture(scope="module")
def renderers():
    """Frames as they ship, and at the held, designed exposure, on one context."""
    for shipped in offscreen_renderer(SIZE, PostSettings()):
        own = shipped.compositor
        compositor = Compositor(own.ctx, own.library, own.visuals, SIZE, post=HELD_EXPOSURE)
        yield shipped, Offscreen(compositor)
        compositor.release()


def _still(renderer: Offscreen, state) -> np.ndarray:
    renderer.compositor.reset()
    return renderer.render(state).astype(np.float32)


@pytest.mark.gl
def test_a_dim_night_is_lifted_until_its_lights_read_near_white(renderers) -> None:
    shipped, held = renderers
    designed, adapted = measure(_still(held, DIM)), measure(_still(shipped, DIM))
    assert designed.bright < KEY * 255 - 30  # dim as designed
    assert adapted.bright > designed.bright + 30
    assert abs(adapted.bright - KEY * 255) < 25
    assert adapted.dark <= 20  # and the night keeps its blacks


@pytest.mark.gl
def test_a_bright_day_keeps_its_designed_exposure(renderers) -> None:
    shipped, held = renderers
    designed = _still(held, BRIGHT)
    assert measure(designed).bright > KEY * 255
    assert np.array_equal(_still(shipped, BRIGHT), designed)


@pytest.mark.gl
def test_a_cut_to_a_dim_scene_eases_into_its_light(renderers) -> None:
    """Frames in order after a cut from day to a dim night: the first is as designed, the
    light comes up a little each frame, and after many seconds the picture is the still's."""
    shipped, held = renderers
    shipped.compositor.reset()
    for k in range(15):
        shipped.render(replace(BRIGHT, time=20.0 + k / 30))
    frames, start = [], 20.5
    for k in range(int(8 * ADAPT_SECONDS * 30)):
        frames.append(shipped.render(replace(DIM, time=start + k / 30)).astype(np.float32))
    designed = _still(held, replace(DIM, time=start))
    assert np.abs(frames[0] - designed).mean() < 2.0
    means = [frame.mean() for frame in frames]
    assert max(abs(b - a) for a, b in zip(means, means[1:], strict=False)) < 1.0  # no step
    assert means[-1] > means[0] + 10
    settled = _still(shipped, replace(DIM, time=start + (len(frames) - 1) / 30))
    assert np.abs(frames[-1] - settled).mean() < 1.5


@pytest.mark.gl
def test_a_fade_leaves_the_exposure_where_it_was(renderers) -> None:
    """The meter reads the picture before the fade: fading out does not lift the light."""
    shipped, _ = renderers
    shipped.compositor.reset()
    frames = [
        shipped.render(replace(DIM, time=20.0 + k / 30, fade=1.0 - k / 90)).astype(np.float32)
        for k in range(61)
    ]
    faded = _still(shipped, replace(DIM, time=22.0, fade=1.0 - 60 / 90))
    assert np.abs(frames[-1] - faded).mean() < 1.0
    assert frames[-1].mean() < frames[0].mean() * 0.8


@pytest.mark.gl
def test_frames_in_order_are_metered_now_and_then_not_every_frame(renderers, monkeypatch) -> None:
    """A metering waits for the frame to be drawn: frames in order take one every
    METER_SECONDS, an isolated frame its few at once."""
    shipped, _ = renderers
    compositor = shipped.compositor
    calls: list[int] = []
    meter = compositor._meter
    monkeypatch.setattr(compositor, "_meter", lambda *args: calls.append(1) or meter(*args))
    compositor.reset()
    shipped.render(DIM)
    assert len(calls) == SETTLE_STEPS
    for k in range(1, 31):  # one second at 30 frames a second
        shipped.render(replace(DIM, time=DIM.time + k / 30))
    expected = 1.0 / METER_SECONDS
    assert expected - 1 <= len(calls) - SETTLE_STEPS <= expected + 1
