"""Option values shared by several commands, each parsed into a value or a one-line error."""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING, Any

from renderer.errors import ReverieError

if TYPE_CHECKING:
    from renderer.app.settings import Settings
    from renderer.pipeline import VoiceChoice

MAX_SIDE = 8192


def parse_size(text: str) -> tuple[int, int]:
    """'1280x720' -> (1280, 720); anything else is a one-line ReverieError."""
    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text or "")
    if match is None:
        raise ReverieError(f"--size must look like 1280x720, got {text!r}")
    w, h = int(match.group(1)), int(match.group(2))
    if not (8 <= w <= MAX_SIDE and 8 <= h <= MAX_SIDE):
        raise ReverieError(f"--size {w}x{h} is out of range (each side 8..{MAX_SIDE})")
    return w, h


def add_voice_arguments(parser: argparse.ArgumentParser) -> None:
    """--narrator, --voice and --rate: who reads the dream (default: the saved settings)."""
    parser.add_argument(
        "--narrator", default=None,
        help="the narrator backend, see `reverie voices` (default: your settings, else auto)",
    )
    parser.add_argument("--voice", default=None, help="voice id (see `reverie voices`)")
    parser.add_argument("--rate", type=int, default=None, help="speaking rate, words per minute")


def voice_choice(args: argparse.Namespace) -> VoiceChoice:
    """The voice the saved settings choose, with this run's --narrator/--voice/--rate (and
    --volume) on top."""
    from dataclasses import replace

    from renderer.app.settings import load_settings
    from renderer.pipeline import VoiceChoice
    from renderer.validate import check_narration_options

    check_narration_options(args)
    choice = VoiceChoice.from_settings(with_overrides(load_settings(), args))
    volume = getattr(args, "volume", None)
    return choice if volume is None else replace(choice, volume=volume)


def window_size(text: str | None) -> tuple[int, int]:
    """--size for a window: WxH, or the default window size when not given."""
    from renderer.app.window import DEFAULT_SIZE

    return DEFAULT_SIZE if not text else parse_size(text)


def with_overrides(settings: Settings, args: argparse.Namespace) -> Settings:
    """A copy of `settings` with this run's command-line choices on top (never saved)."""
    from dataclasses import replace

    changes: dict[str, Any] = {}
    if getattr(args, "narrator", None):
        changes["narrator"] = args.narrator
    if getattr(args, "voice", None):
        changes["voice"] = args.voice
    if getattr(args, "rate", None):
        changes["rate"] = args.rate
    if getattr(args, "no_captions", False):
        changes["captions"] = False
    if getattr(args, "fullscreen", None):
        changes["fullscreen"] = True
    if getattr(args, "windowed", False):
        changes["fullscreen"] = False
    return replace(settings, **changes)
