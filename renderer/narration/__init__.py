"""Narration: sentences to speech (PCM + word timings), with a silent, captions-only fallback.

    narrator = create_narrator("auto")    # the best voice installed: Piper, espeak-ng, silent
    utterance = narrator.synthesize("The river glowed.")
    voice_choices()                       # every voice installed, best first; preview(choice)

Live playback: start a Narration (background synthesis, sentence 0 first), build a partial
timeline from what is ready and rebuild it as more arrives (earlier times never move):

    narration = Narration(narrator, [s.text for s in plan.dream.sentences])
    narration.sentence(0)                              # waits for the first sentence only
    timeline = build_timeline(plan, script, narration, partial=True)
    ...                                                # later: narration.done -> rebuild

Export: build_timeline(plan, script, narrator) waits for everything; the mixer places each
sentence's clip at its start (renderer/audio/voice.py).
"""

from __future__ import annotations

from renderer.narration.factory import create_narrator, list_voices
from renderer.narration.session import Narration
from renderer.narration.types import Narrator, Utterance, Voice, WordTiming
from renderer.narration.voices import VoiceChoice, preview, voice_choices

__all__ = [
    "Narration",
    "Narrator",
    "Utterance",
    "Voice",
    "VoiceChoice",
    "WordTiming",
    "create_narrator",
    "list_voices",
    "preview",
    "voice_choices",
]
