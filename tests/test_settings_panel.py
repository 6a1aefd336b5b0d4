"""The settings panel's voice row: named voices, best first (the ranking itself is tested
with the voices, tests/test_narration_voice.py)."""

from __future__ import annotations

import pytest

from renderer.app.settings import Settings
from renderer.app.settings_panel import SettingsPanel


def test_the_voice_row_cycles_through_named_voices_best_first(monkeypatch):
    from renderer.narration.espeak import espeak_available

    if not espeak_available():
        pytest.skip("espeak-ng is not installed")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    settings = Settings(narrator="pyttsx3")
    panel = SettingsPanel(settings)
    panel.row = [row.key for row in panel.rows].index("voice")
    voice_row = panel.rows[panel.row]
    panel.change(+1)  # from the default to the best voice
    first = settings.voice
    label = voice_row.show(first)
    assert first.startswith("en") and label != first and "espeak-ng" in label, (first, label)
