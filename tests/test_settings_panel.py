"""The settings panel's voice row: names and languages, the user's language first."""

from __future__ import annotations

import pytest

from renderer.app.settings import Settings
from renderer.app.settings_panel import SettingsPanel, rank_voices, user_language, voice_label
from renderer.narration.types import Voice

VOICES = [
    Voice("af", "Afrikaans", ("af",)),
    Voice("de", "German", ("de",)),
    Voice("en-us", "English (America)", ("en-us",)),
    Voice("en-gb", "English (Great Britain)", ("en-gb",)),
]


def test_voices_rank_the_users_language_then_english_then_the_rest():
    assert [v.id for v in rank_voices(VOICES, "de")] == ["de", "en-us", "en-gb", "af"]
    assert [v.id for v in rank_voices(VOICES, "en")] == ["en-us", "en-gb", "af", "de"]
    assert voice_label(VOICES[2]) == "English (America), en-us"


@pytest.mark.parametrize(
    ("env", "language"), [({"LANG": "de_DE.UTF-8"}, "de"), ({"LC_ALL": "fr_FR"}, "fr")]
)
def test_the_users_language_comes_from_the_locale(monkeypatch, env, language):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert user_language() == language


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
    assert first.startswith("en") and label != first and "English" in label, (first, label)
