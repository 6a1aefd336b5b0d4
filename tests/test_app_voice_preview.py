"""The settings panel speaks a sample of the voice the listener moves to, heard through the
audio device: SDL's disk driver writes what the mixer plays to a file, read back here."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from app_support import App, app_env

from renderer.app.voice_preview import playable, sample_audio
from renderer.audio import RATE
from renderer.narration import voice_choices

pytestmark = [pytest.mark.window, pytest.mark.slow, pytest.mark.audio]

FRAME = RATE // 100  # 10 ms
VOICED_DBFS = -50.0


def heard(path: Path) -> np.ndarray:
    """The left channel the device has played so far (-1..1)."""
    data = np.fromfile(path, np.int16) if path.exists() else np.zeros(0, np.int16)
    return data[: data.size // 2 * 2].reshape(-1, 2)[:, 0].astype(np.float32) / 32768.0


def spoken_stretches(x: np.ndarray, bridge_s: float = 1.0) -> list[tuple[int, int]]:
    """(first, end) samples of each stretch of sound, gaps under `bridge_s` bridged."""
    frames = x.size // FRAME
    rms = np.sqrt(np.mean(x[: frames * FRAME].reshape(frames, FRAME) ** 2, axis=1) + 1e-20)
    loud = np.flatnonzero(20 * np.log10(rms) > VOICED_DBFS)
    stretches: list[list[int]] = []
    for frame in loud:
        if stretches and frame - stretches[-1][1] <= bridge_s * 100:
            stretches[-1][1] = frame + 1
        else:
            stretches.append([frame, frame + 1])
    return [(a * FRAME, b * FRAME) for a, b in stretches]


def wait_for_stretches(
    path: Path, count: int, ended: bool = True, timeout: float = 60.0
) -> list[tuple[int, int]]:
    """The stretches of sound once `count` of them have begun (ended: and the last of them
    has ended, with 1.5 s of silence after it)."""
    deadline = time.monotonic() + timeout
    while True:
        x = heard(path)
        stretches = spoken_stretches(x)
        after = x.size - stretches[count - 1][1] if len(stretches) >= count else 0
        if len(stretches) >= count and (not ended or after > 1.5 * RATE):
            return stretches
        if time.monotonic() > deadline:
            raise AssertionError(f"{len(stretches)} stretches of sound in {x.size / RATE:.1f} s")
        time.sleep(0.3)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The peak of the normalised cross-correlation of two signals (1: the same sound)."""
    n = 1 << int(np.ceil(np.log2(a.size + b.size)))
    xcorr = np.fft.irfft(np.fft.rfft(a, n) * np.conj(np.fft.rfft(b, n)), n)
    return float(xcorr.max() / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-12))


def test_moving_to_a_voice_speaks_it_and_closing_the_panel_stops_it(xvfb, tmp_path, monkeypatch):
    cache = tmp_path / "narration-cache"  # a new phrase: synthesized while the menu runs on
    device = tmp_path / "device.raw"
    env = app_env(
        xvfb,
        tmp_path,
        SDL_AUDIODRIVER="disk",
        SDL_DISKAUDIOFILE=str(device),
        REVERIE_CACHE_DIR=str(cache),
    )
    best, second = voice_choices()[:2]
    with App(["menu", "--windowed", "--size", "640x360"], env) as app:
        app.wait_for("event: menu")
        app.key("s")
        app.wait_for("event: settings")
        app.key("Down")  # the voice row
        app.key("Right")  # from the default voice to the best one
        *_, voice, seconds = app.wait_for("event: preview auto ", timeout=120).split()
        assert voice == best.id
        first = wait_for_stretches(device, 1)[0]
        app.key("Right")  # the next voice (the first sample has ended already)
        app.wait_for(f"event: preview auto {second.id} ", timeout=120)
        wait_for_stretches(device, 2, ended=False)
        app.key("Escape")  # closing the panel stops the second sample at once
        app.wait_for("event: preview stopped")
        app.wait_for("event: settings saved")
        second_heard = wait_for_stretches(device, 2)[1]
        app.key("Escape")
        assert app.finish() == 0, app.stderr

    monkeypatch.setenv("REVERIE_CACHE_DIR", str(cache))  # the very sample the app made
    expected = sample_audio("auto", best.id, None)
    assert expected is not None
    wanted = playable(expected, 1.0)[:, 0].astype(np.float32) / 32768.0
    sound = heard(device)[first[0] : first[1]]
    # the whole sample, at the level it was made for, and the voice that was chosen
    assert (first[1] - first[0]) / RATE == pytest.approx(float(seconds), abs=0.3)
    assert np.sum(sound**2) == pytest.approx(np.sum(wanted**2), rel=0.1)
    assert similarity(sound, wanted) > 0.9
    other = sample_audio("auto", second.id, None)
    assert other is not None and similarity(sound, other) < 0.5
    # the second voice was cut short when the panel closed
    assert (second_heard[1] - second_heard[0]) / RATE < 0.7 * other.size / RATE
