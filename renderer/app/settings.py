"""User settings: narrator, voice, rate, volumes, captions, fullscreen, sleep timer.

Kept as TOML in renderer.paths.config_dir()/settings.toml. In a broken file (bad TOML, a
wrong type or value, an unknown key) every valid setting is still used; the rest are reported
on one stderr line and take their defaults. The file is not rewritten when it is read; it
never stops the app. Keys that are missing simply take their defaults. Saving is atomic.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from renderer import paths
from renderer.atomic import write_atomic
from renderer.narration.factory import BACKENDS

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


def _value_problem(key: str, value: Any) -> str:
    """Why `value` is not a valid setting `key` ('' when it is)."""
    if key == "narrator" and value not in BACKENDS:
        return f"narrator must be one of {', '.join(BACKENDS)}"
    if key == "rate" and value != 0 and not RATE_RANGE[0] <= value <= RATE_RANGE[1]:
        return f"rate must be 0 or {RATE_RANGE[0]}..{RATE_RANGE[1]}"
    if key in ("voice_volume", "ambience_volume") and not (
        VOLUME_RANGE[0] <= value <= VOLUME_RANGE[1]
    ):
        return f"{key} must be {VOLUME_RANGE[0]}..{VOLUME_RANGE[1]}"
    if key == "sleep_timer" and not SLEEP_RANGE[0] <= value <= SLEEP_RANGE[1]:
        return f"sleep_timer must be {SLEEP_RANGE[0]:g}..{SLEEP_RANGE[1]:g} minutes"
    return ""


def parse_settings(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from a TOML table: every valid key is used; the problems with the others."""
    known = {f.name for f in fields(Settings)}
    defaults = Settings()
    values = {}
    problems = []
    for key, value in data.items():
        if key not in known:
            problems.append(f"unknown key {key!r}")
            continue
        kind = type(getattr(defaults, key))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not kind:
            problems.append(f"{key} must be a {kind.__name__}, not {type(value).__name__}")
        elif problem := _value_problem(key, value):
            problems.append(problem)
        else:
            values[key] = value
    return Settings(**values), problems


def _read_toml(text: str) -> tuple[dict[str, Any], list[str]]:
    """The file's table; if it is not valid TOML, the table of its valid lines, and which
    lines were not."""
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError:
        pass
    data: dict[str, Any] = {}
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data.update(tomllib.loads(line))
        except tomllib.TOMLDecodeError:
            problems.append(f"line {number} is not valid TOML")
    return data, problems


def load_settings(
    path: Path | None = None, warn: Callable[[str], None] = _print_warning
) -> Settings:
    """The saved settings: the valid ones of a broken file are kept, the rest reported."""
    path = path or settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        warn(f"settings file {path} cannot be read ({error.strerror or error}); using defaults")
        return Settings()
    data, problems = _read_toml(raw.decode("utf-8", "replace"))
    settings, invalid = parse_settings(data)
    problems += invalid
    if problems:
        reason = " ".join("; ".join(problems).split())
        warn(f"settings file {path} is broken ({reason}); using defaults for those")
    return settings


def save_settings(
    settings: Settings, path: Path | None = None, warn: Callable[[str], None] = _print_warning
) -> None:
    """Write the settings as TOML (atomically); a failure is a warning, never a crash."""
    import tomli_w

    path = path or settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, tomli_w.dumps(asdict(settings)).encode("utf-8"))
    except OSError as error:
        warn(f"cannot save settings to {path} ({error.strerror or error})")
