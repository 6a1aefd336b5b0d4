"""Settings: TOML in the config folder, read back; a broken file keeps its valid settings."""

from __future__ import annotations

import pytest
from conftest import fill

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
        ("captions = [", "line 1 is not valid TOML"),
        ("captions = 'yes'", "captions must be a bool"),
        ("rate = 1.5", "rate must be a int, not float"),
        ("rate = 5000", "rate must be 0 or"),
        ("narrator = 'robot'", "narrator must be one of"),
        ("ambience_volume = -1.0", "ambience_volume must be"),
        ("colour = 'blue'", "unknown key 'colour'"),
        ("\udcff", ""),
    ],
)
def test_a_broken_file_is_reported_in_one_line_and_left_as_it_is(config_home, text, reason):
    path = settings_path()
    path.parent.mkdir(parents=True)
    raw = text.encode("utf-8", "surrogateescape")
    path.write_bytes(raw)
    said: list[str] = []
    assert load_settings(warn=said.append) == Settings()
    assert len(said) == 1 and said[0].startswith(f"settings file {path} is broken (")
    assert reason in said[0] and said[0].endswith("; using defaults for those")
    assert "\n" not in said[0]
    assert path.read_bytes() == raw  # never replaced behind the user's back


def test_valid_settings_beside_broken_ones_are_kept(config_home):
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(
        'narrator = "silent"\ncolour = "blue"\ncaptions = "maybe"\nrate = 140\n[[[\n'
        "voice_volume = 0.5\n",
        encoding="utf-8",
    )
    said: list[str] = []
    kept = Settings(narrator="silent", rate=140, voice_volume=0.5)
    assert load_settings(warn=said.append) == kept
    assert len(said) == 1
    for problem in ("line 5 is not valid TOML", "unknown key 'colour'", "captions must be a bool"):
        assert problem in said[0]


def test_saving_on_a_full_disk_warns_and_leaves_no_temporary_file(tiny_disk):
    path = tiny_disk / "reverie" / "settings.toml"
    path.parent.mkdir()
    save_settings(Settings(rate=150), path)
    fill(tiny_disk / "filler")
    said: list[str] = []
    for _ in range(3):
        save_settings(Settings(rate=200), path, warn=said.append)
    assert len(said) == 3 and all("No space left" in line for line in said)
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.toml"]
    assert load_settings(path) == Settings(rate=150)  # the old file is whole
