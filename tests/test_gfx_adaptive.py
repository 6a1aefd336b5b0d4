"""The adaptive resolution controller on a synthetic frame-time model (no GL needed)."""

from __future__ import annotations

import random

from renderer.gfx.adaptive import AdaptiveResolution


def _run(fixed_ms: float, full_ms: float, frames: int = 400, noise: float = 0.08, seed: int = 1):
    """Frames cost fixed + full * scale^2 (fill-rate bound), with multiplicative noise."""
    rng = random.Random(seed)
    controller = AdaptiveResolution(target_fps=30.0)
    scales = []
    for _ in range(frames):
        ms = (fixed_ms + full_ms * controller.scale**2) * (1.0 + rng.uniform(-noise, noise))
        scales.append(controller.update(ms))
    return controller, scales


def _fps(fixed_ms: float, full_ms: float, scale: float) -> float:
    return 1000.0 / (fixed_ms + full_ms * scale**2)


def test_a_heavy_scene_settles_at_a_scale_that_holds_30_fps() -> None:
    controller, scales = _run(fixed_ms=6.0, full_ms=60.0)
    assert 0.5 <= controller.scale < 0.8
    assert _fps(6.0, 60.0, controller.scale) >= 29.0
    assert len(set(scales[-200:])) <= 2  # no oscillation once settled


def test_a_light_scene_stays_at_full_resolution() -> None:
    controller, scales = _run(fixed_ms=4.0, full_ms=15.0)
    assert controller.scale == 1.0 and set(scales) == {1.0}


def test_an_impossible_scene_bottoms_out_at_half_resolution() -> None:
    controller, _ = _run(fixed_ms=40.0, full_ms=100.0)
    assert controller.scale == 0.5


def test_it_recovers_when_the_load_goes_away() -> None:
    rng = random.Random(3)
    controller = AdaptiveResolution(target_fps=30.0)
    for frame in range(600):
        full = 80.0 if frame < 200 else 12.0
        controller.update((5.0 + full * controller.scale**2) * (1 + rng.uniform(-0.05, 0.05)))
        if frame == 199:
            assert controller.scale <= 0.6
    assert controller.scale == 1.0


def test_bad_measurements_are_ignored() -> None:
    controller = AdaptiveResolution()
    for value in (float("nan"), float("inf"), 0.0, -5.0):
        assert controller.update(value) == 1.0
