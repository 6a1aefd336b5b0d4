"""Narration: sentences to speech (PCM + word timings), with a silent, captions-only fallback.

narrator = create_narrator("auto")          # pyttsx3 (espeak-ng) if it works, else silent
utterance = narrator.synthesize("The river glowed.")
narration = Narration(narrator, [s.text for s in dream.sentences])   # background synthesis
"""

from __future__ import annotations

from renderer.narration.factory import create_narrator, list_voices
from renderer.narration.session import Narration
from renderer.narration.types import Narrator, Utterance, Voice, WordTiming

__all__ = [
    "Narration",
    "Narrator",
    "Utterance",
    "Voice",
    "WordTiming",
    "create_narrator",
    "list_voices",
]
