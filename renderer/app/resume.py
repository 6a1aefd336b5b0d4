"""Where each dream was left off, so that opening it again resumes there.

Kept as JSON in renderer.paths.user_data_dir()/positions.json: per dream (its source: a path
or a bundled name) the position in seconds and the seed of its text, so an edited dream starts
from the beginning. A dream played to the end is forgotten. A broken or unwritable file is
said once on stderr and never stops playback.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from renderer import paths

if TYPE_CHECKING:
    from renderer.dream import Dream

MIN_RESUME_S = 2.0  # a dream left closer to its start than this starts from the beginning
KEPT = 200  # positions of the most recently played dreams


def positions_path() -> Path:
    return paths.user_data_dir() / "positions.json"


class Positions:
    """The stored positions (read once; every change is written at once)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or positions_path()
        self._entries: dict[str, dict[str, Any]] = {}
        self._warned = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            self._warn(f"cannot read {self.path} ({error}); playing from the start")
            return
        if isinstance(data, dict):
            self._entries = {k: v for k, v in data.items() if isinstance(v, dict)}

    def _warn(self, message: str) -> None:
        if not self._warned:
            print(f"reverie: {message}", file=sys.stderr)
            self._warned = True

    def position(self, dream: Dream) -> float:
        """Where to start `dream`: where it was left, or 0."""
        entry = self._entries.get(dream.source)
        if entry is None or entry.get("seed") != dream.seed:
            return 0.0
        value = entry.get("position")
        if not isinstance(value, (int, float)) or value < MIN_RESUME_S:
            return 0.0
        return float(value)

    def remember(self, dream: Dream, position: float) -> None:
        if position < MIN_RESUME_S:
            self.forget(dream)
            return
        self._entries.pop(dream.source, None)  # the newest last
        self._entries[dream.source] = {
            "position": round(position, 3),
            "seed": dream.seed,
            "saved": int(time.time()),
        }
        while len(self._entries) > KEPT:
            self._entries.pop(next(iter(self._entries)))
        self._save()

    def forget(self, dream: Dream) -> None:
        if self._entries.pop(dream.source, None) is not None:
            self._save()

    def _save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp = self.path.with_suffix(".json.tmp")
            temp.write_text(json.dumps(self._entries, indent=1), encoding="utf-8")
            temp.replace(self.path)
        except OSError as error:
            self._warn(f"cannot save where the dream was left ({error.strerror or error})")
