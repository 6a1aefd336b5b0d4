"""Checks of the narration options (--narrator, --voice, --rate, --volume) before anything runs:
a value out of range or a voice that does not exist is a one-line ReverieError (exit 2), not a
dream played without its voice.

Commands call check_narration_options(args) first thing in run(); it reads whichever of
narrator, voice, rate and volume the command has.
"""

from __future__ import annotations

import argparse
import math

from renderer.app.settings import RATE_RANGE, VOLUME_RANGE
from renderer.errors import ReverieError


def check_narration_options(args: argparse.Namespace) -> None:
    """Raise ReverieError for the first bad narration option in `args`."""
    from renderer.narration.factory import check_backend

    narrator = getattr(args, "narrator", None) or "auto"
    check_backend(narrator)
    rate = getattr(args, "rate", None)
    if rate is not None:
        check_rate(rate)
    volume = getattr(args, "volume", None)
    if volume is not None:
        check_volume(volume)
    voice = getattr(args, "voice", None)
    if voice:
        check_voice(narrator, voice)


def check_rate(rate: int) -> None:
    low, high = RATE_RANGE
    if not low <= rate <= high:
        raise ReverieError(f"--rate must be {low}..{high} words per minute, got {rate}")


def check_volume(volume: float) -> None:
    low, high = VOLUME_RANGE
    if not (math.isfinite(volume) and low <= volume <= high):
        raise ReverieError(f"--volume must be {low:g}..{high:g}, got {volume:g}")


def check_voice(narrator: str, voice: str) -> None:
    """The voice must be one `reverie voices` lists for that narrator ("auto": any)."""
    from renderer.narration.voices import find_voice, unknown_voice

    if narrator != "silent" and find_voice(voice, narrator) is None:
        raise unknown_voice(voice, narrator)
