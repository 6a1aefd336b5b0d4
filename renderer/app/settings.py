"""User settings: narrator, voice, rate, volumes, captions, fullscreen, sleep timer.

Kept as TOML in renderer.paths.config_dir()/settings.toml. A broken file (bad TOML, a wrong
type or value, an unknown key) is reported on one stderr line and replaced by the defaults;
it never stops the app. Keys that are missing simply take their defaults.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from renderer import paths

NARRATORS = ("auto", "pyttsx3", "piper", "silent")
RATE_RANGE = (80, 320)  # words per minute; 0 means the narrator's own default
VOLUME_RANGE = (0.0, 1.0)
SLEEP_RANGE = (0.0, 24 * 60.0)  # minutes; 0 means off


@dataclass
class Settings:
    narrator: str = "auto"  # auto | pyttsx3 | piper | silent
    voice: str = ""  # a voice id of that narrator ("" = its default)
    rate: int = 0  # words per minute (0 = the narrator's default)
    voice_volume: float = 1.0
    ambience_volume: float = 0.8
    captions: bool = True
    fullscreen: bool = True
    sleep_timer: float = 0.0  # minutes (0 = off)


def settings_path() -> Path:
    return paths.config_dir() / "settings.toml"


def _print_warning(message: str) -> None:
    print(f"reverie: {message}", file=sys.stderr)


def _check(settings: Settings) -> None:
    """Raise ValueError naming the first value out of range."""
    if settings.narrator not in NARRATORS:
        raise ValueError(f"narrator must be one of {', '.join(NARRATORS)}")
    if settings.rate != 0 and not RATE_RANGE[0] <= settings.rate <= RATE_RANGE[1]:
        raise ValueError(f"rate must be 0 or {RATE_RANGE[0]}..{RATE_RANGE[1]}")
    for name in ("voice_volume", "ambience_volume"):
        if not VOLUME_RANGE[0] <= getattr(settings, name) <= VOLUME_RANGE[1]:
            raise ValueError(f"{name} must be {VOLUME_RANGE[0]}..{VOLUME_RANGE[1]}")
    if not SLEEP_RANGE[0] <= settings.sleep_timer <= SLEEP_RANGE[1]:
        raise ValueError(f"sleep_timer must be {SLEEP_RANGE[0]:g}..{SLEEP_RANGE[1]:g} minutes")


def parse_settings(data: dict) -> Settings:
    """Settings from a TOML table; ValueError names the first problem."""
    known = {f.name: f for f in fields(Settings)}
    values = {}
    for key, value in data.items():
        if key not in known:
            raise ValueError(f"unknown key {key!r}")
        kind = type(getattr(Settings(), key))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not kind:
            raise ValueError(f"{key} must be a {kind.__name__}, not {type(value).__name__}")
        values[key] = value
    settings = Settings(**values)
    _check(settings)
    return settings


def load_settings(
    path: Path | None = None, warn: Callable[[str], None] = _print_warning
) -> Settings:
    """The saved settings, or the defaults (a broken file is reported and replaced)."""
    path = path or settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        warn(f"settings file {path} cannot be read ({error.strerror or error}); using defaults")
        return Settings()
    try:
        return parse_settings(tomllib.loads(raw.decode("utf-8")))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as error:
        reason = " ".join(str(error).split())
        warn(f"settings file {path} is broken ({reason}); using defaults")
    defaults = Settings()
    save_settings(defaults, path, warn)
    return defaults


def save_settings(
    settings: Settings, path: Path | None = None, warn: Callable[[str], None] = _print_warning
) -> None:
    """Write the settings as TOML (atomically); a failure is a warning, never a crash."""
    import tomli_w

    path = path or settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(".toml.tmp")
        temp.write_text(tomli_w.dumps(asdict(settings)), encoding="utf-8")
        temp.replace(path)
    except OSError as error:
        warn(f"cannot save settings to {path} ({error.strerror or error})")
