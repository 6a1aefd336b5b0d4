"""The look measures (hue spread, darkest and brightest 5%) and the bundled dreams' look
against the art direction's bar (issue 14): many hues, near-black darks, near-white lights."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import gl_context
from narration_plans import build, make_plan

from renderer.bench.look import bench_look, measure, midpoints, summarize
from renderer.narration import create_narrator


def _image(*colors: tuple[int, int, int], rows: int = 10) -> np.ndarray:
    """Vertical stripes of `colors`, each `rows` pixels tall and 4 wide."""
    return np.concatenate([np.full((rows, 4, 3), c, np.uint8) for c in colors], axis=0)


def test_one_hue_has_no_spread_and_opposite_hues_the_most() -> None:
    assert measure(_image((200, 60, 20), (120, 36, 12))).hue_spread == pytest.approx(0, abs=1e-3)
    assert measure(_image((200, 60, 20), (20, 140, 200))).hue_spread > 0.9
    grey = measure(_image((10, 10, 10), (128, 128, 128), (250, 250, 250)))
    assert grey.hue_spread == 0.0  # no saturated pixels at all
    dim = measure(_image((200, 60, 20), (12, 4, 20)))  # value under 0.1: not counted
    assert dim.hue_spread == pytest.approx(0, abs=1e-3)


def test_darks_and_lights_are_the_5_and_95_percentiles_of_luma() -> None:
    frame = _image((0, 0, 0), *[(128, 128, 128)] * 8, (255, 255, 255))
    look = measure(frame)
    assert look.dark == 0.0 and look.bright == 255.0
    assert measure(_image((128, 128, 128))).dark == pytest.approx(128, abs=0.5)


def test_the_summary_takes_medians_and_counts_the_one_tint_stills() -> None:
    one = measure(_image((200, 60, 20), (0, 0, 0)))
    two = measure(_image((200, 60, 20), (20, 140, 200), (255, 255, 255)))
    summary = summarize([one, one, two])
    assert summary["stills"] == 3 and summary["one_tint_stills"] == 2
    assert summary["median_hue_spread"] == one.hue_spread


def test_midpoints_spread_over_the_dream() -> None:

    timeline = build(make_plan(), create_narrator("silent"))
    times = midpoints(timeline, 3)
    assert times == sorted(times) and len(times) == min(3, len(timeline.sentences))
    for t in times:
        assert any(s.start < t < s.end for s in timeline.sentences)


@pytest.mark.gl
def test_the_bundled_dreams_have_many_hues_near_black_darks_and_bright_lights() -> None:
    gl_context().release()  # a skip with the reason where there is no GL
    summary = bench_look((320, 180))["summary"]
    assert summary["stills"] >= 20
    assert summary["median_hue_spread"] >= 0.15
    assert summary["one_tint_stills"] <= summary["stills"] / 10
    assert summary["median_dark"] <= 20 and summary["median_bright"] >= 190
