"""Settings: TOML in the config folder, read back; broken files are replaced by defaults."""

from __future__ import annotations

import pytest

from renderer.app.settings import Settings, load_settings, save_settings, settings_path


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    return tmp_path


def test_round_trip_in_the_xdg_config_folder(config_home):
    assert settings_path() == config_home / "reverie" / "settings.toml"
    assert load_settings() == Settings()  # no file yet: defaults, and no file is made
    assert not settings_path().exists()
    chosen = Settings("silent", "", 180, 0.5, 0.3, False, False, 30.0)
    save_settings(chosen)
    assert load_settings() == chosen


def test_missing_keys_take_defaults_and_ints_are_fine_for_floats(config_home):
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text("voice_volume = 1\nsleep_timer = 15\n", encoding="utf-8")
    assert load_settings() == Settings(voice_volume=1.0, sleep_timer=15.0)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("captions = [", "Invalid value"),
        ("captions = 'yes'", "captions must be a bool"),
        ("rate = 1.5", "rate must be a int, not float"),
        ("rate = 5000", "rate must be 0 or"),
        ("narrator = 'robot'", "narrator must be one of"),
        ("ambience_volume = -1.0", "ambience_volume must be"),
        ("colour = 'blue'", "unknown key 'colour'"),
        ("\udcff", ""),
    ],
)
def test_a_broken_file_is_reported_once_and_replaced_by_defaults(config_home, text, reason):
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    said: list[str] = []
    assert load_settings(warn=said.append) == Settings()
    assert len(said) == 1 and said[0].startswith(f"settings file {path} is broken (")
    assert reason in said[0] and said[0].endswith("; using defaults")
    assert load_settings(warn=said.append) == Settings() and len(said) == 1  # fixed on disk
