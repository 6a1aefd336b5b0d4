"""The soak benchmark's arithmetic and its command line (the run itself is `reverie bench
--soak MINUTES`; tests/test_screensaver_memory.py guards what it measures)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from app_support import REPO

from renderer.bench.soak import Sample, growth_per_hour


def _samples(mb_at: list[tuple[float, float]]) -> list[Sample]:
    return [Sample(seconds, mb, 0, 1) for seconds, mb in mb_at]


def test_growth_is_the_fitted_slope_per_hour():
    steady = _samples([(t, 300.0 + 10.0 * t / 3600) for t in range(0, 1800, 5)])
    assert growth_per_hour(steady) == pytest.approx(10.0)
    noisy = _samples([(t, 300.0 + (1.5 if (t // 5) % 2 else -1.5)) for t in range(0, 1800, 5)])
    assert abs(growth_per_hour(noisy)) < 1.0  # alternating noise is not growth
    assert growth_per_hour(_samples([(0.0, 300.0)])) == 0.0


def test_rss_is_this_process_memory():
    """In a fresh process (a long test run keeps freed pages resident, which a new block
    may reuse without growing)."""
    code = (
        "from renderer.bench.soak import rss_mb\n"
        "before = rss_mb()\n"
        "held = b'\\x01' * (64 * 1024 * 1024)  # every page written\n"
        "print(rss_mb() - before)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=60, check=True)
    assert float(done.stdout) > 48


@pytest.mark.parametrize("minutes", ["0", "-3", "nan", "inf"])
def test_bad_minutes_are_one_line(minutes):
    done = subprocess.run([sys.executable, "-m", "renderer", "bench", "--soak", minutes],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"reverie: error: MINUTES must be a number more than 0, got {float(minutes)}"
    )
