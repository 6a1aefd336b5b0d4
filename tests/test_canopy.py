"""Leaves overhead (layers/canopy.glsl, real shaders, EGL): leaves hang from the top edge in
lobes of their own depths over a sky left clear below them, each leaf its own shape with the
sky showing between them."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer

pytestmark = pytest.mark.gl

SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def test_leaves_hang_from_the_top_in_lobes_and_leave_the_sky_below(renderer) -> None:
    sky = renderer.alone(None, daylight=1.0)
    leaves = renderer.alone("leaves", daylight=1.0)
    changed = np.abs(leaves - sky).mean(axis=2) > 12.0
    assert frame_box(changed, 0.0, 1.0, 0.9, 1.0).mean() > 0.6  # the top is leafy
    assert frame_box(changed, 0.0, 1.0, 0.0, 0.45).mean() < 0.01  # the sky below is clear
    rows = np.arange(changed.shape[0])[:, None]
    lowest = np.where(changed, rows, 0).max(axis=0)  # how far down each column's leaves hang
    assert np.std(lowest) > 4.0  # lobes and single leaves, not a straight hem


def test_single_leaves_with_the_sky_between_them(renderer) -> None:
    sky = renderer.alone(None, daylight=1.0)
    leaves = renderer.alone("leaves", daylight=1.0)
    changed = np.abs(leaves - sky).mean(axis=2) > 12.0
    row = changed[int(changed.shape[0] * 0.15)].astype(int)  # across the hanging leaves
    assert np.abs(np.diff(row)).sum() >= 20  # leaf, sky, leaf...: not one dark mass
