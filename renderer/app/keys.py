"""The playback keys and mouse actions, as shown in the help overlay and `play --help`."""

from __future__ import annotations

PLAY_KEYS: tuple[tuple[str, str], ...] = (
    ("Space / click", "pause or resume"),
    ("Left / Right", "previous / next sentence"),
    ("m", "mute"),
    ("9 / 0, - / +", "volume down / up"),
    ("c", "captions on / off"),
    ("f, F11 / double-click", "fullscreen"),
    ("mouse move", "seek bar: click it to jump"),
    ("h / ?", "this help"),
    ("Esc", "back to the menu, or quit"),
)


def keys_text(indent: str = "  ") -> str:
    """PLAY_KEYS as aligned plain-text lines."""
    width = max(len(key) for key, _ in PLAY_KEYS)
    return "\n".join(f"{indent}{key:<{width}}  {action}" for key, action in PLAY_KEYS)
