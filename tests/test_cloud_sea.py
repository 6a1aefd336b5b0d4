"""A sea of clouds: up in the clouds or above them one is over the sea of clouds (clouds seen
overhead or passed through are still clouds in the sky), the clouds one is above are its own,
and its layer draws lit heaps of cloud to a hazy horizon under the sky, drifting toward the
viewer (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import NIGHT, frame_box, offscreen_renderer
from reading_support import drawn_of, motifs_of, settings_of


@pytest.mark.parametrize(
    "text",
    [
        "I rose in wide spirals, up into the clouds.",
        "We flew high above the clouds.",
        "Below me the clouds lay like a white country.",
        "The clouds beneath us were pink.",
    ],
)
def test_up_in_the_clouds_or_above_them_is_the_sea_of_clouds(text: str) -> None:
    assert settings_of(text) == ["cloud_sea"]


def test_a_sea_of_clouds_reads_as_it() -> None:
    assert motifs_of("We drifted over a sea of clouds.")["sea of clouds"] == "cloud_sea"


@pytest.mark.parametrize(
    "text",
    [
        "We walked up the hill. There were clouds over the hill.",
        "I was on the beach. We flew through a cloud.",
        "I was on the beach. The clouds were low and grey.",
        "I was lying under the clouds in a trench.",
        "I was crouching in a muddy trench under a grey sky.",
    ],
)
def test_clouds_overhead_or_passed_through_are_still_in_the_sky(text: str) -> None:
    assert "cloud_sea" not in settings_of(text)


def test_the_clouds_one_is_above_are_its_own() -> None:
    assert "clouds" not in drawn_of("I was up above the clouds.")[0]


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


@pytest.mark.gl
def test_lit_heaps_of_cloud_to_a_hazy_horizon_under_the_sky(renderer) -> None:
    sky = renderer.alone(None, daylight=0.8)
    sea = renderer.alone("cloud_sea", daylight=0.8)
    change = np.abs(sea - sky).mean(axis=2)
    assert frame_box(change, 0.0, 1.0, 0.5, 1.0).mean() < 3.0  # the sky is left above
    assert frame_box(change, 0.0, 1.0, 0.0, 0.4).mean() > 10.0  # the clouds fill below
    near = frame_box(sea, 0.0, 1.0, 0.0, 0.15).mean(axis=2)
    far = frame_box(sea, 0.0, 1.0, 0.38, 0.42).mean(axis=2)
    grain = [np.abs(np.diff(band, axis=1)).mean() for band in (near, far)]
    assert grain[0] > 1.3 * grain[1]  # heaps lit and shaded near, an even haze far away
    assert np.percentile(near, 95) > 150.0  # the faces to the sun are bright
    shade = frame_box(sea, 0.0, 1.0, 0.0, 0.15).reshape(-1, 3)[near.ravel() < np.median(near)]
    assert shade[:, 2].mean() > shade[:, 0].mean() + 5.0  # the shade is the sky's cool light


@pytest.mark.gl
def test_the_clouds_drift(renderer) -> None:
    renderer.compositor.reset()
    now = renderer.fresh(intensities={"cloud_sea": 0.9}, daylight=0.8)
    later = renderer.fresh(intensities={"cloud_sea": 0.9}, daylight=0.8, time=NIGHT.time + 8.0)
    assert np.abs(frame_box(later - now, 0.0, 1.0, 0.0, 0.3)).mean() > 3.0


@pytest.mark.gl
def test_a_city_in_the_clouds_stands_on_them(renderer) -> None:
    sea = renderer.alone("cloud_sea", daylight=0.2)
    renderer.compositor.reset()
    both = renderer.fresh(intensities={"cloud_sea": 0.9, "city": 0.9}, daylight=0.2)
    assert np.abs(frame_box(both - sea, 0.0, 1.0, 0.25, 0.4)).mean() > 20.0  # not hidden
